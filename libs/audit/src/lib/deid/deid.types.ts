/** Every identifier class the de-identifier can report. Values never leave the engine; only the class does. */
export const PHI_TYPES = [
  'name',
  'id-card',
  'phone',
  'email',
  'ip',
  'url',
  'mrn',
  'bank-card',
  'account',
  'social-security',
  'passport',
  'license',
  'date',
  'age',
  'address',
  'device',
  'plate',
  'vehicle',
  'other-id',
] as const;

export type PhiType = (typeof PHI_TYPES)[number];

/** One redacted span. Offsets are UTF-16 indices into the ORIGINAL text; the value itself is never carried. */
export interface DeidFinding {
  readonly type: PhiType;
  readonly start: number;
  readonly end: number;
}

export interface DeidResult {
  readonly text: string;
  readonly findings: readonly DeidFinding[];
}

/** A site-specific pattern, e.g. a hospital's own MRN format. If it has a capture group 1, only that group is redacted. */
export interface DeidExtraPattern {
  readonly type: PhiType;
  readonly pattern: RegExp;
}

export interface DeidOptions {
  readonly extraPatterns?: readonly DeidExtraPattern[];
  /** Override the placeholder text of some classes, e.g. `{ name: '[NAME]' }`. */
  readonly placeholders?: Partial<Record<PhiType, string>>;
  /** Classes a site chooses not to redact (e.g. a research export that keeps exact dates under an IRB waiver). */
  readonly disabledTypes?: readonly PhiType[];
}

/** A candidate span produced by one detector, before overlaps are resolved. */
export interface Detection {
  readonly type: PhiType;
  readonly start: number;
  readonly end: number;
  /** Higher wins when two candidates of equal length overlap (context-backed beats pattern-only). */
  readonly priority: number;
}

export interface PhiDetector {
  readonly name: string;
  detect(text: string): Detection[];
}
