import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { UsageReportDto } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { BarChartComponent } from '../../../ui/bar-chart.component';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AuditApiService } from '../data-access/audit-api.service';
import { questionsByDayAndDepartment } from '../data-access/normalise-usage.util';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Usage dashboard for auditors (figures read from the audit trail): questions per day by department, latency p50/p95, tokens in and out, questions per user. */
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
      <h2>{{ 'admin.usage.perUser' | t }}</h2>
      <table class="data">
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
              <td>{{ row.username ?? row.userId }}</td>
              <td>{{ row.department ?? '—' }}</td>
              <td>{{ row.questions }}</td>
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
