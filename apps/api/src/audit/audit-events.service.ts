import { Inject, Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { AuditUserFilterDto, AuditVocabularyDto, DepartmentNameDto } from '@medlocal/contracts';
import {
  AUDIT_ACTION_CODES,
  AUDIT_EXPORT_CONTENT_TYPES,
  AUDIT_OUTCOMES,
  AuditQueryService,
  AuditUsageService,
  exportEvents,
  type AuditActionCode,
  type AuditEventPage,
  type AuditEventQuery,
  type AuditExportFormat,
  type AuditQueryScope,
  type AuditUsageReport,
} from '@medlocal/audit';
import type { DataSource } from 'typeorm';
import type { Principal, RequestContext } from '../common/access/principal';
import { DomainError } from '../common/errors';
import { DATA_SOURCE } from '../database/database.tokens';
import { auditActorOf } from '../common/audit/audit-actor.util';
import { AUDIT_RECORDER, type AuditRecorder } from '../common/audit/audit-recorder.port';
import type { AuditEventFilterRequestDto } from './audit-event-filter.request.dto';
import { AuditExportCounter } from './audit-export-counter';
import { AuditGate } from './audit-gate';
import { AuditPeopleService } from './audit-people.service';
import { auditScopeOf, scopedAuditDepartment } from './audit-scope.util';
import type { AuditUsageRequestDto } from './audit-usage.request.dto';
import type { ListAuditEventsRequestDto } from './list-audit-events.request.dto';

export interface AuditReader {
  readonly principal: Principal;
  readonly context: RequestContext;
}

export interface AuditExportDownload {
  readonly contentType: string;
  readonly fileName: string;
  /** Ends only after the export's own `audit.export` event is committed. */
  readonly body: Readable;
}

/** The usage figures with people and departments named: usernames, not UUIDs. */
export type NamedAuditUsageReport = Omit<AuditUsageReport, 'byDayAndUser'> & {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly byDayAndUser: readonly (AuditUsageReport['byDayAndUser'][number] & { username: string | null; displayName: string | null })[];
  /** Names of the departments by code, retired ones too. */
  readonly departments: Readonly<Record<string, DepartmentNameDto>>;
};

export type AuditEventListing = AuditEventPage & { readonly userFilter?: AuditUserFilterDto };

const FILE_EXTENSIONS: Readonly<Record<AuditExportFormat, string>> = { jsonl: 'jsonl', csv: 'csv', fhir: 'fhir.json' };
const DEFAULT_USAGE_DAYS = 30;

/**
 * Reading the audit trail is itself audited: every listing, export and usage report becomes an
 * event naming who read and how much, before (or, for an export, as) the data leaves the API.
 */
@Injectable()
export class AuditEventsService {
  private readonly logger = new Logger('AuditEvents');
  private readonly queries: AuditQueryService;
  private readonly usageFigures: AuditUsageService;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(AUDIT_RECORDER) private readonly recorder: AuditRecorder,
    private readonly gate: AuditGate,
    private readonly people: AuditPeopleService,
  ) {
    this.queries = new AuditQueryService(dataSource);
    this.usageFigures = new AuditUsageService(dataSource);
  }

  async list(filter: ListAuditEventsRequestDto, reader: AuditReader): Promise<AuditEventListing> {
    await this.gate.assertAvailable();
    const scope = auditScopeOf(reader.principal);
    const { query, userFilter } = await this.toQuery(filter, scope);
    const page = await this.queries.list({ ...query, cursor: filter.cursor, pageSize: filter.pageSize }, scope);
    await this.recordRead(reader, 'audit.list', { eventCount: page.items.length, targetDepartment: scope.department ?? filter.department });
    return userFilter ? { ...page, userFilter } : page;
  }

  /** The codes the filters take, for the console's pick-lists: the trail's own lists, so a new action appears without a console release. */
  vocabulary(principal: Principal): AuditVocabularyDto {
    auditScopeOf(principal);
    return { actions: [...AUDIT_ACTION_CODES].sort(), outcomes: [...AUDIT_OUTCOMES] };
  }

  async usage(request: AuditUsageRequestDto, reader: AuditReader): Promise<NamedAuditUsageReport> {
    await this.gate.assertAvailable();
    const scope = auditScopeOf(reader.principal);
    const to = request.to ? new Date(request.to) : new Date();
    const from = request.from ? new Date(request.from) : new Date(to.getTime() - DEFAULT_USAGE_DAYS * 86_400_000);
    const timeZone = request.timeZone ?? 'UTC';
    assertKnownTimeZone(timeZone);
    const department = scopedAuditDepartment(scope, request.department);
    const report = await this.usageFigures.usage({ from, to, department, timeZone });
    const people = await this.people.byIds(report.byDayAndUser.map((row) => row.userId));
    const departments = await this.people.departmentNames();
    await this.recordRead(reader, 'audit.usage', { eventCount: report.totals.questions, targetDepartment: department });
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      timeZone,
      ...report,
      byDayAndUser: report.byDayAndUser.map((row) => ({
        ...row,
        username: people.get(row.userId)?.username ?? null,
        displayName: people.get(row.userId)?.displayName ?? null,
      })),
      departments,
    };
  }

  /** A streamed export: rows are read in keyset batches as the client downloads, never held whole. */
  async export(filter: AuditEventFilterRequestDto, format: AuditExportFormat, reader: AuditReader): Promise<AuditExportDownload> {
    await this.gate.assertAvailable();
    const scope = auditScopeOf(reader.principal);
    const { query } = await this.toQuery(filter, scope);
    const targetDepartment = scope.department ?? filter.department;
    let recorded = false;
    const counter = new AuditExportCounter(format, async (eventCount) => {
      recorded = true;
      await this.recordRead(reader, 'audit.export', { exportFormat: format, eventCount, targetDepartment });
    });
    const source = exportEvents(this.dataSource, query, format, { scope });
    counter.once('close', () => {
      if (recorded) return;
      // The download broke off (client gone, database error): the partial export is audited too.
      recorded = true;
      this.recordRead(reader, 'audit.export', { exportFormat: format, eventCount: counter.eventCount, targetDepartment }, 'cancelled').catch((error: unknown) =>
        this.logger.error(`Audit event for a broken-off export could not be committed: ${errorCodeOf(error)}`),
      );
    });
    source.once('error', (error) => counter.destroy(error));
    source.pipe(counter);
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}Z$/, 'Z');
    return { contentType: AUDIT_EXPORT_CONTENT_TYPES[format], fileName: `medlocal-audit-${stamp}.${FILE_EXTENSIONS[format]}`, body: counter };
  }

  /** The filter as the trail takes it; a `user` name becomes the ids of every account it names. */
  private async toQuery(
    filter: AuditEventFilterRequestDto,
    scope: AuditQueryScope,
  ): Promise<{ query: Omit<AuditEventQuery, 'cursor' | 'pageSize'>; userFilter?: AuditUserFilterDto }> {
    const base = {
      from: filter.from ? new Date(filter.from) : undefined,
      to: filter.to ? new Date(filter.to) : undefined,
      department: scopedAuditDepartment(scope, filter.department),
      action: filter.action,
      outcome: filter.status,
    };
    const name = filter.user?.trim();
    if (!name) return { query: base };
    const matched = await this.people.matching(name);
    // Actors that are no account (system, api-key:…, service-key:…) are found by their id as written.
    return { query: { ...base, userIds: [...matched.map((person) => person.id), name] }, userFilter: { query: name, matched } };
  }

  private recordRead(
    reader: AuditReader,
    action: AuditActionCode,
    summary: Record<string, unknown>,
    outcome: 'success' | 'cancelled' = 'success',
  ): Promise<void> {
    return this.recorder.record({ action, outcome, actor: auditActorOf(reader.principal), ...reader.context, summary });
  }
}

function assertKnownTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new DomainError('AUDIT_QUERY_REJECTED', `timeZone ${timeZone} is not a known IANA time zone`);
  }
}

function errorCodeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}
