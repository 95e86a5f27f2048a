import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { isFinished, type BatchJob, type BatchJobDetail, type ReleasedBatchResults } from '../data-access/batch.types';
import { ResearchApiService } from '../data-access/research-api.service';
import { BatchProgressComponent } from '../jobs/batch-progress.component';
import { BatchResultsComponent } from './batch-results.component';

/** While the job runs, its progress is asked for this often. */
const POLL_MS = 1000;

/** One batch job: documents processed with rate and time left while it runs, cancel and retry, then its released results. */
@Component({
  selector: 'ml-batch-job-page',
  imports: [TranslatePipe, LocalDatePipe, RouterLink, ErrorBannerComponent, BatchProgressComponent, BatchResultsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back">
      <a routerLink="/research" data-testid="job-back">{{ 'research.title' | t }}</a>
    </p>
    <h1>{{ 'research.job.title' | t }}</h1>
    @if (problem(); as failure) {
      <ml-error-banner what="research.job.failed" [problem]="failure" [retryable]="true" (retry)="refresh()" />
    }
    @if (job(); as current) {
      <section class="card" data-testid="job-progress" [attr.data-status]="current.status" aria-labelledby="job-progress-title">
        <h2 id="job-progress-title">{{ 'research.job.progress' | t }}</h2>
        <p>
          {{ 'research.job.meta' | t: { created: (current.createdAt | localDate), format: current.format.toUpperCase() } }} ·
          <strong data-testid="job-status">{{ statusKey(current) | t }}</strong>
        </p>
        <ml-batch-progress [job]="current" [detailed]="true" />
        @if (current.departmentsDropped > 0) {
          <p class="hint" data-testid="job-departments-dropped">{{ 'research.job.departmentsDropped' | t: { n: current.departmentsDropped } }}</p>
        }
        @if (current.errors.length > 0) {
          <details data-testid="job-errors">
            <summary>{{ 'research.job.errors' | t: { n: current.progress.failed } }}</summary>
            <ul>
              @for (error of current.errors.slice(0, 50); track error.index) {
                <li>{{ 'research.job.errorLine' | t: { index: error.index + 1, code: error.code } }}</li>
              }
            </ul>
          </details>
        }
        <div class="actions">
          @if (!finished(current)) {
            <button type="button" data-testid="job-cancel" (click)="cancel()">{{ 'research.jobs.cancel' | t }}</button>
          } @else if (current.progress.failed > 0) {
            <button type="button" data-testid="job-retry" (click)="retry()">{{ 'research.jobs.retry' | t }}</button>
          }
        </div>
      </section>
      @if (results(); as released) {
        <ml-batch-results [jobId]="current.id" [results]="released" />
      } @else if (current.status === 'completed') {
        <p aria-live="polite">{{ 'research.job.loadingResults' | t }}</p>
      }
    }
  `,
  styles: `
    .card {
      background: var(--ml-surface);
      border: 1px solid var(--ml-border);
      border-radius: 8px;
      padding: 0.75rem 1rem;
      margin-bottom: 1rem;
    }
    h2 {
      margin-top: 0;
    }
    .hint {
      color: var(--ml-muted);
      font-size: 0.875rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
  `,
})
export class BatchJobPage {
  private readonly api = inject(ResearchApiService);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly job = signal<BatchJobDetail | null>(null);
  protected readonly results = signal<ReleasedBatchResults | null>(null);
  protected readonly problem = signal<RequestProblem | null>(null);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.stopPolling();
    });
    void this.refresh();
  }

  async refresh(): Promise<void> {
    this.stopPolling();
    try {
      const job = await firstValueFrom(this.api.get(this.id));
      if (this.destroyed) return;
      this.job.set(job);
      this.problem.set(null);
      if (!isFinished(job)) {
        this.timer = setTimeout(() => void this.refresh(), POLL_MS);
      } else if (job.status === 'completed' && !this.results()) {
        this.results.set((await firstValueFrom(this.api.results(this.id))).results);
      }
    } catch (error) {
      this.problem.set(toRequestProblem(error));
    }
  }

  protected finished(job: BatchJob): boolean {
    return isFinished(job);
  }

  protected statusKey(job: BatchJob) {
    return `research.status.${job.status}` as const;
  }

  protected async cancel(): Promise<void> {
    await this.act(() => firstValueFrom(this.api.cancel(this.id)));
  }

  protected async retry(): Promise<void> {
    this.results.set(null);
    await this.act(() => firstValueFrom(this.api.retry(this.id)));
  }

  private async act(action: () => Promise<BatchJob>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.problem.set(toRequestProblem(error));
    }
    await this.refresh();
  }

  private stopPolling(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
