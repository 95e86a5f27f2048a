import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { StatusService, type StatusDocument } from './status.service';

@ApiTags('status')
@Controller('status')
export class StatusController {
  constructor(private readonly statusService: StatusService) {}

  @Get()
  @ApiOkResponse({ description: 'GPU, model, privacy guard and database, checked now' })
  status(): Promise<StatusDocument> {
    return this.statusService.status();
  }
}
