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
    ['Primary pediatrician: Brookwood Pediatrics, San Antonio.', 'organization:Brookwood Pediatrics'],
    ['Primary pediatrician: Brookwood Pediatrics, San Antonio.', 'address:San Antonio'],
    ['Heartcare Multispeciality Hospital, Pune — Discharge Summary', 'organization:Heartcare Multispeciality Hospital'],
    ['Heartcare Multispeciality Hospital, Pune — Discharge Summary', 'address:Pune'],
    ["St. Brendan's Medical Center, Springfield, IL\nMrs. O'Brien", "organization:St. Brendan's Medical Center"],
    ["St. Brendan's Medical Center, Springfield, IL\nMrs. O'Brien", 'address:Springfield'],
    ['病人 Patient：黃柏翰 Huang Po-Han，ID：H125739046', 'name:黃柏翰'],
    ['病人 Patient：黃柏翰 Huang Po-Han，ID：H125739046', 'name:Huang Po-Han'],
    ['Patient: John Miller（米约翰），DOB 1975-08-30', 'name:米约翰'],
    ['Mr. CHEUNG Ka Wai 張家偉, HKID K739105(6)', 'name:張家偉'],
    ['聯絡人：太太陳李美玲，電話 9123 4567。', 'name:陳李美玲'],
    ['5號床 何太（何陳秀瓊）有 DM，今晚', 'name:何陳秀瓊'],
    ['小刘：是李福田吗？他女儿李娟刚给我打电话', 'name:李福田'],
    ['另外急诊那个马晓东（身份证 42010619661009071X），CT提示', 'name:马晓东'],
    ['您好，我是病患李月娥的兒子王偉倫。', 'name:李月娥'],
    ['sam: the infusion pump in rm 312 keeps alarming\nlee: pt is mrs. rosales right?', 'name:sam'],
    ['sam: the infusion pump in rm 312 keeps alarming\nlee: pt is mrs. rosales right?', 'name:lee'],
    ["[07:44] also can someone call jessica's mom back\n[07:46] will do - tom", 'name:jessica'],
    ["[07:44] also can someone call jessica's mom back\n[07:46] will do - tom", 'name:tom'],
    ['Update from the study nurse, Maria Lopes, this week.\nKen', 'name:Ken'],
  ])('takes %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['是你们医院骨科病房患者的家属', '你们医院'],
    ['出生医院是哪家', '出生医院'],
    ['在互联网医院复诊', '互联网医院'],
    ['Maria Lopes saw her. May she go home?', 'May'],
    ['Follow-up at Mayo Clinic, Dermatology.', 'Dermatology'],
    ['是明天吗？', '明天'],
    ['是高烧吗？', '高烧'],
    ['那个王医生说', '那个'],
    ['这位张老师，男，45岁', '这位'],
    ['处方：黄柏片，每日两次', '黄柏'],
    ['Seen by David Lee 高血压，', '高血压'],
    ['Han Chinese ancestry, BRCA negative', 'Han'],
    ['王建国 Follow Up in two weeks', 'Follow Up'],
    ["the patient's mom called", 'mom'],
    ['BP stable.\nWill', 'Will'],
    ['Mr Robert Graves was seen. Graves disease was ruled out.', 'Graves disease'],
    ['Mrs Hope Cushing: Cushing syndrome screen negative.', 'Cushing syndrome'],
    ['Ashcroft Ward: Mrs Beryl Ashcroft is on Parkinson medication; Parkinson nurse informed.', 'Parkinson'],
  ])('leaves %s', (text, kept) => {
    const result = deidentify(text, { referenceYear: 2026 });
    const at = text.indexOf(kept);
    expect(result.findings.filter((f) => f.start < at + kept.length && f.end > at)).toEqual([]);
  });
});
