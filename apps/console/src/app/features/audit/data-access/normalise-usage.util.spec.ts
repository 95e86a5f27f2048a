import { normaliseUsage, questionsByDayAndDepartment } from './normalise-usage.util';

describe(normaliseUsage.name, () => {
  it('passes the contract shape through', () => {
    const report = {
      perDay: [{ day: '2026-11-01', department: 'ICU', questions: 3 }],
      perUser: [],
      latency: { p50: 800, p95: 2100 },
      tokens: { in: 10, out: 20 },
      feedback: { useful: 2, notUseful: 1, reasons: { unsafe: 1 } },
    };
    expect(normaliseUsage(report)).toEqual(report);
  });

  it('reads answer ratings from the audit library report, and none from a report without them', () => {
    const feedback = { useful: 4, notUseful: 2, reasons: { inaccurate: 2, outdated: 1 } };
    expect(normaliseUsage({ totals: { questions: 1 }, feedback }).feedback).toEqual(feedback);
    expect(normaliseUsage({ totals: { questions: 1 } }).feedback).toEqual({ useful: 0, notUseful: 0, reasons: {} });
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
        feedback: { useful: 0, notUseful: 0, reasons: {} },
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

describe('normaliseUsage with named people', () => {
  it('keeps the username, display name and department names the API resolved', () => {
    const sut = normaliseUsage({
      totals: { questions: 2 },
      byDayAndDepartment: [],
      byDayAndUser: [
        { day: '2026-11-01', userId: 'u1', username: 'wang.li', displayName: '王丽', department: 'NEPH', questions: 1 },
        { day: '2026-11-02', userId: 'u1', username: 'wang.li', displayName: '王丽', department: 'NEPH', questions: 1 },
      ],
      departments: { NEPH: { nameZh: '肾内科', nameEn: 'Nephrology', retired: true } },
    });

    expect(sut.perUser).toEqual([{ userId: 'u1', username: 'wang.li', displayName: '王丽', department: 'NEPH', questions: 2 }]);
    expect(sut.departments).toEqual({ NEPH: { nameZh: '肾内科', nameEn: 'Nephrology', retired: true } });
  });
});
