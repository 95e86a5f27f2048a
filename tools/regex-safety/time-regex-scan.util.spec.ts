import { growthOverQuarter, slowestInputs, slowestScan } from './time-regex-scan.util';

/** The timing the linear-time check stands on: it must catch a backtracking pattern and pass a linear one, on a busy machine too. */
describe('regex scan timing', () => {
  it('stops at the first input a backtracking pattern cannot scan within the bound, before the longest', () => {
    // Quadratic: every start position runs \s+ to the end and fails on the x. (An exponential pattern would hang here.)
    const sut = slowestScan({ regex: /\s+$/, inputs: [(length) => `${' '.repeat(length - 1)}x`], maxLength: 200_000, boundMs: 100 });
    expect(sut.milliseconds).toBeGreaterThanOrEqual(100);
    expect(sut.length).toBeLessThan(200_000);
  });

  it('still scans a backtracking input among many linear ones at the longest length, carried there as one of the slowest', () => {
    // /\s+$/ is quadratic in the run of spaces before the x: a tenth of each input here, the rest letters it fails at once.
    const linear = Array.from({ length: 60 }, (_, k) => (length: number) => `${'abcdefghij'.charAt(k % 10).repeat(length - 1)}!`);
    const backtracking = (length: number) => `${'a'.repeat(length - Math.floor(length / 10))}${' '.repeat(Math.floor(length / 10) - 1)}x`;
    const sut = slowestScan({ regex: /\s+$/, inputs: [...linear.slice(0, 30), backtracking, ...linear.slice(30)], maxLength: 200_000, boundMs: 60_000 });
    expect(sut.length).toBe(200_000);
    expect(sut.input).toBe(backtracking(200_000));
  });

  it('carries the slowest inputs, slowest first', () => {
    const timed = [0.02, 1.5, 0.03, 0.9, 0.01].map((milliseconds, index) => ({ index, milliseconds }));
    expect(slowestInputs(timed, 2)).toEqual([1, 3]);
  });

  it('scans 200,000 characters with a pattern that matches every one of them in CPU time far under the bound, growing about linearly', () => {
    const input = 'ab@'.repeat(66_667).slice(0, 200_000);
    const sut = slowestScan({ regex: /\D/g, inputs: [() => input], maxLength: 200_000, boundMs: 100 });
    expect(sut.milliseconds).toBeLessThan(100);
    expect(growthOverQuarter({ regex: /\D/g, input })).toBeLessThan(8);
  });
});
