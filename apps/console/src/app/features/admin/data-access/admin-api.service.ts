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
  PromptPreview,
  PromptPreviewRequest,
  PromptTemplateHistory,
  PromptTemplateVersion,
  UpdateDepartmentRequest,
  RevertPromptRequest,
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

  updateDepartment(id: string, request: UpdateDepartmentRequest): Promise<DepartmentView> {
    return firstValueFrom(this.http.patch<DepartmentView>(`/api/admin/departments/${encodeURIComponent(id)}`, request));
  }

  retireDepartment(id: string): Promise<DepartmentView> {
    return firstValueFrom(this.http.post<DepartmentView>(`/api/admin/departments/${encodeURIComponent(id)}/retire`, {}));
  }

  reinstateDepartment(id: string): Promise<DepartmentView> {
    return firstValueFrom(this.http.post<DepartmentView>(`/api/admin/departments/${encodeURIComponent(id)}/reinstate`, {}));
  }

  /** The hospital template's versions (`departmentId` null), or that department's override's (none while it has none). */
  promptHistory(name: string, departmentId: string | null = null): Promise<PromptTemplateHistory> {
    return firstValueFrom(this.http.get<PromptTemplateHistory>(promptPath(name, departmentId)));
  }

  savePrompt(name: string, request: UpdatePromptRequest, departmentId: string | null = null): Promise<PromptTemplateVersion> {
    return firstValueFrom(this.http.put<PromptTemplateVersion>(promptPath(name, departmentId), request));
  }

  revertPrompt(name: string, request: RevertPromptRequest, departmentId: string | null = null): Promise<PromptTemplateVersion> {
    return firstValueFrom(this.http.post<PromptTemplateVersion>(`${promptPath(name, departmentId)}/revert`, request));
  }

  previewPrompt(name: string, request: PromptPreviewRequest): Promise<PromptPreview> {
    return firstValueFrom(this.http.post<PromptPreview>(`/api/admin/prompts/${encodeURIComponent(name)}/preview`, request));
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

function promptPath(name: string, departmentId: string | null): string {
  const base = `/api/admin/prompts/${encodeURIComponent(name)}`;
  return departmentId ? `${base}/departments/${encodeURIComponent(departmentId)}` : base;
}
