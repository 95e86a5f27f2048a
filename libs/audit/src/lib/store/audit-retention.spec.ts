import { AUDIT_MIN_RETENTION_DAYS, resolveAuditRetentionDays } from './audit-retention';

describe(resolveAuditRetentionDays.name, () => {
  const sut = resolveAuditRetentionDays;

  it('defaults to the legal minimum of 180 days', () => {
    expect(AUDIT_MIN_RETENTION_DAYS).toBe(180);
    expect(sut({})).toBe(180);
    expect(sut({ value: '' })).toBe(180);
    expect(sut({ value: '365' })).toBe(365);
  });

  it('refuses less than 180 days unless explicitly allowed', () => {
    expect(() => sut({ value: '179' })).toThrow(/180/);
    expect(sut({ value: '30', allowShortRetention: true })).toBe(30);
  });

  it('refuses values that are not whole days', () => {
    expect(() => sut({ value: 'half a year' })).toThrow();
    expect(() => sut({ value: '0', allowShortRetention: true })).toThrow();
    expect(() => sut({ value: '200.5' })).toThrow();
  });
});
