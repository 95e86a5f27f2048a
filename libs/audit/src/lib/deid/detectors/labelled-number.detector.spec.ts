import { labelledNumberDetector } from './labelled-number.detector';

const found = (text: string) => labelledNumberDetector.detect(text).map((d) => [d.type, text.slice(d.start, d.end)]);

describe('labelledNumberDetector', () => {
  it.each([
    ['住院号：20240305018', 'mrn', '20240305018'],
    ['病历号码：7730218    就诊日期', 'mrn', '7730218'],
    ['Name: Miss Oluwaseun Adebayo-Bello   Hosp No: LUTH/HAEM/2019/04471', 'mrn', 'LUTH/HAEM/2019/04471'],
    ['Brian Kiprotich Mutai, 4 years, IP No. KNH/2024/118273', 'mrn', 'KNH/2024/118273'],
    ['PhilHealth No.: 19-050248163-7   SSS No.: 34-5678901-2   Case', 'social-security', '34-5678901-2'],
    ['Aadhaar No.: 7291 6408 3357   ABHA No.: 91-4782-6630-1159', 'other-id', '91-4782-6630-1159'],
    ['CPF: 387.214.956-37   Cartão SUS: 898 0012 3456 7891', 'other-id', '898 0012 3456 7891'],
    ['设备：Siemens SOMATOM Force（SN 75129）', 'device', '75129'],
    ['on Roche cobas 6800 (instrument SN 1240-0573)', 'device', '1240-0573'],
    ['Pacemaker: Medtronic Advisa DR MRI, SN PJN912847S, reprogrammed', 'device', 'PJN912847S'],
    ['IV pump broken, asset tag OHSU-IV-004417', 'device', 'OHSU-IV-004417'],
    ['Consultant: Dr. Lakshmi Narayan (KMC Reg. No. 68213)', 'license', '68213'],
    ['陈国辉 医生（血液科专科医生）MMC 48213', 'license', '48213'],
    ['Physician: Dra. Fernanda Lopes Marques, CRM-SP 145872', 'license', '145872'],
    ['NHIF member no. 9382716 ok', 'other-id', '9382716'],
    ['Medicare 2123 45670 1, IHI 8003 6012 3456 7890, URN 556677.', 'other-id', '8003 6012 3456 7890'],
    ['PPSN 1234567TA; Medical card no. 12345678A.', 'other-id', '12345678A'],
    ['IMEI 86 123456 789012 3 的血糖仪数据已上传。', 'device', '86 123456 789012 3'],
    ['Medicare: 2951 73841 1 (IRN 2)', 'other-id', '2951 73841 1'],
    ['门诊号 MZ2024001234', 'mrn', 'MZ2024001234'],
    ['MRN #00482913', 'mrn', '00482913'],
    ['bed 12', 'bed', '12'],
    ['12床', 'bed', '12'],
    ['3号床', 'bed', '3'],
    ['医保卡号：310000198765432', 'other-id', '310000198765432'],
    ['SSN 123-45-6789', 'social-security', '123-45-6789'],
    ['NHIF No: 12345678, Kenyatta National Hospital.', 'other-id', '12345678'],
    ['Patient: Thabo Mokoena. SA ID 5607165123081. Exam date', 'id-card', '5607165123081'],
    ['Pt Fatima Al-Kuwari, Qatar ID 28563401234.', 'id-card', '28563401234'],
    ['Indonesian patient, NIK 3174091203850002, HP', 'id-card', '3174091203850002'],
    ['Sri Lankan NIC 198512345678, Kumari Perera', 'id-card', '198512345678'],
    ['DNI 48291735S, calle', 'id-card', '48291735S'],
    ['CPF 390.533.447-05 on the referral', 'id-card', '390.533.447-05'],
    ['RUT 16.789.432-1; Santiago', 'id-card', '16.789.432-1'],
    ['CURP GOMR850312HDFNRL09, Mexico City', 'id-card', 'GOMR850312HDFNRL09'],
    ['cédula 1.020.456.789 de Bogotá', 'id-card', '1.020.456.789'],
    ['Emirates ID 784-1985-1234567-1', 'id-card', '784-1985-1234567-1'],
    ['Australian Medicare 2123 45670 1; patient', 'other-id', '2123 45670 1'],
    ['NHIF number 4471203', 'other-id', '4471203'],
    ['护照号 E12345678', 'passport', 'E12345678'],
    ['license no. D1234567', 'license', 'D1234567'],
    ['车架号 LSVAU2180N2183294', 'vehicle', 'LSVAU2180N2183294'],
    ['京A12345', 'plate', '京A12345'],
    ['serial number RNB203456H', 'device', 'RNB203456H'],
    ['00:1A:7D:DA:71:13', 'device', '00:1A:7D:DA:71:13'],
    ['标本号：S20240305-0012', 'other-id', 'S20240305-0012'],
    ['account number 88765401', 'account', '88765401'],
  ])('finds %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ['病历号MRN 88442211', '88442211'],
    ['病历号 MRN 88442211', '88442211'],
    ['住院号ID 88442211', '88442211'],
    ['住院号ID：ZY88442211', 'ZY88442211'],
    ['MRN: 88442211', '88442211'],
    ['病案号88442211', '88442211'],
    ['病历号（MRN）：88442211', '88442211'],
    ['MRN (病案号) 88442211', '88442211'],
    ['住院号/MRN：88442211', '88442211'],
  ])('finds the record number after the mixed Chinese/English label in %s', (text, value) => {
    expect(found(text)).toContainEqual(['mrn', value]);
  });

  it('finds grouped card numbers only when they pass Luhn, and any card number after a card label', () => {
    expect(found('4532 0151 1283 0366')).toContainEqual(['bank-card', '4532 0151 1283 0366']);
    expect(found('4532 0151 1283 0367')).toEqual([]);
    expect(found('银行卡号 6222021000123456782')).toContainEqual(['bank-card', '6222021000123456782']);
  });

  it.each([
    ['病理条码：P24-0031', 'P24-0031'],
    ['条码 20231107001', '20231107001'],
    ['样本编号 XK-19', 'XK-19'],
    ['标本ID：A88', 'A88'],
    ['barcode 4400129', '4400129'],
    ['Barcode no. LB-7711', 'LB-7711'],
    ['specimen # 99120', '99120'],
    ['Sample ID: MB-2291-3', 'MB-2291-3'],
    ['Specimen: 24-SP-0091', '24-SP-0091'],
    ['Lab no. 88123', '88123'],
    ['lab # X-7714', 'X-7714'],
  ])('finds the specimen or barcode number in %s', (text, value) => {
    expect(found(text)).toContainEqual(['other-id', value]);
  });

  it('leaves doses and short values after SN, MMC and CRM alone', () => {
    expect(found('MMC 0.02% applied for 2 min; MMC 40 mg; SN 2 lesions')).toEqual([]);
    expect(found('CRM 12 months follow-up')).toEqual([]);
  });

  it('does not read a count of specimens or a printed barcode as a number', () => {
    expect(found('标本2份送检，样本3管，条码已打印，specimen adequate, sample 2 of 3')).toEqual([]);
    expect(found('Specimen: 100 mL urine. Specimen: blood.')).toEqual([]);
  });

  it.each([
    ['床号：5-08', '5-08'],
    ['床号 12-3', '12-3'],
    ['3病区12床患者', '3病区12'],
    ['5病房3号床', '5病房3'],
    ['Bed 14 reviewed', '14'],
    ['Bed 3, 4 days post-op', '3'],
  ])('takes the ward and the bed of %s whole, as a bed', (text, value) => {
    expect(found(text)).toEqual([['bed', value]]);
  });

  it.each([
    ['Now in CCU bed 4.', 'CCU bed 4'],
    ['ICU bed 12: intubated.', 'ICU bed 12'],
    ['Seen in ward 7A bed 3 today.', 'ward 7A bed 3'],
    ['Ward 6, bed 14 – Mr Jones.', 'Ward 6, bed 14'],
    ['5B bed 2, NBM', '5B bed 2'],
    ['外科3病区 12床，术后第2天。', '3病区 12'],
    ['心内科二病区8床。', '二病区8'],
    ['Hospital Kuala Lumpur, wad 5B katil 12.', 'wad 5B katil 12'],
    ['由急诊转入 RICU 06 床。', '06'],
  ])('takes a ward written before its bed with it: %s', (text, value) => {
    expect(found(text)).toContainEqual(['bed', value]);
  });

  it.each(['ICU bed 3 days after surgery', 'ICU stay, bed rest 2 days', 'Stage 4B bed 2 weeks', 'ward round, bed 3-4 days'])(
    'leaves a ward before a time in bed: %s',
    (text) => {
      expect(found(text).filter(([, value]) => /ICU|4B|ward/i.test(value ?? ''))).toEqual([]);
    },
  );

  it.each([
    'bed rest, bed 3-4 days',
    'confined to bed 3-4 days after surgery',
    'in bed 3 days, then mobilised',
    'bed 2–3 weeks',
    'room 2 hours after the dose',
  ])('leaves a time spent in bed alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Insurance: BlueCross PPO, group 55210.', '55210'],
    ['医保：城镇职工，组号：88317。', '88317'],
    ['Insurance card scanned, group number 771-204.', '771-204'],
    ['Aetna HMO member, Group #: G-44120', 'G-44120'],
  ])('finds the group number after an insurance context in %s', (text, value) => {
    expect(found(text)).toContainEqual(['other-id', value]);
  });

  it('leaves groups that are no insurance group alone', () => {
    expect(found('Blood group O, Rh positive. Age group 65-74 had higher rates. 第2组号码牌。Group 3 exercises.')).toEqual([]);
  });

  it.each([
    ['Vehicle reg. AB12 CDE parked at the entrance.', 'AB12 CDE'],
    ['Registration: YK19 XFT', 'YK19 XFT'],
    ['Car plate LN68 OPQ recorded by security.', 'LN68 OPQ'],
    ['reg no. BD51SMR', 'BD51SMR'],
  ])('finds the UK number plate in %s', (text, value) => {
    expect(found(text)).toContainEqual(['plate', value]);
  });

  it.each([
    ['struck by car plate KA 05 MN 4821 on Hosur Road', 'KA 05 MN 4821'],
    ['vehicle MH12AB1234 parked outside', 'MH12AB1234'],
    ['Vehicle reg 231-D-45678 involved; driver', '231-D-45678'],
    ['car 12-KY-345 in the car park', '12-KY-345'],
  ])('finds an Indian or Irish number plate by its shape in %s', (text, value) => {
    expect(found(text)).toContainEqual(['plate', value]);
  });

  it('keeps staging, genes and counts that look a little like plates', () => {
    expect(found('pT2 N1 M0, HLA-DR 4, 1-D-2 echo, G6PD 12, 3-L-400 drip')).not.toContainEqual(expect.arrayContaining(['plate']));
  });

  it('leaves registered nurses and registrations without a plate alone', () => {
    expect(found('Reg. nurse checked the drug chart, 2 mg IV. Registration with the GP completed. Reg RN12 ABCD.')).toEqual([]);
  });

  it('leaves ECG leads, ICD codes and bedside words alone', () => {
    expect(found('V1-V4导联，I21.9，BA41，床旁超声，5 mg bid')).toEqual([]);
  });

  it('reads a number before a percent sign as a share, not a record number, and still takes the chart number', () => {
    expect(found('Lund Browder chart 18% TBSA; burns chart 9 ％ anterior trunk.')).toEqual([]);
    expect(found('Lund Browder chart 18% TBSA, chart 18342 reviewed.')).toEqual([['mrn', '18342']]);
  });

  it('reads a small number or an amount after a bare chart or serial as a scale, a reading or a count', () => {
    expect(
      found(
        'Bristol stool chart 6 twice daily. Snellen chart 6/9 right eye. Fluid balance chart 1200 mL in. Drug chart 2 mg morphine. ' +
          'Growth chart 50th centile. Observation chart 4 hourly. Pain chart 3/10. Serial 3 troponins negative; serial 7s intact.',
      ),
    ).toEqual([]);
  });

  it('still takes a chart or serial number after a bare label, a sign or a number word', () => {
    const sorted = (text: string) =>
      labelledNumberDetector
        .detect(text)
        .sort((a, b) => a.start - b.start)
        .map((d) => [d.type, text.slice(d.start, d.end)]);
    expect(sorted('chart 18342 reviewed; Chart # 55-77-21; chart no. 44; chart: 7')).toEqual([
      ['mrn', '18342'],
      ['mrn', '55-77-21'],
      ['mrn', '44'],
      ['mrn', '7'],
    ]);
    expect(sorted('pump serial NG1234567H; serial # 22341987654; serial no. 7')).toEqual([
      ['device', 'NG1234567H'],
      ['device', '22341987654'],
      ['device', '7'],
    ]);
  });
});

