import type { GoldSentence } from './deid-gold-set';

/**
 * Twelfth gold set: an outside evaluator's held-out set (set 25), written by someone who read no de-identification code
 * and scored once, blind, before anything was tuned on it. 150 items: 75 Chinese (mainland, Hong Kong, Taiwan, mixed
 * Chinese-English) and 75 English (fourteen countries, South Asia and Africa included); 100 carry 358 identifiers (161
 * names, 69 items with no trigger word anywhere), 50 carry none. Kept as the evaluator annotated it (relative weekdays are
 * not identifiers there; MedLocal takes them): its spec holds the score reached, not the floors of the other sets, until
 * the names it shows are read (rare surnames in lists and after roles, lower-case chat names, Pinyin in Chinese chat).
 */
export const DEID_GOLD_SET_V12: readonly GoldSentence[] = [
  {
    text: '手术记录\n患者：司马文涛，男，54岁，住院号0087452\n术前诊断：胆囊结石伴慢性胆囊炎\n手术日期：2023年11月20日\n术者：陈志远  一助：阙海峰  麻醉：仉晓雯\n手术名称：腹腔镜胆囊切除术（LC），术中见胆囊壁增厚约5mm，Calot三角粘连，顺行切除，出血约10ml。',
    spans: [
      { type: 'name', text: '司马文涛' },
      { type: 'mrn', text: '0087452' },
      { type: 'date', text: '11月20日' },
      { type: 'name', text: '陈志远' },
      { type: 'name', text: '阙海峰' },
      { type: 'name', text: '仉晓雯' },
    ],
  },
  {
    text: '胰岛素泵：MiniMed 780G，序列号NG4116384H，邱梓涵，住院号A2024-06671，基础率0.6U/h，餐前大剂量按ICR 1:10计算。',
    spans: [
      { type: 'device', text: 'NG4116384H' },
      { type: 'name', text: '邱梓涵' },
      { type: 'mrn', text: 'A2024-06671' },
    ],
  },
  { text: '白玉洁，白细胞3.2×10^9/L，中性粒细胞1.1×10^9/L，化疗后骨髓抑制II度，予rhG-CSF 300μg皮下注射。', spans: [{ type: 'name', text: '白玉洁' }] },
  {
    text: '退费申请：黎志军，门诊号M1180034，因重复缴费退款328.50元，原路退回至6222 0212 3456 7811。',
    spans: [
      { type: 'name', text: '黎志军' },
      { type: 'mrn', text: 'M1180034' },
      { type: 'bank-card', text: '6222 0212 3456 7811' },
    ],
  },
  {
    text: 'SBAR\nS: Rose Kelly, bed 9, 78F, day 2 post R TKR, Hb dropped to 84.\nB: T2DM, AF on warfarin (INR 2.4 pre-op, bridged).\nA: tachy 112, BP 98/60, wound ooze ++.\nR: Will ask Mark (ortho reg) to review urgently; G&S sent.',
    spans: [
      { type: 'name', text: 'Rose Kelly' },
      { type: 'bed', text: '9' },
      { type: 'name', text: 'Mark' },
    ],
  },
  {
    text: 'Referral: Ms YANG Xiaoli（杨晓丽），DOB 1990-07-24，Passport EK4827391，referred to Singapore General Hospital for proton therapy；诊断：鼻咽癌 T2N1M0，EBV-DNA 2.3×10^3 copies/ml。',
    spans: [
      { type: 'name', text: 'YANG Xiaoli' },
      { type: 'name', text: '杨晓丽' },
      { type: 'date', text: '07-24' },
      { type: 'passport', text: 'EK4827391' },
      { type: 'organization', text: 'Singapore General Hospital' },
    ],
  },
  {
    text: 'Hope for gradual improvement; she remains on levetiracetam (Keppra) 500 mg BD and the plan was reviewed against NICE NG217 (2022) for epilepsy.',
    spans: [],
  },
  {
    text: '复旦大学附属中山医院病理诊断报告书\n姓名 鞠文静  住院号 1456789\n送检：（左乳）肿物\n诊断：浸润性导管癌，II级，ER(90%+)，PR(60%+)，HER2(2+)，FISH待查，Ki-67约30%。',
    spans: [
      { type: 'organization', text: '复旦大学附属中山医院' },
      { type: 'name', text: '鞠文静' },
      { type: 'mrn', text: '1456789' },
    ],
  },
  {
    text: '理赔报案 报案号ACIC2024090113562 被保险人尚文杰 出险日期2024年7月21日 就诊医院郑州大学第一附属医院 诊断：右胫腓骨骨折，行切开复位内固定术。',
    spans: [
      { type: 'other-id', text: 'ACIC2024090113562' },
      { type: 'name', text: '尚文杰' },
      { type: 'date', text: '7月21日' },
      { type: 'organization', text: '郑州大学第一附属医院' },
    ],
  },
  {
    text: 'Kia ora, discharge summary for Aroha Te Whare, NHI PKR4735. Cellulitis R lower leg, IV flucloxacillin then oral. Whānau contact: Hemi Te Whare 021 448 9317. Home: 27 Ponsonby Road, Grey Lynn, Auckland 1021.',
    spans: [
      { type: 'name', text: 'Aroha Te Whare' },
      { type: 'mrn', text: 'PKR4735' },
      { type: 'name', text: 'Hemi Te Whare' },
      { type: 'phone', text: '021 448 9317' },
      { type: 'address', text: '27 Ponsonby Road, Grey Lynn, Auckland 1021' },
    ],
  },
  {
    text: '起搏器程控：沈德华，植入Medtronic Azure XT DR MRI SureScan，序列号RNB604172S，电池寿命约9.5年，心房起搏比例12%，心室起搏比例3%，阈值稳定。',
    spans: [
      { type: 'name', text: '沈德华' },
      { type: 'device', text: 'RNB604172S' },
    ],
  },
  {
    text: '医生：您好，先核对一下，您叫什么名字？\n患者：褚淑芬，今年59了。\n医生：哪里不舒服？\n患者：最近老是口干、喝水多，体重掉了5斤。\n医生：查过血糖吗？\n患者：社区查空腹9.8。我女儿褚静在华为技术有限公司上班，是她让我来的。',
    spans: [
      { type: 'name', text: '褚淑芬' },
      { type: 'name', text: '褚静' },
      { type: 'organization', text: '华为技术有限公司' },
    ],
  },
  {
    text: "Addison's disease on hydrocortisone 10/5/5 mg; sick-day rules reinforced; no Cushingoid features. Short Synacthen test had confirmed the diagnosis.",
    spans: [],
  },
  {
    text: 'Tan Wei Ming, NRIC S7834125D, reviewed at Tan Tock Seng Hospital diabetic foot clinic. Wagner grade 2 ulcer R hallux. Address: Blk 412 Ang Mo Kio Ave 10, #08-1143, Singapore 560412.',
    spans: [
      { type: 'name', text: 'Tan Wei Ming' },
      { type: 'id-card', text: 'S7834125D' },
      { type: 'organization', text: 'Tan Tock Seng Hospital' },
      { type: 'address', text: 'Blk 412 Ang Mo Kio Ave 10, #08-1143, Singapore 560412' },
    ],
  },
  {
    text: 'Portal audit: account n.fernando84@yahoo.com (Nadeesha Fernando) logged in from 102.89.34.211 and downloaded HbA1c and lipid results.',
    spans: [
      { type: 'email', text: 'n.fernando84@yahoo.com' },
      { type: 'name', text: 'Nadeesha Fernando' },
      { type: 'ip', text: '102.89.34.211' },
    ],
  },
  { text: 'Guillain-Barré syndrome: IVIg 0.4 g/kg/day x5 days; FVC monitoring q6h, intubate if < 20 mL/kg (EGRIS score 4).', spans: [] },
  {
    text: 'PT: OLUWASEUN ADEBAYO  AGE: 19  DX: SICKLE CELL CRISIS WITH ACUTE CHEST SYNDROME  PLAN: EXCHANGE TRANSFUSION, IV CEFTRIAXONE + AZITHROMYCIN',
    spans: [{ type: 'name', text: 'OLUWASEUN ADEBAYO' }],
  },
  { text: 'Rose Bengal test negative; brucellosis unlikely. Blood cultures x2 no growth at 48 h. Continue doxycycline pending serology.', spans: [] },
  { text: 'test,value,unit,flag\nNa,128,mmol/L,L\nK,5.9,mmol/L,H\nCreatinine,212,umol/L,H\neGFR,24,mL/min/1.73m2,L', spans: [] },
  {
    text: '| Drug | Dose | Freq |\n|---|---|---|\n| Metformin (Glucophage) | 1 g | BD |\n| Empagliflozin (Jardiance) | 10 mg | OD |\n| Atorvastatin (Lipitor) | 40 mg | ON |',
    spans: [],
  },
  {
    text: '新生儿出生记录：母亲耿雪梅，G2P1，孕39+2周，于2024年5月12日08:35顺产一女婴，体重3250g，Apgar评分9-10分，母婴同室32床。',
    spans: [
      { type: 'name', text: '耿雪梅' },
      { type: 'date', text: '5月12日' },
      { type: 'bed', text: '32', occurrence: 1 },
    ],
  },
  {
    text: "Pádraig Ó Súilleabháin was reviewed in the St Vincent's University Hospital IBD clinic; Crohn's disease, Harvey-Bradshaw index 9, started ustekinumab.",
    spans: [
      { type: 'name', text: 'Pádraig Ó Súilleabháin' },
      { type: 'organization', text: "St Vincent's University Hospital" },
    ],
  },
  { text: '血常规：白细胞12.6×10^9/L，中性粒细胞百分比85.3%，淋巴细胞0.8×10^9/L，血红蛋白98g/L，血小板312×10^9/L；CRP 76mg/L，PCT 2.1ng/ml。', spans: [] },
  {
    text: '家属签字：配偶饶美珍、长子晏国栋、次女晏红，均已知晓经皮冠状动脉介入治疗风险并同意手术。',
    spans: [
      { type: 'name', text: '饶美珍' },
      { type: 'name', text: '晏国栋' },
      { type: 'name', text: '晏红' },
    ],
  },
  {
    text: '家访记录：前往成都市武侯区人民南路四段27号附1号2单元601看望蒲国华老人（96岁），骶尾部压疮II期约3×4cm，予水胶体敷料，孙子蒲小川负责日常翻身。',
    spans: [
      { type: 'address', text: '成都市武侯区人民南路四段27号附1号2单元601' },
      { type: 'name', text: '蒲国华' },
      { type: 'age', text: '96' },
      { type: 'name', text: '蒲小川' },
    ],
  },
  { text: '高血压3级（极高危），2型糖尿病，血压170/100mmHg，予硝苯地平控释片30mg qd、厄贝沙坦150mg qd，复查糖化血红蛋白7.8%。', spans: [] },
  { text: '诊断编码：I10 原发性高血压；E11.9 2型糖尿病不伴并发症；N18.3 慢性肾脏病3期；J44.1 慢阻肺伴急性加重。', spans: [] },
  {
    text: '中医门诊 尹春花 女 46岁 门诊号20240611035\n主诉：月经量少3月。舌淡苔薄白，脉细弱。辨证：气血两虚。\n方药：八珍汤加减，当归10g 川芎6g 白芍12g 熟地15g 党参15g 白术10g 茯苓12g 炙甘草6g，7剂。',
    spans: [
      { type: 'name', text: '尹春花' },
      { type: 'mrn', text: '20240611035' },
    ],
  },
  {
    text: 'Home health referral: Dorothy McAllister, 91 y/o, 1820 N Halsted St, Apt 2F, Chicago, IL 60614; CHF, furosemide 40 mg BID. Daughter June McAllister ((312) 555-0187, june.mcallister@gmail.com).',
    spans: [
      { type: 'name', text: 'Dorothy McAllister' },
      { type: 'age', text: '91' },
      { type: 'address', text: '1820 N Halsted St, Apt 2F, Chicago, IL 60614' },
      { type: 'name', text: 'June McAllister' },
      { type: 'phone', text: '(312) 555-0187' },
      { type: 'email', text: 'june.mcallister@gmail.com' },
    ],
  },
  { text: '今日查房，麦嘉怡诉腹胀好转，已排气排便，拔除胃管，改流质饮食。', spans: [{ type: 'name', text: '麦嘉怡' }] },
  {
    text: 'HIV clinic: Thandiwe Dlamini, ID 8705120623083, viral load <50 copies/mL on TLD; CD4 512. Referred from Chris Hani Baragwanath Academic Hospital.',
    spans: [
      { type: 'name', text: 'Thandiwe Dlamini' },
      { type: 'id-card', text: '8705120623083' },
      { type: 'organization', text: 'Chris Hani Baragwanath Academic Hospital' },
    ],
  },
  {
    text: '职工体检异常通知：镇海炼化分公司员工邬海滨（员工号ZH-087731），ALT 112U/L，AST 68U/L，HBsAg阳性，建议肝病专科就诊。',
    spans: [
      { type: 'organization', text: '镇海炼化分公司' },
      { type: 'name', text: '邬海滨' },
      { type: 'other-id', text: 'ZH-087731' },
    ],
  },
  {
    text: 'EXAM: CT ABDOMEN/PELVIS WITH CONTRAST\nPATIENT: GONZALEZ, MARIA L   MRN: 88201937   ACCESSION: CT24-0918812\nIMPRESSION: 1. Acute uncomplicated appendicitis, appendix 11 mm. 2. No abscess.\nDictated by: Kevin J. Nakamura, MD',
    spans: [
      { type: 'name', text: 'GONZALEZ, MARIA L' },
      { type: 'mrn', text: '88201937' },
      { type: 'other-id', text: 'CT24-0918812' },
      { type: 'name', text: 'Kevin J. Nakamura' },
    ],
  },
  { text: '神志清，精神可，双肺呼吸音粗，未闻及干湿啰音，Braden评分14分，Morse跌倒评分45分，高危，床栏保护，家属陪护。', spans: [] },
  {
    text: 'Claim #CLM-2024-0558731\nMember ID: XJH482917305\nSubscriber: Robert Chen\nDate of service: June 3, 2024\nCPT 99284, ICD-10 R07.9 chest pain, unspecified.',
    spans: [
      { type: 'other-id', text: 'CLM-2024-0558731' },
      { type: 'other-id', text: 'XJH482917305' },
      { type: 'name', text: 'Robert Chen' },
      { type: 'date', text: 'June 3' },
    ],
  },
  {
    text: 'Mabel Thornton, 97, DOB 02/06/1927, resident at Larchwood Care Home, 8 Mill Lane, Stroud GL5 3HF; recurrent UTIs, nitrofurantoin 50 mg nocte prophylaxis.',
    spans: [
      { type: 'name', text: 'Mabel Thornton' },
      { type: 'age', text: '97' },
      { type: 'date', text: '02/06/1927' },
      { type: 'organization', text: 'Larchwood Care Home' },
      { type: 'address', text: '8 Mill Lane, Stroud GL5 3HF' },
    ],
  },
  {
    text: 'Maria Theresa Dela Cruz, PhilHealth No. 12-050123456-7, admitted at Philippine General Hospital for dengue with warning signs; platelet 38,000. Contact: +63 917 842 3051, Unit 5C, 1120 Taft Avenue, Ermita, Manila.',
    spans: [
      { type: 'name', text: 'Maria Theresa Dela Cruz' },
      { type: 'other-id', text: '12-050123456-7' },
      { type: 'organization', text: 'Philippine General Hospital' },
      { type: 'phone', text: '+63 917 842 3051' },
      { type: 'address', text: 'Unit 5C, 1120 Taft Avenue, Ermita, Manila' },
    ],
  },
  {
    text: 'Oncology summary: Muhammad Bilal Qureshi, CNIC 35202-4812375-3, MR# SK-0418823 at Shaukat Khanum Memorial Cancer Hospital, Lahore. Diffuse large B-cell lymphoma, R-CHOP cycle 4 given.',
    spans: [
      { type: 'name', text: 'Muhammad Bilal Qureshi' },
      { type: 'id-card', text: '35202-4812375-3' },
      { type: 'mrn', text: 'SK-0418823' },
      { type: 'organization', text: 'Shaukat Khanum Memorial Cancer Hospital' },
    ],
  },
  {
    text: "Dear Dr Okonkwo,\nRe: Siobhan O'Brien, DOB 14/02/1967, NHS No 485 777 3023, 22 Harcourt Terrace, Leeds LS6 2DQ\nShe was admitted to St James's University Hospital on 3 March 2024 with community-acquired pneumonia (CURB-65 score 2) and treated with co-amoxiclav and clarithromycin.\nYours sincerely,\nEleanor Hughes, Specialty Registrar",
    spans: [
      { type: 'name', text: 'Okonkwo' },
      { type: 'name', text: "Siobhan O'Brien" },
      { type: 'date', text: '14/02' },
      { type: 'mrn', text: '485 777 3023' },
      { type: 'address', text: '22 Harcourt Terrace, Leeds LS6 2DQ' },
      { type: 'organization', text: "St James's University Hospital" },
      { type: 'date', text: '3 March' },
      { type: 'name', text: 'Eleanor Hughes' },
    ],
  },
  {
    text: '骆心怡在小红书发帖（https://www.xiaohongshu.com/user/profile/5f3a9c0e000000000101a2b3）说自己停了舍曲林，心理科已电话随访，PHQ-9 16分。',
    spans: [
      { type: 'name', text: '骆心怡' },
      { type: 'url', text: 'https://www.xiaohongshu.com/user/profile/5f3a9c0e000000000101a2b3' },
    ],
  },
  {
    text: "hi josh its kel from 4b, can u chase the CT head for bed 12? she's on apixaban, unwitnessed fall overnight. cheers",
    spans: [
      { type: 'name', text: 'josh' },
      { type: 'name', text: 'kel' },
      { type: 'bed', text: '12' },
    ],
  },
  { text: '妊娠期糖尿病：OGTT 5.3/10.5/8.9 mmol/L，参照IADPSG 2010标准诊断，先饮食运动控制，必要时门冬胰岛素。', spans: [] },
  {
    text: 'Consult note — Jean-François Tremblay, OHIP 5273-198-464-KT, seen at Toronto General Hospital heart failure clinic; lives at 88 Harbord St, Unit 5, Toronto ON M5S 1G5. LVEF 28%, on sacubitril/valsartan 97/103 mg BID, bisoprolol 5 mg, dapagliflozin 10 mg.',
    spans: [
      { type: 'name', text: 'Jean-François Tremblay' },
      { type: 'other-id', text: '5273-198-464-KT' },
      { type: 'organization', text: 'Toronto General Hospital' },
      { type: 'address', text: '88 Harbord St, Unit 5, Toronto ON M5S 1G5' },
    ],
  },
  { text: '收到，今晚夜班注意一下那个胰腺炎的，淀粉酶1200，禁食水，奥曲肽泵入中，明早复查血脂和腹部CT', spans: [] },
  { text: 'Apgar 8 and 9; vitamin K 1 mg IM; hepatitis B vaccine given; newborn blood spot (Guthrie) due day 5.', spans: [] },
  {
    text: '【夜班交接】3床 王建国，男，67岁，2024年3月5日因不稳定型心绞痛入院，今日复查肌钙蛋白I 0.02ng/ml，阿司匹林100mg qd、氯吡格雷75mg qd继续，夜间血压148/86mmHg，已嘱女儿王丽娟夜间留陪。',
    spans: [
      { type: 'bed', text: '3' },
      { type: 'name', text: '王建国' },
      { type: 'date', text: '3月5日' },
      { type: 'name', text: '王丽娟' },
    ],
  },
  {
    text: 'GOLD 2024 report: group E, start LABA+LAMA (Anoro Ellipta); add ICS if eosinophils ≥300. FEV1/FVC 0.58, FEV1 48% predicted; spirometry from June showed similar values.',
    spans: [],
  },
  { text: '帕金森病Hoehn-Yahr 3期，多巴丝肼（美多芭）125mg tid，普拉克索0.25mg tid，症状波动，出现剂末现象，加用恩他卡朋。', spans: [] },
  { text: 'Augmentin Duo Forte 875/125 mg BD x7 days; Panadol 1 g QID PRN; Nurofen avoided because of CKD stage 3b.', spans: [] },
  {
    text: 'School nurse: Grace Oyelaran, Year 9, Hillcrest Academy, student ID HA2291; anaphylaxis to peanut, EpiPen 300 mcg kept in office.',
    spans: [
      { type: 'name', text: 'Grace Oyelaran' },
      { type: 'organization', text: 'Hillcrest Academy' },
      { type: 'other-id', text: 'HA2291' },
    ],
  },
  {
    text: 'GRACE score 142 (high risk); commence fondaparinux 2.5 mg SC daily and ticagrelor 180 mg loading. Will discuss with cardiology re angiography within 24 h.',
    spans: [],
  },
  {
    text: 'visit_id,patient,phone,ward\nV-20931,Brian Kiprotich,+254 712 903 447,Maternity\nV-20932,Faith Chebet,+254 733 118 265,Paeds',
    spans: [
      { type: 'other-id', text: 'V-20931' },
      { type: 'name', text: 'Brian Kiprotich' },
      { type: 'phone', text: '+254 712 903 447' },
      { type: 'other-id', text: 'V-20932' },
      { type: 'name', text: 'Faith Chebet' },
      { type: 'phone', text: '+254 733 118 265' },
    ],
  },
  {
    text: "Phone msg 10:15 — pharmacist Daniel Osei at Lloydspharmacy Headingley called re Faith Mwangi's methotrexate: script says 10 mg daily instead of weekly. Please call back on 0113 278 4410.",
    spans: [
      { type: 'name', text: 'Daniel Osei' },
      { type: 'organization', text: 'Lloydspharmacy Headingley' },
      { type: 'name', text: 'Faith Mwangi' },
      { type: 'phone', text: '0113 278 4410' },
    ],
  },
  {
    text: '病歷號碼：0012345678\n姓名：林怡君\n身分證字號：F228730161\n健保卡號：000031822764\n通訊地址：臺北市大安區復興南路一段390號5樓之2\n就診科別：家醫科\n主訴：咳嗽兩週，伴夜間盜汗。胸部X光：右上肺浸潤，安排痰液抗酸菌塗片三套。',
    spans: [
      { type: 'mrn', text: '0012345678' },
      { type: 'name', text: '林怡君' },
      { type: 'id-card', text: 'F228730161' },
      { type: 'other-id', text: '000031822764' },
      { type: 'address', text: '臺北市大安區復興南路一段390號5樓之2' },
    ],
  },
  {
    text: '| 项目 | 内容 |\n|---|---|\n| 被保险人 | 訾晓燕 |\n| 保单号 | P2024008817356 |\n| 诊断 | 2型糖尿病（E11.9） |\n| 理赔金额 | 3,286.40元 |\n| 收款卡号 | 6228480012736459012 |',
    spans: [
      { type: 'name', text: '訾晓燕' },
      { type: 'other-id', text: 'P2024008817356' },
      { type: 'bank-card', text: '6228480012736459012' },
    ],
  },
  {
    text: '護理紀錄：15床黃淑芬，術後第一天，傷口乾燥無滲液，疼痛分數3分，PCA使用中，協助下床活動。聯絡人：先生蔡明宏，手機0912-345-678。',
    spans: [
      { type: 'bed', text: '15' },
      { type: 'name', text: '黃淑芬' },
      { type: 'name', text: '蔡明宏' },
      { type: 'phone', text: '0912-345-678' },
    ],
  },
  {
    text: "hey hannah can u ring tran's son minh on 0412 773 905 re d/c tmrw, she's going back to bupa aged care rosebud",
    spans: [
      { type: 'name', text: 'hannah' },
      { type: 'name', text: 'tran' },
      { type: 'name', text: 'minh' },
      { type: 'phone', text: '0412 773 905' },
      { type: 'organization', text: 'bupa aged care rosebud' },
    ],
  },
  {
    text: 'Occupational health: Will Foster, staff no. E0048213, Tesco Distribution Centre Daventry, needlestick injury; source HBsAg neg, HCV neg, HIV neg; booster given.',
    spans: [
      { type: 'name', text: 'Will Foster' },
      { type: 'other-id', text: 'E0048213' },
      { type: 'organization', text: 'Tesco Distribution Centre Daventry' },
    ],
  },
  {
    text: '签约服务：越秀区东山街社区卫生服务中心，家庭医生麦志坚，签约居民邝翠萍，住址越秀区署前路12号之三801房，电话020-83761245，2周后复测血压。',
    spans: [
      { type: 'address', text: '越秀区' },
      { type: 'organization', text: '东山街社区卫生服务中心' },
      { type: 'name', text: '麦志坚' },
      { type: 'name', text: '邝翠萍' },
      { type: 'address', text: '越秀区署前路12号之三801房' },
      { type: 'phone', text: '020-83761245' },
    ],
  },
  {
    text: 'Lachlan Fitzgerald (Medicare 3185 72648 1) presented to Royal Prince Alfred Hospital with renal colic; CTKUB 6mm left VUJ calculus. Lives at 15/42 Bondi Road, Bondi NSW 2026. Tamsulosin 400mcg nocte, analgesia.',
    spans: [
      { type: 'name', text: 'Lachlan Fitzgerald' },
      { type: 'other-id', text: '3185 72648 1' },
      { type: 'organization', text: 'Royal Prince Alfred Hospital' },
      { type: 'address', text: '15/42 Bondi Road, Bondi NSW 2026' },
    ],
  },
  { text: '手术名称：腹腔镜下胰十二指肠切除术（Whipple术）；麻醉方式：全麻；术中出血400ml，输悬浮红细胞2U，术后转ICU。', spans: [] },
  {
    text: 'ok 我到放射科了 你让wang lei先去拿liu jie的片子 ct说是阑尾炎 普外已经收了',
    spans: [
      { type: 'name', text: 'wang lei' },
      { type: 'name', text: 'liu jie' },
    ],
  },
  {
    text: '交通伤：莫振宇驾驶粤B·D52817（车架号LSVAM4185C2184846）追尾，安全带勒痕明显，腹部CT示脾脏挫裂伤（AAST II级），血红蛋白118g/L，予保守治疗。',
    spans: [
      { type: 'name', text: '莫振宇' },
      { type: 'plate', text: '粤B·D52817' },
      { type: 'vehicle', text: 'LSVAM4185C2184846' },
    ],
  },
  {
    text: 'Travel clinic: Ifeoma Nwosu, passport A07839214, yellow fever vaccine given, ICVP issued; malaria prophylaxis atovaquone-proguanil.',
    spans: [
      { type: 'name', text: 'Ifeoma Nwosu' },
      { type: 'passport', text: 'A07839214' },
    ],
  },
  {
    text: '@黎明辉 刚才那个28床的引流管脱出了，麻烦过来看下',
    spans: [
      { type: 'name', text: '黎明辉' },
      { type: 'bed', text: '28' },
    ],
  },
  {
    text: 'Pesakit Nurul Aisyah binti Ahmad Zaki, MyKad 920415-10-5234, G2P1 at 32 weeks with pre-eclampsia (BP 162/104, PCR 0.9), IV MgSO4 started and transferred to Hospital Kuala Lumpur.',
    spans: [
      { type: 'name', text: 'Nurul Aisyah binti Ahmad Zaki' },
      { type: 'id-card', text: '920415-10-5234' },
      { type: 'organization', text: 'Hospital Kuala Lumpur' },
    ],
  },
  { text: '病人血壓偏高，已加用Amlodipine 5mg daily，下週一覆診抽血（腎功能、電解質），如有胸痛即回急症室。', spans: [] },
  { text: '桥本甲状腺炎，TSH 8.6mIU/L，FT4 10.2pmol/L，TPOAb>600IU/ml，予左甲状腺素钠片（优甲乐）25μg qd起始，6周后复查。', spans: [] },
  {
    text: '校医室转诊：华中科技大学学生覃思雨，学号U202215873，住韵苑学生公寓27栋416室，发热39.2℃，咽痛，甲流抗原阳性，建议奥司他韦75mg bid×5天，隔离至退热后48h。',
    spans: [
      { type: 'organization', text: '华中科技大学' },
      { type: 'name', text: '覃思雨' },
      { type: 'other-id', text: 'U202215873' },
      { type: 'address', text: '韵苑学生公寓27栋416室' },
    ],
  },
  {
    text: "Dr Rahul Mehta: So how's the breathing since we started the Symbicort?\nJoy Adeyemi: Better, but I still wake up at night coughing.\nDr Rahul Mehta: Let's step up to MART and check your peak flow diary.",
    spans: [
      { type: 'name', text: 'Rahul Mehta' },
      { type: 'name', text: 'Joy Adeyemi' },
      { type: 'name', text: 'Rahul Mehta', occurrence: 1 },
    ],
  },
  {
    text: 'Hosp No: LUTH/24/05531\nName: Chukwuemeka Okafor\nSickle cell disease (HbSS) in vaso-occlusive crisis; IV fluids, morphine PCA, folic acid 5mg daily. Next of kin: Ngozi Okafor (wife), 12 Adeola Odeku Street, Victoria Island, Lagos.',
    spans: [
      { type: 'mrn', text: 'LUTH/24/05531' },
      { type: 'name', text: 'Chukwuemeka Okafor' },
      { type: 'name', text: 'Ngozi Okafor' },
      { type: 'address', text: '12 Adeola Odeku Street, Victoria Island, Lagos' },
    ],
  },
  { text: 'Joy and interest markedly reduced; PHQ-9 18, GAD-7 12. Started sertraline 50 mg mane, safety-netting given, review in 2 weeks.', spans: [] },
  {
    text: 'Aoife Ní Bhriain, PPSN 6284019M, attended the ED at Beaumont Hospital with a first unprovoked seizure; CT brain NAD, EEG booked. GP: Dr Cathal Moran. Address: Apt 12, Clonliffe Court, Drumcondra, Dublin 9, D09 X2P7. Advised not to drive for 6 months as per RSA guidance.',
    spans: [
      { type: 'name', text: 'Aoife Ní Bhriain' },
      { type: 'social-security', text: '6284019M' },
      { type: 'organization', text: 'Beaumont Hospital' },
      { type: 'name', text: 'Cathal Moran' },
      { type: 'address', text: 'Apt 12, Clonliffe Court, Drumcondra, Dublin 9, D09 X2P7' },
    ],
  },
  { text: '急诊分诊：男，45岁，胸痛2小时，心电图示II、III、aVF导联ST段抬高，启动胸痛中心绿色通道，D2B时间目标<90分钟。', spans: [] },
  {
    text: '金海燕伤口分泌物培养：金黄色葡萄球菌（MRSA），对万古霉素、利奈唑胺敏感，予万古霉素1g q12h，监测谷浓度。',
    spans: [{ type: 'name', text: '金海燕' }],
  },
  {
    text: 'Handover from Jericho Bautista RN to Ma. Cristina Villanueva RN at 19:00: bed 4 NEWS2 5, oxygen 2 L via nasal prongs, IV piperacillin-tazobactam due 22:00.',
    spans: [
      { type: 'name', text: 'Jericho Bautista' },
      { type: 'name', text: 'Ma. Cristina Villanueva' },
      { type: 'bed', text: '4' },
    ],
  },
  { text: 'Bill to Medicare Part B for DME (HCPCS E0601 CPAP). AHI 32/h on PSG, moderate-severe OSA; auto-PAP 5-15 cmH2O.', spans: [] },
  {
    text: '请将随访结果发送至zhangmin1985@163.com，这是张敏本人邮箱；甲状腺乳头状癌术后，TSH抑制目标0.1-0.5mIU/L，左甲状腺素钠片100μg qd。',
    spans: [
      { type: 'email', text: 'zhangmin1985@163.com' },
      { type: 'name', text: '张敏' },
    ],
  },
  { text: '金黄色葡萄球菌肺炎，万古霉素谷浓度15.3mg/L，继续原方案；同时予乙酰半胱氨酸雾化，必要时纤支镜吸痰。', spans: [] },
  { text: 'Mark the site: LEFT knee. WHO Surgical Safety Checklist completed. Cefazolin 2 g IV on induction, tourniquet 250 mmHg.', spans: [] },
  { text: '处方：安宫牛黄丸1丸 qd，片仔癀0.6g tid，六味地黄丸8丸 tid，云南白药胶囊0.5g tid，连花清瘟胶囊4粒 tid。', spans: [] },
  {
    text: 'OPERATIVE NOTE\nSurgeon: Anita Raghunathan FRCS   Assistant: Tomás Ó Floinn\nPatient: Declan Murphy\nProcedure: laparoscopic right hemicolectomy for caecal adenocarcinoma; ileocolic anastomosis stapled; EBL 150 mL.',
    spans: [
      { type: 'name', text: 'Anita Raghunathan' },
      { type: 'name', text: 'Tomás Ó Floinn' },
      { type: 'name', text: 'Declan Murphy' },
    ],
  },
  {
    text: 'Co-pay $40 taken on card 4539 5787 6362 1486 for Elena Petrova, visit for otitis externa, ciprofloxacin/dexamethasone drops.',
    spans: [
      { type: 'bank-card', text: '4539 5787 6362 1486' },
      { type: 'name', text: 'Elena Petrova' },
    ],
  },
  {
    text: 'Amélie Gagnon, RAMQ GAGA85620914, referred to CHU Sainte-Justine for gestational diabetes at 26 weeks; GCT 11.8 mmol/L.',
    spans: [
      { type: 'name', text: 'Amélie Gagnon' },
      { type: 'other-id', text: 'GAGA85620914' },
      { type: 'organization', text: 'CHU Sainte-Justine' },
    ],
  },
  {
    text: 'Refund of overpaid clinic fee to sort code 20-45-77, account 43981276 (A/C name: Priya Nair).',
    spans: [
      { type: 'account', text: '43981276' },
      { type: 'name', text: 'Priya Nair' },
    ],
  },
  {
    text: "Wanjiru Kamau, NHIF No. 4829173, delivered at Kenyatta National Hospital by emergency C-section for obstructed labour; baby 3.4 kg. Husband's number 0722 418 903; home House 27, Kiambu Road, Ridgeways, Nairobi.",
    spans: [
      { type: 'name', text: 'Wanjiru Kamau' },
      { type: 'other-id', text: '4829173' },
      { type: 'organization', text: 'Kenyatta National Hospital' },
      { type: 'phone', text: '0722 418 903' },
      { type: 'address', text: 'House 27, Kiambu Road, Ridgeways, Nairobi' },
    ],
  },
  {
    text: 'Craig Buchanan, driving licence BUCHA709152CJ9XY, had a first seizure 3 weeks ago; advised not to drive and to inform the DVLA.',
    spans: [
      { type: 'name', text: 'Craig Buchanan' },
      { type: 'license', text: 'BUCHA709152CJ9XY' },
    ],
  },
  {
    text: "| Name | DOB | MRN | Ward |\n|---|---|---|---|\n| HAMID, Yusuf | 1929-08-30 | RX4471902 | Elderly Care 3 |\n| O'SULLIVAN, Bridget | 1948-01-17 | RX5583016 | Stroke Unit |",
    spans: [
      { type: 'name', text: 'HAMID, Yusuf' },
      { type: 'date', text: '1929-08-30' },
      { type: 'mrn', text: 'RX4471902' },
      { type: 'name', text: "O'SULLIVAN, Bridget" },
      { type: 'date', text: '01-17' },
      { type: 'mrn', text: 'RX5583016' },
    ],
  },
  {
    text: '影像报告  门诊号：MZ00318842  姓名：亓红梅  年龄：58岁\n检查部位：胸部CT平扫\n所见：右肺上叶磨玻璃结节约8mm，边界清，左肺下叶少许纤维条索。\n印象：右肺上叶GGN（Lung-RADS 3类），建议6个月复查。\n报告医师：冼嘉欣  审核医师：甄立群',
    spans: [
      { type: 'mrn', text: 'MZ00318842' },
      { type: 'name', text: '亓红梅' },
      { type: 'name', text: '冼嘉欣' },
      { type: 'name', text: '甄立群' },
    ],
  },
  {
    text: 'Dengue NS1 positive, platelets 42,000/µL, haematocrit 44%; no warning signs; oral fluids, paracetamol, avoid NSAIDs; repeat CBC in 24 h.',
    spans: [],
  },
  {
    text: "Faith-based refusal of blood products documented (Jehovah's Witness); tranexamic acid 1 g IV given, cell salvage arranged, pre-op Hb 92 g/L.",
    spans: [],
  },
  { text: '病理：（胃窦）黏膜慢性炎症，活动性（+），幽门螺杆菌（+），肠上皮化生（轻度），未见异型增生（参照新悉尼系统分级）。', spans: [] },
  { text: 'ICD-10-CM: E11.65, I48.91, N17.9. SNOMED CT 44054006 (Diabetes mellitus type 2). LOINC 4548-4 HbA1c = 9.2%.', spans: [] },
  { text: '医保目录：阿托伐他汀钙片（立普妥）20mg，甲类；硫酸氢氯吡格雷片（波立维）75mg，乙类；达格列净（安达唐）10mg，乙类。', spans: [] },
  {
    text: '闵秀云，身份证37010219340308062X，90岁，跌倒后左髋疼痛，X线示左股骨粗隆间骨折，拟行PFNA内固定。',
    spans: [
      { type: 'name', text: '闵秀云' },
      { type: 'id-card', text: '37010219340308062X' },
      { type: 'age', text: '90' },
    ],
  },
  {
    text: 'Interpreter Yousef Khalil present for Fatima Al-Zahra Haddad (Arabic). Consent obtained for elective caesarean at 39 weeks; placenta praevia grade IV.',
    spans: [
      { type: 'name', text: 'Yousef Khalil' },
      { type: 'name', text: 'Fatima Al-Zahra Haddad' },
    ],
  },
  { text: 'May consider switching to apixaban 5 mg BD if CrCl > 30 mL/min; CHA2DS2-VASc 4, HAS-BLED 2.', spans: [] },
  { text: '项目,结果,单位,参考范围\n钾,3.2,mmol/L,3.5-5.3\n钠,131,mmol/L,137-147\n肌酐,168,μmol/L,57-97\n尿素,12.4,mmol/L,2.6-7.5', spans: [] },
  {
    text: "DOCTOR: Any chest pain when you climb stairs?\nPATIENT: Only after two flights, it goes away when I rest.\nDOCTOR: We'll arrange an exercise ECG and start aspirin 75 mg.",
    spans: [],
  },
  {
    text: '转诊单\n转出单位：台州市黄岩区第一人民医院\n患者缑志明，男，45岁，医保卡号33100057128846，因反复黑便3天，胃镜示十二指肠球部溃疡（Forrest IIa），已予内镜下止血，现转上级医院进一步治疗。',
    spans: [
      { type: 'address', text: '台州市黄岩区' },
      { type: 'organization', text: '第一人民医院' },
      { type: 'name', text: '缑志明' },
      { type: 'other-id', text: '33100057128846' },
    ],
  },
  {
    text: 'HIS异常访问提醒：工号H03127（龚丽萍）于23:14从10.21.33.145查阅了蒙志强的病历（住院号2023118457），请科室核实。',
    spans: [
      { type: 'other-id', text: 'H03127' },
      { type: 'name', text: '龚丽萍' },
      { type: 'ip', text: '10.21.33.145' },
      { type: 'name', text: '蒙志强' },
      { type: 'mrn', text: '2023118457' },
    ],
  },
  { text: 'Plan：继续ceftriaxone 2g qd，f/u blood culture，若fever spike >38.5℃则add vancomycin；Echo r/o IE（modified Duke criteria 2023）。', spans: [] },
  {
    text: 'ah hock uncle at Changi General Hospital ward 36 bed 11 already, they say must do angiogram tomorrow',
    spans: [
      { type: 'name', text: 'ah hock' },
      { type: 'organization', text: 'Changi General Hospital' },
      { type: 'bed', text: '11' },
    ],
  },
  {
    text: '出院摘要\n病人姓名：陳志明（CHAN Chi Ming）\n香港身份證：K482619(1)\n醫院編號：HN05123456\n瑪麗醫院內科，入院日期：2024年4月3日\n診斷：急性心肌梗塞（STEMI），已行PCI植入藥物洗脫支架一枚。\n聯絡電話：9123 4786\n地址：九龍觀塘協和街33號安基大廈12樓B室',
    spans: [
      { type: 'name', text: '陳志明' },
      { type: 'name', text: 'CHAN Chi Ming' },
      { type: 'id-card', text: 'K482619(1)' },
      { type: 'mrn', text: 'HN05123456' },
      { type: 'organization', text: '瑪麗醫院' },
      { type: 'date', text: '4月3日' },
      { type: 'phone', text: '9123 4786' },
      { type: 'address', text: '九龍觀塘協和街33號安基大廈12樓B室' },
    ],
  },
  {
    text: "Leo Sandoval's mum uploaded seizure videos to https://www.youtube.com/@LeoSeizureDiary; events look like focal to bilateral tonic-clonic. Continue levetiracetam 20 mg/kg BD.",
    spans: [
      { type: 'name', text: 'Leo Sandoval' },
      { type: 'url', text: 'https://www.youtube.com/@LeoSeizureDiary' },
    ],
  },
  {
    text: 'Admitted March 5, 2024 under Dr Samuel Adjei; Kwame Mensah, 67M, decompensated alcohol-related cirrhosis (Child-Pugh C, MELD 24). Terlipressin + albumin for HRS-AKI.',
    spans: [
      { type: 'date', text: 'March 5' },
      { type: 'name', text: 'Samuel Adjei' },
      { type: 'name', text: 'Kwame Mensah' },
    ],
  },
  {
    text: '入院登记：姓名 欧阳晓峰  性别 男  身份证号 320102197806152316  联系电话 13912345678  住址 南京市鼓楼区中山北路218号3栋502室  住院号 ZY20240318  入院诊断：右肺腺癌（cT2aN1M0）',
    spans: [
      { type: 'name', text: '欧阳晓峰' },
      { type: 'id-card', text: '320102197806152316' },
      { type: 'phone', text: '13912345678' },
      { type: 'address', text: '南京市鼓楼区中山北路218号3栋502室' },
      { type: 'mrn', text: 'ZY20240318' },
    ],
  },
  {
    text: 'Triage: adult female, febrile 39.4, mRDT positive for P. falciparum, parasitaemia 3%; IV artesunate 2.4 mg/kg at 0, 12 and 24 h per WHO 2015 guidelines.',
    spans: [],
  },
  {
    text: 'Fit note: Gareth Llewellyn is not fit for work from 12 August 2024 to 26 August 2024 because of lumbar radiculopathy (L5). Employer: Network Rail. Phased return advised.',
    spans: [
      { type: 'name', text: 'Gareth Llewellyn' },
      { type: 'date', text: '12 August' },
      { type: 'date', text: '26 August' },
      { type: 'organization', text: 'Network Rail' },
    ],
  },
  { text: '藥師提醒：Warfarin與克拉黴素併用可能使INR上升，建議監測INR，目標2.0-3.0；若INR>4.0應暫停一劑。', spans: [] },
  { text: '常规心电图：窦性心律，心率78次/分，QTc 452ms，V1-V3导联ST段穹窿型抬高0.2mV，Brugada综合征待排。', spans: [] },
  {
    text: '癫痫患者驾驶评估：熊志伟，驾驶证档案编号510100834726，近12个月无发作，丙戊酸钠缓释片500mg bid，血药浓度72μg/ml，脑电图未见痫样放电。',
    spans: [
      { type: 'name', text: '熊志伟' },
      { type: 'license', text: '510100834726' },
    ],
  },
  {
    text: 'ICD check: Harold Barnes, Boston Scientific Resonate EL ICD, S/N PLT802117R; battery 8.7 yrs, 2 episodes VT terminated by ATP, no shocks.',
    spans: [
      { type: 'name', text: 'Harold Barnes' },
      { type: 'device', text: 'PLT802117R' },
    ],
  },
  {
    text: '急诊预检分诊 到达时间14:20\n蒋浩然 男 28岁 主诉：骑电动车与轿车相撞致右腕肿痛1小时，对方车辆沪A·5K829，交警已到场。\nT 36.8℃ P 96 R 18 BP 132/78 SpO2 99%  分级：III级',
    spans: [
      { type: 'name', text: '蒋浩然' },
      { type: 'plate', text: '沪A·5K829' },
    ],
  },
  {
    text: 'Pt 赵志刚, M/62, s/p PCI 2022, 今晨 c/o chest tightness x2h, ECG: ST depression V4-V6, hs-TnT 0.089↑。Plan: DAPT + LMWH，已call心内科周立新会诊。',
    spans: [
      { type: 'name', text: '赵志刚' },
      { type: 'name', text: '周立新' },
    ],
  },
  {
    text: "Positive Murphy's sign; Charcot's triad absent; Courvoisier's law not applicable. USS: thick-walled gallbladder with stones. Plan MRCP.",
    spans: [],
  },
  {
    text: 'From: k.odhiambo@aku.edu\nTo: cardiology referrals\nRe: Achieng Otieno, 41F, rheumatic mitral stenosis, MVA 0.9 cm², NYHA III. Kindly review for PTMC at Aga Khan University Hospital.\nKevin Odhiambo',
    spans: [
      { type: 'email', text: 'k.odhiambo@aku.edu' },
      { type: 'name', text: 'Achieng Otieno' },
      { type: 'organization', text: 'Aga Khan University Hospital' },
      { type: 'name', text: 'Kevin Odhiambo' },
    ],
  },
  {
    text: 'Dr Nkechi Eze (GMC 7034519) reviewed the patient in clinic and confirmed the diagnosis of polymyalgia rheumatica; prednisolone 15 mg.',
    spans: [
      { type: 'name', text: 'Nkechi Eze' },
      { type: 'license', text: '7034519' },
    ],
  },
  { text: 'Next Monday: repeat LFTs; if ALT > 5x ULN stop flucloxacillin. Hepatitis serology (HBsAg, anti-HCV) negative.', spans: [] },
  {
    text: 'Md Rafiqul Islam, FIN G5512830N, work permit holder employed by Keppel Shipyard, crush injury L hand; X-ray: fracture 4th metacarpal.',
    spans: [
      { type: 'name', text: 'Md Rafiqul Islam' },
      { type: 'id-card', text: 'G5512830N' },
      { type: 'organization', text: 'Keppel Shipyard' },
    ],
  },
  { text: 'pls chase the trop on the chest pain guy in resus, 2nd one due at 14:00. ecg shows new twi v1-v3', spans: [] },
  {
    text: '危急值报告：检验科逄志刚于14:35电话通知，21床禚玉兰血钾6.8mmol/L，已告知值班医生于海洋，予10%葡萄糖酸钙10ml缓慢静推、胰岛素+葡萄糖静滴。',
    spans: [
      { type: 'name', text: '逄志刚' },
      { type: 'bed', text: '21' },
      { type: 'name', text: '禚玉兰' },
      { type: 'name', text: '于海洋' },
    ],
  },
  {
    text: '韦秀英拟赴泰国旅行，护照号E38291745，需开具英文药品携带证明：左甲状腺素钠片50μg qd，二甲双胍缓释片0.5g bid，胰岛素笔一支。',
    spans: [
      { type: 'name', text: '韦秀英' },
      { type: 'passport', text: 'E38291745' },
    ],
  },
  { text: '右桡骨远端骨折（Colles骨折）手法复位后石膏托外固定，嘱抬高患肢，观察指端血运，2周后复查X线。', spans: [] },
  {
    text: 'Ken Wong: 阿媽今日喺伊利沙伯醫院覆診，醫生話HbA1c 8.1%，要加藥\nMandy: 加咩藥？\nKen Wong: 話加Jardiance 10mg，6月18日再抽血',
    spans: [
      { type: 'name', text: 'Ken Wong' },
      { type: 'organization', text: '伊利沙伯醫院' },
      { type: 'name', text: 'Mandy' },
      { type: 'name', text: 'Ken Wong', occurrence: 1 },
      { type: 'date', text: '6月18日' },
    ],
  },
  {
    text: '病假证明\n兹有深圳市南山区第二实验学校教师冯雨桐（工号NS2019047），因急性腰扭伤，建议休息7天（2024年9月9日至9月15日）。\n医师：卢正平  深圳市南山区人民医院',
    spans: [
      { type: 'address', text: '深圳市南山区' },
      { type: 'organization', text: '第二实验学校' },
      { type: 'name', text: '冯雨桐' },
      { type: 'other-id', text: 'NS2019047' },
      { type: 'date', text: '9月9日' },
      { type: 'date', text: '9月15日' },
      { type: 'name', text: '卢正平' },
      { type: 'address', text: '深圳市南山区' },
      { type: 'organization', text: '人民医院' },
    ],
  },
  {
    text: 'Day 3 post-op：卓晓琳 RUQ pain改善，drain 20ml serous，WBC 9.8，plan拔引流管，明天出院。Contact husband Jason Lee +86 138 1024 5567。',
    spans: [
      { type: 'name', text: '卓晓琳' },
      { type: 'name', text: 'Jason Lee' },
      { type: 'phone', text: '+86 138 1024 5567' },
    ],
  },
  {
    text: 'MVC: Tyler Brooks, TX DL 28419375, pickup VIN 1FTEW1E59KFA61927, plate LKT-4829. Seat belt sign, CT chest/abdo: small splenic laceration grade II.',
    spans: [
      { type: 'name', text: 'Tyler Brooks' },
      { type: 'license', text: '28419375' },
      { type: 'vehicle', text: '1FTEW1E59KFA61927' },
      { type: 'plate', text: 'LKT-4829' },
    ],
  },
  {
    text: '刘桂兰的儿子李强：我妈昨天在北京协和医院做了胃镜，报告说慢性萎缩性胃炎伴肠化，幽门螺杆菌阳性，医生开了四联：雷贝拉唑、阿莫西林、克拉霉素、枸橼酸铋钾，吃14天。',
    spans: [
      { type: 'name', text: '刘桂兰' },
      { type: 'name', text: '李强' },
      { type: 'organization', text: '北京协和医院' },
    ],
  },
  {
    text: '黄晓东：主任，12床的石秀兰今天白细胞又升到15.6了，CRP 86\n郑国强：先加上哌拉西林他唑巴坦4.5g q8h，血培养两套，明早查PCT\n黄晓东：好的，她儿子石建军电话186 0213 4478，我下午跟他沟通',
    spans: [
      { type: 'name', text: '黄晓东' },
      { type: 'name', text: '石秀兰' },
      { type: 'name', text: '郑国强' },
      { type: 'name', text: '黄晓东', occurrence: 1 },
      { type: 'name', text: '石建军' },
      { type: 'phone', text: '186 0213 4478' },
    ],
  },
  { text: '隗建华的CT提示左侧基底节区脑出血约15ml，中线无移位，GCS 13分，收入神经外科。', spans: [{ type: 'name', text: '隗建华' }] },
  {
    text: '出院小结：郗桂芝，女，93岁，出生日期1931年2月14日，于2024年8月2日入院，8月16日出院。诊断：社区获得性肺炎；慢性心力衰竭（NYHA III级）。出院带药：呋塞米20mg qd，螺内酯20mg qd。出院后返回徐汇区康乐养老院继续照护。',
    spans: [
      { type: 'name', text: '郗桂芝' },
      { type: 'age', text: '93' },
      { type: 'date', text: '1931年2月14日' },
      { type: 'date', text: '8月2日' },
      { type: 'date', text: '8月16日' },
      { type: 'address', text: '徐汇区' },
      { type: 'organization', text: '康乐养老院' },
    ],
  },
  {
    text: '120调度：呼救人伍德胜，电话15807312298，地址长沙市岳麓区麓山南路932号7栋403，老人突发意识不清，既往脑梗死病史，口角歪斜。',
    spans: [
      { type: 'name', text: '伍德胜' },
      { type: 'phone', text: '15807312298' },
      { type: 'address', text: '长沙市岳麓区麓山南路932号7栋403' },
    ],
  },
  {
    text: 'Lab called 03:40: critical K+ 6.9 on Gerald Hope (bed 14, MRN 7734018) — ?haemolysed. Informed FY1 Sarah-Jane Doyle; repeat sent, ECG no peaked T waves.',
    spans: [
      { type: 'name', text: 'Gerald Hope' },
      { type: 'bed', text: '14' },
      { type: 'mrn', text: '7734018' },
      { type: 'name', text: 'Sarah-Jane Doyle' },
    ],
  },
  {
    text: 'Stevens-Johnson syndrome secondary to carbamazepine (HLA-B*15:02 positive), SCORTEN 2. Tegretol stopped; lamotrigine to be considered after allergy clinic review.',
    spans: [],
  },
  {
    text: '床号,姓名,年龄,诊断,主管医生\n5,方志诚,72,COPD急性加重,戴美华\n6,上官婉清,91,股骨颈骨折术后,戴美华\n7,阮红,64,2型糖尿病酮症,端木青松',
    spans: [
      { type: 'bed', text: '5' },
      { type: 'name', text: '方志诚' },
      { type: 'name', text: '戴美华' },
      { type: 'bed', text: '6' },
      { type: 'name', text: '上官婉清' },
      { type: 'age', text: '91' },
      { type: 'name', text: '戴美华', occurrence: 1 },
      { type: 'bed', text: '7', occurrence: 1 },
      { type: 'name', text: '阮红' },
      { type: 'name', text: '端木青松' },
    ],
  },
  {
    text: 'ED TRIAGE 14:52 — Marcus Delgado, 34M, MRN 004417823, BIBA after MVC, restrained driver of 7KXP219 (CA). GCS 15, BP 142/88, HR 104, SpO2 97% RA. c/o L chest wall pain; FAST negative. ESI 2.',
    spans: [
      { type: 'name', text: 'Marcus Delgado' },
      { type: 'mrn', text: '004417823' },
      { type: 'plate', text: '7KXP219' },
    ],
  },
  { text: '新生儿黄疸：经皮胆红素15.2mg/dl，达到光疗标准（参照2014年《新生儿高胆红素血症诊断和治疗专家共识》），予蓝光照射，监测TSB q12h。', spans: [] },
  {
    text: "Patient: Venkatesh Subramanian, 58/M, IP No. IP24-009187, admitted to Apollo Hospitals, Greams Road, Chennai with acute inferior STEMI; primary PCI to RCA. Son's mobile: +91 98401 23456; residence Flat 3B, Lakshmi Apartments, 14 Harrington Road, Chetpet, Chennai 600031.",
    spans: [
      { type: 'name', text: 'Venkatesh Subramanian' },
      { type: 'mrn', text: 'IP24-009187' },
      { type: 'organization', text: 'Apollo Hospitals' },
      { type: 'phone', text: '+91 98401 23456' },
      { type: 'address', text: 'Flat 3B, Lakshmi Apartments, 14 Harrington Road, Chetpet, Chennai 600031' },
    ],
  },
  { text: 'Gleason score 4+3=7 (Grade Group 3, ISUP 2014); perineural invasion present; 6/12 cores positive; PSA 11.4 ng/mL.', spans: [] },
  {
    text: '术后随访群已建立，家属柴文博微信号chaiwb_1988，备用QQ 573920184，术后第7天拆线，第14天复查血常规。',
    spans: [
      { type: 'name', text: '柴文博' },
      { type: 'account', text: 'chaiwb_1988' },
      { type: 'account', text: '573920184' },
    ],
  },
  { text: '腰椎MRI：L4/5椎间盘向后巨大突出，压迫硬膜囊及马尾神经，马尾综合征可能性大，建议急诊手术减压。', spans: [] },
  {
    text: 'Registration: Patricia Ann Whitaker  DOB 1958-11-03  SSN 512-47-3318  Medicare MBI 4HQ2-WX7-TN65  Address: 4127 Willow Creek Dr, Apt 3B, Plano, TX 75093  PCP: Luis Ortega, MD',
    spans: [
      { type: 'name', text: 'Patricia Ann Whitaker' },
      { type: 'date', text: '11-03' },
      { type: 'social-security', text: '512-47-3318' },
      { type: 'other-id', text: '4HQ2-WX7-TN65' },
      { type: 'address', text: '4127 Willow Creek Dr, Apt 3B, Plano, TX 75093' },
      { type: 'name', text: 'Luis Ortega' },
    ],
  },
  {
    text: 'sunita di, ravi ka sugar 320 aa gaya, insulin badhana hai kya? Dr Kavitha ne bola Glargine 14 units raat ko',
    spans: [
      { type: 'name', text: 'sunita' },
      { type: 'name', text: 'ravi' },
      { type: 'name', text: 'Kavitha' },
    ],
  },
  { text: 'CXR PA: cardiothoracic ratio 0.58, upper lobe diversion, Kerley B lines, small bilateral effusions. Impression: pulmonary oedema.', spans: [] },
  { text: '黄芪30g 党参15g 白术12g 茯苓15g 陈皮6g 法半夏9g 甘草6g 柴胡10g 黄芩9g，水煎服，日一剂，连服14剂。', spans: [] },
  {
    text: '诸葛红英和慕容德同一天做的冠脉造影，前者LAD近段狭窄90%植入支架1枚，后者未见明显狭窄。',
    spans: [
      { type: 'name', text: '诸葛红英' },
      { type: 'name', text: '慕容德' },
    ],
  },
  { text: '中成药：复方丹参滴丸10丸 tid，通心络胶囊3粒 tid，血塞通软胶囊2粒 bid；注意与阿司匹林合用的出血风险。', spans: [] },
  { text: '复查安排：下周三复查血常规及肝功能，如ALT>3倍ULN则停用异烟肼、利福平，改用左氧氟沙星。', spans: [] },
  {
    text: '药房电话留言：佘美玲女士（0571-87236641）反映其母服用苯磺酸氨氯地平片（络活喜）5mg后踝部水肿，询问能否换药，并要求送药至杭州市西湖区文三路478号华星时代广场A座1203，已转邓晓峰药师回电。',
    spans: [
      { type: 'name', text: '佘美玲' },
      { type: 'phone', text: '0571-87236641' },
      { type: 'address', text: '杭州市西湖区文三路478号华星时代广场A座1203' },
      { type: 'name', text: '邓晓峰' },
    ],
  },
];
