import type { EChartsCoreOption } from 'echarts/core';
import type { ReleasedBatchResults } from '../data-access/batch.types';

/** How many bars or heat-map columns a chart shows; the table beside it lists every row. */
export const CHART_TOP = 20;
export const HEATMAP_TOP = 12;

/** The console's theme a chart is drawn for: on screen the page's, in an export always light (journals print on white). */
export type ChartTheme = 'light' | 'dark';
/** A chart's option for the theme it is drawn in. */
export type ChartOptionFor = (theme: ChartTheme) => EChartsCoreOption;

/** The console's --ml-text, --ml-accent and --ml-accent-soft of each theme (ECharts draws SVG attributes, not CSS). */
const COLOURS: Readonly<Record<ChartTheme, { readonly text: string; readonly bar: string; readonly soft: string }>> = {
  light: { text: '#1f2933', bar: '#0b4f8a', soft: '#e0ecf7' },
  dark: { text: '#e5e9f0', bar: '#8cc4ff', soft: '#1e3a5f' },
};

export interface BarRow {
  readonly label: string;
  readonly value: number;
}

export interface HeatmapData {
  readonly columns: readonly string[];
  readonly rows: readonly string[];
  /** [column index, row index, value]; cells hidden by the small-cell rule are absent (drawn blank). */
  readonly cells: readonly (readonly [number, number, number])[];
}

export interface BoxRow {
  readonly label: string;
  readonly box: readonly [number, number, number, number, number];
}

/** Published rows only (a hidden count has no bar), largest first, at most `top`. */
export function publishedBars<T>(params: { rows: readonly T[]; count: (row: T) => number | null; label: (row: T) => string; top?: number }): BarRow[] {
  return params.rows
    .flatMap((row) => {
      const value = params.count(row);
      return value === null ? [] : [{ label: params.label(row), value }];
    })
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, params.top ?? CHART_TOP);
}

/** Co-prescription heat map over the drugs of the most published pairs: `measure` of each published pair, both halves of the matrix. */
export function coPrescriptionHeatmap(params: {
  results: ReleasedBatchResults;
  measure: 'support' | 'lift';
  name: (drugId: string) => string;
  top?: number;
}): HeatmapData {
  const published = params.results.coPrescriptions.filter((pair) => pair.documents !== null && pair[params.measure] !== null);
  const weight = new Map<string, number>();
  for (const pair of published) for (const drug of pair.drugs) weight.set(drug, (weight.get(drug) ?? 0) + (pair.documents ?? 0));
  const drugs = [...weight.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, params.top ?? HEATMAP_TOP)
    .map(([drug]) => drug);
  const position = new Map(drugs.map((drug, index) => [drug, index]));
  const cells: [number, number, number][] = [];
  for (const pair of published) {
    const a = position.get(pair.drugs[0]);
    const b = position.get(pair.drugs[1]);
    if (a === undefined || b === undefined) continue;
    const value = roundTo(params.measure === 'support' ? (pair.support ?? 0) * 100 : (pair.lift ?? 0), 2);
    cells.push([a, b, value], [b, a, value]);
  }
  const labels = drugs.map(params.name);
  return { columns: labels, rows: labels, cells };
}

/** Drug × diagnosis heat map: the share (%) of a diagnosis' documents with each drug; hidden cells absent. */
export function drugDiagnosisHeatmap(params: { results: ReleasedBatchResults; name: (drugId: string) => string; top?: number }): HeatmapData {
  const diagnoses = params.results.drugDiagnosis.filter((diagnosis) => diagnosis.documents !== null).slice(0, params.top ?? HEATMAP_TOP);
  const weight = new Map<string, number>();
  for (const diagnosis of diagnoses) {
    for (const drug of diagnosis.drugs) if (drug.documents !== null) weight.set(drug.drugId, (weight.get(drug.drugId) ?? 0) + drug.documents);
  }
  const drugs = [...weight.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, params.top ?? HEATMAP_TOP)
    .map(([drug]) => drug);
  const column = new Map(drugs.map((drug, index) => [drug, index]));
  const cells: [number, number, number][] = [];
  diagnoses.forEach((diagnosis, row) => {
    for (const drug of diagnosis.drugs) {
      const index = column.get(drug.drugId);
      if (index !== undefined && drug.share !== null) cells.push([index, row, roundTo(drug.share * 100, 1)]);
    }
  });
  return { columns: drugs.map(params.name), rows: diagnoses.map((diagnosis) => diagnosis.title ?? diagnosis.icd11), cells };
}

/** Dose distributions with published quantiles (min, p25, median, p75, max). */
export function doseBoxes(params: { results: ReleasedBatchResults; name: (drugId: string) => string; top?: number }): BoxRow[] {
  return params.results.doses
    .flatMap((dose) => {
      const q = dose.quantiles;
      return q && dose.observations !== null
        ? [{ label: `${params.name(dose.drugId)} (${dose.unit})`, box: [q.min, q.p25, q.median, q.p75, q.max] as const }]
        : [];
    })
    .slice(0, params.top ?? CHART_TOP);
}

export function barOption(params: { rows: readonly BarRow[]; valueName: string; theme?: ChartTheme }): EChartsCoreOption {
  const colours = COLOURS[params.theme ?? 'light'];
  const rows = [...params.rows].reverse();
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: colours.text },
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: params.valueName, nameLocation: 'middle', nameGap: 22, minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => row.label), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [{ type: 'bar', name: params.valueName, data: rows.map((row) => row.value), itemStyle: { color: colours.bar } }],
  };
}

export function heatmapOption(params: { data: HeatmapData; valueName: string; theme?: ChartTheme }): EChartsCoreOption {
  const colours = COLOURS[params.theme ?? 'light'];
  const values = params.data.cells.map((cell) => cell[2]);
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: colours.text },
    grid: { left: 8, right: 8, top: 8, bottom: 64, containLabel: true },
    tooltip: { position: 'top' },
    xAxis: { type: 'category', data: params.data.columns, axisLabel: { rotate: 45, width: 90, overflow: 'truncate' }, splitArea: { show: true } },
    yAxis: { type: 'category', data: params.data.rows, axisLabel: { width: 110, overflow: 'truncate' }, splitArea: { show: true } },
    visualMap: {
      min: values.length ? Math.min(...values) : 0,
      max: values.length ? Math.max(...values) : 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      inRange: { color: [colours.soft, colours.bar] },
      text: [params.valueName, ''],
    },
    series: [{ type: 'heatmap', name: params.valueName, data: params.data.cells.map((cell) => [...cell]), label: { show: params.data.columns.length <= 8 } }],
  };
}

export function boxplotOption(params: { rows: readonly BoxRow[]; valueName: string; theme?: ChartTheme }): EChartsCoreOption {
  const colours = COLOURS[params.theme ?? 'light'];
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: colours.text },
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item' },
    yAxis: { type: 'category', data: params.rows.map((row) => row.label), axisLabel: { width: 140, overflow: 'truncate' } },
    xAxis: { type: 'value', name: params.valueName, nameLocation: 'middle', nameGap: 22, scale: true },
    series: [
      { type: 'boxplot', name: params.valueName, data: params.rows.map((row) => [...row.box]), itemStyle: { color: colours.soft, borderColor: colours.bar } },
    ],
  };
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
