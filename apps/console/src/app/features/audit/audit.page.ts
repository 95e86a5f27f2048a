import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild, type ElementRef } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AUDIT_OUTCOME_VALUES,
  type AuditEventFilter,
  type AuditEventView,
  type AuditExportFormat,
  type AuditOutcomeDto,
  type AuditUserFilterDto,
  type AuditVerifyResult,
  type AuditVocabularyDto,
  type DeidPreviewResponse,
} from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../core/api/request-problem.util';
import { I18nService } from '../../core/i18n/i18n.service';
import type { MessageKey } from '../../core/i18n/messages.zh';
import { LocalDatePipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../ui/error-banner.component';
import { auditActionLabel } from './audit-action-label.util';
import { AuditApiService } from './data-access/audit-api.service';
import { AUDIT_RANGE_PRESETS, auditRangeOf, type AuditRangePreset } from './data-access/audit-range.util';

interface FilterDraft {
  range: AuditRangePreset;
  from: string;
  to: string;
  user: string;
  department: string;
  action: string;
  outcome: '' | AuditOutcomeDto;
}

/** Audit trail: filters, keyset paging, event detail, chain verification, export and de-identification preview. */
@Component({
  selector: 'ml-audit-page',
  imports: [FormsModule, RouterLink, TranslatePipe, LocalDatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styleUrl: './audit.page.scss',
})
export class AuditPage {
  private readonly api = inject(AuditApiService);
  private readonly i18n = inject(I18nService);
  protected readonly ranges = AUDIT_RANGE_PRESETS;
  /** The server's own codes for the pick-lists; null until read (or when it could not be, then the action is typed). */
  protected readonly vocabulary = signal<AuditVocabularyDto | null>(null);
  protected readonly vocabularyFailed = signal(false);
  protected readonly outcomes = computed(() => this.vocabulary()?.outcomes ?? AUDIT_OUTCOME_VALUES);
  /** Whom the last `user` filter was resolved to, for the note above the table. */
  protected readonly userFilter = signal<AuditUserFilterDto | null>(null);
  protected readonly formats: readonly AuditExportFormat[] = ['jsonl', 'csv', 'fhir'];
  protected readonly events = signal<readonly AuditEventView[]>([]);
  protected readonly loading = signal(false);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  /** Cursors of the pages before the current one; the last is the current page's own cursor. */
  private readonly cursorStack = signal<(string | null)[]>([null]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly pageNumber = computed(() => this.cursorStack().length);
  protected readonly selected = signal<AuditEventView | null>(null);
  protected readonly verifying = signal(false);
  protected readonly verifyResult = signal<AuditVerifyResult | null>(null);
  protected readonly exporting = signal<AuditExportFormat | null>(null);
  protected readonly exported = signal<string | null>(null);
  protected readonly deidResult = signal<DeidPreviewResponse | null>(null);
  protected readonly summaryEntries = computed(() =>
    Object.entries(this.selected()?.summary ?? {}).map(([key, value]) => ({ key, value: JSON.stringify(value) })),
  );
  private readonly drawerHeading = viewChild<ElementRef<HTMLElement>>('drawerHeading');
  private lastFocused: HTMLElement | null = null;

  protected filter: FilterDraft = { range: 'all', from: '', to: '', user: '', department: '', action: '', outcome: '' };
  protected deidText = '';

  constructor() {
    void this.load(null);
    void this.loadVocabulary();
  }

  private async loadVocabulary(): Promise<void> {
    try {
      this.vocabulary.set(await this.api.vocabulary());
    } catch {
      this.vocabularyFailed.set(true);
    }
  }

  protected applyFilter(): void {
    this.cursorStack.set([null]);
    void this.load(null);
  }

  protected nextPage(): void {
    const cursor = this.nextCursor();
    if (!cursor) return;
    this.cursorStack.update((stack) => [...stack, cursor]);
    void this.load(cursor);
  }

  protected previousPage(): void {
    const stack = this.cursorStack();
    if (stack.length <= 1) return;
    const previous = stack.slice(0, -1);
    this.cursorStack.set(previous);
    void this.load(previous.at(-1) ?? null);
  }

  protected open(event: AuditEventView, trigger: EventTarget | null): void {
    this.lastFocused = trigger instanceof HTMLElement ? trigger : null;
    this.selected.set(event);
    setTimeout(() => this.drawerHeading()?.nativeElement.focus());
  }

  protected close(): void {
    this.selected.set(null);
    this.lastFocused?.focus();
  }

  protected async verify(): Promise<void> {
    this.verifying.set(true);
    this.verifyResult.set(null);
    await this.run('audit.error.verify', async () => this.verifyResult.set(await this.api.verify()));
    this.verifying.set(false);
  }

  protected async export(format: AuditExportFormat): Promise<void> {
    this.exporting.set(format);
    this.exported.set(null);
    await this.run('audit.error.export', async () => this.exported.set(await this.api.export(format, this.currentFilter())));
    this.exporting.set(null);
  }

  protected async previewDeid(): Promise<void> {
    if (!this.deidText.trim()) return;
    await this.run('audit.error.deid', async () => this.deidResult.set(await this.api.deidPreview(this.deidText)));
  }

  protected async load(cursor: string | null): Promise<void> {
    this.loading.set(true);
    await this.run('audit.error.load', async () => {
      const page = await this.api.events(this.currentFilter(), cursor);
      this.events.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.userFilter.set(page.userFilter ?? null);
    });
    this.loading.set(false);
  }

  private currentFilter(): AuditEventFilter {
    const draft = this.filter;
    return {
      ...auditRangeOf({ preset: draft.range, now: new Date(), customFrom: draft.from, customTo: draft.to }),
      ...(draft.user.trim() ? { user: draft.user.trim() } : {}),
      ...(draft.department.trim() ? { department: draft.department.trim().toUpperCase() } : {}),
      ...(draft.action.trim() ? { action: draft.action.trim() } : {}),
      ...(draft.outcome ? { status: draft.outcome } : {}),
    };
  }

  private async run(what: MessageKey, action: () => Promise<void>): Promise<void> {
    this.problem.set(null);
    try {
      await action();
    } catch (error) {
      this.problem.set({ what, problem: toRequestProblem(error) });
    }
  }

  /** The action's name in the console language (the code itself for one this console has no name for). */
  protected actionLabel(code: string): string {
    return auditActionLabel({ code, language: this.i18n.language() });
  }

  protected outcomeKey(outcome: AuditOutcomeDto): MessageKey {
    return `audit.outcome.${outcome}`;
  }

  protected rangeKey(range: AuditRangePreset): MessageKey {
    return `audit.range.${range}`;
  }

  protected statusKey(status: string): MessageKey {
    return status === 'disabled' ? 'admin.users.disabled' : status === 'locked' ? 'admin.users.locked' : 'admin.users.active';
  }
}
