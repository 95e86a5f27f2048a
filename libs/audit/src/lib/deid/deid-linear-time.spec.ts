import { deidentify } from './deidentifier';

/*
 * Throughput itself is measured by tools/bench/deid.bench.ts (goal >= 2 MB/s), not here: a test beside others on
 * shared cores cannot tell a few percent from the load. What these tests catch is catastrophic regex backtracking,
 * which costs orders of magnitude, so their CPU-time bounds sit far above what a linear pass takes.
 */
/** Inputs that make badly written patterns backtrack exponentially or quadratically. */
const PATHOLOGICAL_INPUTS = [
  '患'.repeat(50_000),
  '1'.repeat(50_000),
  '1-'.repeat(25_000),
  'a.'.repeat(25_000) + '@',
  'Aa '.repeat(20_000),
  '北京市'.repeat(10_000),
  '12:'.repeat(20_000),
  '路'.repeat(30_000) + '号',
  '住院号' + '1'.repeat(30_000) + 'x',
  '电话' + '12 '.repeat(10_000),
];

/** A label and then a long run of whitespace with no value: one such chat message froze the server for 37 s. */
const LABEL_WITHOUT_VALUE_INPUTS = [
  'MRN' + ' '.repeat(3000) + '!',
  ...['MRN', '住院号', '电话', '身份证', '邮编', '年龄', 'acct.', '病历号（MRN）'].map((label) => label + ' '.repeat(8000 - label.length - 1) + '!'),
  '九十' + '\u3000'.repeat(7997) + '!',
];

/**
 * CPU time this process spent since `started`: backtracking costs CPU, and on a shared machine the wall clock also
 * counts the time other processes held the cores.
 */
function cpuMilliseconds(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('de-identification stays linear', () => {
  it.each(PATHOLOGICAL_INPUTS.map((input) => [input.slice(0, 6), input]))(
    'stays linear on pathological input %s…',
    (_, input) => {
      const started = process.cpuUsage();
      deidentify(input);
      expect(cpuMilliseconds(started)).toBeLessThan(2000);
    },
    60_000,
  );

  it.each(LABEL_WITHOUT_VALUE_INPUTS.map((input) => [input.slice(0, 8), input]))(
    'answers at once for a label followed by a chat-length run of spaces (%s…)',
    (_, input) => {
      const started = process.cpuUsage();
      expect(deidentify(input).findings).toEqual([]);
      expect(cpuMilliseconds(started)).toBeLessThan(1000);
    },
    60_000,
  );
});
