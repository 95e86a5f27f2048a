/**
 * Modules that have something to report in `GET /api/status` provide a contributor under this
 * token (multi-provider style: the status module collects every one registered).
 */
export const STATUS_CONTRIBUTORS = Symbol('STATUS_CONTRIBUTORS');

export interface StatusContributor {
  /** Top-level key in the status document (`model`, `gpu`, `security` ...). */
  contribute(): Promise<Record<string, unknown>>;
}
