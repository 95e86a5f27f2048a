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
    '诊断：艾森曼格综合征。',
    // Wards and services
    'Transferred to Nightingale Ward, then to Florence Ward; Seacole Ward has a side room.',
    'Admitted to Respiratory Ward, stepped down from Cardiology Ward.',
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
  ])('keeps %s', (text) => {
    expect(deidentify(text).text).toBe(text);
  });

  it('still removes names beside these words', () => {
    expect(deidentify('Florence Ward, 82F, fell at home.').text).toBe('[姓名], 82F, fell at home.');
    expect(deidentify('Agnes Whitfield was transferred to Nightingale Ward.').text).toBe('[姓名] was transferred to Nightingale Ward.');
    expect(deidentify('患者鲍丽君，痰培养：鲍曼不动杆菌。').text).toBe('患者[姓名]，痰培养：鲍曼不动杆菌。');
  });
});
