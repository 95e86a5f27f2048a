import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { AdminUserView, ApiKeyScope, ApiKeyView, CreatedApiKey, DepartmentView } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CopyButtonComponent } from '../../../ui/copy-button.component';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AuthStore } from '../../../core/auth/auth.store';
import { AdminApiService } from '../data-access/admin-api.service';
import { apiKeyExample } from './api-key-example.util';
import { pickableDepartments } from '../data-access/pickable-departments.util';

/**
 * API keys: `inference` keys for the OpenAI-compatible `/v1` API (a department), `batches` keys for the
 * research batch endpoints (one researcher). Every key expires; the secret is shown once, when created,
 * with a call to try it.
 */
@Component({
  selector: 'ml-api-keys-page',
  imports: [FormsModule, TranslatePipe, LocalDatePipe, CopyButtonComponent, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.apiKeys' | t }}</h1>
    @if (problem(); as failure) {
      <ml-error-banner [what]="failure.what" [problem]="failure.problem" [retryable]="true" (retry)="load()" />
    }
    <form class="toolbar" (ngSubmit)="create()">
      <label for="key-name">{{ 'admin.apiKeys.name' | t }}</label>
      <input id="key-name" name="name" [(ngModel)]="name" required />
      <label for="key-scope">{{ 'admin.apiKeys.scope' | t }}</label>
      <select id="key-scope" name="scope" data-testid="key-scope" [ngModel]="scope()" (ngModelChange)="scope.set($event)">
        <option value="inference">{{ 'admin.apiKeys.scope.inference' | t }}</option>
        <option value="batches">{{ 'admin.apiKeys.scope.batches' | t }}</option>
      </select>
      @if (scope() === 'inference') {
        <label for="key-department">{{ 'admin.users.department' | t }}</label>
        <select id="key-department" name="department" [(ngModel)]="departmentId" required>
          @for (department of departments(); track department.id) {
            <option [value]="department.id">{{ department.code }}</option>
          }
        </select>
      } @else {
        <label for="key-researcher">{{ 'admin.apiKeys.researcher' | t }}</label>
        <select id="key-researcher" name="researcher" data-testid="key-researcher" [(ngModel)]="researcherId" required>
          @for (researcher of researchers(); track researcher.id) {
            <option [value]="researcher.id">{{ researcher.username }} · {{ researcher.displayName }}</option>
          } @empty {
            <option value="" disabled>{{ 'admin.apiKeys.noResearchers' | t }}</option>
          }
        </select>
      }
      <label for="key-days">{{ 'admin.apiKeys.lifeDays' | t }}</label>
      <input
        id="key-days"
        name="days"
        type="number"
        min="1"
        step="1"
        inputmode="numeric"
        data-testid="key-days"
        [(ngModel)]="lifeDays"
        aria-describedby="key-days-help"
      />
      <small id="key-days-help">{{ 'admin.apiKeys.lifeHelp' | t }}</small>
      <button type="submit" class="primary">{{ 'admin.apiKeys.create' | t }}</button>
    </form>
    @if (created(); as key) {
      <div class="secret" role="status">
        <p>{{ 'admin.apiKeys.once' | t }}</p>
        <code>{{ key.key }}</code> <ml-copy-button [value]="key.key" [label]="key.name" />
        <p>{{ 'admin.apiKeys.expires' | t }}: {{ key.expiresAt | localDate }}</p>
        <p>{{ 'admin.apiKeys.example' | t }} · {{ 'admin.apiKeys.exampleHelp' | t }}</p>
        <pre class="example" style="white-space: pre-wrap; overflow-wrap: anywhere" data-testid="key-example">{{ example(key.scope) }}</pre>
        <ml-copy-button [value]="example(key.scope)" [label]="'admin.apiKeys.example' | t" />
      </div>
    }
    <table class="data stack">
      <caption class="visually-hidden">
        {{
          'admin.apiKeys' | t
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'admin.apiKeys.name' | t }}</th>
          <th scope="col">{{ 'admin.apiKeys.prefix' | t }}</th>
          <th scope="col">{{ 'admin.users.department' | t }}</th>
          <th scope="col">{{ 'admin.apiKeys.scope' | t }}</th>
          <th scope="col">{{ 'admin.apiKeys.expires' | t }}</th>
          <th scope="col">{{ 'common.created' | t }}</th>
          <th scope="col">{{ 'admin.apiKeys.lastUsed' | t }}</th>
          <th scope="col">{{ 'common.actions' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (key of keys(); track key.id) {
          <tr>
            <td [attr.data-label]="'admin.apiKeys.name' | t">{{ key.name }}</td>
            <td [attr.data-label]="'admin.apiKeys.prefix' | t">
              <code>{{ key.prefix }}</code>
            </td>
            <td [attr.data-label]="'admin.users.department' | t">{{ key.department.code }}</td>
            <td [attr.data-label]="'admin.apiKeys.scope' | t" [attr.data-scope]="key.scope">
              {{ scopeKey(key.scope) | t }}
              @if (key.owner; as owner) {
                · {{ owner.username }}
              }
              <details>
                <summary>{{ 'admin.apiKeys.example' | t }}</summary>
                <pre class="example" style="white-space: pre-wrap; overflow-wrap: anywhere">{{ example(key.scope) }}</pre>
                <ml-copy-button [value]="example(key.scope)" [label]="('admin.apiKeys.example' | t) + ' ' + key.name" />
              </details>
            </td>
            <td [attr.data-label]="'admin.apiKeys.expires' | t">
              {{ key.expiresAt | localDate }}
              @if (key.expired) {
                <span class="tag bad">{{ 'admin.apiKeys.expired' | t }}</span>
              }
            </td>
            <td [attr.data-label]="'common.created' | t">{{ key.createdAt | localDate }}</td>
            <td [attr.data-label]="'admin.apiKeys.lastUsed' | t">{{ key.lastUsedAt | localDate }}</td>
            <td [attr.data-label]="'common.actions' | t">
              @if (key.revokedAt) {
                {{ 'admin.apiKeys.revoked' | t }} {{ key.revokedAt | localDate }}
              } @else {
                <button type="button" (click)="revoke(key)">{{ 'admin.apiKeys.revoke' | t }}</button>
              }
            </td>
          </tr>
        } @empty {
          <tr>
            <td colspan="8">{{ 'admin.apiKeys.none' | t }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: '../admin-page.scss',
})
export class ApiKeysPage {
  private readonly api = inject(AdminApiService);
  private readonly auth = inject(AuthStore);
  protected readonly keys = signal<readonly ApiKeyView[]>([]);
  protected readonly created = signal<CreatedApiKey | null>(null);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected readonly departments = signal<readonly DepartmentView[]>([]);
  protected name = '';
  protected departmentId = '';
  protected readonly scope = signal<ApiKeyScope>('inference');
  /** Active researchers this admin manages: a `batches` key acts for one of them. */
  protected readonly researchers = signal<readonly AdminUserView[]>([]);
  protected researcherId = '';
  /** The server's default (API_KEY_DEFAULT_DAYS) unless the admin picks another, up to API_KEY_MAX_DAYS. */
  protected lifeDays: number | null = 90;

  constructor() {
    void this.load();
    void this.loadDepartments();
    void this.loadResearchers();
  }

  protected example(scope: ApiKeyScope): string {
    return apiKeyExample({ scope, origin: window.location.origin });
  }

  protected scopeKey(scope: ApiKeyScope): MessageKey {
    return `admin.apiKeys.scope.${scope}`;
  }

  private async loadResearchers(): Promise<void> {
    try {
      const researchers = (await this.api.listUsers()).filter((user) => user.roles.includes('researcher') && user.status !== 'disabled');
      this.researchers.set(researchers);
      this.researcherId ||= researchers[0]?.id ?? '';
    } catch {
      // Without the list only inference keys can be made; the page's own load error shows elsewhere.
    }
  }

  private async loadDepartments(): Promise<void> {
    try {
      // Only what this admin may pick: a department admin's own department, never a retired one.
      const departments = pickableDepartments({ departments: await this.api.listDepartments(), admin: this.auth.user() });
      this.departments.set(departments);
      this.departmentId ||= departments[0]?.id ?? '';
    } catch (error) {
      this.problem.set({ what: 'admin.departments.error.load', problem: toRequestProblem(error) });
    }
  }

  protected async load(): Promise<void> {
    this.problem.set(null);
    try {
      this.keys.set(await this.api.listApiKeys());
    } catch (error) {
      this.problem.set({ what: 'admin.apiKeys.error.load', problem: toRequestProblem(error) });
    }
  }

  protected async create(): Promise<void> {
    const scope = this.scope();
    if (!this.name.trim() || (scope === 'inference' ? !this.departmentId : !this.researcherId)) return;
    const expiresInDays = this.lifeDays ? Math.round(this.lifeDays) : undefined;
    try {
      this.created.set(
        await this.api.createApiKey(
          scope === 'inference'
            ? { name: this.name.trim(), scope, departmentId: this.departmentId, expiresInDays }
            : { name: this.name.trim(), scope, researcherId: this.researcherId, expiresInDays },
        ),
      );
      this.name = '';
      await this.load();
    } catch (error) {
      this.problem.set({ what: 'admin.apiKeys.error.create', problem: toRequestProblem(error) });
    }
  }

  protected async revoke(key: ApiKeyView): Promise<void> {
    try {
      await this.api.revokeApiKey(key.id);
      await this.load();
    } catch (error) {
      this.problem.set({ what: 'admin.apiKeys.error.revoke', problem: toRequestProblem(error) });
    }
  }
}
