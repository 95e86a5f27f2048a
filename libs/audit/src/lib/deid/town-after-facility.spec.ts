import { deidentify } from './deidentifier';
import type { PhiType } from './deid.types';

/**
 * The town written after a facility and a comma ("Mater Hospital, Dublin 7") is the facility's address, not part of its
 * name: the gold sets annotate the organisation and the town apart (addresses from the city down are `address`), and a
 * reader of a redacted note sees [ORGANIZATION], [ADDRESS].
 */
const CASES: readonly (readonly [text: string, organization: string, town: string])[] = [
  ['Referred from Mater Misericordiae Hospital, Dublin 7.', 'Mater Misericordiae Hospital', 'Dublin 7'],
  ['Transferred to Kingston General Hospital, Kingston, ON for PCI.', 'Kingston General Hospital', 'Kingston'],
  ['Seen at Jehangir Hospital, Pune; discharged on aspirin.', 'Jehangir Hospital', 'Pune'],
  ['Biopsy read at Obafemi Awolowo University Teaching Hospital, Ile-Ife.', 'Obafemi Awolowo University Teaching Hospital', 'Ile-Ife'],
  ['Follow-up at Sir Ganga Ram Hospital, New Delhi.', 'Sir Ganga Ram Hospital', 'New Delhi'],
  ['Echo done at Christchurch Hospital, Christchurch.', 'Christchurch Hospital', 'Christchurch'],
];

/** The types of the findings covering the last occurrence of `value` (a town may share its name with the facility). */
function coveringTypes(text: string, value: string): PhiType[] {
  const { findings } = deidentify(text, { referenceYear: 2026 });
  const start = text.lastIndexOf(value);
  return findings.filter((finding) => finding.start <= start && start + value.length <= finding.end).map((finding) => finding.type);
}

describe('a town after a facility and a comma', () => {
  it.each(CASES)('%s', (text, organization, town) => {
    expect(coveringTypes(text, organization)).toEqual(['organization']);
    expect(coveringTypes(text, town)).toEqual(['address']);
  });

  it('leaves a department or a clinical word after the comma to the text', () => {
    const text = 'Reviewed at Royal Gwent Hospital, Cardiology, with troponin 45 ng/L.';
    const { findings } = deidentify(text, { referenceYear: 2026 });
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(['Royal Gwent Hospital']);
  });
});
