import { scanNordicHospitals } from './nordic-hospital.scanner';
import { scanWorldFacilities } from './world-facility.scanner';
import { startScan } from '../regex-scan.util';
import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { ENGLISH_CITIES, HONG_KONG_AND_MACAU_AREAS, isListedChineseCity, PROVINCE_LEVEL_NAMES } from '../data/cities';
import { AU_STATES, CANADIAN_PROVINCES, US_STATES } from '../data/region-codes';
import { GIVEN_NAMES, SURNAMES } from '../data/english-names';
import type { Detection, PhiDetector } from '../deid.types';
import { isEnglishWord } from '../english-words';
import { CALENDAR_WORD, isUnlistedTown } from './unlisted-town';

/**
 * Hospitals and clinics by name (南京市第一人民医院, 苏州大学附属第二医院, 北京协和医院, 康宁诊所, St Mary's Hospital,
 * Riverside Family Clinic). A facility name is no HIPAA Safe Harbor element, but it narrows where the patient lives,
 * so MedLocal removes it as an `organization`. A facility named only by its kind (上级医院, 县人民医院, 私人诊所,
 * the local clinic) names no place and stays, as do clinical phrases (出院, 医院获得性肺炎, St John's wort).
 */
const PRIORITY = 55;
/** A name never ends in a linking word ("Friends of the" → "Friends"); one word at a time, each check of fixed length. */
const TRAILING_LINK_WORD = /\s(?:of|the|on|&)$/;
const CLAUSE_END_CHARS = new Set(['.', ';', ':', '!', '?', '\n']);

/** The text of the clause that ends at `end`, at most `limit` characters back (scanned by hand: an end-anchored
 * pattern with a leading repeat is quadratic on long input). */
