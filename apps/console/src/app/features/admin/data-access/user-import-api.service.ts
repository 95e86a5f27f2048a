import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UserImportDryRun, UserImportResult } from '@medlocal/contracts';
import { firstValueFrom } from 'rxjs';

/** The bulk user import: the chosen file goes up as it is (the server reads its encoding and byte-order mark). */
@Injectable({ providedIn: 'root' })
export class UserImportApiService {
  private readonly http = inject(HttpClient);

  dryRun(file: Blob): Promise<UserImportDryRun> {
    return firstValueFrom(this.http.post<UserImportDryRun>('/api/admin/users/import/dry-run', file, { headers: { 'content-type': 'text/csv' } }));
  }

  import(file: Blob): Promise<UserImportResult> {
    return firstValueFrom(this.http.post<UserImportResult>('/api/admin/users/import', file, { headers: { 'content-type': 'text/csv' } }));
  }
}