describe('labelledNumberDetector: specimen, pathology and accession numbers', () => {
  it.each([
    ['Specimen S24-01234 sent to histology.', 'S24-01234'],
    ['Surgical pathology S24-01234: benign.', 'S24-01234'],
    ['Biopsy HP2024-5567 reviewed at MDT.', 'HP2024-5567'],
    ['标本号 B20240312-07 已送检', 'B20240312-07'],
    ['Specimen: SP-88123', 'SP-88123'],
    ['病理 HP2024-5567 提示腺癌', 'HP2024-5567'],
    ['Acc# CY24-00981 received', 'CY24-00981'],
    ['Block A2 from case SP24-1187 stained.', 'SP24-1187'],
    ['Frozen section FS23-0456 showed margins clear.', 'FS23-0456'],
    ['Report for S24-01234 issued.', 'S24-01234'],
    ['送检蜡块 B24-3321 两块', 'B24-3321'],
    ['Ref S24-01234/2 reviewed', 'S24-01234/2'],
    ['Cytology C24-00771 negative for malignancy.', 'C24-00771'],
  ])('finds the specimen number in %s', (text, value) => {
    expect(found(text).map(([, v]) => v)).toContain(value);
  });

  it.each([
    'AKI (N17.9), GB60.Z, E11.65, ICD-10 I21.9 noted',
    'ATC C09AA05 ramipril 5 mg; ATC A10BA02',
    'CA19-9 45 U/mL, CA125 30, IL-6 12 pg/mL, HbA1c 7.2%',
    'Specimen: 100 mL clear fluid; specimen 2 of 3 sent',
    'Biopsy T2 lesion; pathology pT2N0; HER2 3+; BRCA1 negative',
    'COVID-19 PCR negative; H1N1 vaccine; SARS-CoV-2 antigen',
    'Spine T12-L1, C5-C6, L4-5; ECG V1-V4; pembrolizumab (MK-3475)',
    'BP 120/80, 1/2 tablet, 2024-03-05',
    'Biopsy 2 cores, 18G needle, 3 x 15 mm',
    'NIC 3 days post op; RUT 2 of 3 done; DNI 12 h; Medicare 2024 rules',
  ])('keeps the clinical text %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('labelledNumberDetector: bank details and glued passports', () => {
  it.each([
    ['Sort code 20-45-77, account 41592730 (for travel reimbursement).', 'account', '20-45-77'],
    ['sort-code: 309634', 'account', '309634'],
    ['Sortcode 40 47 84', 'account', '40 47 84'],
    ['BSB 062-000, acct 12345678', 'account', '062-000'],
    ['IBAN GB33BUKB20201555555555', 'account', 'GB33BUKB20201555555555'],
    ['IBAN: DE89 3704 0044 0532 0130 00', 'account', 'DE89 3704 0044 0532 0130 00'],
    ['paid to NL91ABNA0417164300 last week', 'account', 'NL91ABNA0417164300'],
    ['refund FR14 2004 1010 0505 0001 3M02 606 pending', 'account', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['Jenny（保姆，菲律宾籍）陪护，护照P4721983A。', 'passport', 'P4721983A'],
    ['passport no. EC1234567 (PH)', 'passport', 'EC1234567'],
    ['持护照X12345678入境', 'passport', 'X12345678'],
  ])('finds %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    'GB00BUKB20201555555555 is not a valid IBAN',
    'NCT04280705 trial; HLA-B27; BRCA1 c.68_69delAG',
    'sort code unknown; code 20-45 blue',
    'DE12345678901234567890 failed check',
    'Hb 12.3, plt 245, sort by date',
  ])('keeps %s', (text) => {
    expect(found(text).filter(([type]) => type === 'account' || type === 'passport')).toEqual([]);
  });
});

describe('labelledNumberDetector: numbers named by the word before them (police, blood bank, health cards, references)', () => {
  const values = (text: string) => [...new Set(labelledNumberDetector.detect(text).map((d) => text.slice(d.start, d.end)))];

  it('takes police badge, collar and 警号 numbers', () => {
    expect(values('派出所民警曹警官（警号031562）陪同送医')).toEqual(['031562']);
    expect(values('spoke with Officer Martinez (badge 4471) of Oakland PD')).toEqual(['4471']);
    expect(values('PC Hughes collar number 2287 attended')).toEqual(['2287']);
    expect(values('Badge #: 30117, Sgt Lee')).toEqual(['30117']);
    expect(values('警号：A10293')).toEqual(['A10293']);
  });

  it('takes UR numbers, blood-bag numbers and 医保个人编号', () => {
    expect(values('Patient Kylie Nguyen, UR 0918273. Gallstones')).toEqual(['0918273']);
    expect(values('URN: 5512093')).toEqual(['5512093']);
    expect(values('输血记录：血袋号0700124081533，A型')).toEqual(['0700124081533']);
    expect(values('血袋编号：0201-24-118833')).toEqual(['0201-24-118833']);
    expect(values('医保个人编号42011800735621。')).toEqual(['42011800735621']);
    expect(values('个人编号：310110004455')).toEqual(['310110004455']);
  });

  it('takes health-card numbers (RAMQ, OHIP, NZ NHI, CHI) after their label', () => {
    expect(values('Marie-Claude Tremblay, RAMQ TREM 6553 1212, hip fracture')).toEqual(['TREM 6553 1212']);
    expect(values('OHIP 1234-567-890-AB on file')).toEqual(['1234-567-890-AB']);
    expect(values('Histopathology. NHI ZAB1234. Tama Ngata.')).toEqual(['ZAB1234']);
    expect(values('NHI: ABC12DE')).toEqual(['ABC12DE']);
  });

  it('takes a reference code after ref / report when it has letters, dashes and at least four digits', () => {
    expect(values('MASH ref MASH-24-5531.')).toEqual(['MASH-24-5531']);
    expect(values('dated December 2023, report CC-US-2023-45521: hepatic')).toEqual(['CC-US-2023-45521']);
    expect(values('Ref: CPS-2024-00812')).toEqual(['CPS-2024-00812']);
    expect(values('ref range 3.5-5.0, report ICD-10 codes, ref CA-125')).toEqual([]);
  });

  it('takes a US licence plate named by its state and the word plate', () => {
    expect(values('Vehicle 7ABC123 (California plate) struck Luis')).toEqual(['7ABC123']);
    expect(values('Texas plate KJF4821 seen leaving')).toEqual(['KJF4821']);
    expect(values('blood agar plate 2, 96-well plate, plate count 150')).toEqual([]);
  });
});

describe('labelledNumberDetector: rural cooperative cards and record numbers in comma-separated exports', () => {
  it('takes a 新农合 card number after its label', () => {
    expect(found('社保卡号：D12345678；新农合证号：522401-0032-18。')).toContainEqual(['other-id', '522401-0032-18']);
    expect(found('农村合作医疗证号 4521-0098-77')).toEqual([['other-id', '4521-0098-77']]);
    expect(found('新农合报销比例50%，新农合住院补偿3/4')).toEqual([]);
  });

  it('takes each cell under a record-number column', () => {
    const zh = '住院号,姓名,性别,年龄,入院日期,诊断\n2025110417,赵丽华,女,67,2025/11/04,社区获得性肺炎\n2025110422,钱永强,男,91,2025/11/04,急性心肌梗死';
    expect(found(zh)).toEqual([
      ['mrn', '2025110417'],
      ['mrn', '2025110422'],
    ]);
    const en =
      'mrn,last,first,dob,admit,dx\n3318204,Kim,Ji-woo,1975-06-11,2025-11-02,COPD exacerbation\n3318227,Hernandez,Lucia,1949-12-30,2025-11-02,cellulitis';
    expect(found(en)).toEqual([
      ['mrn', '3318204'],
      ['mrn', '3318227'],
    ]);
  });

  it('keeps rows that are no export and cells that are no record number', () => {
    expect(found('drug,dose,route\nMRN review: aspirin,100 mg,po')).toEqual([]);
    expect(found('mrn,name,note\npending,Smith,awaiting number\n12,Jones,bed')).toEqual([]);
    expect(found('Hb,WBC,PLT\n128,6.2,210')).toEqual([]);
  });
});

describe('labelledNumberDetector: reference, claim, invoice and check-up numbers', () => {
  const values = (text: string) => [...new Set(labelledNumberDetector.detect(text).map((d) => text.slice(d.start, d.end)))];

  it.each([
    ['体检编号HM240101-0033，', 'HM240101-0033'],
    ['编号：HM240101-0033', 'HM240101-0033'],
    ['体检号 TJ-2024-0012', 'TJ-2024-0012'],
    ['会员号 VIP88321', 'VIP88321'],
    ['检查单号 JC240305-12', 'JC240305-12'],
    ['医嘱号 YZ-8812', 'YZ-8812'],
    ['处方号：CF-0305-12', 'CF-0305-12'],
    ['保单号 PL-883-21', 'PL-883-21'],
    ['理赔编号 LP-2024-77', 'LP-2024-77'],
    ['快递单号 SF1234567890', 'SF1234567890'],
    ['Account AB-12345-67', 'AB-12345-67'],
    ['Invoice # INV-00231', 'INV-00231'],
    ['Invoice no. 40021', '40021'],
    ['Claim no. 55-8812-3', '55-8812-3'],
    ['Claim #: CLM-88123', 'CLM-88123'],
    ['Policy # PL-883-21', 'PL-883-21'],
    ['Voucher no. V-3321', 'V-3321'],
    ['Booking ref BK-77812', 'BK-77812'],
    ['Our ref: ABC/2024/118', 'ABC/2024/118'],
    ['Customer ID C0042187', 'C0042187'],
  ])('takes the number after the label in %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('keeps codes, doses, values, years and counts after the same words', () => {
    expect(values('ICD-10 I21.0，ICD-11 BA41.0，ATC C09AA05，LOINC 2345-7。')).toEqual([]);
    expect(values('took into account HbA1c 7.2%, on account of 2 falls, account for 3 admissions.')).toEqual([]);
    expect(values('per policy 2023, claim 2 of 3, invoice 3 items, case 1, ticket 12, our ref: NICE NG136.')).toEqual([]);
    expect(values('编号1，编号 2，量表编号3，药品编号 H20040000，体检号码见上，处方号见处方。')).toEqual([]);
    expect(values('阿托伐他汀 20mg，Account 500 mg, Claim 2024 guideline, Invoice 2024-03-05.')).toEqual([]);
  });
});

