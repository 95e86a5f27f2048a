import { resolveOverlaps } from '../span-resolution.util';
import { organizationDetector } from './organization.detector';

const values = (text: string) => organizationDetector.detect(text).map((d) => [d.type, text.slice(d.start, d.end)]);

describe('organizationDetector', () => {
  it.each([
    ['2019年于苏州大学附属第二医院诊断为乳腺癌。', '苏州大学附属第二医院'],
    ['外院（北京协和医院）CT提示肺结节。', '北京协和医院'],
    ['在康宁诊所输液三天无好转。', '康宁诊所'],
    ['上海交通大学医学院附属瑞金医院复查甲功正常。', '上海交通大学医学院附属瑞金医院'],
    ['曾就诊于四川大学华西医院。', '四川大学华西医院'],
    ['转至郑州大学第一附属医院。', '郑州大学第一附属医院'],
  ])('finds the Chinese facility in %s', (text, value) => {
    expect(values(text)).toEqual([['organization', value]]);
  });

  it.each([
    ['患者曾在南京市第一人民医院行胆囊切除术。', '南京市', '第一人民医院'],
    ['长期在杭州市中医院门诊调理。', '杭州市', '中医院'],
    ['外院（深圳市人民医院）病历号：SZ-0099231。', '深圳市', '人民医院'],
    ['在成都市实验小学上学，近一周发热。', '成都市', '实验小学'],
  ])('finds the city before the Chinese facility in %s apart from it', (text, city, value) => {
    expect(values(text)).toEqual([
      ['address', city],
      ['organization', value],
    ]);
  });

  it.each([
    ['Transferred from St Mary’s Hospital after the fall.', 'St Mary’s Hospital'],
    ["Previously followed at St. Luke's Hospital cardiology.", "St. Luke's Hospital"],
    ['Seen at Riverside Family Clinic last week.', 'Riverside Family Clinic'],
    ['Discharge summary from Leeds General Hospital reviewed.', 'Leeds General Hospital'],
    ['Referred by Harbor View Medical Center for biopsy.', 'Harbor View Medical Center'],
    ['Followed at Massachusetts General Hospital.', 'Massachusetts General Hospital'],
    ['Seen at Queen Elizabeth Hospital A&E.', 'Queen Elizabeth Hospital'],
    ["Followed up at St Thomas' Hospital for the aneurysm.", "St Thomas' Hospital"],
    ['Seen at Royal Free Hospital.', 'Royal Free Hospital'],
    ['Transferred to Great Ormond Street Hospital.', 'Great Ormond Street Hospital'],
  ])('finds the English facility in %s', (text, value) => {
    expect(values(text)).toEqual([['organization', value]]);
  });

  it('leaves hospitals that name no facility and clinical phrases alone', () => {
    for (const text of [
      '病情加重，建议转上级医院治疗。',
      '术后第3天出院，医院获得性肺炎已控制。',
      '社区获得性肺炎，门诊随访。',
      '建议中医调理，私人诊所不宜长期输液。',
      '转县人民医院进一步治疗。',
      '去中医院复诊。',
      '当地医院予抗感染治疗，我院急诊收入。',
      '建议社区医院随访，门诊复查。',
      '于我院门诊部就诊，本院卫生院转诊，该院诊所。',
      '到综合医院或专科医院就诊。',
      "St John's wort stopped because of the interaction with warfarin.",
      'Hospital Anxiety and Depression Scale score 12.',
      'General appearance: well; medical center protocol followed.',
      'Discharged from hospital; follow up at the local clinic.',
      'The Hospital pharmacy dispensed it.',
      'Referred to Pain Clinic and Memory Clinic; seen in Fracture Clinic.',
      'Attends the Anticoagulation Clinic weekly; Heart Failure Clinic follow-up.',
      'Seen at the Royal Infirmary A&E; General Hospital transfer; Cancer Hospital referral.',
      'GP Surgery to review in 2 weeks.',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});

describe('organizationDetector: employers and care homes without a legal form', () => {
  it.each([
    ['Resident of Sunnyvale Care Home since 2021.', 'Sunnyvale Care Home'],
    ['Admitted from Greenfield Nursing Home.', 'Greenfield Nursing Home'],
    ['She works at Tesco as a cashier.', 'Tesco'],
    ['Employer: Tesco', 'Tesco'],
    ['Works as a cashier at Tesco on nights.', 'Tesco'],
    ['He is an employee of Network Rail.', 'Network Rail'],
    ['Retired, worked at the Royal Mail for 30 years.', 'Royal Mail'],
    ['患者就职于华为，长期加班。', '华为'],
    ['就职于华为技术公司', '华为技术公司'],
    ['退休前在杭州钢铁厂工作。', '杭州钢铁厂'],
    ['在腾讯上班，作息不规律。', '腾讯'],
    ['工作单位：阿里巴巴', '阿里巴巴'],
    ['任职于万科物业，负责保安工作。', '万科物业'],
    ['长期居住在夕阳红养老院。', '夕阳红养老院'],
    ['来自红星敬老院，由护工陪同。', '红星敬老院'],
    ['由福寿敬老院送入。', '福寿敬老院'],
    ['Works at the Co-op bakery.', 'Co-op'],
    ['Admitted from Brookside Care Centre.', 'Brookside Care Centre'],
    ['Lives at Autumn Leaves Retirement Village.', 'Autumn Leaves Retirement Village'],
    ['Referred from Oak Lodge care home.', 'Oak Lodge care home'],
    ['在星巴克当店员。', '星巴克'],
    ['在美团送外卖。', '美团'],
    ['入住颐和康养中心半年。', '颐和康养中心'],
    ['长期住在东湖颐养院', '东湖颐养院'],
    ['由福寿托老所送来', '福寿托老所'],
  ])('finds the organisation in %s', (text, value) => {
    expect(values(text)).toEqual([['organization', value]]);
  });

  it.each([
    'Care plan reviewed with the family.',
    'On home oxygen 2L; home care package in place.',
    'Nursing home resident, bedbound.',
    'Care home staff report poor intake.',
    'Needs a Residential care home placement; Council care home funding; Dementia nursing home.',
    'Local care home manager called.',
    'Works at night; works for himself.',
    'Employer: self-employed',
    '在家工作，偶有饮酒。',
    '在工地上班，从事体力劳动。',
    '就职于一家私营企业。',
    '就职于某公司。',
    '在医院工作。',
    '在当地工厂上班。',
    '入住养老院两年。',
    '转入护理中心观察，建议入住康养中心。',
    '伤口护理中心换药，造口护理中心随访。',
    '工作单位：无',
    '在浙江某纺织厂上班。',
    '工作单位电话：020-87332200',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('organizationDetector: schools, universities and workplaces by label', () => {
  it.each([
    ['就读于北京市第八十中学，高三。', '北京市第八十中学'],
    ['毕业于浙江大学，现从事教师工作。', '浙江大学'],
    ['儿子在华东师范大学读研。', '华东师范大学'],
    ['女儿在阳光幼儿园，同班有水痘患儿。', '阳光幼儿园'],
    ['单位：中国石化北京燕山分公司', '中国石化北京燕山分公司'],
    ['Student at Lincoln High School.', 'Lincoln High School'],
    ['He teaches at Oxford Brookes University.', 'Oxford Brookes University'],
    ["Attends St Mary's Primary School.", "St Mary's Primary School"],
    ['Graduated from the University of Leeds in 2010.', 'University of Leeds'],
    ['Son is at Kingsway Academy, year 9.', 'Kingsway Academy'],
    ['Transferred from Royal Infirmary of Edinburgh.', 'Royal Infirmary of Edinburgh'],
  ])('finds the school or workplace in %s', (text, value) => {
    expect(values(text)).toEqual([['organization', value]]);
  });

  it.each([
    ['由潍坊市奎文区东关街道社区卫生服务中心转诊。', '潍坊市奎文区', '东关街道社区卫生服务中心'],
    ['患者系杭州市西湖区学军小学学生。', '杭州市西湖区', '学军小学'],
  ])('gives the city and district before %s to the address', (text, place, institution) => {
    expect(values(text)).toEqual([
      ['address', place],
      ['organization', institution],
    ]);
  });

  it('keeps schooling words, guideline bodies and kinds of school', () => {
    for (const text of [
      '考上大学后失眠加重。',
      '大学生，近期考试压力大。',
      '上小学时曾患肺炎，读中学时诊断哮喘。',
      '患者为在校大学生，学校组织体检发现。',
      '就读于一所普通中学，成绩中等。',
      '医学院毕业后从医。',
      'Per American College of Cardiology guidance, start a statin.',
      'Royal College of Physicians audit standards; American Academy of Pediatrics schedule.',
      'Goes to school nearby; finished High School; Medical School interview.',
      'Seen at University Hospital; Teaching Hospital transfer.',
      'Hospital Anxiety and Depression Scale 12.',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});

describe('organizationDetector: named clinics and surgeries, care homes, nurseries and health systems', () => {
  it.each([
    ['Seen at Mayo Clinic June 3-7 for a second opinion.', 'Mayo Clinic'],
    ['Dr. Petrova (Cleveland Clinic) recommended TAVR.', 'Cleveland Clinic'],
    ['cc: Sam Whitaker, Practice Manager, Oakwood Surgery', 'Oakwood Surgery'],
    ['Registered with Elm Tree Surgery since 2010.', 'Elm Tree Surgery'],
    ['Next appointment at 09:30, Northgate Eye Clinic.', 'Northgate Eye Clinic'],
    ['Follow-up at Westfield Diabetes Clinic in May.', 'Westfield Diabetes Clinic'],
    ['Registered at Parkside Practice.', 'Parkside Practice'],
    ['Care home: Meadowbrook Lodge, Ashby Road, Loughborough', 'Meadowbrook Lodge'],
    ['Nursing home: Rosewood Manor', 'Rosewood Manor'],
    ['Resident of Willow Court since the fall.', 'Willow Court'],
    ['Child attends Little Acorns Nursery; outbreak there.', 'Little Acorns Nursery'],
    ['Goes to Busy Bees Nursery three days a week.', 'Busy Bees Nursery'],
    ['Social worker arranged placement at Harbor View Skilled Nursing.', 'Harbor View Skilled Nursing'],
    ['Discharged to Maple Ridge Assisted Living.', 'Maple Ridge Assisted Living'],
    ['Seen at Mass General last year for a second opinion.', 'Mass General'],
    ['Transferred to Leeds General overnight.', 'Leeds General'],
    ['Transferred from Baptist Health Lexington by helicopter.', 'Baptist Health Lexington'],
    ['Followed by Sutter Health for cardiology.', 'Sutter Health'],
    ["Transfer from St. Jude Children's Research Hospital.", "St. Jude Children's Research Hospital"],
    ["Admitted to St Mary's Regional Medical Center.", "St Mary's Regional Medical Center"],
    ['Moved to Fortis Hospitals last year.', 'Fortis Hospitals'],
    ['Hospice: Marie Curie Hospice', 'Marie Curie Hospice'],
  ])('finds the facility in %s', (text, value) => {
    expect(values(text)).toEqual([['organization', value]]);
  });

  it('never takes a name across a line break', () => {
    expect(values("Siddharth Iyer MD PhD\nConsultant Haematologist\nAddenbrooke's Hospital, Hills Road")).toEqual([['organization', "Addenbrooke's Hospital"]]);
    expect(values("Ward Sister\nSt Mary's Hospital")).toEqual([['organization', "St Mary's Hospital"]]);
    expect(values('Senior Nurse\nRiverside Family Clinic')).toEqual([['organization', 'Riverside Family Clinic']]);
    expect(values('Student Nurse\nLincoln High School')).toEqual([['organization', 'Lincoln High School']]);
    expect(values('Works at\nTesco')).toEqual([]);
  });

  it.each([
    'Referred to Memory Clinic; Fracture Clinic; Diabetes Clinic; Warfarin Clinic; Eye Clinic.',
    'Booked into Falls Clinic; Booked Fracture Clinic review; Rebook Memory Clinic.',
    'Previous Surgery: appendicectomy. Next Clinic: 3 months.',
    'Good Clinical Practice training; Endocrine Society Clinical Practice Guideline.',
    'Rapid Access Chest Pain Clinic; Heart Failure Nurse Clinic; Smoking Cessation Clinic.',
    'Sexual Health Clinic; Antenatal Clinic; Well Baby Clinic; Travel Clinic; Lipid Clinic.',
    'Cardiac Surgery review; Plastic Surgery; Day Surgery unit; Minor Surgery list; Bariatric Surgery.',
    "Seen in Parkinson's Clinic and Movement Disorders Clinic; Crohn's Clinic next.",
    'Attends Monday Clinic; Tuesday Surgery cancelled; Outpatient Clinic letter.',
    'Referred to Occupational Health; Mental Health team; Public Health; Sexual Health.',
    'World Health Organization criteria; Behavioral Health intake.',
    'Under General anaesthetic; referred to General Surgery and General Medicine.',
    'Mass effect on CT; went to Mass on Sunday.',
    'GP Surgery to review; the local clinic; Consultant Clinic.',
    'Research Hospital protocol; Day Nursery fees.',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('organizationDetector: workplaces said by a place or a label', () => {
  it.each([
    ['Works night shifts at Walmart in Bentonville.', 'Walmart'],
    ['Works long hours at Amazon.', 'Amazon'],
    ['He works as a forklift driver at Amazon in Swindon.', 'Amazon'],
    ['Picks up shifts at Home Depot.', 'Home Depot'],
    ["Marcus told me he's been sleeping in his car behind Kroger since the eviction.", 'Kroger'],
    ['Found collapsed outside Tesco Express by a passer-by.', 'Tesco Express'],
    ['Her company, Brightside Cleaning Services, has no sick pay.', 'Brightside Cleaning Services'],
    ['His employer, Acme Logistics, offers no sick pay.', 'Acme Logistics'],
    ['Employer - Network Rail', 'Network Rail'],
    ['Employer – Tesco', 'Tesco'],
    ['Home: see above；Work: 阿里巴巴 Xixi campus.', '阿里巴巴'],
    ['Workplace: 华为', '华为'],
  ])('finds the workplace in %s', (text, value) => {
    expect(values(text)).toEqual([['organization', value]]);
  });

  it.each([
    'Pain behind Left eye; sitting next to Mum; slept outside Christmas Eve.',
    'Works well at Night; works from home at Weekends.',
    'Work: Retired teacher',
    'Work: Teacher',
    'Employer - self-employed',
    'Her company, she says, is supportive.',
    'Pain behind the knee; swelling behind Ear.',
    'Lesion behind Tonsil.',
    'Worked for Years in Retail.',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('organizationDetector: Chinese short forms of hospitals, schools and employers', () => {
  it.each([
    ['既往在协和看过，诊断为系统性红斑狼疮。', '协和'],
    ['去湘雅复查，结果未见异常。', '湘雅'],
    ['2020年于华西行甲状腺手术。', '华西'],
    ['黄老师（患者）在成都七中任教，自诉声带小结多年。', '成都七中'],
    ['儿子在杭州二中读高一。', '杭州二中'],
    ['女儿就读于人大附中，近期学习压力大。', '人大附中'],
    ['患者系顺丰速运快递员，长期搬运重物。', '顺丰速运'],
    ['系京东物流司机，久坐。', '京东物流'],
    ['患者为招商银行职员。', '招商银行'],
    ['系美团外卖骑手。', '美团外卖'],
    ['在协和医学院读书。', '协和医学院'],
  ])('finds the short form in %s', (text, value) => {
    expect(values(text)).toEqual([['organization', value]]);
  });

  it.each([
    '两药协和作用，心音协和。',
    '十中八九是病毒感染，三中全会。',
    '患者系快递员，长期搬运重物。',
    '系出租车司机，久坐。',
    '系公司职员；系银行职员；系外卖骑手；系本院职工。',
    '为本单位员工，系退休职工，系公交公司司机，是保险公司业务员。',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('organizationDetector: a Chinese employer opening a clause before a job word', () => {
  it.each([
    ['张某，工商银行员工，因胸痛入院。', '工商银行'],
    ['患者，男，45岁，中石油职工。', '中石油'],
    ['腾讯程序员，长期熬夜。', '腾讯'],
    ['职业：华为工程师。', '华为'],
    ['美团骑手，外伤后来诊。', '美团'],
    ['母亲：国家电网职工。', '国家电网'],
  ])('finds the employer in %s', (text, value) => {
    expect(values(text)).toEqual([['organization', value]]);
  });

  it.each([
    '全院员工体检，医护员工培训；新入职员工；一线职工。',
    '程序员，长期久坐；工程师，颈椎病。银行职员，公司员工。',
    '肝功能异常员工复查，体检员工名单。',
    '平安，员工；小米粥，职工食堂。',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('organizationDetector: organisations without a hospital word, and hospitals named "Hospital X"', () => {
  const names = (text: string) => [...new Set(organizationDetector.detect(text).map((d) => text.slice(d.start, d.end)))];

  it('never takes a pronoun and a place word as a workplace (你们那里, 我们这里, 他们那边)', () => {
    expect(names('我老公陈志伟上周在你们那里做了胃镜')).toEqual([]);
    expect(names('他在我们这里做了手术')).toEqual([]);
    expect(names('上周在他们那边做了CT，在这里做胃镜')).toEqual([]);
    expect(names('在腾讯上班')).toEqual(['腾讯']);
  });

  it('takes a workplace glued after 工作单位, a bank branch, a public body and a company before 同事', () => {
    expect(names('蒲志强主诉腰痛，工作单位中铁十一局，工种钢筋工')).toEqual(['中铁十一局']);
    expect(names('开户行中国工商银行长沙五一路支行，卡号')).toEqual(['中国工商银行长沙五一路支行']);
    expect(names('汇至招商银行杭州分行营业部')).toEqual(['招商银行杭州分行营业部']);
    expect(names('联系省疾控中心应科长报告霍乱疑似病例')).toEqual(['省疾控中心']);
    expect(names('已报告西湖区疾病预防控制中心')).toEqual(['西湖区', '疾病预防控制中心']);
    expect(names('患者由顺丰速运同事韩冬送来')).toEqual(['顺丰速运']);
    expect(names('由单位同事送来，银行卡已挂失，疾控中心要求上报')).toEqual([]);
  });

  it('takes "Hospital X" as Malaysian and other hospitals are named, after from/at/to or 从/在/转', () => {
    expect(names('从Hospital Kuala Lumpur转来')).toEqual(['Hospital Kuala Lumpur']);
    expect(names('transferred from Hospital Sultanah Aminah. Dengue')).toEqual(['Hospital Sultanah Aminah']);
    expect(names('seen at Hospital Pulau Pinang last week')).toEqual(['Hospital Pulau Pinang']);
    expect(names('Hospital Anxiety and Depression Scale 14; in Hospital Day 3; to Hospital Discharge Lounge')).toEqual([]);
  });

  it('takes "Hospital X" after a comma and after Malay dari/di/ke, and the acronyms of Hong Kong and Singapore hospitals', () => {
    expect(names('pesakit Ahmad bin Ismail, Hospital Kuala Lumpur, wad 5B katil 12')).toEqual(['Hospital Kuala Lumpur']);
    expect(names('dirujuk dari Hospital Sultanah Aminah')).toEqual(['Hospital Sultanah Aminah']);
    expect(names('Adm QMH 2/3, transferred from PYNEH; referred to NUH, seen at TTSH')).toEqual(['QMH', 'PYNEH', 'NUH', 'TTSH']);
    expect(names('HADS, Hospital Anxiety and Depression Scale; PMH: asthma; QMHx, NUHD')).toEqual([]);
  });

  it.each([
    ['From: Dr. Anita Sharma (Apollo Hospitals, Chennai)', 'Apollo Hospitals', 'Chennai'],
    ['Ultrasound report - Prince of Wales Hospital, Randwick.', 'Prince of Wales Hospital', 'Randwick'],
    ['Dialysis at Fresenius Kidney Care, Eastgate.', 'Fresenius Kidney Care', 'Eastgate'],
    ["ST. MICHAEL'S HOSPITAL, Toronto", "ST. MICHAEL'S HOSPITAL", 'Toronto'],
    ['remiss från Karolinska universitetssjukhuset, Solna', 'Karolinska universitetssjukhuset', 'Solna'],
  ])('names the facility and the town after its comma apart in %s (the town is its address)', (text, facility, town) => {
    expect(values(text)).toEqual(
      expect.arrayContaining([
        ['organization', facility],
        ['address', town],
      ]),
    );
  });

  it('takes a hospital with "of" inside its name whole', () => {
    expect(names('Ultrasound report - Prince of Wales Hospital, Randwick.')).toEqual(['Prince of Wales Hospital', 'Randwick']);
    expect(names('admitted to Duke of Cornwall Hospital')).toEqual(['Duke of Cornwall Hospital']);
    expect(names('Sisters of Charity Hospital, Buffalo')).toEqual(['Sisters of Charity Hospital']);
  });

  it('takes employers after boss/colleague at, employer (X), left X last year, and a name before a workplace noun', () => {
    expect(names("Igor says his boss at Gazprom won't give him leave.")).toEqual(['Gazprom']);
    expect(names("SW note: client's employer (Amazon fulfillment, warehouse BFI4) denied leave.")).toEqual(['Amazon']);
    expect(names('Ashok and Anjali left Wipro last year; both now at Infosys.')).toEqual(['Wipro']);
    expect(names('Olumide called from Tesco distribution centre - his colleague collapsed')).toEqual(['Tesco']);
    expect(names('the pharmacy at Boots Kings Road gave her the wrong strength')).toEqual(['Boots Kings Road']);
    expect(names('her manager at Deloitte; a colleague from Network Rail')).toEqual(['Deloitte', 'Network Rail']);
    expect(names('left Ventricle dilated; pain left Knee last year; from ICU warehouse')).toEqual([]);
  });

  it('takes prisons (HMP/HMYOI), primary schools after at/to, and a place-General health system', () => {
    expect(names('Ivan was admitted from HMP Wandsworth; prison officer Reid')).toEqual(['HMP Wandsworth']);
    expect(names('released from HMYOI Feltham last month')).toEqual(['HMYOI Feltham']);
    expect(names('disclosed to teacher Mrs. Petrenko at Oakwood Primary. MASH ref')).toEqual(['Oakwood Primary']);
    expect(names("Dad is a teacher at St Columba's Primary; mum works")).toEqual(["St Columba's Primary"]);
    expect(names('Surgical pathology, Mass General Brigham. Case S24')).toEqual(['Mass General Brigham']);
    expect(names('carcinoma of unknown Primary; referred to Primary care; at Primary Care')).toEqual([]);
  });
});

describe('organizationDetector: charities and support services that assign a named worker', () => {
  const names = (text: string) => organizationDetector.detect(text).map((d) => text.slice(d.start, d.end));

  it("takes Barnardo's, NSPCC, Age UK, St Mungo's after from/at/with/by/for", () => {
    expect(names("Yasmin from Barnardo's is the support worker for Tyreese.")).toEqual(["Barnardo's"]);
    expect(names('referred to NSPCC; volunteer from Age UK visits weekly')).toEqual(['NSPCC', 'Age UK']);
    expect(names("outreach worker at St Mungo's")).toEqual(["St Mungo's"]);
    expect(names('low mood; mind racing; seeking shelter; in crisis')).toEqual([]);
  });
});

describe('organizationDetector: police, services, venues, insurers, hotels, labs, places of worship, practices, housing', () => {
  const names = (text: string) => organizationDetector.detect(text).map((d) => text.slice(d.start, d.end));

  it('takes a police force by its place and a county or council service', () => {
    expect(names('spoke with Officer Martinez of Oakland PD re: the welfare check')).toContain('Oakland PD');
    expect(names('reported to Sussex Police; Thames Valley Police attended')).toEqual(['Sussex Police', 'Thames Valley Police']);
    expect(names('worker at Alameda County Social Services will follow up')).toEqual(['Alameda County Social Services']);
    expect(names('Leeds Children’s Services and Kent Adult Social Care informed')).toEqual(['Leeds Children’s Services', 'Kent Adult Social Care']);
    expect(names('Idiopathic PD on levodopa; early PD; referred to Social Services; called the Police')).toEqual([]);
  });

  it('takes a Royal hospital by its place, a café or shop where someone works, an insurer and a hotel', () => {
    expect(names('implanted at Royal Brompton on 17 Jan 2019')).toEqual(['Royal Brompton']);
    expect(names('referred to Royal Marsden for chemo')).toEqual(['Royal Marsden']);
    expect(names('contact tracing at Addis Café where he works')).toEqual(['Addis Café']);
    expect(names('works shifts at Golden Dragon Restaurant; cook at Mama Bakery')).toContain('Golden Dragon Restaurant');
    expect(names('insurance Bupa Arabia policy BA-77120443')).toEqual(['Bupa Arabia']);
    expect(names('Insurer: Aetna Choice; insured with Allianz Care')).toEqual(['Aetna Choice', 'Allianz Care']);
    expect(names('staying at Park Hyatt Sydney. Anaphylaxis')).toEqual(['Park Hyatt Sydney']);
    expect(names('stays at the Premier Inn Leeds; booked into Grand Hotel')).toEqual(['Premier Inn Leeds']);
    expect(names('Royal College of Physicians; Royal jelly; insurance None; insurance Medicare; staying at home')).toEqual([]);
  });

  it('takes a laboratory, a place of worship, a place-and-specialty practice, a Quebec care home and a housing association', () => {
    expect(names('bloods done at Quest Diagnostics on Elm St')).toEqual(['Quest Diagnostics']);
    expect(names('sent to LabCorp; samples to Sonic Pathology and Healius Laboratories')).toEqual(
      expect.arrayContaining(['Sonic Pathology', 'Healius Laboratories']),
    );
    expect(names('Pastor Williams from Greater Hope Baptist Church asked')).toEqual(['Greater Hope Baptist Church']);
    expect(names('imam of East London Mosque; volunteers at Bethel Pentecostal Church')).toEqual(['East London Mosque', 'Bethel Pentecostal Church']);
    expect(names('attn Carol at Beacon Hill Internal Medicine.')).toEqual(['Beacon Hill Internal Medicine']);
    expect(names('letter from Riverside Pediatrics and Lakeview Family Medicine')).toEqual(['Riverside Pediatrics', 'Lakeview Family Medicine']);
    expect(names('from CHSLD Saint-Laurent; seen at CLSC Côte-des-Neiges')).toEqual(['CHSLD Saint-Laurent', 'CLSC Côte-des-Neiges']);
    expect(names('lives in a Clarion Housing flat; tenant of Peabody Housing')).toEqual(['Clarion Housing', 'Peabody Housing']);
    expect(names('both now at Infosys Bangalore.')).toEqual(['Infosys Bangalore']);
    for (const text of [
      'Jehovah’s Witness, declines blood products; Catholic, wants chaplain; Baptist Church',
      'Consultant in Internal Medicine; General Internal Medicine; Department of Internal Medicine; Acute Internal Medicine',
      'Clinical Pathology; Chemical Pathology; Interventional Radiology; Molecular Diagnostics; Diagnostic Imaging',
      'Supported Housing; Sheltered Housing; Social Housing; Council Housing',
      'Wells score 4; Glasgow Coma Scale 14; Ottawa ankle rules; Boston Scientific Accolade; Lipitor 20 mg',
      'Paediatric Cardiology review; Hodgkin Oncology; seen in Dermatology',
      'Junior Physicians; Blood Bank Labs; Dr Smith Cardiology; Left Temple tenderness; Parkinson PD; insurance: Medicare Part B',
    ]) {
      expect(names(text)).toEqual([]);
    }
  });
});

describe('organizationDetector: companies, firms, airports, banks and care homes by the word of their kind', () => {
  const names = (text: string) => [...new Set(resolveOverlaps(organizationDetector.detect(text)).map((d) => text.slice(d.start, d.end)))];

  it.each([
    ['社会史：退休前为鞍山钢铁集团工人，丧偶。', ['鞍山钢铁集团']],
    ['介绍人：程海波（患者同事，顺丰速运）。', ['顺丰速运']],
    ['遗嘱执行人：邵华律师，金杜律师事务所。', ['金杜律师事务所']],
    ['2025年11月19日经首都国际机场入境后发热', ['首都国际机场']],
    ['欧阳娜娜与上官婉儿同住松鹤楼养老公寓，均有阿尔茨海默病。', ['松鹤楼养老公寓']],
    ['工作单位：国家电网江苏省电力有限公司南京供电分公司，职务：调度员。', ['国家电网江苏省电力有限公司南京供电分公司']],
    ['银行卡号：6222 0210 0112 3456 789（工商银行），用于退还预交金。', ['工商银行']],
    ['退款汇入患者的招商银行账户', ['招商银行']],
    ['Rosa Delgado, Carmen Ruiz — both from the Cedar Ridge Group Home — presented', ['Cedar Ridge Group Home']],
    ['Keanu Kahananui, Kamehameha Schools student, ankle sprain grade II.', ['Kamehameha Schools']],
    ['Insurance: Blue Cross Blue Shield member ID XYZ928374651', ['Blue Cross Blue Shield']],
    ['Arturo works nights at Walmart Supercenter #2931; shift work sleep disorder.', ['Walmart Supercenter #2931']],
    ["The patient's employer, Amazon Fulfillment Center BFI4, requested a note", ['Amazon Fulfillment Center BFI4']],
    ['a 44-year-old nurse at Mercy Hospital Iowa City who developed fever', ['Mercy Hospital Iowa City']],
  ])('takes the organisation in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '在钢铁集团上班，第31集团军退役',
    '去机场途中晕厥；住址：机场路12号',
    '母乳银行捐赠；脐血银行储存；血液银行备血；银行卡号：6222021001123456789',
    '请将退款汇入患者银行账号 6214 8301 2345 6789；家属银行卡号另附',
    '向律师咨询；事务所',
    '入住养老院；养老公寓',
    'Group home placement pending; lives in a group home',
    'Medical School; High Schools',
    'Insurance: Blue Badge holder',
  ])('keeps %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['seen at Leeds General Hospital Ward 7 ICU bed 4', ['Leeds General Hospital']],
    ['transferred from Mercy Hospital Monday with GCS 14', ['Mercy Hospital']],
  ])('ends the name of %s before a ward, a day or a score', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organizationDetector: a sports club someone plays for', () => {
  const names = (text: string) => organizationDetector.detect(text).map((d) => text.slice(d.start, d.end));

  it.each([
    ["Connor McKenzie's concussion happened during a hurling match for Ballyhale Shamrocks.", ['Ballyhale Shamrocks']],
    ['has played rugby for Corinthian Casuals since school', ['Corinthian Casuals']],
    ['injured in a game against Kilburn Cosmos on Saturday', ['Kilburn Cosmos']],
  ])('takes the club in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'HLA match for Renal Transplant pending',
    'a good match for Parkinson Disease trial; plays for Ireland',
    'plays for fun; training for Dry Needling course',
    'match for Hepatitis B Vaccination status',
  ])('keeps %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('organizationDetector: facilities and employers named without a facility word, after a care or work phrase', () => {
  const orgs = (text: string) =>
    resolveOverlaps(organizationDetector.detect(text))
      .filter((d) => d.type === 'organization')
      .map((d) => text.slice(d.start, d.end));
  it.each([
    ["Transferred from Addenbrooke's last night.", "Addenbrooke's"],
    ['Previously treated at Johns Hopkins.', 'Johns Hopkins'],
    ['Follow-up at Mount Sinai in 2 weeks.', 'Mount Sinai'],
    ['Was an inpatient at Great Ormond Street in 2019.', 'Great Ormond Street'],
    ['Referred from Westmead for PET.', 'Westmead'],
    ['Had chemo at Sloan Kettering.', 'Sloan Kettering'],
    ['Transferred to the Royal Marsden.', 'Royal Marsden'],
    ["Seen at Guy's and St Thomas' for a second opinion.", "Guy's and St Thomas'"],
    ['Prior admission to Cedars-Sinai.', 'Cedars-Sinai'],
    ['He is a nurse at Alder Hey.', 'Alder Hey'],
    ['Followed by the team at Mayo.', 'Mayo'],
    ['Works as a driver for Amazon.', 'Amazon'],
    ['Studies at Harvard.', 'Harvard'],
    ['Prescription collected from Walgreens on Main.', 'Walgreens'],
    ['Dialysis at Fresenius Kidney Care, Eastgate.', 'Fresenius Kidney Care'],
    ['Lives in sheltered housing run by Anchor Hanover.', 'Anchor Hanover'],
    ['Attends Riverside Primary, year 4.', 'Riverside Primary'],
    ['Had her hip done at Nuffield last year.', 'Nuffield'],
    ['Cleaner at Heathrow, night shifts.', 'Heathrow'],
    ['Was under the care of Moorfields.', 'Moorfields'],
    ['Scan booked at Spire Bushey.', 'Spire Bushey'],
  ])('finds the organisation in %s', (text, expected) => {
    expect(orgs(text)).toContain(expected);
  });

  it.each([
    'Transferred to Critical Care, then referred to Respiratory and admitted to Acute Medicine.',
    'Seen at Pain Management; transferred from Resus to Majors; referred to Social Services.',
    'Admitted to Ward 4, transferred to Theatre, then Recovery; follow-up at Christmas.',
    'Referred to Dr Okafor; referred to Mary Chen; seen by Priya Patel; transferred to Nightingale Ward.',
    'Works from Home; nurse at night; dialysis at Home; referred from GP; transferred from Leeds.',
    "Referred to Parkinson's nurse; follow-up at Memory Clinic; admitted to ICU from ED.",
    'Under the care of Cardiology; procedure done at Bedside; booked at Reception; Insurance ID: ZGP44821901.',
  ])('keeps %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('organizationDetector: pharmacies, mines, laboratories and places of worship by their kind word', () => {
  const names = (text: string) => [...new Set(resolveOverlaps(organizationDetector.detect(text)).map((d) => text.slice(d.start, d.end)))];
  it.each([
    ['Pharmacy: Hillcrest Pharmacy, tel on file.', ['Hillcrest Pharmacy']],
    ["Collects her dosette box from Patel's Chemist on Fridays.", ["Patel's Chemist"]],
    ['He worked for 30 years at Bentley Colliery and has pneumoconiosis.', ['Bentley Colliery']],
    ['Volunteers at Grace Fellowship on weekends.', ['Grace Fellowship']],
    ['Sleep study done at Riverside Sleep Center.', ['Riverside Sleep Center']],
    ['药是在老百姓大药房买的。', ['老百姓大药房']],
    ['在海王星辰药店购买布洛芬。', ['海王星辰药店']],
    ['标本送金域检验中心复核。', ['金域检验中心']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("leaves a hospital's own pharmacy, laboratory and check-up departments and unnamed kinds alone", () => {
    expect(names('门诊药房取药；中药房代煎；临床检验中心复核；健康体检中心；楼下药店；Hospital Pharmacy; the Cancer Center; Sleep Center referral')).toEqual(
      [],
    );
  });
});

describe('organizationDetector: hospitals written in capitals, and Nordic hospital names', () => {
  it.each([
    ['Transferred from MASSACHUSETTS GENERAL HOSPITAL yesterday', 'MASSACHUSETTS GENERAL HOSPITAL'],
    ['REFERRED FROM LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA', 'LAGOS UNIVERSITY TEACHING HOSPITAL'],
    ["ST. MICHAEL'S HOSPITAL, Toronto", "ST. MICHAEL'S HOSPITAL"],
    ['Overlege ved Oslo universitetssykehus, avdeling for nyresykdommer', 'Oslo universitetssykehus'],
    ['innlagt på Rikshospitalet i 2019', 'Rikshospitalet'],
    ['Indlagt på Rigshospitalet, København', 'Rigshospitalet'],
    ['remiss från Karolinska universitetssjukhuset, Solna', 'Karolinska universitetssjukhuset'],
    ['Lähete: Tampereen yliopistollinen sairaala', 'Tampereen yliopistollinen sairaala'],
  ])('finds the facility in %s', (text, facility) => {
    expect(values(text)).toContainEqual(['organization', facility]);
  });

  it('leaves capitalised headings and kinds of hospital alone', () => {
    expect(values('DISCHARGE SUMMARY: GENERAL HOSPITAL ADMISSION')).toEqual([]);
    expect(values('TEACHING HOSPITAL protocol applies')).toEqual([]);
    expect(values('sykehuset anbefaler kontroll; universitetssykehus-nivå')).toEqual([]);
  });
});

describe('organizationDetector: polyclinics, mental health services and names with diacritics', () => {
  it.each([
    ['Copy to: Dr Lim Kah Hoe, Bukit Batok Polyclinic', 'Bukit Batok Polyclinic'],
    ['Amlodipine stopped by Dr Goh at Ang Mo Kio Polyclinic in Aug 2024.', 'Ang Mo Kio Polyclinic'],
    ["PSYCHIATRY REVIEW - St Patrick's Mental Health Services", "St Patrick's Mental Health Services"],
    ['Whangārei Hospital - Outpatient letter', 'Whangārei Hospital'],
  ])('takes %s', (text, expected) => {
    expect(values(text).map(([, value]) => value)).toEqual([expected]);
  });

  it.each(['Referred to the polyclinic for dressings.', 'Community Mental Health Services will follow up.', 'Adult Mental Health Services referral sent.'])(
    'keeps %s',
    (text) => {
      expect(values(text)).toEqual([]);
    },
  );
});
