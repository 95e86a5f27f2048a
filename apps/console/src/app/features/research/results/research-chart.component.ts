import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, afterNextRender, effect, inject, input, signal, viewChild } from '@angular/core';
import type { EChartsType, init as EChartsInit } from 'echarts/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ThemeService } from '../../../core/theme/theme.service';
import { saveBlob, svgToPng } from './chart-export.util';
import type { ChartOptionFor, ChartTheme } from './result-charts.util';

/**
 * One ECharts chart (SVG renderer) with PNG and SVG export. ECharts is imported on first use, so it
 * is a chunk of its own that only the research results fetch. The drawing is an image named by
 * `label`; the table beside it carries the same figures for screen readers and copying. On screen it
 * follows the console's light or dark theme (ECharts' own dark theme for axes and grid); an export is
 * always drawn light, for print.
 */
@Component({
  selector: 'ml-research-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart" #host role="img" [attr.aria-label]="label()" [style.height.px]="height()" [attr.data-testid]="testId()"></div>
    @if (failed()) {
      <p role="alert">{{ 'research.chart.failed' | t }}</p>
    }
    <div class="export">
      <button type="button" (click)="exportSvg()" [disabled]="!ready()" [attr.data-testid]="testId() + '-svg'">
        {{ 'research.export.svg' | t }}<span class="visually-hidden">: {{ label() }}</span>
      </button>
      <button type="button" (click)="exportPng()" [disabled]="!ready()" [attr.data-testid]="testId() + '-png'">
        {{ 'research.export.png' | t }}<span class="visually-hidden">: {{ label() }}</span>
      </button>
    </div>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .chart {
      width: 100%;
      background: var(--ml-surface);
    }
    .export {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.35rem 0 0.75rem;
    }
  `,
})
export class ResearchChartComponent {
  private readonly theme = inject(ThemeService);
  readonly option = input.required<ChartOptionFor>();
  readonly label = input.required<string>();
  /** File name without extension for the exports. */
  readonly fileName = input.required<string>();
  readonly testId = input.required<string>();
  readonly height = input(320);

  protected readonly ready = signal(false);
  protected readonly failed = signal(false);
  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('host');
  private chart: EChartsType | null = null;
  private drawnTheme: ChartTheme | null = null;
  private init: typeof EChartsInit | null = null;
  private destroyed = false;

  constructor() {
    const destroyRef = inject(DestroyRef);
    let observer: ResizeObserver | null = null;
    afterNextRender(() => {
      void this.start().then(() => {
        if (!this.chart) return;
        observer = new ResizeObserver(() => this.chart?.resize());
        observer.observe(this.host().nativeElement);
      });
    });
    effect(() => {
      const option = this.option();
      const theme = this.theme.theme();
      if (!this.chart) return;
      // ECharts takes its theme when a chart is created: a switch of theme draws the chart anew.
      if (theme !== this.drawnTheme) this.draw(theme);
      else this.chart.setOption(option(theme), { notMerge: true });
    });
    destroyRef.onDestroy(() => {
      this.destroyed = true;
      observer?.disconnect();
      this.chart?.dispose();
      this.chart = null;
    });
  }

  protected exportSvg(): void {
    const svg = this.lightSvg();
    if (svg) saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `${this.fileName()}.svg`);
  }

  protected async exportPng(): Promise<void> {
    const svg = this.lightSvg();
    if (!svg || !this.chart) return;
    try {
      saveBlob(await svgToPng({ svg, width: this.chart.getWidth(), height: this.chart.getHeight() }), `${this.fileName()}.png`);
    } catch {
      this.failed.set(true);
    }
  }

  /** The chart as shown, at its size, drawn light off screen (ECharts' server-side rendering) whatever the page's theme. */
  private lightSvg(): string | null {
    if (!this.chart || !this.init) return null;
    const offscreen = this.init(null, null, { renderer: 'svg', ssr: true, width: this.chart.getWidth(), height: this.chart.getHeight() });
    try {
      offscreen.setOption(this.option()('light'));
      return offscreen.renderToSVGString();
    } finally {
      offscreen.dispose();
    }
  }

  private async start(): Promise<void> {
    try {
      const init = await (await import('./echarts-setup')).loadECharts();
      if (this.destroyed) return;
      this.init = init;
      this.draw(this.theme.theme());
      this.ready.set(true);
    } catch {
      this.failed.set(true);
    }
  }

  private draw(theme: ChartTheme): void {
    if (!this.init) return;
    this.chart?.dispose();
    this.chart = this.init(this.host().nativeElement, theme === 'dark' ? 'dark' : null, { renderer: 'svg' });
    this.chart.setOption(this.option()(theme), { notMerge: true });
    this.drawnTheme = theme;
  }
}
