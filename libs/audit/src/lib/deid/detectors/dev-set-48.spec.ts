import { coveredAs, untouched } from './dev-set.spec-support';

/** The rules added after outside set 48 was scored blind, with what each must leave. */
describe('de-identification rules from outside set 48', () => {
  it.each([
    // Counties whose names open with 于, emergency stations, disease-control centres and mental-health centres.
    ['于都县妇幼保健院产房记录：钟小凤，27岁', '妇幼保健院', 'organization'],
    ['于都县妇幼保健院产房记录：钟小凤，27岁', '于都县', 'address'],
    ['威宁县120急救分站出车记录：2026年3月14日', '120急救分站', 'organization'],
    ['威宁县120急救分站出车记录：2026年3月14日', '威宁县', 'address'],
    ['蔚县120指挥中心 调度单', '120指挥中心', 'organization'],
    ['蔚县120指挥中心 调度单', '蔚县', 'address'],
    ['【凤凰县疾控】吴思语家长您好', '疾控', 'organization'],
    ['【凤凰县疾控】吴思语家长您好', '凤凰县', 'address'],
    ['海伦市精神卫生中心非自愿住院告知书', '精神卫生中心', 'organization'],
    ['海伦市精神卫生中心非自愿住院告知书', '海伦市', 'address'],
    // Names of any people's shape in the fields of a record: after the patient's label before sex, after a bed before sex,
    // opening a line before age, before an ethnicity in brackets, and spaced out on a scanned form.
    ['患者：拉毛草　性别：女　编号：TB-623027', '拉毛草', 'name'],
    ['9床 其木格，女，72岁，COPD急性加重', '其木格', 'name'],
    ['14床 那仁满都拉，男，80岁', '那仁满都拉', 'name'],
    ['孕产妇高危管理登记\n吉克阿依，24岁，孕3产2', '吉克阿依', 'name'],
    ['接报，禄阿支（彝族，女，41岁）在家中摔伤', '禄阿支', 'name'],
    ['吴思语家长您好：您的孩子应于5月接种。', '吴思语', 'name'],
    ['姓名 : 蔡 永 红   性别 : 女', '蔡 永 红', 'name'],
    ['医师 : 程 立 新', '程 立 新', 'name'],
    // Addresses after the labels of South Asian, East African and Malaysian forms, after "r/o" and "lives at".
    ['Address: Vill: Charpara, P.O.: Bhairab Bazar, Upazila: Bhairab, Dist: Kishoreganj', 'Charpara', 'address'],
    ['Residence: Nyalenda B, Kisumu East\nAdmitted 14/02/2026', 'Nyalenda B, Kisumu East', 'address'],
    ['Village: Pece Laroo, Gulu City', 'Pece Laroo, Gulu City', 'address'],
    ['Alamat: Kampung Bunga Raya, Batu 3 Jalan Apin-Apin, 89008 Keningau, Sabah', 'Kampung Bunga Raya, Batu 3 Jalan Apin-Apin', 'address'],
    ['Ghulam Rasool, 46, r/o House 17, Street 9, Mohalla Islampura, Shahdara, Lahore.', 'House 17, Street 9, Mohalla Islampura, Shahdara, Lahore', 'address'],
    ['DOB 1981-05-17. Lives at the Marble Arms Hotel, 160 E Hastings St, Room 312.', 'Marble Arms Hotel, 160 E Hastings St', 'address'],
    ['DOB 1981-05-17. Lives at the Marble Arms Hotel, 160 E Hastings St, Room 312.', '312', 'bed'],
  ] as const)('takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });

  it.each([
    ['患者：神志清楚，精神可，男性体征无异常。', '神志清楚'],
    ['患儿，5岁，发热3天。', '患儿'],
    ['患者：不详　性别：男', '不详'],
    ['3床 患者，女，65岁，术后第2天。', '患者'],
    ['急诊于120急救中心转来。', '急救中心'],
    ['市疾控要求上报。', '市疾控'],
    ['于田间劳作时被蛇咬伤。', '田间'],
    ['家长您好，请按时接种。', '家长'],
    ['Lives at home with his wife; Lives at Home Farm? no.', 'home'],
    ['Residence: own home, independent with stairs.', 'own home'],
    ['Village: none recorded.', 'none'],
    // A measure that opens with a surname character; brands of a drug named before the drug and its dose.
    ['食管下段黏膜破损融合但 <75% 周径，洛杉矶分级 C 级', '周径'],
    ['Contraception options discussed: Camila or Heather (norethindrone 0.35 mg POP), Junel Fe 1/20.', 'Camila'],
    ['Contraception options discussed: Camila or Heather (norethindrone 0.35 mg POP), Junel Fe 1/20.', 'Heather'],
    ['Switched to Grace (levothyroxine 50 mcg) last year.', 'Grace'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});

/** What an outside attack on the set-48 rules found them taking from clinical text, and the identifiers they left. */
describe('de-identification rules from outside set 48, against an outside attack', () => {
  it.each([
    // "r/o" is "rule out" in clinical notes; "P.O." is "by mouth".
    ['Admitted to r/o MI.', 'MI'],
    ['Plan: R/O ACS, serial ECGs and troponin.', 'ACS, serial ECGs and troponin'],
    ['r/o Cauda equina syndrome: urgent MRI.', 'Cauda equina syndrome'],
    ['Amoxicillin P.O.: 500 mg three times daily for 5 days', '500 mg three times daily'],
    // Labels of where or how someone lives, with no address after them.
    ['Residence: Nursing home, requires hoist for transfers.', 'Nursing home'],
    ['Residence: Homeless, sleeping rough.', 'Homeless'],
    ['Locality: Rural, 40 km from the nearest hospital.', 'Rural'],
    ['Lives at 2nd floor flat, no lift.', '2nd floor flat'],
    ['Resident of ICU for 3 weeks with ARDS.', 'ICU for 3 weeks'],
    // Fractions, scores and counts after "today".
    ['VA today 6/9 in clinic, improved.', '6/9'],
    ['Chemotherapy cycle today 4/6 in day unit.', '4/6'],
    ['Murmur today 3/6 on the ward round.', '3/6'],
    ['Pulmonary rehab: attended today 3/6 in outpatients.', '3/6'],
    ['Residence: 2-storey house with 14 stairs.', '2-storey house'],
    // Fields of care named "Health", and a kind of trust or board rather than its name.
    ['Referred to Pelvic Health physiotherapy; Breast Health clinic; Refugee Health team.', 'Pelvic Health'],
    ['Referred to Pelvic Health physiotherapy; Breast Health clinic; Refugee Health team.', 'Breast Health'],
    ['Transfer back to the Referring NHS Trust once stable.', 'Referring NHS Trust'],
    ['Inform the Responsible Health Board.', 'Responsible Health Board'],
    // HL7 results: an automatic verifier is no person.
    ['OBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L|3.9-6.1|N|||F|||20260301||AUTO^Autoverified', 'Autoverified'],
    // Chinese record fields holding a visit kind, a state or a group, and text before a bracketed group or 家长.
    ['患者：复诊　性别：女', '复诊'],
    ['服务对象：独居老人，男，80岁', '独居老人'],
    ['3床 术后，女，65岁，腹腔镜胆囊切除术后第1天。', '术后'],
    ['5床 新入院，男，70岁', '新入院'],
    ['经产妇，32岁，G3P2。', '经产妇'],
    ['女童，5岁，发热3天。', '女童'],
    ['长期熬夜（上班族，每日睡眠4小时）。', '长期熬夜'],
    ['温馨提示家长：请按时接种。', '温馨提示'],
    ['申请医师：康复科', '康复科'],
    ['按国家疾控局要求上报。', '按国家疾控'],
    ['已电话通知辖区疾控。', '辖区疾控'],
    ['院前急救站转入。', '院前急救站'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });

  it.each([
    ['Gave Margaret (paracetamol 1 g) at 22:00 per chart.', 'Margaret', 'name'],
    ['湄潭县疾控中午来电。', '疾控', 'organization'],
    ['湄潭县疾控中午来电。', '湄潭县', 'address'],
    ['MSH|^~\\&|LAB|NAKURU|||20260301\rPID|1||7781234^^^NKH^MR||MWANGI^WANJIRU||19800101|F|||14 KENYATTA AVE^^NAKURU', 'MWANGI', 'name'],
    ['MSH|^~\\&|LAB|NAKURU|||20260301\n  PID|1||5512093^^^NKH^MR||NAKAMURA^HIROSHI', 'NAKAMURA', 'name'],
  ] as const)('takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });
});
