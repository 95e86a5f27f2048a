/** Something with a section to report in `GET /api/status` (`model`, `gpu`, `security` ...). */
export interface StatusContributor {
  contribute(): Promise<Record<string, unknown>>;
}
