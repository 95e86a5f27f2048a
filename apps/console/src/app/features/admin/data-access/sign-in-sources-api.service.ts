import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DirectoryTestResult, SignInSourcesView } from '@medlocal/contracts';
import { firstValueFrom } from 'rxjs';

/** The global admin's sign-in settings (read-only) and the directory test sign-in. */
@Injectable({ providedIn: 'root' })
export class SignInSourcesApiService {
  private readonly http = inject(HttpClient);

  view(): Promise<SignInSourcesView> {
    return firstValueFrom(this.http.get<SignInSourcesView>('/api/admin/sign-in-sources'));
  }

  testDirectory(request: { username: string; password: string }): Promise<DirectoryTestResult> {
    return firstValueFrom(this.http.post<DirectoryTestResult>('/api/admin/sign-in-sources/ldap/test', request));
  }
}
