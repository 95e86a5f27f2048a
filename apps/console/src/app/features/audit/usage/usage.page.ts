import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { AnswerFeedbackReason, UsageReportDto } from '@medlocal/contracts';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { BarChartComponent } from '../../../ui/bar-chart.component';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AuditApiService } from '../data-access/audit-api.service';
import { questionsByDayAndDepartment } from '../data-access/normalise-usage.util';

const DAY_MS = 24 * 60 * 60 * 1000;

const FEEDBACK_REASON_ROWS: readonly { code: AnswerFeedbackReason; label: MessageKey }[] = [
  { code: 'inaccurate', label: 'chat.actions.reason.inaccurate' },
  { code: 'incomplete', label: 'chat.actions.reason.incomplete' },
  { code: 'unsafe', label: 'chat.actions.reason.unsafe' },
  { code: 'outdated', label: 'chat.actions.reason.outdated' },
  { code: 'not-relevant', label: 'chat.actions.reason.notRelevant' },
  { code: 'other', label: 'chat.actions.reason.other' },
];

/** Usage dashboard for auditors (figures read from the audit trail): questions per day by department, latency p50/p95, tokens in and out, answer ratings by rating and reason, questions per user. */
@Component({
  selector: 'ml-usage-page',
  imports: [FormsModule, RouterLink, TranslatePipe, BarChartComponent, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back">
      <a routerLink="/audit" data-testid="usage-back-to-audit">{{ 'audit.title' | t }}</a>
    </p>
    <h1>{{ 'admin.usage' | t }}</h1>
    <form class="toolbar" (ngSubmit)="load()">
      <label for="usage-from">{{ 'common.from' | t }}</label>
      <input id="usage-from" name="from" type="date" [(ngModel)]="from" />
      <label for="usage-to">{{ 'common.to' | t }}</label>
      <input id="usage-to" name="to" type="date" [(ngModel)]="to" />
      <label for="usage-department">{{ 'admin.departments.code' | t }}</label>
      <input id="usage-department" name="department" [(ngModel)]="department" placeholder="CARD" />
      <button type="submit">{{ 'common.apply' | t }}</button>
    </form>
    @if (problem(); as problem) {
      <ml-error-banner what="admin.usage.error" [problem]="problem" [retryable]="true" (retry)="load()" />
    }
    @if (report(); as report) {
      <ml-bar-chart
        [caption]="'admin.usage.perDay' | t"
        [categories]="perDay().days"
        [series]="perDay().series"
        [categoryHeader]="'common.day' | t"
        [tableLabel]="'common.showTable' | t"
        [emptyText]="'admin.usage.empty' | t"
      />
      <ml-bar-chart
        [caption]="'admin.usage.latency' | t"
        [categories]="latencyCategories()"
        [series]="latencySeries()"
        [categoryHeader]="'admin.usage.percentile' | t"
        [tableLabel]="'common.showTable' | t"
      />
      <ml-bar-chart
        [caption]="'admin.usage.tokens' | t"
        [categories]="tokenCategories()"
        [series]="tokenSeries()"
        [categoryHeader]="'admin.usage.direction' | t"
        [tableLabel]="'common.showTable' | t"
      />
      <h2 id="usage-feedback-title">{{ 'admin.usage.feedback' | t }}</h2>
      <table class="data" aria-labelledby="usage-feedback-title" data-testid="usage-feedback">
        <thead>
          <tr>
            <th scope="col">{{ 'admin.usage.feedback.rating' | t }}</th>
            <th scope="col">{{ 'admin.usage.feedback.count' | t }}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{{ 'chat.actions.useful' | t }}</th>
            <td data-testid="usage-feedback-useful">{{ report.feedback.useful }}</td>
          </tr>
          <tr>
            <th scope="row">{{ 'chat.actions.notUseful' | t }}</th>
            <td data-testid="usage-feedback-not-useful">{{ report.feedback.notUseful }}</td>
          </tr>
          @for (reason of reasons; track reason.code) {
            <tr>
              <th scope="row" class="reason">{{ 'admin.usage.feedback.reason' | t }}: {{ reason.label | t }}</th>
              <td [attr.data-testid]="'usage-feedback-reason-' + reason.code">{{ reasonCount(report, reason.code) }}</td>
            </tr>
          }
        </tbody>
      </table>
      <h2>{{ 'admin.usage.perUser' | t }}</h2>
      <table class="data stack" data-testid="usage-per-user">
        <thead>
          <tr>
            <th scope="col">{{ 'audit.user' | t }}</th>
            <th scope="col">{{ 'admin.users.department' | t }}</th>
            <th scope="col">{{ 'admin.usage.questions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of report.perUser; track row.userId) {
            <tr>
              <td [attr.data-label]="'audit.user' | t">
                @if (row.username) {
                  {{ row.username }}
                  @if (row.displayName && row.displayName !== row.username) {
                    · {{ row.displayName }}
                  }
                } @else {
                  <code>{{ row.userId }}</code>
                }
              </td>
              <td [attr.data-label]="'admin.users.department' | t">{{ departmentLabel(row.department) }}</td>
              <td [attr.data-label]="'admin.usage.questions' | t">{{ row.questions }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="3">{{ 'admin.usage.empty' | t }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styleUrl: '../../admin/admin-page.scss',
})
export class UsagePage {
  private readonly api = inject(AuditApiService);
  private readonly i18n = inject(I18nService);
  protected readonly report = signal<UsageReportDto | null>(null);
  protected readonly problem = signal<RequestProblem | null>(null);
  protected from = toDateInput(new Date(Date.now() - 13 * DAY_MS));
  protected to = toDateInput(new Date());
  protected department = '';
  protected readonly reasons = FEEDBACK_REASON_ROWS;

  protected readonly perDay = computed(() => {
    const report = this.report();
    return report ? questionsByDayAndDepartment(report, this.i18n.translate('admin.usage.noDepartment')) : { days: [], series: [] };
  });
  protected readonly latencyCategories = computed(() => ['p50', 'p95']);
  protected readonly latencySeries = computed(() => {
    const latency = this.report()?.latency;
    return [{ name: this.i18n.translate('admin.usage.ms'), values: [latency?.p50 ?? 0, latency?.p95 ?? 0].map((value) => Math.round(value)) }];
  });
  protected readonly tokenCategories = computed(() => [this.i18n.translate('admin.usage.tokensIn'), this.i18n.translate('admin.usage.tokensOut')]);
  protected readonly tokenSeries = computed(() => {
    const tokens = this.report()?.tokens;
    return [{ name: this.i18n.translate('admin.usage.tokenCount'), values: [tokens?.in ?? 0, tokens?.out ?? 0] }];
  });

  constructor() {
    void this.load();
  }

  protected reasonCount(report: UsageReportDto, code: AnswerFeedbackReason): number {
    return Object.prototype.hasOwnProperty.call(report.feedback.reasons, code) ? report.feedback.reasons[code] : 0;
  }

  /** A department as code and name in the console language (retired ones keep their name in history). */
  protected departmentLabel(code: string | null): string {
    if (!code) return '—';
    const names = this.report()?.departments?.[code];
    return names ? `${code} · ${this.i18n.language() === 'zh' ? names.nameZh : names.nameEn}` : code;
  }

  protected async load(): Promise<void> {
    this.problem.set(null);
    try {
      // Local calendar days, sent as instants so the server's range matches what the user picked.
      const from = new Date(`${this.from}T00:00:00`).toISOString();
      const to = new Date(new Date(`${this.to}T00:00:00`).getTime() + DAY_MS).toISOString();
      this.report.set(await this.api.usage({ from, to, department: this.department.trim().toUpperCase() || undefined }));
    } catch (error) {
      this.problem.set(toRequestProblem(error));
    }
  }
}

function toDateInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
