import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AcceptsApiKey, CurrentUser, Roles } from '../common/access/access.decorators';
import type { Principal } from '../common/access/principal';
import { BatchError, BatchErrorCode } from './batch.errors';
import { BatchJobsService } from './batch-jobs.service';
import type { BatchJobDetailView, BatchJobView } from './batch-job.view';
import { BatchIntakeService } from './intake/batch-intake.service';
import type { ReleasedBatch } from './results/released-batch-results';

/** Research batches: upload many documents, follow progress, read and export aggregate results. */
@ApiTags('batches')
@Controller('batches')
// A researcher's script calls these with a `batches` API key instead of a 15-minute sign-in token.
@AcceptsApiKey('batches')
export class BatchesController {
  constructor(
    private readonly intake: BatchIntakeService,
    private readonly jobs: BatchJobsService,
  ) {}

  /** multipart/form-data: `textColumn`, `departmentColumn`, `format` fields first, then the `file` part (.jsonl, .csv or .zip). */
  @Post()
  @Roles('researcher')
  @ApiConsumes('multipart/form-data')
  async upload(@Req() request: Request, @CurrentUser() principal: Principal): Promise<BatchJobView> {
    try {
      const job = await this.intake.receive(request, principal);
      return await this.jobs.started(principal, job);
    } catch (error) {
      await this.jobs.refused(principal, error);
      throw error;
    }
  }

  @Get()
  @Roles('researcher', 'admin')
  list(@CurrentUser() principal: Principal): Promise<BatchJobView[]> {
    return this.jobs.list(principal);
  }

  @Get(':id')
  @Roles('researcher', 'admin')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() principal: Principal): Promise<BatchJobDetailView> {
    return this.jobs.get(principal, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('researcher')
  cancel(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() principal: Principal): Promise<BatchJobView> {
    return this.jobs.cancel(principal, id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @Roles('researcher')
  retry(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() principal: Principal): Promise<BatchJobView> {
    return this.jobs.retry(principal, id);
  }

  @Get(':id/results')
  @Roles('researcher', 'admin')
  results(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() principal: Principal): Promise<ReleasedBatch> {
    return this.jobs.results(principal, id);
  }

  @Get(':id/export')
  @Roles('researcher', 'admin')
  async export(
    @Param('id', ParseUUIDPipe) id: string,
    @Query('format') format: string | undefined,
    @CurrentUser() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    const chosen = format ?? 'json';
    if (chosen !== 'csv' && chosen !== 'json') throw new BatchError(BatchErrorCode.BadOption, 'format must be csv or json');
    const file = await this.jobs.export(principal, id, chosen);
    response.setHeader('content-type', file.contentType);
    response.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
    response.status(200).send(file.body);
  }
}
