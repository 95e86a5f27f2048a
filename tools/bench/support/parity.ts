import { median } from './processes';

/** The goal: MedLocal at 95 % of llama-server's speed or better on every row. */
export const PARITY_GOAL = 0.95;

/** Measurements of one row, one per repetition on each side, in the order the repetitions ran. */
export interface RowMeasurements {
  readonly llamaServer: readonly number[];
  readonly medlocal: readonly number[];
}

/**
 * MedLocal ÷ llama-server as a speed, two ways: the ratio of the two medians, and the median of the per-repetition
 * ratios (a repetition measures both sides back to back, so load that drifts between repetitions falls on both sides of
 * a pair). A `time` (first token) is inverted: llama-server's time over MedLocal's.
 */
export function parityRatios(row: RowMeasurements, kind: 'speed' | 'time'): { ratioOfMedians: number; medianOfPairs: number } {
  const ratio = (server: number, medlocal: number) => (kind === 'speed' ? medlocal / server : server / medlocal);
  const pairs = row.medlocal.map((value, repetition) => ratio(row.llamaServer[repetition] ?? Number.NaN, value)).filter(Number.isFinite);
  return { ratioOfMedians: ratio(median([...row.llamaServer]), median([...row.medlocal])), medianOfPairs: median(pairs) };
}

/** Read unrounded: a ratio of 0.9499 misses the goal even though two decimals print it as 0.95. */
export function meetsParity(ratio: number): boolean {
  return ratio >= PARITY_GOAL;
}
