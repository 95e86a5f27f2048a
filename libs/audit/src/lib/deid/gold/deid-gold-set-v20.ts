import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Twentieth gold set: outside held-out set 48, written blind by an outside evaluator who read neither the detectors,
 * the deidentifier, the detector data, the de-identification README, the dev-set specs nor any earlier gold set's items
 * (only v19's header comment and its first items for the file format and conventions, the GoldSentence type and the
 * g() helper, the PhiType list and the scoring utility), and who neither ran the de-identifier or any test on these
 * items nor saw any score of them.
 * 160 items: 64 Chinese ones first (40 simplified: county and county-level-city hospitals, township health centres,
 * village clinics, private and dental clinics, occupational-health and occupational-disease units, maternal and child
 * health hospitals, psychiatric, TCM, Mongolian-medicine and ethnic-medicine hospitals, dialysis and 120 dispatch
 * centres, a school and an internet hospital, in Hunan, Hebei, Jiangxi, Gansu, Yunnan, Shandong, Heilongjiang,
 * Xinjiang, Guangdong, Henan, Guizhou, Anhui, Guangxi, Inner Mongolia, Ningxia, Jilin, Shaanxi, Fujian, Zhejiang, Hubei,
 * Sichuan, Chongqing, Shanxi, Qinghai, Tibet, Hainan, Liaoning, Jiangsu, Shanghai, Beijing and Tianjin; then 24
 * traditional: 13 Taiwan, 7 Hong Kong, 4 Macau), then 64 English ones (US 7, England 4, Wales 2, Scotland 3, Northern
 * Ireland 2, Ireland 3, Canada 4, Australia 4, New Zealand 3, India 4, Pakistan 2, Bangladesh 2, Sri Lanka 2, Nepal 2,
 * Singapore 2, Malaysia 2, Nigeria 2, Ghana 2, Kenya 2, Uganda 2, South Africa 3, Philippines 2, Caribbean 3: Trinidad
 * and Tobago, Guyana, Barbados), then 32 identifier-free clinical items (16 Chinese, 16 English) that carry no
 * identifier at all (not even a month/day) and are dense with eponyms (Hoehn-Yahr, Kobayashi, Garden, Pauwels, Colles,
 * Frykman, Schatzker, Weber, Maisonneuve, Caprini, B-Lynch, Stevens-Johnson, Kashin-Beck, Dean, Smith, Barton, Jones,
 * Chance, Baker, Morton, Conn, Liddle, Gitelman, Bartter, Ganser, Capgras, McRoberts, Rubin, Zavanelli, Alport,
 * Goodpasture, Wallenberg, Millard–Gubler, Hunt and Hess, Spetzler–Martin, Todd, Henoch–Schönlein, Perthes, Still,
 * Reye, Gillick, Fraser, Alvarado, Rovsing, McBurney, Murphy, Lanz, Pfannenstiel, Clavien–Dindo), drugs and brands
 * (Chinese brands that read like personal names: 达美康, 格华止, 代文, 安博维, 黛力新, 爱瑞卓; brands named after people:
 * 张仲景, 季德胜, 马应龙; the herb 何首乌 and the sign 杨梅舌; English pill brands named like women: Camila, Heather, Nikki,
 * Jasmiel), doses, lab values with units, ICD-10 / ICD-11 / SNOMED CT codes, scores and guidelines with years (2023
 * ESC, GOLD 2025, GINA 2024, KDIGO 2024, FIGO 2018, Banff 2019, CKD-EPI 2021, NICE NG201 (2021)), place-named diseases,
 * rules and classifications (洛杉矶, 京都, 悉尼, 巴塞罗那, 米兰, 杭州, 柏林, 新疆出血热, 克山病, 日本血吸虫病, 水俣病, Lassa,
 * Rift Valley, Kyasanur Forest, Ross River, Murray Valley, Hendra, Nipah, Oroya, Pontiac, Stockholm, Pittsburgh,
 * Chicago, Lyon, Rome IV, Bristol, Boston, Atlanta, Ann Arbor, Denver, Edinburgh, Manchester, Richmond, Birmingham),
 * anatomical words, values that look like dates (1/2 片, 2/2, 14/24, 100/25, 7/9, Junel Fe 1/20, DOB 值 of a breath
 * test), and everyday words capitalised at line starts (Will, May, Mark, Frank, Grace, Rose, Chase, Pat, Drew, Dawn,
 * Hope, Iris, Amber).
 * Genres: discharge summaries, ED and trauma notes, nursing and SBAR handovers, referral, transfer and evacuation
 * letters, ward WeChat / WhatsApp / LINE / Teams / Messenger groups, patient-portal messages, insurance, NHI, medical-
 * scheme, ACC and cashless pre-authorisation claims, lab, pathology and radiology reports, consent forms, pharmacy labels
 * and drug bags, e-mail headers and signatures, SMS and LINE official-account reminders, incident, adverse-event and
 * work-injury reports, death certificates and notifications, home and family-doctor visits, telehealth and remote
 * consultation transcripts, scanned-form OCR text with spaced characters, CSV exports and line lists, HL7 v2 messages,
 * tables flattened to pipe-separated text, a CMS-1500 flattened form and a Mental Health Act application.
 * 128 items carry 1431 identifiers: name 387, address 214, organization 197, date 186, phone 116, other-id 80, mrn 53,
 * bed 43, id-card 40, license 27, email 20, plate 15, age 10, account 8, social-security 8, url 7, ip 5, passport 5,
 * device 4, bank-card 3, vehicle 3 (Chinese items 635 identifiers, English items 796). 161 of the 387 names (41.6 %;
 * 89 of 186 Chinese, 72 of 201 English) have no trigger word at all, counted as strictly as v19 (no title, role or label
 * word such as 患者 / 姓名： / 医师 / 护士 / Dr / Mr / Patient: / NOK: / Applicant:, no kinship or relation word such as
 * 儿子 / 家属 / 家长 / 工友 / wife / neighbour / s/o, no honorific or familiar prefix or suffix such as 老 / 小 / 阿 / 先生 /
 * 太太 / 奶奶 / 女士 / Nan / Uncle / Baby / Mma / Hajiya / Malam next to the name, and a role written right after the name,
 * "(neuro on call)", "| Dermatology Nurse Specialist", counted as a trigger): line- and sentence-opening names, chat
 * speakers, @mentions, names right after a bed number, names followed directly by a verb or by 您好, names as objects
 * ("已报告巴特尔", "Saw Losana Vainikolo", "Call Kugan"), lists after the first name, CSV and HL7 fields, signatures
 * ("——郝建军", "— Tricia", "翁家豪 敬上"), names in brackets after another form of the same name, aliases and nicknames;
 * these are marked "// no trigger" on their span lines.
 * All identifiers are fictional; check digits are valid for 身份证 (GB 11643), the unified social credit code (GB
 * 32100), Taiwan ID and resident-certificate numbers, HKID, NRIC / FIN, Aadhaar (Verhoeff), SA ID, bank cards, NPI,
 * SIN and OHIP (Luhn), Australian IHI (Luhn) and Medicare, BC PHN, NHS, H&C and CHI (mod 11; the CHI and SA ID dates
 * match the stated ages), NZ NHI, Irish PPSN, DEA and VINs (a US Ford and a Chinese FAW-VW); the Macau BIR, CNIC,
 * MyKad, Ghana Card, Kenyan ID, Ugandan and Nigerian NIN, Bangladeshi NID, Sri Lankan NIC, Nepali citizenship number,
 * Trinidad ID, PhilHealth, SSS, Guyana NIS, UK NI number, US SSN, Medicare MBI, UK driving licence, passports and
 * permits only follow their format. US phone numbers in the HL7 message use the reserved 555-01xx range.
 * Annotation conventions are v19's (v18's and v17's, plus the choices v19 added): names without title / 先生 / 医生 / Dr;
 * surname alone when only the surname is written; dates only the month/day part unless it is the date of birth of
 * someone aged > 89 (then the whole date, ROC year included); ages only the number and only when > 89; addresses city
 * level and below (province / state / county / country left out), postcodes separate; beds / wards / rooms the code
 * itself; phones and faxes the number with prefix and brackets, extension left out; handles, bank accounts and system
 * user names `account` without the @; the city + district prefix before an institution an `address` span and the
 * institution an `organization` span; a town after "from" or on its own in a signature `address`.
 * Choices this set adds where v19's header is silent:
 *  - geography: the province-level municipalities 北京市 / 上海市 / 天津市 / 重庆市 are left out like provinces (their 区 are
 *    in); Taiwan's special municipalities (臺南市, 臺中市, 台北市) are city level and inside the address span, while a
 *    first-level 縣 before them or before an institution stays out; 香港 and 澳門 before an address stay out; US state,
 *    Welsh county (Carmarthenshire), Irish county (Co. na Gaillimhe), Barbados parish (St. Michael), Nigerian state,
 *    Bangladeshi district (Dist: Kishoreganj) and Nepali district (Kaski) are left out, while a Nigerian LGA, a Nepali
 *    ward-numbered municipality (Pokhara-27, Rupa Rural Municipality-3), a Bangladeshi village, post office and upazila
 *    (annotated one by one without their labels), a refugee-camp block and shelter, a barangay, a First Nation and a
 *    town or city area named on its own ("South Auckland", "Katherine", "Riyadh" as a destination) are in; a what3words address,
 *    a Ghana Post GPS address, an intersection (崇德路三段與文心路口), a highway location ("I-90 near mile marker 497",
 *    "G109国道 1437 km"), a beach (長洲東灣泳灘), a village hall used as a clinic site (福基村活動中心) and a hotel room a
 *    person lives in ("Marble Arms Hotel, 160 E Hastings St, Room 312") are `address`.
 *  - organisations: Chinese 有限公司 / 有限责任公司 in a registered company name stays in the span (like 股份有限公司); English
 *    "Co.", "Ltd", "Pty Ltd", "Pte Ltd", "Sdn Bhd" and Malay "Berhad" are left out; a bank (Maybank), a bank branch
 *    (中国农业银行淅川县支行, "Commercial Bank, Jaffna branch"), an insurer (Sagicor, Tenang Takaful), a pharmacy chain
 *    branch (CVS), a township office (玉里鎮公所), a county CDC written 疾控, a 120 dispatch or ambulance station
 *    ("120急救分站", where 120 is part of the name), a CMHT, a local health district and an HL7 facility or assigning-
 *    authority code (HZXRMYY, NYCHHC-LINCOLN, LHC) are organisations; the police (警方, "Police ref"), national health
 *    bureaux and services (衛生局, DVLA, Healthier SG), manufacturers and device brands (Fresenius, Honda, Ford,
 *    NovoPen) and TCM brands (同仁堂) are not; emergency numbers (120, 108) are not phones.
 *  - numbers: an Indian PAN, a US federal tax ID, a unified social credit code, a vaccination number, a student number,
 *    a wristband number, a payment transaction number, an RCH ID, a Canadian status-card number, a Rohingya family
 *    counting number, a Medicare MBI, an Australian IHI, a health-record (档案) number, a work-permit number, a staff-card
 *    number, a guarantee-letter reference, an air-ambulance mission number and a police report number are `other-id`;
 *    a dialysis number (透析号), an emergency number (急诊号), an HL7 PID-3 identifier, an imaging patient number (影像号),
 *    a UR number, a chart number and an ART number are `mrn`; an Australian Medicare provider number, a South
 *    African BHF practice number, an NZ HPI CPN, a NAATI credential, a Macau practitioner licence, a Hong Kong
 *    registered Chinese-medicine practitioner number, a care-home licence, a US driver licence and a UK driving licence
 *    are `license`; a Taiwan resident certificate (居留證), a Bangladeshi NID, a Ugandan NIN, a Nepali citizenship
 *    number, a Sri Lankan NIC and a Trinidad ID are `id-card`; the Guyana NIS number is `social-security`; a Kenyan
 *    Paybill number is `account`; a hospital pager ("bleeped outreach (4417)") is `phone`; an extension written alone
 *    ("分機 5173", "分機 7412") is not annotated; a helicopter registration mark (9N-ALK) is `vehicle`; a ventilator,
 *    dialysis-machine, pacemaker or insulin-pen serial is `device`; a dialysis station (机位 12 号), an extra bed (加2床),
 *    a NICU cot (N7), a consultation room (Rm 2-17), a private room (508) and an HL7 PV1 room^bed (0612^03, HALL^07) are
 *    `bed`.
 *  - dates: a Bikram Sambat date is treated like an ROC date (year left out, month/day annotated); in a compact HL7
 *    timestamp or date (20260311083015, 19620718) the MMDD part is the span; a date written after a relative word
 *    (今天（4月2日）, 今晨（2026年5月3日）, "op 12/02") is annotated, the relative word, weekdays (周五, Wed, Tue),
 *    times and months alone ("in March", 1月份) are not; ages ≤ 89 (89岁, 88) are deliberately left in as distractors.
 *  - names: HL7 name components (祁^永寿, OKONKWO^CHIDINMA) are separate spans, as are both forms of a name written
 *    side by side (梁家豪（LEUNG Ka Ho）, CHAN, Siu Fong 陳小芳) and a nickname or alias in quotes or brackets ("Jim",
 *    "Pepper", "Scrappy", aka Shiv Murphy, @ Rose); "s/o" and "w/o" separate two spans; a possessive ’s is left out; a
 *    name after an honorific (Mma Ayishetu, Hajiya Hauwa Bello, Nan Dolly Roberts, Baby Akinyi Otieno) is annotated
 *    without it; 蕭林玉琴 (a married woman's double surname) is one span; eponyms, brand names and people named inside
 *    institutions, streets or brands (宋玉生廣場, 尤德夫人, Jaramogi Oginga Odinga, M.H. del Pilar, Anthony bus stop,
 *    张仲景六味地黄丸) are not names.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}

