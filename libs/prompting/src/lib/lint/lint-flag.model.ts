import type { LocalizedText } from '../common/localized-text.model';

export type LintKind =
  /** A guideline named with its year, e.g. "KDIGO 2012": good, reported so the console can highlight it. */
  | 'guideline-citation'
  /** A guideline body or Chinese guideline named without a year. */
  | 'guideline-without-year'
  /** An evidence level or study design, e.g. "Class I", "证据等级A", "meta-analysis". */
  | 'evidence-level'
  /** 可能 / probably … in a sentence with no citation or evidence level. */
  | 'unsupported-hedge'
  /** An invasive procedure before any non-invasive step is mentioned. */
  | 'invasive-without-workup'
  /** An ALL-CAPS abbreviation whose expansion never appears. */
  | 'undefined-abbreviation';

export type LintSeverity = 'info' | 'warning';

export interface LintFlag {
  kind: LintKind;
  severity: LintSeverity;
  /** UTF-16 offsets into the linted text, end exclusive (JavaScript string indices). */
  start: number;
  end: number;
  message: LocalizedText;
}

export interface TextSpan {
  start: number;
  end: number;
}
