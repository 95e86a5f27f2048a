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
      <label for="department-code">{{ 'admin.departments.code' | t }}</label>
      <input
        id="department-code"
        name="code"
        [(ngModel)]="code"
        required
        pattern="[A-Z0-9][A-Z0-9_-]{0,31}"
        placeholder="CARD"
        aria-describedby="department-code-help"
      />
      <label for="department-name-zh">{{ 'admin.departments.nameZh' | t }}</label>
      <input id="department-name-zh" name="nameZh" [(ngModel)]="nameZh" required lang="zh-CN" />
      <label for="department-name-en">{{ 'admin.departments.nameEn' | t }}</label>
      <input id="department-name-en" name="nameEn" [(ngModel)]="nameEn" required lang="en" />
      <button type="submit" class="primary">{{ 'admin.departments.create' | t }}</button>
      <small id="department-code-help">{{ 'admin.departments.codeHelp' | t }}</small>
    </form>
    <table class="data" data-testid="departments-table">
      <caption class="visually-hidden">
        {{
          'admin.departments' | t
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'admin.departments.code' | t }}</th>
          <th scope="col">{{ 'admin.departments.nameZh' | t }}</th>
          <th scope="col">{{ 'admin.departments.nameEn' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (department of departments(); track department.id) {
          <tr>
            <td>
              <code>{{ department.code }}</code>
            </td>
            <td lang="zh-CN">{{ department.nameZh }}</td>
            <td lang="en">{{ department.nameEn }}</td>
          </tr>
        } @empty {
          <tr>
            <td colspan="3">{{ 'admin.departments.none' | t }}</td>
          </tr>
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
  protected code = '';
  protected nameZh = '';
  protected nameEn = '';

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
    if (!this.code.trim() || !this.nameZh.trim() || !this.nameEn.trim()) {
      this.problem.set({ what: 'admin.departments.error.create', problem: { status: 0, serverMessage: null, adviceKey: 'admin.departments.invalid' } });
      return;
    }
    try {
      await this.api.createDepartment({ code: this.code.trim().toUpperCase(), nameZh: this.nameZh.trim(), nameEn: this.nameEn.trim() });
      this.code = '';
      this.nameZh = '';
      this.nameEn = '';
      await this.load();
    } catch (error) {
      this.problem.set({ what: 'admin.departments.error.create', problem: toRequestProblem(error) });
    }
  }
}
