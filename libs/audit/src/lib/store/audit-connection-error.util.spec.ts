import { isDatabaseConnectionError } from './audit-connection-error.util';

const pgError = (code: string, message = 'server error'): Error => Object.assign(new Error(message), { code, severity: 'ERROR' });

describe(isDatabaseConnectionError.name, () => {
  it.each([
    ['55P03', 'lock timeout: canceling statement due to lock timeout'],
    ['57014', 'statement timeout: canceling statement due to statement timeout'],
    ['25P03', 'idle-in-transaction timeout'],
    ['25006', 'read-only transaction (embedded database on a faulty disk)'],
    ['53100', 'disk full'],
  ])('treats %s (%s) as the store being unavailable, so new questions pause', (code) => {
    expect(isDatabaseConnectionError(pgError(code))).toBe(true);
  });

  it('treats a reply that never came (client query timeout) as the store being unavailable', () => {
    expect(isDatabaseConnectionError(new Error('Query read timeout'))).toBe(true);
  });

  it('still tells a refused statement from an unreachable store', () => {
    expect(isDatabaseConnectionError(pgError('23514', 'new row violates check constraint'))).toBe(false);
    expect(isDatabaseConnectionError(pgError('42501', 'permission denied for table audit_event'))).toBe(false);
  });
});
