import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import type { ReleasedBatchResults, SuppressedFields, SuppressionReason } from '../data-access/batch.types';
import { ResearchApiService } from '../data-access/research-api.service';
import { saveBlob } from './chart-export.util';
import { ReleasedCellComponent } from './released-cell.component';
import { ResearchChartComponent } from './research-chart.component';
import {
  barOption,
  boxplotOption,
  coPrescriptionHeatmap,
  doseBoxes,
  drugDiagnosisHeatmap,
  heatmapOption,
  publishedBars,
  type ChartOptionFor,
} from './result-charts.util';

/**
 * A finished batch's results as released by the server (small cells already hidden): what was
 * hidden and why, then each table a paper needs, as a chart (PNG/SVG) with the full table beside it.
 */
@Component({
  selector: 'ml-batch-results',
  imports: [FormsModule, TranslatePipe, ErrorBannerComponent, ReleasedCellComponent, ResearchChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './batch-results.component.html',
  styleUrl: './batch-results.component.scss',
})
export class BatchResultsComponent {
  private readonly api = inject(ResearchApiService);
  private readonly i18n = inject(I18nService);
  readonly jobId = input.required<string>();
  readonly results = input.required<ReleasedBatchResults>();

  protected readonly atcLevel = signal<'level3' | 'level4'>('level4');
  protected readonly pairMeasure = signal<'support' | 'lift'>('lift');
  protected readonly exportProblem = signal<RequestProblem | null>(null);

  protected readonly k = computed(() => this.results().suppression.k);
  private readonly names = computed(() => new Map(this.results().medications.map((row) => [row.drugId, row.name])));

  protected readonly medicationChart = computed((): ChartOptionFor => {
    const rows = publishedBars({ rows: this.results().medications, count: (row) => row.documents, label: (row) => this.i18n.pick(row.name) });
    const valueName = this.i18n.translate('research.col.documents');
    return (theme) => barOption({ rows, valueName, theme });
  });
  protected readonly atcRows = computed(() => this.results().atcClasses[this.atcLevel()]);
  protected readonly atcChart = computed((): ChartOptionFor => {
    const rows = publishedBars({ rows: this.atcRows(), count: (row) => row.documents, label: (row) => row.code });
    const valueName = this.i18n.translate('research.col.documents');
    return (theme) => barOption({ rows, valueName, theme });
  });
  protected readonly pairRows = computed(() => {
    const measure = this.pairMeasure();
    return [...this.results().coPrescriptions].sort((a, b) => {
      if ((a[measure] === null) !== (b[measure] === null)) return a[measure] === null ? 1 : -1;
      return (b[measure] ?? 0) - (a[measure] ?? 0) || (b.documents ?? 0) - (a.documents ?? 0) || a.drugs.join().localeCompare(b.drugs.join());
    });
  });
  protected readonly pairChart = computed((): ChartOptionFor => {
    const data = coPrescriptionHeatmap({ results: this.results(), measure: this.pairMeasure(), name: (id) => this.drugName(id) });
    const valueName = this.i18n.translate(this.pairMeasure() === 'lift' ? 'research.col.lift' : 'research.col.supportPercent');
    return (theme) => heatmapOption({ data, valueName, theme });
  });
  protected readonly diagnosisChart = computed((): ChartOptionFor => {
    const data = drugDiagnosisHeatmap({ results: this.results(), name: (id) => this.drugName(id) });
    const valueName = this.i18n.translate('research.col.shareOfDiagnosis');
    return (theme) => heatmapOption({ data, valueName, theme });
  });
  protected readonly doseChart = computed((): ChartOptionFor => {
    const rows = doseBoxes({ results: this.results(), name: (id) => this.drugName(id) });
    const valueName = this.i18n.translate('research.col.dose');
    return (theme) => boxplotOption({ rows, valueName, theme });
  });
  protected readonly departmentChart = computed((): ChartOptionFor => {
    const rows = publishedBars({
      rows: this.results().departments,
      count: (row) => row.documents,
      label: (row) => row.department ?? this.i18n.translate('research.departments.none'),
    });
    const valueName = this.i18n.translate('research.col.documents');
    return (theme) => barOption({ rows, valueName, theme });
  });

  protected drugName(drugId: string): string {
    const name = this.names().get(drugId);
    return name ? this.i18n.pick(name) : drugId;
  }

  /** The reason a value is hidden: its own, else that of the count it derives from. */
  protected reason(suppressed: SuppressedFields | undefined, field: string, from = 'documents'): SuppressionReason | undefined {
    return suppressed?.[field] ?? suppressed?.[from];
  }

  protected hasHidden(rows: readonly { readonly suppressed?: SuppressedFields }[]): boolean {
    return rows.some((row) => row.suppressed !== undefined);
  }

  protected async exportFile(format: 'csv' | 'json'): Promise<void> {
    this.exportProblem.set(null);
    try {
      const response = await firstValueFrom(this.api.export(this.jobId(), format));
      const disposition = response.headers.get('content-disposition') ?? '';
      const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `batch-${this.jobId()}.${format}`;
      if (response.body) saveBlob(response.body, fileName);
    } catch (error) {
      this.exportProblem.set(toRequestProblem(error));
    }
  }

  protected fileName(table: string): string {
    return `batch-${this.jobId().slice(0, 8)}-${table}`;
  }
}
