import { coveredAs, findingsOf, untouched } from './dev-set.spec-support';

/** The rules and guards added after outside set 50 was scored blind, with what each must leave. */
describe('de-identification rules from outside set 50', () => {
  it.each([
    // Transliterated eponyms: the second name of a hyphenated syndrome, a pupil named after its describer.
    ['鉴别诊断：斯特奇-韦伯综合征、结节性硬化。', '韦伯'],
    ['瞳孔异常鉴别：霍纳综合征、阿迪瞳孔、阿-罗瞳孔。', '阿迪'],
    // Brands in a list of drugs: the list's doses or its head word say what they are.
    ['Contraception: progestin-only Camila or Heather; combined Yaz.', 'Camila'],
    ['Contraception: progestin-only Camila or Heather; combined Yaz.', 'Heather'],
    ['Regimen: Imbruvica 420 mg, Venclexta 400 mg, Darzalex Faspro, Revlimid 25 mg.', 'Darzalex Faspro'],
    // A list of SNOMED CT codes, each with its term in brackets.
    ['Problems: SNOMED CT 59621000 (essential hypertension), 73211009 (diabetes mellitus), 709044004 (CKD).', '73211009'],
    ['Problems: SNOMED CT 59621000 (essential hypertension), 73211009 (diabetes mellitus), 709044004 (CKD).', '709044004'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });

  it.each([
    // What the guards must not cost: a person beside a list of doses, a patient diagnosed with a syndrome.
    ['Meds given by Heather Smith: aspirin 300 mg, clopidogrel 300 mg.', 'Heather Smith', 'name'],
    ['患者王芳，女，45岁，诊断：库欣综合征。', '王芳', 'name'],
    ['MRN 73211009, admitted with CKD.', '73211009', 'mrn'],
  ] as const)('still takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });
});

/** Identity numbers, telephones and system user names from outside set 50. */
describe('identity numbers, telephones and user names from outside set 50', () => {
  it.each([
    // A Taiwan ID whose check digit holds, written bare, and a resident certificate after 居留證.
    ['長輩：林秀鳳（A223456781），83歲，CDR 1', 'A223456781', 'id-card'],
    ['病人：TRAN VAN MINH，居留證 A800000014，護照 C7712345', 'A800000014', 'id-card'],
    // National identity cards by the names they go by.
    ['Donor: Mr. Salem Al-Mutairi, civil ID 287031201456, DOB 12/03/1987', '287031201456', 'id-card'],
    ['Patient: Naledi Phiri | Omang 512834907 | Sex F', '512834907', 'id-card'],
    ['MRN 3009871 | M | EID 784-1990-1234567-1', '784-1990-1234567-1', 'id-card'],
    ['Patient: Maria Borg, ID card 0384512M, DOB 02.05.1961', '0384512M', 'id-card'],
    ['Patient: Kerron Best | NRN 870612-0145 | DOB 12/06/1987', '870612-0145', 'id-card'],
    // Telephones: spaced digits after a label, Taiwan's area codes in brackets, short island numbers after "ph".
    ['联系人 王建东（夫）   电话  1 3 9 0 2 7 7 5 4 1 8\n现住址', '1 3 9 0 2 7 7 5 4 1 8', 'phone'],
    ['住址：馬公市中正路12號　電話 (06) 926-1234', '(06) 926-1234', 'phone'],
    ["Physio: 'Ana Fifita, ph 874 2231", '874 2231', 'phone'],
    ['Husband   Sione   Vea          Ph 75 12 046', '75 12 046', 'phone'],
    ['Tel   869  555  0147\nLMP', '869  555  0147', 'phone'],
    ['Ok. My number is 7712233.', '7712233', 'phone'],
    // An address after its label stops before the next field.
    ['地址：金安区人民路21号　邮编 237005　电话 0564-3331234', '0564-3331234', 'phone'],
    // System user names after the word for who printed, typed or exported.
    ['打印终端 10.0.0.7 操作员 zhangxl', 'zhangxl', 'account'],
    ['翻譯：阮氏蘭 LINE: lan_tyvn', 'lan_tyvn', 'account'],
    ['Rx ready | tech: jmorneau | RPh: K. Lavoie', 'jmorneau', 'account'],
    ['Report typed by: mdupont\nSent to the GP', 'mdupont', 'account'],
    ['Exported 2026-01-14 by rvelasco', 'rvelasco', 'account'],
  ] as const)('takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });

  it.each([
    // A Taiwan-shaped code whose check digit fails, pH values, user words that are English words.
    ['Lot A223456782 expired', 'A223456782'],
    ['ABG: pH 7.352, pCO2 38', '7.352'],
    ['Entered by nursing staff at 10:00', 'nursing'],
    ['Exported 2026-01-14 by request of the ward', 'request'],
    ['Tech: manual differential', 'manual'],
    ['PICC LINE: 4Fr right basilic, tip at the cavoatrial junction', '4Fr'],
    ['Central line: placement confirmed on CXR', 'placement'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});

/** Names from outside set 50: written apart, by given name alone, after a pharmacist's credential, closing a table row. */
describe('names from outside set 50', () => {
  it.each([
    // A name typed with a space between its characters, on a scanned form.
    ['联系人   王 建 东（夫）   电话  13902775418', '王 建 东'],
    // The given name alone, where the whole name was written before.
    ['長輩：曹秀蘭（F227158647），81歲。\n08:45 秀蘭由兒子送達，量血壓 150/90。', '秀蘭由'],
    // A pharmacist's credential before an initial and a surname; an initial and a surname closing a table row.
    ['Rx ready | tech: jmorneau | RPh: K. Lavoie\nRx 7741219', 'K. Lavoie'],
    ['1 | PH-26-3385 | ACT | 1 pack | G. Kollie\n2 | PH-26-3386', 'G. Kollie'],
    // A surname, a comma and the given names: one name.
    ['{"name":"Ebanks, Clifton Oswald","dob":"1929-08-17"}', 'Ebanks, Clifton Oswald'],
  ])('takes the name in %s', (text, part) => {
    const name = part.endsWith('由') ? part.slice(0, -1) : part;
    const at = text.indexOf(part);
    expect(findingsOf(text).some((f) => f.type === 'name' && f.start <= at && at + name.length <= f.end)).toBe(true);
  });

  it('reads no given name out of the road or the festival that shares its characters', () => {
    for (const text of ['患者王建国，男，65岁。家住建国路12号。', '患者李国庆，男。国庆节后复查。']) {
      const later = text.indexOf('。') + 1;
      expect(findingsOf(text).filter((f) => f.type === 'name' && f.start >= later)).toEqual([]);
    }
  });
});

/** What an outside attack on the set-50 rules found them taking from clinical text or leaking. */
describe('de-identification rules from outside set 50, against an outside attack', () => {
  it.each([
    // Words that open with "tech", devices and software after a user-name label, organisms after "caused by".
    ['Technique: Seldinger, ultrasound guided.', 'nique'],
    ['Technetium-99m MAA scan, Technician on duty.', 'netium'],
    ['Tech: doppler study of both legs.', 'doppler'],
    ['Report typed by dictaphone.', 'dictaphone'],
    ['操作者 ecmo 团队，操作员 ivus 组', 'ecmo'],
    ['Blood culture confirmed, caused by S. Marcescens.', 'S. Marcescens'],
    // Numbers of strains, quality controls, procedures and registries.
    ['质控品编号 QC-L2-7741，校准品编号 CAL-0932', 'QC-L2-7741'],
    ['质控菌株号 ATCC25922，菌种编号 CMCC44102', 'CMCC44102'],
    ['作业指导书编号 SOP-JY-0045', 'SOP-JY-0045'],
    ['ATC分类码 J01CA04；手术操作码 36.0601', '36.0601'],
    ['OMIM number 219700; EudraCT number 2021-003456-12; Strain no. ATCC 25922', '219700'],
    ['OMIM number 219700; EudraCT number 2021-003456-12; Strain no. ATCC 25922', '2021-003456-12'],
    // Scores written digit by digit, dose tiers in brackets, years after PH and a platelet count.
    ['NIHSS 各项 1 3 2 0 0 1 1 0 2 1 0，总分 11', '1 3 2 0 0 1 1 0 2 1 0'],
    ['Dose tiers: (02) 250-500 mg, (03) 500-1000 mg', '250-500'],
    ['PH 2009 2015: cholecystectomy, then hernia repair', '2009 2015'],
    ['Her number for the platelet count is 150 000.', '150 000'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });

  it.each([
    // People listed beside doses; the telephone after an address on one line.
    ['Contacts Heather Doyle, Grace Lin or Camila Ruiz, gave metformin 500 mg and insulin 10 units.', 'Camila Ruiz', 'name'],
    ['Contacts Heather Doyle, Grace Lin or Camila Ruiz, gave metformin 500 mg and insulin 10 units.', 'Grace Lin', 'name'],
    ['Address: 12 Harbour Rd, Oban Tel 01631 562 000', '01631 562 000', 'phone'],
  ] as const)('still takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });
});
