import { deidentify } from './deidentifier';

/** Clinical content that tempts the name, organisation and address rules: none of it may be removed. */
describe('clinical content the de-identifier keeps', () => {
  it.each([
    // Organisms written with a capitalised species word
    'Blood cultures grew Escherichia Coli, sensitive to ceftriaxone.',
    'CSF PCR positive for Neisseria Meningitidis.',
    'Sputum: Stenotrophomonas Maltophilia and Moraxella Catarrhalis.',
    'Stool microscopy showed Strongyloides Stercoralis larvae.',
    'Q fever serology: Coxiella Burnetii phase II IgG raised.',
    '痰培养：鲍曼不动杆菌，碳青霉烯耐药。',
    // Two-name eponyms
    'Cheyne Stokes respiration overnight; Cheyne Stokes呼吸。',
    'Ziehl Neelsen染色阳性，抗酸杆菌。',
    'Planned Ivor Lewis oesophagectomy next week.',
    'Known Ehlers Danlos, hypermobile type.',
    'Kayser Fleischer rings seen on slit lamp.',
    'Jackson Pratt drain removed, 20 mL serous; Lund Browder chart 18% TBSA.',
    'Hill Sachs lesion on MRI; Charcot Leyden crystals in sputum.',
    '诊断：艾森曼格综合征。',
    // Wards and services
    'Transferred to Nightingale Ward, then to Florence Ward; Seacole Ward has a side room.',
    'Admitted to Respiratory Ward, stepped down from Cardiology Ward.',
    'Stepped down to Cardiology, then Poppy Ward; Ivy Ward is full.',
    'Reviewed by the Heart Failure Nurse Specialist and Speech and Language Therapy.',
    // Ethnicity as a clinical fact
    'Ashkenazi Jewish ancestry: offer BRCA testing.',
    // Everyday words that are also given names
    'Hazel nut allergy since childhood.',
    'Ginger tea helps the nausea.',
    'Penny swallowed by a toddler, seen on X-ray.',
    'Heather pollen makes her wheeze.',
    'Olive oil enema considered.',
    // Scores named after an institution; countries
    "King's College Criteria met for transplant listing.",
    'Cleveland Clinic incontinence score 12.',
    'Born in Pakistan, BCG scar present.',
    // Traditional Chinese medicine and headings
    '中医诊断：石淋。',
    '方案一：继续原抗生素。',
    '郑声、谵语，神志不清。',
    '郎飞结。',
    '章门、期门穴位按压。',
    '丰隆、曲池、足三里针刺。',
    '卫气营血辨证：卫分证。',
    '温胆汤、温疟。',
    '洪脉、洪大有力。',
    '戴阳证。',
    '黄带、白带增多。',
    '毛果芸香碱滴眼。',
    '包块、包膜完整。',
    '贾第虫。',
    '时疫。',
    '房缺、曲张。',
    '安宫牛黄丸、安宫黄体酮。',
    '杨梅疮。',
    '孙络、方证、方脉。',
    '关格、管型。',
    '黄斑水肿；罗音，胡桃夹综合征；高渗状态。丁卡因表面麻醉。',
    '黄斑。罗音。胡桃夹。丁卡因。',
    '马脾风、牛程蹇、石水。高张盐水、高弹力袜。',
    // A virus named after a place
    'Ross River virus serology positive.',
    // Diagnoses in German and a line that ends in an initial-like unit before a heading
    'Diagnosen:\n- Hashimoto-Thyreoiditis (E06.3)\n- Arterielle Hypertonie',
    'VS 78 mm, CRP 95 mg/L.\nDiagnostic : maladie de Horton',
  ])('keeps %s', (text) => {
    expect(deidentify(text).text).toBe(text);
  });

  it('still removes names beside these words', () => {
    expect(deidentify('Florence Ward, 82F, fell at home.').text).toBe('[姓名], 82F, fell at home.');
    expect(deidentify('Agnes Whitfield was transferred to Nightingale Ward.').text).toBe('[姓名] was transferred to Nightingale Ward.');
    expect(deidentify('患者鲍丽君，痰培养：鲍曼不动杆菌。').text).toBe('患者[姓名]，痰培养：鲍曼不动杆菌。');
    expect(deidentify('郑伟，男，45岁。郑声、谵语。').text).toBe('[姓名]，男，45岁。郑声、谵语。');
    expect(deidentify('患者洪大伟，男，脉洪大有力。').text).toBe('患者[姓名]，男，脉洪大有力。');
    expect(deidentify('家属章明陪同，章门穴按压。').text).toBe('家属[姓名]陪同，章门穴按压。');
    expect(deidentify('李章门诊复查。郑声，男，45岁。').text).toBe('[姓名]门诊复查。[姓名]，男，45岁。');
    expect(deidentify('Jackson Miller checked the Jackson Pratt drain.').text).toBe('[姓名] checked the Jackson Pratt drain.');
    expect(deidentify('Ross Miller was seen; Ross River virus IgM negative.').text).toBe('[姓名] was seen; Ross River virus IgM negative.');
  });
});
