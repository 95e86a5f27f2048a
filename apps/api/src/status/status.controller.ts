import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedIn, type Principal } from '../accounts/access';
import { StatusService, type StatusDocument } from './status.service';

@ApiTags('status')
@Controller('status')
export class StatusController {
  constructor(private readonly statusService: StatusService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ description: 'GPU, model, privacy guard and database, checked now; security figures and paths for global admins only' })
  status(@CurrentUser() principal: Principal): Promise<StatusDocument> {
    return this.statusService.status(principal);
  }
}
