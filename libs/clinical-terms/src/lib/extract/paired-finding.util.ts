/**
 * Words that name two findings at once: 干湿啰音 is rhonchi (干啰音) and crackles (湿啰音), the way every
 * Chinese chest examination writes it ("双肺未闻及干湿啰音"); N/V is nausea and vomiting, as 恶心呕吐 is.
 * The dictionary codes the word as the first finding; this gives the one that comes with it.
 * Keys are the matched word case-folded.
 */
const PARTNER_BY_WORD: ReadonlyMap<string, string> = new Map([
  ['干湿啰音', 'rhonchi'],
  ['干湿性啰音', 'rhonchi'],
  ['干湿罗音', 'rhonchi'],
  ['n/v', 'vomiting'],
  ['n&v', 'vomiting'],
  ['n+v', 'vomiting'],
]);

/** The id of the second finding named by the matched word, if the word names two. */
export function pairedFindingId({ matched }: { readonly matched: string }): string | undefined {
  return PARTNER_BY_WORD.get(matched);
}
