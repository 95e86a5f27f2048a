import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedIn, type Principal } from '../common/access';
import { NotUserActivity } from '../accounts/sessions/not-user-activity.decorator';
import { StatusService, type StatusDocument } from './status.service';

@ApiTags('status')
@Controller('status')
export class StatusController {
  constructor(private readonly statusService: StatusService) {}

  @Get()
  @SignedIn()
  @NotUserActivity() // the console polls it: an open tab must not keep the session alive
  @ApiOkResponse({ description: 'GPU, model, privacy guard and database, checked now; security figures and paths for global admins only' })
  status(@CurrentUser() principal: Principal): Promise<StatusDocument> {
    return this.statusService.status(principal);
  }
}
