import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { DeidResult } from '@medlocal/audit';
import type { AuditVocabularyDto } from '@medlocal/contracts';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { CurrentUser, Roles } from '../common/access/access.decorators';
import type { Principal } from '../common/access/principal';
import { requestContextOf } from '../common/access/request-context.util';
import { AuditEventsService, type AuditEventListing, type NamedAuditUsageReport } from './audit-events.service';
import { AuditUsageRequestDto } from './audit-usage.request.dto';
import { AuditVerificationService, type AuditVerificationReport } from './audit-verification.service';
import { DeidPreviewRequestDto } from './deid-preview.request.dto';
import { DeidPreviewService } from './deid-preview.service';
import { ExportAuditEventsRequestDto } from './export-audit-events.request.dto';
import { ListAuditEventsRequestDto } from './list-audit-events.request.dto';

/**
 * Read side of the audit trail, auditors only (三员分立: admins administer, auditors audit). Usage
 * figures belong here too: they are read from the trail and list activity per person and day.
 */
@ApiTags('audit')
@Roles('auditor')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly events: AuditEventsService,
    private readonly verification: AuditVerificationService,
    private readonly deid: DeidPreviewService,
  ) {}

  @Get('events')
  list(@Query() query: ListAuditEventsRequestDto, @CurrentUser() principal: Principal, @Req() req: Request): Promise<AuditEventListing> {
    return this.events.list(query, { principal, context: requestContextOf(req) });
  }

  @Get('vocabulary')
  vocabulary(@CurrentUser() principal: Principal): AuditVocabularyDto {
    return this.events.vocabulary(principal);
  }

  @Get('verify')
  verify(@CurrentUser() principal: Principal, @Req() req: Request): Promise<AuditVerificationReport> {
    return this.verification.verifyFor({ principal, context: requestContextOf(req) });
  }

  @Get('export')
  @ApiProduces('application/x-ndjson', 'text/csv', 'application/fhir+json')
  async export(@Query() query: ExportAuditEventsRequestDto, @CurrentUser() principal: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { format, ...filter } = query;
    const download = await this.events.export(filter, format, { principal, context: requestContextOf(req) });
    res.status(200);
    res.setHeader('content-type', download.contentType);
    res.setHeader('content-disposition', `attachment; filename="${download.fileName}"`);
    res.setHeader('cache-control', 'no-store');
    // A failure after the first byte can only break the connection off: the client sees an incomplete file.
    await pipeline(download.body, res).catch(() => undefined);
  }

  @Post('deid-preview')
  @HttpCode(200)
  deidPreview(@Body() body: DeidPreviewRequestDto, @CurrentUser() principal: Principal, @Req() req: Request): Promise<DeidResult> {
    return this.deid.preview(body.text, { principal, context: requestContextOf(req) }, body.minScore);
  }

  @Get('usage')
  usage(@Query() query: AuditUsageRequestDto, @CurrentUser() principal: Principal, @Req() req: Request): Promise<NamedAuditUsageReport> {
    return this.events.usage(query, { principal, context: requestContextOf(req) });
  }
}
