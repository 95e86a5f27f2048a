import { deidentify } from '../../../index';

const found = (text: string) => deidentify(text, { referenceYear: 2026 }).findings.map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

/** The rules added after blind set 31, with what each must leave. */
describe('de-identification rules from blind set 31', () => {
  it.each([
    ['醫師：蔡宗翰（醫字第012345號）', 'license:醫字第012345號'],
    ['心臟內科病房，床號 1023-2，因心房顫動', 'bed:1023-2'],
    ['Attending: Dr Goh Kian Seng (MCR 12345A)', 'license:12345A'],
    ['Pharmacist: Gemma Rowe, GPhC 2087461', 'license:2087461'],
    ['Singh Rathore, MD (Medicine), RMC Reg. 34521', 'license:34521'],
    ['Dr Tan: @Aisyah pls review bed 31-07', 'name:@Aisyah'],
    ['Thank you for seeing Mrs Beryl Ashcroft (DOB 2/7/1930). Beryl lives alone.', 'name:Beryl'],
    ['Please call the pharmacy.\nR. Gagnon, RPh', 'name:R. Gagnon'],
    ['Next visit in two weeks.\nJ. Alvarez, LCSW', 'name:J. Alvarez'],
    ["mobilise with physio.\nK. O'Donnell RN", "name:K. O'Donnell"],
    ['contacted the prescriber, Dr K. Sutherland, on 01768 772 345 who agreed', 'phone:01768 772 345'],
    ['two days later at Westbrook Memorial she was diagnosed', 'organization:Westbrook Memorial'],
    ['ESRD on HD (MWF) at Lakeshore Dialysis, is a Ukrainian national', 'organization:Lakeshore Dialysis'],
    ['a transplant evaluation at Northshore Transplant Institute. Last labs', 'organization:Northshore Transplant Institute'],
    ['Alan J. Mercer, MD, Lakeview Radiology Associates', 'organization:Lakeview Radiology Associates'],
    ['Follow-up at 上海瑞和国际医疗中心 on 2024年5月6日。', 'organization:上海瑞和国际医疗中心'],
    ['Discharged to 慈暉護老院, 新界沙田大圍村南道12號.', 'organization:慈暉護老院'],
    ['Primary pediatrician: Brookwood Pediatrics, San Antonio.', 'organization:Brookwood Pediatrics, San Antonio'],
    ['Heartcare Multispeciality Hospital, Pune — Discharge Summary', 'organization:Heartcare Multispeciality Hospital, Pune'],
    ["St. Brendan's Medical Center, Springfield, IL\nMrs. O'Brien", "organization:St. Brendan's Medical Center, Springfield, IL"],
  ])('takes %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['是你们医院骨科病房患者的家属', '你们医院'],
    ['出生医院是哪家', '出生医院'],
    ['在互联网医院复诊', '互联网医院'],
    ['Maria Lopes saw her. May she go home?', 'May'],
    ['Follow-up at Mayo Clinic, Dermatology.', 'Dermatology'],
    ['Mr Robert Graves was seen. Graves disease was ruled out.', 'Graves disease'],
    ['Mrs Hope Cushing: Cushing syndrome screen negative.', 'Cushing syndrome'],
    ['Ashcroft Ward: Mrs Beryl Ashcroft is on Parkinson medication; Parkinson nurse informed.', 'Parkinson'],
  ])('leaves %s', (text, kept) => {
    const result = deidentify(text, { referenceYear: 2026 });
    const at = text.indexOf(kept);
    expect(result.findings.filter((f) => f.start < at + kept.length && f.end > at)).toEqual([]);
  });
});
