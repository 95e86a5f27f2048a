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
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
