import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface BarSeries {
  readonly name: string;
  readonly values: readonly number[];
}

const PALETTE = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#9f1239'];
const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 10, right: 10, bottom: 40, left: 48 };

/**
 * Grouped bar chart in plain SVG. The picture is `aria-hidden`: the same numbers follow in a
 * table (visually collapsed behind a disclosure) so screen readers and copy-paste get them exactly.
 */
@Component({
  selector: 'ml-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <figcaption>{{ caption() }}</figcaption>
      @if (categories().length === 0) {
        <p class="empty">{{ emptyText() }}</p>
      } @else {
        <svg [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" aria-hidden="true" focusable="false">
          @for (tick of ticks(); track tick.value) {
            <line [attr.x1]="pad.left" [attr.x2]="width - pad.right" [attr.y1]="tick.y" [attr.y2]="tick.y" class="grid" />
            <text [attr.x]="pad.left - 6" [attr.y]="tick.y + 4" text-anchor="end" class="axis">{{ tick.label }}</text>
          }
          @for (bar of bars(); track bar.key) {
            <rect [attr.x]="bar.x" [attr.y]="bar.y" [attr.width]="bar.w" [attr.height]="bar.h" [attr.fill]="bar.color">
              <title>{{ bar.title }}</title>
            </rect>
          }
          @for (label of categoryLabels(); track label.text) {
            <text [attr.x]="label.x" [attr.y]="height - pad.bottom + 16" text-anchor="middle" class="axis">{{ label.text }}</text>
          }
        </svg>
        <ul class="legend">
          @for (serie of series(); track serie.name; let i = $index) {
            <li><span class="swatch" [style.background]="color(i)"></span>{{ serie.name }}</li>
          }
        </ul>
        <details>
          <summary>{{ tableLabel() }}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{{ categoryHeader() }}</th>
                @for (serie of series(); track serie.name) {
                  <th scope="col">{{ serie.name }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (category of categories(); track category; let c = $index) {
                <tr>
                  <th scope="row">{{ category }}</th>
                  @for (serie of series(); track serie.name) {
                    <td>{{ serie.values[c] }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </details>
      }
    </figure>
  `,
  styles: `
    .chart {
      margin: 0 0 1rem;
    }
    figcaption {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    svg {
      width: 100%;
      max-width: 640px;
      height: auto;
      display: block;
    }
    .grid {
      stroke: var(--ml-border);
    }
    .axis {
      font-size: 11px;
      fill: var(--ml-muted);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      list-style: none;
      padding: 0;
      margin: 0.25rem 0;
      font-size: 0.8125rem;
    }
    .swatch {
      display: inline-block;
      width: 0.8rem;
      height: 0.8rem;
      margin-right: 0.3rem;
      vertical-align: middle;
    }
    table {
      border-collapse: collapse;
      font-size: 0.8125rem;
    }
    :is(td, th) {
      border: 1px solid var(--ml-border);
      padding: 0.15rem 0.5rem;
      text-align: right;
    }
    .empty {
      color: var(--ml-muted);
    }
  `,
})
export class BarChartComponent {
  readonly caption = input.required<string>();
  readonly categories = input.required<readonly string[]>();
  readonly series = input.required<readonly BarSeries[]>();
  readonly categoryHeader = input('');
  readonly tableLabel = input('Data');
  readonly emptyText = input('—');

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly pad = PAD;

  protected readonly maxValue = computed(() => niceCeiling(Math.max(0, ...this.series().flatMap((serie) => serie.values))));

  protected readonly ticks = computed(() => {
    const max = this.maxValue();
    return [0, 0.25, 0.5, 0.75, 1].map((fraction) => ({ value: fraction * max, label: formatTick(fraction * max), y: this.yFor(fraction * max) }));
  });

  protected readonly bars = computed(() => {
    const categories = this.categories();
    const series = this.series();
    const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, categories.length);
    const barWidth = Math.max(1, (slot * 0.8) / Math.max(1, series.length));
    return categories.flatMap((category, c) =>
      series.map((serie, s) => {
        const value = serie.values[c] ?? 0;
        const y = this.yFor(value);
        return {
          key: `${c}-${s}`,
          x: PAD.left + c * slot + slot * 0.1 + s * barWidth,
          y,
          w: barWidth,
          h: HEIGHT - PAD.bottom - y,
          color: this.color(s),
          title: `${category} · ${serie.name}: ${value}`,
        };
      }),
    );
  });

  protected readonly categoryLabels = computed(() => {
    const categories = this.categories();
    const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, categories.length);
    // Label every n-th category so long ranges stay legible.
    const every = Math.ceil(categories.length / 10);
    return categories.map((text, c) => ({ text, x: PAD.left + c * slot + slot / 2 })).filter((_label, c) => c % every === 0);
  });

  protected color(index: number): string {
    return PALETTE[index % PALETTE.length];
  }

  private yFor(value: number): number {
    const max = this.maxValue() || 1;
    return HEIGHT - PAD.bottom - (value / max) * (HEIGHT - PAD.top - PAD.bottom);
  }
}

/** 1, 2, 5 × 10^n at or above `value`, so grid lines land on round numbers. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

function formatTick(value: number): string {
  // Quarters of a small maximum (0.25, 0.75) keep their digits; larger values round to whole numbers.
  return String(Number(value.toFixed(value < 10 ? 2 : 0)));
}
