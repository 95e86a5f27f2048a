import { deidentify } from '../../../index';

const found = (text: string) => deidentify(text, { referenceYear: 2026 }).findings.map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

/** The rules added after outside dev set 24 (gold set v11) and blind set 25 (gold set v12), with what each must leave. */
describe('de-identification rules from dev set 24 and blind set 25', () => {
  it.each([
    ['Medicare card 4295816742 - Tane Walker of Unit 4/27 Beach Road, Bondi NSW 2026', 'name:Tane Walker'],
    ['Medicare card 4295816742 - Tane', 'other-id:4295816742'],
    ['NHI: CGC2142  Aroha Ngata  DOB 03/11/1988', 'name:Aroha Ngata'],
    ['accessed chart of Deepika Sharma; audit flagged.', 'name:Deepika Sharma'],
    ["kwame: bro the consultant wants to see grandma\nefua: ok i'll take her", 'name:efua'],
    ['MyKad: 780512-14-5631  Nurul Aisyah binti Rahman  Ward 5B', 'name:Nurul Aisyah binti Rahman'],
    ['Alamat: No. 12, Jalan SS2/24, 47300 Petaling Jaya, Selangor', 'address:No. 12, Jalan SS2/24, 47300 Petaling Jaya, Selangor'],
    [
      'Residence: Flat 302, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru 560038',
      'address:Flat 302, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru 560038',
    ],
    ['admitted to Apollo Hospitals, Greams Road on 12 Aug', 'organization:Apollo Hospitals, Greams Road'],
    ['Re: Patrick Doyle, 93 yrs, new AF', 'age:93'],
    ['PhilHealth No.: 19-050123456-7', 'other-id:19-050123456-7'],
    ['NIN 73920481635. Chukwuemeka Obi, 35M', 'id-card:73920481635'],
    ['Practising certificate MED0001872364 (AHPRA).', 'license:MED0001872364'],
    ['学号2021013456，就读于', 'other-id:2021013456'],
    ['医保电脑号8804217363，身份证', 'other-id:8804217363'],
    ['Phone consult with Ravi Menon on 98450 31277: fever', 'phone:98450 31277'],
    ['医生：您叫什么名字？\n病人：禤国强。', 'name:禤国强'],
    ['葛优美和卢俊两位患者均为皮试阳性', 'name:卢俊'],
    ['他爸仝德明上周在咱们科做的冠脉造影', 'name:仝德明'],
    ['签约居民邝翠萍，住址', 'name:邝翠萍'],
    ['呼救人伍德胜，电话', 'name:伍德胜'],
    ['查阅了蒙志强的病历', 'name:蒙志强'],
    ['Address: Flat 2, 47 Cathcart Street, Greenock PA15 1BN. CHI 1506584713.', 'mrn:1506584713'],
  ])('takes %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('reads form labels as labels, never as chat speakers or names', () => {
    const form = 'Insurance claim form\nMember ID: XJH847293015\nInsured: Bill Hendricks\nProvider: Mayo Clinic\nDate of service: 2024-06-18';
    expect(found(form)).toEqual(['other-id:XJH847293015', 'name:Bill Hendricks', 'organization:Mayo Clinic', 'date:06-18']);
    expect(found('PPSN: 6728391F\nName: Ciarán Ó Briain\nAddress: 22 Clontarf Road, Dublin 3')).not.toContain('name:Name');
    expect(found('Handover bed 7: Grace Mensah, 3/7 post lap chole')).not.toContain('name:Handover');
  });

  it.each([
    'Recycling bin Collection day',
    'note: stable\nplan: discharge',
    'Date Of Birth DOB',
    'the results of Liver Function tests',
    'Smoking, 95 years ago',
    'Hypertension, 30 years',
    '社区居民健康档案',
    '员工食堂',
    '教师节',
    '高龄老人',
    '居民身份证',
    'WBC 12000 15000',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
