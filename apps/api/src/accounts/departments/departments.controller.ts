import { Body, Controller, Get, Inject, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { requestContextOf } from '../../common/access/request-context.util';
import type { DepartmentView } from '../users/user-view.util';
import { CreateDepartmentRequestDto } from './create-department.request.dto';
import { DepartmentsService } from './departments.service';

@ApiTags('admin')
@Controller('admin/departments')
@Roles('admin')
export class DepartmentsController {
  constructor(@Inject(DepartmentsService) private readonly departments: DepartmentsService) {}

  @Get()
  list(): Promise<DepartmentView[]> {
    return this.departments.list();
  }

  @Post()
  create(@CurrentUser() principal: Principal, @Body() body: CreateDepartmentRequestDto, @Req() request: Request): Promise<DepartmentView> {
    return this.departments.create({ principal, ...body, context: requestContextOf(request) });
  }
}
