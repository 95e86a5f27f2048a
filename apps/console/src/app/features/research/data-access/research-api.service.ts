import { HttpClient, HttpXhrBackend, type HttpEvent, type HttpResponse } from '@angular/common/http';
import { EnvironmentInjector, Injectable, inject, runInInjectionContext } from '@angular/core';
import type { Observable } from 'rxjs';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import type { BatchJob, BatchJobDetail, BatchUploadOptions, ReleasedBatch } from './batch.types';

/** The research batch endpoints (`/api/batches`), as the signed-in researcher. */
@Injectable({ providedIn: 'root' })
export class ResearchApiService {
  private readonly http = inject(HttpClient);
  private readonly injector = inject(EnvironmentInjector);
  private readonly xhr = inject(HttpXhrBackend);
  /**
   * The console's HttpClient uses fetch, which cannot report upload progress; the upload alone goes
   * through XMLHttpRequest, behind the same auth interceptor (token, refresh on 401).
   */
  private readonly uploadClient = new HttpClient({
    handle: (request) => runInInjectionContext(this.injector, () => authInterceptor(request, (next) => this.xhr.handle(next))),
  });

  list(): Observable<BatchJob[]> {
    return this.http.get<BatchJob[]>('/api/batches');
  }

  get(id: string): Observable<BatchJobDetail> {
    return this.http.get<BatchJobDetail>(`/api/batches/${encodeURIComponent(id)}`);
  }

  /** Upload events: `UploadProgress` while the bytes go out, then the created job. The option fields go before the file, as the API requires. */
  upload(file: File, options: BatchUploadOptions): Observable<HttpEvent<BatchJob>> {
    const form = new FormData();
    form.append('format', options.format);
    if (options.textColumn) form.append('textColumn', options.textColumn);
    if (options.departmentColumn) form.append('departmentColumn', options.departmentColumn);
    form.append('file', file, file.name);
    return this.uploadClient.post<BatchJob>('/api/batches', form, { reportProgress: true, observe: 'events' });
  }

  cancel(id: string): Observable<BatchJob> {
    return this.http.post<BatchJob>(`/api/batches/${encodeURIComponent(id)}/cancel`, {});
  }

  retry(id: string): Observable<BatchJob> {
    return this.http.post<BatchJob>(`/api/batches/${encodeURIComponent(id)}/retry`, {});
  }

  results(id: string): Observable<ReleasedBatch> {
    return this.http.get<ReleasedBatch>(`/api/batches/${encodeURIComponent(id)}/results`);
  }

  /** The server's export (suppressed as the results are), as a file to save. */
  export(id: string, format: 'csv' | 'json'): Observable<HttpResponse<Blob>> {
    return this.http.get(`/api/batches/${encodeURIComponent(id)}/export`, { params: { format }, responseType: 'blob', observe: 'response' });
  }
}
