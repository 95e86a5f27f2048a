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
  'organization',
  'bed',
] as const;

export type PhiType = (typeof PHI_TYPES)[number];

/** One redacted span. Offsets are UTF-16 indices into the ORIGINAL text; the value itself is never carried. */
export interface DeidFinding {
  readonly type: PhiType;
  readonly start: number;
  readonly end: number;
  /** Which detector found it (e.g. `chinese-name`, `resident-id`, `site:mrn`). */
  readonly detector: string;
  /** Confidence in [0, 1]; findings under the deidentifier's `minScore` are not redacted. */
  readonly score: number;
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
  /**
   * Confidence a candidate needs to be redacted (0..1, default `DEFAULT_MIN_SCORE`). The default is tuned
   * for recall: raise it to trade recall for precision, e.g. for a preview that should flag only the sure ones.
   */
  readonly minScore?: number;
  /**
   * Year that ages implied by a year of birth are measured from (Safe Harbor: a birth year is kept only
   * when the person is at most 89). Defaults to the later of the current year and the latest year in the text.
   */
  readonly referenceYear?: number;
}

/** A candidate span produced by one detector, before overlaps are resolved. */
export interface Detection {
  readonly type: PhiType;
  readonly start: number;
  readonly end: number;
  /** Higher wins when two candidates of equal length overlap (context-backed beats pattern-only). */
  readonly priority: number;
  /** Confidence in [0, 1]; pattern and checksum detectors leave it out and get `DEFAULT_PATTERN_SCORE`. */
  readonly score?: number;
  /** Set by the deidentifier from the detector that produced the candidate. */
  readonly detector?: string;
}

/** Per-call facts a detector may need besides the text. */
export interface DetectionContext {
  readonly referenceYear: number;
}

export interface PhiDetector {
  readonly name: string;
  /** `context` is always given by the deidentifier; a detector tested alone may be called without it. */
  detect(text: string, context?: DetectionContext): Detection[];
}
