import { auditRangeOf } from './audit-range.util';

describe(auditRangeOf.name, () => {
  const now = new Date(2026, 10, 15, 14, 30, 0);

  it('leaves the range open for all time', () => {
    expect(auditRangeOf({ preset: 'all', now })).toEqual({});
  });

  it('reaches back an hour, 7 days or 30 days from now, open towards now', () => {
    expect(auditRangeOf({ preset: 'hour', now })).toEqual({ from: new Date(2026, 10, 15, 13, 30, 0).toISOString() });
    expect(auditRangeOf({ preset: 'week', now })).toEqual({ from: new Date(now.getTime() - 7 * 86_400_000).toISOString() });
    expect(auditRangeOf({ preset: 'month', now })).toEqual({ from: new Date(now.getTime() - 30 * 86_400_000).toISOString() });
  });

  it('starts today at local midnight', () => {
    expect(auditRangeOf({ preset: 'today', now })).toEqual({ from: new Date(2026, 10, 15, 0, 0, 0).toISOString() });
  });

  it('reads a custom range from local date-time inputs, either end optional', () => {
    expect(auditRangeOf({ preset: 'custom', now, customFrom: '2026-11-01T08:00', customTo: '2026-11-02T08:00' })).toEqual({
      from: new Date(2026, 10, 1, 8, 0).toISOString(),
      to: new Date(2026, 10, 2, 8, 0).toISOString(),
    });
    expect(auditRangeOf({ preset: 'custom', now, customFrom: '', customTo: '2026-11-02T08:00' })).toEqual({ to: new Date(2026, 10, 2, 8, 0).toISOString() });
  });
});
