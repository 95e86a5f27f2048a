/** Node socket failures: the server is down, restarting or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** SQLSTATE: admin_shutdown (pg_terminate_backend), crash_shutdown, cannot_connect_now, too_many_connections. */
const SERVER_GONE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
/**
 * SQLSTATE of a wait that hit its bound: lock_not_available (lock_timeout), query_canceled
 * (statement_timeout), idle_in_transaction_session_timeout. The statement was fine; the database was
 * too busy or locked to run it in time, so the client may retry, like a database that is down.
 */
const WAIT_BOUND_CODES = new Set(['55P03', '57014', '25P03']);
/** SQLSTATE of a storage fault: disk_full, io_error, and read_only_sql_transaction (the embedded database's guard while its disk is full). */
const STORAGE_CODES = new Set(['53100', '58030', '25006']);
const DRIVER_MESSAGES =
  /connection terminated|connection ended|timeout exceeded when trying to connect|not queryable|not currently accepting connections|query read timeout/i;

/**
 * Whether an error means "the database cannot be reached, or did not answer within its bound, right
 * now" (a 503 the client may retry) rather than "the database refused this statement" (a bug or a bad request). pg reports a refused
 * connection to every resolved address as one AggregateError; TypeORM copies the driver's code.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) || SERVER_GONE_CODES.has(code) || WAIT_BOUND_CODES.has(code) || STORAGE_CODES.has(code) || code.startsWith('08'))
  )
    return true;
  const inner = (error as Error & { errors?: unknown }).errors;
  if (Array.isArray(inner) && inner.some((each) => isDatabaseUnreachable(each))) return true;
  return DRIVER_MESSAGES.test(error.message);
}
