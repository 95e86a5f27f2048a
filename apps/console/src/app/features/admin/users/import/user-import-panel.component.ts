import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import type { UserImportDryRun, UserImportProblem, UserImportResult } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../../core/api/request-problem.util';
import type { MessageKey } from '../../../../core/i18n/messages.zh';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../../../ui/error-banner.component';
import { UserImportApiService } from '../../data-access/user-import-api.service';
import { oneTimePasswordsCsv } from './one-time-passwords-csv.util';

/**
 * Bulk user import: pick a CSV, see every problem by line (dry run, nothing written), import all or
 * nothing, then download the one-time passwords once. They live only in this component until the
 * download; then they are dropped, and nothing else in the console ever holds them.
 */
@Component({
  selector: 'ml-user-import-panel',
  imports: [TranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card form-grid wide" aria-labelledby="user-import-title" data-testid="user-import">
      <h2 id="user-import-title">{{ 'admin.import.title' | t }}</h2>
      <p id="user-import-help">{{ 'admin.import.help' | t }}</p>
      <div class="toolbar">
        <label for="user-import-file">{{ 'admin.import.file' | t }}</label>
        <input id="user-import-file" type="file" accept=".csv,text/csv" aria-describedby="user-import-help" data-testid="import-file" (change)="pick($event)" />
        <button type="button" data-testid="import-dry-run" [disabled]="!file() || busy()" (click)="dryRun()">{{ 'admin.import.dryRun' | t }}</button>
      </div>
      @if (problem(); as failure) {
        <ml-error-banner [what]="failure.what" [problem]="failure.problem" />
      }
      @if (checked(); as check) {
        <p role="status" data-testid="import-summary">
          {{
            (check.problems.length ? 'admin.import.summary.problems' : 'admin.import.summary.ok')
              | t: { rows: check.rows, problems: check.problems.length, lines: problemLines() }
          }}
        </p>
        @if (check.problems.length) {
          <table class="data stack" data-testid="import-problems">
            <caption class="visually-hidden">
              {{
                'admin.import.problems' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'admin.import.line' | t }}</th>
                <th scope="col">{{ 'admin.import.column' | t }}</th>
                <th scope="col">{{ 'admin.import.problem' | t }}</th>
                <th scope="col">{{ 'admin.import.value' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (item of check.problems; track $index) {
                <tr [attr.data-line]="item.line">
                  <td [attr.data-label]="'admin.import.line' | t">{{ item.line || ('admin.import.wholeFile' | t) }}</td>
                  <td [attr.data-label]="'admin.import.column' | t">{{ item.column ?? '' }}</td>
                  <td [attr.data-label]="'admin.import.problem' | t">{{ problemKey(item) | t }}</td>
                  <td [attr.data-label]="'admin.import.value' | t">{{ item.value ?? '' }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <div class="actions">
            <button type="button" class="primary" data-testid="import-confirm" [disabled]="busy()" (click)="confirm()">
              {{ 'admin.import.confirm' | t: { count: check.users.length } }}
            </button>
          </div>
        }
      }
      @if (importDone(); as result) {
        <div class="notice" role="status" data-testid="import-done">
          <p>{{ 'admin.import.done' | t: { count: result.created } }}</p>
          @if (passwords()) {
            <p>{{ 'admin.import.once' | t }}</p>
            <button type="button" class="primary" data-testid="import-download" (click)="download()">{{ 'admin.import.download' | t }}</button>
          } @else {
            <p data-testid="import-downloaded">{{ 'admin.import.downloaded' | t }}</p>
          }
        </div>
      }
    </section>
  `,
  styleUrl: '../../admin-page.scss',
})
export class UserImportPanelComponent {
  private readonly api = inject(UserImportApiService);
  /** After a successful import, so the user list can reload. */
  readonly imported = output<number>();
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly checked = signal<UserImportDryRun | null>(null);
  protected readonly importDone = signal<{ created: number } | null>(null);
  protected readonly passwords = signal<UserImportResult['users'] | null>(null);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected readonly problemLines = computed(() => new Set(this.checked()?.problems.map((item) => item.line) ?? []).size);

  protected pick(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.checked.set(null);
    this.problem.set(null);
  }

  protected async dryRun(): Promise<void> {
    const file = this.file();
    if (!file) return;
    await this.run('admin.import.error.dryRun', async () => {
      this.importDone.set(null);
      this.checked.set(await this.api.dryRun(file));
    });
  }

  protected async confirm(): Promise<void> {
    const file = this.file();
    if (!file) return;
    await this.run('admin.import.error.import', async () => {
      const result = await this.api.import(file);
      this.checked.set(null);
      this.file.set(null);
      this.importDone.set({ created: result.created });
      this.passwords.set(result.users);
      this.imported.emit(result.created);
    });
  }

  /** Saves the one-time passwords as a file, once: the console forgets them right after. */
  protected download(): void {
    const users = this.passwords();
    if (!users) return;
    const url = URL.createObjectURL(new Blob([oneTimePasswordsCsv({ users })], { type: 'text/csv;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `medlocal-one-time-passwords-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.csv`;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.passwords.set(null);
  }

  protected problemKey(item: UserImportProblem): MessageKey {
    return `admin.import.problem.${item.code}`;
  }

  private async run(what: MessageKey, action: () => Promise<void>): Promise<void> {
    this.problem.set(null);
    this.busy.set(true);
    try {
      await action();
    } catch (error) {
      this.problem.set({ what, problem: toRequestProblem(error) });
    } finally {
      this.busy.set(false);
    }
  }
}
