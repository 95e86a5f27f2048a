import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AuditEventFilter,
  AuditEventPageDto,
  AuditExportFormat,
  AuditVerifyResult,
  AuditVocabularyDto,
  DeidPreviewResponse,
  UsageReportDto,
} from '@medlocal/contracts';
import { firstValueFrom } from 'rxjs';
import { normaliseUsage } from './normalise-usage.util';

export const AUDIT_PAGE_SIZE = 50;

const EXPORT_EXTENSIONS: Readonly<Record<AuditExportFormat, string>> = { jsonl: 'jsonl', csv: 'csv', fhir: 'fhir.json' };

/** Audit trail reads, auditors only (三员分立): events, chain verification, export, usage figures and de-identification preview. */
@Injectable({ providedIn: 'root' })
export class AuditApiService {
  private readonly http = inject(HttpClient);

  events(filter: AuditEventFilter, cursor: string | null): Promise<AuditEventPageDto> {
    const params: Record<string, string> = { pageSize: String(AUDIT_PAGE_SIZE) };
    for (const [key, value] of Object.entries(filter)) if (typeof value === 'string' && value !== '') params[key] = value;
    if (cursor) params['cursor'] = cursor;
    return firstValueFrom(this.http.get<AuditEventPageDto>('/api/audit/events', { params }));
  }

  /** Usage figures are read from the trail and list activity per person: an auditor's view, not an admin's. */
  async usage(query: { from: string; to: string; department?: string }): Promise<UsageReportDto> {
    const params: Record<string, string> = { from: query.from, to: query.to };
    if (query.department) params['department'] = query.department;
    return normaliseUsage(await firstValueFrom(this.http.get<unknown>('/api/audit/usage', { params })));
  }

  /** The action and outcome codes the trail knows, for the filters' pick-lists. */
  vocabulary(): Promise<AuditVocabularyDto> {
    return firstValueFrom(this.http.get<AuditVocabularyDto>('/api/audit/vocabulary'));
  }

  verify(): Promise<AuditVerifyResult> {
    return firstValueFrom(this.http.get<AuditVerifyResult>('/api/audit/verify'));
  }

  deidPreview(text: string): Promise<DeidPreviewResponse> {
    return firstValueFrom(this.http.post<DeidPreviewResponse>('/api/audit/deid-preview', { text }));
  }

  /** Fetches the export with the bearer token (a plain link cannot send it) and saves it as a file. */
  async export(format: AuditExportFormat, filter: AuditEventFilter): Promise<string> {
    const params: Record<string, string> = { format };
    for (const [key, value] of Object.entries(filter)) if (typeof value === 'string' && value !== '') params[key] = value;
    const blob = await firstValueFrom(this.http.get('/api/audit/export', { params, responseType: 'blob' }));
    const fileName = `medlocal-audit-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${EXPORT_EXTENSIONS[format]}`;
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return fileName;
  }
}
