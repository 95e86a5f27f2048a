import { covered, findingsOf, untouched } from './dev-set.spec-support';

/** The rules added after blind set 39, with what each must leave. */
describe('de-identification rules from blind set 39', () => {
  it.each([
    // Hong Kong IDs written with spaces, the check digit included; Macau resident IDs (BIR).
    ['Patient HKID A 123456 (3), seen today.', 'A 123456 (3)'],
    ['HKID AB 987654 3 on the consent form', 'AB 987654 3'],
    ['Brought in, ID card A123456 (7).', 'A123456 (7)'],
    ['ID: A123456 (3), Tel 9123 4567', 'A123456 (3)'],
    ['身份證：AB 987654 (2)，住九龍', 'AB 987654 (2)'],
    ['澳門居民身份證：1234567(8)', '1234567(8)'],
    ['BIR 5/123456/7，電話 6612 3456', '5/123456/7'],
    ['澳門居民身份證編號 1/234567/8', '1/234567/8'],
    // A ward code written before its bed joins the bed.
    ['Now in CCU bed 4, on GTN infusion.', 'CCU bed 4'],
    ['外科3病区 12床患者诉腹痛。', '3病区 12'],
    ['患者现住8病区15床，体温正常。', '8病区15'],
    ['Transferred to 5B-12 overnight, then ICU-3.', 'ICU-3'],
    // A town where the sentence says someone lives with a relative or moved from.
    ['Lives with daughter in Harrogate since the fall.', 'Harrogate'],
    ['She moved here from Sialkot in 2019.', 'Sialkot'],
    // Yearless dates where the date of an event stands.
    ['于3.5日行胃镜检查，3.12日出院。', '3.5日'],
    ['5/3 admitted with chest pain.', '5/3'],
    ['5 March: CT head normal.', '5 March'],
    ['3/5 ECG: sinus rhythm.', '3/5'],
  ])('takes %s', (text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  it.each([
    ['Dr. Helen Carter reviewed. Carter recommends MRI.', 'Carter'],
    ['Mrs Green attended. Green was anxious.', 'Green'],
    ['患者张建国入院。张诉胸痛，伴出汗。', '张'],
  ])('takes the surname alone of a person named earlier, before what that person does: %s', (text, surname) => {
    const at = text.lastIndexOf(surname);
    expect(findingsOf(text).some((f) => f.type === 'name' && f.start === at && f.end === at + surname.length)).toBe(true);
  });

  it.each([
    ['Culture plate AB 987654 2 incubated.', 'AB 987654 2'],
    ['Lot 1234567(8) of the vaccine given.', '1234567(8)'],
    ['Expected ICU bed 3 days after surgery.', 'ICU'],
    ['Stage 4B bed 2 weeks ago, now mobile.', '4B'],
    ['带药3.5日量，持续2.5日。', '3.5日'],
    ['Power 3/5 in the left arm, pain 5/10.', '3/5'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
