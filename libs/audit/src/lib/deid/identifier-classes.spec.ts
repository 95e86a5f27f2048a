import { typesCovering } from './covering-types.spec-support';
import type { PhiType } from './deid.types';

/**
 * The class a number is given follows the annotation conventions of the gold sets (v13 on, the outside sets 43 and 44
 * among them): a person's insurance or health-plan number is `other-id`, a number a health service files the patient's
 * record under (NHS, CHI, NHI) is `mrn`, and only a social security number proper (SSN, SIN, PPSN, 社保卡号) is
 * `social-security`; a tax number (India's PAN) is `other-id`. The class picks the placeholder a reader sees, and the per-class scores count by it.
 */
const CASES: readonly (readonly [text: string, value: string, type: PhiType])[] = [
  ['医保卡号：310000198765432，参保地上海。', '310000198765432', 'other-id'],
  ['患者医保号为 110000887766554，自费比例10%。', '110000887766554', 'other-id'],
  ['林志明，健保卡號 0000 1234 5678，病歷號 12345678。', '0000 1234 5678', 'other-id'],
  ['新农合号：420000556677，报销比例70%。', '420000556677', 'other-id'],
  ['参保号：3201000099887766，参保地南京。', '3201000099887766', 'other-id'],
  ['医保电脑号8804217363，今日门诊登记。', '8804217363', 'other-id'],
  ['门诊病历号：MZ00871234；医保个人编号：1101 0819 9401 0233。', '1101 0819 9401 0233', 'other-id'],
  ['Jack Wilson, Medicare no. 2123 45670 1, presented with chest pain.', '2123 45670 1', 'other-id'],
  ['Insurance: Medicare MBI 1EG4-TE5-MK73 verified.', '1EG4-TE5-MK73', 'other-id'],
  ['Medicaid ID 987654321A — check eligibility before discharge.', '987654321A', 'other-id'],
  ['Patient: Jean Tremblay, OHIP 5273-198-464-KT, seen today.', '5273-198-464-KT', 'other-id'],
  ['Maria Dela Cruz, PhilHealth No. 12-050123456-7, admitted.', '12-050123456-7', 'other-id'],
  ['Insurance claim form Member ID: XJH847293015', 'XJH847293015', 'other-id'],
  ['Insurance: Aetna, member ID W221, group 88120.', '88120', 'other-id'],
  ['Policy No. AXA-HK-77120934; Group No. 004812', '004812', 'other-id'],
  ['Pt ID 88213-A; insurance policy number HX-5512-09 on file.', 'HX-5512-09', 'other-id'],
  ['Wanjiru Kamau, NHIF No. 4829173, referred for dialysis.', '4829173', 'other-id'],
  ['Tran Van Duc, BC PHN 9876 543 210, follow-up in clinic.', '9876 543 210', 'other-id'],
  ['Her MRN is 0044-1291 and her NHS number 943 476 5919.', '943 476 5919', 'mrn'],
  ['Siobhan O’Sullivan, DOB 14/07/1961, NHS No. 4010232137.', '4010232137', 'mrn'],
  ['Discharge summary for Aroha Te Whare, NHI PKR4735.', 'PKR4735', 'mrn'],
  ['Lives in Greenock. CHI 1506584713, GP informed.', '1506584713', 'mrn'],
  ['Mr. Subramaniam, 93 yrs, PAN ABKPS4821L, brought by his grandson.', 'ABKPS4821L', 'other-id'],
  ['SSN 123-45-6789 was on the referral form.', '123-45-6789', 'social-security'],
  ['SIN 046 454 286 provided for the disability claim.', '046 454 286', 'social-security'],
  ['Patient: Aoife Ní Bhriain, PPSN 6284019M.', '6284019M', 'social-security'],
  ['社保卡号 G23456789 已挂失。', 'G23456789', 'social-security'],
  // One label, one class, however many spaces the writer left between its words.
  ['UK national insurance number QQ 12 34 56 C on the form.', 'QQ 12 34 56 C', 'social-security'],
  ['UK national  insurance number QQ 12 34 56 C on the form.', 'QQ 12 34 56 C', 'social-security'],
  ['Her social  insurance no. 046 454 286 is on file.', '046 454 286', 'social-security'],
];

describe('the class of insurance, health-service and social security numbers', () => {
  it.each(CASES)('%s → %s is %s', (text, value, type) => {
    expect(typesCovering(text, value)).toEqual([type]);
  });
});
