import type { LintKindDto } from '@medlocal/contracts';
import type { LocalizedText } from '../common/localized-text.model';

/** The kinds are the wire contract's: the console shows each one. */
export type LintKind = LintKindDto;

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
