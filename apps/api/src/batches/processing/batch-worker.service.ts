import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { DatabaseTarget } from '@medlocal/database';
import { shippedTermEngine } from '@medlocal/clinical-terms';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATABASE_TARGET } from '../../database/database.tokens';
import { DocumentErrorCode } from '../batch.errors';
import { BatchJobRepository, type ClaimedDocument, type ProcessedDocument } from '../batch-job.repository';
import { BATCH_DOCUMENT_SEALER } from '../batches.tokens';
import { BatchFinisher } from '../results/batch-finisher.service';
import type { DocumentSealer } from './document-sealer';
import { extractDocumentFacts } from './extract-document-facts.util';
import { ModelPass } from './model-pass';

/** A claim outlives any chunk by far; a worker that died frees its documents after this long. */
const LEASE_SECONDS = 15;
/** Chunks are sized to take about this long, so progress is committed (and visible) several times a second. */
const TARGET_CHUNK_MS = 200;
const MAX_CHUNK = 200;
const IDLE_POLL_MS = 500;
const SWEEP_INTERVAL_MS = 60_000;
const ABANDONED_UPLOAD_SECONDS = 600;

/**
 * Runs research-batch documents in the background of every API instance, at low priority: at
 * most BATCH_CONCURRENCY chunk loops, one document at a time with a turn of the event loop between
 * documents, so clinicians' requests are served between them.
 */
@Injectable()
export class BatchWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('BatchWorker');
  private readonly worker = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly loops: Promise<void>[] = [];
  private readonly cancelled = new Set<string>();
  private stopping = false;
  private readonly stopped = new AbortController();
  private wake: (() => void) | undefined;
  private lastSweep = 0;
  private secondsPerDocument = 0.002;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_TARGET) private readonly database: DatabaseTarget,
    @Inject(BATCH_DOCUMENT_SEALER) private readonly sealer: DocumentSealer,
    private readonly repository: BatchJobRepository,
    private readonly finisher: BatchFinisher,
    private readonly modelPass: ModelPass,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.batches.concurrency === 0) return;
    if (this.database.kind === 'pglite') {
      const released = await this.repository.releaseAllClaims();
      if (released > 0)
        this.logger.log({ event: 'batch.resume', released }, `Resuming research batches: ${released} document(s) claimed before the restart are queued again`);
    }
    for (let i = 0; i < this.config.batches.concurrency; i += 1) this.loops.push(this.loop());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.stopped.abort();
    this.wake?.();
    await Promise.all(this.loops);
  }

  /** A new or retried job: start now rather than at the next poll. */
  notify(): void {
    this.wake?.();
  }

  /** Stops this instance's work on the job before its next document (other instances stop at their next commit). */
  cancel(jobId: string): void {
    this.cancelled.add(jobId);
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let worked = false;
      try {
        worked = await this.runOnce();
      } catch (error) {
        if (this.stopping) return;
        this.logger.error(
          { event: 'batch.worker_error', err: error instanceof Error ? { name: error.name, message: error.message } : String(error) },
          'Research batch worker failed a round; retrying',
        );
      }
      if (!worked && !this.stopping) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, IDLE_POLL_MS);
      const wake = this.wake;
      this.wake = () => {
        wake?.();
        done();
      };
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  /** One chunk of one job; false when there was nothing to do. */
  private async runOnce(): Promise<boolean> {
    await this.sweepNowAndThen();
    const job = await this.repository.nextJobWithWork();
    if (!job) return false;
    const jobId = job.id;
    const size = Math.max(1, Math.min(MAX_CHUNK, Math.round(TARGET_CHUNK_MS / 1000 / this.secondsPerDocument)));
    const claimed = await this.repository.claimDocuments({ jobId, worker: this.worker, limit: size, leaseSeconds: LEASE_SECONDS });
    if (claimed.length === 0) {
      // Nothing left to claim: finish it unless other workers still hold documents.
      await this.finisher.finishIfDone(jobId);
      return false;
    }
    const processed = await this.process(jobId, claimed, job.modelPass);
    if (processed.length < claimed.length || this.stopping) {
      await this.repository.commitProcessed({ jobId, worker: this.worker, documents: processed });
      await this.repository.releaseClaims(jobId, this.worker);
      return !this.stopping;
    }
    await this.repository.commitProcessed({ jobId, worker: this.worker, documents: processed });
    await this.finisher.finishIfDone(jobId);
    return true;
  }

  private async process(jobId: string, claimed: readonly ClaimedDocument[], modelPass: boolean): Promise<ProcessedDocument[]> {
    const engine = shippedTermEngine();
    const processed: ProcessedDocument[] = [];
    const started = performance.now();
    for (const document of claimed) {
      if (this.stopping || this.cancelled.has(jobId)) break;
      processed.push(await this.processOne(document, engine, modelPass));
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (processed.length > 0) {
      const perDocument = (performance.now() - started) / 1000 / processed.length;
      this.secondsPerDocument = this.secondsPerDocument * 0.7 + perDocument * 0.3;
    }
    return processed;
  }

  private async processOne(document: ClaimedDocument, engine: ReturnType<typeof shippedTermEngine>, modelPass: boolean): Promise<ProcessedDocument> {
    if (!document.sealedText) return { index: document.index, facts: null, errorCode: DocumentErrorCode.Unreadable };
    let text: string;
    try {
      text = this.sealer.open(document.sealedText);
    } catch {
      return { index: document.index, facts: null, errorCode: DocumentErrorCode.Unreadable };
    }
    let facts;
    try {
      facts = extractDocumentFacts({ text, department: document.department, engine });
    } catch {
      return { index: document.index, facts: null, errorCode: DocumentErrorCode.ExtractionFailed };
    }
    if (modelPass) facts = await this.modelPass.complete(text, facts, this.stopped.signal);
    return { index: document.index, facts, errorCode: null };
  }

  private async sweepNowAndThen(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = Date.now();
    await this.repository.sweep({ abandonedAfterSeconds: ABANDONED_UPLOAD_SECONDS, retryWindowHours: this.config.batches.retryWindowHours });
  }
}
