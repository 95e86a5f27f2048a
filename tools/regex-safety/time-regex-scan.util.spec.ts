import { growthOverQuarter, slowestScan } from './time-regex-scan.util';

/** The timing the linear-time check stands on: it must catch a backtracking pattern and pass a linear one, on a busy machine too. */
describe('regex scan timing', () => {
  it('stops at the first input a backtracking pattern cannot scan within the bound, before the longest', () => {
    // Quadratic: every start position runs \s+ to the end and fails on the x. (An exponential pattern would hang here.)
    const sut = slowestScan({ regex: /\s+$/, inputsOfLength: (length) => [`${' '.repeat(length - 1)}x`], maxLength: 200_000, boundMs: 100 });
    expect(sut.milliseconds).toBeGreaterThanOrEqual(100);
    expect(sut.length).toBeLessThan(200_000);
  });

  it('scans 200,000 characters with a pattern that matches every one of them in CPU time far under the bound, growing about linearly', () => {
    const input = 'ab@'.repeat(66_667).slice(0, 200_000);
    const sut = slowestScan({ regex: /\D/g, inputsOfLength: () => [input], maxLength: 200_000, boundMs: 100 });
    expect(sut.milliseconds).toBeLessThan(100);
    expect(growthOverQuarter({ regex: /\D/g, input })).toBeLessThan(8);
  });
});
