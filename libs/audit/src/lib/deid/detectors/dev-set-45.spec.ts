import { covered, untouched } from './dev-set.spec-support';

/** The rules added after outside set 45 was scored, with what each must leave. */
describe('de-identification rules from outside set 45', () => {
  it.each([
    // A town no list holds where someone is brought or sent: "in from", after a name and an age, "home to".
    ['Her son brought her in from Mbarara this morning.', 'Mbarara'],
    ['Gwilym Hughes, 88, from Llanidloes, found on the floor.', 'Llanidloes'],
    ['Discharged home to Bolgatanga with her sister.', 'Bolgatanga'],
    // A town before its county or district, and Māori place names written with macrons.
    ['Referred from Ol Kalou, Nyandarua County, with fever.', 'Ol Kalou'],
    ['She drove over from Ōtorohanga for the scan.', 'Ōtorohanga'],
    // A Philippine city and a barangay address as one span.
    ['Address: Brgy. Mabini, Batangas City, Batangas.', 'Brgy. Mabini, Batangas City'],
    ['Dr. Reyes, PRC Lic. No. 0076543, Cabanatuan City.', 'Cabanatuan City'],
    // Insurers and companies by their own word: Mutual, Insurance, Assurance, Sdn Bhd, Pty Ltd.
    ['Covered by Harbor Peak Mutual, member ID HPM-20417.', 'Harbor Peak Mutual'],
    ['Claim lodged with Kalyan Star Insurance on 3 May.', 'Kalyan Star Insurance'],
    ['Employed by Perniagaan Sinar Timur Sdn Bhd as a clerk.', 'Perniagaan Sinar Timur Sdn Bhd'],
    // Numbers behind labels that only hold identifiers.
    ['PTR No. 5520813, Davao City.', '5520813'],
    ['Member ID A55 0199 2, group 0041877.', '0041877'],
    ['Folder no. 3381902 — seen in casualty.', '3381902'],
    // Ages over 89 that are reported, and an age in brackets with a capital Y.
    ['The grandmother is said to be 98 and lives alone.', '98'],
    ['PT: OKAFOR, GRACE   DOB: 1932-01-09 (94Y)   REF: DR. K. ADEYEMI', '94'],
    ['REF: DR. K. ADEYEMI   LOCATION: ED', 'K. ADEYEMI'],
    // 萧, a surname of its own beside 肖, in simplified and traditional writing.
    ['萧玉梅今晨空腹血糖 9.8 mmol/L。', '萧玉梅'],
    ['蕭阿財今早血壓 168/92 mmHg。', '蕭阿財'],
  ])('takes %s', (text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  it.each([
    ['Admitted in from ED overnight with sepsis.', 'ED'],
    ['Patient, 45, from Cardiology clinic for review.', 'Cardiology'],
    ['Discharged home to Family care.', 'Family'],
    ['National Insurance number not known.', 'National Insurance'],
    ['Insurance details: see attached.', 'Insurance'],
    ['Mutual aid arrangements apply across the network.', 'Mutual'],
    ['Blood group 0 positive; group and save sent.', 'group and save'],
    ['He is said to be 78 and independent.', '78'],
    ['Fibrinogen (3.1Y) marker pending.', '3.1Y'],
    ['Kansas City Cardiomyopathy Questionnaire score 62.', 'Kansas City'],
    ['萧条的食欲在用药后恢复。', '萧条'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
