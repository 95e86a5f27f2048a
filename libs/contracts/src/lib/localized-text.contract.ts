/** Text offered in both console languages. */
export interface LocalizedTextDto {
  readonly zh: string;
  readonly en: string;
}

/** Every API error leaves the server in this shape. */
export interface ApiErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  /** Machine-readable code, e.g. `auth.locked`. */
  readonly code?: string;
}
