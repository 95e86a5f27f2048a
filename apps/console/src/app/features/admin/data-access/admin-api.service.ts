import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdminUserView,
  ApiKeyView,
  CreateApiKeyRequest,
  CreateDepartmentRequest,
  CreateUserRequest,
  CreatedApiKey,
  DepartmentView,
  EndSessionsResponse,
  PromptTemplateHistory,
  PromptTemplateVersion,
  UpdatePromptRequest,
  UpdateUserRequest,
  UserWithPassword,
} from '@medlocal/contracts';
import { firstValueFrom } from 'rxjs';

/** Lists may come bare or wrapped as `{items}`; the console accepts both. */
function itemsOf<T>(body: readonly T[] | { items: readonly T[] }): readonly T[] {
  return Array.isArray(body) ? body : (body as { items: readonly T[] }).items;
}

/** The admin endpoints of the HTTP contract; the server scopes every answer to the admin's department. */
@Injectable({ providedIn: 'root' })
export class AdminApiService {
  private readonly http = inject(HttpClient);

  /** Every user in the admin's scope; search happens in the page (a department has tens, not thousands). */
  async listUsers(): Promise<readonly AdminUserView[]> {
    return itemsOf(await firstValueFrom(this.http.get<readonly AdminUserView[] | { items: readonly AdminUserView[] }>('/api/admin/users')));
  }

  createUser(request: CreateUserRequest): Promise<UserWithPassword> {
    return firstValueFrom(this.http.post<UserWithPassword>('/api/admin/users', request));
  }

  updateUser(id: string, request: UpdateUserRequest): Promise<AdminUserView> {
    return firstValueFrom(this.http.patch<AdminUserView>(`/api/admin/users/${encodeURIComponent(id)}`, request));
  }

  resetPassword(id: string): Promise<UserWithPassword> {
    return firstValueFrom(this.http.post<UserWithPassword>(`/api/admin/users/${encodeURIComponent(id)}/reset-password`, {}));
  }

  unlock(id: string): Promise<AdminUserView> {
    return firstValueFrom(this.http.post<AdminUserView>(`/api/admin/users/${encodeURIComponent(id)}/unlock`, {}));
  }

  endSessions(id: string): Promise<EndSessionsResponse> {
    return firstValueFrom(this.http.post<EndSessionsResponse>(`/api/admin/users/${encodeURIComponent(id)}/end-sessions`, {}));
  }

  async listDepartments(): Promise<readonly DepartmentView[]> {
    return itemsOf(await firstValueFrom(this.http.get<readonly DepartmentView[] | { items: readonly DepartmentView[] }>('/api/admin/departments')));
  }

  createDepartment(request: CreateDepartmentRequest): Promise<DepartmentView> {
    return firstValueFrom(this.http.post<DepartmentView>('/api/admin/departments', request));
  }

  promptHistory(name: string): Promise<PromptTemplateHistory> {
    return firstValueFrom(this.http.get<PromptTemplateHistory>(`/api/admin/prompts/${encodeURIComponent(name)}`));
  }

  savePrompt(name: string, request: UpdatePromptRequest): Promise<PromptTemplateVersion> {
    return firstValueFrom(this.http.put<PromptTemplateVersion>(`/api/admin/prompts/${encodeURIComponent(name)}`, request));
  }

  async listApiKeys(): Promise<readonly ApiKeyView[]> {
    return itemsOf(await firstValueFrom(this.http.get<readonly ApiKeyView[] | { items: readonly ApiKeyView[] }>('/api/admin/api-keys')));
  }

  createApiKey(request: CreateApiKeyRequest): Promise<CreatedApiKey> {
    return firstValueFrom(this.http.post<CreatedApiKey>('/api/admin/api-keys', request));
  }

  revokeApiKey(id: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/admin/api-keys/${encodeURIComponent(id)}`));
  }
}
