import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { DatePipe } from '@angular/common';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** The fields of `GET /api/batches` this page shows. */
interface BatchJobSummary {
  readonly id: string;
  readonly status: string;
  readonly createdAt: string;
  readonly progress: { readonly total: number; readonly done: number; readonly failed: number };
}

/** A researcher's start page: their batch jobs, newest first. */
@Component({
  selector: 'ml-research-page',
  imports: [TranslatePipe, DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section data-testid="research-page">
      <h1>{{ 'research.title' | t }}</h1>
      <p>{{ 'research.intro' | t }}</p>
      @if (failed()) {
        <p role="alert">{{ 'research.failed' | t }}</p>
      } @else if (jobs(); as list) {
        @if (list.length === 0) {
          <p data-testid="research-empty">{{ 'research.empty' | t }}</p>
        } @else {
          <table data-testid="research-jobs">
            <thead>
              <tr>
                <th scope="col">{{ 'research.col.created' | t }}</th>
                <th scope="col">{{ 'research.col.status' | t }}</th>
                <th scope="col">{{ 'research.col.progress' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (job of list; track job.id) {
                <tr>
                  <td>{{ job.createdAt | date: 'yyyy-MM-dd HH:mm' }}</td>
                  <td>{{ job.status }}</td>
                  <td>{{ job.progress.done }} / {{ job.progress.total }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    </section>
  `,
  styles: `
    table {
      border-collapse: collapse;
      width: 100%;
      max-width: 40rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.35rem 0.5rem;
      border-bottom: 1px solid #d9e2ec;
    }
  `,
})
export class ResearchPage implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly jobs = signal<readonly BatchJobSummary[] | null>(null);
  protected readonly failed = signal(false);

  async ngOnInit(): Promise<void> {
    try {
      this.jobs.set(await firstValueFrom(this.http.get<BatchJobSummary[]>('/api/batches')));
    } catch {
      this.failed.set(true);
    }
  }
}
