import { deidentify } from '../deidentifier';

const redacted = (text: string) => deidentify(text).text;

describe('names with the family name in capitals', () => {
  it.each([
    ['Bed 3 – Mr. LAU Kwok Wing, POD2 Whipple', 'Bed [床号] – Mr. [姓名], POD2 Whipple'],
    ['Verified by: Dr. MA Sze Wing, Consultant Pathologist', 'Verified by: Dr. [姓名], Consultant Pathologist'],
    ['Patient: SATO Hanako, female', 'Patient: [姓名], female'],
    ['Sincerely, YAMADA Ichiro, MD', 'Sincerely, [姓名], MD'],
    ['Handover by Dr KWOK (pager) to the night team', 'Handover by Dr [姓名] (pager) to the night team'],
    ['Pt: Jack THOMPSON, chest pain', 'Pt: [姓名], chest pain'],
    ['Patiente : Mme Jeanne-Marie LE GOFF, née KERBRAT', 'Patiente : Mme [姓名], née [姓名]'],
    ['Name: DELA CRUZ-SANTOS, Ma. Cristina, Age: 9', 'Name: [姓名], Age: 9'],
    ['From: Tse, Winnie', 'From: [姓名]'],
    ['Patient: Tremblay, Marie-Ève, referred', 'Patient: [姓名], referred'],
  ])('%s', (text, expected) => {
    expect(redacted(text)).toBe(expected);
  });

  it.each([['Dr ICU consult; Dr CT review; Mr MRI booked'], ['Patient: Male, Chinese; Name: Unknown, Adult'], ['Transferred to Nightingale Wing for rehab']])(
    'leaves %s alone',
    (text) => {
      expect(redacted(text)).toBe(text);
    },
  );
});
