import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ApiKeyView, CreatedApiKey, DepartmentView } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CopyButtonComponent } from '../../../ui/copy-button.component';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AdminApiService } from '../data-access/admin-api.service';

/** Keys for the OpenAI-compatible `/v1` API; the secret is shown once, when created. */
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
      <label for="key-department">{{ 'admin.users.department' | t }}</label>
      <select id="key-department" name="department" [(ngModel)]="departmentId" required>
        @for (department of departments(); track department.id) {
          <option [value]="department.id">{{ department.code }}</option>
        }
      </select>
      <button type="submit" class="primary">{{ 'admin.apiKeys.create' | t }}</button>
    </form>
    @if (created(); as key) {
      <div class="secret" role="status">
        <p>{{ 'admin.apiKeys.once' | t }}</p>
        <code>{{ key.key }}</code> <ml-copy-button [value]="key.key" [label]="key.name" />
      </div>
    }
    <table class="data">
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
          <th scope="col">{{ 'common.created' | t }}</th>
          <th scope="col">{{ 'admin.apiKeys.lastUsed' | t }}</th>
          <th scope="col">{{ 'common.actions' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (key of keys(); track key.id) {
          <tr>
            <td>{{ key.name }}</td>
            <td>
              <code>{{ key.prefix }}</code>
            </td>
            <td>{{ key.department.code }}</td>
            <td>{{ key.createdAt | localDate }}</td>
            <td>{{ key.lastUsedAt | localDate }}</td>
            <td>
              @if (key.revokedAt) {
                {{ 'admin.apiKeys.revoked' | t }} {{ key.revokedAt | localDate }}
              } @else {
                <button type="button" (click)="revoke(key)">{{ 'admin.apiKeys.revoke' | t }}</button>
              }
            </td>
          </tr>
        } @empty {
          <tr>
            <td colspan="6">{{ 'admin.apiKeys.none' | t }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: '../admin-page.scss',
})
export class ApiKeysPage {
  private readonly api = inject(AdminApiService);
  protected readonly keys = signal<readonly ApiKeyView[]>([]);
  protected readonly created = signal<CreatedApiKey | null>(null);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected readonly departments = signal<readonly DepartmentView[]>([]);
  protected name = '';
  protected departmentId = '';

  constructor() {
    void this.load();
    void this.loadDepartments();
  }

  private async loadDepartments(): Promise<void> {
    try {
      const departments = await this.api.listDepartments();
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
    if (!this.name.trim() || !this.departmentId) return;
    try {
      this.created.set(await this.api.createApiKey({ name: this.name.trim(), departmentId: this.departmentId }));
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