describe('labelledNumberDetector: national and health numbers of other countries, unit numbers and system references', () => {
  it.each([
    ['Medicare no. 2123 45670 1', 'other-id', '2123 45670 1'],
    ['Medicare number 2123 45670 1/2', 'other-id', '2123 45670 1/2'],
    ['Medicaid # 88-2231-904', 'other-id', '88-2231-904'],
    ['PPS number 1234567TA', 'social-security', '1234567TA'],
    ['PPSN: 7654321W', 'social-security', '7654321W'],
    ['SIN: 046 454 286', 'social-security', '046 454 286'],
    ['Social insurance number 046-454-286', 'social-security', '046-454-286'],
    ['NI number QQ 12 34 56 C', 'social-security', 'QQ 12 34 56 C'],
    ['National Insurance no. AB123456D', 'social-security', 'AB123456D'],
    ['Unit no: 4490213', 'mrn', '4490213'],
    ['Hospital unit number K449021', 'mrn', 'K449021'],
    ['Booking ref ZK7P2Q', 'other-id', 'ZK7P2Q'],
    ['Ticket #: 552190', 'other-id', '552190'],
    ['Datix 88123 raised for the fall.', 'other-id', '88123'],
    ['Incident no. W-20931', 'other-id', 'W-20931'],
    ['Episode no. 7712093', 'mrn', '7712093'],
    ['Case #: 55102', 'mrn', '55102'],
    ['EMIS number 812334', 'mrn', '812334'],
    ['GMC 7012345', 'license', '7012345'],
    ['GMC no. 7012345, NMC PIN 12A3456E', 'license', '12A3456E'],
  ])('finds %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    'sin 0.5, cos 0.87',
    'Unit 4 of the course; 10 units insulin; unit no longer staffed',
    'NI 2 hourly obs; ni 4 weeks',
    'Booking reference to follow; ticket 2 of 3 printed',
    'Medicare 2024 rules; Medicaid expansion 2014',
    'Datix completed',
    'GMC guidance followed; episode 2 of 3; case # pending',
  ])('keeps %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('labelledNumberDetector: subjects, licences, plates, the last four of an SSN, group numbers and lettered beds', () => {
  it.each([
    ['Subject 014-0032 completed visit 3.', ['other-id', '014-0032']],
    ['Participant P0147 withdrew consent.', ['other-id', 'P0147']],
    ['Student no. GHS-20114.', ['other-id', 'GHS-20114']],
    ['DL D123-4567-8901.', ['license', 'D123-4567-8901']],
    ['RN license RN-4471029, state of Ohio.', ['license', 'RN-4471029']],
    ['plate 7ABC123 was noted.', ['plate', '7ABC123']],
    ['MBI 1EG4-TE5-MK73.', ['other-id', '1EG4-TE5-MK73']],
    ['SIN 046 454 286.', ['social-security', '046 454 286']],
    ['SSN ending in 4421.', ['social-security', '4421']],
    ['Group number 88-4412.', ['other-id', '88-4412']],
    ['Hospital no. A 123 4567', ['mrn', 'A 123 4567']],
    ['Moved to bed A, near the window.', ['bed', 'A']],
  ])('%s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
  });

  it('leaves words, years and counts after the same labels alone', () => {
    expect(found('licence renewed in 2021; license 2019; subject 3 of 40; participant 12; plate ABC; bed rest; DL ok')).toEqual([]);
  });
});
