import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DepartmentView } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { AuthStore } from '../../../core/auth/auth.store';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ConfirmDialogComponent } from '../../../ui/confirm-dialog.component';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AdminApiService } from '../data-access/admin-api.service';

/**
 * Departments: a global admin creates, renames, retires and reinstates them (retired ones stay listed
 * with their users and history); a department admin, whom the API refuses all of these, reads the list only.
 */
@Component({
  selector: 'ml-departments-page',
  imports: [FormsModule, TranslatePipe, LocalDatePipe, ErrorBannerComponent, ConfirmDialogComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.departments' | t }}</h1>
    @if (problem(); as failure) {
      <ml-error-banner [what]="failure.what" [problem]="failure.problem" [retryable]="failure.what === 'admin.departments.error.load'" (retry)="load()" />
    }
    @if (canManage()) {
      <form class="toolbar" (ngSubmit)="create()" data-testid="department-create-form">
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
    } @else {
      <p data-testid="departments-read-only">{{ 'admin.departments.readOnly' | t }}</p>
    }
    <table class="data stack" data-testid="departments-table">
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
          <th scope="col">{{ 'admin.departments.state' | t }}</th>
          @if (canManage()) {
            <th scope="col">{{ 'common.actions' | t }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (department of departments(); track department.id) {
          <tr [attr.data-code]="department.code">
            <td [attr.data-label]="'admin.departments.code' | t">
              <code>{{ department.code }}</code>
            </td>
            @if (editing() === department.id) {
              <td [attr.data-label]="'admin.departments.nameZh' | t">
                <label class="visually-hidden" [for]="'edit-zh-' + department.id">{{ 'admin.departments.nameZh' | t }}</label>
                <input
                  [id]="'edit-zh-' + department.id"
                  [name]="'edit-zh-' + department.id"
                  [(ngModel)]="editNameZh"
                  lang="zh-CN"
                  data-testid="department-edit-name-zh"
                />
              </td>
              <td [attr.data-label]="'admin.departments.nameEn' | t">
                <label class="visually-hidden" [for]="'edit-en-' + department.id">{{ 'admin.departments.nameEn' | t }}</label>
                <input
                  [id]="'edit-en-' + department.id"
                  [name]="'edit-en-' + department.id"
                  [(ngModel)]="editNameEn"
                  lang="en"
                  data-testid="department-edit-name-en"
                />
              </td>
            } @else {
              <td lang="zh-CN" [attr.data-label]="'admin.departments.nameZh' | t">{{ department.nameZh }}</td>
              <td lang="en" [attr.data-label]="'admin.departments.nameEn' | t">{{ department.nameEn }}</td>
            }
            <td [attr.data-label]="'admin.departments.state' | t">
              @if (department.retiredAt) {
                <span class="tag bad" data-testid="department-retired">{{ 'admin.departments.retired' | t }} · {{ department.retiredAt | localDate }}</span>
              } @else {
                <span class="tag ok">{{ 'admin.departments.active' | t }}</span>
              }
            </td>
            @if (canManage()) {
              <td class="row-actions" [attr.data-label]="'common.actions' | t">
                @if (editing() === department.id) {
                  <button type="button" data-testid="department-save" (click)="saveEdit(department)">{{ 'common.save' | t }}</button>
                  <button type="button" (click)="editing.set(null)">{{ 'common.cancel' | t }}</button>
                } @else {
                  <button type="button" data-testid="department-edit" (click)="startEdit(department)">{{ 'common.edit' | t }}</button>
                  @if (!department.retiredAt) {
                    <button type="button" data-testid="department-retire" (click)="retiring.set(department)">{{ 'admin.departments.retire' | t }}</button>
                  } @else {
                    <button type="button" data-testid="department-reinstate" (click)="reinstating.set(department)">
                      {{ 'admin.departments.reinstate' | t }}
                    </button>
                  }
                }
              </td>
            }
          </tr>
        } @empty {
          <tr>
            <td [attr.colspan]="canManage() ? 5 : 4">{{ 'admin.departments.none' | t }}</td>
          </tr>
        }
      </tbody>
    </table>
    @if (retiring(); as department) {
      <ml-confirm-dialog
        [message]="'admin.departments.retire.confirm' | t: { code: department.code }"
        [confirmLabel]="'admin.departments.retire' | t"
        (confirmed)="retire(department)"
        (cancelled)="retiring.set(null)"
      />
    }
    @if (reinstating(); as department) {
      <ml-confirm-dialog
        [message]="'admin.departments.reinstate.confirm' | t: { code: department.code }"
        [confirmLabel]="'admin.departments.reinstate' | t"
        (confirmed)="reinstate(department)"
        (cancelled)="reinstating.set(null)"
      />
    }
  `,
  styleUrl: '../admin-page.scss',
})
export class DepartmentsPage {
  private readonly api = inject(AdminApiService);
  private readonly auth = inject(AuthStore);
  protected readonly departments = signal<readonly DepartmentView[]>([]);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  /** Only a global admin creates, renames or retires departments: nobody else is shown the controls. */
  protected readonly canManage = computed(() => this.auth.user()?.adminScope === 'global');
  protected readonly editing = signal<string | null>(null);
  protected readonly retiring = signal<DepartmentView | null>(null);
  protected readonly reinstating = signal<DepartmentView | null>(null);
  protected code = '';
  protected nameZh = '';
  protected nameEn = '';
  protected editNameZh = '';
  protected editNameEn = '';

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
    await this.run('admin.departments.error.create', async () => {
      await this.api.createDepartment({ code: this.code.trim().toUpperCase(), nameZh: this.nameZh.trim(), nameEn: this.nameEn.trim() });
      this.code = '';
      this.nameZh = '';
      this.nameEn = '';
    });
  }

  protected startEdit(department: DepartmentView): void {
    this.editNameZh = department.nameZh;
    this.editNameEn = department.nameEn;
    this.editing.set(department.id);
  }

  protected async saveEdit(department: DepartmentView): Promise<void> {
    if (!this.editNameZh.trim() || !this.editNameEn.trim()) {
      this.problem.set({ what: 'admin.departments.error.update', problem: { status: 0, serverMessage: null, adviceKey: 'admin.departments.invalid' } });
      return;
    }
    await this.run('admin.departments.error.update', async () => {
      await this.api.updateDepartment(department.id, { nameZh: this.editNameZh.trim(), nameEn: this.editNameEn.trim() });
      this.editing.set(null);
    });
  }

  protected async retire(department: DepartmentView): Promise<void> {
    this.retiring.set(null);
    await this.run('admin.departments.error.retire', () => this.api.retireDepartment(department.id));
  }

  protected async reinstate(department: DepartmentView): Promise<void> {
    this.reinstating.set(null);
    await this.run('admin.departments.error.reinstate', () => this.api.reinstateDepartment(department.id));
  }

  private async run(what: MessageKey, action: () => Promise<unknown>): Promise<void> {
    this.problem.set(null);
    try {
      await action();
      await this.load();
    } catch (error) {
      this.problem.set({ what, problem: toRequestProblem(error) });
    }
  }
}
