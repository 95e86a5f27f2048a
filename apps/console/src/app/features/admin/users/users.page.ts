import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ROLES, type AdminUserView, type DepartmentView, type Role } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { AuthStore } from '../../../core/auth/auth.store';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AdminApiService } from '../data-access/admin-api.service';

interface UserDraft {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  department: string;
}

/** Users of the admin's scope: search, create, edit roles and department, disable, unlock, reset password, end sessions. */
@Component({
  selector: 'ml-users-page',
  imports: [FormsModule, TranslatePipe, LocalDatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrl: '../admin-page.scss',
})
export class UsersPage {
  private readonly api = inject(AdminApiService);
  private readonly auth = inject(AuthStore);
  protected readonly roles = ROLES;
  protected readonly users = signal<readonly AdminUserView[]>([]);
  protected readonly departments = signal<readonly DepartmentView[]>([]);
  protected readonly loading = signal(false);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected readonly showCreate = signal(false);
  /** A department admin creates users in their own department only. */
  protected readonly fixedDepartment = computed(() => this.auth.user()?.department ?? null);

  protected search = '';
  protected draft: UserDraft = this.emptyDraft();
  protected editRoles: Role[] = [];
  protected editDepartment = '';

  constructor() {
    void this.load();
    void this.loadDepartments();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    await this.run('admin.users.error.load', async () => this.users.set(await this.api.listUsers(this.search.trim())));
    this.loading.set(false);
  }

  protected async create(): Promise<void> {
    const draft = this.draft;
    if (!draft.username.trim() || draft.password.length < 12 || draft.roles.length === 0) {
      this.problem.set({ what: 'admin.users.error.create', problem: { status: 0, serverMessage: null, adviceKey: 'admin.users.create.invalid' } });
      return;
    }
    const ok = await this.run('admin.users.error.create', () =>
      this.api.createUser({
        username: draft.username.trim(),
        displayName: draft.displayName.trim() || draft.username.trim(),
        password: draft.password,
        roles: draft.roles,
        department: this.fixedDepartment() ?? (draft.department || null),
      }),
    );
    if (ok) {
      this.notice.set(draft.username.trim());
      this.draft = this.emptyDraft();
      this.showCreate.set(false);
      await this.load();
    }
  }

  protected startEdit(user: AdminUserView): void {
    this.editing.set(user.id);
    this.editRoles = [...user.roles];
    this.editDepartment = user.department ?? '';
  }

  protected async saveEdit(user: AdminUserView): Promise<void> {
    const ok = await this.run('admin.users.error.update', () =>
      this.api.updateUser(user.id, { roles: this.editRoles, department: this.fixedDepartment() ?? (this.editDepartment || null) }),
    );
    if (ok) {
      this.editing.set(null);
      await this.load();
    }
  }

  protected async setDisabled(user: AdminUserView, disabled: boolean): Promise<void> {
    if (await this.run('admin.users.error.update', () => this.api.updateUser(user.id, { disabled }))) await this.load();
  }

  protected async unlock(user: AdminUserView): Promise<void> {
    if (await this.run('admin.users.error.unlock', () => this.api.unlock(user.id))) await this.load();
  }

  protected async resetPassword(user: AdminUserView): Promise<void> {
    let temporary: string | undefined;
    const ok = await this.run('admin.users.error.reset', async () => {
      temporary = (await this.api.resetPassword(user.id)).temporaryPassword;
    });
    if (ok) {
      this.notice.set(temporary ? `${user.username}: ${temporary}` : user.username);
      await this.load();
    }
  }

  protected async endSessions(user: AdminUserView): Promise<void> {
    if (await this.run('admin.users.error.sessions', () => this.api.endSessions(user.id))) this.notice.set(user.username);
  }

  protected roleKey(role: Role): MessageKey {
    return `role.${role}`;
  }

  protected toggleRole(list: Role[], role: Role, checked: boolean): Role[] {
    return checked ? [...new Set([...list, role])] : list.filter((candidate) => candidate !== role);
  }

  private async loadDepartments(): Promise<void> {
    try {
      this.departments.set(await this.api.listDepartments());
    } catch {
      // The department field falls back to free text.
    }
  }

  private async run(what: MessageKey, action: () => Promise<unknown>): Promise<boolean> {
    this.problem.set(null);
    try {
      await action();
      return true;
    } catch (error) {
      this.problem.set({ what, problem: toRequestProblem(error) });
      return false;
    }
  }

  private emptyDraft(): UserDraft {
    return { username: '', displayName: '', password: '', roles: ['clinician'], department: '' };
  }
}
