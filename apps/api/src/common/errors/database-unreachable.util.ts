/** Node socket failures: the server is down, restarting or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** SQLSTATE: admin_shutdown (pg_terminate_backend), crash_shutdown, cannot_connect_now, too_many_connections. */
const SERVER_GONE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const DRIVER_MESSAGES = /connection terminated|connection ended|timeout exceeded when trying to connect|not queryable|not currently accepting connections/i;

/**
 * Whether an error means "the database cannot be reached right now" (a 503 the client may retry)
 * rather than "the database refused this statement" (a bug or a bad request). pg reports a refused
 * connection to every resolved address as one AggregateError; TypeORM copies the driver's code.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_GONE_CODES.has(code) || code.startsWith('08'))) return true;
  const inner = (error as Error & { errors?: unknown }).errors;
  if (Array.isArray(inner) && inner.some((each) => isDatabaseUnreachable(each))) return true;
  return DRIVER_MESSAGES.test(error.message);
}
