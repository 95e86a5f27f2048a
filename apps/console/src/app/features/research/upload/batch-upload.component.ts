import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { Subscription } from 'rxjs';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import type { BatchFormat, BatchJob } from '../data-access/batch.types';
import { ResearchApiService } from '../data-access/research-api.service';
import { UPLOAD_HEAD_BYTES, formatOfFileName, likelyTextColumn, uploadColumnsOf, type UploadColumns } from '../data-access/upload-columns.util';

type Sending = { readonly loaded: number; readonly total: number };

/** Drop or pick a JSONL, CSV or zip file, choose its text (and department) column, and send it with a byte-level progress bar. */
@Component({
  selector: 'ml-batch-upload',
  imports: [FormsModule, TranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="batch-upload-title" data-testid="batch-upload">
      <h2 id="batch-upload-title">{{ 'research.upload.title' | t }}</h2>
      <div
        class="drop"
        [class.over]="dragOver()"
        data-testid="batch-drop"
        (dragover)="dragEnter($event)"
        (dragenter)="dragEnter($event)"
        (dragleave)="dragOver.set(false)"
        (drop)="dropped($event)"
      >
        <p>{{ 'research.upload.drop' | t }}</p>
        <label class="pick" for="batch-file">{{ 'research.upload.pick' | t }}</label>
        <input id="batch-file" type="file" accept=".jsonl,.ndjson,.csv,.zip" data-testid="batch-file" [disabled]="busy()" (change)="picked($event)" />
        <p class="hint">{{ 'research.upload.formats' | t }}</p>
      </div>
      @if (file(); as chosen) {
        <p data-testid="batch-file-name">
          <strong>{{ chosen.name }}</strong> · {{ size(chosen.size) }}
        </p>
      }
      @if (unsupported()) {
        <p role="alert" data-testid="batch-unsupported">{{ 'research.upload.unsupported' | t }}</p>
      }
      @switch (columns().kind) {
        @case ('columns') {
          <div class="columns">
            <label for="batch-text-column">{{ 'research.upload.textColumn' | t }}</label>
            <select id="batch-text-column" name="textColumn" data-testid="batch-text-column" [disabled]="busy()" [(ngModel)]="textColumn">
              <option value="">{{ 'research.upload.chooseColumn' | t }}</option>
              @for (column of columnNames(); track column) {
                <option [value]="column">{{ column }}</option>
              }
            </select>
            <label for="batch-department-column">{{ 'research.upload.departmentColumn' | t }}</label>
            <select
              id="batch-department-column"
              name="departmentColumn"
              data-testid="batch-department-column"
              [disabled]="busy()"
              [(ngModel)]="departmentColumn"
            >
              <option value="">{{ 'research.upload.noDepartment' | t }}</option>
              @for (column of columnNames(); track column) {
                @if (column !== textColumn()) {
                  <option [value]="column">{{ column }}</option>
                }
              }
            </select>
          </div>
          <p class="hint">{{ 'research.upload.departmentHint' | t }}</p>
        }
        @case ('unreadable') {
          <p class="hint" data-testid="batch-columns-unreadable">{{ 'research.upload.columnsUnreadable' | t }}</p>
          <label for="batch-text-typed">{{ 'research.upload.textColumn' | t }}</label>
          <input id="batch-text-typed" name="textTyped" data-testid="batch-text-typed" [disabled]="busy()" [(ngModel)]="textColumn" />
        }
        @case ('none') {
          @if (format() === 'zip') {
            <p class="hint">{{ 'research.upload.zipHint' | t }}</p>
          }
        }
      }
      <div class="actions">
        <button type="button" class="primary" data-testid="batch-upload-submit" [disabled]="!canUpload()" (click)="upload()">
          {{ 'research.upload.start' | t }}
        </button>
        @if (busy()) {
          <button type="button" data-testid="batch-upload-abort" (click)="abort()">{{ 'research.upload.abort' | t }}</button>
        }
      </div>
      @if (sending(); as progress) {
        <div class="progress" data-testid="batch-upload-progress">
          <label for="batch-upload-bar">{{ (progress.loaded < progress.total ? 'research.upload.sending' : 'research.upload.storing') | t }}</label>
          <progress id="batch-upload-bar" [value]="progress.loaded" [max]="progress.total || 1"></progress>
          <span aria-live="polite">{{
            'research.upload.bytes' | t: { loaded: size(progress.loaded), total: size(progress.total), percent: percent(progress) }
          }}</span>
        </div>
      }
      @if (problem(); as failure) {
        <ml-error-banner what="research.upload.failed" [problem]="failure" />
      }
    </section>
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
    .drop {
      border: 2px dashed var(--ml-control-border);
      border-radius: 8px;
      padding: 1rem;
      text-align: center;
      overflow-wrap: anywhere;
    }
    .drop.over {
      border-color: var(--ml-accent);
      background: var(--ml-accent-soft);
    }
    .drop p {
      margin: 0.25rem 0;
    }
    .pick {
      font-weight: 600;
    }
    input[type='file'] {
      max-width: 100%;
    }
    .hint {
      color: var(--ml-muted);
      font-size: 0.875rem;
    }
    .columns {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(0, 16rem);
      gap: 0.35rem 0.75rem;
      align-items: center;
      margin-top: 0.5rem;
    }
    @media (max-width: 30rem) {
      .columns {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      margin-top: 0.75rem;
    }
    progress {
      width: min(24rem, 100%);
    }
  `,
})
export class BatchUploadComponent {
  private readonly api = inject(ResearchApiService);
  private readonly i18n = inject(I18nService);
  readonly uploaded = output<BatchJob>();

  protected readonly file = signal<File | null>(null);
  protected readonly format = signal<BatchFormat | null>(null);
  protected readonly unsupported = signal(false);
  protected readonly columns = signal<UploadColumns>({ kind: 'none' });
  protected readonly textColumn = signal('');
  protected readonly departmentColumn = signal('');
  protected readonly dragOver = signal(false);
  protected readonly sending = signal<Sending | null>(null);
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly busy = computed(() => this.sending() !== null);
  protected readonly columnNames = computed(() => {
    const columns = this.columns();
    return columns.kind === 'columns' ? columns.columns : [];
  });
  protected readonly canUpload = computed(() => {
    const format = this.format();
    if (!this.file() || !format || this.busy()) return false;
    return format === 'zip' || this.textColumn().trim() !== '';
  });
  private subscription: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  protected dragEnter(event: DragEvent): void {
    event.preventDefault();
    if (!this.busy()) this.dragOver.set(true);
  }

  protected async dropped(event: DragEvent): Promise<void> {
    event.preventDefault();
    this.dragOver.set(false);
    const file = event.dataTransfer?.files.item(0);
    if (file && !this.busy()) await this.choose(file);
  }

  protected async picked(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.item(0);
    if (file) await this.choose(file);
  }

  protected upload(): void {
    const file = this.file();
    const format = this.format();
    if (!file || !format || !this.canUpload()) return;
    this.problem.set(null);
    this.sending.set({ loaded: 0, total: file.size });
    const department = this.departmentColumn();
    this.subscription = this.api
      .upload(file, {
        format,
        textColumn: format === 'zip' ? null : this.textColumn().trim(),
        departmentColumn: format === 'zip' || !department ? null : department,
      })
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) this.sending.set({ loaded: event.loaded, total: event.total ?? file.size });
          if (event.type === HttpEventType.Response && event.body) {
            this.sending.set(null);
            this.uploaded.emit(event.body);
            this.reset();
          }
        },
        error: (error: unknown) => {
          this.sending.set(null);
          this.problem.set(toRequestProblem(error));
        },
      });
  }

  protected abort(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.sending.set(null);
  }

  protected size(bytes: number): string {
    if (bytes < 1024) return `${this.i18n.formatNumber(bytes)} B`;
    if (bytes < 1024 * 1024) return `${this.i18n.formatNumber(bytes / 1024, 1)} KB`;
    return `${this.i18n.formatNumber(bytes / (1024 * 1024), 1)} MB`;
  }

  protected percent(progress: Sending): number {
    return progress.total > 0 ? Math.floor((progress.loaded / progress.total) * 100) : 0;
  }

  private async choose(file: File): Promise<void> {
    this.problem.set(null);
    this.file.set(file);
    const format = formatOfFileName(file.name);
    this.format.set(format);
    this.unsupported.set(format === null);
    this.textColumn.set('');
    this.departmentColumn.set('');
    if (!format) {
      this.columns.set({ kind: 'none' });
      return;
    }
    const head = format === 'zip' ? '' : await file.slice(0, UPLOAD_HEAD_BYTES).text();
    const columns = uploadColumnsOf({ format, head });
    this.columns.set(columns);
    if (columns.kind === 'columns') this.textColumn.set(likelyTextColumn(columns.columns) ?? '');
    if (columns.kind === 'unreadable') this.textColumn.set('text');
  }

  private reset(): void {
    this.file.set(null);
    this.format.set(null);
    this.columns.set({ kind: 'none' });
    this.textColumn.set('');
    this.departmentColumn.set('');
  }
}
