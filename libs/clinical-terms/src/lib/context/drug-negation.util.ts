/**
 * A drug said not to be given or taken: "no heparin given", "not on heparin", "未用肝素", "否认服用阿司匹林",
 * "heparin was withheld" — or no longer taken: "hold heparin", "heparin stopped", "停用肝素", "肝素已停用". A plan to
 * stop ("stop apixaban, reverse with andexanet") is not: the patient is on the drug, and the answer must know it. Kept narrow on purpose: only a negation right before the name (at most a route word
 * between) or a "not given" right after its regimen, so a negation of something else in the clause ("no bleeding
 * on heparin", "无胸痛,予肝素") never takes a drug off the list. Anchored and bounded: linear.
 */
const NEGATION_BEFORE =
  /(?:(?:^|[^a-z])(?:no|nil|not on|never on|never took|never taken|without|hold|held|withhold|stopped|discontinued|ceased)\s+(?:(?:iv|oral|po|sc|s\/c|prophylactic|therapeutic|regular|further|any)\s+)?|(?:未用|未使用|未服用|未服|未予|未给予|未给|未曾使用|未曾服用|否认服用|否认使用|否认用|否认口服|没有用|没用|没有服用|没吃|无|停用|停服|停)(?:过|任何|口服|静脉|皮下)?)$/;
const NEGATION_AFTER =
  /^\s{0,2}(?:(?:was|were|is|has been|had been)\s+)?(?:not\s+(?:given|started|administered|taken|prescribed|used)(?![a-z])|withheld|omitted|(?:held|contraindicated|stopped|discontinued|ceased)(?![a-z]))|^\s{0,2}(?:未用|未予|未使用|未给|未服|已停用|已停|停用|停药|停服)/;
/** Between two drugs of one negated list: "未用华法林、阿司匹林", "no aspirin or heparin". A comma ends the list. */
const NEGATED_LIST_GAP = /^\s{0,2}(?:、|\/|or|nor|and|和|及|或)\s{0,2}$/;

/** The last character of every negation before a name: anything else cannot end one, so no pattern is tried. */
const NEGATION_LAST = new Set(' \t用服予给吃无过何脉下停');

/** Whether the drug named at [start, end) (its regimen ending at `regimenEnd`) is said not to be given; folded text. */
export function drugNegated(folded: string, start: number, regimenEnd: number): boolean {
  const before = start > 0 && NEGATION_LAST.has(folded[start - 1]) && NEGATION_BEFORE.test(folded.slice(Math.max(0, start - 24), start));
  return before || NEGATION_AFTER.test(folded.slice(regimenEnd, regimenEnd + 32));
}

/** Whether a drug named right after a negated one shares its negation ("未用华法林、阿司匹林"). */
export function continuesNegatedList(folded: string, previousEnd: number, start: number): boolean {
  return start - previousEnd <= 6 && NEGATED_LIST_GAP.test(folded.slice(previousEnd, start));
}
