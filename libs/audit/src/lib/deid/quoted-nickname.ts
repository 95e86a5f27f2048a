import type { Detection } from './deid.types';

/**
 * A nickname quoted right after a found name is the same person ("Harold Jenkins ("Hal")", 'Dorothy FAIRWEATHER
 * ("Dot")', 'Dr. Ramon Ilagan ("Monching")', "Robert 'Bobby' Tran"): found here, every later mention of it ("I saw Hal
 * today") is found by the repeated-name stage after this one. One capitalised word between quotes, alone in its
 * brackets, so a quoted phrase ("said 'fine'") or a quoted term is never read; "known as" and "aka" may stand before it.
 */
const QUOTED_AFTER =
  /^,?[ \t]{0,3}(?:(?:known as|aka|a\.k\.a\.|called|goes by)[ \t])?[ \t]{0,3}([(（]?)[ \t]?["“'‘]([A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?)["”'’][ \t]?([)）]?)/;
const NICKNAME_SCORE = 0.85;
const PRIORITY = 30;

export function quotedNicknames(text: string, found: readonly Detection[]): Detection[] {
  const mentions: Detection[] = [];
  for (const finding of found) {
    if (finding.type !== 'name' || !/[A-Za-z]$/.test(text.slice(finding.start, finding.end))) continue;
    const quoted = QUOTED_AFTER.exec(text.slice(finding.end, finding.end + 24));
    // Brackets open and close together or not at all.
    if (!quoted || (quoted[1] === '') !== (quoted[3] === '')) continue;
    const nickname = quoted[2] ?? '';
    const start = finding.end + quoted[0].indexOf(nickname);
    mentions.push({ type: 'name', start, end: start + nickname.length, priority: PRIORITY, score: NICKNAME_SCORE });
  }
  return mentions;
}