export const DEID_GOLD_SET_V20: readonly GoldSentence[] = [
  // ---- Chinese, simplified (mainland: county hospitals, township centres, village clinics, private clinics, occupational health, maternity, psychiatric and TCM hospitals) ----
  // 1 Hunan, county hospital discharge summary; name opens the text; township referral
  g(
    '阳昌富，男，47岁，因“右上腹痛伴发热2天”于2026年3月2日由隆回县荷香桥镇卫生院转入湖南省邵阳市隆回县人民医院肝胆外科（住院号 LH26030217，床号 12-07）。3月4日行腹腔镜胆囊切除术，术后恢复好，3月9日出院。身份证号430524197803124518。出院后至荷香桥镇卫生院换药，联系电话 0739-8261473 / 152 7390 4618（妻刘冬梅）。',
    [
      ['name', '阳昌富'], // no trigger
      ['date', '3月2日'],
      ['address', '隆回县'],
      ['organization', '荷香桥镇卫生院'],
      ['address', '邵阳市隆回县'],
      ['organization', '人民医院'],
      ['mrn', 'LH26030217'],
      ['bed', '12-07'],
      ['date', '3月4日'],
      ['date', '3月9日'],
      ['id-card', '430524197803124518'],
      ['organization', '荷香桥镇卫生院', 1],
      ['phone', '0739-8261473'],
      ['phone', '152 7390 4618'],
      ['name', '刘冬梅'],
    ],
  ),
  // 2 Hebei, township health centre, public-health hypertension follow-up form
  g(
    '【基本公卫·高血压随访】阜平县龙泉关镇卫生院 随访日期：2026年1月20日 王秀芝（档案编号 130624-0117-00382） 住址：龙泉关镇骆驼湾村三组17号 血压 152/94 mmHg，心率 78次/分，用药：氨氯地平 5 mg qd。下次随访2月20日。——郝建军 13803125569',
    [
      ['address', '阜平县'],
      ['organization', '龙泉关镇卫生院'],
      ['date', '1月20日'],
      ['name', '王秀芝'], // no trigger
      ['other-id', '130624-0117-00382'],
      ['address', '龙泉关镇骆驼湾村三组17号'],
      ['date', '2月20日'],
      ['name', '郝建军'], // no trigger
      ['phone', '13803125569'],
    ],
  ),
  // 3 Jiangxi, county maternal and child health hospital, delivery record
  g(
    '于都县妇幼保健院产房记录：钟小凤，27岁，G2P1，孕39+2周，于2026年2月11日 05:42 经阴道分娩一活男婴，体重3350 g，Apgar 9-10分。新生儿住院号 YDFY2602110034，腕带号 W-0211-07。丈夫谢长根签字同意新生儿乙肝疫苗接种，身份证 360731198904150839。产后转产科二病区23床。',
    [
      ['address', '于都县'],
      ['organization', '妇幼保健院'],
      ['name', '钟小凤'], // no trigger
      ['date', '2月11日'],
      ['mrn', 'YDFY2602110034'],
      ['other-id', 'W-0211-07'],
      ['name', '谢长根'],
      ['id-card', '360731198904150839'],
      ['bed', '23'],
    ],
  ),
  // 4 Gansu, private village-town clinic prescription slip, OCR text with spaced characters
  g(
    '秦 安 县 兴 国 镇 仁 和 诊 所\n门 诊 处 方 笺\n姓名 : 蔡 永 红   性别 : 女   年龄 : 34\n日期 : 2026 年 0 3 月 1 8 日\n电话 : 1 8 9 9 3 8 2 7 4 0 6\n住址 : 秦安县兴国镇东关村 4 组\nRp: 阿莫西林胶囊 0.5 g tid × 5 d\n医师 : 程 立 新',
    [
      ['address', '秦 安 县'],
      ['organization', '兴 国 镇 仁 和 诊 所'],
      ['name', '蔡 永 红'],
      ['date', '0 3 月 1 8 日'],
      ['phone', '1 8 9 9 3 8 2 7 4 0 6'],
      ['address', '秦安县兴国镇东关村 4 组'],
      ['name', '程 立 新'],
    ],
  ),
  // 5 Yunnan, county TCM hospital acupuncture sheet (Bai surnames)
  g(
    '剑川县中医医院针灸科治疗单\n段金凤 女 56岁 门诊号 JC0098213\n诊断：面瘫（周围性，Bell 麻痹）\n治疗：针刺 地仓、颊车、合谷，每日1次，共10次\n首次：2026年4月7日　末次：4月18日\n治疗师 杨汝彪　复诊预约电话 0872-4522306',
    [
      ['address', '剑川县'],
      ['organization', '中医医院'],
      ['name', '段金凤'], // no trigger
      ['mrn', 'JC0098213'],
      ['date', '4月7日'],
      ['date', '4月18日'],
      ['name', '杨汝彪'],
      ['phone', '0872-4522306'],
    ],
  ),
  // 6 Shandong, occupational health examination notice (stone-cutting works)
  g(
    '职业健康检查结论通知（在岗期间）\n受检单位：沂南县鑫泰石材有限公司\n姓名：孙凤岭 工种：石材切割 接害因素：矽尘、噪声\n检查日期 2026.03.12，体检编号 ZJ2603120457\n高千伏胸片：双肺可见小阴影，建议复查；纯音测听：双耳高频听阈提高 40 dB。\n——冯雪梅（临沂市职业病防治院）',
    [
      ['address', '沂南县'],
      ['organization', '鑫泰石材有限公司'],
      ['name', '孙凤岭'],
      ['date', '03.12'],
      ['other-id', 'ZJ2603120457'],
      ['name', '冯雪梅'], // no trigger
      ['address', '临沂市'],
      ['organization', '职业病防治院'],
    ],
  ),
  // 7 Heilongjiang, psychiatric hospital, involuntary admission notice
  g(
    '海伦市精神卫生中心非自愿住院告知书：邹立国因被害妄想、持刀威胁邻居，于2026年2月3日由家属及社区网格员送入，经两名精神科执业医师诊断需住院治疗。监护人：邹立华（姐），身份证231283194811022988，住址海伦市东风街道三委12组，电话0455-5726631。病区：封闭病区 B-14床。',
    [
      ['address', '海伦市'],
      ['organization', '精神卫生中心'],
      ['name', '邹立国'], // no trigger
      ['date', '2月3日'],
      ['name', '邹立华'],
      ['id-card', '231283194811022988'],
      ['address', '海伦市东风街道三委12组'],
      ['phone', '0455-5726631'],
      ['bed', 'B-14'],
    ],
  ),
  // 8 Xinjiang, county ED note (Uyghur names with middle dot)
  g(
    '疏附县人民医院急诊科 2026-01-27 22:10\n艾合买提·吐尔逊，男，29岁，从托克扎克镇骑摩托车摔伤，头皮裂伤 4 cm，GCS 15。陪同人阿依古丽·买买提（妻子）手机 199 9187 3350。清创缝合后留观，留观床位 EICU-03。身份证653121199602140759。',
    [
      ['address', '疏附县'],
      ['organization', '人民医院'],
      ['date', '01-27'],
      ['name', '艾合买提·吐尔逊'], // no trigger
      ['address', '托克扎克镇'],
      ['name', '阿依古丽·买买提'],
      ['phone', '199 9187 3350'],
      ['bed', 'EICU-03'],
      ['id-card', '653121199602140759'],
    ],
  ),
  // 9 Guangdong, WeChat ward group chat; relative + explicit date; @mention
  g(
    '【五华县人民医院骨科病区群】\n谭晓敏：32床曾伟雄今天（4月2日）早上7点自己拔了尿管，已通知值班医生\n刘海波：收到，我马上过去看。@谭晓敏 家属电话多少？\n谭晓敏：他老婆 137 2530 8841，女儿在深圳 188 2358 6027\n刘海波：好，记得写不良事件，编号按 WH-2026-0316 登记',
    [
      ['address', '五华县'],
      ['organization', '人民医院'],
      ['name', '谭晓敏'], // no trigger
      ['bed', '32'],
      ['name', '曾伟雄'], // no trigger
      ['date', '4月2日'],
      ['name', '刘海波'], // no trigger
      ['name', '谭晓敏', 1], // no trigger
      ['name', '谭晓敏', 2], // no trigger
      ['phone', '137 2530 8841'],
      ['address', '深圳'],
      ['phone', '188 2358 6027'],
      ['name', '刘海波', 1], // no trigger
      ['other-id', 'WH-2026-0316'],
    ],
  ),
  // 10 Henan, commercial health-insurance claim form with bank card
  g(
    '商业医疗保险理赔申请书\n被保险人：方桂兰　保单号：PICC-HN-2025-00784316\n就诊医院：淅川县人民医院（住院 2026/01/05—2026/01/19）\n申请金额：￥18,642.50\n收款账户：中国农业银行淅川县支行 6228480917352648104　户名：方桂兰\n申请人签名：方建华（子）　日期：2026年1月26日　联系电话 0377-69231558',
    [
      ['name', '方桂兰'],
      ['other-id', 'PICC-HN-2025-00784316'],
      ['address', '淅川县'],
      ['organization', '人民医院'],
      ['date', '01/05'],
      ['date', '01/19'],
      ['organization', '中国农业银行淅川县支行'],
      ['bank-card', '6228480917352648104'],
      ['name', '方桂兰', 1],
      ['name', '方建华'],
      ['date', '1月26日'],
      ['phone', '0377-69231558'],
    ],
  ),
  // 11 Guizhou, county 120 ambulance run sheet (Yi names), ambulance plate
  g(
    '威宁县120急救分站出车记录：2026年3月14日 14:36 接报，禄阿支（彝族，女，41岁）在雪山镇灼甫村放羊时被牛顶伤腹部。救护车贵F·2J718，随车：龙芳、安国平。15:20 送达威宁县人民医院急诊，与王云交接，呼救电话 158 8572 0436。',
    [
      ['address', '威宁县'],
      ['organization', '120急救分站'],
      ['date', '3月14日'],
      ['name', '禄阿支'], // no trigger
      ['address', '雪山镇灼甫村'],
      ['plate', '贵F·2J718'],
      ['name', '龙芳'],
      ['name', '安国平'], // no trigger
      ['address', '威宁县', 1],
      ['organization', '人民医院'],
      ['name', '王云'], // no trigger
      ['phone', '158 8572 0436'],
    ],
  ),
  // 12 Anhui, death certificate of a 93-year-old (whole date of birth annotated)
  g(
    '居民死亡医学证明（推断）书\n死者姓名：储德厚　性别：男　民族：汉\n出生日期：1933年2月4日　年龄：93岁\n身份证号：34152419330204027X\n常住地址：安徽省六安市金寨县梅山镇红石村油坊组\n死亡日期：2026年2月16日 03时20分　死亡地点：家中\n直接死因：慢性阻塞性肺疾病急性加重\n医师签名：詹学友　单位：金寨县梅山镇卫生院',
    [
      ['name', '储德厚'],
      ['date', '1933年2月4日'],
      ['age', '93', 1],
      ['id-card', '34152419330204027X'],
      ['address', '六安市金寨县梅山镇红石村油坊组'],
      ['date', '2月16日'],
      ['name', '詹学友'],
      ['address', '金寨县', 1],
      ['organization', '梅山镇卫生院'],
    ],
  ),
  // 13 Guangxi, county hospital lab report (Zhuang surnames)
  g(
    '靖西市人民医院检验科 血常规报告单\n姓名 农秀梅　性别 女　年龄 58岁　科室 内分泌科　床号 17\n样本号 20260305-H-0412　送检时间 2026-03-05 08:12\n条码 JX2603050412\nHbA1c 9.8 %↑　FPG 11.6 mmol/L↑　WBC 6.2×10^9/L\n检验/审核：黄丽娟/梁志文\n身份证 451081196709201425',
    [
      ['address', '靖西市'],
      ['organization', '人民医院'],
      ['name', '农秀梅'],
      ['bed', '17'],
      ['other-id', '20260305-H-0412'],
      ['date', '03-05'],
      ['other-id', 'JX2603050412'],
      ['name', '黄丽娟'],
      ['name', '梁志文'], // no trigger
      ['id-card', '451081196709201425'],
    ],
  ),
  // 14 Inner Mongolia, Mongolian-medicine hospital nursing handover (Mongolian names, no surnames)
  g(
    '凉城县蒙中医医院 内二科 夜班交班 2026年1月8日\n9床 其木格，女，72岁，COPD急性加重，夜间SpO2 88%（鼻导管 2 L/min），已报告巴特尔。\n14床 那仁满都拉，男，65岁，2型糖尿病，22:00 指血 3.4 mmol/L，予50%葡萄糖 20 mL iv 后复测 6.8。\n交接：乌云 / 赵海霞',
    [
      ['address', '凉城县'],
      ['organization', '蒙中医医院'],
      ['date', '1月8日'],
      ['bed', '9'],
      ['name', '其木格'], // no trigger
      ['name', '巴特尔'], // no trigger
      ['bed', '14'],
      ['name', '那仁满都拉'], // no trigger
      ['name', '乌云'],
      ['name', '赵海霞'], // no trigger
    ],
  ),
  // 15 Ningxia, family-doctor home visit to a 91-year-old Hui woman (age in Chinese numerals)
  g(
    '家庭医生签约上门服务记录　同心县预旺镇南关村卫生室\n服务对象：马桂花，女，回族，九十一岁，卧床\n地址：同心县预旺镇南关村六组（清真寺往东第三户）\n服务时间：2026年2月22日\n测血压 168/96 mmHg，骶尾部压疮Ⅱ期，予换药。儿媳杨淑琴在家照护，电话 139 9533 7102。\n签约医生：马志忠　签名确认：杨淑琴',
    [
      ['address', '同心县'],
      ['organization', '预旺镇南关村卫生室'],
      ['name', '马桂花'],
      ['age', '九十一'],
      ['address', '同心县预旺镇南关村六组'],
      ['date', '2月22日'],
      ['name', '杨淑琴'],
      ['phone', '139 9533 7102'],
      ['name', '马志忠'],
      ['name', '杨淑琴', 1],
    ],
  ),
  // 16 Jilin, surgical consent form (Mongol autonomous county)
  g(
    '手术知情同意书\n前郭尔罗斯蒙古族自治县医院 普外科\n患者：包金山　住院号：QG-0026417　拟行手术：腹股沟疝无张力修补术（Lichtenstein 法）\n麻醉方式：腰硬联合\n患者签字：包金山　2026年4月2日\n授权委托人：包玉兰（女儿），身份证220721199908053420\n谈话医生：孟庆祥',
    [
      ['address', '前郭尔罗斯蒙古族自治县'],
      ['organization', '医院'],
      ['name', '包金山'],
      ['mrn', 'QG-0026417'],
      ['name', '包金山', 1],
      ['date', '4月2日'],
      ['name', '包玉兰'],
      ['id-card', '220721199908053420'],
      ['name', '孟庆祥'],
    ],
  ),
  // 17 Shaanxi, outpatient pharmacy label; patient name on its own line
  g(
    '旬邑县医院门诊药房\n处方号 CF202603210087　2026-03-21\n党秀芳　女　70岁\n【药名】华法林钠片 2.5 mg×60片\n【用法】每日一次，每次 1 片（晚饭后），定期查 INR（目标 2.0–3.0）\n调配核对：寇晓燕、屈宏伟\n咨询电话 029-34623175',
    [
      ['address', '旬邑县'],
      ['organization', '医院'],
      ['other-id', 'CF202603210087'],
      ['date', '03-21'],
      ['name', '党秀芳'], // no trigger
      ['name', '寇晓燕'],
      ['name', '屈宏伟'], // no trigger
      ['phone', '029-34623175'],
    ],
  ),
  // 18 Fujian, private dental clinic SMS reminder with WeChat ID
  g(
    '【安溪美齿口腔门诊部】陈雅婷您好，您预约的根管治疗复诊时间为3月27日（周五）下午3:30，地址：安溪县凤城镇河滨南路318号二楼。如需改约请回复或致电0595-23287716，微信号 ax-meichi2020。退订回T',
    [
      ['organization', '安溪美齿口腔门诊部'],
      ['name', '陈雅婷'], // no trigger
      ['date', '3月27日'],
      ['address', '安溪县凤城镇河滨南路318号二楼'],
      ['phone', '0595-23287716'],
      ['account', 'ax-meichi2020'],
    ],
  ),
  // 19 Zhejiang, work-injury flash report (printing works; unified social credit code)
  g(
    '工伤事故快报\n用人单位：苍南县灵溪鑫源印刷有限公司（统一社会信用代码 91330327MA2H7K3Q5U）\n受伤职工：林晓东，男，36岁，身份证号 330327198909124419\n事故时间：2026年3月6日 10时15分\n经过：在模切机清理纸屑时右手被压，右示指、中指开放性骨折。\n救治医院：苍南县人民医院 手外科，急诊号 E260306-1193\n报告人：车间主任章丽丽 138 6775 2409',
    [
      ['address', '苍南县'],
      ['organization', '灵溪鑫源印刷有限公司'],
      ['other-id', '91330327MA2H7K3Q5U'],
      ['name', '林晓东'],
      ['id-card', '330327198909124419'],
      ['date', '3月6日'],
      ['address', '苍南县', 1],
      ['organization', '人民医院'],
      ['mrn', 'E260306-1193'],
      ['name', '章丽丽'],
      ['phone', '138 6775 2409'],
    ],
  ),
  // 20 Hubei, ethnic TCM hospital discharge (Tujia), follow-up URL
  g(
    '利川市民族中医院 出院小结\n向德珍，女，66岁，土家族，住院号 LCZY-2026-01752，于2026年1月30日入院，2月12日出院。诊断：中风（脑梗死恢复期），气虚血瘀证。\n出院带药：补阳还五汤加减 7 剂；阿司匹林 100 mg qd。\n随访：登录 https://lczyy-hulian.cn/sf?pid=01752 或拨打 0718-7286019；家属谭光明（女婿）。',
    [
      ['address', '利川市'],
      ['organization', '民族中医院'],
      ['name', '向德珍'], // no trigger
      ['mrn', 'LCZY-2026-01752'],
      ['date', '1月30日'],
      ['date', '2月12日'],
      ['url', 'https://lczyy-hulian.cn/sf?pid=01752'],
      ['phone', '0718-7286019'],
      ['name', '谭光明'],
    ],
  ),
  // 21 Sichuan, high-risk pregnancy register (Yi names; LMP and EDD)
  g(
    '昭觉县妇幼保健计划生育服务中心 孕产妇高危管理登记\n吉克阿依，24岁，孕3产2，孕28周，Hb 82 g/L（中度贫血），住址：昭觉县四开乡好谷村2组。\n丈夫：阿苏日火，手机 182 8026 7740。\n末次月经 2025年9月3日，预产期 2026年6月10日。\n下次产检：4月1日，沙马拉则负责随访。',
    [
      ['address', '昭觉县'],
      ['organization', '妇幼保健计划生育服务中心'],
      ['name', '吉克阿依'], // no trigger
      ['address', '昭觉县四开乡好谷村2组'],
      ['name', '阿苏日火'],
      ['phone', '182 8026 7740'],
      ['date', '9月3日'],
      ['date', '6月10日'],
      ['date', '4月1日'],
      ['name', '沙马拉则'], // no trigger
    ],
  ),
  // 22 Chongqing, remote psychiatric consultation record with terminal IP
  g(
    '【远程精神科会诊记录】\n申请方：彭水县人民医院（会诊终端 IP 172.20.14.63）\n会诊方：重庆医科大学附属第一医院心理卫生中心（邓宇航）\n时间：2026-02-25 15:00–15:40\n冉小娟，女，19岁，大一学生，近2月情绪低落、失眠，PHQ-9 评分 21 分，有自伤行为。\n建议：舍曲林 50 mg qd 起始，一周后加至 100 mg；联系辅导员并签署安全协议。',
    [
      ['address', '彭水县'],
      ['organization', '人民医院'],
      ['ip', '172.20.14.63'],
      ['organization', '重庆医科大学附属第一医院'],
      ['name', '邓宇航'], // no trigger
      ['date', '02-25'],
      ['name', '冉小娟'], // no trigger
    ],
  ),
  // 23 Shanxi, occupational disease (coal workers' pneumoconiosis) diagnosis certificate; list of signing doctors
  g(
    '职业病诊断证明书 吕职诊〔2026〕第 0217 号\n劳动者：贺二虎，男，1972年出生，身份证号 141124197205163111\n用人单位：临县三交镇金鑫煤业有限责任公司\n接尘工龄 21 年\n诊断结论：煤工尘肺贰期\n诊断日期：2026年3月10日\n诊断机构：吕梁市职业病防治所（盖章）\n诊断医师：郭润生、白慧芬、任晓波',
    [
      ['other-id', '吕职诊〔2026〕第 0217 号'],
      ['name', '贺二虎'],
      ['id-card', '141124197205163111'],
      ['address', '临县'],
      ['organization', '三交镇金鑫煤业有限责任公司'],
      ['date', '3月10日'],
      ['address', '吕梁市'],
      ['organization', '职业病防治所'],
      ['name', '郭润生'],
      ['name', '白慧芬'], // no trigger
      ['name', '任晓波'], // no trigger
    ],
  ),
  // 24 Qinghai, HL7 v2 ADT message (name components family^given as separate spans)
  g(
    'MSH|^~\\&|HIS|HZXRMYY|LIS|HZXRMYY|20260311083015||ADT^A01|MSG000918273|P|2.4\nPID|1||HZ00582716^^^HZXRMYY^MR||祁^永寿||19620718|M|||互助县威远镇北街42号^^海东市^青海省^810500||0972-8325716|||||632126196207182514\nPV1|1|I|NK^0612^03||||1107^李^文娟',
    [
      ['organization', 'HZXRMYY'],
      ['organization', 'HZXRMYY', 1],
      ['date', '0311'],
      ['mrn', 'HZ00582716'],
      ['organization', 'HZXRMYY', 2],
      ['name', '祁'], // no trigger
      ['name', '永寿'], // no trigger
      ['date', '0718'],
      ['address', '互助县威远镇北街42号'],
      ['address', '海东市'],
      ['address', '810500'],
      ['phone', '0972-8325716'],
      ['id-card', '632126196207182514'],
      ['bed', '0612^03'],
      ['other-id', '1107'],
      ['name', '李'], // no trigger
      ['name', '文娟'], // no trigger
    ],
  ),
  // 25 Tibet, city hospital referral slip (Tibetan names without surnames)
  g(
    '日喀则市人民医院 高原病科 转诊单\n次仁卓玛，女，47岁，家住桑珠孜区聂日雄乡加吉村，牧民。因“反复咳嗽、咯血1月”转入拉萨市人民医院进一步诊治。胸部CT：右上肺空洞，痰涂片抗酸杆菌（++）。转诊医生：扎西顿珠 0892-8827360，陪同：丈夫普布次仁 139 8902 3617。转诊日期2026年4月9日。',
    [
      ['address', '日喀则市'],
      ['organization', '人民医院'],
      ['name', '次仁卓玛'], // no trigger
      ['address', '桑珠孜区聂日雄乡加吉村'],
      ['address', '拉萨市'],
      ['organization', '人民医院', 1],
      ['name', '扎西顿珠'],
      ['phone', '0892-8827360'],
      ['name', '普布次仁'],
      ['phone', '139 8902 3617'],
      ['date', '4月9日'],
    ],
  ),
  // 26 Hainan, state-farm hospital ED: snakebite; motorbike plate
  g(
    '儋州市西培农场医院急诊：黎族男性王亚贵，52岁，今晨（2026年5月3日）割胶时左足背被蛇咬伤，约40分钟后到院，局部肿胀至踝上，凝血：PT 18.2 s，FIB 0.9 g/L。予抗银环蛇、抗五步蛇血清。符文清骑摩托（琼C·6K295）送来，联系 0898-23386514。',
    [
      ['address', '儋州市'],
      ['organization', '西培农场医院'],
      ['name', '王亚贵'], // no trigger
      ['date', '5月3日'],
      ['name', '符文清'], // no trigger
      ['plate', '琼C·6K295'],
      ['phone', '0898-23386514'],
    ],
  ),
  // 27 Liaoning, referral e-mail header and signature
  g(
    '发件人：孙丽娜 <sunlina.dg@dgsrmyy.org.cn>\n收件人：dongbei-tumor@cmu-fh.edu.cn\n抄送：于洪涛、韩冬梅\n日期：2026年3月16日 星期一 09:41\n主题：转诊 — 隋振江 男 59岁 食管鳞癌 cT3N1M0\n\n老师好，附件为东港市中心医院胸外科患者隋振江的胃镜病理（病理号 P2026-03188）及PET-CT光盘信息，麻烦安排MDT。\n孙丽娜 | 东港市中心医院医务科 | 0415-7123846',
    [
      ['name', '孙丽娜'],
      ['email', 'sunlina.dg@dgsrmyy.org.cn'],
      ['email', 'dongbei-tumor@cmu-fh.edu.cn'],
      ['name', '于洪涛'],
      ['name', '韩冬梅'], // no trigger
      ['date', '3月16日'],
      ['name', '隋振江'], // no trigger
      ['address', '东港市'],
      ['organization', '中心医院'],
      ['name', '隋振江', 1],
      ['other-id', 'P2026-03188'],
      ['name', '孙丽娜', 1], // no trigger
      ['address', '东港市', 1],
      ['organization', '中心医院', 1],
      ['phone', '0415-7123846'],
    ],
  ),
  // 28 Jiangsu, CT report; the PACS link carries an IP and the accession number (one url span)
  g(
    '射阳县人民医院 医学影像科 CT检查报告\n检查号：CT26040801127　影像号：SY0077316\n姓名：顾春燕　性别：女　年龄：61岁　病区：呼吸内科 21床\n检查日期：2026/04/08\n所见：右肺上叶尖段见一实性结节，大小约 14 mm×11 mm，边缘分叶、毛刺，Lung-RADS 4B。\n诊断意见：右肺上叶结节，考虑肺癌可能。\n报告医师：吉海燕　审核医师：陶国良\n影像调阅：http://10.32.8.15:8080/pacs/viewer?acc=CT26040801127',
    [
      ['address', '射阳县'],
      ['organization', '人民医院'],
      ['other-id', 'CT26040801127'],
      ['mrn', 'SY0077316'],
      ['name', '顾春燕'],
      ['bed', '21'],
      ['date', '04/08'],
      ['name', '吉海燕'],
      ['name', '陶国良'],
      ['url', 'http://10.32.8.15:8080/pacs/viewer?acc=CT26040801127'],
    ],
  ),
  // 29 Shanghai, community health centre family-doctor contract (上海市 left out as province-level)
  g(
    '上海市崇明区堡镇社区卫生服务中心 家庭医生签约确认\n签约居民：施金妹　医保卡号：0301842716　手机：135-6422-0917\n居住地址：崇明区堡镇星虹村1286号\n签约医生：倪卫东（工号 CM0417）\n签约日期：2026年1月5日，有效期一年。\n线上服务：https://cm-jtys.sh-health.cn/my?id=0301842716',
    [
      ['address', '崇明区'],
      ['organization', '堡镇社区卫生服务中心'],
      ['name', '施金妹'],
      ['other-id', '0301842716'],
      ['phone', '135-6422-0917'],
      ['address', '崇明区堡镇星虹村1286号'],
      ['name', '倪卫东'],
      ['other-id', 'CM0417'],
      ['date', '1月5日'],
      ['url', 'https://cm-jtys.sh-health.cn/my?id=0301842716'],
    ],
  ),
  // 30 Beijing, nursing adverse-event report (medication given to the wrong bed); system user name
  g(
    '护理不良事件报告（给药错误）\n发生科室：北京大学第三医院延庆医院 老年病科\n发生时间：2026年2月9日 20:30\n当事人：护士 牛晓宇（N1093）\n经过：将7床 赵凤英 的呋塞米 20 mg 误给 8 床 赵桂英，发现后立即报告杜明，监测血压、尿量及电解质（K⁺ 3.6 mmol/L），未造成损害。\n上报账号 yq_niuxy　上报编号 BJYQ-AE-2026-0042',
    [
      ['organization', '北京大学第三医院延庆医院'],
      ['date', '2月9日'],
      ['name', '牛晓宇'],
      ['other-id', 'N1093'],
      ['bed', '7'],
      ['name', '赵凤英'], // no trigger
      ['bed', '8'],
      ['name', '赵桂英'], // no trigger
      ['name', '杜明'], // no trigger
      ['account', 'yq_niuxy'],
      ['other-id', 'BJYQ-AE-2026-0042'],
    ],
  ),
  // 31 Tianjin, CSV export of outpatient visits; one patient is 95 (whole date of birth)
  g(
    '静海区医院门诊导出\n就诊ID,姓名,性别,出生日期,身份证号,联系电话,就诊日期,科室\nJH2601200093,刘淑珍,女,1930-06-11,120118193006113226,022-68925713,2026-01-20,心内科\nJH2601200094,高宝林,男,1957-12-02,12011819571202481X,15922085613,2026-01-20,骨科\nJH2601200095,吴桂荣,女,1989-03-27,120118198903270320,13682159470,2026-01-20,妇科',
    [
      ['address', '静海区'],
      ['organization', '医院'],
      ['mrn', 'JH2601200093'],
      ['name', '刘淑珍'], // no trigger
      ['date', '1930-06-11'],
      ['id-card', '120118193006113226'],
      ['phone', '022-68925713'],
      ['date', '01-20'],
      ['mrn', 'JH2601200094'],
      ['name', '高宝林'], // no trigger
      ['date', '12-02'],
      ['id-card', '12011819571202481X'],
      ['phone', '15922085613'],
      ['date', '01-20', 1],
      ['mrn', 'JH2601200095'],
      ['name', '吴桂荣'], // no trigger
      ['date', '03-27'],
      ['id-card', '120118198903270320'],
      ['phone', '13682159470'],
      ['date', '01-20', 2],
    ],
  ),
  // 32 Guangdong, private clinic registration of a Hong Kong visitor (travel permit = passport; romanised name in brackets)
  g(
    '深圳市福田区卓悦门诊部 就诊登记\n姓名：梁家豪（LEUNG Ka Ho）\n证件：港澳居民来往内地通行证 H10384726\n香港住址：新界沙田區禾輋邨豐和樓 1207 室\n就诊日期：2026年3月28日　主诉：咽痛发热1天，甲流抗原（+）\n处方：奥司他韦 75 mg bid ×5 d\n付款：微信支付，交易单号 4200001985202603281736492210',
    [
      ['address', '深圳市福田区'],
      ['organization', '卓悦门诊部'],
      ['name', '梁家豪'],
      ['name', 'LEUNG Ka Ho'], // no trigger
      ['passport', 'H10384726'],
      ['address', '新界沙田區禾輋邨豐和樓 1207 室'],
      ['date', '3月28日'],
      ['other-id', '4200001985202603281736492210'],
    ],
  ),
  // 33 Hunan, CDC vaccination SMS (Miao area)
  g(
    '【凤凰县疾控】吴思语家长您好：您的孩子（接种编号 4331230201600871）应于2026年5月12日前到阿拉营镇卫生院预防接种门诊接种麻腮风疫苗第2剂，请携带接种证。如有疑问可联系麻春花，电话 0743-3226108。',
    [
      ['address', '凤凰县'],
      ['organization', '疾控'],
      ['name', '吴思语'],
      ['other-id', '4331230201600871'],
      ['date', '5月12日'],
      ['organization', '阿拉营镇卫生院'],
      ['name', '麻春花'], // no trigger
      ['phone', '0743-3226108'],
    ],
  ),
  // 34 Shandong, neurology nursing handover; names after bed numbers; ventilator serial; an 89-year-old (not annotated)
  g(
    '曹县人民医院 神经内科 护理交接班（白→夜）\n新入：26床 葛玉兰，女，89岁，左侧肢体无力4小时，NIHSS 8分，已于16:05行rt-PA静脉溶栓，需q15min测BP至18:05。\n特殊：31床 卞德明 鼻饲，昨晚拔管一次，今日重置胃管 55 cm。\n危重：加2床 时翠萍 GCS E2V1M4，呼吸机 PB840 序列号 3510083417，家属要求放弃气管切开，已签字（其子时广军）。\n（苗苗 → 宁海峰）',
    [
      ['address', '曹县'],
      ['organization', '人民医院'],
      ['bed', '26'],
      ['name', '葛玉兰'], // no trigger
      ['bed', '31'],
      ['name', '卞德明'], // no trigger
      ['bed', '加2'],
      ['name', '时翠萍'], // no trigger
      ['device', '3510083417'],
      ['name', '时广军'],
      ['name', '苗苗'], // no trigger
      ['name', '宁海峰'], // no trigger
    ],
  ),
  // 35 Henan, haemodialysis record: machine serial, dialysis station, car plate
  g(
    '固始县中医院血液净化中心 透析记录 2026-04-14\n祝红梅 女 54岁 透析号 GS-HD-0119 机位 12 号\n透析机 Fresenius 4008S 序列号 4DSA2817 中途报警（静脉压高），更换管路后继续，超滤 2.6 kg。\n内瘘：左前臂 AVF，震颤良好。\n患者由女婿驾车接送（车牌豫S·D82417）。\n易彩霞',
    [
      ['address', '固始县'],
      ['organization', '中医院'],
      ['date', '04-14'],
      ['name', '祝红梅'], // no trigger
      ['mrn', 'GS-HD-0119'],
      ['bed', '12'],
      ['device', '4DSA2817'],
      ['plate', '豫S·D82417'],
      ['name', '易彩霞'], // no trigger
    ],
  ),
  // 36 Hebei, 120 dispatch sheet: road location without house number, lorry plate and VIN, ambulance plate
  g(
    '蔚县120指挥中心 调度单 No.20260222-0316\n呼救时间：2026年2月22日 07:52　呼救电话：131 3343 8265\n事发地点：蔚县南留庄镇G109国道 1437 km处\n事件：重型货车（冀G 7M306，车架号 LFV2A21KXN4193820）与面包车追尾，2人受伤。\n派车：蔚县人民医院急救车 冀G·A1203，随车医生 吕建国',
    [
      ['address', '蔚县'],
      ['organization', '120指挥中心'],
      ['other-id', '20260222-0316'],
      ['date', '2月22日'],
      ['phone', '131 3343 8265'],
      ['address', '蔚县南留庄镇G109国道 1437 km'],
      ['plate', '冀G 7M306'],
      ['vehicle', 'LFV2A21KXN4193820'],
      ['address', '蔚县', 2],
      ['organization', '人民医院'],
      ['plate', '冀G·A1203'],
      ['name', '吕建国'],
    ],
  ),
  // 37 Jiangxi, private TCM clinic prescription (herb names that read like given names); practising-certificate code
  g(
    '婺源县紫阳镇春晖中医诊所\n处方编号：WY-ZY-260319-08\n患者：汪来娣　女　45岁\n辨证：肝郁脾虚\n方药：柴胡 10 g　当归 10 g　白芍 15 g　白术 12 g　茯苓 15 g　甘草 6 g　薄荷 3 g（后下）\n共 7 剂，水煎服，日一剂。\n医师：程德馨（执业证书编码 110361130000317）\n2026.03.19',
    [
      ['address', '婺源县'],
      ['organization', '紫阳镇春晖中医诊所'],
      ['other-id', 'WY-ZY-260319-08'],
      ['name', '汪来娣'],
      ['name', '程德馨'],
      ['license', '110361130000317'],
      ['date', '03.19'],
    ],
  ),
  // 38 Gansu, TB directly-observed-therapy card (Tibetan names)
  g(
    '夏河县结核病定点医院 督导服药卡\n患者：拉毛草　性别：女　编号：TB-623027-2026-015\n家庭住址：夏河县拉卜楞镇塔哇村\n督导员：村医 才让东智（电话 177 9401 2853）\n开始治疗：2026年1月12日　方案：2HRZE/4HR\n1月份漏服 0 次；2月份漏服 1 次（2月17日藏历新年）',
    [
      ['address', '夏河县'],
      ['organization', '结核病定点医院'],
      ['name', '拉毛草'],
      ['other-id', 'TB-623027-2026-015'],
      ['address', '夏河县拉卜楞镇塔哇村'],
      ['name', '才让东智'],
      ['phone', '177 9401 2853'],
      ['date', '1月12日'],
      ['date', '2月17日'],
    ],
  ),
  // 39 Guangxi, school nurse's injury log (student name mid-sentence)
  g(
    '融水苗族自治县民族中学 校医室 学生伤病登记\n3月25日 第三节体育课，初二(4)班 贾梦瑶 跑步时晕倒约 1 分钟，醒后诉头晕，测血糖 3.2 mmol/L，口服葡萄糖后好转。已电话通知其父贾永强（189 7720 5461），梁小红陪同至融水县人民医院复查。学号 2024080417。',
    [
      ['address', '融水苗族自治县'],
      ['organization', '民族中学'],
      ['date', '3月25日'],
      ['name', '贾梦瑶'], // no trigger
      ['name', '贾永强'],
      ['phone', '189 7720 5461'],
      ['name', '梁小红'], // no trigger
      ['address', '融水县'],
      ['organization', '人民医院'],
      ['other-id', '2024080417'],
    ],
  ),
  // 40 Anhui, internet-hospital portal message: user name, login IP, delivery address, bank card, e-prescription
  g(
    '【患者门户留言】阜阳市人民医院互联网医院\n用户 fy_hl1990（登录IP 117.136.41.208）于 2026-03-30 21:17 留言：\n“医生你好，我是孔令华，上周在皮肤科开的他克莫司软膏用完了，能不能线上续方？药寄到颍州区清河路街道文峰小区7栋2单元301，收件电话 181 5585 0362。药费从银行卡 6217002839465180217 扣，支付宝绑定 konglh1990@163.com。”\n任佳回复：可以，已开具电子处方 RX20260331-0447。',
    [
      ['address', '阜阳市'],
      ['organization', '人民医院互联网医院'],
      ['account', 'fy_hl1990'],
      ['ip', '117.136.41.208'],
      ['date', '03-30'],
      ['name', '孔令华'], // no trigger
      ['address', '颍州区清河路街道文峰小区7栋2单元301'],
      ['phone', '181 5585 0362'],
      ['bank-card', '6217002839465180217'],
      ['email', 'konglh1990@163.com'],
      ['name', '任佳'], // no trigger
      ['other-id', 'RX20260331-0447'],
    ],
  ),
  // ---- Chinese, traditional (Taiwan, Hong Kong, Macau) ----
  // 41 Taiwan, Taitung township health station home visit (Amis names; ROC date)
  g(
    '臺東縣成功鎮衛生所 居家訪視紀錄\n個案：Panay Kacaw（漢名 林美玉），女，84歲，阿美族\n地址：臺東縣成功鎮三仙里白守蓮 58 號\n訪視日期：民國115年2月6日\n血壓 142/80 mmHg，左膝退化性關節炎，行走需助行器。\n主要照顧者：女兒 Ofad Kacaw 0912-386-504\n訪視護理師：陳怡君',
    [
      ['organization', '成功鎮衛生所'],
      ['name', 'Panay Kacaw'],
      ['name', '林美玉'],
      ['address', '成功鎮三仙里白守蓮 58 號'],
      ['date', '2月6日'],
      ['name', 'Ofad Kacaw'],
      ['phone', '0912-386-504'],
      ['name', '陳怡君'],
    ],
  ),
  // 42 Taiwan, Tainan NHI claim rejection notice (ROC slashed and spaced dates)
  g(
    '全民健康保險門診費用申報 —— 退件通知\n醫事機構：臺南市新營區 仁心耳鼻喉科診所（機構代碼 3541091276）\n被保險人：黃志明　身分證字號 D164039287　健保卡號 000012837465\n就醫日期：115/01/14　部分負擔：50 元\n退件原因：醫令 J01.9 與處置代碼不符，請於 115 年 2 月 10 日前補正。\n承辦人：吳淑華 (06)6359127 分機 214',
    [
      ['address', '臺南市新營區'],
      ['organization', '仁心耳鼻喉科診所'],
      ['other-id', '3541091276'],
      ['name', '黃志明'],
      ['id-card', 'D164039287'],
      ['other-id', '000012837465'],
      ['date', '01/14'],
      ['date', '2 月 10 日'],
      ['name', '吳淑華'],
      ['phone', '(06)6359127'],
    ],
  ),
  // 43 Taiwan, Chiayi ward LINE group (given names only, English nickname + surname, surname with 醫師 / 太太)
  g(
    '[LINE] 嘉基7B病房護理站\n09:12 佩蓉：12床簡文雄早上血糖 48，已給 D50 一支，複測 112\n09:14 Kevin張：收到～今天胰島素先 hold，我跟楊醫師說\n09:20 佩蓉：家屬簡太太問可不可以先出院，她電話 0933-271-846\n09:21 楊博凱：不行，低血糖原因還沒查清楚，下午我去跟她講\n09:25 Kevin張：@佩蓉 麻煩幫我看 15 床 蔡秀枝 的 I/O',
    [
      ['organization', '嘉基'],
      ['bed', '7B'],
      ['name', '佩蓉'], // no trigger
      ['bed', '12', 1],
      ['name', '簡文雄'], // no trigger
      ['name', 'Kevin張'], // no trigger
      ['name', '楊'],
      ['name', '佩蓉', 1], // no trigger
      ['name', '簡', 1],
      ['phone', '0933-271-846'],
      ['name', '楊博凱'], // no trigger
      ['name', 'Kevin張', 1], // no trigger
      ['name', '佩蓉', 2], // no trigger
      ['bed', '15'],
      ['name', '蔡秀枝'], // no trigger
    ],
  ),
  // 44 Taiwan, Hualien psychiatric hospital summary (township office named)
  g(
    '衛生福利部玉里醫院 慢性病房 病情摘要\n病歷號碼：YL0043827　床號：慢三-27\n高志偉，男，49歲，思覺失調症病史 25 年，民國114年11月3日因拒藥、攻擊家人由花蓮縣玉里鎮公所社工陪同入院。\n目前：paliperidone palmitate 150 mg IM q4w，PANSS 由 98 降至 67。\n身分證統一編號 U136504817\n緊急聯絡人：胞妹 高美惠 03-8886215、0928-557-130',
    [
      ['organization', '衛生福利部玉里醫院'],
      ['mrn', 'YL0043827'],
      ['bed', '慢三-27'],
      ['name', '高志偉'], // no trigger
      ['date', '11月3日'],
      ['organization', '玉里鎮公所'],
      ['id-card', 'U136504817'],
      ['name', '高美惠'],
      ['phone', '03-8886215'],
      ['phone', '0928-557-130'],
    ],
  ),
  // 45 Taiwan, Pingtung long-term-care plan change: 96-year-old (whole ROC date of birth), migrant caregiver's passport and resident certificate
  g(
    '屏東縣長期照顧管理中心 照顧計畫異動單\n個案：邱阿春（96歲，民國18年9月2日生），住屏東縣潮州鎮光華里建基路 27 巷 5 號\n外籍看護工：Sri Wahyuni（印尼籍，護照號碼 C4718293，居留證 A900417262）\n異動：增加居家復能服務 6 次，自 115 年 3 月 2 日起。\n照專：李宗翰 08-7320415 轉 108',
    [
      ['organization', '長期照顧管理中心'],
      ['name', '邱阿春'],
      ['age', '96'],
      ['date', '民國18年9月2日'],
      ['address', '潮州鎮光華里建基路 27 巷 5 號'],
      ['name', 'Sri Wahyuni'],
      ['passport', 'C4718293'],
      ['id-card', 'A900417262'],
      ['date', '3 月 2 日'],
      ['name', '李宗翰'],
      ['phone', '08-7320415'],
    ],
  ),
  // 46 Taiwan, Hsinchu semiconductor plant occupational-health follow-up (e-mail; bare extension not annotated)
  g(
    '【員工健康檢查異常追蹤】晶澄半導體股份有限公司 廠護室\n員工：許柏翰　工號：JC-F12-08817　部門：黃光區\n115.04.01 特殊作業健檢：噪音作業，左耳 4 kHz 聽閾 45 dB（標準性聽力閾值改變 STS）。\n建議轉介：國立臺灣大學醫學院附設醫院新竹臺大分院 職業醫學科\n聯絡：hsu.pohan@jingcheng-semi.com.tw / 分機 5173\n— 蔡雅雯',
    [
      ['organization', '晶澄半導體股份有限公司'],
      ['name', '許柏翰'],
      ['other-id', 'JC-F12-08817'],
      ['date', '04.01'],
      ['organization', '國立臺灣大學醫學院附設醫院新竹臺大分院'],
      ['email', 'hsu.pohan@jingcheng-semi.com.tw'],
      ['name', '蔡雅雯'], // no trigger
    ],
  ),
  // 47 Taiwan, Yilan death certificate of a 97-year-old (whole ROC date of birth)
  g(
    '死亡證明書\n死亡者姓名：游阿滿\n出生日期：民國17年12月24日　性別：女\n國民身分證統一編號：G216038475\n死亡日期時間：民國115年1月18日 4時10分\n死亡地點：宜蘭縣三星鄉天山村中山路二段 112 號（自宅）\n死亡原因：(甲) 吸入性肺炎 (乙) 失智症末期\n醫師：羅國棟　醫師證書字號：醫字第 048271 號\n醫療機構：羅東博愛醫院',
    [
      ['name', '游阿滿'],
      ['date', '民國17年12月24日'],
      ['id-card', 'G216038475'],
      ['date', '1月18日'],
      ['address', '三星鄉天山村中山路二段 112 號'],
      ['name', '羅國棟'],
      ['license', '醫字第 048271 號'],
      ['organization', '羅東博愛醫院'],
    ],
  ),
  // 48 Taiwan, Penghu air-ambulance transfer request
  g(
    '澎湖縣 緊急醫療後送申請（空中轉診）\n申請醫院：衛生福利部澎湖醫院 急診\n病人：歐陽國華，男，67歲，病歷號 PH-0392816\n診斷：急性 A 型主動脈剝離（Stanford A），BP 88/52 mmHg\n後送目的地：高雄榮民總醫院 心臟血管外科，已聯繫值班 鍾承翰 醫師\n申請時間：115/03/08 23:40　任務代號：NEMS-115-0308-02\n陪同家屬：兒子 歐陽宇 0975-628-314',
    [
      ['organization', '衛生福利部澎湖醫院'],
      ['name', '歐陽國華'],
      ['mrn', 'PH-0392816'],
      ['organization', '高雄榮民總醫院'],
      ['name', '鍾承翰'],
      ['date', '03/08'],
      ['other-id', 'NEMS-115-0308-02'],
      ['name', '歐陽宇'],
      ['phone', '0975-628-314'],
    ],
  ),
  // 49 Taiwan, Yunlin hospital drug bag (brand 庫魯化; patient name with 女士)
  g(
    '國立臺灣大學醫學院附設醫院雲林分院 藥袋\n病歷號：0007461852\n林秋香 女士　115年03月22日\n藥名：Metformin 500 mg（庫魯化）\n用法：每日 2 次，每次 1 粒，早晚飯後\n調劑／核對：廖俊傑／丁怡安\n藥物諮詢專線：(05)5323911 轉 3133',
    [
      ['organization', '國立臺灣大學醫學院附設醫院雲林分院'],
      ['mrn', '0007461852'],
      ['name', '林秋香'],
      ['date', '03月22日'],
      ['name', '廖俊傑'],
      ['name', '丁怡安'], // no trigger
      ['phone', '(05)5323911'],
    ],
  ),
  // 50 Taiwan, Taichung trauma note: scooter and car plates, intersection, police report number, married woman's double surname
  g(
    '中國醫藥大學附設醫院 急診外傷紀錄 2026/02/27 18:45\n蕭文彬，男，22歲，騎機車（車牌 MQF-6028）於臺中市北屯區崇德路三段與文心路口與自小客車（BHW-3517）碰撞。GCS 15，左鎖骨骨折，右膝擦傷。\n對方車輛由賴淑芬駕駛，已由警方處理，報案三聯單號 1150227-0519。\n家屬 母 蕭林玉琴 0921-450-376',
    [
      ['organization', '中國醫藥大學附設醫院'],
      ['date', '02/27'],
      ['name', '蕭文彬'], // no trigger
      ['plate', 'MQF-6028'],
      ['address', '臺中市北屯區崇德路三段與文心路口'],
      ['plate', 'BHW-3517'],
      ['name', '賴淑芬'], // no trigger
      ['other-id', '1150227-0519'],
      ['name', '蕭林玉琴'],
      ['phone', '0921-450-376'],
    ],
  ),
  // 51 Taiwan, Kaohsiung lab report, critical value called to the ward (extension only, not annotated)
  g(
    '高雄醫學大學附設中和紀念醫院 檢驗醫學部\n檢體編號：S11504150223　採檢：115-04-15 07:30\n姓名：鄭麗卿 病歷號：KM02218305 年齡：58\n項目 結果 單位 參考值\nAFP 412.6 ng/mL <8.8 ↑↑\nAST 88 U/L 8–31\nALT 71 U/L 0–41\n危急值通報：已於 08:50 電話通知 病房護理師 甘筱婷（分機 7412）\n（唐正宏 簽發）',
    [
      ['organization', '高雄醫學大學附設中和紀念醫院'],
      ['other-id', 'S11504150223'],
      ['date', '04-15'],
      ['name', '鄭麗卿'],
      ['mrn', 'KM02218305'],
      ['name', '甘筱婷'],
      ['name', '唐正宏'], // no trigger
    ],
  ),
  // 52 Taiwan, Kinmen referral e-mail; surname alone with 先生; signature
  g(
    '寄件者：金門醫院 復健科 <rehab@kmhp.mohw.gov.tw>\n收件者：台北榮總 神經醫學中心 轉診窗口\n主旨：轉診 金城鎮 洪清標 先生（病歷 KM-115-00873）\n\n洪先生 71 歲，115 年 1 月 9 日右側基底核出血，已於本院完成急性期復健，Barthel Index 由 20 升至 55。家屬希望轉至台北繼續治療，病人將暫住女兒處：台北市內湖區成功路四段 188 巷 12 號 6 樓。女兒 洪郁婷 0910-227-635。\n\n謝謝\n翁家豪 敬上\n金門醫院 復健科 主治醫師\n082-332546 #3310',
    [
      ['organization', '金門醫院'],
      ['email', 'rehab@kmhp.mohw.gov.tw'],
      ['organization', '台北榮總'],
      ['address', '金城鎮'],
      ['name', '洪清標'],
      ['mrn', 'KM-115-00873'],
      ['name', '洪', 1],
      ['date', '1 月 9 日'],
      ['address', '台北', 1],
      ['address', '台北市內湖區成功路四段 188 巷 12 號 6 樓'],
      ['name', '洪郁婷'],
      ['phone', '0910-227-635'],
      ['name', '翁家豪'], // no trigger
      ['organization', '金門醫院', 1],
      ['phone', '082-332546'],
    ],
  ),
  // 53 Taiwan, Miaoli township health station LINE official-account message (slashed date, booking URL, LINE ID)
  g(
    '【公館鄉衛生所LINE@】徐阿玉奶奶家屬您好：長者流感及新冠疫苗將於 3/12（四）上午 9:00–11:30 在福基村活動中心設站接種，請攜帶健保卡。預約網址 https://ggphc-vac.tw/booking?t=Hk28Qz，LINE ID：@gongguan_phc。有問題請找彭秀蘭 037-222614',
    [
      ['organization', '公館鄉衛生所'],
      ['name', '徐阿玉'],
      ['date', '3/12'],
      ['address', '福基村活動中心'],
      ['url', 'https://ggphc-vac.tw/booking?t=Hk28Qz'],
      ['account', 'gongguan_phc'],
      ['name', '彭秀蘭'], // no trigger
      ['phone', '037-222614'],
    ],
  ),
  // 54 Hong Kong, Kwun Tong discharge summary (English and Chinese name, HKID, HN, day/month dates)
  g(
    '基督教聯合醫院 內科及老人科 出院摘要\nPatient: CHAN, Siu Fong 陳小芳　HKID: Y483216(5)\nHN: HN23041877(2)\n入院：02/03/2026　出院：09/03/2026\n診斷：Community-acquired pneumonia, CURB-65 = 2\n地址：九龍觀塘秀茂坪邨秀華樓 2315 室\n跟進：觀塘賽馬會普通科門診診所 2 週後覆診\n主診醫生：Dr LAU Wing Kei',
    [
      ['organization', '基督教聯合醫院'],
      ['name', 'CHAN, Siu Fong'],
      ['name', '陳小芳'], // no trigger
      ['id-card', 'Y483216(5)'],
      ['mrn', 'HN23041877(2)'],
      ['date', '02/03'],
      ['date', '09/03'],
      ['address', '九龍觀塘秀茂坪邨秀華樓 2315 室'],
      ['organization', '觀塘賽馬會普通科門診診所'],
      ['name', 'LAU Wing Kei'],
    ],
  ),
  // 55 Hong Kong, Tuen Mun A&E WhatsApp (Cantonese; "from" address; HKID in a question)
  g(
    '[WhatsApp] TMH A&E night team\n[23:02] Ivan Tsang: Bed 12 resus — 伍志強 M/78 from 屯門友愛邨愛義樓, found down at home, GCS 8, CT brain booked\n[23:05] Winnie: 佢個仔 call 咗嚟，電話 9478 3162，叫 Tony\n[23:07] Ivan Tsang: ok. @Winnie pls check HKID for e-records, R918406(5)?\n[23:08] Winnie: 啱，同 CMS 一樣\n[23:15] Ho Ka Lun (neuro on call): will see in 10 min',
    [
      ['organization', 'TMH'],
      ['name', 'Ivan Tsang'], // no trigger
      ['bed', '12'],
      ['name', '伍志強'], // no trigger
      ['address', '屯門友愛邨愛義樓'],
      ['name', 'Winnie'], // no trigger
      ['phone', '9478 3162'],
      ['name', 'Tony'], // no trigger
      ['name', 'Ivan Tsang', 1], // no trigger
      ['name', 'Winnie', 1], // no trigger
      ['id-card', 'R918406(5)'],
      ['name', 'Winnie', 2], // no trigger
      ['name', 'Ho Ka Lun'],
    ],
  ),
  // 56 Hong Kong, Sham Shui Po Chinese-medicine clinic follow-up card (registered CMP number)
  g(
    '深水埗區中醫診所暨教研中心（東華三院—香港浸會大學）\n覆診卡\n姓名：麥潔瑩　診症號：SSP-CM-0218374\n下次覆診：2026年4月21日（星期二）上午10:15\n主診中醫師：尹卓文（註冊中醫 編號 003871）\n處方：針灸 + 中藥顆粒 7 天\n查詢：2728 6032',
    [
      ['address', '深水埗區'],
      ['organization', '中醫診所暨教研中心'],
      ['organization', '東華三院'],
      ['organization', '香港浸會大學'],
      ['name', '麥潔瑩'],
      ['mrn', 'SSP-CM-0218374'],
      ['date', '4月21日'],
      ['name', '尹卓文'],
      ['license', '003871'],
      ['phone', '2728 6032'],
    ],
  ),
  // 57 Hong Kong, Yuen Long care-home special incident report: 94-year-old resident falls
  g(
    '安老院舍特別事故報告（表格一）\n院舍名稱：元朗福康護老院　牌照號碼：L0583\n住客姓名：馮少卿　年齡：94 歲　床號：C-22\n事故日期及時間：2026 年 3 月 19 日 凌晨 2:40\n事故：住客如廁時跌倒，右髖痛，已召救護車送博愛醫院。\n已通知親屬：姪女 吳美珍（電話 6219 4503）\n填報人：院舍主管 梁健雄',
    [
      ['organization', '元朗福康護老院'],
      ['license', 'L0583'],
      ['name', '馮少卿'],
      ['age', '94'],
      ['bed', 'C-22'],
      ['date', '3 月 19 日'],
      ['organization', '博愛醫院'],
      ['name', '吳美珍'],
      ['phone', '6219 4503'],
      ['name', '梁健雄'],
    ],
  ),
  // 58 Hong Kong, Sai Ying Pun clinic SMS (Cantonese; day/month dates; +852 number)
  g(
    '[仁濟醫務所] 提提你：Ms Cheung Hoi Yan 嘅子宮頸抹片報告已出，請於 14/4 至 18/4 期間致電 2549 3871 或 WhatsApp +852 5386 1204 預約覆診。地址：西營盤第二街 77 號地下。',
    [
      ['organization', '仁濟醫務所'],
      ['name', 'Cheung Hoi Yan'],
      ['date', '14/4'],
      ['date', '18/4'],
      ['phone', '2549 3871'],
      ['phone', '+852 5386 1204'],
      ['address', '西營盤第二街 77 號地下'],
    ],
  ),
  // 59 Hong Kong, Tseung Kwan O lab request form, OCR with spaced characters
  g(
    '將 軍 澳 醫 院\nT S E U N G  K W A N  O  H O S P I T A L\n化 驗 申 請 表\n姓 名 Name : 黎 嘉 欣\nHKID : K 7 2 0 5 9 4 ( 5 )\n出 生 日 期 DOB : 1 2 / 0 8 / 1 9 8 7\n病 房 Ward : 9 A   床 Bed : 3 1\n申 請 醫 生 : Dr. F o n g  C h i  M a n',
    [
      ['organization', '將 軍 澳 醫 院'],
      ['organization', 'T S E U N G  K W A N  O  H O S P I T A L'],
      ['name', '黎 嘉 欣'],
      ['id-card', 'K 7 2 0 5 9 4 ( 5 )'],
      ['date', '1 2 / 0 8'],
      ['bed', '9 A'],
      ['bed', '3 1'],
      ['name', 'F o n g  C h i  M a n'],
    ],
  ),
  // 60 Hong Kong, Cheung Chau hospital transfer after drowning (beach location, flight number)
  g(
    '長洲醫院 急症室 轉院紀錄\n病人：朱偉業　男　45 歲　身份證 P305187(4)\n2026年1月31日 下午 3 時於長洲東灣泳灘遇溺，海上救援後 GCS 13。\n經政府飛行服務隊直升機轉送 東區尤德夫人那打素醫院，任務編號 RH-2601-31。\n聯絡：太太 何綺雯 9167 2380',
    [
      ['organization', '長洲醫院'],
      ['name', '朱偉業'],
      ['id-card', 'P305187(4)'],
      ['date', '1月31日'],
      ['address', '長洲東灣泳灘'],
      ['organization', '東區尤德夫人那打素醫院'],
      ['other-id', 'RH-2601-31'],
      ['name', '何綺雯'],
      ['phone', '9167 2380'],
    ],
  ),
  // 61 Macau, Conde S. Januário ED (Chinese / Portuguese; BIR; street named after a person)
  g(
    '仁伯爵綜合醫院 Centro Hospitalar Conde de São Januário\n急診部 Serviço de Urgência\n姓名 Nome：區永康 AU WENG HONG\n澳門居民身份證 BIR：1298374(6)\n出生日期：1961年10月5日\n地址：澳門新口岸宋玉生廣場 258 號建興龍廣場 11 樓 F 座\n電話：6628 1937\n入院日期：2026年3月3日\n診斷：ST 段抬高型心肌梗塞 (STEMI)，送心導管室',
    [
      ['organization', '仁伯爵綜合醫院'],
      ['organization', 'Centro Hospitalar Conde de São Januário'],
      ['name', '區永康'],
      ['name', 'AU WENG HONG'], // no trigger
      ['id-card', '1298374(6)'],
      ['date', '10月5日'],
      ['address', '新口岸宋玉生廣場 258 號建興龍廣場 11 樓 F 座'],
      ['phone', '6628 1937'],
      ['date', '3月3日'],
    ],
  ),
  // 62 Macau, Kiang Wu online booking confirmation (Taipa address, e-mail)
  g(
    '鏡湖醫院 網上預約確認\n預約編號：KW-260410-0563\n病人：何詠詩（澳門居民身份證 5208347(3)）\n科別：產科　醫生：Dra. Sofia Leong（梁嘉敏）\n日期：2026年4月10日　時間：09:40\n病人地址：氹仔柯維納馬路 32 號海洋花園翠湖閣 17 樓 B\n電郵：hoWS96@yahoo.com.hk',
    [
      ['organization', '鏡湖醫院'],
      ['other-id', 'KW-260410-0563'],
      ['name', '何詠詩'],
      ['id-card', '5208347(3)'],
      ['name', 'Sofia Leong'],
      ['name', '梁嘉敏'], // no trigger
      ['date', '4月10日'],
      ['address', '氹仔柯維納馬路 32 號海洋花園翠湖閣 17 樓 B'],
      ['email', 'hoWS96@yahoo.com.hk'],
    ],
  ),
  // 63 Macau, Coloane health post SMS (the Health Bureau as sender is not annotated)
  g('【衛生局】路環衛生站提醒：黃志豪（編號 HC-C-07716）之糖尿病覆診定於2026年5月6日上午10時，請空腹抽血。如需更改請致電 2888 1702。', [
    ['organization', '路環衛生站'],
    ['name', '黃志豪'], // no trigger
    ['mrn', 'HC-C-07716'],
    ['date', '5月6日'],
    ['phone', '2888 1702'],
  ]),
  // 64 Macau, university hospital occupational clinic: casino dealer's sick leave (staff card, Macau licence, fax)
  g(
    'Relatório / 報告\n科大醫院 職業健康門診\n員工：Lam Chi Fai 林志輝，綜合度假村荷官，員工證號碼 T-4418297\n主訴：夜班 12 小時，反覆腰痛及失眠 3 月\n建議：2026 年 2 月 23 日至 3 月 8 日病假\n醫生：Dr. Ricardo Sousa e Silva（澳門執照 M-1173）\n電話 2882 1838 傳真 2882 1839',
    [
      ['organization', '科大醫院'],
      ['name', 'Lam Chi Fai'],
      ['name', '林志輝'], // no trigger
      ['other-id', 'T-4418297'],
      ['date', '2 月 23 日'],
      ['date', '3 月 8 日'],
      ['name', 'Ricardo Sousa e Silva'],
      ['license', 'M-1173'],
      ['phone', '2882 1838'],
      ['phone', '2882 1839'],
    ],
  ),
  // ---- English (US, UK incl. Wales / Scotland / Northern Ireland, Ireland, Canada, Australia, NZ, South Asia, South-East Asia, Africa, Caribbean) ----
  // 65 US, Montana critical-access hospital ED note: highway location, VIN, county-prefixed plate
  g(
    'ED NOTE — Big Horn County Memorial Hospital, Hardin MT\nPt: Loretta Two Feathers, 58F, DOB 07/14/1967, MRN 000418273\nArrived 03/02/2026 by Crow Agency EMS after a rollover on I-90 near mile marker 497; restrained driver, 2022 Ford F-150 (VIN 1FTFW1E8XNFA47215, MT plate 3-4821B). C-collar cleared by NEXUS; L wrist deformity.\nDaughter Shawna Real Bird at bedside, cell (406) 638-2951. Ortho aware; Nathaniel Okafor will see her in ED.',
    [
      ['organization', 'Big Horn County Memorial Hospital'],
      ['address', 'Hardin'],
      ['name', 'Loretta Two Feathers'],
      ['date', '07/14'],
      ['mrn', '000418273'],
      ['date', '03/02'],
      ['organization', 'Crow Agency EMS'],
      ['address', 'I-90 near mile marker 497'],
      ['vehicle', '1FTFW1E8XNFA47215'],
      ['plate', '3-4821B'],
      ['name', 'Shawna Real Bird'],
      ['phone', '(406) 638-2951'],
      ['name', 'Nathaniel Okafor'], // no trigger
    ],
  ),
  // 66 US, Texas border community health centre intake (SSN, Medicaid, driver licence, NPI)
  g(
    'Nuestra Clínica del Valle — new patient intake\nPatient: María Guadalupe Treviño-Salinas  DOB: 11/23/1942  SSN: 457-83-2916  TX DL 44172839\nMedicaid ID: 521948307  Address: 2417 W Tamarack Ave, Apt 6, Pharr, TX 78577\nPreferred language Spanish; grandson Julián translates. Phone (956) 781-3024.\nPCP: Elena Villarreal, NP (NPI 1473865297)\nSeen 2/18/26 for DM2 follow-up, A1c 8.4%.',
    [
      ['organization', 'Nuestra Clínica del Valle'],
      ['name', 'María Guadalupe Treviño-Salinas'],
      ['date', '11/23'],
      ['social-security', '457-83-2916'],
      ['license', '44172839'],
      ['other-id', '521948307'],
      ['address', '2417 W Tamarack Ave, Apt 6, Pharr'],
      ['address', '78577'],
      ['name', 'Julián'],
      ['phone', '(956) 781-3024'],
      ['name', 'Elena Villarreal'],
      ['license', '1473865297'],
      ['date', '2/18'],
    ],
  ),
  // 67 US, Bronx HL7 v2 ADT (components family^given as separate spans; SSN twice; NK1 with relationship code)
  g(
    'MSH|^~\\&|EPIC|NYCHHC-LINCOLN|||20260119T0412||ADT^A04|88172635|P|2.5.1\nPID|1||4418276^^^LHC^MR~129-48-7730^^^SSA^SS||OKONKWO^CHIDINMA||19890530|F|||1180 GRAND CONCOURSE APT 4D^^BRONX^NY^10456||(718)555-0147^PRN^PH~^NET^Internet^chidi.okonkwo89@gmail.com|||||129-48-7730\nNK1|1|OKONKWO^EMEKA|BRO|(347)555-0192\nPV1|1|E|ED^HALL^07',
    [
      ['organization', 'NYCHHC-LINCOLN'],
      ['date', '0119'],
      ['mrn', '4418276'],
      ['organization', 'LHC'],
      ['social-security', '129-48-7730'],
      ['name', 'OKONKWO'], // no trigger
      ['name', 'CHIDINMA'], // no trigger
      ['date', '0530'],
      ['address', '1180 GRAND CONCOURSE APT 4D'],
      ['address', 'BRONX'],
      ['address', '10456'],
      ['phone', '(718)555-0147'],
      ['email', 'chidi.okonkwo89@gmail.com'],
      ['social-security', '129-48-7730', 1],
      ['name', 'OKONKWO', 1],
      ['name', 'EMEKA'],
      ['phone', '(347)555-0192'],
      ['bed', 'HALL^07'],
    ],
  ),
  // 68 US, Ohio pharmacy label in capitals (patient name alone on a line; DEA number; discard date)
  g(
    'BUCKEYE FAMILY PHARMACY  412 N Main St, Bowling Green OH 43402  (419) 352-7718\nRx# 6032917   Filled: 04/06/2026\nDONNA J. KOWALCZYK\nTAKE 1 CAPSULE BY MOUTH TWICE DAILY FOR 5 DAYS\nNITROFURANTOIN MONO/MAC 100 MG CAP  Qty: 10\nDr. Priya Raghunathan  DEA FR3057242\nRefills: 0  Discard after: 04/16/2026\nNDC 47781-0303-01',
    [
      ['organization', 'BUCKEYE FAMILY PHARMACY'],
      ['address', '412 N Main St, Bowling Green'],
      ['address', '43402'],
      ['phone', '(419) 352-7718'],
      ['other-id', '6032917'],
      ['date', '04/06'],
      ['name', 'DONNA J. KOWALCZYK'], // no trigger
      ['name', 'Priya Raghunathan'],
      ['license', 'FR3057242'],
      ['date', '04/16'],
    ],
  ),
  // 69 US, Alaska telehealth transcript: age > 89 in words, first names as vocatives
  g(
    'Telehealth transcript (village clinic, Savoonga ↔ ANMC, Anchorage), 01/22/2026\nCHA Ruth Kingeekuk: He’s been coughing three weeks, now some blood. Temp 38.4.\nDr. Halvorsen: Okay. Joseph, can you hear me? How old are you now?\nJoseph Gologergen: Ninety-one in March.\nDr. Halvorsen: We’ll get you on the next flight. Ruth, send sputum x3 and the CXR to ANMC, his chart is 7730419.',
    [
      ['address', 'Savoonga'],
      ['organization', 'ANMC'],
      ['address', 'Anchorage'],
      ['date', '01/22'],
      ['name', 'Ruth Kingeekuk'],
      ['name', 'Halvorsen'],
      ['name', 'Joseph'], // no trigger
      ['name', 'Joseph Gologergen'], // no trigger
      ['age', 'Ninety-one'],
      ['name', 'Halvorsen', 1],
      ['name', 'Ruth', 1], // no trigger
      ['organization', 'ANMC', 1],
      ['mrn', '7730419'],
    ],
  ),
  // 70 US, Georgia patient-portal message (first name alone; employer; fax; member ID; pharmacy branch)
  g(
    'From: Tameka Whitfield (patient)  Sent: Sun 3/29/2026 10:42 PM\nTo: Coastal Georgia Women’s Health – Brunswick\nSubject: refill + FMLA paperwork\nHi, this is Tameka. My sertraline ran out Friday. Can Dr Abernathy send it to the CVS on Altama Ave? Also my employer (Golden Isles Seafood Co.) needs the FMLA form by 4/3 — fax 912-264-7731. My member ID is XJH884127390. Thanks!',
    [
      ['name', 'Tameka Whitfield'],
      ['date', '3/29'],
      ['organization', 'Coastal Georgia Women’s Health'],
      ['address', 'Brunswick'],
      ['name', 'Tameka', 1], // no trigger
      ['name', 'Abernathy'],
      ['organization', 'CVS'],
      ['address', 'Altama Ave'],
      ['organization', 'Golden Isles Seafood'],
      ['date', '4/3'],
      ['phone', '912-264-7731'],
      ['other-id', 'XJH884127390'],
    ],
  ),
  // 71 US, California CMS-1500 claim flattened to text (spaced numeric dates, Medicare MBI, tax ID, NPI)
  g(
    'CMS-1500 (flattened)\n1a INSURED ID: 9KQ4-TN7-XW52 (Medicare MBI)\n2 PATIENT NAME: NGUYEN, THANH HUONG\n3 DOB: 09 14 1946 SEX: F\n5 ADDRESS: 8830 BOLSA AVE UNIT 112, WESTMINSTER CA 92683  TEL (714) 892-0361\n24A DOS: 02 10 26 – 02 10 26  CPT 99214, G0439  ICD-10 E11.65, I10\n25 FED TAX ID: 33-0927418\n31 SIGNATURE OF PHYSICIAN: Minh-Tri Pham MD\n32 SERVICE FACILITY: Little Saigon Family Medical Group, 9191 Bolsa Ave Ste 205, Westminster CA 92683\n33 BILLING NPI: 1982547063',
    [
      ['other-id', '9KQ4-TN7-XW52'],
      ['name', 'NGUYEN, THANH HUONG'],
      ['date', '09 14'],
      ['address', '8830 BOLSA AVE UNIT 112, WESTMINSTER'],
      ['address', '92683'],
      ['phone', '(714) 892-0361'],
      ['date', '02 10'],
      ['date', '02 10', 1],
      ['other-id', '33-0927418'],
      ['name', 'Minh-Tri Pham'],
      ['organization', 'Little Saigon Family Medical Group'],
      ['address', '9191 Bolsa Ave Ste 205, Westminster'],
      ['address', '92683', 1],
      ['license', '1982547063'],
    ],
  ),
  // 72 England, Devon GP two-week-wait referral letter (NHS number, GMC number)
  g(
    'Riverside Medical Practice, 14 Quayside Walk, Barnstaple EX31 1JP  Tel 01271 373904\n\nDear Colleague,\nRe: Mrs Gillian Penhaligon, DOB 03/09/1951, NHS No 485 720 1933\n14 Rackfield Cottages, Bishop’s Tawton, Barnstaple EX32 0AQ\nI would be grateful if you could see this 74-year-old lady with a 6-week history of painless jaundice (bilirubin 148 µmol/L, ALP 612 U/L) under the two-week-wait pathway. CT arranged at North Devon District Hospital on 19 February.\nYours sincerely,\nDr Oliver Trethewey (GMC 7043188)',
    [
      ['organization', 'Riverside Medical Practice'],
      ['address', '14 Quayside Walk, Barnstaple'],
      ['address', 'EX31 1JP'],
      ['phone', '01271 373904'],
      ['name', 'Gillian Penhaligon'],
      ['date', '03/09'],
      ['mrn', '485 720 1933'],
      ['address', '14 Rackfield Cottages, Bishop’s Tawton, Barnstaple'],
      ['address', 'EX32 0AQ'],
      ['organization', 'North Devon District Hospital'],
      ['date', '19 February'],
      ['name', 'Oliver Trethewey'],
      ['license', '7043188'],
    ],
  ),
  // 73 England, Leeds SBAR nursing handover (an 88-year-old, not annotated; pager number)
  g(
    'SBAR handover — Ward 28, St James’s University Hospital, Leeds, 19:30\nS: Harold Ackroyd, 88, bed 14, post-op day 2 right hemiarthroplasty (op 12/02), new confusion and SpO2 91% on air.\nB: Hospital no. J4482917. Lives alone in Armley; niece Bev Ackroyd is NOK (07723 418 906).\nA: NEWS2 6. Possible HAP vs delirium.\nR: Kirsty bleeped outreach (4417); Sam Adeyemi to review.',
    [
      ['bed', '28'],
      ['organization', 'St James’s University Hospital'],
      ['address', 'Leeds'],
      ['name', 'Harold Ackroyd'], // no trigger
      ['bed', '14'],
      ['date', '12/02'],
      ['mrn', 'J4482917'],
      ['address', 'Armley'],
      ['name', 'Bev Ackroyd'],
      ['phone', '07723 418 906'],
      ['name', 'Kirsty'], // no trigger
      ['phone', '4417'],
      ['name', 'Sam Adeyemi'], // no trigger
    ],
  ),
  // 74 England, London e-mail thread: NHS mail addresses, internal and patient IPs, signature with extension
  g(
    'From: Priya Sandhu <priya.sandhu3@nhs.net>\nSent: 12 March 2026 16:07\nTo: Kensington Gardens Surgery <kgs.admin@nhs.net>\nCc: lewisham.dermatology@nhs.net\nSubject: RE: Dermatoscopy images for Amaka Nwosu (MRN RJ2W918364)\n\nUploaded to the image server (10.144.27.9) — the upload link from the patient’s phone failed (her IP was logged as 86.151.203.44).\n\nPriya Sandhu | Dermatology Nurse Specialist | University Hospital Lewisham, Lewisham and Greenwich NHS Trust | 020 8333 3000 ext 6217',
    [
      ['name', 'Priya Sandhu'],
      ['email', 'priya.sandhu3@nhs.net'],
      ['date', '12 March'],
      ['organization', 'Kensington Gardens Surgery'],
      ['email', 'kgs.admin@nhs.net'],
      ['email', 'lewisham.dermatology@nhs.net'],
      ['name', 'Amaka Nwosu'], // no trigger
      ['mrn', 'RJ2W918364'],
      ['ip', '10.144.27.9'],
      ['ip', '86.151.203.44'],
      ['name', 'Priya Sandhu', 1],
      ['organization', 'University Hospital Lewisham'],
      ['organization', 'Lewisham and Greenwich NHS Trust'],
      ['phone', '020 8333 3000'],
    ],
  ),
  // 75 England, Birmingham CMHT Teams duty chat (speaker names, flat on its own, police ref, NI number)
  g(
    '[Teams] Birmingham CMHT North — duty chat\nRachel O: anyone free to do a welfare check on Delroy Barrett? Missed depot (paliperidone) 3/3, not answering 07951 226 480.\nImran Qureshi: I can go after 2. Still at 41 Wyndcliff Road, Small Heath, B9 4LU?\nRachel O: yes, flat 2. Brother Winston usually there. Police ref if needed: 20260305-0417. His NI no. for the PIP form is JT 48 31 62 C.\nImran Qureshi: 👍',
    [
      ['organization', 'Birmingham CMHT North'],
      ['name', 'Rachel O'], // no trigger
      ['name', 'Delroy Barrett'], // no trigger
      ['date', '3/3'],
      ['phone', '07951 226 480'],
      ['name', 'Imran Qureshi'], // no trigger
      ['address', '41 Wyndcliff Road, Small Heath'],
      ['address', 'B9 4LU'],
      ['name', 'Rachel O', 1], // no trigger
      ['address', 'flat 2'],
      ['name', 'Winston'],
      ['other-id', '20260305-0417'],
      ['social-security', 'JT 48 31 62 C'],
      ['name', 'Imran Qureshi', 1], // no trigger
    ],
  ),
  // 76 Wales, bilingual discharge summary (Welsh health-board name containing a person's name; Welsh house name)
  g(
    'Bwrdd Iechyd Prifysgol Betsi Cadwaladr / Betsi Cadwaladr University Health Board\nYsbyty Gwynedd, Bangor — Discharge Summary\nName: Elin Haf Pritchard   Hospital No: G772318   NHS: 632 184 0572\nAddress: Bryn Awel, Lôn Eithin, Llanberis, LL55 4TY\nAdmitted 27/01/2026, discharged 02/02/2026. Diagnosis: diabetic ketoacidosis (new T1DM).\nGP: Meddygfa Waunfawr. Follow-up with DSN Gareth ap Rhys, tel 01248 384 219.',
    [
      ['organization', 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr'],
      ['organization', 'Betsi Cadwaladr University Health Board'],
      ['organization', 'Ysbyty Gwynedd'],
      ['address', 'Bangor'],
      ['name', 'Elin Haf Pritchard'],
      ['mrn', 'G772318'],
      ['mrn', '632 184 0572'],
      ['address', 'Bryn Awel, Lôn Eithin, Llanberis'],
      ['address', 'LL55 4TY'],
      ['date', '27/01'],
      ['date', '02/02'],
      ['organization', 'Meddygfa Waunfawr'],
      ['name', 'Gareth ap Rhys'],
      ['phone', '01248 384 219'],
    ],
  ),
  // 77 Wales, ambulance patient clinical record at a farm (what3words location, quad-bike plate, driving licence)
  g(
    'Patient Clinical Record — Incident 2603-118274\n14:22 Call to farm, Tyddyn Isaf, Llangadog, Carmarthenshire SA19 9EB (what3words ///crumbs.ladder.orchid)\nPt: Dafydd Wyn Morgan, 63, leg trapped under quad bike (Honda TRX420, reg VX19 KJN) for ~2 h; driving licence MORGA603142DW9LK in wallet. CK awaited.\nWife Sioned on scene, mob 07812 559 043. Conveyed to Glangwili General Hospital, Carmarthen. Crew: Bethan Lloyd / Kieran Walsh',
    [
      ['other-id', '2603-118274'],
      ['address', 'Tyddyn Isaf, Llangadog'],
      ['address', 'SA19 9EB'],
      ['address', '///crumbs.ladder.orchid'],
      ['name', 'Dafydd Wyn Morgan'],
      ['plate', 'VX19 KJN'],
      ['license', 'MORGA603142DW9LK'],
      ['name', 'Sioned'],
      ['phone', '07812 559 043'],
      ['organization', 'Glangwili General Hospital'],
      ['address', 'Carmarthen', 1],
      ['name', 'Bethan Lloyd'],
      ['name', 'Kieran Walsh'], // no trigger
    ],
  ),
  // 78 Scotland, Highland out-of-hours: 92-year-old (date of birth only inside the CHI, not a separate span)
  g(
    'NHS Highland — Out of Hours, Raigmore\nCHI 1009332740  Name: Morag Isobel MacLeod  Sex: F\nAddress: 3 Croft Road, Achiltibuie, Ullapool IV26 2YR\nContact: 01854 622 371 / morag.macleod@btinternet.com\n22:40 Sat 07/03/2026 — 92-year-old with fall, lying on floor ~3 h, carer found her. Ambulance ETA 90 min; home visit by Dr Fraser.',
    [
      ['organization', 'NHS Highland'],
      ['organization', 'Raigmore'],
      ['mrn', '1009332740'],
      ['name', 'Morag Isobel MacLeod'],
      ['address', '3 Croft Road, Achiltibuie, Ullapool'],
      ['address', 'IV26 2YR'],
      ['phone', '01854 622 371'],
      ['email', 'morag.macleod@btinternet.com'],
      ['date', '07/03'],
      ['age', '92'],
      ['name', 'Fraser'],
    ],
  ),
  // 79 Scotland, Glasgow histopathology report: 93-year-old (whole date of birth), written-month dates
  g(
    'NHS Greater Glasgow and Clyde — Department of Pathology, QEUH\nSpecimen: G26.04812   Received 11-Feb-2026\nPatient: DOCHERTY, Frances Bernadette   CHI 0207321868   DOB 02/07/1932\nWard: 6C (Care of the Elderly)\nClinical: ?squamous cell ca left cheek, rapidly growing, 93yo.\nDiagnosis: keratoacanthoma-like well-differentiated SCC, 14 mm, margins clear (deep 1.2 mm).\nReported by Dr Ishbel Cruickshank, Consultant Histopathologist, 16-Feb-2026',
    [
      ['organization', 'NHS Greater Glasgow and Clyde'],
      ['organization', 'QEUH'],
      ['other-id', 'G26.04812'],
      ['date', '11-Feb'],
      ['name', 'DOCHERTY, Frances Bernadette'],
      ['mrn', '0207321868'],
      ['date', '02/07/1932'],
      ['bed', '6C'],
      ['age', '93', 1],
      ['name', 'Ishbel Cruickshank'],
      ['date', '16-Feb'],
    ],
  ),
  // 80 Scotland, Orkney SMS reminder (first name after Hi; escort; island of departure)
  g(
    'SMS from NHS Orkney (07860 024 511): Hi Callum, reminder of your physio appointment at The Balfour, Kirkwall on Tue 14 Apr at 09:20. Alasdair Rendall is booked on the ferry from Stronsay as your escort, ref ORK-57213. Reply N to cancel.',
    [
      ['organization', 'NHS Orkney'],
      ['phone', '07860 024 511'],
      ['name', 'Callum'], // no trigger
      ['organization', 'The Balfour'],
      ['address', 'Kirkwall'],
      ['date', '14 Apr'],
      ['name', 'Alasdair Rendall'], // no trigger
      ['address', 'Stronsay'],
      ['other-id', 'ORK-57213'],
    ],
  ),
  // 81 Northern Ireland, Belfast ED: H&C number, alias in brackets, Instagram handle, dotted dates
  g(
    'Royal Victoria Hospital, Belfast — Emergency Department\nH&C No: 729 350 1846   Name: Siobhán Ní Mhurchú (aka Shiv Murphy)   DOB 21.06.1998\nPC: overdose ~30 × 500 mg paracetamol at 02:00 on 15.03.2026, staggered; posted a goodbye on Instagram (@shivvy.m98). Level at 4 h 210 mg/L.\nAddress: 17 Ardoyne Avenue, Belfast BT14 7DG. Mobile 07703 814 262.\nSeen by Ciarán Devlin; Gráinne at the crisis team informed.',
    [
      ['organization', 'Royal Victoria Hospital'],
      ['address', 'Belfast'],
      ['mrn', '729 350 1846'],
      ['name', 'Siobhán Ní Mhurchú'],
      ['name', 'Shiv Murphy'], // no trigger
      ['date', '21.06'],
      ['date', '15.03'],
      ['account', 'shivvy.m98'],
      ['address', '17 Ardoyne Avenue, Belfast'],
      ['address', 'BT14 7DG'],
      ['phone', '07703 814 262'],
      ['name', 'Ciarán Devlin'], // no trigger
      ['name', 'Gráinne'], // no trigger
    ],
  ),
  // 82 Northern Ireland, Derry discharge to a care home: 95-year-old resident
  g(
    'Western Health and Social Care Trust — Altnagelvin Area Hospital\nDischarge to: Foyleview Care Home, 2 Culmore Road, Derry~Londonderry BT48 8JH\nResident: Mr Seamus McLaughlin, 95, H&C 610 483 2954\nAdmitted 04 Jan, discharged 18 Jan 2026 (UTI, delirium). Capacity assessment by Dr Nuala Gallagher. Next of kin: son Patrick McLaughlin, 028 7135 5122.',
    [
      ['organization', 'Western Health and Social Care Trust'],
      ['organization', 'Altnagelvin Area Hospital'],
      ['organization', 'Foyleview Care Home'],
      ['address', '2 Culmore Road, Derry~Londonderry'],
      ['address', 'BT48 8JH'],
      ['name', 'Seamus McLaughlin'],
      ['age', '95'],
      ['mrn', '610 483 2954'],
      ['date', '04 Jan'],
      ['date', '18 Jan'],
      ['name', 'Nuala Gallagher'],
      ['name', 'Patrick McLaughlin'],
      ['phone', '028 7135 5122'],
    ],
  ),
  // 83 Ireland, Galway acute medical unit (Irish-language name and townland, Eircode, PPSN, GMS number)
  g(
    'University Hospital Galway — Acute Medical Unit\nPatient: Máire Ní Fhlatharta, 67, Indreabhán, Co. na Gaillimhe H91 X2P7\nPPSN 6453218J   GMS no. 7718294   MRN 01922837\nAdmitted via ED on 9 March 2026 with CAP (CURB-65 2). Daughter-in-law Nóra phones daily on 087 314 9926. Discharge planned for 13/03.',
    [
      ['organization', 'University Hospital Galway'],
      ['name', 'Máire Ní Fhlatharta'],
      ['address', 'Indreabhán'],
      ['address', 'H91 X2P7'],
      ['social-security', '6453218J'],
      ['other-id', '7718294'],
      ['mrn', '01922837'],
      ['date', '9 March'],
      ['name', 'Nóra'],
      ['phone', '087 314 9926'],
      ['date', '13/03'],
    ],
  ),
  // 84 Ireland, Dublin Healthmail prescription e-mail (IMC number; patient name in subject and body)
  g(
    'From: Dr Aoife Brennan (IMC 408216) <aoife@rathminesfamilypractice.ie>\nTo: Hickey’s Pharmacy, Rathmines <rathmines@hickeyspharm.ie>\nDate: Thu, 26 Feb 2026 11:03\nSubject: Healthmail script — Conor Fitzgerald\n\nPlease dispense for Conor Fitzgerald (DOB 30/11/1979), 22 Leinster Square, Rathmines, Dublin 6, D06 K7W2: mirtazapine 15 mg nocte x 28. He will collect tomorrow.',
    [
      ['name', 'Aoife Brennan'],
      ['license', '408216'],
      ['email', 'aoife@rathminesfamilypractice.ie'],
      ['organization', 'Hickey’s Pharmacy'],
      ['address', 'Rathmines'],
      ['email', 'rathmines@hickeyspharm.ie'],
      ['date', '26 Feb'],
      ['name', 'Conor Fitzgerald'], // no trigger
      ['name', 'Conor Fitzgerald', 1], // no trigger
      ['date', '30/11'],
      ['address', '22 Leinster Square, Rathmines, Dublin 6'],
      ['address', 'D06 K7W2'],
    ],
  ),
  // 85 Ireland, Cork Mental Health Act application (Irish plate, road without number, first name as subject)
  g(
    'Form 4 — Mental Health Act 2001: application by authorised officer\nRe: Dara O’Callaghan, 31, of 6 Sundays Well Road, Cork T23 E9F4.\nOn 2 April 2026 Dara was found sitting in a parked car (reg 241-C-18377) on the Lower Glanmire Road, threatening self-harm. Authorised officer: Fionnuala Twomey, Cork Kerry Community Healthcare. Receiving centre: Department of Psychiatry, Cork University Hospital, tel 021 492 2000.',
    [
      ['name', 'Dara O’Callaghan'],
      ['address', '6 Sundays Well Road, Cork'],
      ['address', 'T23 E9F4'],
      ['date', '2 April'],
      ['name', 'Dara', 1], // no trigger
      ['plate', '241-C-18377'],
      ['address', 'Lower Glanmire Road'],
      ['name', 'Fionnuala Twomey'],
      ['organization', 'Cork Kerry Community Healthcare'],
      ['organization', 'Cork University Hospital'],
      ['phone', '021 492 2000'],
    ],
  ),
  // 86 Canada, northwestern Ontario transfer note (First Nation as a "from" place, OHIP with version code, status card number)
  g(
    'Sioux Lookout Meno Ya Win Health Centre — Transfer note 2026-02-08\nPatient: Abigail Meekis, 34, from Sandy Lake First Nation. OHIP 6149 027 382 KT.\nG3P2 at 31+4 wk, PPROM. Air ambulance to Thunder Bay Regional Health Sciences Centre, accepting OB Dr. Venkatesh Iyer.\nEscort: mother Josephine Meekis, cell 807-774-2318. Status card no. 2470041802.',
    [
      ['organization', 'Sioux Lookout Meno Ya Win Health Centre'],
      ['date', '02-08'],
      ['name', 'Abigail Meekis'],
      ['address', 'Sandy Lake First Nation'],
      ['other-id', '6149 027 382 KT'],
      ['organization', 'Thunder Bay Regional Health Sciences Centre'],
      ['name', 'Venkatesh Iyer'],
      ['name', 'Josephine Meekis'],
      ['phone', '807-774-2318'],
      ['other-id', '2470041802'],
    ],
  ),
  // 87 Canada, Vancouver disability-benefit medical report (PHN, SIN, hotel room address, CPSBC number, fax)
  g(
    'Vancouver Coastal Health — Downtown Community Health Centre, 569 Powell St, Vancouver V6A 1G8\nPWD Designation Application, Section 2 (Medical Report)\nApplicant: Tyrone Johnny   PHN 9703 461 259   SIN 702 541 962\nDOB 1981-05-17. Lives at the Marble Arms Hotel, 160 E Hastings St, Room 312.\nDiagnoses: HCV (treated 2024, SVR12), severe OUD on iOAT, chronic osteomyelitis L tibia.\nPhysician: Dr. Megan Tsai, CPSBC #38472, ph 604-255-3151, fax 604-255-3162. Signed 2026-03-11.',
    [
      ['organization', 'Vancouver Coastal Health'],
      ['organization', 'Downtown Community Health Centre'],
      ['address', '569 Powell St, Vancouver'],
      ['address', 'V6A 1G8'],
      ['name', 'Tyrone Johnny'],
      ['other-id', '9703 461 259'],
      ['social-security', '702 541 962'],
      ['date', '05-17'],
      ['address', 'Marble Arms Hotel, 160 E Hastings St, Room 312'],
      ['name', 'Megan Tsai'],
      ['license', '38472'],
      ['phone', '604-255-3151'],
      ['phone', '604-255-3162'],
      ['date', '03-11'],
    ],
  ),
  // 88 Canada, Halifax ED triage: 90-year-old (whole date of birth), care home, pacemaker serial
  g(
    'QEII Health Sciences Centre, Halifax Infirmary — ED triage 2026/01/03 02:14\nName: LeBlanc, Roger   NS Health Card 0012 845 736   CTAS 2\nAge: 90 (DOB 1935/11/28)   From: Harbourstone Enhanced Care, Sackville\nc/o SOB, BNP 2140 pg/mL, bilateral crackles. Dual-chamber PPM, serial RNB418273S, last check 2025. Daughter Monique Richard: 902-865-4410.',
    [
      ['organization', 'QEII Health Sciences Centre'],
      ['organization', 'Halifax Infirmary'],
      ['date', '01/03'],
      ['name', 'LeBlanc, Roger'],
      ['other-id', '0012 845 736'],
      ['age', '90'],
      ['date', '1935/11/28'],
      ['organization', 'Harbourstone Enhanced Care'],
      ['address', 'Sackville'],
      ['device', 'RNB418273S'],
      ['name', 'Monique Richard'],
      ['phone', '902-865-4410'],
    ],
  ),
  // 89 Canada, Saskatchewan EMR recall-list CSV (surnames and given names in separate columns; word-like names)
  g(
    '# Yorkton Medical Clinic – EMR export (diabetic foot recall)\npatient_id,last,first,dob,hsn,phone,postal,last_visit\nSK-004417,Hrycyk,Olena,1954-08-30,748120365,306-782-4419,S3N 2K7,2026-02-12\nSK-004418,Yuzdepski,Walter,1931-04-02,748120373,306-782-0933,S3N 1B4,2026-02-12\nSK-004419,Cote,Destiny,2011-12-19,748120381,306-621-5802,S3N 3V9,2026-02-13',
    [
      ['organization', 'Yorkton Medical Clinic'],
      ['mrn', 'SK-004417'],
      ['name', 'Hrycyk'], // no trigger
      ['name', 'Olena'], // no trigger
      ['date', '08-30'],
      ['other-id', '748120365'],
      ['phone', '306-782-4419'],
      ['address', 'S3N 2K7'],
      ['date', '02-12'],
      ['mrn', 'SK-004418'],
      ['name', 'Yuzdepski'], // no trigger
      ['name', 'Walter'], // no trigger
      ['date', '1931-04-02'],
      ['other-id', '748120373'],
      ['phone', '306-782-0933'],
      ['address', 'S3N 1B4'],
      ['date', '02-12', 1],
      ['mrn', 'SK-004419'],
      ['name', 'Cote'], // no trigger
      ['name', 'Destiny'], // no trigger
      ['date', '12-19'],
      ['other-id', '748120381'],
      ['phone', '306-621-5802'],
      ['address', 'S3N 3V9'],
      ['date', '02-13'],
    ],
  ),
  // 90 Australia, Broken Hill referral (Medicare, IHI, rural lot address "via", provider number)
  g(
    'Far West LHD — Broken Hill Base Hospital\nReferral to: Royal Adelaide Hospital, Cardiothoracic Surgery\nPatient: Kylie Anne Bates   DOB 19/04/1972   Medicare 2941 75035 1   IHI 8003 6081 6923 4572\nAddress: 22 Argent Street, Broken Hill NSW 2880; station: Lot 4 Wilcannia Rd via Menindee (ph 08 8091 4427)\nEcho 12/02: severe AS, AVA 0.7 cm², mean gradient 52 mmHg. For TAVI work-up.\nReferring: Dr Ruwan Jayasekara, provider no. 4418372K',
    [
      ['organization', 'Far West LHD'],
      ['organization', 'Broken Hill Base Hospital'],
      ['organization', 'Royal Adelaide Hospital'],
      ['name', 'Kylie Anne Bates'],
      ['date', '19/04'],
      ['other-id', '2941 75035 1'],
      ['other-id', '8003 6081 6923 4572'],
      ['address', '22 Argent Street, Broken Hill'],
      ['address', '2880'],
      ['address', 'Lot 4 Wilcannia Rd via Menindee'],
      ['phone', '08 8091 4427'],
      ['date', '12/02'],
      ['name', 'Ruwan Jayasekara'],
      ['license', '4418372K'],
    ],
  ),
  // 91 Australia, Northern Territory remote clinic RHD round (name opens a sentence; "Nan"; house number in a community)
  g(
    'Ngukurr Health Centre — RHD round, 28/01/2026\nJaylene Daniels (14, DOB 03/06/2011, HRN 0417723) missed Bicillin L-A again; last doses 30/11 and 28/12. Nan Dolly Roberts said family went to Katherine for sorry business, back Friday. Lives House 112, Ngukurr. Aunty’s mobile 0488 107 362. Told Dr Kaur; Alinta updated the RHD register.',
    [
      ['organization', 'Ngukurr Health Centre'],
      ['date', '28/01'],
      ['name', 'Jaylene Daniels'], // no trigger
      ['date', '03/06'],
      ['mrn', '0417723'],
      ['date', '30/11'],
      ['date', '28/12'],
      ['name', 'Dolly Roberts'],
      ['address', 'Katherine'],
      ['address', 'House 112, Ngukurr'],
      ['phone', '0488 107 362'],
      ['name', 'Kaur'],
      ['name', 'Alinta'], // no trigger
    ],
  ),
  // 92 Australia, Melbourne private-hospital consent (nickname, WorkSafe claim, AHPRA and NAATI numbers)
  g(
    'CONSENT FOR PROCEDURE — Yarra Bend Private Hospital, 41 Studley Park Rd, Kew VIC 3101\nPatient: Dimitrios Papadopoulos ("Jim")   UR: 00837165   DOB: 12.10.1968\nProcedure: L4/5 microdiscectomy   Surgeon: Mr Anh Tran (AHPRA MED0001847362)\nFunding: WorkSafe claim 26A/441928 — employer Brunswick Tile & Stone Pty Ltd\nI, Jim Papadopoulos, consent to the above. Signed: J. Papadopoulos   Date: 5/3/26   Interpreter: Eleni K. (NAATI 77213)',
    [
      ['organization', 'Yarra Bend Private Hospital'],
      ['address', '41 Studley Park Rd, Kew'],
      ['address', '3101'],
      ['name', 'Dimitrios Papadopoulos'],
      ['name', 'Jim'], // no trigger
      ['mrn', '00837165'],
      ['date', '12.10'],
      ['name', 'Anh Tran'],
      ['license', 'MED0001847362'],
      ['other-id', '26A/441928'],
      ['organization', 'Brunswick Tile & Stone'],
      ['name', 'Jim Papadopoulos'], // no trigger
      ['name', 'J. Papadopoulos'],
      ['date', '5/3'],
      ['name', 'Eleni K.'],
      ['license', '77213'],
    ],
  ),
  // 93 Australia, Tasmania pathology report flattened from a table (pipe-separated)
  g(
    'Pathology report | Derwent Valley Pathology | Lab no 26-H-118402 | Collected 03-Mar-2026 09:15\nPatient | CROSSWELL, Tegan | UR 0092817 | DOB 30-Oct-1990 | F\nRequesting | Dr H. Vanderfeldt, New Norfolk Medical Centre, 8 High St, New Norfolk TAS 7140\nTest | Result | Range\nFerritin | 4 µg/L L | 30–300\nHb | 92 g/L L | 115–165\nCopy to | Tasmanian Health Service – Obstetrics, Launceston General Hospital',
    [
      ['organization', 'Derwent Valley Pathology'],
      ['other-id', '26-H-118402'],
      ['date', '03-Mar'],
      ['name', 'CROSSWELL, Tegan'],
      ['mrn', '0092817'],
      ['date', '30-Oct'],
      ['name', 'H. Vanderfeldt'],
      ['organization', 'New Norfolk Medical Centre'],
      ['address', '8 High St, New Norfolk'],
      ['address', '7140'],
      ['organization', 'Tasmanian Health Service'],
      ['organization', 'Launceston General Hospital'],
    ],
  ),
  // 94 New Zealand, Rotorua ward note (NHI, Māori names, whānau hui date, ward code)
  g(
    'Rotorua Hospital, Ward 5 South\nNHI ZKT4821 | Hemi Te Rangi Ngata | 61M\nWhānau contact: Mereana (wife) 027 448 3106; kaumātua Uncle Rewi Tapsell to attend family hui 20/02 at 2pm.\nAddress: 14 Kahu Street, Ngongotahā, Rotorua 3010\nGP: Te Arawa Whānau Ora clinic.',
    [
      ['organization', 'Rotorua Hospital'],
      ['bed', '5 South'],
      ['mrn', 'ZKT4821'],
      ['name', 'Hemi Te Rangi Ngata'], // no trigger
      ['name', 'Mereana'],
      ['phone', '027 448 3106'],
      ['name', 'Rewi Tapsell'],
      ['date', '20/02'],
      ['address', '14 Kahu Street, Ngongotahā, Rotorua'],
      ['address', '3010'],
      ['organization', 'Te Arawa Whānau Ora'],
    ],
  ),
  // 95 New Zealand, ACC injury claim (claim number, employer Ltd left out, HPI practitioner number)
  g(
    'ACC45 Injury Claim — lodged electronically\nClaim no: CA48821936   Claimant: Aroha Pene-Whitley   NHI PQM3179\nDate of injury: 17/01/2026, 3:40 pm — fell from ladder at work (Kaiapoi Roofing Ltd, 55 Williams St, Kaiapoi 7630)\nInjury: fractured right calcaneus (S92.0)\nLodged by: Sophie Langford, physiotherapist, Kaiapoi Physio, HPI CPN 29QKRT',
    [
      ['other-id', 'CA48821936'],
      ['name', 'Aroha Pene-Whitley'],
      ['mrn', 'PQM3179'],
      ['date', '17/01'],
      ['organization', 'Kaiapoi Roofing'],
      ['address', '55 Williams St, Kaiapoi'],
      ['address', '7630'],
      ['name', 'Sophie Langford'],
      ['organization', 'Kaiapoi Physio'],
      ['license', '29QKRT'],
    ],
  ),
  // 96 New Zealand, South Auckland home visit (postcode that looks like a year, insulin-pen serial)
  g(
    'Home visit — South Auckland, 09/04/2026. Saw Losana Vainikolo (Tongan, 47) at 3/19 Bairds Road, Ōtara, Auckland 2023 with her son Sione. HbA1c 102 mmol/mol; her NovoPen 6 (serial FP4K77210) logs only 3 doses in 10 days. Text reminders to 021 077 8845. — Mele Fifita, Counties Manukau',
    [
      ['address', 'South Auckland'],
      ['date', '09/04'],
      ['name', 'Losana Vainikolo'], // no trigger
      ['address', '3/19 Bairds Road, Ōtara, Auckland'],
      ['address', '2023'],
      ['name', 'Sione'],
      ['device', 'FP4K77210'],
      ['phone', '021 077 8845'],
      ['name', 'Mele Fifita'], // no trigger
      ['organization', 'Counties Manukau'],
    ],
  ),
  // 97 India, Kerala discharge summary (Aadhaar, ABHA, Kerala house-name address, TCMC registration)
  g(
    'DISCHARGE SUMMARY — Sree Narayana Medical Mission Hospital, Karunagappally, Kollam\nName: Mrs. Sreelatha Raveendran, 56/F   UHID: SNM/2026/004417   IP No: 26-1187\nAadhaar: 2746 5389 0124   ABHA: 91-4417-2839-6604\nAddress: Thekkedathu Veedu, Kulasekharapuram P.O., Karunagappally, Kollam 690544\nDOA: 21-01-2026   DOD: 28-01-2026\nDiagnosis: dengue fever with warning signs, platelet nadir 18,000/µL.\nConsultant: Dr. Anil Kumar Pillai (TCMC Reg. 41829)\nBystander: husband Raveendran K., mob. +91 94470 28316',
    [
      ['organization', 'Sree Narayana Medical Mission Hospital'],
      ['address', 'Karunagappally, Kollam'],
      ['name', 'Sreelatha Raveendran'],
      ['mrn', 'SNM/2026/004417'],
      ['mrn', '26-1187'],
      ['id-card', '2746 5389 0124'],
      ['other-id', '91-4417-2839-6604'],
      ['address', 'Thekkedathu Veedu, Kulasekharapuram P.O., Karunagappally, Kollam'],
      ['address', '690544'],
      ['date', '21-01'],
      ['date', '28-01'],
      ['name', 'Anil Kumar Pillai'],
      ['license', '41829'],
      ['name', 'Raveendran K.'],
      ['phone', '+91 94470 28316'],
    ],
  ),
  // 98 India, Mumbai cashless pre-authorisation request, pipe-separated (policy, member ID, PAN, MMC registration)
  g(
    'PRE-AUTH REQUEST | Hospital: Seva Sadan Multispeciality Hospital, Dadar (W), Mumbai 400028 | Patient: Rohan Deshmukh | Policy: 2811/50392716/00/000 | Member ID: RHT-7736015-02 | PAN: BQWPD4417K | Diagnosis: acute appendicitis (K35.80) | Proposed: lap appendicectomy | Est. cost ₹1,45,000 | Admission: 14/03/2026 | Treating doctor: Dr Farhan Merchant, MMC 2009/04/1873 | Contact: 022-2437 6611, mobile 98201 44573 | Email: tpa.desk@sevasadanhospital.in',
    [
      ['organization', 'Seva Sadan Multispeciality Hospital'],
      ['address', 'Dadar (W), Mumbai'],
      ['address', '400028'],
      ['name', 'Rohan Deshmukh'],
      ['other-id', '2811/50392716/00/000'],
      ['other-id', 'RHT-7736015-02'],
      ['other-id', 'BQWPD4417K'],
      ['date', '14/03'],
      ['name', 'Farhan Merchant'],
      ['license', '2009/04/1873'],
      ['phone', '022-2437 6611'],
      ['phone', '98201 44573'],
      ['email', 'tpa.desk@sevasadanhospital.in'],
    ],
  ),
  // 99 India, Bihar ASHA / ANM WhatsApp group in Hinglish (ambulance plate, RCH ID twice)
  g(
    'WhatsApp — PHC Bikram, Patna (ANM group)\n[07/02/26, 8:14 AM] Sunita Devi: Didi, hamare tola ki Rinku Kumari (w/o Pappu Yadav), village Naubatpur, 9 month pregnant, BP 160/110, sar dard. 108 call kiya, gaadi BR01PH 4417 aa rahi hai.\n[07/02/26, 8:16 AM] Anjali Kumari: RCH ID bhejo. Mag sulph de do, main aa rahi hu.\n[07/02/26, 8:17 AM] Sunita Devi: RCH ID 121004417283, husband phone 9835 410 227',
    [
      ['organization', 'PHC Bikram'],
      ['address', 'Patna'],
      ['date', '07/02'],
      ['name', 'Sunita Devi'], // no trigger
      ['name', 'Rinku Kumari'], // no trigger
      ['name', 'Pappu Yadav'],
      ['address', 'Naubatpur'],
      ['plate', 'BR01PH 4417'],
      ['date', '07/02', 1],
      ['name', 'Anjali Kumari'], // no trigger
      ['date', '07/02', 2],
      ['name', 'Sunita Devi', 1], // no trigger
      ['other-id', '121004417283'],
      ['phone', '9835 410 227'],
    ],
  ),
  // 100 India, Chennai diagnostic-lab SMS / e-mail with report link
  g(
    'Dear Mr. Karthikeyan S, your report for Visit ID CHN-LB-26030917 (sample collected 09-Mar-2026) is ready. Download: https://reports.annaidiagnostics.in/r/K8x2Pq7 (password: your DOB in DDMMYYYY). Annai Diagnostics, 14 Luz Church Road, Mylapore, Chennai 600004. Helpline 044-2499 0417. — Sent to karthi.s1984@rediffmail.com',
    [
      ['name', 'Karthikeyan S'],
      ['other-id', 'CHN-LB-26030917'],
      ['date', '09-Mar'],
      ['url', 'https://reports.annaidiagnostics.in/r/K8x2Pq7'],
      ['organization', 'Annai Diagnostics'],
      ['address', '14 Luz Church Road, Mylapore, Chennai'],
      ['address', '600004'],
      ['phone', '044-2499 0417'],
      ['email', 'karthi.s1984@rediffmail.com'],
    ],
  ),
  // 101 Pakistan, Lahore surgical ward (s/o between two names, CNIC, Sehat card claim, possessive of a professor's name)
  g(
    'Mayo Hospital, Lahore — Surgical Unit II, Ward 14, Bed 22\nPatient: Muhammad Arshad s/o Ghulam Rasool, 46, CNIC 35202-4417283-5, r/o House 17, Street 9, Mohalla Islampura, Shahdara, Lahore\nSehat card claim no. SSP-PB-2026-0882197\nAdmitted 23-02-2026 with perforated duodenal ulcer; Graham patch done 24-02-2026 by Prof. Tariq Mehmood’s unit.\nAttendant: son Bilal Arshad 0300-4417826',
    [
      ['organization', 'Mayo Hospital'],
      ['address', 'Lahore'],
      ['bed', '14'],
      ['bed', '22'],
      ['name', 'Muhammad Arshad'],
      ['name', 'Ghulam Rasool'],
      ['id-card', '35202-4417283-5'],
      ['address', 'House 17, Street 9, Mohalla Islampura, Shahdara, Lahore'],
      ['other-id', 'SSP-PB-2026-0882197'],
      ['date', '23-02'],
      ['date', '24-02'],
      ['name', 'Tariq Mehmood'],
      ['name', 'Bilal Arshad'],
      ['phone', '0300-4417826'],
    ],
  ),
  // 102 Pakistan, Karachi dialysis SMS in Roman Urdu (mobile-money number, account title)
  g(
    'AoA. Korangi Community Hospital: Ayesha Siddiqui ki dialysis Wed 18 Mar 7am shift mein hai. MR# KCH-0441728. Payment Easypaisa 0345-2194417 (account title: Farzana Begum). Query: 021-35071442. Dr. Shahid Rizvi',
    [
      ['organization', 'Korangi Community Hospital'],
      ['name', 'Ayesha Siddiqui'], // no trigger
      ['date', '18 Mar'],
      ['mrn', 'KCH-0441728'],
      ['phone', '0345-2194417'],
      ['name', 'Farzana Begum'],
      ['phone', '021-35071442'],
      ['name', 'Shahid Rizvi'],
    ],
  ),
  // 103 Bangladesh, Dhaka discharge certificate (village / post office / upazila, district left out; dotted dates)
  g(
    'Dhaka Medical College Hospital, Medicine Unit 4, Ward 601, Bed 37 — Discharge certificate\nName: Md. Rafiqul Islam Bhuiyan, 52 y, NID 7314 8820 19, Regd. No. 26-0417-M\nAddress: Vill: Charpara, P.O.: Bhairab Bazar, Upazila: Bhairab, Dist: Kishoreganj\nAdmitted: 02.02.2026 with organophosphate poisoning; atropinised, pralidoxime given. Discharged: 09.02.2026.\nMother: Rahima Khatun, mobile 01711-448203.\nSigned: Dr. Nusrat Jahan, BMDC Reg. A-58213',
    [
      ['organization', 'Dhaka Medical College Hospital'],
      ['bed', '601'],
      ['bed', '37'],
      ['name', 'Md. Rafiqul Islam Bhuiyan'],
      ['id-card', '7314 8820 19'],
      ['mrn', '26-0417-M'],
      ['address', 'Charpara'],
      ['address', 'Bhairab Bazar'],
      ['address', 'Bhairab', 1],
      ['date', '02.02'],
      ['date', '09.02'],
      ['name', 'Rahima Khatun'],
      ['phone', '01711-448203'],
      ['name', 'Nusrat Jahan'],
      ['license', 'A-58213'],
    ],
  ),
  // 104 Bangladesh, Cox's Bazar camp health-post register (camp block and shelter as address; family counting number)
  g(
    'Camp 15 (Jamtoli), Ukhiya — Health Post 3 register, 11/03/2026\nNur Kalima, F, 23, FCN 153-04417, Block C-9, shelter 412. Third-trimester anaemia (Hb 7.9 g/dL). Referred to Ukhiya Upazila Health Complex by CHW Abul Hashem (ph 01820-337415). Husband Mohammad Salim not present.',
    [
      ['address', 'Camp 15 (Jamtoli), Ukhiya'],
      ['organization', 'Health Post 3'],
      ['date', '11/03'],
      ['name', 'Nur Kalima'], // no trigger
      ['other-id', '153-04417'],
      ['address', 'Block C-9, shelter 412'],
      ['organization', 'Ukhiya Upazila Health Complex'],
      ['name', 'Abul Hashem'],
      ['phone', '01820-337415'],
      ['name', 'Mohammad Salim'],
    ],
  ),
  // 105 Sri Lanka, Gampola diabetic clinic record (12-digit NIC, initials before the name, ordinal date)
  g(
    'Clinic record — Base Hospital Gampola, Diabetic Clinic No. 2\nName: W. M. Kumari Dissanayake   NIC 197563204417   Clinic No: DC/2417/19\nAddress: No. 41/3, Kandy Road, Atabage, Gampola\nNext clinic: 16th April 2026. Bring the green book.\nMOIC: Dr. (Mrs.) Thilini Wijeratne · Ph 081-2352417',
    [
      ['organization', 'Base Hospital Gampola'],
      ['name', 'W. M. Kumari Dissanayake'],
      ['id-card', '197563204417'],
      ['mrn', 'DC/2417/19'],
      ['address', 'No. 41/3, Kandy Road, Atabage, Gampola'],
      ['date', '16th April'],
      ['name', 'Thilini Wijeratne'],
      ['phone', '081-2352417'],
    ],
  ),
  // 106 Sri Lanka, Jaffna family e-mail appeal for a child's surgery (bank branch, account number, name with possessive)
  g(
    'Subject: Help for Tharshika’s heart surgery\nDear friends, our niece Tharshika Sivakumar (age 6) needs VSD closure at Lady Ridgeway Hospital, Colombo on 2 May. Please deposit to Commercial Bank, Jaffna branch, A/C 8014417293, name S. Sivakumar. Call Kugan on 077 441 8206 or email kugan.sivakumar@yahoo.com.',
    [
      ['name', 'Tharshika'], // no trigger
      ['name', 'Tharshika Sivakumar'],
      ['organization', 'Lady Ridgeway Hospital'],
      ['address', 'Colombo'],
      ['date', '2 May'],
      ['organization', 'Commercial Bank, Jaffna branch'],
      ['account', '8014417293'],
      ['name', 'S. Sivakumar'],
      ['name', 'Kugan'], // no trigger
      ['phone', '077 441 8206'],
      ['email', 'kugan.sivakumar@yahoo.com'],
    ],
  ),
  // 107 Nepal, Kathmandu evacuation report for an insurer (passport, helicopter registration, citizenship certificate number)
  g(
    'EVACUATION REPORT (for insurer)\nClinic: Thamel International Travel Clinic, Chaksibari Marg, Kathmandu\nPatient: Lukas Brandstätter, 34, Austrian passport P4417293\nEvent: HAPE at Lobuche (4,940 m) on 08/04/2026; SpO2 62 %; nifedipine 30 mg SR, dexamethasone 8 mg.\nEvacuation: helicopter 9N-ALK, pilot Capt. Sudarshan Thapa\nGuide: Pasang Dorje (citizenship 27-01-75-04417), +977 980-144-7293\nInsurer ref: AT-WT-2026-441729',
    [
      ['organization', 'Thamel International Travel Clinic'],
      ['address', 'Chaksibari Marg, Kathmandu'],
      ['name', 'Lukas Brandstätter'],
      ['passport', 'P4417293'],
      ['address', 'Lobuche'],
      ['date', '08/04'],
      ['vehicle', '9N-ALK'],
      ['name', 'Sudarshan Thapa'],
      ['name', 'Pasang Dorje'],
      ['id-card', '27-01-75-04417'],
      ['phone', '+977 980-144-7293'],
      ['other-id', 'AT-WT-2026-441729'],
    ],
  ),
  // 108 Nepal, Pokhara referral slip (Bikram Sambat date and Gregorian date; ward-numbered municipality; district left out)
  g(
    'Referral slip — Lekhnath Community Hospital, Pokhara-27, Kaski\nDate: 2082/11/24 BS (08-03-2026)\nName: Sabitra Gurung, 29 F, Hospital No. 82-04417\nAddress: Rupa Rural Municipality-3, Kaski\nReferred to: Manipal Teaching Hospital, Phulbari, Pokhara — obstetrics (PPH after home delivery, shock index 1.4)\nReferred by: FCHV Dil Kumari Pariyar; sister-in-law Bimala Gurung accompanies (98460 44172).',
    [
      ['organization', 'Lekhnath Community Hospital'],
      ['address', 'Pokhara-27'],
      ['date', '11/24'],
      ['date', '08-03'],
      ['name', 'Sabitra Gurung'],
      ['mrn', '82-04417'],
      ['address', 'Rupa Rural Municipality-3'],
      ['organization', 'Manipal Teaching Hospital'],
      ['address', 'Phulbari, Pokhara'],
      ['name', 'Dil Kumari Pariyar'],
      ['name', 'Bimala Gurung'],
      ['phone', '98460 44172'],
    ],
  ),
  // 109 Singapore, polyclinic SMS (NRIC, consultation room, short link)
  g(
    '[SMS] SingHealth Polyclinics: Appt for TAN MEI LING (S8273645Z) at Punggol Polyclinic on 23/03/26, 10:40am, Rm 2-17. Pls bring your Healthier SG enrolment letter. To reschedule: 6643 6969 or https://shp.sg/r/4q7KwZ',
    [
      ['organization', 'SingHealth Polyclinics'],
      ['name', 'TAN MEI LING'], // no trigger
      ['id-card', 'S8273645Z'],
      ['organization', 'Punggol Polyclinic'],
      ['date', '23/03'],
      ['bed', '2-17'],
      ['phone', '6643 6969'],
      ['url', 'https://shp.sg/r/4q7KwZ'],
    ],
  ),
  // 110 Singapore, dormitory clinic medical certificate (FIN, passport, work permit, employer Pte Ltd left out, MCR)
  g(
    'MEDICAL CERTIFICATE — Kranji Medical Centre (Dormitory Clinic), 10 Kranji Way #01-12, Singapore 739522\nName: MD SHAHIDUL ISLAM   FIN: F3627184K   Passport: A04417283   WP No: 041729381\nEmployer: Hock Seng Marine Engineering Pte Ltd, 21 Tuas Ave 8\nUnfit for duty 17/02/2026 – 23/02/2026 (5 days). Laceration left palm 4 cm, sutured; tetanus toxoid given.\nDr Goh Wei Ming (MCR M28417J)',
    [
      ['organization', 'Kranji Medical Centre'],
      ['address', '10 Kranji Way #01-12'],
      ['address', '739522'],
      ['name', 'MD SHAHIDUL ISLAM'],
      ['id-card', 'F3627184K'],
      ['passport', 'A04417283'],
      ['other-id', '041729381'],
      ['organization', 'Hock Seng Marine Engineering'],
      ['address', '21 Tuas Ave 8'],
      ['date', '17/02'],
      ['date', '23/02'],
      ['name', 'Goh Wei Ming'],
      ['license', 'M28417J'],
    ],
  ),
  // 111 Malaysia, Sabah ward admission in Malay / English (alias after @, MyKad, postcode before town, a/l in a name)
  g(
    'Hospital Keningau — Wad Perubatan 3B, Katil 12\nNama / Name: Rosnah Majinbon @ Rose   No. K/P: 790412-12-5528\nAlamat: Kampung Bunga Raya, Batu 3 Jalan Apin-Apin, 89008 Keningau, Sabah\nTarikh masuk: 04/03/2026   Diagnosis: leptospirosis with AKI (Cr 412 µmol/L)\nWaris: suami Jaimis Gudin, tel 019-873 4417\nDoktor: Dr Arvind a/l Subramaniam',
    [
      ['organization', 'Hospital Keningau'],
      ['bed', '3B'],
      ['bed', '12'],
      ['name', 'Rosnah Majinbon'],
      ['name', 'Rose'], // no trigger
      ['id-card', '790412-12-5528'],
      ['address', 'Kampung Bunga Raya, Batu 3 Jalan Apin-Apin'],
      ['address', '89008'],
      ['address', 'Keningau', 1],
      ['date', '04/03'],
      ['name', 'Jaimis Gudin'],
      ['phone', '019-873 4417'],
      ['name', 'Arvind a/l Subramaniam'],
    ],
  ),
  // 112 Malaysia, Penang private-hospital admissions WhatsApp (insurer guarantee letter, bank account, room number)
  g(
    '[10/01/2026, 21:48] Agnes Lim: Goh Chee Keong, IC 630825-07-5041, admit tomorrow 8am for TURP. GL from Tenang Takaful Berhad ref TTB/GL/2026/044172. Deposit RM2,000 please bank in to Maybank 5071 4417 2286 (Pantai Jerejak Specialist Centre Sdn Bhd).\n[10/01/2026, 21:52] Goh Li Ting: ok will transfer tonight, my dad’s room 508 ya',
    [
      ['date', '10/01'],
      ['name', 'Agnes Lim'], // no trigger
      ['name', 'Goh Chee Keong'], // no trigger
      ['id-card', '630825-07-5041'],
      ['organization', 'Tenang Takaful'],
      ['other-id', 'TTB/GL/2026/044172'],
      ['organization', 'Maybank'],
      ['account', '5071 4417 2286'],
      ['organization', 'Pantai Jerejak Specialist Centre'],
      ['date', '10/01', 1],
      ['name', 'Goh Li Ting'], // no trigger
      ['bed', '508'],
    ],
  ),
  // 113 Nigeria, Lagos A&E (NIN, NHIA number, motorcycle plate, bus stop named like a person, MDCN number)
  g(
    'Gbagada General Hospital, Lagos — Accident & Emergency\nName: Adebayo Oluwaseun Fashola   Age: 27   Hosp No: GGH/26/004417\nNIN: 44172839506   NHIA No: LAS/0417/2283/A\nBrought in by okada rider (bike reg. KTU 441 QJ) after RTC on Ikorodu Road at Anthony bus stop, 11/02/2026, 06:20. GCS 14, open right femur fracture.\nNext of kin: Mrs Folake Fashola (mother) 0803 441 7281. Seen by Dr Chukwuemeka Obi, MDCN 84417.',
    [
      ['organization', 'Gbagada General Hospital'],
      ['address', 'Lagos'],
      ['name', 'Adebayo Oluwaseun Fashola'],
      ['mrn', 'GGH/26/004417'],
      ['id-card', '44172839506'],
      ['other-id', 'LAS/0417/2283/A'],
      ['plate', 'KTU 441 QJ'],
      ['address', 'Ikorodu Road at Anthony bus stop'],
      ['date', '11/02'],
      ['name', 'Folake Fashola'],
      ['phone', '0803 441 7281'],
      ['name', 'Chukwuemeka Obi'],
      ['license', '84417'],
    ],
  ),
  // 114 Nigeria, Kano measles line list CSV (LGA, ward and settlement as address; caregivers with honorifics)
  g(
    '# Measles outbreak line list — Dala LGA, Kano State — exported 2026-02-19\ncase_id,name,age_m,sex,ward,settlement,caregiver,phone,onset,specimen\nKN-DAL-0417,Aisha Muhammad Bello,18,F,Kabuwaya,Gwammaja,Hajiya Hauwa Bello,08034417291,2026-02-09,KN/MS/26/0872\nKN-DAL-0418,Usman Sani,30,M,Madigawa,Kofar Mazugal,Malam Sani Abdullahi,07061148827,2026-02-11,KN/MS/26/0873',
    [
      ['address', 'Dala LGA'],
      ['date', '02-19'],
      ['other-id', 'KN-DAL-0417'],
      ['name', 'Aisha Muhammad Bello'], // no trigger
      ['address', 'Kabuwaya'],
      ['address', 'Gwammaja'],
      ['name', 'Hauwa Bello'],
      ['phone', '08034417291'],
      ['date', '02-09'],
      ['other-id', 'KN/MS/26/0872'],
      ['other-id', 'KN-DAL-0418'],
      ['name', 'Usman Sani'], // no trigger
      ['address', 'Madigawa'],
      ['address', 'Kofar Mazugal'],
      ['name', 'Sani Abdullahi'],
      ['phone', '07061148827'],
      ['date', '02-11'],
      ['other-id', 'KN/MS/26/0873'],
    ],
  ),
  // 115 Ghana, Kumasi maternity (Ghana Card, NHIS, GhanaPost GPS address, mobile money, NICU cot)
  g(
    'Komfo Anokye Teaching Hospital, Kumasi — Maternity Block, Ward D2\nPatient: Abena Serwaa Owusu, 31, Ghana Card GHA-720194417-3, NHIS 44172918\nResidence: H/No. Plot 12 Block C, Santasi, Kumasi (GPS AK-417-2209)\nAdmitted 06/01/2026: eclampsia at 35 wk, MgSO4 Pritchard regimen. Baby in NICU cot N7.\nHusband Kwadwo Boateng, MoMo 024 417 6628.',
    [
      ['organization', 'Komfo Anokye Teaching Hospital'],
      ['address', 'Kumasi'],
      ['bed', 'D2'],
      ['name', 'Abena Serwaa Owusu'],
      ['id-card', 'GHA-720194417-3'],
      ['other-id', '44172918'],
      ['address', 'H/No. Plot 12 Block C, Santasi, Kumasi'],
      ['address', 'AK-417-2209'],
      ['date', '06/01'],
      ['bed', 'N7'],
      ['name', 'Kwadwo Boateng'],
      ['phone', '024 417 6628'],
    ],
  ),
  // 116 Ghana, Northern Region telemedicine call log (CHO, child, honorific Mma, ambulance plate)
  g(
    'Telemedicine call log — Kumbungu District Hospital ↔ Tamale Teaching Hospital, 2026-03-04 14:05\nFuseini Abdul-Rahman: Alhassan Wumpini, 3 years, from Voggu, fever 5 days, convulsed twice, RDT positive.\nAdjoa Mensah-Bonsu (TTH): Give IV artesunate 2.4 mg/kg now, then refer. Call me on 020 441 7735.\nFuseini Abdul-Rahman: Mma Ayishetu says no transport; ambulance NR 4417-21 requested.',
    [
      ['organization', 'Kumbungu District Hospital'],
      ['organization', 'Tamale Teaching Hospital'],
      ['date', '03-04'],
      ['name', 'Fuseini Abdul-Rahman'], // no trigger
      ['name', 'Alhassan Wumpini'], // no trigger
      ['address', 'Voggu'],
      ['name', 'Adjoa Mensah-Bonsu'], // no trigger
      ['organization', 'TTH'],
      ['phone', '020 441 7735'],
      ['name', 'Fuseini Abdul-Rahman', 1], // no trigger
      ['name', 'Ayishetu'],
      ['plate', 'NR 4417-21'],
    ],
  ),
  // 117 Kenya, Kisumu paediatric ward (Kenyan ID, SHA number, M-Pesa and Paybill, IP number reused as account reference)
  g(
    'Jaramogi Oginga Odinga Teaching & Referral Hospital, Kisumu — Paediatric Ward 2\nChild: Baby Akinyi Otieno, 9 mo, IP No. 26/04417\nMother: Lilian Atieno Otieno, ID 28417395, SHA no. SHA-0417-2839-44\nResidence: Nyalenda B, Kisumu East\nAdmitted 14/02/2026, severe malaria + anaemia (Hb 4.1 g/dL), transfused.\nPayment via M-Pesa 0722 441 739 (Paybill 417283, acc 26/04417).',
    [
      ['organization', 'Jaramogi Oginga Odinga Teaching & Referral Hospital'],
      ['address', 'Kisumu'],
      ['bed', '2'],
      ['name', 'Akinyi Otieno'],
      ['mrn', '26/04417'],
      ['name', 'Lilian Atieno Otieno'],
      ['id-card', '28417395'],
      ['other-id', 'SHA-0417-2839-44'],
      ['address', 'Nyalenda B, Kisumu East'],
      ['date', '14/02'],
      ['phone', '0722 441 739'],
      ['account', '417283'],
      ['mrn', '26/04417', 1],
    ],
  ),
  // 118 Kenya, Naivasha sub-county hospital incident report: flower-farm pesticide exposure (list of workers)
  g(
    'Incident report — Naivasha Sub-County Hospital\nDate/time: 27 January 2026, 10:30\nWorkers from Karagita Blooms Ltd presented with miosis, salivation and bradycardia after spraying. Affected: Wanjiru Kamau, Peter Ochieng, Nasimiyu Wafula and Moses Kiplagat. Cholinesterase sent (lab nos. NSH-L-0417 to NSH-L-0419).\nSupervisor Joseph Kiprono, 0711 417 082.\n— Faith Chebet',
    [
      ['organization', 'Naivasha Sub-County Hospital'],
      ['date', '27 January'],
      ['organization', 'Karagita Blooms'],
      ['name', 'Wanjiru Kamau'],
      ['name', 'Peter Ochieng'], // no trigger
      ['name', 'Nasimiyu Wafula'], // no trigger
      ['name', 'Moses Kiplagat'], // no trigger
      ['other-id', 'NSH-L-0417'],
      ['other-id', 'NSH-L-0419'],
      ['name', 'Joseph Kiprono'],
      ['phone', '0711 417 082'],
      ['name', 'Faith Chebet'], // no trigger
    ],
  ),
  // 119 Uganda, Kampala casualty (surname-first names, NIN, boda-boda plate, registration terminal IP)
  g(
    'Kiruddu National Referral Hospital — Casualty\nName: Ssemakula Robert   NIN CM9003210KQ4XH   Age 35\nBoda-boda rider, reg UFB 441K, collided with a taxi on Salaama Road, Munyonyo, 05/03/2026 19:40. Open tib/fib fracture (Gustilo IIIA).\nNOK: Nakato Sarah (wife) 0772 441 839 / 0701 283 917.\nRegistered by Mukasa Ivan at terminal 10.1.44.17.',
    [
      ['organization', 'Kiruddu National Referral Hospital'],
      ['name', 'Ssemakula Robert'],
      ['id-card', 'CM9003210KQ4XH'],
      ['plate', 'UFB 441K'],
      ['address', 'Salaama Road, Munyonyo'],
      ['date', '05/03'],
      ['name', 'Nakato Sarah'],
      ['phone', '0772 441 839'],
      ['phone', '0701 283 917'],
      ['name', 'Mukasa Ivan'], // no trigger
      ['ip', '10.1.44.17'],
    ],
  ),
  // 120 Uganda, Gulu ART clinic appointment card (hospital name with a saint, treatment supporter, SMS enrolment URL)
  g(
    'St. Mary’s Hospital Lacor, Gulu — ART Clinic appointment card\nClient: Akello Grace Okot   ART No.: LAC/ART/04417\nNext visit: 14-Apr-2026 (viral load)\nVillage: Pece Laroo, Gulu City\nTreatment supporter: Opiyo Denis (brother) 0782 417 630\nSMS reminders enrolled via https://lacor-art.ug/sms?c=04417',
    [
      ['organization', 'St. Mary’s Hospital Lacor'],
      ['address', 'Gulu'],
      ['name', 'Akello Grace Okot'],
      ['mrn', 'LAC/ART/04417'],
      ['date', '14-Apr'],
      ['address', 'Pece Laroo, Gulu City'],
      ['name', 'Opiyo Denis'],
      ['phone', '0782 417 630'],
      ['url', 'https://lacor-art.ug/sms?c=04417'],
    ],
  ),
  // 121 South Africa, Eastern Cape RR-TB clinic (SA ID, folder number, taxi plate, neighbour as contact)
  g(
    'Madwaleni Hospital, Elliotdale — OPD TB clinic\nName: Nomvula Mqhayi   Folder no. MDW-0417291   SA ID 6802252197085\nAddress: Xhora Mouth Location, Elliotdale 5070\nStarted RR-TB regimen (BPaLM) 19/01/2026; sputum culture conversion 2026/03/02.\nContact: neighbour Thembeka, 073 441 2860 (no own phone). Travels by minibus taxi GXN 441 EC.',
    [
      ['organization', 'Madwaleni Hospital'],
      ['address', 'Elliotdale'],
      ['name', 'Nomvula Mqhayi'],
      ['mrn', 'MDW-0417291'],
      ['id-card', '6802252197085'],
      ['address', 'Xhora Mouth Location, Elliotdale'],
      ['address', '5070'],
      ['date', '19/01'],
      ['date', '03/02'],
      ['name', 'Thembeka'],
      ['phone', '073 441 2860'],
      ['plate', 'GXN 441 EC'],
    ],
  ),
  // 122 South Africa, Cape Town medical-scheme claim rejection (membership and practice numbers, HPCSA)
  g(
    'Fynbos Medical Scheme — Claim rejection\nMember: Mr Pieter-Jan van der Merwe   Membership no. 0441728309   Dependant 01: Annelie van der Merwe (spouse)\nProvider: Dr Lindiwe Khumalo, practice no. 0441783, HPCSA MP0528417\nService date: 2026-02-03 — tariff 0190, ICD-10 J06.9\nReason: benefit exhausted. Queries: claims@fynbosmed.co.za or 021 441 7700.\nMember address: 17 Kloof Nek Rd, Tamboerskloof, Cape Town 8001',
    [
      ['organization', 'Fynbos Medical Scheme'],
      ['name', 'Pieter-Jan van der Merwe'],
      ['other-id', '0441728309'],
      ['name', 'Annelie van der Merwe'],
      ['name', 'Lindiwe Khumalo'],
      ['license', '0441783'],
      ['license', 'MP0528417'],
      ['date', '02-03'],
      ['email', 'claims@fynbosmed.co.za'],
      ['phone', '021 441 7700'],
      ['address', '17 Kloof Nek Rd, Tamboerskloof, Cape Town'],
      ['address', '8001'],
    ],
  ),
  // 123 South Africa, Durban death notification: 91-year-old (whole date of birth), two SA IDs
  g(
    'Notification of death (BI-1663) — extract\nDeceased: Thokozile Mavis Ngubane   ID no. 3407180417085   DOB 18/07/1934   Age: 91\nDate of death: 22 February 2026, at home, House 441, Section K, KwaMashu\nCause: natural (congestive cardiac failure; hypertension)\nInformant: grandson Sipho Ngubane (ID 9306115732085)\nCertifying practitioner: Dr Yusuf Moosa, HPCSA MP0417762, Inanda Community Health Centre',
    [
      ['name', 'Thokozile Mavis Ngubane'],
      ['id-card', '3407180417085'],
      ['date', '18/07/1934'],
      ['age', '91'],
      ['date', '22 February'],
      ['address', 'House 441, Section K, KwaMashu'],
      ['name', 'Sipho Ngubane'],
      ['id-card', '9306115732085'],
      ['name', 'Yusuf Moosa'],
      ['license', 'MP0417762'],
      ['organization', 'Inanda Community Health Centre'],
    ],
  ),
  // 124 Philippines, Cebu OB residents' Messenger chat (barangay as "from" place, PhilHealth PIN, hospital abbreviation)
  g(
    '[Messenger] OB Residents – VSMMC\nJoanna Marie Uy: Admitting G3P2 from Brgy. Tisa, Cebu City, 38 wks, BP 170/110. Name: Ma. Theresa Cabahug, 28. PhilHealth 12-044172839-5.\nKarlo D.: Copy. MgSO4 loading na. Is she the one referred by Dr Lim from Talisay District Hospital?\nJoanna Marie Uy: Yes po. Husband Rodel Cabahug 0917 441 2863.',
    [
      ['organization', 'VSMMC'],
      ['name', 'Joanna Marie Uy'], // no trigger
      ['address', 'Brgy. Tisa, Cebu City'],
      ['name', 'Ma. Theresa Cabahug'],
      ['other-id', '12-044172839-5'],
      ['name', 'Karlo D.'], // no trigger
      ['name', 'Lim'],
      ['organization', 'Talisay District Hospital'],
      ['name', 'Joanna Marie Uy', 1], // no trigger
      ['name', 'Rodel Cabahug'],
      ['phone', '0917 441 2863'],
    ],
  ),
  // 125 Philippines, Manila pre-employment medical for an overseas worker (passport, SSS, PRC licence, destination city)
  g(
    'PRE-EMPLOYMENT MEDICAL EXAMINATION — Ermita Global Medical Clinic, 1442 M.H. del Pilar St, Ermita, Manila\nApplicant: Jericho Santos Villanueva   Passport P4417283B   SSS 34-4417283-9\nDestination: Riyadh (deployment via Luzon Star Manpower Agency)\nExam date: March 9, 2026   Result: FIT\nCXR no. EG-26-04417: normal. HBsAg non-reactive. Drug test ref 26-0417-DT.\nExamining physician: Dr. Rowena Dizon, PRC Lic. 0104417\nEmail results to jsvillanueva92@gmail.com',
    [
      ['organization', 'Ermita Global Medical Clinic'],
      ['address', '1442 M.H. del Pilar St, Ermita, Manila'],
      ['name', 'Jericho Santos Villanueva'],
      ['passport', 'P4417283B'],
      ['social-security', '34-4417283-9'],
      ['address', 'Riyadh'],
      ['organization', 'Luzon Star Manpower Agency'],
      ['date', 'March 9'],
      ['other-id', 'EG-26-04417'],
      ['other-id', '26-0417-DT'],
      ['name', 'Rowena Dizon'],
      ['license', '0104417'],
      ['email', 'jsvillanueva92@gmail.com'],
    ],
  ),
  // 126 Trinidad and Tobago, Port of Spain ward handover (national ID, clinic card, nickname of a regular patient)
  g(
    'Port of Spain General Hospital — Ward 12 handover\nBed 8: Kamla Ramsaran, 67, DKA, from Chaguanas. ID 19580722041. Son Vishal Ramsaran, 1 (868) 441-7295. Clinic card no. 441728.\nBed 10: "Pepper", a regular, surname unknown, found at Woodford Square, BAL 0.31%. Akil Charles reviewed.',
    [
      ['organization', 'Port of Spain General Hospital'],
      ['bed', '12'],
      ['bed', '8'],
      ['name', 'Kamla Ramsaran'], // no trigger
      ['address', 'Chaguanas'],
      ['id-card', '19580722041'],
      ['name', 'Vishal Ramsaran'],
      ['phone', '1 (868) 441-7295'],
      ['mrn', '441728'],
      ['bed', '10'],
      ['name', 'Pepper'], // no trigger
      ['address', 'Woodford Square'],
      ['name', 'Akil Charles'], // no trigger
    ],
  ),
  // 127 Guyana, Georgetown obstetric referral (Guyanese NIS number, lot address, nickname in brackets)
  g(
    'Georgetown Public Hospital Corporation — Obstetrics\nReferral from: Diamond Diagnostic & Treatment Centre\nPatient: Shondell Fredericks, 19, G1P0 at 36 wk, pre-eclampsia with severe features\nAddress: Lot 44 Sixth Street, Alberttown, Georgetown\nNIS no. 0441728   Phone 592-641-7283\nReferred 21/03/2026 by Dr Rajendra Bissoondyal (MOH reg. 2283). Baby’s father: Travis Gordon ("Scrappy").',
    [
      ['organization', 'Georgetown Public Hospital Corporation'],
      ['organization', 'Diamond Diagnostic & Treatment Centre'],
      ['name', 'Shondell Fredericks'],
      ['address', 'Lot 44 Sixth Street, Alberttown, Georgetown'],
      ['social-security', '0441728'],
      ['phone', '592-641-7283'],
      ['date', '21/03'],
      ['name', 'Rajendra Bissoondyal'],
      ['license', '2283'],
      ['name', 'Travis Gordon'],
      ['name', 'Scrappy'], // no trigger
    ],
  ),
  // 128 Barbados, dental practice e-mail (parish left out, postcode, insurer card, card on file, surname with Ms)
  g(
    'From: frontdesk@bayviewdental.bb\nTo: marcia.holder@outlook.com\nSubject: Appointment confirmation — Marcia Holder, Wed 11 March 2026 2:15 pm\n\nGood day Ms Holder, this confirms your extraction with Dr. Kwame Alleyne at Bayview Dental, 3rd Avenue Belleville, St. Michael BB11114. Please bring your Sagicor card (member 44172-8301); the deposit was taken from your Visa 4532 0187 4562 9106. Tel (246) 429-4417.\n— Tricia',
    [
      ['email', 'frontdesk@bayviewdental.bb'],
      ['email', 'marcia.holder@outlook.com'],
      ['name', 'Marcia Holder'], // no trigger
      ['date', '11 March'],
      ['name', 'Holder', 1],
      ['name', 'Kwame Alleyne'],
      ['organization', 'Bayview Dental'],
      ['address', '3rd Avenue Belleville'],
      ['address', 'BB11114'],
      ['organization', 'Sagicor'],
      ['other-id', '44172-8301'],
      ['bank-card', '4532 0187 4562 9106'],
      ['phone', '(246) 429-4417'],
      ['name', 'Tricia'], // no trigger
    ],
  ),
  // ---- identifier-free clinical text (must survive untouched) ----
  // 129 Chinese: cardiology secondary prevention, brand names that read like personal names (代文, 安博维, 络活喜), SNOMED CT
  g(
    '冠心病二级预防：拜阿司匹灵 100 mg qd，波立维 75 mg qd 或倍林达 90 mg bid，立普妥 20–40 mg qn；LDL-C 目标 <1.4 mmol/L 且较基线降幅 ≥50%（《中国血脂管理指南（2023年）》）。合并高血压：络活喜 5 mg qd，代文 80 mg qd 或安博维 150 mg qd。Killip Ⅱ级，NYHA Ⅲ级，LVEF 38%，NT-proBNP 2860 pg/mL。ICD-10 I25.1，SNOMED CT 53741008。',
  ),
  // 130 Chinese: diabetes regimen with name-like brands (达美康, 格华止, 捷诺维, 来得时), ICD-11
  g(
    '达美康（格列齐特缓释片）30 mg qd 联合格华止 0.5 g tid，HbA1c 8.6%；加用捷诺维 100 mg qd 后 3 个月降至 7.1%。胰岛素：来得时 12 U qn，诺和锐 4-4-4 U 三餐前。低血糖处理：口服葡萄糖 15 g，15 分钟后复测。诊断：2 型糖尿病（ICD-11 5A11）伴周围神经病变，密歇根神经病变筛查量表 MNSI 4 分。参照《中国2型糖尿病防治指南（2020年版）》及 ADA Standards of Care 2025。',
  ),
  // 131 Chinese: Parkinson disease and mood (黛力新, 美多芭, 森福罗, 1/2 片), Hamilton scale
  g(
    '帕金森病 Hoehn-Yahr 3 级，美多芭 250 mg tid（餐前 1 小时），森福罗 0.25 mg tid；剂末现象明显，加用恩他卡朋 200 mg 随每次左旋多巴服用。MoCA 21/30，汉密尔顿抑郁量表 HAMD-17 19 分，予黛力新 1 片 bid，两周后改来士普 10 mg qd；失眠予思诺思 1/2 片睡前。需排除路易体痴呆、进行性核上性麻痹及多系统萎缩。SNOMED CT 49049000。',
  ),
  // 132 Chinese: endoscopy with place-named classifications (洛杉矶, 京都, 悉尼) and "DOB 值" in a breath test
  g(
    '胃镜：食管下段黏膜破损融合但 <75% 周径，洛杉矶分级 C 级；胃窦黏膜萎缩，京都胃炎分类评分 4 分，悉尼系统评估中度萎缩伴肠化生；胃角溃疡 Sakita-Miwa A1 期，Lauren 分型待病理。¹³C 尿素呼气试验 DOB 值 28.6（阳性）。根除方案：雷贝拉唑 20 mg bid + 阿莫西林 1 g tid + 克拉霉素 0.5 g bid，疗程 14 天，依据《第六次全国幽门螺杆菌感染处理共识报告》。',
  ),
  // 133 Chinese: liver cancer staging with place-named criteria (巴塞罗那, 米兰, 杭州)
  g(
    '原发性肝癌 BCLC B 期（巴塞罗那临床肝癌分期），Child-Pugh A6，ALBI 1 级；肿瘤负荷超出米兰标准但符合杭州标准。AFP 1,286 ng/mL，PIVKA-Ⅱ 3,410 mAU/mL，HBV DNA 2.3×10³ IU/mL。方案：TACE 联合仑伐替尼（乐卫玛）8 mg qd，抗病毒改韦立得 25 mg qd。ICD-10 C22.0。',
  ),
  // 134 Chinese: febrile illness differential with place-named diseases (新疆出血热, 汉坦, 日本血吸虫病, 寨卡)
  g(
    '鉴别诊断：新疆出血热（克里米亚-刚果出血热）、汉坦病毒所致肾综合征出血热、发热伴血小板减少综合征、登革热、基孔肯雅热、寨卡病毒病、日本血吸虫病及马尔尼菲篮状菌病。血小板 42×10⁹/L，ALT 186 U/L，LDH 612 U/L，尿蛋白 ++，CK 1,540 U/L。依据《肾综合征出血热诊疗方案（2023年版）》，暂予利巴韦林及补液支持。',
  ),
  // 135 Chinese: paediatric Kawasaki disease (杨梅舌 reads like a name), Kobayashi score
  g(
    '川崎病（皮肤黏膜淋巴结综合征）：发热 5 天，双眼球结膜非化脓性充血，口唇皲裂，杨梅舌，手足硬性水肿，颈部淋巴结 1.8 cm。IVIG 2 g/kg 单次输注，阿司匹林 30–50 mg/kg/d 分 3 次。超声心动图：左冠状动脉主干 Z 值 +2.8。Kobayashi 评分 5 分（IVIG 无反应高危），加用甲泼尼龙 2 mg/kg/d。',
  ),
  // 136 Chinese: patent TCM brands named after people (张仲景, 季德胜, 马应龙) and the herb 何首乌
  g(
    '中成药：张仲景六味地黄丸 8 丸 tid，季德胜蛇药片首剂 20 片后每 6 小时 10 片；外用马应龙麝香痔疮膏、京万红软膏；云南白药胶囊 0.25–0.5 g qid。同仁堂安宫牛黄丸 1 丸化服。注意：何首乌、土三七有肝损伤风险，ALT >3×ULN 即停药；附子须先煎 1 小时。',
  ),
  // 137 Chinese: orthopaedic fracture classifications (Garden, Pauwels, Colles, Frykman, Schatzker, Weber, Maisonneuve), 克赛
  g(
    '股骨颈骨折 Garden Ⅳ 型、Pauwels Ⅲ 型，拟行人工全髋关节置换；左桡骨远端 Colles 骨折，Frykman Ⅶ 型；右胫骨平台骨折 Schatzker Ⅵ 型；左踝 Weber B 型合并 Maisonneuve 骨折。术前 Caprini 评分 6 分，予依诺肝素（克赛）4000 IU 皮下注射 qd。按 AO/OTA 2018 分型记录。',
  ),
  // 138 Chinese: obstetrics (欣普贝生, 欣母沛, B-Lynch, 爱丁堡产后抑郁量表, FIGO 2018)
  g(
    '引产评估：Bishop 评分 5 分，予地诺前列酮栓（欣普贝生）10 mg 阴道后穹窿放置。产后出血 1200 mL，予卡前列素氨丁三醇（欣母沛）250 μg 肌注，行 B-Lynch 缝合。新生儿 Apgar 评分 1 分钟 8 分、5 分钟 9 分。产后 42 天爱丁堡产后抑郁量表 EPDS 13 分。既往宫颈癌 FIGO 2018 ⅠB2 期，HPV16 (+)。',
  ),
  // 139 Chinese: oncology with brand names (泰瑞沙, 赫赛汀, 帕捷特, 美罗华) and Ann Arbor staging
  g(
    '非小细胞肺癌 EGFR 19del，一线泰瑞沙 80 mg qd，PFS 22 个月后进展，再活检 MET 扩增；HER2 阳性乳腺癌 cT2N1M0，Ki-67 35%，新辅助赫赛汀 + 帕捷特 + 多西他赛 × 6 周期；弥漫大 B 细胞淋巴瘤 Ann Arbor ⅢB 期，R-CHOP（美罗华 375 mg/m²）。ECOG PS 1，依据 CSCO 指南 2024 版。',
  ),
  // 140 Chinese: CKD stage 4 labs and brands (爱瑞卓, 福斯利诺, 利倍卓), ICD-11 and SNOMED CT
  g(
    'CKD 4 期（eGFR 22 mL/min/1.73 m²）：血钾 5.9 mmol/L，血钙 2.02 mmol/L，血磷 2.1 mmol/L，iPTH 486 pg/mL，Hb 86 g/L，铁蛋白 92 ng/mL，TSAT 14%。予罗沙司他（爱瑞卓）100 mg 每周 3 次，碳酸镧（福斯利诺）500 mg tid 随餐嚼服，环硅酸锆钠（利倍卓）10 g qd。参照 KDIGO 2024。ICD-11 GB61.4，SNOMED CT 431857002。',
  ),
  // 141 Chinese: bipolar disorder (再普乐, 思诺思 1/2 片), Stevens-Johnson, ICD-10
  g(
    '双相情感障碍Ⅰ型，目前为躁狂发作，YMRS 28 分。碳酸锂 0.3 g tid（血锂 0.82 mmol/L），再普乐 10 mg qn；睡眠差加思诺思 1/2 片。拟加用拉莫三嗪时须缓慢滴定，警惕 Stevens-Johnson 综合征。甲状腺功能：TSH 6.1 mIU/L，FT4 11.2 pmol/L。ICD-10 F31.1，DSM-5-TR 诊断标准。',
  ),
  // 142 Chinese: COPD and asthma inhaler regimen (思力华, 信必可, 160/4.5), GOLD and GINA
  g(
    '慢阻肺 GOLD 2025 E 组，mMRC 3 级，CAT 24 分，FEV1/FVC 0.52，FEV1 占预计值 41%。吸入方案：思力华 18 μg qd + 信必可都保 160/4.5 μg 2 吸 bid；急性加重予甲泼尼龙 40 mg × 5 d，多索茶碱 0.2 g bid。合并哮喘按 GINA 2024 第 4 级治疗。ARDS 柏林定义不符合。ICD-11 CA22。',
  ),
  // 143 Chinese: endemic and occupational disease (克山病, 大骨节病, 水俣病, 痛痛病), ILO 2/2, GBZ standard with year
  g(
    '地方病与职业病复习要点：克山病、大骨节病（Kashin-Beck 病）、地方性氟中毒（氟斑牙 Dean 指数 3 级）、碘缺乏病。尘肺诊断依据 GBZ 70-2015，高千伏胸片小阴影总体密集度 2/2（ILO 2022 版分类）。水俣病（甲基汞）与痛痛病（镉）为经典公害病；血铅 >400 μg/L 予依地酸钙钠驱铅。',
  ),
  // 144 Chinese: hyperkalaemia / jaundice nursing lines opening with surname-like characters (高, 常, 黄, 白, 金, 向)
  g(
    '高钾血症处理：\n葡萄糖酸钙 10% 10 mL 缓慢静推；\n胰岛素 10 U + 50% 葡萄糖 50 mL 静滴；\n常规 q2h 复查血钾。\n黄疸：TSB 342 μmol/L，予蓝光治疗。\n白细胞 18.6×10⁹/L，\n金黄色葡萄球菌（MRSA）血培养阳性，万古霉素谷浓度目标 15–20 mg/L。\n向家属解释病情并做好交接。',
  ),
  // 145 English: NSTEMI assessment (GRACE, TIMI, HEART, Wellens, de Winter, ESC 2023), SNOMED CT
  g(
    'Assessment: NSTEMI (ICD-10 I21.4; SNOMED CT 401314000). GRACE 152, TIMI 4, HEART score 7, Killip class I. Plan per the 2023 ESC ACS guidelines: aspirin 75 mg od, ticagrelor 90 mg bd (Brilinta), fondaparinux 2.5 mg sc od, atorvastatin 80 mg nocte. hs-troponin T 412 ng/L rising to 1,960 ng/L at 3 h. Echo: LVEF 45% with anterior hypokinesia. No Wellens pattern, no de Winter T waves.',
  ),
  // 146 English: fracture eponyms that are everyday words or common surnames (Smith, Barton, Jones, Chance, Baker, Morton), Pittsburgh rules
  g(
    'X-ray report:\nSmith’s fracture of the distal radius with a volar Barton component.\nJones fracture at the base of the fifth metatarsal.\nChance fracture of L1, healed, no kyphosis.\nPittsburgh knee rules negative.\nBaker’s cyst 3.2 cm on ultrasound; Morton’s neuroma in the third web space.\nPlan: volar locking plate; CAM boot for 6 weeks.',
  ),
  // 147 English: Parkinson's clinic letter, lines opening with Will / May / Mark / Frank / Grace; 100/25 and 14/24 read like dates
  g(
    'Will review in movement-disorder clinic in 4 months.\nParkinson’s disease, Hoehn and Yahr stage 2.5; MDS-UPDRS III 34.\nCo-careldopa (Sinemet) 100/25 mg tds, rasagiline 1 mg od.\nMay need apomorphine if off periods worsen.\nMark on the Epworth Sleepiness Scale: 14/24.\nFrank hallucinations absent; Lewy body features not present.\nGrace period before driving: none — inform the DVLA.',
  ),
  // 148 English: returning-traveller fever differential with place-named diseases (Lassa, Rift Valley, Kyasanur Forest, Ross River, Murray Valley, Hendra, Nipah, Oroya)
  g(
    'Differential for fever in the returning traveller: Lassa fever, Rift Valley fever, Crimean–Congo haemorrhagic fever, Kyasanur Forest disease, chikungunya, Ross River virus, Murray Valley encephalitis, Japanese encephalitis, Hendra and Nipah virus, Oroya fever (Bartonella bacilliformis), Legionnaires’ disease and Pontiac fever. Malaria films negative ×3; dengue NS1 negative. CRP 212 mg/L, platelets 64 × 10⁹/L. Empirical ceftriaxone 2 g IV od plus doxycycline 100 mg bd.',
  ),
  // 149 English: lymphoma regimen (MabThera, Ann Arbor, Reed–Sternberg, Burkitt), ICD-10 and ICD-11
  g(
    'Diffuse large B-cell lymphoma, Ann Arbor stage IIIB, IPI 3. R-CHOP-21 × 6: rituximab (MabThera) 375 mg/m², cyclophosphamide 750 mg/m², doxorubicin 50 mg/m², vincristine 1.4 mg/m² capped at 2 mg, prednisolone 100 mg days 1–5. No Reed–Sternberg cells; Burkitt morphology absent (Ki-67 70%). LDH 682 U/L, β2-microglobulin 4.1 mg/L. ICD-10 C83.3; ICD-11 2A81.Z.',
  ),
  // 150 English: primary aldosteronism work-up (Conn, Liddle, Gitelman, Bartter), Endocrine Society 2016
  g(
    'Aldosterone:renin ratio 1,120 pmol/L per ng/mL/h; saline infusion test aldosterone 412 pmol/L, consistent with Conn’s syndrome. Adrenal vein sampling per the Endocrine Society 2016 guideline. Spironolactone 50 mg od meanwhile. Differential: Liddle syndrome, Gitelman and Bartter syndromes, apparent mineralocorticoid excess from liquorice. K+ 2.9 mmol/L, HCO3− 31 mmol/L.',
  ),
  // 151 English: psychiatry review (Priadel, Clozaril, Ganser, Capgras, Stockholm syndrome), ICD-11
  g(
    'Mental state: euthymic, no psychotic phenomena. PHQ-9 6, GAD-7 4, AUDIT-C 9. Lithium carbonate (Priadel) 800 mg nocte, level 0.74 mmol/L 12 h post-dose; TSH 5.8 mIU/L, eGFR 71. Clozapine (Clozaril) 350 mg nocte, ANC 2.1 × 10⁹/L — green. Ganser syndrome and Capgras delusion considered and excluded; family’s mention of Stockholm syndrome not clinically applicable. ICD-11 6A60.1.',
  ),
  // 152 English: obstetrics (Bishop, Robson, McRoberts, Rubin, Zavanelli, Edinburgh scale, NICE NG201)
  g(
    'Booking bloods: Hb 118 g/L, ferritin 14 µg/L, rubella immune; HIV, HBsAg and syphilis negative. O RhD negative — anti-D 1500 IU at 28 weeks. Bishop score 4; Robson group 5. Shoulder dystocia managed with McRoberts manoeuvre and Rubin II; Zavanelli not required. Apgar 7 at 1 min and 9 at 5 min; cord arterial pH 7.21. Edinburgh Postnatal Depression Scale 12 at 6 weeks. NICE NG201 (2021).',
  ),
  // 153 English: GI motility and pancreatitis (Chicago v4.0, Lyon 2.0, Rome IV, Bristol, Atlanta 2012, Balthazar, Rockall)
  g(
    'Chicago Classification v4.0: type II achalasia, Eckardt score 8. Lyon Consensus 2.0: acid exposure time 7.4%. Rome IV criteria met for IBS-D; Bristol stool chart type 6–7. Boston Bowel Preparation Scale 7/9. Revised Atlanta classification (2012): moderately severe acute pancreatitis, Balthazar grade E. Upper GI bleed: Rockall score 5.',
  ),
  // 154 English: renal transplant biopsy (Banff 2019, Advagraf, CellCept, Alport, Goodpasture)
  g(
    'Banff 2019 category 4: acute T-cell–mediated rejection grade IB. Tacrolimus (Advagraf) trough 4.1 µg/L, target 6–8; mycophenolate mofetil (CellCept) 1 g bd; prednisolone 5 mg od. Creatinine 186 µmol/L, up from 122. BK viraemia 3.2 log copies/mL. Native disease Alport syndrome; anti-GBM (Goodpasture) antibodies negative. ICD-10 T86.1; KDIGO transplant guideline.',
  ),
  // 155 English: stroke and SAH grading (Wallenberg, Weber, Hunt and Hess, Fisher, Spetzler–Martin, Todd), SNOMED CT
  g(
    'NIHSS 11 on arrival, ASPECTS 8. Alteplase 0.9 mg/kg (maximum 90 mg), 10% as bolus; thrombectomy achieved TICI 2b. Pre-morbid mRS 1. Differential brainstem syndromes: Wallenberg, Weber, Millard–Gubler. Separate SAH history: Hunt and Hess III, modified Fisher 3, WFNS IV; AVM Spetzler–Martin grade 2. Todd’s paresis resolved within 24 h. SNOMED CT 230690007.',
  ),
  // 156 English: paediatrics (Denver II, Henoch–Schönlein, Perthes, Still, Reye, Gillick and Fraser as legal eponyms)
  g(
    'Denver II: caution in fine motor. Henoch–Schönlein purpura (IgA vasculitis) with normal urinalysis; Perthes disease and Still’s disease excluded. Weight 14.2 kg (50th centile, WHO growth standards): paracetamol 15 mg/kg = 210 mg 6-hourly, ibuprofen 10 mg/kg 8-hourly; avoid aspirin (Reye syndrome). Gillick competence and the Fraser guidelines discussed with the older sibling’s contraception query.',
  ),
  // 157 English: nursing care plan, lines opening with words that are also given names (Rose, Chase, Pat, Drew, Dawn, Will, Hope, Iris, Amber)
  g(
    'Rose to chair with assistance of two and a Zimmer frame.\nChase MSU and blood culture results.\nPat skin dry, apply Cavilon barrier cream.\nDrew up enoxaparin 40 mg for the evening dose.\nDawn observations: NEWS2 1.\nWill need Braden score reviewed (14).\nHope is discharge with a package of care.\nIris and pupils: PEARL.\nAmber flags for sepsis: none.',
  ),
  // 158 English: contraception counselling with pill brands named like women (Camila, Heather, Nikki, Jasmiel), 1/20 reads like a date
  g(
    'Contraception options discussed: Camila or Heather (norethindrone 0.35 mg POP), Nikki or Jasmiel (drospirenone 3 mg / ethinylestradiol 0.02 mg), Junel Fe 1/20, Nexplanon 68 mg implant, Mirena LNG-IUS 52 mg. US MEC 2024 category 2 for migraine without aura. BMI 31.4 kg/m², BP 128/82 mmHg.',
  ),
  // 159 English: sepsis laboratory panel (CKD-EPI 2021), SNOMED CT, ICD-10 and ICD-11
  g(
    'Results: Na 131 mmol/L, K 5.6 mmol/L, urea 14.2 mmol/L, creatinine 188 µmol/L, eGFR 29 mL/min/1.73 m² (CKD-EPI 2021), ALT 44 U/L, bilirubin 21 µmol/L, albumin 31 g/L, CRP 88 mg/L, procalcitonin 2.4 ng/mL, lactate 3.1 mmol/L, INR 1.4, APTT 38 s, D-dimer 2,450 ng/mL FEU, HbA1c 64 mmol/mol (8.0%), TSH 0.02 mU/L, free T4 38 pmol/L. SNOMED CT 91302008; ICD-10 A41.9; ICD-11 1G40.',
  ),
  // 160 English: surgical scores and eponymous signs (Alvarado, Manchester Triage, Lanz, Pfannenstiel, Murphy, Rovsing, McBurney, Richmond, Clavien–Dindo, Birmingham resurfacing)
  g(
    'Acute appendicitis: Alvarado score 8, AIR score 9, Adult Appendicitis Score 17; Manchester Triage System category orange. Rovsing’s sign and psoas sign positive, tenderness at McBurney’s point; Murphy’s sign negative. Laparoscopic appendicectomy (Lanz incision if converted; previous Pfannenstiel scar). Richmond Agitation–Sedation Scale −1 post-op, Bromage 0. Clavien–Dindo grade II. ASA III. Birmingham hip resurfacing in situ: cobalt 2.1 µg/L, chromium 1.8 µg/L.',
  ),
];
