import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ROLES, type AdminUserView, type DepartmentView, type Role } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { AuthStore } from '../../../core/auth/auth.store';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ConfirmDialogComponent } from '../../../ui/confirm-dialog.component';
import { CopyButtonComponent } from '../../../ui/copy-button.component';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AdminApiService } from '../data-access/admin-api.service';
import { pickableDepartments } from '../data-access/pickable-departments.util';
import { UserImportPanelComponent } from './import/user-import-panel.component';
import { filterUsers } from './user-search.util';

interface UserDraft {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  departmentId: string;
}

/** What the admin must see once: a generated one-time password, or a plain confirmation. */
interface Notice {
  readonly key: MessageKey;
  readonly username: string;
  readonly oneTimePassword?: string;
}

/** A destructive action waiting for the admin's confirmation. */
interface PendingAction {
  readonly kind: 'disable' | 'reset' | 'endSessions';
  readonly user: AdminUserView;
}

/** Users of the admin's scope: search, create, edit roles and department, disable, unlock, reset password, end sessions. */
const DEPARTMENT_GRANTABLE_ROLES: readonly Role[] = ['clinician', 'researcher'];
/** No admin grants the auditor role (三员分立): the server operator creates auditors with the admin CLI, and the API hides them from admins. */
const GLOBAL_GRANTABLE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'auditor');

