import type { DepartmentView, Role, TokenResponse, UserWithPassword } from '@medlocal/contracts';
import { E2E_ADMIN, E2E_FIRST_PASSWORD, E2E_PASSWORD } from './e2e-accounts';

/** Sets up accounts through the real HTTP API, so the browser scenarios start from a known state. */
export class MedLocalApi {
  private adminToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async signIn(username: string, password: string): Promise<TokenResponse> {
    return this.json<TokenResponse>('POST', '/api/auth/login', { username, password });
  }

  async department(code: string, nameZh: string, nameEn: string): Promise<DepartmentView> {
    const existing = (await this.json<DepartmentView[]>('GET', '/api/admin/departments', undefined, await this.admin())).find(
      (department) => department.code === code,
    );
    return existing ?? this.json<DepartmentView>('POST', '/api/admin/departments', { code, nameZh, nameEn }, await this.admin());
  }

  /** A user who has already changed the first password, so the UI sign-in goes straight to their start page. */
  async readyUser(params: {
    username: string;
    roles: Role[];
    departmentId: string | null;
    adminScope?: 'global' | 'department';
  }): Promise<{ id: string; username: string; password: string }> {
    const created = await this.json<UserWithPassword>(
      'POST',
      '/api/admin/users',
      {
        username: params.username,
        displayName: params.username,
        roles: params.roles,
        departmentId: params.departmentId,
        adminScope: params.adminScope,
        password: E2E_FIRST_PASSWORD,
      },
      await this.admin(),
    );
    const first = await this.signIn(params.username, E2E_FIRST_PASSWORD);
    await this.json('POST', '/api/auth/password', { currentPassword: E2E_FIRST_PASSWORD, newPassword: E2E_PASSWORD }, first.accessToken);
    return { id: created.user.id, username: params.username, password: E2E_PASSWORD };
  }

  /** Changes an account as the e2e admin (e.g. `{ status: 'disabled' }`). */
  async updateUser(id: string, changes: Record<string, unknown>): Promise<void> {
    await this.json('PATCH', `/api/admin/users/${id}`, changes, await this.admin());
  }

  private async admin(): Promise<string> {
    this.adminToken ??= (await this.signIn(E2E_ADMIN.username, E2E_ADMIN.password)).accessToken;
    return this.adminToken;
  }

  private async json<T>(method: string, url: string, body?: unknown, token?: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
