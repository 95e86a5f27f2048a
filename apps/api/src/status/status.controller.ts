import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../accounts/access';
import { StatusService, type StatusDocument } from './status.service';

@ApiTags('status')
@Controller('status')
export class StatusController {
  constructor(private readonly statusService: StatusService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ description: 'GPU, model, privacy guard and database, checked now' })
  status(): Promise<StatusDocument> {
    return this.statusService.status();
  }
}
