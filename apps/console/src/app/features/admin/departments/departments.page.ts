import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DepartmentView } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AdminApiService } from '../data-access/admin-api.service';

@Component({
  selector: 'ml-departments-page',
  imports: [FormsModule, TranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.departments' | t }}</h1>
    @if (problem(); as failure) {
      <ml-error-banner [what]="failure.what" [problem]="failure.problem" [retryable]="true" (retry)="load()" />
    }
    <form class="toolbar" (ngSubmit)="create()">
      <label for="department-name">{{ 'admin.departments.name' | t }}</label>
      <input id="department-name" name="name" [(ngModel)]="name" required />
      <label for="department-code">{{ 'admin.departments.code' | t }}</label>
      <input id="department-code" name="code" [(ngModel)]="code" />
      <button type="submit" class="primary">{{ 'admin.departments.create' | t }}</button>
    </form>
    <table class="data" data-testid="departments-table">
      <caption class="visually-hidden">{{ 'admin.departments' | t }}</caption>
      <thead><tr><th scope="col">{{ 'admin.departments.name' | t }}</th><th scope="col">{{ 'admin.departments.code' | t }}</th></tr></thead>
      <tbody>
        @for (department of departments(); track department.id) {
          <tr><td>{{ department.name }}</td><td>{{ department.code ?? '—' }}</td></tr>
        } @empty {
          <tr><td colspan="2">{{ 'admin.departments.none' | t }}</td></tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: '../admin-page.scss',
})
export class DepartmentsPage {
  private readonly api = inject(AdminApiService);
  protected readonly departments = signal<readonly DepartmentView[]>([]);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected name = '';
  protected code = '';

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.problem.set(null);
    try {
      this.departments.set(await this.api.listDepartments());
    } catch (error) {
      this.problem.set({ what: 'admin.departments.error.load', problem: toRequestProblem(error) });
    }
  }

  protected async create(): Promise<void> {
    if (!this.name.trim()) return;
    try {
      await this.api.createDepartment({ name: this.name.trim(), ...(this.code.trim() ? { code: this.code.trim() } : {}) });
      this.name = '';
      this.code = '';
      await this.load();
    } catch (error) {
      this.problem.set({ what: 'admin.departments.error.create', problem: toRequestProblem(error) });
    }
  }
}
