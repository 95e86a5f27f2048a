/** The statuses a domain error may answer with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 502 | 503;

/**
 * One module's code → HTTP status table. Declare it as `{ … } as const satisfies ErrorStatusTable<ModuleErrorCode>`
 * so the compiler refuses a table that misses a code or lists one the module does not have.
 */
export type ErrorStatusTable<Code extends string = string> = { readonly [K in Code]: ErrorStatus };

/** Codes every module may use. */
export const COMMON_ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
} as const satisfies ErrorStatusTable;

/**
 * Joins the modules' tables into one lookup. A code that two tables map to different statuses is a
 * bug: the API refuses to start rather than answer one of them wrongly.
 */
export function joinErrorStatusTables(tables: Readonly<Record<string, ErrorStatusTable>>): ReadonlyMap<string, ErrorStatus> {
  const joined = new Map<string, { status: ErrorStatus; module: string }>();
  for (const [module, table] of Object.entries(tables)) {
    for (const [code, status] of Object.entries(table) as [string, ErrorStatus][]) {
      const existing = joined.get(code);
      if (existing && existing.status !== status) {
        throw new Error(`Error code ${code} is mapped to ${existing.status} by ${existing.module} and to ${status} by ${module}`);
      }
      joined.set(code, { status, module });
    }
  }
  return new Map([...joined].map(([code, { status }]) => [code, status]));
}
