const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  // PostgreSQL: admin_shutdown (pg_terminate_backend), crash_shutdown, cannot_connect_now, connection_exception class, too_many_connections
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  // Bounded waits and storage faults: the store cannot take the event now, though the server answers.
  // lock_not_available, query_canceled (statement timeout), idle_in_transaction_session_timeout,
  // read_only_sql_transaction (embedded database on a faulty disk), disk_full
  '55P03',
  '57014',
  '25P03',
  '25006',
  '53100',
]);
const CONNECTION_ERROR_MESSAGE =
  /connection terminated|connection ended|timeout exceeded when trying to connect|connection error|not queryable|query read timeout|ECONNREFUSED|ECONNRESET|socket hang up/i;

/** Whether a driver error means "the database is unreachable" (as opposed to "the database refused this statement"). */
export function isDatabaseConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) return true;
  // A FATAL error from the server ends the session (e.g. 55000 "database does not allow connections").
  if ((error as Error & { severity?: unknown }).severity === 'FATAL') return true;
  // pg reports a refused connection to every resolved address as one AggregateError.
  const inner = (error as Error & { errors?: unknown }).errors;
  if (Array.isArray(inner) && inner.some((each) => isDatabaseConnectionError(each))) return true;
  return CONNECTION_ERROR_MESSAGE.test(error.message);
}
