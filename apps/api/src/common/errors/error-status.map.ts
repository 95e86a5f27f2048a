/**
 * Statuses registered at import time: the old mechanism, kept only until the audit module declares
 * its codes in a status table like every other module (then this file goes). Do not add callers.
 */
const REGISTERED_STATUS_BY_CODE: Record<string, number> = {};

/** @deprecated Declare a module status table (`error-status.table.ts`) and list it in `app/api-error-statuses.ts`. */
export function registerErrorStatuses(statuses: Record<string, number>): void {
  for (const [code, status] of Object.entries(statuses)) {
    const existing = REGISTERED_STATUS_BY_CODE[code];
    if (existing !== undefined && existing !== status) {
      throw new Error(`Error code ${code} is mapped to both ${existing} and ${status}`);
    }
    REGISTERED_STATUS_BY_CODE[code] = status;
  }
}

export function registeredStatusForErrorCode(code: string): number | undefined {
  return REGISTERED_STATUS_BY_CODE[code];
}
