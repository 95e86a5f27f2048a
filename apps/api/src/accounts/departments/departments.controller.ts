import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { requestContextOf } from '../../common/access/request-context.util';
import type { DepartmentView } from '../users/user-view.util';
import { CreateDepartmentRequestDto } from './create-department.request.dto';
import { DepartmentsService } from './departments.service';
import { UpdateDepartmentRequestDto } from './update-department.request.dto';

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

  @Patch(':id')
  update(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateDepartmentRequestDto,
    @Req() request: Request,
  ): Promise<DepartmentView> {
    return this.departments.update({ principal, id, ...body, context: requestContextOf(request) });
  }

  @Post(':id/retire')
  @HttpCode(200)
  retire(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<DepartmentView> {
    return this.departments.retire({ principal, id, context: requestContextOf(request) });
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  reinstate(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<DepartmentView> {
    return this.departments.reinstate({ principal, id, context: requestContextOf(request) });
  }
}
