import { normaliseUsage, questionsByDayAndDepartment } from './normalise-usage.util';

describe(normaliseUsage.name, () => {
  it('passes the contract shape through', () => {
    const report = {
      perDay: [{ day: '2026-11-01', department: 'ICU', questions: 3 }],
      perUser: [],
      latency: { p50: 800, p95: 2100 },
      tokens: { in: 10, out: 20 },
    };
    expect(normaliseUsage(report)).toEqual(report);
  });

  it('reads the audit library report and totals questions per user', () => {
    const sut = normaliseUsage({
      totals: { questions: 3, latencyP50Ms: 900, latencyP95Ms: 3000, tokensIn: 120, tokensOut: 480 },
      byDayAndDepartment: [{ day: '2026-11-01', department: 'nephrology', questions: 3 }],
      byDayAndUser: [
        { day: '2026-11-01', userId: 'u1', department: 'nephrology', questions: 2 },
        { day: '2026-11-02', userId: 'u1', department: 'nephrology', questions: 1 },
      ],
    });
    expect(sut.latency).toEqual({ p50: 900, p95: 3000 });
    expect(sut.tokens).toEqual({ in: 120, out: 480 });
    expect(sut.perUser).toEqual([{ userId: 'u1', department: 'nephrology', questions: 3 }]);
  });
});

describe(questionsByDayAndDepartment.name, () => {
  it('builds one series per department with zeros for quiet days', () => {
    const sut = questionsByDayAndDepartment(
      {
        perDay: [
          { day: '2026-11-02', department: 'ICU', questions: 4 },
          { day: '2026-11-01', department: null, questions: 1 },
        ],
        perUser: [],
        latency: { p50: null, p95: null },
        tokens: { in: 0, out: 0 },
      },
      'none',
    );
    expect(sut.days).toEqual(['2026-11-01', '2026-11-02']);
    expect(sut.series).toEqual([
      { name: 'ICU', values: [0, 4] },
      { name: 'none', values: [1, 0] },
    ]);
  });
});
