const MEDICATION_HEADING = /(出院带药|出院用药|出院药物|出院医嘱用药|discharge medications?|medications? on discharge|discharge prescriptions?)\s*[:：]/i;
/** A line that opens another section: a short label and a colon ("出院医嘱：", "Follow-up:"). */
const NEXT_HEADING = /\n[ \t]*[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z \t-]{1,24}[:：]/u;

/**
 * Where the discharge medications are written, as [start, end) offsets. Summaries also name drugs
 * given in hospital ("予呋塞米20mg静推"), which are not what the patient goes home with; a text with
 * no medication heading is read whole.
 */
export function medicationSectionOf(text: string): { start: number; end: number } {
  const heading = MEDICATION_HEADING.exec(text);
  if (!heading) return { start: 0, end: text.length };
  const start = heading.index + heading[0].length;
  const next = NEXT_HEADING.exec(text.slice(start));
  return { start, end: next ? start + next.index : text.length };
}