function clauseBefore(text: string, end: number, limit: number): string {
  let start = end;
  while (start > Math.max(0, end - limit) && !CLAUSE_END_CHARS.has(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}
const HAN = String.raw`\u4e00-\u9fa5`;
/**
 * Care homes (养老院, Hong Kong's 护老院 and 安老院) and employers narrow a residence or a workplace to one building as a hospital does (幸福里养老院,
 * 上海宏达机械有限公司); the same reading of the name in front applies (入住养老院, 某公司 name none). A hospital's campus belongs to
 * its name (长庚纪念医院林口院区), and disease-prevention hospitals are hospitals (辽宁省职业病防治院).
 */
const FACILITY_SUFFIX =
  '社区卫生服务中心|社区卫生服务站|卫生服务中心|卫生服务站|医院(?:[\u4e00-\u9fa5]{2,3}院区)?|防治院|防治所|卫生院|卫生室|卫生站|卫生所|医疗中心|医学中心|诊所|保健院|门诊部|养老院|敬老院|护老院|安老院|长照中心|长照机构|福利院|护理院|疗养院|养老中心|老年公寓|康养中心|颐养院|养护院|安养院|托老所|日间照料中心|股份有限公司|有限责任公司|有限公司';
/** The facility word; the Han run in front of it (at most MAX_NAME_RUN characters) is read backwards in code. */
const CHINESE_FACILITY = new RegExp(FACILITY_SUFFIX, 'g');
/**
 * More words of a kind, read in the same way: a company named by a group, a branch or a courier word (鞍山钢铁集团,
 * 南京供电分公司, 顺丰速运), a law or accounting firm, a forensic institute, an airport and a named 养老公寓; the places a
 * detainee or a donor is seen (第三看守所, 宿州强制隔离戒毒所, 臺北監獄, 红塔区人民法院, 派出所), blood stations and donation
 * rooms (赣州市中心血站, 屏東捐血室) and health-check centres (爱康国宾厦门思明体检分院). A name that only says the trade
 * (钢铁集团, 某集团) names none; 集团军 is an army and 机场路 a road. A second pattern: their first characters (分, 国, 子,
 * 会…) are common, and joined to the facility pattern they made every scan four times slower.
 */
const EMPLOYER_SUFFIX = '分公司|子公司|集团(?!军)|速运|速递';
const EMPLOYER_SUFFIX_ONLY = new RegExp(`^(?:${EMPLOYER_SUFFIX}|股份有限公司|有限责任公司|有限公司)$`);
const CHINESE_KIND_SUFFIX = new RegExp(
  `养老公寓|养老社区|长者公寓|律师事务所|会计师事务所|司法鉴定所|国际机场(?![路街道])|机场(?![路街道巷镇高快东西南北大])|看守所|拘留所|戒毒所|监狱(?!医院)|監獄|派出所|法院|血站|捐血中心|捐血站|捐血室|体检分院|${EMPLOYER_SUFFIX}`,
  'g',
);
const MAX_NAME_RUN = 24;
const HAN_RUN_BEFORE = new RegExp(String.raw`[${HAN}]{1,${MAX_NAME_RUN}}$`);
/**
 * Words that end the text in front of the facility name ("曾在", "于", "由", "转至", "患者"), and 的 ("街口的诊所", "318 号的药店":
 * what comes before it says where or whose; 美的 is a company's name).
 */
const LEADING_CONTEXT =
  /(?:了|兹有|来自|建议|推荐|前往|返回|在|于|由|从|经|至|到|去|往|转|赴|及|或|与|、|曾|患者|外院|就诊|为|是|系|诊断|送|收住|入住|入|住|现居|居|依据|根据|按照|委托|(?<!美)的)/g;
/**
 * A name made only of these says which kind of facility, not which one: 上级, 当地, 县人民, 综合, 私人.
 * Place and type words count as generic alone; with a real place name in front (杭州市中, 南京市第一人民) they do not.
 * A number does: a town has one 第三人民医院, so 第三人民医院 and 市第一人民医院 name that one hospital.
 */
const GENERIC_WORDS: readonly string[] = `我院 本院 外院 该院 他院 院 上级 下级 基层 当地 本地 外地 异地 综合 专科 私人 个体 该 此 其他 其它 各级
  定点 三甲 三级 二级 一级 民营 公立 私立 乡镇 社区 我 本 外 贵 附近 就近 县级 市级 省级 区级 大 小 正规 普通 一家 某 附属 省 市 县 区 镇 乡
  村 中 西 人民 中心 中医 中西医结合 妇幼 妇产 儿童 肿瘤 口腔 眼科 胸科 传染病 精神 精神卫生 职业病 康复 骨科 专门 家庭 多家 多 各 几家 两家
  外科 内科 军队 部队 公办 民办 私营 外资 合资 国营 国有 这家 那家 一所 这所 你们 我们 他们 咱们 您们 出生 互联网 网上 线上 国际 国家 区域
  申请 会诊 转出 转入 接收 转诊 收治 首诊 原 目标 合作 协作 邀请 受邀 学校 单位 工地 公司 工厂 厂区 校园 机关 企业 车间 宿舍 小区 街道
  强制隔离 公安 公安机关 最高人民 高级人民 中级人民 基层人民 少年 女子 男子 未成年犯 交警队 辖区 依法`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Whether the name is made only of generic words; read left to right, remembering which positions a
 * sequence of generic words can reach, so a long run of them costs one pass per word (a regex alternation backtracked).
 */
function isGenericName(name: string, extraWords: readonly string[] = []): boolean {
  const reachable = new Array<boolean>(name.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < name.length; i++) {
    if (!reachable[i]) continue;
    for (const word of GENERIC_WORDS) if (name.startsWith(word, i)) reachable[i + word.length] = true;
    for (const word of extraWords) if (name.startsWith(word, i)) reachable[i + word.length] = true;
  }
  return reachable[name.length] === true;
}

/** Words of a name are joined by spaces or tabs only: a name never runs across a line break (a job title above a hospital). */
const SP = String.raw`[ \t\u00a0]`;
/** A capitalised word of a name ("Leeds", "Children's", "Thomas'", "Whangārei", "BlueHarbor", "Cedars-Sinai"). */
const NAME_WORD = String.raw`[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF\u0100-\u017F]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?(?:['’]s?)?`;
/**
 * Capitalised words ("Leeds", "Harbor View", "St. Jude Children's Research", "Moi Teaching and Referral") and a facility
 * word after them (group 2).
 * The facility word is not followed by a word that makes the phrase a publication or a guideline ("Mayo Clinic Proceedings").
 */
const ENGLISH_FACILITY = new RegExp(
  String.raw`\b((?:St\.?${SP}+)?${NAME_WORD}(?:${SP}(?:(?:of|and)${SP}(?:the${SP})?)?${NAME_WORD}){0,3}${SP}(Hospitals?|Infirmary|Hospice|Polyclinic|Mental${SP}+Health${SP}+Services?|Medical${SP}+Cent(?:er|re)|Health${SP}+Cent(?:er|re)|Clinic|Surgery|Practice|` +
    String.raw`(?:Care|Nursing|Residential|Rest|Retirement|Group)${SP}+Home|(?:care|nursing|residential|rest|retirement|group)${SP}+home|(?:Care|Nursing|Rehabilitation|Rehab)${SP}+Cent(?:re|er)|` +
    String.raw`(?:Care|Nursing)${SP}+Facility|Skilled${SP}+Nursing(?:${SP}+Facility)?|Assisted${SP}+Living(?:${SP}+Facility)?|Retirement${SP}+Village|Senior${SP}+Living|Ltd\b|Limited|Inc\b|LLC|PLC|plc|Sdn\.?${SP}+Bhd\b|Bhd\b|` +
    // Insurers named by their own word ("Granite Mutual Health" is read up to Mutual, "Kalyan Star Insurance").
    String.raw`Health${SP}+Plan|Medical${SP}+Scheme|Medical${SP}+Aid|Health${SP}+Insurance|Insurance|Assurance|Mutual|\(Pty\)${SP}+Ltd\b|` +
    String.raw`Pharmacy|Chemists?|Drugstore|Apothecary|Colliery|Mine|Quarry|Church|Chapel|Cathedral|Mosque|Synagogue|Temple|Tabernacle|Fellowship|` +
    String.raw`Laboratories|Diagnostics|(?:Sleep|Imaging|Diagnostic|Dialysis|Cancer|Eye|Wellness|Fertility|Endoscopy|Surgery|Surgical|Heart|Cardiac|Neuroscience|Stroke|Trauma|Burns?|Spine|Kidney|Transplant)${SP}+Cent(?:er|re)|` +
    // Canadian and Australian kinds: "Sunnybrook Health Sciences Centre", "Lourdes Residential Aged Care".
    String.raw`Health${SP}+Sciences?${SP}+Cent(?:er|re)|(?:Residential${SP}+)?Aged${SP}+Care(?:${SP}+(?:Facility|Home|Centre|Service))?|` +
    // Health systems, boards and trusts by their own word ("Vancouver Coastal Health", "University Health Network",
    // "Betsi Cadwaladr University Health Board", "Leeds Teaching Hospitals NHS Trust"); a field of care before a bare
    // "Health" (Mental Health, Public Health, Women's Health) names no one body.
    // Northern Ireland's trusts and Scotland's partnerships join health and social care ("Belfast Health and Social Care Trust").
    String.raw`Health${SP}+and${SP}+Social${SP}+Care${SP}+(?:Trust|Partnership|Board)|` +
    String.raw`Health${SP}+(?:Board|Network|Authority|System|Trust)|(?:NHS${SP}+)?(?:Foundation${SP}+)?Trust(?<=NHS${SP}+(?:Foundation${SP}+)?Trust)|` +
    String.raw`(?<!\b(?:Mental|Public|Occupational|Women['’]s|Men['’]s|Sexual|Reproductive|Child|Children['’]s|Maternal|Global|Digital|Home|Community|Population|Oral|Dental|Behavio(?:u)?ral|Primary|Allied|Environmental|Rural|Urban|Indigenous|Aboriginal|Student|Employee|Travel|Family|Bone|Heart|Brain|Gut|Skin|Eye|Lung|Liver|Kidney|Joint|Foot|Ear|Good|Poor|Ill|Bad|General|Overall|Better|Holistic|School|Youth|Adolescent|Infant|Newborn|Elderly|Geriatric|Emotional|Physical|Spiritual|Social)${SP}+)Health(?!${SP}+(?:Sciences?|Plan|Insurance|Organi[sz]ations?|Cent(?:er|re)|Visitors?|Workers?|Care|Check|Record|Literacy|Education|Promotion|Status|Questionnaire|Assessment))))` +
    String.raw`(?![A-Za-z])(?!${SP}+(?:Proceedings|Journal|Guidelines?|Guidance|Standards?|Parameters?)\b)`,
  'g',
);
/** Capitalised words that open a sentence or the phrase before a facility, never part of its name ("Seen at", "The", "Booked"). */
const LEADING_WORD =
  /^(?:The|A|An|This|That|Our|Your|His|Her|Their|Its|Any|Another|Each|Every|Both|All|Other|Some|Several|Two|Three|Local|Private|Discharge|Discharged|Admission|Admitted|Seen|Referred|Refer|Re-refer|Transferred|Transfer|From|At|To|In|Into|Follow|Followed|Plan|Attends|Attended|Attend|Attending|Via|By|Per|Back|Sent|Returned|Return|Called|Book|Booked|Rebook|Rebooked|Arrange|Arranged|Review|Reviewed|Continue|Discuss|Discussed|Await|Awaiting|Cc|Re|Dear|Letter|Copy|Contact|Contacted|Acute|Referring|Receiving|Sending|Host|Responsible|Relevant|Lead|Commissioning|Partner|Provider|Neighbouring|Treating|Parent)$/;
/** Words that say which kind of facility, not which one: "General Hospital" or "Royal Infirmary" alone names none. */
const KIND_WORDS = new Set(
  `General Memorial Community Children's Children’s University Royal District Regional County Teaching Family Medical Health Dental
  Women's Women’s Veterans Cancer Eye Heart Psychiatric Mental Maternity Rehabilitation Rehab Orthopaedic Orthopedic Cardiac Day
  Cottage Field Military State City Specialist Private Public Central National Base Main Walk-in Council Dementia Residential Respite
  Nursing Care Elderly Local Nearby Research Hospitals Adult Adults Child Adolescent Older Forensic Perinatal Crisis Secondary Primary Early`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Services, specialties and sessions a plain "Clinic", "Surgery", "Practice" or "Health" is named after (Memory Clinic,
 * Anticoagulation Clinic, Well Baby Clinic, Plastic Surgery, Occupational Health, Monday Clinic), and headings and words
 * that are no name (Next Clinic, Good Clinical Practice). Clinical terms of the dictionary (Fracture, Diabetes, Warfarin,
 * Eye, Pain) count the same (`isClinicalEnglishTermWord`).
 */
const SERVICE_WORDS = new Set(
  `Anticoagulation Anticoagulant Coagulation Cardiology Dermatology Urology Neurology Oncology Haematology Hematology Nephrology
  Rheumatology Gastroenterology Gastro Hepatology Endocrinology Endocrine Respiratory Ophthalmology Psychiatry Psychology Gynaecology
  Gynecology Gynae Obstetric Obstetrics Midwifery Paediatric Paediatrics Pediatric Pediatrics Geriatric Geriatrics Neonatal Newborn Infant
  Toddler Child Adolescent Teen Youth Student Adult Men's Men’s Mens Women Womens Fertility Allergy Smoking Cessation Vaccination
  Immunisation Immunization Travel Sexual Reproductive Contraception Contraceptive Planning Lipid Lipids Continence Podiatry Wound Wounds
  Movement Disorder Disorders Genetic Genetics Infusion Dialysis Transplant Antenatal Prenatal Postnatal Perinatal Baby Well Weight
  Sports Nurse Nurse-led Midwife Physio Physiotherapy Consultant Registrar Doctor Doctors Outpatient Outpatients Inpatient Ambulatory
  Rapid Access One-stop Virtual Telephone Video Joint Combined Drop-in Urgent Emergency Acute Chronic Review Follow-up Results
  Pre-op Preop Pre-operative Preoperative Post-op Pre-assessment Assessment Screening Methadone Addiction Alcohol Drug Drugs Substance
  Opioid Harm Reduction Needle Exchange Gender Identity Lymphoedema Lymphedema Stoma Tissue Viability Colorectal Upper Lower Bariatric
  Plastic Plastics Cosmetic Aesthetic Reconstructive Robotic Keyhole Laparoscopic Minimally Invasive Minor Major Elective Same Spinal
  Thoracic Cardiothoracic Vascular Trauma Transplantation Maxillofacial Oral Orthodontic Orthoptic Optometry Audiology Hearing Balance
  Speech Language Swallow Swallowing Voice Nutrition Dietetic Dietetics Dietitian Feeding Breastfeeding Lactation Growth Puberty
  Menopause Osteoporosis Bone Metabolic Tremor Spasticity Botox Injection Injections Biopsy Procedure Procedures Endoscopy Colposcopy
  Hysteroscopy Cystoscopy Laser Urodynamics Clozapine Lithium Insulin Pump Apnoea Apnea Oxygen Spirometry Cough Breathlessness Nodule
  Chemotherapy Chemo Radiotherapy Sickle Haemophilia Hemophilia Thrombosis Arrhythmia Pacemaker Device Devices Valve Congenital
  Eating Crisis Recovery Wellbeing Wellness Psychosis Early Intervention Liaison Cognitive Neuro Autism Developmental Learning Disability
  Disabilities Hepatitis Mole Acne Hernia Retinal Macular Vision Cataracts Refractive Occupational Behavioral Behavioural Environmental
  Population Global Digital Primary Allied Integrated Brain Employee Staff Clinical Good Best Standard Evidence Reflective Advanced
  Scope Professional Expert Current Common Normal Safe Monday Tuesday Wednesday Thursday Friday Saturday Sunday Morning Afternoon Evening
  Night Weekend Weekly Monthly Annual Hot Open Closed Same-day Patient Patients Pain Chest Heart Failure Memory Falls Clinic Clinics
  Practitioner Practitioners Whipple Mohs Nissen Hartmann Fontan Norwood Bentall Kasai Heller Billroth Lasik Latarjet Bankart Ponseti
  Ilizarov Blalock Ravitch Nuss Sistrunk Surgery Surgical Practice Practices Hospital Hospice Health Unit Ward Department Service Services Team World Home Other Outreach Mobile
  Free Charity Refugee Homeless Next Last Previous Prior Past Recent New Routine Usual Regular Further Repeat Planned Research Trial Trials Study Studies Surgeon Surgeons Doctor's Nurse's GP's`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word that can be the name part of a facility: no kind, service, heading word or clinical term (Mayo, Northgate, Oakwood). */
function isProperNameWord(word: string): boolean {
  const bare = word.replace(/['’]s?$/, '');
  if (KIND_WORDS.has(word) || SERVICE_WORDS.has(word) || SERVICE_WORDS.has(bare) || LEADING_WORD.test(word)) return false;
  return !isClinicalEnglishTermWord(bare) && !isClinicalEnglishTermWord(word) && !isClinicalEnglishWord(bare);
}

/**
 * Pharmacies, laboratories, check-up centres and mines are named as hospitals are (老百姓大药房, 金域检验中心, 美年体检中心,
 * 大同煤矿); a hospital's own departments (门诊药房, 中药房, 临床检验中心, 健康体检中心) and a shop by where it stands (楼下药店)
 * name none.
 */
const CHINESE_SHOP_SUFFIX = /连锁药店|大药房|药房|药店|药铺|医学检验实验室|检验中心|检验所|检测中心|体检中心|煤矿|矿业/g;
const SHOP_GENERIC_WORDS: readonly string[] = `门诊 急诊 住院 病区 院内 院外 医院 临床 医学 病理 健康 静配 中 西 社会 零售 连锁 网上 线上 街边 楼下 门口 隔壁
  家门口 小区 平价 医保 定点 药 买 开 到 小 黑 私挖 井下 露天 第三方 独立 专业 一般 普通`
  .split(/\s+/)
  .filter(Boolean);

/** Kinds and uses, not names, before a care place: 临时医疗站, 流动体检站, 公共卫生中心, 心理卫生中心, 可向…. */
const CARE_GENERIC_WORDS: readonly string[] = [
  ...SHOP_GENERIC_WORDS,
  ...'临时 流动 公共 职业 心理 精神 妇幼 可向 向 可 请 各 每 本 该 长期 现场 设 设立 和 医疗站 体检站'.split(' '),
];
/**
 * Community care and shops named the same way: Taiwan's pharmacies (金湖藥局), opticians (明亮眼镜店), Hong Kong's elderly
 * centres (大埔賽馬會長者中心), Macau's health centres (塔石衛生中心), medical posts and check-up stations of a mine or a
 * draft board (范各庄矿区医疗站, 征兵体检站), care-and-medicine centres and Taiwan's long-term care centres (永宁镇医养结合中心,
 * 長期照顧管理中心). A hospital's own pharmacy (门诊药局, 中药局) names none.
 */
const CHINESE_CARE_SUFFIX = /药局|眼镜店|眼镜行|长者中心|长者邻舍中心|卫生中心|医疗站|体检站|医养结合中心|照顾管理中心|日间照顾中心/g;

function scanChinese(text: string, detections: Detection[]): void {
  scanChineseSuffix(CHINESE_FACILITY, text, detections);
  scanChineseSuffix(CHINESE_KIND_SUFFIX, text, detections);
  if (/[药检矿]/.test(text)) scanChineseSuffix(CHINESE_SHOP_SUFFIX, text, detections, SHOP_GENERIC_WORDS);
  if (/[局店行心站]/.test(text)) scanChineseSuffix(CHINESE_CARE_SUFFIX, text, detections, CARE_GENERIC_WORDS);
}

function scanChineseSuffix(regex: RegExp, text: string, detections: Detection[], extraGenericWords: readonly string[] = []): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const run = HAN_RUN_BEFORE.exec(text.slice(Math.max(0, match.index - MAX_NAME_RUN), match.index))?.[0] ?? '';
    const runStart = match.index - run.length;
    const start = runStart + nameStart(run);
    const name = text.slice(start, match.index);
    if (name.length < 2 || isGenericName(name, extraGenericWords)) continue;
    if (EMPLOYER_SUFFIX_ONLY.test(match[0]) && (GENERIC_WORKPLACE.test(name) || PLACE_NOT_EMPLOYER.test(name) || isListedChineseCity(name))) continue;
    detections.push({ type: 'organization', start, end: match.index + match[0].length, priority: PRIORITY });
  }
}

/**
 * A place's own bodies with a name between the place and their kind: associations, police sub-bureaus, drug-reaction
 * monitoring centres and child-protection posts (榆林市聋人协会, 丹东市公安局元宝分局, 临夏州药品不良反应监测中心,
 * 昭觉县未成年人保护工作站). Only after a place: a national society (中国抗癌协会) writes guidelines, not whereabouts.
 */
const PLACE_BODY_KIND = '协会|分局|监测中心|保护工作站';
const PLACE_BODY = `[${HAN}]{0,8}?(?:${PLACE_BODY_KIND})`;
const PLACE_BODY_END = new RegExp(`(?:${PLACE_BODY_KIND})$`);
const PLACE_OF_A_BODY = /^(?![\u4e00-\u9fa5]*(?:上市|城市|都市|超市|集市|夜市|门市|股市)$)[\u4e00-\u9fa5]{1,10}(?:市|县|州|旗|盟)$/;
const PLACE_SERVICE_WORD = new RegExp(`疾控|疾病预防|精神卫生中心|急救|120|${PLACE_BODY_KIND}`);

/**
 * A county's or a city's disease-control centre, mental-health centre and 120 emergency station (凤凰县疾控, 海伦市精神卫生
 * 中心, 威宁县120急救分站, 蔚县120指挥中心): named by the place in front of them, so only a place word ending the run
 * counts (辖区疾控, 国家疾控局, 院前急救站 name none).
 */
const PLACE_SERVICE = new RegExp(
  `([${HAN}]{1,10}?(?:省|市|县|區|区|州|旗|盟|镇|鎮|乡|鄉))(?:疾病预防控制中心|疾控中心|疾控(?![局所处])|精神卫生中心|120(?:急救)?(?:分站|站|指挥中心|中心)|急救(?:分站|站|中心)|${PLACE_BODY})`,
  'g',
);

/** Places that say whose area, not which one: 辖区疾控, 本市急救中心, 城区. */
const GENERIC_PLACE = /(?:辖区|城区|市区|县区|社区|郊区|本区|该区|全区|各区|本市|该市|全市|本县|该县|全县|各县|本省|全省|外省|外市|外县|当地县|上级市)$/;

function scanPlaceServices(text: string, detections: Detection[]): void {
  if (!PLACE_SERVICE_WORD.test(text)) return;
  PLACE_SERVICE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PLACE_SERVICE.exec(text)) !== null) {
    const run = match[1] ?? '';
    const start = match.index + nameStart(run);
    const place = text.slice(start, match.index + run.length);
    if (place.length < 2 || GENERIC_PLACE.test(place) || isGenericName(place, [])) continue;
    // A body needs a city, a county, a prefecture or a banner in front: 山区, 疫区, 华东区, 城乡 and 药品上市 are no place.
    const isBody = PLACE_BODY_END.test(match[0]);
    if (isBody && !PLACE_OF_A_BODY.test(place)) continue;
    // Read last: a centre another rule already named (省疾控中心, 西湖区疾病预防控制中心) keeps that rule's reading, but a
    // body takes in the office another rule read inside it (丹东市公安局元宝分局 holds 公安局).
    const end = match.index + match[0].length;
    const inside = (other: Detection) => isBody && start <= other.start && other.end <= end;
    if (detections.some((other) => other.start < end && start < other.end && !inside(other))) continue;
    for (let index = detections.length - 1; index >= 0; index--) if (inside(detections[index] as Detection)) detections.splice(index, 1);
    detections.push({ type: 'organization', start, end, priority: PRIORITY });
  }
}

const COUNTY_OPENING_WITH_YU = /^于(?:都县|田县|洪区)/;

/** Where the facility name starts in the Han run before its suffix: after the last context word, else at the run's start (去中医院 leaves 中: no name). */
function nameStart(run: string): number {
  let start = 0;
  LEADING_CONTEXT.lastIndex = 0;
  let word: RegExpExecArray | null;
  while ((word = LEADING_CONTEXT.exec(run)) !== null) {
    // 于都县, 于田县, 于洪区: counties whose names open with the word "at".
    if (word[0] === '于' && COUNTY_OPENING_WITH_YU.test(run.slice(word.index))) continue;
    start = word.index + word[0].length;
  }
  return start;
}

const NOT_BEFORE_OF =
  /^(?:Residents?|Patients?|Members?|Friends|Review|Department|Director|Head|Staff|Nurses?|Doctors?|Chief|Manager|Board|Part|Most|Many|All|Some|One|Care|Letter|Summary|Copy)$/;
const ENGLISH_FACILITY_WORD =
  /Trust|Health (?:Board|Network|Authority|System|and)|Insurance|Assurance|Mutual|Bhd|Health Plan|Medical Scheme|Medical Aid|Hospital|Infirmary|Hospice|Polyclinic|Health Services?|Cent(?:er|re)|Clinic|Surgery|Practice|[Hh]ome|Aged Care|Facility|Nursing|Village|Living|Ltd|Limited|Inc|LLC|PLC|plc|Pharmacy|Chemist|Drugstore|Apothecary|Colliery|Mine|Quarry|Church|Chapel|Cathedral|Mosque|Synagogue|Temple|Tabernacle|Fellowship|Laboratories|Diagnostics/;

const FACILITY_KIND_AT_END =
  /(?:Pathology|Radiology|Imaging|Diagnostics|Laborator(?:y|ies)|Labs|Hospitals?|Clinic|Cent(?:re|er)|Practice|Surgery|Pharmacy|Hospice)$/;

/**
 * A hyphenated word of a clinical kind names a service, not a place (Neuro-Oncology, Pre-Admission, Ehlers-Danlos,
 * Long-Term, Anti-Coagulation, Well-Baby, Follow-Up); a hyphenated proper name does (Cedars-Sinai, Barnes-Jewish).
 */
const SERVICE_PREFIX =
  /^(?:Pre|Post|Anti|Ante|Neuro|Cardio|Onco|Long|Short|Follow|Well|Non|Self|Day|Out|In|Multi|Inter|Co|Re|Sub|Peri|Trans|Step|Drop|Walk|Same|Rapid|Fast|One|Open)$/;
const isServiceHyphenWord = (word: string) =>
  word.includes('-') &&
  word
    .replace(/['’]s?$/, '')
    .split('-')
    .some((part) => SERVICE_PREFIX.test(part) || SERVICE_WORDS.has(part) || isClinicalEnglishWord(part) || isClinicalEnglishTermWord(part));

function scanEnglish(text: string, detections: Detection[]): void {
  if (!ENGLISH_FACILITY_WORD.test(text)) return;
  startScan(ENGLISH_FACILITY, text);
  let match: RegExpExecArray | null;
  while ((match = ENGLISH_FACILITY.exec(text)) !== null) {
    if (/^St\.?\s+John['’]?s?\s+[Ww]ort/.test(match[1] ?? '')) continue;
    let { start, value } = withoutLeadingWords(match.index, match[1] ?? '');
    // "Resident of Sunnyvale Care Home": a word of who someone is, not of the name, before "of" is left out.
    const of = / of (?:the )?/.exec(value);
    if (
      of &&
      value
        .slice(0, of.index)
        .split(/\s+/)
        .some((word) => NOT_BEFORE_OF.test(word) || !isProperNameWord(word))
    ) {
      start += of.index + of[0].length;
      value = value.slice(of.index + of[0].length);
    }
    // "Sonic Pathology and Healius Laboratories": two places joined by "and"; the first is read on its own.
    const and = / and /.exec(value);
    if (and && FACILITY_KIND_AT_END.test(value.slice(0, and.index))) {
      start += and.index + and[0].length;
      value = value.slice(and.index + and[0].length);
    }
    if (!isNamedFacility(value, match[2] ?? '') || value.split(/\s+/).some(isServiceHyphenWord)) continue;
    detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
}

/** A facility word in capitals: the note may write a hospital's name the way its letterhead does. */
const UPPER_CASE_FACILITY_WORD = /\b(?:HOSPITALS?|INFIRMARY|HOSPICE|CLINIC|MEDICAL CENT(?:ER|RE)|HEALTH CENT(?:ER|RE))\b/;
const UPPER_CASE_WORD = /\b[A-Z][A-Z'’]+\b/g;
const SMALL_WORDS = new Set(['OF', 'THE', 'AND']);

/**
 * "MASSACHUSETTS GENERAL HOSPITAL", "ST. MICHAEL'S HOSPITAL": read as the same name in title case (a shadow of the same
 * length, so offsets hold), and kept where the original was in capitals. Kind words alone ("TEACHING HOSPITAL") still name none.
 */
function scanUpperCaseFacilities(text: string, detections: Detection[]): void {
  if (!UPPER_CASE_FACILITY_WORD.test(text)) return;
  const shadow = text.replace(UPPER_CASE_WORD, (word) => (SMALL_WORDS.has(word) ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase()));
  const found: Detection[] = [];
  scanEnglish(shadow, found);
  for (const detection of found) {
    const original = text.slice(detection.start, detection.end);
    if (original === original.toUpperCase()) detections.push(detection);
  }
}

/** Drops capitalised words that open the sentence or the phrase ("Seen At …", "The …") from a matched name. */
function withoutLeadingWords(matchStart: number, matched: string): { start: number; value: string } {
  let start = matchStart;
  let value = matched;
  // "All India Institute of Medical Sciences": Indian national bodies open with "All India" (All India Radio).
  for (let first = /^\S+/.exec(value)?.[0]; first && LEADING_WORD.test(first) && !/^All\sIndia\b/.test(value); first = /^\S+/.exec(value)?.[0]) {
    const rest = value.slice(first.length).trimStart();
    start += value.length - rest.length;
    value = rest;
  }
  return { start, value };
}

/**
 * Schools and universities narrow a child's or a student's whereabouts to one building (北京市第八十中学, 学军小学,
 * Lincoln High School, University of Leeds). The name in front is read as for a hospital; schooling words (考上大学,
 * 读中学, 大学生, 医学院毕业, High School, Medical School) and professional bodies that publish guidelines ("American
 * College of Cardiology", "Royal College of Physicians": a College or Academy followed by "of") name no school.
 */
const CHINESE_SCHOOL = /职业技术学院|实验学校|幼儿园|中学|小学|大学|学院|学校|高中|初中|中心校(?![对正验准])|国小|国中/g;
const SCHOOL_GENERIC_WORDS: readonly string[] = `考上 考入 考 上 读 念 在读 就读 报考 重点 名牌 职业 技工 中专 大专 本科 寄宿 农村 乡村 城里
  高等 师范 体育 艺术 一所 这所 那所 所 在校 全日制 业余 老年 初 高 该 医 医科 医学 护理 卫生 理工 财经 军事 农业 工业 科技 外国语 开放
  患儿 患者 村小 和 及 或 质控`
  .split(/\s+/)
  .filter(Boolean);

function scanChineseSchools(text: string, detections: Detection[]): void {
  if (!/[学园校中小]/.test(text)) return;
  startScan(CHINESE_SCHOOL, text);
  let match: RegExpExecArray | null;
  while ((match = CHINESE_SCHOOL.exec(text)) !== null) {
    const end = match.index + match[0].length;
    if (text.charAt(end) === '生') continue; // 大学生, 中学生: a student, not a school
    const run = HAN_RUN_BEFORE.exec(text.slice(Math.max(0, match.index - MAX_NAME_RUN), match.index))?.[0] ?? '';
    const start = match.index - run.length + nameStart(run);
    const name = text.slice(start, match.index);
    if (name.length < 2 || isGenericName(name, SCHOOL_GENERIC_WORDS) || insideFound(detections, start, end)) continue;
    detections.push({ type: 'organization', start, end, priority: PRIORITY });
  }
}

const ENGLISH_SCHOOL = new RegExp(
  String.raw`\b((?:St\.?${SP}+)?${NAME_WORD}(?:${SP}${NAME_WORD}){0,3}${SP}(?:Schools?|College|University|Academy|Polytechnic|Kindergarten|Nursery|Preschool|Pre-[Ss]chool|Playgroup))(?![A-Za-z])(?!\s+of\s)`,
  'g',
);
/** Words that say which kind of school: "High School" or "Medical School" alone names none. */
const SCHOOL_KIND_WORDS = new Set(
  `High Primary Secondary Grammar Middle Elementary Junior Senior Infant Infants Nursery Sixth Form Community Technical Catholic State
  Public Private Medical Nursing Dental Law Business Night Summer Sunday Boarding Special Comprehensive Free Open City County Village
  Local Art Music Drama Language Driving Graduate Teaching University Hospital Day Nursery`
    .split(/\s+/)
    .filter(Boolean),
);
/** "University of Leeds", "Royal Infirmary of Edinburgh", "Hospital of the University of Pennsylvania": the place after "of" names it. */
const OF_PLACE_FACILITY = new RegExp(
  String.raw`\b((?:[A-Z][a-z]+${SP}){0,2}(?:University|Infirmary|Hospital)(?:${SP}+of${SP}+(?:the${SP}+)?[A-Z][a-z]+(?:${SP}[A-Z][a-z]+){0,2}){1,2})`,
  'g',
);

/** "teacher at Oakwood Primary", "St Columba's Primary": a primary school named without School, after at/to/from. */
const PRIMARY_SCHOOL = new RegExp(
  String.raw`(?<=\b(?:at|to|from|[Aa]ttends|[Aa]ttending|of)${SP}{1,2})((?:St\.?${SP}+)?${NAME_WORD}(?:${SP}${NAME_WORD}){0,2}${SP}(?:Primary|Infants|Juniors))(?![A-Za-z'’-])(?!${SP}+[A-Za-z])`,
  'g',
);

function scanEnglishSchools(text: string, detections: Detection[]): void {
  if (/Primary|Infants|Juniors/.test(text)) {
    PRIMARY_SCHOOL.lastIndex = 0;
    let primary: RegExpExecArray | null;
    while ((primary = PRIMARY_SCHOOL.exec(text)) !== null) {
      const { start, value } = withoutLeadingWords(primary.index, primary[1] ?? '');
      const nameWords = value
        .replace(/^St\.?\s+/, '')
        .split(/\s+/)
        .slice(0, -1);
      if (nameWords.length === 0 || !nameWords.every(isProperNameWord)) continue;
      detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
    }
  }
  if (!/School|College|University|Academy|Polytechnic|Kindergarten|Nursery|[Ss]chool|Playgroup|Infirmary|Hospital/.test(text)) return;
  startScan(ENGLISH_SCHOOL, text);
  let match: RegExpExecArray | null;
  while ((match = ENGLISH_SCHOOL.exec(text)) !== null) {
    const { start, value } = withoutLeadingWords(match.index, match[1] ?? '');
    const nameWords = value.split(/\s+/).slice(0, -1);
    if (!/^St\.?\s/.test(value) && !nameWords.some((word) => !SCHOOL_KIND_WORDS.has(word) && !KIND_WORDS.has(word))) continue;
    if (insideFound(detections, start, start + value.length)) continue;
    detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
  startScan(OF_PLACE_FACILITY, text);
  while ((match = OF_PLACE_FACILITY.exec(text)) !== null) {
    const { start, value } = withoutLeadingWords(match.index, match[1] ?? '');
    if (insideFound(detections, start, start + value.length)) continue;
    detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
}

/** A school inside a hospital's name already found (苏州大学附属第二医院) is part of that name. */
function insideFound(detections: readonly Detection[], start: number, end: number): boolean {
  return detections.some((found) => found.start <= start && found.end >= end);
}

/**
 * "Leeds General Hospital", "St Mary's Hospital", "Riverside Family Clinic", "Apollo Hospitals" — not "General Hospital",
 * "Cancer Hospital". A plain "Clinic", "Surgery" or "Practice" names a facility only with a proper name word in front
 * ("Mayo Clinic", "Oakwood Surgery", "Northgate Eye Clinic"), never after services alone ("Memory Clinic", "Plastic Surgery").
 */
/**
 * Pharmacies, mines, places of worship and laboratories need a proper name word as a clinic does ("Hillcrest Pharmacy",
 * not "Hospital Pharmacy"); a denomination says which faith, not which church ("Baptist Church", "Catholic Church").
 */
const DENOMINATION_WORDS = new Set(
  `Baptist Methodist Catholic Roman Anglican Presbyterian Lutheran Pentecostal Evangelical Orthodox Reformed Episcopal Adventist Mormon
  Christian Islamic Muslim Jewish Hindu Buddhist Sikh Free Parish Local Village Town Independent Compounding Online Retail Community
  National Social General Health Life Medical Travel Private Public State Federal Dental Motor Car Home Mutual`
    .split(/\s+/)
    .filter(Boolean),
);
const SHOP_OR_SITE_WORD =
  /^(?:Insurance|Assurance|Mutual|Health\s+Plan|Medical\s+Scheme|Medical\s+Aid|Health\s+Insurance|Pharmacy|Chemists?|Drugstore|Apothecary|Colliery|Mine|Quarry|Church|Chapel|Cathedral|Mosque|Synagogue|Temple|Tabernacle|Fellowship|Laboratories|Diagnostics)$|Cent(?:er|re)$/;

function isNamedFacility(value: string, facilityWord: string): boolean {
  if (/^St\.?\s/.test(value)) return true;
  const nameWords = value
    .slice(0, value.length - facilityWord.length)
    .split(/\s+/)
    .filter(Boolean);
  if (nameWords.length === 0) return false;
  if (SHOP_OR_SITE_WORD.test(facilityWord)) return nameWords.some((word) => isProperNameWord(word) && !DENOMINATION_WORDS.has(word));
  if (/^(?:Clinic|Surgery|Practice)$/.test(facilityWord)) return nameWords.some(isProperNameWord);
  return nameWords.some((word) => !KIND_WORDS.has(word));
}

/**
 * An employer named after an employment phrase ("works at Northfield Logistics", "retired from Ravenscroft Mills", "works at
 * Tesco", "Home Depot", "works as a cashier at Tesco", "works night shifts at Walmart", "picks up shifts at Costco", "employee
 * of Network Rail", "Employer: Tesco", "Employer - Network Rail", "the Royal Mail"): the phrase says a company follows, so no
 * legal-form word is needed. Capitals alone (ICU, NHS), months, weekdays, times of the week, "Home" alone and a floor or
 * ward of a building are no employer; "work up for Sepsis" is no work.
 */
const EMPLOYER_NAME = String.raw`((?:[A-Z][a-z][A-Za-z'’&]*(?:-[A-Za-z]+)?)(?:${SP}(?:[A-Z][a-z][A-Za-z'’&]*(?:-[A-Za-z]+)?|&)){0,3})`;
const EMPLOYER = new RegExp(
  String.raw`\b(?:[Ww]ork(?:s|ed|ing)?(?:${SP}(?!up\b|out\b|off\b)[a-z]{1,20}){0,4}?${SP}(?:at|for)|[Ss]hifts?${SP}at|[Ee]mployed${SP}(?:by|at)|[Ee]mployee${SP}of|` +
    String.raw`[Ee]mployer${SP}?(?:[:：]|${SP}?[-–—])|[Rr]etired${SP}from|[Jj]ob${SP}at|(?:[Bb]oss|[Mm]anager|[Ss]upervisor|[Cc]olleagues?|[Cc]o-?workers?|[Ff]oreman)${SP}(?:at|from))${SP}{1,2}(?:the${SP})?${EMPLOYER_NAME}`,
  'g',
);
/** "Her company, Brightside Cleaning Services, …", "his employer (Acme Logistics)", "my firm Hartley & Sons". */
const EMPLOYER_APPOSITIVE = new RegExp(
  String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Za-z]+['’]s)${SP}(?:company|employer|firm|workplace)(?:,${SP}{0,2}|${SP}\(|${SP})(?:the${SP})?${EMPLOYER_NAME}`,
  'g',
);
/** The word EMPLOYER_APPOSITIVE turns on, looked for before the rule reads every capitalised word. */
const WORKPLACE_WORD = /company|employer|firm|workplace/;
/** "left Wipro last year", "joined Infosys in 2019", "quit Amazon recently": a company left or joined at a time. */
const EMPLOYER_LEFT = new RegExp(
  String.raw`\b(?:[Ll]eft|[Qq]uit|[Jj]oined)${SP}{1,2}${EMPLOYER_NAME}(?=${SP}(?:last|this|in${SP}\d|after|before|two|three|several|a${SP}(?:year|month|week)|recently|earlier)\b)`,
  'g',
);
/** A name before a lowercase workplace noun: "called from Tesco distribution centre", "works at Amazon warehouse". */
const NAME_BEFORE_WORKPLACE = new RegExp(
  String.raw`\b(?:from|at|for)${SP}{1,2}(?:the${SP})?${EMPLOYER_NAME}(?=${SP}(?:distribution${SP}cent(?:re|er)|warehouse|depot|factory|plant|superstore|supermarket|store|head${SP}office|call${SP}cent(?:re|er)|fulfil?l?ment(?:${SP}cent(?:re|er))?|building${SP}site|branch|office)\b)`,
  'g',
);
/** A shop named as where something was bought or given: "the pharmacy at Boots Kings Road", "chemist at Lloyds Hatfield". */
const SHOP_AT = new RegExp(
  String.raw`\b(?:pharmacy|chemists?|shop|store|branch|supermarket|caf[eé]|pub|restaurant|takeaway|bakery|salon)${SP}at${SP}{1,2}(?:the${SP})?${EMPLOYER_NAME}`,
  'g',
);
/**
 * A business named as the place something happens beside ("sleeping in his car behind Kroger", "found outside Tesco
 * Express", "lives opposite the Red Lion"): a shop or a pub there narrows where the patient sleeps or lives. Body parts
 * (behind Left eye, behind Ear), relatives (next to Mum), titles, holidays and cities (outside London: an address) stay.
 */
const BESIDE_PLACE = new RegExp(
  String.raw`\b(?:behind|outside|opposite|next${SP}to|across${SP}from|in${SP}front${SP}of)${SP}{1,2}(?:the${SP})?${EMPLOYER_NAME}`,
  'g',
);
/** A verb of being, sleeping or being found somewhere in the clause before "behind Kroger", "outside Tesco". */
const STAYING_VERB =
  /\b(?:sleep(?:s|ing)?|slept|liv(?:e|es|ed|ing)|found|collapsed|f[ae]ll(?:en)?|parked|sits?|sitting|sat|st(?:and|ands|anding|ood)|wait(?:s|ed|ing)?|camp(?:s|ed|ing)?|stay(?:s|ed|ing)?|beg(?:s|ged|ging)|work(?:s|ed|ing)?|attacked|assaulted|mugged|picked\s+up|stopped|hit|injured|rough)\b/i;
/** Month and weekday names: capitalised like a name, never an employer's or a facility's first word. */
const NOT_AN_EMPLOYER = new RegExp(
  String.raw`^(?:${CALENDAR_WORD}|Weekends?|Night|Nights|Christmas|Easter|Present|Least|Level|Floor|Ward|Years?|Months?|Weeks?|Days?|Decades?|Hours?)$`,
);
const NOT_BESIDE_NAME =
  /^(?:I|He|She|They|We|You|It|Mum|Mom|Mummy|Mommy|Dad|Daddy|Mother|Father|Wife|Husband|Son|Daughter|Brother|Sister|Grandma|Grandpa|Granny|Nan|Nana|Gran|Grandad|Partner|Baby|Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor|Nurse|Left|Right|Upper|Lower|Bed|Bay|Room|Theatre|Door|Reception|Hours|Office|Eve|New|Year|Hospital|Clinic|School|Home|House)$/;

function scanEmployers(text: string, detections: Detection[]): void {
  if (
    /[Ww]ork|[Ee]mploy|[Rr]etired|[Jj]ob|[Ss]hift|company|firm|[Bb]oss|[Mm]anager|[Ss]upervisor|[Cc]olleague|[Cc]o-?worker|[Ff]oreman|[Ll]eft|[Qq]uit|[Jj]oined|from|at/.test(
      text,
    )
  ) {
    for (const regex of [EMPLOYER, EMPLOYER_APPOSITIVE, EMPLOYER_LEFT, NAME_BEFORE_WORKPLACE, SHOP_AT]) {
      startScan(regex, text, regex === EMPLOYER_APPOSITIVE ? WORKPLACE_WORD : undefined);
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null) {
        const value = match[1] ?? '';
        const first = value.split(/\s/)[0] ?? '';
        if (NOT_AN_EMPLOYER.test(first) || value === 'Home' || /^(?:I|He|She|They|We|You|It)$/.test(first)) continue;
        if ((regex === EMPLOYER_LEFT || regex === NAME_BEFORE_WORKPLACE || regex === SHOP_AT) && !isProperNameWord(first)) continue;
        if (/\s[a-z]/.test(match[0].slice(0, match[0].length - value.length).replace(/\b(?:at|for|the)\s*$/, '')) && isClinicalEnglishTermWord(first)) continue;
        const start = match.index + match[0].length - value.length;
        detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
      }
    }
  }
  if (!/behind|outside|opposite|next|across|front/.test(text)) return;
  startScan(BESIDE_PLACE, text);
  let match: RegExpExecArray | null;
  while ((match = BESIDE_PLACE.exec(text)) !== null) {
    const value = match[1] ?? '';
    const first = value.split(/\s/)[0] ?? '';
    if (NOT_AN_EMPLOYER.test(first) || NOT_BESIDE_NAME.test(first) || ENGLISH_CITIES.has(value) || !isProperNameWord(first)) continue;
    const clause = clauseBefore(text, match.index, 80);
    if (!STAYING_VERB.test(clause)) continue; // "lesion behind Tonsil": no one stays there
    const start = match.index + match[0].length - value.length;
    detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
}

/**
 * A care home, nursery or hospice after its label ("Care home: Meadowbrook Lodge, Ashby Road", "Nursery: Little Oaks"),
 * a workplace after its label in Chinese ("Work: 阿里巴巴 Xixi campus", "Employer: 华为"), and a home whose name ends in
 * Lodge, Manor, House, Court… where someone is said to live ("resident of Willow Court", "discharged to Oak Manor").
 * The name ends at a comma, a bracket or the line; "Care home: none", "Work: Retired" stay.
 */
const LABELLED_FACILITY = new RegExp(
  String.raw`\b(?:(?:[Cc]are|[Nn]ursing|[Rr]esidential|[Rr]etirement)${SP}(?:[Hh]ome|[Ff]acility)|[Hh]ospice|[Nn]ursery|[Cc]hildcare|GP${SP}(?:[Pp]ractice|[Ss]urgery))${SP}?[:：]${SP}{0,2}` +
    String.raw`((?:St\.?${SP})?[A-Z][a-z][A-Za-z'’-]*(?:${SP}(?:[A-Z][A-Za-z'’-]+|of|the|on|&)){0,4})`,
  'g',
);
const LABELLED_HAN_WORKPLACE = new RegExp(
  String.raw`\b(?:[Ww]ork(?:place)?|[Ee]mployer|[Cc]ompany|[Ww]ork${SP}unit)${SP}?[:：]${SP}{0,2}([${HAN}]{2,16})`,
  'g',
);
const NOT_A_LABELLED_NAME =
  /^(?:None|Nil|N\/A|Unknown|Not|No|Yes|Own|Home|Retired|Unemployed|Self|Awaiting|Pending|TBC|Declined|Refused|Previously|Currently|Student|Full|Part)$/;
const RESIDENCE = new RegExp(
  String.raw`\b(?:[Rr]esident${SP}(?:of|at)|[Rr]esides${SP}at|[Ll]ives${SP}at|[Ll]iving${SP}at|[Pp]lacement${SP}at|[Pp]laced${SP}at|[Dd]ischarged${SP}(?:back${SP})?to|[Aa]dmitted${SP}from|[Mm]oved${SP}(?:in)?to)` +
    String.raw`${SP}{1,2}(?:the${SP})?(${NAME_WORD}(?:${SP}${NAME_WORD}){0,2}${SP}(?:Lodge|Manor|House|Court|Grange|Hall|Gardens|Towers))(?![A-Za-z])`,
  'g',
);

function scanLabelledFacilities(text: string, detections: Detection[]): void {
  if (/:|：/.test(text)) {
    for (const regex of [LABELLED_FACILITY, LABELLED_HAN_WORKPLACE]) {
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null) {
        let value = match[1] ?? '';
        if (regex === LABELLED_HAN_WORKPLACE) {
          const stop = EMPLOYER_NAME_END.exec(value);
          value = stop ? value.slice(0, stop.index) : value;
          if (value.length < 2 || GENERIC_WORKPLACE.test(value) || PLACE_NOT_EMPLOYER.test(value) || isListedChineseCity(value)) continue;
        } else {
          while (TRAILING_LINK_WORD.test(value)) value = value.replace(TRAILING_LINK_WORD, '');
          if (NOT_A_LABELLED_NAME.test(value.split(/\s/)[0] ?? '')) continue;
        }
        const start = match.index + match[0].length - (match[1] ?? '').length;
        if (insideFound(detections, start, start + value.length)) continue;
        detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
      }
    }
  }
  if (!/[Rr]esid|[Ll]iv|[Pp]lace|[Dd]ischarged|[Aa]dmitted|[Mm]oved/.test(text)) return;
  startScan(RESIDENCE, text);
  let match: RegExpExecArray | null;
  while ((match = RESIDENCE.exec(text)) !== null) {
    const value = match[1] ?? '';
    const nameWords = value.split(/\s+/).slice(0, -1);
    if (!nameWords.some(isProperNameWord)) continue;
    const start = match.index + match[0].length - value.length;
    if (insideFound(detections, start, start + value.length)) continue;
    detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
}

/**
 * A hospital known by its place and "General" alone ("Mass General", "Leeds General") after a preposition of where
 * someone was seen, and a health system named "<Name> Health" with its town ("Baptist Health Lexington", "Atrium
 * Health"). Titles (Surgeon General), services (Occupational Health, Mental Health, Public Health) and bodies (World Health
 * Organization) stay.
 */
const PLACE_GENERAL = new RegExp(String.raw`(?<=\b(?:at|from|to|in)${SP}{1,2})([A-Z][a-z]+${SP}General)(?![A-Za-z'’-])(?!${SP}+[A-Z])`, 'g');
/** "Surgical pathology, Mass General Brigham.": a place-General system with one more name, after a comma or a bracket. */
const PLACE_GENERAL_SYSTEM = new RegExp(
  String.raw`(?<=(?:\b(?:at|from|to|in)${SP}{1,2}|,${SP}{1,2}|\())([A-Z][a-z]+${SP}General${SP}[A-Z][a-z]+)(?=${SP}{0,2}(?:[.,;:)]|$))`,
  'g',
);
/** Prisons and young offender institutions: "HMP Wandsworth", "HMYOI Feltham". */
const PRISON = new RegExp(String.raw`\b(HM(?:P|YOI|PYOI)${SP}[A-Z][a-z]+(?:${SP}[A-Z][a-z]+)?)(?![A-Za-z'’-])`, 'g');
/**
 * A hospital named with the word first, as Malaysian, Indonesian and French-speaking hospitals are ("Hospital Kuala
 * Lumpur", "Hospital Sultanah Aminah"), after a word of coming or being (from, at, Malay dari/di/ke, 从, 转), a comma or heading a line (a letterhead); every name word must be a proper
 * name, so "Hospital Anxiety and Depression Scale", "Hospital Day 3" and "Hospital Discharge Lounge" stay.
 */
const HOSPITAL_FIRST = new RegExp(
  String.raw`(?:(?<=\b(?:at|from|to|in|into|via|dari|di|ke)${SP}{1,2})|(?<=,${SP})|(?<=[从在于到至转去赴])|(?<=^|\n))(Hospital(?:${SP}[A-Z][a-z]+){1,3})(?![A-Za-z'’-])`,
  'g',
);
const NOT_A_HOSPITAL_NAME =
  /^(?:Anxiety|Day|Days|Discharge|Episode|Course|Stay|Admission|Acquired|Based|Pharmacy|Medicine|Number|Records?|Transport|Lounge|Trust|Staff|Policy|Protocol|Ward|Bed|Beds|Care|Doctor|Doctors|Nurse|Nurses|Corners?|Mortality|Readmission|Onset|Grade|Level|Unit)$/;
const TITLE_BEFORE_GENERAL =
  /^(?:Surgeon|Attorney|Inspector|Secretary|Director|Auditor|Solicitor|Consul|Postmaster|Registrar|Lieutenant|Major|Brigadier|Governor|Adjutant|Paymaster|Quartermaster|Accountant)$/;
const HEALTH_SYSTEM = new RegExp(
  String.raw`(?<=\b(?:at|from|to|by|with|via|under)${SP}{1,2}|\()((?:${NAME_WORD}${SP}){1,2}Health)(?:${SP}([A-Z][a-z]+))?(?![A-Za-z'’-])(?!${SP}+[A-Z])`,
  'g',
);

/**
 * Charities and support services that assign a named worker to a family ("Yasmin from Barnardo's", "referred to NSPCC"):
 * only names that are no ordinary word (Mind, Shelter, Crisis and Refuge are left out).
 */
const SUPPORT_CHARITY =
  /(?<=\b(?:from|at|with|by|for|to|of)\s{1,2})(Barnardo['’]s|NSPCC|Age\sUK|Salvation\sArmy|Citizens\sAdvice|Women['’]s\sAid|St\.?\sMungo['’]s|Turning\sPoint|Change\sGrow\sLive|Action\sfor\sChildren|Young\sMinds|YoungMinds|Childline|Home-Start|Home\sStart)(?![A-Za-z])/g;

/**
 * Hospitals known across a country by an acronym that is no word and no clinical abbreviation: India's national
 * institutes (AIIMS, PGIMER, JIPMER, NIMHANS, SGPGI), Hong Kong's public hospitals (QMH, PYNEH, QEH…) and Singapore's
 * (SGH, TTSH, NUH…). Ward and service acronyms (ICU, CCU, SCBU) are no such names, and acronyms that are also clinical
 * ones stay out (PMH is past medical history, PWH people with haemophilia, CGH comparative genomic hybridisation).
 */
const HOSPITAL_ACRONYMS = [
  ...['AIIMS', 'PGIMER', 'JIPMER', 'NIMHANS', 'SGPGIMS', 'SGPGI'],
  ...['QMH', 'PYNEH', 'QEH', 'TKOH', 'AHNH', 'YCH', 'TMH', 'UCH', 'KWH', 'NLTH'],
  ...['SGH', 'TTSH', 'KTPH', 'NUH', 'KKH', 'NTFGH', 'SKGH'],
];
const HOSPITAL_ACRONYM = new RegExp(String.raw`(?<![A-Za-z])(${HOSPITAL_ACRONYMS.join('|')})(?![A-Za-z])`, 'g');

/**
 * Scotland's fourteen territorial health boards, written "NHS" and the board's area ("NHS Lothian", "NHS Greater Glasgow
 * and Clyde"), as the National Health Service (Scotland) Act 1978 constitutes them; "NHS Scotland" and "NHS 24" serve the
 * whole country and name no one board.
 */
const SCOTTISH_HEALTH_BOARD = new RegExp(
  String.raw`\bNHS[ \t]+(?:Ayrshire[ \t]+(?:and|&)[ \t]+Arran|Borders|Dumfries[ \t]+(?:and|&)[ \t]+Galloway|Fife|Forth[ \t]+Valley|Grampian|` +
    String.raw`Greater[ \t]+Glasgow(?:[ \t]+(?:and|&)[ \t]+Clyde)?|Highland|Lanarkshire|Lothian|Orkney|Shetland|Tayside|Western[ \t]+Isles)(?![A-Za-z])`,
  'g',
);

function scanHealthSystems(text: string, detections: Detection[]): void {
  let match: RegExpExecArray | null;
  if (text.includes('NHS')) {
    startScan(SCOTTISH_HEALTH_BOARD, text);
    while ((match = SCOTTISH_HEALTH_BOARD.exec(text)) !== null) {
      detections.push({ type: 'organization', start: match.index, end: match.index + match[0].length, priority: PRIORITY });
    }
  }
  if (HOSPITAL_ACRONYMS.some((acronym) => text.includes(acronym))) {
    startScan(HOSPITAL_ACRONYM, text);
    while ((match = HOSPITAL_ACRONYM.exec(text)) !== null) {
      detections.push({ type: 'organization', start: match.index, end: match.index + match[0].length, priority: PRIORITY });
    }
  }
  if (/Barnardo|NSPCC|Age UK|Salvation|Citizens|Aid|Mungo|Turning|Change Grow|Action for|Minds|Childline|Home.Start/.test(text)) {
    startScan(SUPPORT_CHARITY, text);
    while ((match = SUPPORT_CHARITY.exec(text)) !== null) {
      detections.push({ type: 'organization', start: match.index, end: match.index + match[0].length, priority: PRIORITY });
    }
  }
  if (/HM/.test(text)) {
    startScan(PRISON, text);
    while ((match = PRISON.exec(text)) !== null) {
      detections.push({ type: 'organization', start: match.index, end: match.index + match[0].length, priority: PRIORITY });
    }
  }
  if (text.includes('Hospital ')) {
    startScan(HOSPITAL_FIRST, text);
    while ((match = HOSPITAL_FIRST.exec(text)) !== null) {
      const words = (match[1] ?? '').split(/\s+/).slice(1);
      if (words.some((word) => NOT_A_HOSPITAL_NAME.test(word) || !isProperNameWord(word))) continue;
      detections.push({ type: 'organization', start: match.index, end: match.index + match[0].length, priority: PRIORITY });
    }
  }
  if (!/General|Health/.test(text)) return;
  startScan(PLACE_GENERAL_SYSTEM, text);
  while ((match = PLACE_GENERAL_SYSTEM.exec(text)) !== null) {
    const value = match[1] ?? '';
    const [first = '', , last = ''] = value.split(/\s+/);
    if (KIND_WORDS.has(first) || TITLE_BEFORE_GENERAL.test(first) || LEADING_WORD.test(first) || SERVICE_WORDS.has(first)) continue;
    if (!isProperNameWord(last) || KIND_WORDS.has(last)) continue;
    detections.push({ type: 'organization', start: match.index, end: match.index + value.length, priority: PRIORITY });
  }
  startScan(PLACE_GENERAL, text);
  while ((match = PLACE_GENERAL.exec(text)) !== null) {
    const value = match[1] ?? '';
    const first = value.split(/\s/)[0] ?? '';
    if (KIND_WORDS.has(first) || TITLE_BEFORE_GENERAL.test(first) || LEADING_WORD.test(first) || SERVICE_WORDS.has(first)) continue;
    if (insideFound(detections, match.index, match.index + value.length)) continue;
    detections.push({ type: 'organization', start: match.index, end: match.index + value.length, priority: PRIORITY });
  }
  startScan(HEALTH_SYSTEM, text);
  while ((match = HEALTH_SYSTEM.exec(text)) !== null) {
    const named = match[1] ?? '';
    if (!named.split(/\s+/).slice(0, -1).every(isProperNameWord)) continue;
    const town = match[2];
    if (town && /^(?:Organi[sz]ation|Act)$/.test(town)) continue;
    const value = town && isProperNameWord(town) ? match[0] : named;
    if (insideFound(detections, match.index, match.index + value.length)) continue;
    detections.push({ type: 'organization', start: match.index, end: match.index + value.length, priority: PRIORITY });
  }
}

/**
 * An employer in Chinese after an employment phrase (就职于华为, 任职于万科物业, 工作单位：阿里巴巴) or between 在 and a verb of
 * working (在腾讯上班, 退休前在杭州钢铁厂工作). The Han run ends at the verb or the clause; a workplace named only by its
 * kind (在家, 在工地上班, 就职于一家私营企业, 某公司, 在医院工作, 在门诊工作), a place (在宁波工作: the city goes as an address)
 * or a department is no employer.
 */
const CHINESE_EMPLOYER_AFTER = new RegExp(
  String.raw`(?:就职于|任职于|供职于|受雇于|受聘于|就业于|工作于|服务于|工作单位(?!电话|地址|联系|性质|领导|同事|负责)(?:名称)?\s{0,2}[:：为是]?|(?<!工作)单位\s{0,2}[:：]|雇主\s{0,2}[:：为是])\s{0,2}([${HAN}]{2,16})`,
  'g',
);
const CHINESE_EMPLOYER_BETWEEN = new RegExp(String.raw`在([${HAN}]{2,12}?)(?=工作|上班|任职|打工|务工|供职|实习|兼职|当|做|送外卖|开车|跑)`, 'g');
/** Where the employer's name ends inside the Han run after the phrase. */
const EMPLOYER_NAME_END = /工作|上班|任职|担任|从事|负责|打工|务工|多年|期间|至今|退休|长期|[的当做任从]/;
const GENERIC_WORKPLACE = new RegExp(
  String.raw`^(?:你们|我们|他们|她们|咱们|您|你|我|他|她|它|这|那|哪)|^(?:某|一家|一个|一所|这家|那家|当地|本地|外地|附近|其他|多家|几家|家|自家|国外|海外|私营|国营|民营|外资|合资|个体|无)|` +
    String.raw`^(?:小|大)?(?:电子|化工|钢铁|服装|纺织|印刷|化肥|建筑|物流|快递|装修|食品|机械|家具|制药|水泥|玻璃|塑料|造纸|汽车|煤|矿|砖|鞋|玩具|五金|电器|陶瓷|外贸|贸易|科技|网络|互联网|保险|房地产|餐饮|石油|电力|铁路|航空|政府|事业|机关|国有|私人)?` +
    String.raw`(?:厂|工厂|公司|企业|单位|学校|医院|超市|商场|工地|酒店|饭店|餐馆|餐厅|银行|集团|车间|矿|矿山|煤矿|农场|市场|商店|店|饭馆|部队|机关|政府|部门|幼儿园|小学|中学|大学|诊所|药店|养老院|敬老院|家里|家中|村|村里|农村|田里|地里|城里|县城|镇上|市区|厂里|工地上|外企|国企|私企)?$|` +
    String.raw`(?:科|室|病房|病区|门诊|急诊|手术室)$|某|` +
    // What a form field says instead of a name: 同上 (as above), 不详, 无, 见上.
    String.raw`^(?:同上|见上|同前|不详|不明|未知|待定|略)`,
);
/** Province-level names say no more than the state; cities are addresses (address.detector.ts). */
const PLACE_NOT_EMPLOYER = new RegExp(String.raw`^(?:${PROVINCE_LEVEL_NAMES})(?:省|市)?$`);

/** An organisation span that ends in a number's label ("Hospital No", "Clinic No.") is that label. */
function endsInNumberLabel(text: string, detection: Detection): boolean {
  return / N[or]$/.test(text.slice(detection.end - 3, detection.end)) && !/\w/.test(text.charAt(detection.end));
}

function scanChineseEmployers(text: string, detections: Detection[]): void {
  const regexes = [...(/[职聘雇位务]/.test(text) ? [CHINESE_EMPLOYER_AFTER] : []), ...(/在/.test(text) ? [CHINESE_EMPLOYER_BETWEEN] : [])];
  for (const regex of regexes) {
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      const run = match[1] ?? '';
      const stop = EMPLOYER_NAME_END.exec(run);
      const name = stop ? run.slice(0, stop.index) : run;
      if (name.length < 2 || GENERIC_WORKPLACE.test(name) || PLACE_NOT_EMPLOYER.test(name) || isListedChineseCity(name)) continue;
      const start = match.index + match[0].length - run.length;
      if (insideFound(detections, start, start + name.length)) continue;
      detections.push({ type: 'organization', start, end: start + name.length, priority: PRIORITY });
    }
  }
}

/**
 * Chinese short forms: a famous hospital by its short name after a preposition of going or being (在协和看过, 去湘雅复查,
 * 于华西行手术), a school by its city and number (成都七中, 杭州二中) or as an attached school (人大附中), and an employer
 * before a job word (顺丰速运快递员, 京东物流司机, 招商银行职员, 华为员工). 协和 as harmony (两药协和作用), 十中八九, a
 * courier or a driver of no company (系快递员, 系出租车司机) and a workplace named by its kind (公司职员, 银行职员) stay.
 */
const HOSPITAL_SHORT_FORM = new RegExp(
  String.raw`(在|于|去|到|赴|至|往|转|来自)(协和|湘雅|华西|齐鲁|阜外|安贞|宣武|积水潭|仁济|西京|北医三院)` +
    String.raw`(?=看|就诊|住院|手术|复查|治疗|确诊|诊断|检查|做|行|随访|门诊|急诊|住|求诊|会诊|查|开药|配药|拿药|化疗|放疗|透析|介入|[，。；、,;.\s）)]|$)`,
  'g',
);
/** The number and 中/小 of a school (七中, 二小) or 附中/附小; the city or the university in front is read in code. */
const NUMBERED_SCHOOL = new RegExp(
  String.raw`(?:([一二三四五六七八九十]{1,3}|\d{1,2})[中小]|附[中小])(?=[^${HAN}]|$|任教|教书|上学|读书|就读|学生|读|念|上|初[一二三]|高[一二三]|老师|教师|毕业|的|学习|住校|寄宿|班)`,
  'g',
);
/**
 * What NUMBERED_SCHOOL needs: 中 or 小 after a numeral or 附, read behind the 中 or 小 that opens the pattern, since V8 tries
 * a leading lookbehind at every position but skips ahead to a leading character.
 */
const NUMBERED_SCHOOL_WORD = /[中小](?<=[一二三四五六七八九十\d附][中小])/;
/** A job word; the employer is the Han run between it and 系/是/为/任 in front (at most 8 characters). */
const JOB_AFTER_EMPLOYER =
  /同事|快递员|快递小哥|员工|职员|职工|雇员|司机|骑手|店员|保安|营业员|收银员|柜员|客服|配送员|送货员|业务员|工程师|程序员|技术员|操作工/g;
const EMPLOYER_RUN_BEFORE_JOB = new RegExp(String.raw`[系是为任由被和与跟]([${HAN}]{2,8})$`);
/** A Han run that opens its clause right before the job word: "张某，工商银行员工", "职业：华为工程师", "腾讯程序员，". */
const CLAUSE_RUN_BEFORE_JOB = new RegExp(String.raw`(?:^|[^${HAN}])([${HAN}]{2,8})$`);
/**
 * Large employers known by a short name without a business suffix (腾讯, 中石化, 国家电网). Before a job word only; names that
 * are everyday words first (平安, 理想) are left out.
 */
const KNOWN_CHINESE_EMPLOYERS = new Set(
  `腾讯 阿里巴巴 阿里 华为 百度 京东 美团 字节跳动 滴滴 小米 网易 拼多多 快手 新浪 搜狐 携程 联想 海尔 格力 比亚迪 吉利 富士康 顺丰 中通 圆通
  申通 韵达 饿了么 苏宁 国美 万科 碧桂园 恒大 中石油 中石化 中海油 国家电网 南方电网 中国移动 中国联通 中国电信 中国平安 工行 建行 农行 中行
  交行 招行 中信 中铁 中建 中交 中粮 华润 宝钢 首钢 鞍钢 一汽 上汽 海底捞 星巴克 麦当劳 肯德基 沃尔玛 家乐福 宜家 微软 谷歌 三星 特斯拉 国航
  东航 南航`
    .split(/\s+/)
    .filter(Boolean),
);
const BUSINESS_SUFFIX =
  /(?:速运|速递|快递|物流|银行|保险|证券|地产|物业|超市|商场|百货|电器|通信|移动|联通|电信|航空|地铁|公交|烟草|电网|石化|石油|汽车|酒店|餐饮|外卖|传媒|网络|药业|制药|食品|乳业|钢铁|煤业|建设|建工|置业|控股|实业|集团|公司|科技|电子)$/;
/** Words that say what kind of worker or trade, not which company (退休职工, 本单位员工, 公交公司司机, 保险公司业务员). */
const WORKER_STATUS =
  /^(?:退休|离休|下岗|在职|离职|普通|临时|合同|正式|一名|一位|一般|高级|资深|老|新|外来|外包|派遣|兼职|全职|基层|一线|后勤|行政|管理|技术|办公室|车间|工厂|单位|公司|本|该|其|他人|别人|个人|自己|私人|某|我|医院|学校|公交|出租|货运|客运|运输|家政|保洁|装修|建筑|物流|快递|外卖|保险|银行|证券|地产|物业|电力|电信|通信|航空|铁路|地铁|石油|石化|烟草|国有|国营|私营|民营|外资|合资|个体)/;

/**
 * A bank branch (中国工商银行长沙五一路支行, 招商银行杭州分行营业部) and a public body of a named or implied place
 * (省疾控中心, 西湖区疾病预防控制中心, 海淀区公安分局): the words in front that say what happened (开户行, 汇至, 联系,
 * 报告) are cut off. A bank or a body without its branch or its place (银行卡, 疾控中心要求) names none.
 */
const BANK_BRANCH = new RegExp(
  String.raw`([${HAN}]{2,12}?)(银行|信用社|信用合作社|农商行|邮储)([${HAN}]{0,12}?(?:支行|分行|营业部|分理处|储蓄所))(?![${HAN}]{0,8}(?:支行|分行|营业部|分理处))`,
  'g',
);
const PUBLIC_BODY = new RegExp(
  String.raw`([${HAN}]{1,10}?)(疾病预防控制中心|疾控中心|卫生健康委员会|卫健委|卫生局|公安分局|公安局|派出所|交警大队|民政局|检察院|人民法院|妇联|残联|红十字会|街道办事处|居委会|村委会)`,
  'g',
);
const BODY_CONTEXT_BEFORE = /^.*(?:开户行|开户银行|开户|汇至|汇入|转至|转入|存入|联系|报告|上报|通知|告知|向|由|经|在|于|到|至|给|是|为|系|及|和|与|、|已)/;
const ADMIN_PLACE_END = /(?:省|市|县|区|镇|乡|州|旗|街道)$/;

function scanChineseBodies(text: string, detections: Detection[]): void {
  let match: RegExpExecArray | null;
  if (/支行|分行|营业部|分理处|储蓄所/.test(text)) {
    startScan(BANK_BRANCH, text);
    while ((match = BANK_BRANCH.exec(text)) !== null) {
      const lead = match[1] ?? '';
      const brand = lead.replace(BODY_CONTEXT_BEFORE, '');
      if (brand.length < 2) continue;
      const start = match.index + lead.length - brand.length;
      detections.push({ type: 'organization', start, end: match.index + match[0].length, priority: PRIORITY });
    }
  }
  if (/疾|卫|公安|派出所|交警|民政|检察|法院|妇联|残联|红十字|街道办|委会/.test(text)) {
    startScan(PUBLIC_BODY, text);
    while ((match = PUBLIC_BODY.exec(text)) !== null) {
      const lead = match[1] ?? '';
      const place = lead.replace(BODY_CONTEXT_BEFORE, '');
      if (place.length === 0 || !(ADMIN_PLACE_END.test(place) || isListedChineseCity(place))) continue;
      const start = match.index + lead.length - place.length;
      if (insideFound(detections, start, match.index + match[0].length)) continue;
      detections.push({ type: 'organization', start, end: match.index + match[0].length, priority: PRIORITY });
    }
  }
}

function scanChineseShortForms(text: string, detections: Detection[]): void {
  let match: RegExpExecArray | null;
  startScan(HOSPITAL_SHORT_FORM, text);
  while ((match = HOSPITAL_SHORT_FORM.exec(text)) !== null) {
    const start = match.index + (match[1] ?? '').length;
    detections.push({ type: 'organization', start, end: start + (match[2] ?? '').length, priority: PRIORITY });
  }
  startScan(NUMBERED_SCHOOL, text, NUMBERED_SCHOOL_WORD);
  while ((match = NUMBERED_SCHOOL.exec(text)) !== null) {
    const run = /[\u4e00-\u9fa5]{2,5}$/.exec(text.slice(Math.max(0, match.index - 5), match.index))?.[0] ?? '';
    const attached = match[1] === undefined;
    let nameAt = -1;
    for (let k = 0; k + 2 <= run.length; k++) {
      const name = run.slice(k);
      if (attached ? k >= nameStart(run) && !isGenericName(name, SCHOOL_GENERIC_WORDS) : isListedChineseCity(name)) {
        nameAt = k;
        break;
      }
    }
    if (nameAt < 0) continue;
    const start = match.index - run.length + nameAt;
    const end = match.index + match[0].length;
    if (insideFound(detections, start, end)) continue;
    detections.push({ type: 'organization', start, end, priority: PRIORITY });
  }
  startScan(JOB_AFTER_EMPLOYER, text);
  while ((match = JOB_AFTER_EMPLOYER.exec(text)) !== null) {
    const before = text.slice(Math.max(0, match.index - 9), match.index);
    const run = EMPLOYER_RUN_BEFORE_JOB.exec(before);
    // At a clause opening only a business suffix or a known employer names a company: 全院员工 and 体检员工 name none.
    const clauseRun = run ? null : CLAUSE_RUN_BEFORE_JOB.exec(before);
    const name = run ? (run[1] ?? '').replace(/^.*[系是为任由被和与跟]/, '') : (clauseRun?.[1] ?? '');
    if (name.length < 2) continue;
    const job = match[0];
    if (KNOWN_CHINESE_EMPLOYERS.has(name)) {
      if (!insideFound(detections, match.index - name.length, match.index))
        detections.push({ type: 'organization', start: match.index - name.length, end: match.index, priority: PRIORITY });
      continue;
    }
    const suffix = BUSINESS_SUFFIX.exec(name)?.[0];
    const brand = suffix ? name.slice(0, name.length - suffix.length) : name;
    if (!suffix && (clauseRun || !/^(?:员工|职员|雇员)$/.test(job))) continue;
    if (brand.length < 2 || WORKER_STATUS.test(name) || GENERIC_WORKPLACE.test(name) || GENERIC_WORKPLACE.test(brand)) continue;
    if (isGenericName(brand) || PLACE_NOT_EMPLOYER.test(brand) || isListedChineseCity(brand)) continue;
    const start = match.index - name.length;
    if (insideFound(detections, start, match.index)) continue;
    detections.push({ type: 'organization', start, end: match.index, priority: PRIORITY });
  }
}

/**
 * Bodies and businesses people name as where they work, worship, stay, bank their tests or are known to services,
 * each by a name and the word of its kind: a police force or station by its place ("Oakland PD", "Sussex Police",
 * "Chelston Police Station"), a court, a prison or a funeral home ("Gulu Chief Magistrate's Court", "Hall Funeral
 * Home"), a county or
 * council service ("Alameda County Social Services"), a hospital known as "Royal <Place>" after at/from/to ("Royal
 * Brompton"), a café, restaurant or shop ("Addis Café"), an insurer after its label ("insurance Bupa Arabia"), a hotel
 * ("Park Hyatt Sydney", "Premier Inn Leeds"), a laboratory ("Quest Diagnostics"), a place of worship ("Greater Hope
 * Baptist Church", "East London Mosque"), a practice named by a place and a specialty ("Beacon Hill Internal Medicine"),
 * a Quebec or French care body by its acronym ("CHSLD Saint-Laurent"), a housing association ("Clarion Housing") and a
 * company with its branch city ("at Infosys Bangalore"). Every name word must be a proper name (no kind, service,
 * clinical or heading word), so "Idiopathic PD", "Social Services", "Internal Medicine", "Clinical Pathology",
 * "Supported Housing", "Jehovah's Witness" and "Royal College" stay.
 */
// "Chief" opens the kind of a court ("Gulu Chief Magistrate's Court"), never its name.
const NAMED_WORD = String.raw`(?!Chief\b)[A-Z][a-z]+(?:['’]s)?`;
const NAMED_RUN = String.raw`(?:St\.?${SP})?${NAMED_WORD}(?:${SP}${NAMED_WORD}){0,3}`;
const KIND_OF_BODY = new RegExp(
  String.raw`\b(${NAMED_RUN})${SP}((?:PD|Police(?:${SP}(?:Department|Service|Dept|Station|Post))?|Funeral${SP}(?:Home|Parlou?r|Services)|(?:Chief${SP})?Magistrate['’]s${SP}Court|(?:Magistrates['’]?|Crown|County|District|High|Family|Circuit|Juvenile)${SP}Court|Prison(?!${SP}Service)|(?:County${SP}|City${SP}|Borough${SP}|Council${SP})?(?:Social${SP}Services|Children['’]s${SP}Services|Adult${SP}Services|Adult${SP}Social${SP}Care|Child${SP}Protective${SP}Services|Family${SP}Services|Housing${SP}(?:Association|Trust|Group)|Housing)|` +
    String.raw`Caf[eé]|Restaurant|Bakery|Diner|Takeaway|Grill|Salon|Supermarket|Hotel|Motel|Hostel|Resort|Diagnostics|Laborator(?:y|ies)|Labs|Pathology|Radiology|Imaging|` +
    String.raw`(?:(?:Baptist|Methodist|Catholic|Pentecostal|Evangelical|Presbyterian|Lutheran|Anglican|Episcopal|Orthodox|Adventist|Apostolic|Community|Gospel|Bible|Parish|Reformed|United)${SP})?(?:Church|Chapel|Mosque|Masjid|Temple|Synagogue|Gurdwara|Mandir|Cathedral|Tabernacle)|` +
    String.raw`Internal${SP}Medicine|Family${SP}(?:Medicine|Practice)|Pediatrics|Paediatrics|Cardiology|Dermatology|Orthopedics|Orthopaedics|Women['’]s${SP}Health|Primary${SP}Care|Urgent${SP}Care|Medical${SP}(?:Group|Associates)|Physicians|Dental(?:${SP}Care)?|Eye${SP}Care|Chiropractic|Physical${SP}Therapy|Physiotherapy|` +
    // "Lakeshore Dialysis", "Northshore Transplant Institute", "at Westbrook Memorial" (a hospital by its short name).
    // "All India Institute of Medical Sciences": what an institute is of belongs to its name.
    String.raw`Dialysis|Institute(?:${SP}of${SP}(?:the${SP})?[A-Z][a-z]+(?:${SP}(?:and${SP})?[A-Z][a-z]+){0,3})?|Memorial|Sheriff['’]s${SP}(?:Office|Department)|Behaviou?ral${SP}Health)` +
    // "Lakeview Radiology Associates": the practice's own last word.
    String.raw`(?:${SP}(?:Associates|Partners))?)` +
    String.raw`(?![A-Za-z'’-])(?:${SP}([A-Z][a-z]+))?`,
  'g',
);
/** Specialties that name what an institute does, not which one it is. */
const INSTITUTE_SPECIALTY = /^(?:Transplant|Cancer|Heart|Eye|Kidney|Diabetes|Research|Neurological|Neuroscience|Orthopaedic|Orthopedic|Cardiac|Liver)$/;
/** Cheap checks first: most notes name none of these kinds. */
const KIND_OF_BODY_HINT =
  /PD|Police|Funeral|Court|Prison|Services|Social Care|Housing|Caf|Restaurant|Bakery|Diner|Takeaway|Grill|Salon|Supermarket|otel|Hostel|Resort|Diagnostics|Laborator|Labs|Pathology|Radiology|Imaging|Church|Chapel|Mosque|Masjid|Temple|Synagogue|Gurdwara|Mandir|Cathedral|Tabernacle|Medicine|Practice|Pediatrics|Paediatrics|Cardiology|Dermatology|Orthop|Health|Care|Medical|Physicians|Dental|Chiropractic|Therapy|Physiotherapy|Dialysis|Institute|Memorial|Sheriff|Behavio/;
const HOTEL_BRAND_HINT =
  /Hyatt|Hilton|Marriott|Sheraton|Radisson|Novotel|Ibis|Travelodge|Westin|Inter[Cc]ontinental|Inn|Western|Seasons|Ritz|Oriental|Shangri|Plaza|Motel/;
/** Words in front of a kind word that make the phrase a service, a specialty or a faith, not a named body. */
const NOT_A_BODY_NAME = new Set(
  `Social Supported Sheltered Council Temporary Public Emergency Affordable Transitional Student Extra Specialist Adapted
  Assisted Private Local Secure Clinical Chemical Cellular Molecular Anatomical Diagnostic Interventional Nuclear Medical
  General Acute Internal Department Consultant Paediatric Pediatric Adult Child Children Family Women Community Reference
  Central Hospital Military Transport Secret Religious State Federal National International Good Great Holy First
  Second Third New Old Jehovah Witness Witnesses Latter Saints Idiopathic Early Late Young Onset Advanced Parkinson Parkinson's
  Boston Scientific Wells Glasgow Ottawa Oxford Cambridge Hodgkin Royal Seen Dr Mr Mrs Ms Miss Prof Professor Junior
  Senior Attending Resident Locum Trainee Staff Called Contacted Remand Maximum Minimum Security Open Closed Railway Traffic
  Mahila Border Airport Tourist Highway Independent Chinese
  Informed Police Liaison Baptist Methodist Catholic Pentecostal Evangelical Presbyterian Lutheran Anglican Episcopal Orthodox
  Adventist Apostolic Gospel Bible Parish Reformed United Hindu Sikh Buddhist Jewish Muslim Islamic Christian Local Nearest`
    .split(/\s+/)
    .filter(Boolean),
);
const ROYAL_PLACE = new RegExp(String.raw`(?<=\b(?:at|from|to|in|into|via)${SP}{1,2})(Royal${SP}[A-Z][a-z]+)(?![A-Za-z'’-])(?!${SP}+[A-Z])`, 'g');
const NOT_AFTER_ROYAL =
  /^(?:College|Society|Academy|Mail|Navy|Air|Army|Marines|Infirmary|Hospital|Family|Highness|Commission|Institution|Court|Courts|Charter|Assent|Jelly|Blue|Borough|London|Victoria|Free)$/;
const INSURER = new RegExp(
  String.raw`\b(?:[Ii]nsurance|[Ii]nsurer|[Ii]nsured${SP}(?:with|by)|[Cc]overed${SP}by|[Hh]ealth${SP}plan|[Hh]ealth${SP}insurance)${SP}?[:：]?${SP}{1,2}([A-Z][A-Za-z]+(?:${SP}[A-Z][a-z]+){0,3})`,
  'g',
);
const NOT_AN_INSURER =
  /^(?:Blue|Tricare|None|Nil|N|No|Not|Unknown|Self|Private|Public|Medicare|Medicaid|NHS|Policy|Number|Pending|Details|Card|Yes|The|Company|Provider|ID|Id|Ref|Member|Group|Plan)$/;
/** The Blue Cross and Blue Shield plans are carriers; "Blue" alone after an insurance label is a badge or a card colour. */
const BLUE_PLAN = /^Blue\s(?:Cross|Shield)\b/;
const HOTEL_BRAND = new RegExp(
  String.raw`\b((?:Park${SP}|Grand${SP})?(?:Hyatt|Hilton|Marriott|Sheraton|Radisson|Novotel|Ibis|Travelodge|Westin|InterContinental|Intercontinental|Holiday${SP}Inn(?:${SP}Express)?|Premier${SP}Inn|Best${SP}Western|Four${SP}Seasons|Ritz-Carlton|Mandarin${SP}Oriental|Shangri-La|Crowne${SP}Plaza|Days${SP}Inn|Motel${SP}6)(?:${SP}[A-Z][a-z]+){0,2})(?![A-Za-z'’-])`,
  'g',
);
const CARE_ACRONYM =
  /\b((?:CHSLD|CLSC|CIUSSS|CISSS|CHU|CHUM|EHPAD)(?:\s(?:de|du|des|de la))?\s[A-ZÀ-Ý][\p{L}'’]+(?:-[\p{L}'’]+)*(?:\s[A-ZÀ-Ý][\p{L}'’]+(?:-[\p{L}'’]+)*)?)/gu;
const COMPANY_AND_CITY = new RegExp(
  String.raw`(?<=\b(?:at|for|joined|from)${SP}{1,2})([A-Z][A-Za-z]+)${SP}([A-Z][a-z]+(?:${SP}[A-Z][a-z]+)?)(?![A-Za-z'’-])`,
  'g',
);

function isBodyNameWord(word: string): boolean {
  const bare = word.replace(/^St\.?$/, 'Saint');
  return !NOT_A_BODY_NAME.has(bare) && !NOT_A_BODY_NAME.has(bare.replace(/['’]s$/, '')) && isProperNameWord(bare);
}

function scanPlacesOfLife(text: string, detections: Detection[]): void {
  const push = (start: number, end: number) => {
    if (!insideFound(detections, start, end)) detections.push({ type: 'organization', start, end, priority: PRIORITY });
  };
  let match: RegExpExecArray | null;
  KIND_OF_BODY.lastIndex = KIND_OF_BODY_HINT.test(text) ? 0 : text.length;
  while ((match = KIND_OF_BODY.exec(text)) !== null) {
    const { start, value } = withoutLeadingWords(match.index, match[1] ?? '');
    const words = value.split(/\s+/).filter(Boolean);
    let kind = match[2] ?? '';
    // "Northshore Transplant Institute": a specialty before Institute belongs to the kind, not to the name.
    if (kind === 'Institute' && words.length > 1 && INSTITUTE_SPECIALTY.test(words[words.length - 1] ?? '')) kind = `${words.pop() ?? ''} ${kind}`;
    if (words.length === 0) continue;
    const placeWord = (word: string, at: number) =>
      at > 0 &&
      /^(?:County|City|Borough|Council|Valley|Hill|Park|Baptist|Methodist|Catholic|Pentecostal|Evangelical|Presbyterian|Lutheran|Anglican|Episcopal|Orthodox|Adventist|Apostolic|Gospel|Bible|Reformed|United)$/.test(
        word,
      );
    const allIndia = (word: string, at: number) => at === 0 && word === 'All' && words[1] === 'India';
    if (!words.every((word, at) => /^St\.?$/.test(word) || allIndia(word, at) || placeWord(word, at) || isBodyNameWord(word) || ENGLISH_CITIES.has(word)))
      continue;
    // "PD" is also Parkinson's disease: only after a listed town or a name no dictionary holds.
    if (kind === 'PD' && !words.some((word) => ENGLISH_CITIES.has(word) || !isEnglishWord(word))) continue;
    // A specialty or a lab word after an English word alone ("Beacon Hill" passes; "Sleep Pathology" stays).
    const town = match[3];
    let end = start + words.join(' ').length + 1 + kind.length;
    if (town && (ENGLISH_CITIES.has(town) || (/Hotel|Motel|Hostel|Resort/.test(kind) && isBodyNameWord(town)))) end = match.index + match[0].length;
    push(start, end);
  }
  if (text.includes('Royal')) {
    startScan(ROYAL_PLACE, text);
    while ((match = ROYAL_PLACE.exec(text)) !== null) {
      const place = (match[1] ?? '').split(/\s+/)[1] ?? '';
      if (NOT_AFTER_ROYAL.test(place) || !isProperNameWord(place)) continue;
      push(match.index, match.index + match[0].length);
    }
  }
  if (/[Ii]nsur|[Cc]overed|plan/.test(text)) {
    startScan(INSURER, text);
    while ((match = INSURER.exec(text)) !== null) {
      const value = match[1] ?? '';
      const first = value.split(/\s/)[0] ?? '';
      if (NOT_AN_INSURER.test(first) && !BLUE_PLAN.test(value)) continue;
      // Four words only for the Blues ("Blue Cross Blue Shield"); other carriers are named in three at most.
      const kept = BLUE_PLAN.test(value) ? value : value.split(/\s+/).slice(0, 3).join(' ');
      const start = match.index + match[0].length - value.length;
      push(start, start + kept.length);
    }
  }
  HOTEL_BRAND.lastIndex = HOTEL_BRAND_HINT.test(text) ? 0 : text.length;
  while ((match = HOTEL_BRAND.exec(text)) !== null) push(match.index, match.index + match[0].length);
  if (/CHSLD|CLSC|CISSS|CHU|EHPAD/.test(text)) {
    startScan(CARE_ACRONYM, text);
    while ((match = CARE_ACRONYM.exec(text)) !== null) push(match.index, match.index + match[0].length);
  }
  COMPANY_AND_CITY.lastIndex = /\b(?:at|for|joined|from) [A-Z]/.test(text) ? 0 : text.length;
  while ((match = COMPANY_AND_CITY.exec(text)) !== null) {
    const company = match[1] ?? '';
    const city = match[2] ?? '';
    if (!ENGLISH_CITIES.has(city) || ENGLISH_CITIES.has(company) || isEnglishWord(company) || !isProperNameWord(company)) continue;
    push(match.index, match.index + match[0].length);
  }
}

/**
 * A bank where an account or a card is held, named by its brand before 银行 ("银行卡号：6222…（工商银行）", "开户：招商银行"):
 * read only where the note speaks of a card or an account. Banks of the body (母乳银行, 脐血银行, 血液银行, 眼角膜银行) and
 * a bank named by its kind (某银行, 商业银行, 网上银行) stay.
 */
const BANK_WORD = /银行|信用社|农商行/g;
const ACCOUNT_CONTEXT = /卡号|[账帐][号户]|开户|转账|汇款|存折|退还|退款|代扣|工资卡/;
const BANK_BRAND_BEFORE = new RegExp(String.raw`[${HAN}]{2,8}$`);
// What the card or account is for (退费银行卡号, 工资银行卡) says nothing of which bank holds it.
const BANK_GENERIC_WORDS: readonly string[] = `商业 网上 手机 储蓄 投资 政策性 外资 地方 城市 农村 村镇 民营 国有 合作 开户 各大 大 小 一家 这家 那家
  退费 退款 还款 收款 付款 缴费 工资 报销 转账 汇款 结算 医保 社保 收费 预交金 押金`
  .split(/\s+/)
  .filter(Boolean);
const BANK_OF_THE_BODY = /(?:血|血液|母乳|人乳|乳汁|精子|卵子|脐血|脐带血|组织|骨髓|角膜|眼角膜|基因|细胞|干细胞|样本|生物|皮肤|器官|脑|粪菌|菌种|种子|食物)$/;

/** Whose account it is stands before the bank, not in its name: 患者银行账号, 家属的工商银行卡, 其本人招商银行. */
const BANK_HOLDER_BEFORE = /^.*的|^(?:患者|病人|病员|本人|家属|个人|自己|对方|其|他|她|我|你|您|父亲|母亲|儿子|女儿|丈夫|妻子|老伴|子女)+/;

function scanNamedBanks(text: string, detections: Detection[]): void {
  if (!/银行|信用社|农商行/.test(text) || !ACCOUNT_CONTEXT.test(text)) return;
  startScan(BANK_WORD, text);
  let match: RegExpExecArray | null;
  while ((match = BANK_WORD.exec(text)) !== null) {
    const run = BANK_BRAND_BEFORE.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[0] ?? '';
    const brand = run.replace(BODY_CONTEXT_BEFORE, '').replace(BANK_HOLDER_BEFORE, '');
    if (brand.length < 2 || BANK_OF_THE_BODY.test(brand) || isGenericName(brand, BANK_GENERIC_WORDS)) continue;
    const start = match.index - brand.length;
    const end = match.index + match[0].length;
    if (insideFound(detections, start, end)) continue;
    detections.push({ type: 'organization', start, end, priority: PRIORITY });
  }
}

/**
 * A sports club someone plays for or against ("a hurling match for Ballyhale Shamrocks", "played rugby for Corinthian
 * Casuals", "a game against Kilburn Cosmos"): two to four name words after a word of playing and for/against, each a
 * proper name (no clinical, service or heading word), so "HLA match for Renal Transplant" and "plays for Ireland" stay.
 */
const SPORTS_CLUB = new RegExp(
  String.raw`\b(?:match(?:es)?|games?|fixtures?|tournament|season|plays?|played|playing|trains?|trained|captains?|captained)(?:${SP}[a-z]{2,12}){0,2}?${SP}(?:for|against)${SP}{1,2}(?:the${SP})?([A-Z][a-z]+(?:${SP}[A-Z][a-z]+){1,3})(?![A-Za-z'’-])`,
  'g',
);

function scanSportsClubs(text: string, detections: Detection[]): void {
  if (!/match|game|fixture|tournament|season|play|train|captain/.test(text)) return;
  startScan(SPORTS_CLUB, text);
  let match: RegExpExecArray | null;
  while ((match = SPORTS_CLUB.exec(text)) !== null) {
    const value = match[1] ?? '';
    if (!value.split(/\s+/).every(isBodyNameWord)) continue;
    const start = match.index + match[0].length - value.length;
    if (!insideFound(detections, start, start + value.length)) detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
}

/**
 * A facility, school or employer named without a facility word, after what a patient has done there or a worker does
 * there: "transferred from Addenbrooke's", "treated at Johns Hopkins", "chemo at Sloan Kettering", "inpatient at Great
 * Ormond Street", "a nurse at Alder Hey", "studies at Harvard", "collected from Walgreens", "housing run by Anchor Hanover".
 * Group 1 is the word before, group 2 the preposition, group 3 the name (St and "and St" inside: Guy's and St Thomas').
 */
const CARE_PLACE_WORD = String.raw`[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s?)?`;
const CARE_PLACE = new RegExp(
  String.raw`\b([Tt]reated|[Ss]een|[Aa]dmitted|[Aa]dmission|[Ii]n-?patient|[Oo]ut-?patient|[Ff]ollow(?:ed)?[- ]?up|[Tt]ransferred|[Tt]ransfer|[Rr]eferred|[Rr]eferral|[Dd]ischarged|[Dd]elivered|[Cc]hemo(?:therapy)?|[Rr]adiotherapy|[Dd]ialysis|[Ss]urgery|[Oo]perated${SP}on|[Ss]canned|[Bb]iopsied|[Ii]nvestigated|[Aa]ppointment|[Rr]ehab(?:ilitation)?|[Ss]tudies|[Ss]tudied|[Ss]tudying|[Ss]tudent|[Pp]upil|[Ww]orks|[Ww]orked|[Ww]orking|[Ee]mployed|[Vv]olunteers?|[Tt]eaches|[Tt]aught|[Nn]urse|[Dd]octor|[Tt]eacher|[Dd]river|[Cc]leaner|[Ee]ngineer|[Pp]orter|[Cc]arer|[Mm]anager|[Ss]upervisor|[Aa]ssistant|[Rr]eceptionist|[Cc]hef|[Cc]ook|[Ll]ecturer|[Aa]ccountant|[Tt]echnician|[Cc]lerk|[Ww]orker|team|opinion|done|performed|[Bb]ooked|[Cc]ollected|[Dd]ispensed|[Pp]icked${SP}up|run|owned|managed|care)` +
    String.raw`${SP}(at|from|to|by|of)${SP}(?:the${SP})?((?:St\.?${SP})?${CARE_PLACE_WORD}(?:(?:${SP}|${SP}and${SP}(?=St\b))(?:St\.?${SP})?${CARE_PLACE_WORD}){0,3})(?![A-Za-z'’-])`,
  'g',
);
/** Well-known facilities whose names are English words only. */
const KNOWN_FACILITIES = new Set(['Alder Hey', 'Mayo', 'Christie', 'Mater', 'Great Ormond Street', 'Royal Free', 'Amazon', 'Boots', 'Target']);
/** What opens no facility's name after such a phrase: a title, a part of a hospital, a time, a generic place. */
const NOT_A_CARE_PLACE = new RegExp(
  String.raw`^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sister|Nurse|Father|Ward|Bay|Unit|Wing|Suite|Theatres?|Recovery|Resus|Resuscitation|Majors|Minors|Triage|Outpatients|Inpatients|Home|Hospital|Hospice|Community|Primary|Secondary|Tertiary|Specialist|Local|Private|General|Emergency|Accident|Acute|Critical|Intensive|Day|Night|Level|Floor|Room|Bed|Christmas|Easter|${CALENDAR_WORD})$`,
);
/** A part of a hospital anywhere in the name, or a facility word that the rules above read (Mayo Clinic, Bethel Pentecostal Church). */
const PART_OF_A_HOSPITAL =
  /^(?:Ward|Wing|Unit|Suite|Theatres?|Bay|Department|Dept|Clinics?|Hospitals?|Infirmary|Hospice|Centre|Center|Surgery|Practice|School|College|University|Academy|Primary|Church|Chapel|Mosque|Temple|Synagogue|Housing|Diagnostics|Laboratories|Pathology|Radiology|Pediatrics|Paediatrics|Medicine|Home|Lodge|Manor)$/;
/** A day or a month after the name ends it: "transferred from Westmead Monday". */
const TIME_WORD = new RegExp(String.raw`^(?:${CALENDAR_WORD}|Today|Yesterday|Tonight)$`);

/** A word no dictionary or list holds, so it names something ("Addenbrooke's", "Westmead", "Cedars-Sinai"); a town inside a longer name too. */
function namesSomething(word: string, inLongerName: boolean): boolean {
  return word
    .replace(/['’]s?$/, '')
    .split('-')
    .some(
      (part) =>
        (inLongerName && ENGLISH_CITIES.has(part)) ||
        (!isEnglishWord(part.toLowerCase()) && !isClinicalEnglishWord(part) && !isClinicalEnglishTermWord(part) && !ENGLISH_CITIES.has(part)),
    );
}

function scanCarePlaces(text: string, detections: Detection[]): void {
  startScan(CARE_PLACE, text);
  let match: RegExpExecArray | null;
  while ((match = CARE_PLACE.exec(text)) !== null) {
    const lead = match[1] ?? '';
    // "seen by", "referred by", "followed up by" name a person; only a body runs, owns or employs.
    if (match[2] === 'by' && !/^(?:run|owned|managed|[Ee]mployed)$/.test(lead)) continue;
    // "under the care of Moorfields": of only after care, and care only before of.
    if ((match[2] === 'of') !== (lead === 'care')) continue;
    let value = match[3] ?? '';
    const timeWord = value.split(/\s+/).findIndex((word, at) => at > 0 && TIME_WORD.test(word));
    if (timeWord > 0) value = value.split(/\s+/).slice(0, timeWord).join(' ');
    const words = value.split(/\s+/).filter((word) => word !== 'and' && !/^St\.?$/.test(word));
    const first = words[0] ?? '';
    if (NOT_A_CARE_PLACE.test(first) || words.some((word) => PART_OF_A_HOSPITAL.test(word))) continue;
    const known = KNOWN_FACILITIES.has(value);
    if (!known) {
      // A person ("referred to Mary Chen", "to Tendai Moyo"), a clinical word or a service first ("referred to Parkinson's
      // nurse", "to Cardiology"); Royal, General or Children's may open a hospital's name (the Royal Marsden).
      const bare = first.replace(/['’]s?$/, '');
      if (GIVEN_NAMES.has(first) || SERVICE_WORDS.has(first) || SERVICE_WORDS.has(bare) || isClinicalEnglishTermWord(bare) || isClinicalEnglishWord(bare))
        continue;
      if (words.length === 2 && SURNAMES.has(words[1] ?? '') && !isEnglishWord(first.toLowerCase())) continue;
      if (!words.some((word) => namesSomething(word, words.length > 1))) continue;
    }
    const start = match.index + match[0].length - value.length;
    if (!insideFound(detections, start, start + value.length)) detections.push({ type: 'organization', start, end: start + value.length, priority: PRIORITY });
  }
}

/**
 * A branch or site number after an English organisation ("Walmart Supercenter #2931", "Amazon Fulfillment Center BFI4")
 * and the town a hospital is in ("Mercy Hospital Iowa City", "Mayo Clinic Rochester") belong to its name.
 */
const SITE_AFTER_NAME = /^[ \t](?:#\s?\d{1,6}|No\.\s?\d{1,5}|[A-Z]{2,4}\d{1,3})(?![A-Za-z0-9])/;
const TOWN_AFTER_NAME = /^[ \t]([A-Z][a-z]+(?:[ \t](?:City|[A-Z][a-z]+))?)(?![A-Za-z'’-])/;
/** The road a hospital group's branch stands on: "Apollo Hospitals, Greams Road" (one hospital's road is its address). */
const BRANCH_ROAD_AFTER = /^,[ \t][A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t](?:Road|Rd|Street|St|Avenue|Ave)(?![A-Za-z])/;

/**
 * The town after a comma ("Heartcare Multispeciality Hospital, Pune", "Lakeview Pediatrics, San Antonio.", "St. Brendan's
 * Medical Center, Springfield, IL", "Lagos University Teaching Hospital, Idi-Araba"), with Dublin's postal district
 * ("Dublin 9"): with a state code after it, or a listed city, or words that are no English word ending the clause.
 */
const TOWN_AFTER_COMMA = new RegExp(
  String.raw`^,[ \t]((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:[ \t][A-Z][a-z]+)?)(?:[ \t](\d{1,2}W?))?(?:,[ \t](?:${US_STATES}|${CANADIAN_PROVINCES}|${AU_STATES})(?![A-Za-z]))?(?![A-Za-z0-9'’-])`,
);

/**
 * The town after a comma past a facility's name (from its first letter; a district number only after Dublin), or null.
 * The town is the facility's address, not part of its name: the state after it, a region, is no identifier.
 */
/** A town in capitals after a name in capitals ("KING EDWARD MEMORIAL HOSPITAL, MUMBAI"). */
const UPPER_CASE_TOWN_AFTER_COMMA = /^,[ \t]([A-Z]{3,}(?:[ \t-][A-Z]{3,})?)(?![A-Za-z0-9'’-])/;
/** What may end the clause a town closes: punctuation, a dash or a dot between fields, a column gap, the line's end. */
const CLAUSE_END = /^(?:$|[ \t]*(?:[,.;:)\n—–·|•]|[-][ \t])|[ \t]{2,})/;
const titleCased = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

function upperCaseTownAfterComma(text: string, facility: Detection, end: number): { start: number; end: number } | null {
  if (/[a-z]/.test(text.slice(facility.start, facility.end))) return null;
  const town = UPPER_CASE_TOWN_AFTER_COMMA.exec(text.slice(end, end + 40));
  if (!town) return null;
  const name = town[1] ?? '';
  if (!CLAUSE_END.test(text.slice(end + town[0].length, end + town[0].length + 3))) return null;
  const words = name.split(/[ \t-]/).map(titleCased);
  if (!ENGLISH_CITIES.has(words.join(' ')) && !isUnlistedTown(words)) return null;
  return { start: end + 2, end: end + 2 + name.length };
}

function townAfterComma(text: string, end: number): { start: number; end: number } | null {
  const town = TOWN_AFTER_COMMA.exec(text.slice(end, end + 48));
  if (!town) return null;
  const name = town[1] ?? '';
  const district = town[2];
  if (district !== undefined && name !== 'Dublin') return null;
  const withState = town[0].length > 2 + name.length + (district === undefined ? 0 : 1 + district.length);
  const endsClause = CLAUSE_END.test(text.slice(end + town[0].length, end + town[0].length + 3));
  const isTown = withState || ENGLISH_CITIES.has(name) || (endsClause && isUnlistedTown(name.split(/[ \t-]/)));
  if (!isTown) return null;
  const start = end + 2;
  return { start, end: start + name.length + (district === undefined ? 0 : 1 + district.length) };
}

/**
 * A letterhead's town after a facility and a comma, read more widely where the line or a field ends right after it, or
 * another place follows a comma: one to three capitalised words that may be English words or hold an apostrophe
 * (Greenwood, Nuku'alofa, Bandar Seri Begawan, "Strang, Douglas IM4"), or a town of two words before a field
 * ("Quatre Bornes, ward 12"). A department, a part of the hospital, a service, a clinical word or a document title
 * there is no town (Cardiology, Main Building, Discharge Summary, Accident and Emergency), nor is a road (the address
 * detector reads "Hills Road" with its number or its town).
 */
const LETTERHEAD_TOWN_AFTER_COMMA = /^,[ \t]((?:[A-Z][a-z]+(?:['’][a-z]+)?)(?:[ \t][A-Z][a-z]+(?:['’][a-z]+)?){0,2})(?![A-Za-z0-9'’-])/;
/** What ends a letterhead line or field: its end, a dash, a bar or a dot between fields, a column gap. */
const LETTERHEAD_END = /^(?:$|[ \t]*(?:\n|[—–|·•]|-[ \t])|[ \t]{2,}|\t)/;
/** A comma and another capitalised place after the town ("Strang, Douglas"). */
const PLACE_AFTER = /^,[ \t][A-Z][a-z]+/;
/** A comma and a lower-case field of the letterhead after the town ("Quatre Bornes, ward 12"). */
const FIELD_AFTER = /^,[ \t](?:ward|bed|room|unit|tel|ph|phone|fax)\b/;
const NOT_A_LETTERHEAD_TOWN =
  /^(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Way|Close|Crescent|Terrace|Place|Square|Boulevard|Main|Old|New|North|South|East|West|Central|Upper|Lower|Building|Block|Tower|Campus|Site|Annex|Annexe|Pavilion|House|Floor|Level|Outpatient|Outpatients|Inpatient|Inpatients|Pharmacy|Dispensary|Laboratory|Lab|Imaging|X-ray|Theatre|Theatres|Maternity|Labour|Delivery|Casualty|Admissions|Reception|Records|Report|Reports|Summary|Discharge|Referral|Letter|Note|Notes|Form|Request|Record|Log|Register|Sheet|Chart|Card|Clinic|Department|Division|Service|Services|Team|Office|Administration|Finance|Billing|Accident|Trauma|Surgery|Surgical|Medical|Medicine|Nursing|Page|Copy|Confidential|Private|Patient|Patients|Staff|Visitor|Visitors|And|The|Of|For)$/;

/** A department or a service written like a word of English: Histopathology, Orthotics, Chaplaincy, Safeguarding, Handover. */
const DEPARTMENT_LIKE_WORD = /(?:ology|ologies|ics|ery|ary|ancy|ency|tion|sion|ment|ing|graphy|therapy|iatry|pathy|ist|ists|over)$/;
const SHORT_SERVICE_WORD =
  /^(?:Ortho|Cardio|Neuro|Gastro|Resp|Renal|Paeds|Peds|Obs|Gynae|Derm|Rheum|Haem|Onc|Psych|Rehab|Physio|Pharm|Rad|Path|Micro|Endo|Uro|ENT|ICU|HDU|ED|AE)$/;

function isLetterheadTownWord(word: string): boolean {
  const bare = word.replace(/['’].*$/, '');
  if (SHORT_SERVICE_WORD.test(bare) || (isEnglishWord(bare.toLowerCase()) && DEPARTMENT_LIKE_WORD.test(bare))) return false;
  if (NOT_A_LETTERHEAD_TOWN.test(bare) || NOT_A_CARE_PLACE.test(bare) || PART_OF_A_HOSPITAL.test(bare) || TIME_WORD.test(bare)) return false;
  if (SERVICE_WORDS.has(bare) || GIVEN_NAMES.has(bare) || isClinicalEnglishWord(bare) || isClinicalEnglishTermWord(bare)) return false;
  return true;
}

function letterheadTownAfterComma(text: string, end: number): { start: number; end: number } | null {
  const town = LETTERHEAD_TOWN_AFTER_COMMA.exec(text.slice(end, end + 48));
  if (!town) return null;
  const words = (town[1] ?? '').split(/[ \t]/);
  const after = text.slice(end + town[0].length, end + town[0].length + 12);
  const unlisted = () => words.every((word) => isUnlistedTown([word.replace(/['’]/g, '')]));
  const closes = LETTERHEAD_END.test(after) || FIELD_AFTER.test(after) || (PLACE_AFTER.test(after) && (words.length === 1 || unlisted()));
  if (!closes || !words.every(isLetterheadTownWord)) return null;
  const start = end + 2;
  return { start, end: start + (town[1] ?? '').length };
}

/** A company's legal form, written after its name ("Inc", "Ltd"). */
const CORPORATE_FORM = String.raw`(?:Inc|Ltd|LLC|Corp|Co|plc|PLC)`;
const CORPORATE_FORM_AFTER = new RegExp(String.raw`^,?[ \t]${CORPORATE_FORM}\.?(?=,)`);
const CORPORATE_FORM_END = new RegExp(String.raw`[ \t]${CORPORATE_FORM}$`);

/** "The" opening a letterhead or a field's value is the name's own ("The Johns Hopkins Hospital", "The Royal Melbourne Hospital"). */
const ARTICLE_OPENING_NAME = /(?:^|[\n:：(（|·–—-][ \t]{0,2}|[ \t]{2})The[ \t]$/;

function withArticle(text: string, found: Detection): Detection {
  if (!/^[A-Z]/.test(text.charAt(found.start))) return found;
  return ARTICLE_OPENING_NAME.test(text.slice(Math.max(0, found.start - 8), found.start)) ? { ...found, start: found.start - 4 } : found;
}

function withSiteOrTown(text: string, detections: readonly Detection[]): Detection[] {
  return detections.flatMap((found): Detection | Detection[] => {
    if (!/[A-Za-z]/.test(text.charAt(found.end - 1))) return found;
    const after = text.slice(found.end, found.end + 40);
    const site = SITE_AFTER_NAME.exec(after);
    if (site) return { ...found, end: found.end + site[0].length };
    const road = /Hospitals$/.test(text.slice(found.start, found.end)) ? BRANCH_ROAD_AFTER.exec(after) : null;
    if (road) return { ...found, end: found.end + road[0].length };
    // "Northgate Logistics Inc., Mississauga": the company's legal form (left out of its name) comes before its town.
    const legalForm =
      CORPORATE_FORM_AFTER.exec(after)?.[0].length ?? (CORPORATE_FORM_END.test(text.slice(found.start, found.end)) && after.startsWith('.,') ? 1 : 0);
    const town = townAfterComma(text, found.end + legalForm) ?? upperCaseTownAfterComma(text, found, found.end) ?? letterheadTownAfterComma(text, found.end);
    if (town) return [found, { ...found, type: 'address', ...town }];
    const townInName = TOWN_AFTER_NAME.exec(after);
    if (!townInName) return found;
    const words = (townInName[1] ?? '').split(/[ \t]/);
    if (words[1] === 'City' || ENGLISH_CITIES.has(townInName[1] ?? '')) return { ...found, end: found.end + townInName[0].length };
    if (ENGLISH_CITIES.has(words[0] ?? '')) return { ...found, end: found.end + 1 + (words[0] ?? '').length };
    // An unlisted town that ends the clause and is no English or clinical word: "Christian Medical College Vellore.".
    const word = words[0] ?? '';
    const end = found.end + 1 + word.length;
    if (/^(?:$|\s*[,.;:)\n])/.test(text.slice(end, end + 2)) && isUnlistedTown([word])) return { ...found, end };
    return found;
  });
}

/**
 * The administrative places written before an institution's own name: a province or municipality (left in the address
 * span only when a place below it follows), then one to three units with their suffix: a prefecture-level or county-level
 * city, district, county or banner, an autonomous prefecture, county or banner with its peoples (黔东南苗族侗族自治州,
 * 融水苗族自治县), or a prefecture's short form (湘西州, 阿坝州). Towns (镇, 乡) stay with the health centre named after
 * them. "X州" is a unit only where X州 is no city's name (广州医科大学: the city fused into the name stays in it).
 */
const PROVINCE_PREFIX = new RegExp(
  String.raw`^(?:(?:${PROVINCE_LEVEL_NAMES})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?|[${HAN}]{2,3}(?:省|自治区))`,
);
const ADMIN_UNIT = new RegExp(String.raw`^(?:[${HAN}]{2,12}?自治(?:州|县|旗)|[${HAN}]{1,5}?(?:地区|市|县|区|旗|盟)|[${HAN}]{2,3}州)`);
/** Words ending in 区 or 市 that name no administrative place: a community, a ward, a campus, a shop. */
const NOT_AN_ADMIN_UNIT =
  /^(?:[社小病院园校城郊景矿林牧山辖片街老特新本我该全各市县]区|[超城都门夜集股]市|.*(?:社区|小区|病区|院区|园区|校区|景区|开发区|保税区|矿区|林区|牧区|垦区|片区|厂区|街区))$/;

/** A direction and 区 opens a name (東區尤德夫人那打素醫院, the Eastern hospital) unless a city stands before it (臺南市東區). */
const DIRECTION_DISTRICT = /^[东西南北中]区$/;

function adminPrefixLength(name: string): number {
  const province = PROVINCE_PREFIX.exec(name)?.[0].length ?? 0;
  let length = province;
  for (let units = 0; units < 3; units++) {
    const unit = ADMIN_UNIT.exec(name.slice(length))?.[0];
    if (!unit || NOT_AN_ADMIN_UNIT.test(unit)) break;
    if (unit.endsWith('州') && !unit.endsWith('自治州') && isListedChineseCity(unit)) break;
    if (DIRECTION_DISTRICT.test(unit) && length === province) break;
    // 县立, 市立, 区立: run by the county or city, whose name is then part of the institution's (金門縣立醫院).
    if (name.charAt(length + unit.length) === '立') break;
    length += unit.length;
  }
  return length > province ? length : 0;
}

/** A district of Hong Kong or Macau in brackets after an institution's name: "博愛醫院（元朗）", "康寧藥房（氹仔）". */
const BRACKETED_AREA_AFTER = new RegExp(`^[（(](${HONG_KONG_AND_MACAU_AREAS.join('|')})[）)]`);

function withAdminPrefixApart(text: string, found: Detection): Detection | Detection[] {
  if (found.type !== 'organization') return found;
  const area = BRACKETED_AREA_AFTER.exec(text.slice(found.end, found.end + 8));
  const areaAfter: Detection[] = area ? [{ ...found, type: 'address', start: found.end + 1, end: found.end + 1 + (area[1] ?? '').length }] : [];
  const prefix = adminPrefixLength(text.slice(found.start, found.end));
  if (prefix === 0 || found.end - found.start - prefix < 2) return [found, ...areaAfter];
  const split = found.start + prefix;
  return [{ ...found, type: 'address', end: split }, { ...found, start: split }, ...areaAfter];
}

function insideAnother(detection: Detection, detections: readonly Detection[]): boolean {
  return detections.some(
    (other) => other !== detection && other.start <= detection.start && detection.end <= other.end && other.end - other.start > detection.end - detection.start,
  );
}

export const organizationDetector: PhiDetector = {
  name: 'organization',
  detect(text: string): Detection[] {
    const detections: Detection[] = [];
    scanChinese(text, detections);
    scanEnglish(text, detections);
    scanUpperCaseFacilities(text, detections);
    scanNordicHospitals(text, detections, PRIORITY);
    scanWorldFacilities(text, detections, PRIORITY);
    scanEmployers(text, detections);
    scanCarePlaces(text, detections);
    scanChineseEmployers(text, detections);
    scanChineseSchools(text, detections);
    scanEnglishSchools(text, detections);
    scanLabelledFacilities(text, detections);
    scanHealthSystems(text, detections);
    scanChineseShortForms(text, detections);
    scanChineseBodies(text, detections);
    scanPlacesOfLife(text, detections);
    scanNamedBanks(text, detections);
    scanSportsClubs(text, detections);
    scanPlaceServices(text, detections);
    // "Hospital No.: PGH-…": a facility word that labels a number names no facility. A name read twice, once whole and
    // once in part ("Baptist Health Lexington", "Baptist Health"), is kept whole.
    const named = detections.filter((detection) => !endsInNumberLabel(text, detection) && !insideAnother(detection, detections));
    return named.length > 0
      ? withSiteOrTown(
          text,
          named.map((found) => withArticle(text, found)),
        ).flatMap((found) => withAdminPrefixApart(text, found))
      : named;
  },
};
