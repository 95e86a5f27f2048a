import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { toRequestProblem, type RequestProblem } from '../../core/api/request-problem.util';
import { LocalDatePipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../ui/error-banner.component';
import { isFinished, type BatchJob } from './data-access/batch.types';
import { ResearchApiService } from './data-access/research-api.service';
import { ResearchApiKeysComponent } from './api-key/research-api-keys.component';
import { BatchProgressComponent } from './jobs/batch-progress.component';
import { BatchUploadComponent } from './upload/batch-upload.component';

/** While a job runs, the list asks for progress this often. */
const POLL_MS = 2000;

/** A researcher's start page: upload a batch, and their batch jobs (newest first) with progress, cancel and retry. */
@Component({
  selector: 'ml-research-page',
  imports: [TranslatePipe, LocalDatePipe, RouterLink, ErrorBannerComponent, BatchUploadComponent, BatchProgressComponent, ResearchApiKeysComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section data-testid="research-page">
      <h1>{{ 'research.title' | t }}</h1>
      <p class="notice">{{ 'research.intro' | t }}</p>
      <ml-batch-upload (uploaded)="opened($event)" />
      <h2>{{ 'research.jobs.title' | t }}</h2>
      @if (actionProblem(); as problem) {
        <ml-error-banner what="research.jobs.actionFailed" [problem]="problem" />
      }
      @if (failed(); as problem) {
        <ml-error-banner what="research.failed" [problem]="problem" [retryable]="true" (retry)="load()" />
      } @else if (jobs(); as list) {
        @if (list.length === 0) {
          <p data-testid="research-empty">{{ 'research.empty' | t }}</p>
        } @else {
          <table class="data stack" data-testid="research-jobs">
            <thead>
              <tr>
                <th scope="col">{{ 'research.col.created' | t }}</th>
                <th scope="col">{{ 'research.col.format' | t }}</th>
                <th scope="col">{{ 'research.col.status' | t }}</th>
                <th scope="col">{{ 'research.col.progress' | t }}</th>
                <th scope="col">{{ 'research.col.actions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (job of list; track job.id) {
                <tr [attr.data-job]="job.id" [attr.data-status]="job.status">
                  <td [attr.data-label]="'research.col.created' | t">{{ job.createdAt | localDate }}</td>
                  <td [attr.data-label]="'research.col.format' | t">{{ job.format.toUpperCase() }}</td>
                  <td [attr.data-label]="'research.col.status' | t">{{ statusKey(job) | t }}</td>
                  <td [attr.data-label]="'research.col.progress' | t"><ml-batch-progress [job]="job" /></td>
                  <td [attr.data-label]="'research.col.actions' | t">
                    <div class="row-actions">
                      <a [routerLink]="['/research', job.id]" data-testid="job-open">{{ 'research.jobs.open' | t }}</a>
                      @if (!finished(job)) {
                        <button type="button" data-testid="job-cancel" (click)="cancel(job)">{{ 'research.jobs.cancel' | t }}</button>
                      } @else if (job.progress.failed > 0) {
                        <button type="button" data-testid="job-retry" (click)="retry(job)">{{ 'research.jobs.retry' | t }}</button>
                      }
                    </div>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
      <ml-research-api-keys />
    </section>
  `,
  styleUrl: './research-page.scss',
})
export class ResearchPage {
  private readonly api = inject(ResearchApiService);
  private readonly router = inject(Router);
  protected readonly jobs = signal<readonly BatchJob[] | null>(null);
  protected readonly failed = signal<RequestProblem | null>(null);
  protected readonly actionProblem = signal<RequestProblem | null>(null);
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopPolling());
    void this.load();
  }

  async load(): Promise<void> {
    this.stopPolling();
    try {
      const list = await firstValueFrom(this.api.list());
      this.jobs.set(list);
      this.failed.set(null);
      if (list.some((job) => !isFinished(job))) this.timer = setTimeout(() => void this.load(), POLL_MS);
    } catch (error) {
      this.failed.set(toRequestProblem(error));
    }
  }

  protected finished(job: BatchJob): boolean {
    return isFinished(job);
  }

  protected statusKey(job: BatchJob) {
    return `research.status.${job.status}` as const;
  }

  protected async opened(job: BatchJob): Promise<void> {
    await this.router.navigate(['/research', job.id]);
  }

  protected async cancel(job: BatchJob): Promise<void> {
    await this.act(() => firstValueFrom(this.api.cancel(job.id)));
  }

  protected async retry(job: BatchJob): Promise<void> {
    await this.act(() => firstValueFrom(this.api.retry(job.id)));
  }

  private async act(action: () => Promise<BatchJob>): Promise<void> {
    this.actionProblem.set(null);
    try {
      await action();
    } catch (error) {
      this.actionProblem.set(toRequestProblem(error));
    }
    await this.load();
  }

  private stopPolling(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
