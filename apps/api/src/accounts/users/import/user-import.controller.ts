import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { UserImportDryRun, UserImportResult } from '@medlocal/contracts';
import type { Request, Response } from 'express';
import { CurrentUser, Roles } from '../../../common/access/access.decorators';
import type { Principal } from '../../../common/access/principal';
import { requestContextOf } from '../../../common/access/request-context.util';
import { readCsvUpload } from './read-csv-upload.util';
import { UserImportService } from './user-import.service';

/**
 * Bulk user import: the file is the request body (`Content-Type: text/csv`, UTF-8), columns
 * username, display_name, department, roles. Dry run first, then the same file for real.
 */
@ApiTags('admin')
@Controller('admin/users/import')
@Roles('admin')
export class UserImportController {
  constructor(@Inject(UserImportService) private readonly imports: UserImportService) {}

  @Post('dry-run')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  async dryRun(@CurrentUser() principal: Principal, @Req() request: Request): Promise<UserImportDryRun> {
    return this.imports.dryRun({ principal, bytes: await readCsvUpload({ request, maxBytes: this.imports.maxBytes }) });
  }

  @Post()
  @HttpCode(201)
  @ApiConsumes('text/csv')
  async import(@CurrentUser() principal: Principal, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<UserImportResult> {
    const bytes = await readCsvUpload({ request, maxBytes: this.imports.maxBytes });
    // One-time passwords are in this answer: no cache, proxy or browser may keep it.
    response.setHeader('cache-control', 'no-store');
    return this.imports.import({ principal, bytes, context: requestContextOf(request) });
  }
}
