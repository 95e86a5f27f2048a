export enum DeidErrorCode {
  UnknownType = 'DEID_UNKNOWN_TYPE',
  PatternMatchesEmpty = 'DEID_PATTERN_MATCHES_EMPTY',
  InvalidThreshold = 'DEID_INVALID_THRESHOLD',
}

/** Raised for a bad site configuration, at `createDeidentifier` time rather than on a clinician's text. */
export class DeidConfigError extends Error {
  constructor(
    readonly code: DeidErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeidConfigError';
  }
}
