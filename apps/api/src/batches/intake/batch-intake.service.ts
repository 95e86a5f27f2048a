import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { deidentify } from '@medlocal/audit';
import { APP_CONFIG, type AppConfig } from '../../config';
import type { Principal } from '../../accounts/common/principal';
import { BatchError, BatchErrorCode, DocumentErrorCode } from '../batch.errors';
import { BatchJobRepository, type BatchJobRow, type NewDocument } from '../batch-job.repository';
import { DocumentSealer } from '../processing/document-sealer';
import { BATCH_DOCUMENT_SEALER } from '../batches.tokens';
import { documentsOfUpload } from './documents-of-upload';
import { receiveMultipartUpload } from './multipart-upload';

const INSERT_CHUNK = 250;
const YIELD_EVERY = 50;
/** A department is a code or a short name ("CARD", "心血管内科"): no spaces, no sentence punctuation. */
const DEPARTMENT_CODE = /^[\p{L}\p{N}._-]{1,32}$/u;
/** More distinct "departments" than any hospital has means the column holds something else (free text). */
const MAX_DISTINCT_DEPARTMENTS = 500;

/**
 * Turns an upload into a queued job. Each document is de-identified as it is read and only the
 * de-identified text, sealed, is stored until a worker extracts its facts. A refused upload leaves
 * nothing: the job stays invisible ('receiving') until the last document is in, and is deleted
 * with its documents if anything goes wrong.
 */
@Injectable()
export class BatchIntakeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: BatchJobRepository,
    @Inject(BATCH_DOCUMENT_SEALER) private readonly sealer: DocumentSealer,
  ) {}

  receive(request: IncomingMessage, principal: Principal): Promise<BatchJobRow> {
    const limits = this.config.batches;
    return receiveMultipartUpload(request, { maxUploadBytes: limits.maxUploadBytes }, async (upload) => {
      const jobId = randomUUID();
      await this.repository.createReceivingJob({ id: jobId, ownerUserId: principal.userId, ownerDepartmentCode: principal.departmentCode, format: upload.options.format, modelPass: upload.modelPass });
      try {
        let index = 0;
        let failedAtIntake = 0;
        let pending: NewDocument[] = [];
        const departments = new Set<string>();
        const documents = documentsOfUpload(upload.options, upload.chunks, { maxDocuments: limits.maxDocuments, maxTotalBytes: limits.maxUploadBytes });
        for await (const document of documents) {
          if (index >= limits.maxDocuments) {
            throw new BatchError(BatchErrorCode.TooManyDocuments, `The upload holds more than ${limits.maxDocuments} documents (BATCH_MAX_DOCUMENTS)`);
          }
          if (document.department !== null) this.checkDepartment(document.department, index, departments);
          const prepared = this.prepare(index, document.text, document.department);
          if (prepared.errorCode) failedAtIntake += 1;
          pending.push(prepared);
          index += 1;
          if (pending.length >= INSERT_CHUNK) {
            await this.repository.insertDocuments(jobId, pending);
            pending = [];
          } else if (index % YIELD_EVERY === 0) {
            // De-identification is CPU work on the event loop: let live requests in between.
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
        await this.repository.insertDocuments(jobId, pending);
        if (index === 0) throw new BatchError(BatchErrorCode.Empty, 'The upload holds no documents');
        return await this.repository.queueJob(jobId, index, failedAtIntake);
      } catch (error) {
        await this.repository.deleteJob(jobId);
        throw error;
      }
    });
  }

  /** The department column is stored as it is, so it must hold codes, never patient text. */
  private checkDepartment(department: string, index: number, seen: Set<string>): void {
    if (!DEPARTMENT_CODE.test(department)) {
      throw new BatchError(BatchErrorCode.BadDepartment, `Document ${index} has a department value that is not a department code (1-32 letters, digits, . _ -); check departmentColumn`);
    }
    seen.add(department);
    if (seen.size > MAX_DISTINCT_DEPARTMENTS) {
      throw new BatchError(BatchErrorCode.BadDepartment, `The department column has more than ${MAX_DISTINCT_DEPARTMENTS} distinct values; check departmentColumn`);
    }
  }

  private prepare(index: number, text: string, department: string | null): NewDocument {
    if (text.trim() === '') return { index, sealedText: null, department, errorCode: DocumentErrorCode.EmptyText };
    if (text.length > this.config.batches.maxDocumentChars) return { index, sealedText: null, department, errorCode: DocumentErrorCode.TooLong };
    return { index, sealedText: this.sealer.seal(deidentify(text).text), department, errorCode: null };
  }
}
