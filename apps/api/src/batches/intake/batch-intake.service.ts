import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { deidentify } from '@medlocal/audit';
import { APP_CONFIG, type AppConfig } from '../../config';
import type { Principal } from '../../common/access/principal';
import { BatchError, BatchErrorCode, DocumentErrorCode } from '../batch.errors';
import { BatchJobRepository, type BatchJobRow, type NewDocument } from '../batch-job.repository';
import { DocumentSealer } from '../processing/document-sealer';
import { BATCH_DOCUMENT_SEALER } from '../batches.tokens';
import { DepartmentCodeFilter } from './department-codes';
import { batchSpoolDir, documentsOfUpload, sweepSpoolDir } from './documents-of-upload';
import { nextEventLoopTurn } from './event-loop-turn.util';
import { receiveMultipartUpload } from './multipart-upload';
import type { UploadedDocument } from './uploaded-document';

const INSERT_CHUNK = 250;
/** Documents waiting for their insert hold at most about this many bytes of sealed text. */
const INSERT_CHUNK_BYTES = 8 * 1024 * 1024;
/** A spooled zip this old belongs to no upload still running: its process was stopped mid-read. */
const STALE_SPOOL_MS = 60 * 60 * 1000;

/**
 * Turns an upload into a queued job. Each document is de-identified as it is read and only the
 * de-identified text, sealed, is stored until a worker extracts its facts. A refused upload leaves
 * nothing: the job stays invisible ('receiving') until the last document is in, and is deleted
 * with its documents if anything goes wrong.
 */
@Injectable()
export class BatchIntakeService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Batches');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: BatchJobRepository,
    @Inject(BATCH_DOCUMENT_SEALER) private readonly sealer: DocumentSealer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await sweepSpoolDir(batchSpoolDir(this.config.dataDir), STALE_SPOOL_MS).catch((error: unknown) =>
      this.logger.warn(`Could not sweep ${batchSpoolDir(this.config.dataDir)}: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  receive(request: IncomingMessage, principal: Principal): Promise<BatchJobRow> {
    const limits = this.config.batches;
    return receiveMultipartUpload(request, { maxUploadBytes: limits.maxUploadBytes }, async (upload) => {
      const jobId = randomUUID();
      const departments = new DepartmentCodeFilter(upload.options.departmentColumn ? new Set(await this.repository.departmentCodes()) : new Set());
      await this.repository.createReceivingJob({
        id: jobId,
        ownerUserId: principal.userId,
        ownerDepartmentCode: principal.departmentCode,
        format: upload.options.format,
        modelPass: upload.modelPass,
      });
      try {
        let index = 0;
        let failedAtIntake = 0;
        let pending: NewDocument[] = [];
        let pendingBytes = 0;
        const documents = documentsOfUpload(upload.options, upload.chunks, {
          maxDocuments: limits.maxDocuments,
          maxTotalBytes: limits.maxUploadBytes,
          maxDocumentChars: limits.maxDocumentChars,
          spoolDir: batchSpoolDir(this.config.dataDir),
        });
        for await (const document of documents) {
          if (index >= limits.maxDocuments) {
            throw new BatchError(BatchErrorCode.TooManyDocuments, `The upload holds more than ${limits.maxDocuments} documents (BATCH_MAX_DOCUMENTS)`);
          }
          const prepared = this.prepare(index, document, departments.keep(document.department));
          if (prepared.errorCode) failedAtIntake += 1;
          pending.push(prepared);
          pendingBytes += prepared.sealedText?.length ?? 0;
          index += 1;
          if (pending.length >= INSERT_CHUNK || pendingBytes >= INSERT_CHUNK_BYTES) {
            await this.repository.insertDocuments(jobId, pending);
            pending = [];
            pendingBytes = 0;
          }
          // De-identifying one document of the largest size takes a fifth of a second: live
          // requests (health, questions, the storage probe) get a turn after every document.
          await nextEventLoopTurn();
        }
        await this.repository.insertDocuments(jobId, pending);
        // The file can end before the form turns out to be truncated: nothing is queued before the form is whole.
        await upload.formComplete;
        if (index === 0) throw new BatchError(BatchErrorCode.Empty, 'The upload holds no documents');
        return await this.repository.queueJob(jobId, index, failedAtIntake, departments.dropped);
      } catch (error) {
        await this.repository.deleteJob(jobId);
        throw error;
      }
    });
  }

  private prepare(index: number, document: UploadedDocument, department: string | null): NewDocument {
    const { text } = document;
    if (document.tooLong || text.length > this.config.batches.maxDocumentChars)
      return { index, sealedText: null, department, errorCode: DocumentErrorCode.TooLong };
    if (text.trim() === '') return { index, sealedText: null, department, errorCode: DocumentErrorCode.EmptyText };
    return { index, sealedText: this.sealer.seal(deidentify(text).text), department, errorCode: null };
  }
}
