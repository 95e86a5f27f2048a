/**
 * HTTP status for each domain error code, across the API's modules and the libraries. A code not
 * listed here is a bug and answers 500 (logged), so a new code cannot silently leak as a 200.
 */
const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
};

export function registerErrorStatuses(statuses: Record<string, number>): void {
  for (const [code, status] of Object.entries(statuses)) {
    const existing = STATUS_BY_CODE[code];
    if (existing !== undefined && existing !== status) {
      throw new Error(`Error code ${code} is mapped to both ${existing} and ${status}`);
    }
    STATUS_BY_CODE[code] = status;
  }
}

export function statusForErrorCode(code: string): number | undefined {
  return STATUS_BY_CODE[code];
}
