import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ApiKeyView, CreatedApiKey } from '@medlocal/contracts';
import { firstValueFrom } from 'rxjs';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ConfirmDialogComponent } from '../../../ui/confirm-dialog.component';
import { CopyButtonComponent } from '../../../ui/copy-button.component';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { apiKeyExample } from '../../admin/api-keys/api-key-example.util';

/** Lives a researcher may pick for their own key; the server caps them at API_KEY_MAX_DAYS. */
const LIFETIMES = [7, 30, 90, 180] as const;

/** A researcher's own `batches` API keys: issue one with an expiry (the secret shown once, with an example call), list, revoke. */
@Component({
  selector: 'ml-research-api-keys',
  imports: [FormsModule, TranslatePipe, LocalDatePipe, ConfirmDialogComponent, CopyButtonComponent, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="research-keys-title" data-testid="research-api-keys">
      <h2 id="research-keys-title">{{ 'research.keys.title' | t }}</h2>
      <p class="hint">{{ 'research.keys.intro' | t }}</p>
      <form class="create" (ngSubmit)="create()">
        <label for="research-key-name">{{ 'research.keys.name' | t }}</label>
        <input id="research-key-name" name="name" maxlength="64" required data-testid="research-key-name" [(ngModel)]="name" />
        <label for="research-key-days">{{ 'research.keys.expiry' | t }}</label>
        <select id="research-key-days" name="days" data-testid="research-key-days" [(ngModel)]="days">
          @for (option of lifetimes; track option) {
            <option [ngValue]="option">{{ 'research.keys.days' | t: { n: option } }}</option>
          }
        </select>
        <button type="submit" class="primary" data-testid="research-key-create" [disabled]="name().trim() === '' || busy()">
          {{ 'research.keys.create' | t }}
        </button>
      </form>
      @if (problem(); as failure) {
        <ml-error-banner what="research.keys.failed" [problem]="failure" />
      }
      @if (created(); as key) {
        <div class="secret" data-testid="research-key-secret" role="status">
          <p>{{ 'research.keys.once' | t }}</p>
          <code>{{ key.key }}</code> <ml-copy-button [value]="key.key" [label]="key.name" />
          <p>{{ 'research.keys.example' | t }}</p>
          <pre class="example" data-testid="research-key-example">{{ example }}</pre>
          <ml-copy-button [value]="example" [label]="'research.keys.example' | t" />
        </div>
      }
      @if (keys(); as list) {
        @if (list.length === 0) {
          <p data-testid="research-keys-empty">{{ 'research.keys.empty' | t }}</p>
        } @else {
          <table class="data stack" data-testid="research-keys">
            <thead>
              <tr>
                <th scope="col">{{ 'research.keys.name' | t }}</th>
                <th scope="col">{{ 'research.keys.prefix' | t }}</th>
                <th scope="col">{{ 'research.keys.expires' | t }}</th>
                <th scope="col">{{ 'research.keys.lastUsed' | t }}</th>
                <th scope="col">{{ 'research.col.actions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (key of list; track key.id) {
                <tr [attr.data-key]="key.name">
                  <th scope="row" [attr.data-label]="'research.keys.name' | t">{{ key.name }}</th>
                  <td [attr.data-label]="'research.keys.prefix' | t">
                    <code>{{ key.prefix }}…</code>
                  </td>
                  <td [attr.data-label]="'research.keys.expires' | t">{{ key.expiresAt | localDate }}</td>
                  <td [attr.data-label]="'research.keys.lastUsed' | t">{{ key.lastUsedAt | localDate }}</td>
                  <td [attr.data-label]="'research.col.actions' | t">
                    @if (key.revokedAt) {
                      <span data-testid="research-key-revoked">{{ 'research.keys.revoked' | t }}</span>
                    } @else if (key.expired) {
                      {{ 'research.keys.expired' | t }}
                    } @else {
                      <button type="button" data-testid="research-key-revoke" (click)="revoking.set(key)">{{ 'research.keys.revoke' | t }}</button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    </section>
    @if (revoking(); as key) {
      <ml-confirm-dialog
        [message]="'research.keys.revoke.confirm' | t: { name: key.name }"
        [confirmLabel]="'research.keys.revoke' | t"
        (confirmed)="revoke(key)"
        (cancelled)="revoking.set(null)"
      />
    }
  `,
  styleUrl: './research-api-keys.component.scss',
})
export class ResearchApiKeysComponent {
  private readonly http = inject(HttpClient);
  protected readonly lifetimes = LIFETIMES;
  protected readonly example = apiKeyExample({ scope: 'batches', origin: location.origin });
  protected readonly keys = signal<readonly ApiKeyView[] | null>(null);
  protected readonly created = signal<CreatedApiKey | null>(null);
  protected readonly revoking = signal<ApiKeyView | null>(null);
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly name = signal('');
  protected readonly days = signal<number>(30);

  constructor() {
    void this.load();
  }

  protected async create(): Promise<void> {
    if (this.name().trim() === '') return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const key = await firstValueFrom(this.http.post<CreatedApiKey>('/api/research/api-keys', { name: this.name().trim(), expiresInDays: this.days() }));
      this.created.set(key);
      this.name.set('');
      await this.load();
    } catch (error) {
      this.problem.set(toRequestProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async revoke(key: ApiKeyView): Promise<void> {
    this.revoking.set(null);
    this.problem.set(null);
    try {
      await firstValueFrom(this.http.delete(`/api/research/api-keys/${encodeURIComponent(key.id)}`));
      if (this.created()?.id === key.id) this.created.set(null);
      await this.load();
    } catch (error) {
      this.problem.set(toRequestProblem(error));
    }
  }

  private async load(): Promise<void> {
    try {
      this.keys.set(await firstValueFrom(this.http.get<ApiKeyView[]>('/api/research/api-keys')));
    } catch (error) {
      this.problem.set(toRequestProblem(error));
    }
  }
}
