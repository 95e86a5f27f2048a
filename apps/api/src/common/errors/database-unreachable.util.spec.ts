import { isDatabaseUnreachable } from './database-unreachable.util';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe(isDatabaseUnreachable.name, () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a terminated backend', withCode('terminating connection due to administrator command', '57P01')],
    ['a connection exception class SQLSTATE', withCode('connection failure', '08006')],
    ['pg ending a dead client', new Error('Connection terminated unexpectedly')],
    ['a lock wait past lock_timeout', withCode('canceling statement due to lock timeout', '55P03')],
    ['a statement past statement_timeout', withCode('canceling statement due to statement timeout', '57014')],
    ['a transaction idle past its timeout', withCode('terminating connection due to idle-in-transaction timeout', '25P03')],
    ['a server that never answered (client-side query timeout)', new Error('Query read timeout')],
    ['a full disk', withCode('could not extend file "base/5/16384": No space left on device', '53100')],
    ['a write refused while the embedded database is read-only', withCode('cannot execute INSERT in a read-only transaction', '25006')],
    ['a connection that never completed its start-up', new Error('Connection terminated due to connection timeout')],
    // The shape of the AggregateError pg raises when every resolved address refuses.
    ['pg refusing every address at once', Object.assign(new Error(''), { errors: [withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')] })],
  ])('says yes for %s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "SELEC"', '42601')],
    ['a plain programming error', new TypeError('x is undefined')],
    ['something that is not an error', 'ECONNREFUSED'],
  ])('says no for %s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