@Component({
  selector: 'ml-users-page',
  imports: [FormsModule, TranslatePipe, LocalDatePipe, ErrorBannerComponent, CopyButtonComponent, ConfirmDialogComponent, UserImportPanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrl: '../admin-page.scss',
})
export class UsersPage {
  private readonly api = inject(AdminApiService);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18nService);
  /** A department admin grants clinician and researcher only, a global admin never auditor (the server refuses anything else). */
  protected readonly roles = computed((): readonly Role[] => (this.auth.user()?.adminScope === 'global' ? GLOBAL_GRANTABLE_ROLES : DEPARTMENT_GRANTABLE_ROLES));
  protected readonly users = signal<readonly AdminUserView[]>([]);
  protected readonly departments = signal<readonly DepartmentView[]>([]);
  protected readonly loading = signal(false);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected readonly showCreate = signal(false);
  protected readonly showImport = signal(false);
  protected readonly search = signal('');
  protected readonly visibleUsers = computed(() => filterUsers({ users: this.users(), query: this.search() }));
  /** A department admin manages their own department only; the server enforces it, the form just says so. */
  /** Departments a new or moved user may be given: retired ones are kept by their users but offered to nobody. */
  protected readonly assignableDepartments = computed(() => pickableDepartments({ departments: this.departments(), admin: this.auth.user() }));
  protected readonly pending = signal<PendingAction | null>(null);
  protected readonly pendingMessage = computed(() => {
    const pending = this.pending();
    if (!pending) return '';
    const key: MessageKey =
      pending.kind === 'disable' ? 'admin.users.confirm.disable' : pending.kind === 'reset' ? 'admin.users.confirm.reset' : 'admin.users.confirm.endSessions';
    return this.i18n.translate(key, { username: pending.user.username });
  });
  protected readonly pendingLabel = computed(() => {
    const kind = this.pending()?.kind;
    return this.i18n.translate(kind === 'disable' ? 'admin.users.disable' : kind === 'reset' ? 'admin.users.reset' : 'admin.users.endSessions');
  });
  protected readonly fixedDepartment = computed(() => (this.auth.user()?.adminScope === 'department' ? (this.auth.user()?.department ?? null) : null));

  protected draft: UserDraft = this.emptyDraft();
  protected editRoles: Role[] = [];
  protected editDepartmentId = '';

  constructor() {
    void this.load();
    void this.loadDepartments();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    await this.run('admin.users.error.load', async () => this.users.set(await this.api.listUsers()));
    this.loading.set(false);
  }

  protected async create(): Promise<void> {
    const draft = this.draft;
    if (!draft.username.trim() || draft.roles.length === 0) {
      this.problem.set({ what: 'admin.users.error.create', problem: { status: 0, serverMessage: null, adviceKey: 'admin.users.create.invalid' } });
      return;
    }
    const departmentId = this.fixedDepartment()?.id ?? (draft.departmentId || null);
    await this.run('admin.users.error.create', async () => {
      const created = await this.api.createUser({
        username: draft.username.trim().toLowerCase(),
        displayName: draft.displayName.trim() || draft.username.trim(),
        roles: draft.roles,
        departmentId,
        ...(draft.password ? { password: draft.password } : {}),
      });
      this.notice.set({ key: 'admin.users.created', username: created.user.username, oneTimePassword: created.oneTimePassword });
      this.draft = this.emptyDraft();
      this.showCreate.set(false);
      await this.load();
    });
  }

  protected startEdit(user: AdminUserView): void {
    this.editing.set(user.id);
    this.editRoles = [...user.roles];
    this.editDepartmentId = user.department?.id ?? '';
  }

  protected async saveEdit(user: AdminUserView): Promise<void> {
    await this.run('admin.users.error.update', async () => {
      await this.api.updateUser(user.id, { roles: this.editRoles, ...(this.fixedDepartment() ? {} : { departmentId: this.editDepartmentId || null }) });
      this.editing.set(null);
      await this.load();
    });
  }

  /** Disabling, resetting a password and ending sessions are asked first; disable and reset need the username typed. */
  protected ask(kind: PendingAction['kind'], user: AdminUserView): void {
    this.pending.set({ kind, user });
  }

  protected async confirmPending(): Promise<void> {
    const pending = this.pending();
    this.pending.set(null);
    if (!pending) return;
    if (pending.kind === 'disable') await this.setDisabled(pending.user, true);
    else if (pending.kind === 'reset') await this.resetPassword(pending.user);
    else await this.endSessions(pending.user);
  }

  /** Departments offered in a user's row: the assignable ones, plus the one the user already has (retired or not). */
  protected departmentsFor(user: AdminUserView): readonly DepartmentView[] {
    const assignable = this.assignableDepartments();
    const current = user.department;
    return current && !assignable.some((department) => department.id === current.id) ? [...assignable, current] : assignable;
  }

  protected async setDisabled(user: AdminUserView, disabled: boolean): Promise<void> {
    await this.run('admin.users.error.update', async () => {
      await this.api.updateUser(user.id, { status: disabled ? 'disabled' : 'active' });
      await this.load();
    });
  }

  protected async unlock(user: AdminUserView): Promise<void> {
    await this.run('admin.users.error.unlock', async () => {
      await this.api.unlock(user.id);
      this.notice.set({ key: 'admin.users.unlocked', username: user.username });
      await this.load();
    });
  }

  protected async resetPassword(user: AdminUserView): Promise<void> {
    await this.run('admin.users.error.reset', async () => {
      const result = await this.api.resetPassword(user.id);
      this.notice.set({ key: 'admin.users.passwordReset', username: user.username, oneTimePassword: result.oneTimePassword });
      await this.load();
    });
  }

  protected async endSessions(user: AdminUserView): Promise<void> {
    await this.run('admin.users.error.sessions', async () => {
      const result = await this.api.endSessions(user.id);
      this.notice.set({ key: 'admin.users.sessionsEnded', username: `${user.username} (${result.sessionsEnded})` });
    });
  }

  protected roleKey(role: Role): MessageKey {
    return `role.${role}`;
  }

  protected departmentName(department: DepartmentView | null): string {
    if (!department) return '—';
    const name = `${department.code} · ${this.i18n.language() === 'zh' ? department.nameZh : department.nameEn}`;
    return department.retiredAt ? `${name} (${this.i18n.translate('admin.departments.retired')})` : name;
  }

  protected toggleRole(list: Role[], role: Role, checked: boolean): Role[] {
    return checked ? [...new Set([...list, role])] : list.filter((candidate) => candidate !== role);
  }

  private async loadDepartments(): Promise<void> {
    try {
      this.departments.set(await this.api.listDepartments());
    } catch {
      // Without the list the department can still be left unchanged; the load error shows elsewhere.
    }
  }

  private async run(what: MessageKey, action: () => Promise<void>): Promise<void> {
    this.problem.set(null);
    try {
      await action();
    } catch (error) {
      this.problem.set({ what, problem: toRequestProblem(error) });
    }
  }

  private emptyDraft(): UserDraft {
    return { username: '', displayName: '', password: '', roles: ['clinician'], departmentId: '' };
  }
}
