import { deidentify } from '../../../index';

const found = (text: string) => deidentify(text, { referenceYear: 2026 }).findings.map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

/** The rules added after blind set 35, with what each must leave. */
describe('de-identification rules from blind set 35', () => {
  it.each([
    ['出生日期：民國18年2月1日 年齡：95歲', 'date:民國18年2月1日'],
    ['病人：金敏浩（KIM MINHO），男，46岁', 'name:KIM MINHO'],
    ['病人姓名：梁嘉欣（LEONG KA IAN），澳門居民', 'name:LEONG KA IAN'],
    ['Transferred to Hospital Kuala Lumpur for PCI.', 'organization:Hospital Kuala Lumpur'],
    ['Follow up at Klinik Kesihatan Seremban 2 next month.', 'organization:Klinik Kesihatan Seremban 2'],
    ['Referred to Moi Teaching and Referral Hospital, Eldoret.', 'organization:Moi Teaching and Referral Hospital'],
    ['Referred to Moi Teaching and Referral Hospital, Eldoret.', 'address:Eldoret'],
    ['Seen at All India Institute of Medical Sciences in 2019.', 'organization:All India Institute of Medical Sciences'],
    ['Hospital no. RRK 7730412, admitted 3 March', 'mrn:RRK 7730412'],
    ['IPD No: 2025/NEU/3312', 'mrn:2025/NEU/3312'],
    ['UCH No. 0987123 — ward 4', 'mrn:0987123'],
    ['Patient number MTRH-DM-22871', 'mrn:MTRH-DM-22871'],
    ['NHIS No: NHIS/LAG/2231847', 'other-id:NHIS/LAG/2231847'],
    ['HCN (Ontario): 9876-543-217-KM', 'other-id:9876-543-217-KM'],
    ['Dispensed by J. Okafor, RPh 10982', 'license:10982'],
    ['Provider No. 2156781A', 'license:2156781A'],
    ['醫師：陳志明 醫字第 023456 號', 'license:醫字第 023456 號'],
    ['HN24071234(5) 住院', 'mrn:HN24071234(5)'],
    ['| Hosp No | Name | Ward/Bed | Diagnosis |\n|---|---|---|---|\n| K1234567 | Nora Quigley | Elm/6 | Delirium |', 'bed:6'],
    ['claim_id,member_name,dob\nCF4-2025-000813,"Macaraeg, Luzviminda",1944-10-05', 'name:Macaraeg, Luzviminda'],
  ])('takes %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['病人：金敏浩（COPD），男', 'COPD'],
    ['诊断：王建国（CT MRI 正常）', 'CT MRI'],
    ['Hospital acquired pneumonia, on day 3', 'Hospital acquired pneumonia'],
    ['See NICE NG28 (2022) and ESC 2023', 'NG28'],
    ['GCS 15/15, BP 120/80', '15/15'],
    ['| Ward/Bed | Diagnosis |\n|---|---|\n| Elm/6 | Delirium |', 'Elm'],
  ])('leaves %s', (text, kept) => {
    const result = deidentify(text, { referenceYear: 2026 });
    const at = text.indexOf(kept);
    expect(result.findings.filter((f) => f.start < at + kept.length && f.end > at)).toEqual([]);
  });
});
