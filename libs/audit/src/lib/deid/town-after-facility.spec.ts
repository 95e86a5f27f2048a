import { deidentify } from './deidentifier';
import { typesCovering } from './covering-types.spec-support';

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
  // A letterhead: the town before a separator, a column gap or the end of the line, in capitals after a name in capitals.
  ['From: Maniilaq Health Center, Kotzebue   To: Providence Alaska Medical Center', 'Maniilaq Health Center', 'Kotzebue'],
  ["St. Luke's Hospital, Duluth · OPERATIVE NOTE", "St. Luke's Hospital", 'Duluth'],
  ['KING EDWARD MEMORIAL HOSPITAL, MUMBAI – DISCHARGE SUMMARY', 'KING EDWARD MEMORIAL HOSPITAL', 'MUMBAI'],
  ['NYANGABGWE REFERRAL HOSPITAL, FRANCISTOWN\nDepartment of Medicine', 'NYANGABGWE REFERRAL HOSPITAL', 'FRANCISTOWN'],
  // A letterhead's town may be an English word or hold an apostrophe or three words, where the line or a field ends after it.
  ["Vaiola Hospital, Nuku'alofa - Physiotherapy Department", 'Vaiola Hospital', "Nuku'alofa"],
  ['Seen at Victoria Hospital, Greenwood\nFindings: 4 mm calculus', 'Victoria Hospital', 'Greenwood'],
  ['Letter from Victoria Hospital, Bandar Seri Begawan - Discharge Summary', 'Victoria Hospital', 'Bandar Seri Begawan'],
  ["Noble's Hospital, Strang, Douglas IM4 4RJ", "Noble's Hospital", 'Strang'],
  ['Hospital: Victoria Hospital, Quatre Bornes, ward 12', 'Victoria Hospital', 'Quatre Bornes'],
];

describe('a town after a facility and a comma', () => {
  it.each(CASES)('%s', (text, organization, town) => {
    expect(typesCovering(text, organization)).toEqual(['organization']);
    // The town may share its name with the facility: its own is the last occurrence.
    expect(typesCovering(text, town, text.lastIndexOf(town))).toEqual(['address']);
  });

  it('leaves a department or a clinical word after the comma to the text', () => {
    const text = 'Reviewed at Royal Gwent Hospital, Cardiology, with troponin 45 ng/L.';
    const { findings } = deidentify(text, { referenceYear: 2026 });
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(['Royal Gwent Hospital']);
  });

  it('leaves a department, a part of the hospital or a document title at the end of a letterhead line', () => {
    for (const text of [
      'Royal Gwent Hospital, Cardiology\nEcho report',
      'Victoria Hospital, Outpatient Pharmacy - dispensing log',
      'Victoria Hospital, Main Building | Level 3',
      'Victoria Hospital, Discharge Summary\nName: see label',
      'Victoria Hospital, Accident and Emergency',
      'Victoria Hospital, Renal Unit - handover',
    ]) {
      const { findings } = deidentify(text, { referenceYear: 2026 });
      expect(findings.filter((finding) => finding.type === 'address').map((finding) => text.slice(finding.start, finding.end))).toEqual([]);
    }
  });

  it('leaves a department or a document title in capitals after the comma', () => {
    for (const text of ['ROYAL GWENT HOSPITAL, CARDIOLOGY · Echo report', 'PRINCESS MARINA HOSPITAL, DISCHARGE – page 2']) {
      const { findings } = deidentify(text, { referenceYear: 2026 });
      expect(findings.filter((finding) => finding.type === 'address')).toEqual([]);
    }
  });
});
