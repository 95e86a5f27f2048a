import { coveredAs, untouched } from './dev-set.spec-support';

/** The rules added after outside set 49 was scored blind, with what each must leave. */
describe('de-identification rules from outside set 49', () => {
  it.each([
    // A role of the staff, the escort or the scene before a colon, the name ending its field.
    ['医师：冯锐　陪同狱警：包建业', '包建业', 'name'],
    ['报告人：安全员 0472-2186530\n经治医师：其木格', '其木格', 'name'],
    ['交班：褚玉兰　接班：方圆', '方圆', 'name'],
    ['护理记录完毕。\n记录：晏倩', '晏倩', 'name'],
    // An aircraft's registration mark after the word that names it.
    ['Arrived 04/03/2026 on MAF flight P2-MAK from Kerema.', 'P2-MAK', 'vehicle'],
    ['Retrieval 03/09/2026 · Aircraft N871LM\nFrom: Bethel', 'N871LM', 'vehicle'],
    ['Mission 22/02/2026 · aircraft VH-NXD\nCalled by the ED', 'VH-NXD', 'vehicle'],
  ] as const)('takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });

  it.each([
    // Transliterated eponyms of scales and consensus statements, trade names and a herb that open with a surname.
    ['蒙哥马利-艾森贝格抑郁量表（MADRS）28 分；艾森克人格问卷（EPQ）N 分 T=68', '蒙哥马利'],
    ['蒙哥马利-艾森贝格抑郁量表（MADRS）28 分；艾森克人格问卷（EPQ）N 分 T=68', '艾森克'],
    ['幽门螺杆菌：马斯特里赫特Ⅵ/佛罗伦萨共识（2022），铋剂四联 14 天', '马斯特里赫特'],
    ['维生素 AD（伊可新）1 粒 qd 自出生 2 周起。', '伊可新'],
    ['维生素 AD（伊可新）1 粒 qd 自出生 2 周起。', '周起'],
    ['止咳：潘高寿川贝枇杷露 15 ml tid，糖尿病患者慎用。', '潘高寿'],
    ['避免 NSAIDs 及含马兜铃酸中药（关木通、广防己）。', '关木通'],
    // Brands, plants and place-named diseases that read like names; a list of codes after one code system's label.
    ['Ella (ulipristal acetate 30 mg) is effective up to 120 h after UPSI.', 'Ella'],
    ['CSF IgM; West Nile neuroinvasive disease in 1 in 150 infections.', 'West Nile'],
    ['Sage and Olive oil home remedies are not recommended for open wounds.', 'Olive'],
    ['Sweet Annie (Artemisia annua) tea is NOT adequate prophylaxis.', 'Annie'],
    ['Liver: Hong Kong Liver Cancer staging IIb vs BCLC B', 'Kong Liver'],
    ['NSTEMI: ICD-10 I21.4; SNOMED CT 22298006, 49436004.', '49436004'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });

  it.each([
    // What the guards above must not cost: a name after a number of weeks, a row's name, a name before a plain word.
    ['3周后周杰复查', '周杰', 'name'],
    ['1 周起明 男 45', '周起明', 'name'],
    ['Seen with Mary Chen today; disease free since 2019.', 'Mary Chen', 'name'],
    ['Gave Margaret (paracetamol 1 g) at 10:00.', 'Margaret', 'name'],
    ['MRN 49436004, admitted 3 March.', '49436004', 'mrn'],
  ] as const)('still takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });
});

/** What an outside attack on the set-49 rules found them leaking or taking from clinical text. */
describe('de-identification rules from outside set 49, against an outside attack', () => {
  it.each([
    // A person with a fever is no place-named disease; a patient opening a handover line is no brand.
    ['Annie Smith with fever and cough for 3 days.', 'Annie Smith', 'name'],
    ['Olive Turner denies fever or rigors.', 'Olive Turner', 'name'],
    ['Called Jack Wilson about fever, no answer.', 'Jack Wilson', 'name'],
    ['Handover:\nMargaret (oxycodone 5 mg PRN) settled overnight.', 'Margaret', 'name'],
    ['患者潘高寿，男，82岁，咳嗽3天。', '潘高寿', 'name'],
    // Role labels written otherwise, and names ended by a list mark or a slash.
    ['经治医生：巴特尔\n', '巴特尔', 'name'],
    ['记录者 ： 晏倩', '晏倩', 'name'],
    ['押解干警：包建业、綦振', '包建业', 'name'],
    ['调剂：冯丽/核对：何静', '冯丽', 'name'],
    // Speakers of a ward chat whose names are spelled by sound and have no surname.
    ['【心内科工作群】\n李振华：3床 肌钙蛋白 2.31\n古丽米拉：收到，已呼导管室\n库尔班：[图片] 凝血结果', '古丽米拉', 'name'],
    ['【心内科工作群】\n李振华：3床 肌钙蛋白 2.31\n古丽米拉：收到，已呼导管室\n库尔班：[图片] 凝血结果', '库尔班', 'name'],
    // Registration marks after the other words for an aircraft, and Japan's marks, which have no hyphen.
    ['Tail # C-GKWD on the ramp.', 'C-GKWD', 'vehicle'],
    ['转运直升机 B-7185 于 14:20 落地。', 'B-7185', 'vehicle'],
    ['Doctor-heli transfer: helicopter JA6911 landed at 14:20.', 'JA6911', 'vehicle'],
  ] as const)('still takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });

  it.each([
    // Aircraft types and gases are no registration marks; states of a shift are no names.
    ['Transferred by helicopter UH-60M to the trauma centre.', 'UH-60M'],
    ['Evacuated on aircraft C-130 with 12 stretchers.', 'C-130'],
    ['Avoid in-flight N2O for pneumothorax.', 'N2O'],
    ['Aircraft: N95 masks for all crew.', 'N95'],
    ['夜班记录：安静。', '安静'],
    ['交班：平安。', '平安'],
    ['记录：齐全。', '齐全'],
    ['抗抑郁药通常 2~4 周起效。', '周起效'],
    ['疗程 6 周左右。', '周左右'],
    ['核对：无误。', '无误'],
    ['诊断：急性心梗\n阿莫西林：0.5 g tid\n处理：观察', '阿莫西林'],
    ['(0010,0010) PN [ANONYMIZED]', 'ANONYMIZED'],
    ['Flight nurse reported in-flight oxygen 2 L; flight of ideas noted.', 'flight'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});

/** Places of custody, courts, blood stations and funeral homes, named as where a person is held, seen or taken. */
describe('de-identification of custody, court, blood-station and funeral-home names', () => {
  it.each([
    ['北京市第三看守所医务室 入所健康检查表', '北京市第三看守所', 'organization'],
    ['安徽省宿州强制隔离戒毒所 医疗中心 病程记录', '宿州强制隔离戒毒所', 'organization'],
    ['赣州市中心血站 献血者健康征询及检测结果记录', '中心血站', 'organization'],
    ['【高雄捐血中心】感謝您於屏東捐血室捐血 500 c.c.', '屏東捐血室', 'organization'],
    ['【爱康国宾厦门思明体检分院】个人体检报告', '爱康国宾厦门思明体检分院', 'organization'],
    ['玉溪明镜司法鉴定所 法医临床司法鉴定意见书', '玉溪明镜司法鉴定所', 'organization'],
    ['Requested by Chelston Police Station, DR 418/26', 'Chelston Police Station', 'organization'],
    ["On remand (Gulu Chief Magistrate's Court, case 0412).", "Gulu Chief Magistrate's Court", 'organization'],
    ['Disposition: burial, Hall Funeral Home, Iaeger', 'Hall Funeral Home', 'organization'],
  ] as const)('takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });

  it.each([
    ['建议去体检中心复查。', '体检中心'],
    ['健康体检中心报告已出。', '健康体检中心'],
    ['在监狱服刑期间发病。', '监狱'],
    ['按法院要求出具证明。', '法院'],
    ['送血站检测。', '血站'],
    ['Seen at Juvenile Court last week.', 'Juvenile Court'],
    ['Court order for treatment: Family Court.', 'Family Court'],
    ['Prison Health Service protocol applies.', 'Prison Health Service'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});

/** What a second outside attack, on the rules as mended and the ones added after, found them leaking or taking. */
describe('de-identification rules from outside set 49, against a second outside attack', () => {
  it.each([
    // A person before a fever, an encephalitis panel or a cancer service; a patient opening a handover line.
    ['Bed 4 Jack Wilson fever 39.2, cultures sent.', 'Jack Wilson', 'name'],
    ['Amy Wong encephalitis panel sent.', 'Amy Wong', 'name'],
    ['Referred by Sarah Jones Breast Cancer CNS.', 'Sarah Jones', 'name'],
    ['Handover:\nMargaret (morphine 2.5 mg PRN) is settled.', 'Margaret', 'name'],
    ['Handover:\nEdith (warfarin 3 mg) is due an INR tomorrow.', 'Edith', 'name'],
    ['患者伊可新，女，6岁，发热2天。', '伊可新', 'name'],
    ['患者蒙哥马利，男，65岁，美国籍。', '蒙哥马利', 'name'],
    // FHIR names inside objects that hold a period or an extension, and the ids of person references.
    ['{"resourceType":"Patient","name":[{"use":"old","family":"Ahmadi","given":["Farid"],"period":{"end":"2019"}}]}', 'Ahmadi', 'name'],
    ['{"resourceType":"Encounter","subject":{"reference":"Patient/pat-88231"}}', 'pat-88231', 'other-id'],
  ] as const)('still takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });

  it.each([
    // FHIR references to departments, systems and groups; identifiers of products and code systems.
    ['{"resourceType":"Observation","performer":[{"display":"Clinical Chemistry Laboratory"}]}', 'Clinical Chemistry Laboratory'],
    ['{"resourceType":"Observation","performer":[{"reference":"Organization/lab1","display":"检验科"}]}', '检验科'],
    ['{"resourceType":"Medication","identifier":[{"system":"http://hl7.org/fhir/sid/ndc","value":"0069-3150-83"}]}', '0069-3150-83'],
    // DICOM phantoms, placeholders per component, device dates and a department.
    ['(0010,0010) PN [PHANTOM^CATPHAN600]', 'CATPHAN600'],
    ['(0010,0010) PN [Anonymized^Anonymized]', 'Anonymized'],
    ['(0008,1040) LO [RADIOLOGY]   # InstitutionalDepartmentName', 'RADIOLOGY'],
    // Kinds of custody, court and police body named by a generic word, and a clause before the kind word.
    ['依法送强制隔离戒毒所。', '强制隔离戒毒所'],
    ['由公安派出所出具证明。', '公安派出所'],
    ['依据最高人民法院的司法解释。', '最高人民法院'],
    ['Scottish Prison Service healthcare policy applies.', 'Scottish Prison'],
    ['Transferred from the Remand Prison clinic.', 'Remand Prison'],
    ['Reported to the Railway Police Station.', 'Railway Police Station'],
    ['An Independent Funeral Home was chosen.', 'Independent Funeral Home'],
    ['Application to the Chief Magistrate’s Court.', 'Chief Magistrate'],
    // Headings and lists spelled by sound in a chat-like layout with no person speaking.
    ['旅行史：\n马来西亚：2周\n新加坡：3天', '马来西亚'],
    ['用药：\n沙库巴曲：50 mg bid\n阿斯伯格：否', '沙库巴曲'],
    // Words of a shift after a role label; a herb after a dispensing label; device names after flight words.
    ['接班：明白。', '明白'],
    ['记录：简要。', '简要'],
    ['调剂：田七粉 3g', '田七粉'],
    ['HEMS ER-REBOA deployed at scene.', 'ER-REBOA'],
    ['Flight CT-ANGIO protocol.', 'CT-ANGIO'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
