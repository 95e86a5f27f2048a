import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Nineteenth gold set: outside held-out set 47, written blind by an outside evaluator who read neither the detectors,
 * the deidentifier, the detector data, the de-identification README, the dev-set specs nor any earlier gold set's items
 * (only v18's header comment and its first lines for the file format, the GoldSentence type, the PhiType list, the
 * scoring utility and v18's spec), and who neither ran the de-identifier on these items nor saw any score of them.
 * 150 items: 60 Chinese ones first (36 simplified: mainland provincial, city and county hospitals, township health
 * centres and village clinics in Zhejiang, Sichuan, Guangxi, Gansu, Heilongjiang, Yunnan, Guizhou, Henan, Shandong,
 * Hunan, Xinjiang, Tibet, Inner Mongolia, Fujian, Jiangxi, Anhui, Jilin, Liaoning, Hainan, Ningxia, Shanxi, Shaanxi,
 * Hubei, Jiangsu, Guangdong, Hebei, Chongqing, Shanghai, Beijing, Tianjin; then 24 traditional: 12 Taiwan, 8 Hong Kong,
 * 4 Macau), then 60 English ones (US 9, England 6, Scotland 3, Wales 2, Ireland 3, Canada 5 incl. anglophone Quebec
 * and Nunavut, Australia 4, New Zealand 3, India 4, Pakistan 3, Singapore 3, Malaysia 3, Ghana 2, Kenya 2, South
 * Africa 3, Philippines 3, Jamaica 2), then 30 identifier-free clinical items (15 Chinese, 15 English) dense with
 * eponyms (Parkinson, Graves, Cushing, Hashimoto, Addison, Crohn, Kawasaki, Bell, Horner, Ménière, Raynaud, Sjögren,
 * Wilson, Marfan, Loeys–Dietz, Ehlers–Danlos, Ramsay Hunt, Kounis, David procedure, Forrest), drugs and brands (some
 * Chinese brand names read like personal names: 安达唐, 欧唐静, 博路定), doses, lab values with units, ICD-10 / ICD-11
 * / SNOMED CT codes, guideline names with years and scores (Glasgow Coma Scale, Apgar, Child-Pugh, Wells, CURB-65,
 * Glasgow-Blatchford, HEART), and place-like eponyms (Lyme, Ebola, Marburg, Norwalk, Coxsackie, West Nile, Rocky
 * Mountain spotted fever, Ottawa rules, Canadian C-spine rule, San Francisco syncope rule, Boston criteria, Duke
 * criteria, Kyoto, Paris, Los Angeles, Prague, Montreal classifications, Seattle protocol, Baveno VII, Ghent nosology).
 * Genres: discharge summaries, ED triage and trauma notes, nursing handovers, referral and transfer letters, ward
 * WhatsApp / WeChat / LINE / Viber / Teams / Telegram chats, patient portal messages, insurance and claim forms, lab,
 * radiology and device-clinic reports, consent forms, pharmacy notes, e-mail headers and signatures, SMS reminders,
 * incident and audit reports, death certificates, home-visit notes, telehealth transcripts, scanned-form OCR text with
 * odd spacing and line breaks. 120 items carry 1030 identifiers; 112 of the 328 names have no trigger
 * word at all (counted strictly: no title, role or label word such as 患者 / 姓名： / Dr / Mr / Patient: / NOK:, no
 * kinship word such as 儿子 / 家属 / daughter, and no honorific or familiar prefix such as 老 / 小 / 阿 / Ah / Mama / Lola
 * next to the name): sentence- and line-opening names, names followed directly by a verb, names as objects, lists,
 * signatures, @mentions, names in brackets after another form of the same name, nicknames.
 * All identifiers are fictional; check digits (GB 11643 for 身份证, Luhn for cards / SIN / SA ID / NPI / OHIP, NHS
 * and CHI mod 11, Verhoeff for Aadhaar, NRIC / FIN, Taiwan and Hong Kong ID, Medicare, NHI, PPSN, VIN (US, Chinese and
 * European alike), DEA, BC PHN) are made valid; the Macau BIR, Ghana Card, Pakistani CNIC, Kenyan ID, MyKad,
 * PhilHealth PIN, SSS, TRN, NIS, RAMQ number and the travel permit only follow their format.
 * Annotation conventions are v18's (v17's, plus the choices v18 added):
 *  - names: the name only (no title / 先生 / 医生 / Dr); surname alone when only the surname is written;
 *    familiar forms (老张, 小刘, 钟大爷, 邱阿嬤) annotate the part that is a name.
 *  - dates: only the month/day part, unless it is the date of birth of someone aged > 89 (then the whole date; a bare
 *    birth year of such a person is annotated as the year).
 *  - ages: only the number, and only when > 89.
 *  - addresses: city level and below (province / state / county / country left out); postcodes annotated separately.
 *  - beds / wards / rooms: the number or code itself (not the word 床 / bed / bay / ward / rm).
 *  - phone (fax too): the number (an extension left out); messaging handles that are not phone numbers are `account`,
 *    as are bank accounts and system user names.
 *  - patient numbers (住院号, 病案号, 就诊卡号, 病歷號碼, NHS, UHID, IP no., hospital no., MRN, NZ NHI) are `mrn`;
 *    insurance numbers (医保, 健保, Medicare, OHIP, RAMQ, PhilHealth, NHIA, SHA, member / group / policy no.), staff
 *    numbers (工号), specimen / accession / examination numbers, prior-authorisation references and welfare numbers
 *    are `other-id`; national identity numbers (身份证, 身分證, 香港身份證, NRIC, Aadhaar, SA ID, Kenyan ID, Nigerian
 *    NIN) are `id-card`; US SSN and Canadian SIN are `social-security`; professional registrations (执业证书, 醫字,
 *    GMC, AHPRA, MCR, HPCSA, CPSO, NPI, DEA, PRC, KMPDC, MDCN, drug licences) and driving licences are `license`.
 *  - organisations: hospitals, schools, employers, care homes, insurers, pharmacies, clinics, laboratories named as
 *    such; a city + district prefix written before an institution is an `address` span for the prefix and an
 *    `organization` span for the institution; a trailing ", Inc." / "Inc." is left out of the span.
 *  - a messaging handle or @mention of a user name is annotated without its leading @ (an @mention of a person's name
 *    is a `name`); a vehicle identification number is `vehicle`, a licence plate `plate`, an implant / pump / monitor
 *    serial number `device`.
 *  - (v18) Irish PPSN, UK National Insurance number and Philippine SSS number are `social-security`; Indian ABHA number
 *    and Irish medical card number are `other-id`; a town after "from" or on its own in a signature is `address`.
 * Choices this set adds where v18's header is silent:
 *  - geography: mainland 县 / 县级市 / 区 and prefecture-level 地区 / 盟 / 自治州 are city level or below and are inside
 *    the address span (the province / autonomous region before them is left out); Taiwan's first-level 縣 is left out
 *    like a province (its 鄉 / 鎮 / 市 / 區 and below are in); Hong Kong / 香港 and Macau / 澳門 as a whole are left out
 *    like a country, their areas and districts (九龍, 新界, 旺角, 尖沙咀, 氹仔, Happy Valley) are in; "Singapore" before
 *    a postcode is left out, the postcode annotated; Jamaican parishes (St. Andrew, Manchester), Pakistani districts,
 *    Irish "Co." counties, Philippine provinces and US / Canadian / Australian state or province abbreviations are left
 *    out; tehsils, barangays, puroks, kampungs, villages, suburbs and named city districts (Kingston 6, Dublin 9) are in.
 *  - English and Malay addresses: one span from the flat / house number or house name to the town, commas inside it
 *    included, the postcode separate (also when it stands before the town: "47300 Petaling Jaya" is two spans); an
 *    address written over several lines is annotated line by line (a trailing comma left out); PO boxes, US rural
 *    "HC 61 Box 2187", a road without a house number (FM 1960, Outer Ring Road) and a Ghana Post GPS digital address
 *    are `address`.
 *  - organisations: the city + district prefix rule is applied to any prefix written with its administrative suffix
 *    (青岛市 + 市立医院, 周口市郸城县 + 人民医院), even when the institution part left is generic; a township or village
 *    named inside the institution's own name (勐马镇卫生院, 大寨村卫生室, 秀林鄉衛生所, BHU Chak 46/12-L, Asukese CHPS)
 *    stays in the organization span, as does a place name without an administrative suffix that is part of the
 *    institution's usual name (南京鼓楼医院, 高雄長庚, Royal Infirmary of Edinburgh, Cook County Health) and a campus
 *    written joined to it (盛京医院南湖院区); a town written after the institution and a comma is an `address` span;
 *    a bank branch is one organization span; "Ltd", "Co Ltd", "Pte Ltd" and "Sdn Bhd" are left out like "Inc." (a
 *    Chinese 股份有限公司 in a registered name stays in); regional health boards and authorities (NHS Lothian, Vancouver
 *    Coastal Health, CIUSSS West-Central Montreal, Betsi Cadwaladr University Health Board) and hospital abbreviations
 *    (QEH, QEUH, UHG, NUH, AKUH, RFDS, 兰大二院) are organisations; national bodies, schemes and apps (NHS, NHS 111
 *    Wales, Te Whatu Ora, IHS, Police Scotland, JCF, HA Go), guideline bodies and societies (NICE, ESC, AHA, ECCO,
 *    Endocrine Society) and manufacturers / brands (Medtronic, Roche, Epic, Ford, Vauxhall) are not annotated; names of
 *    people inside organisation or street names (新光吳火獅紀念醫院, Tan Tock Seng, Jose Reyes, 孫逸仙大馬路) are not
 *    names.
 *  - dates: the month/day part as written with its separators (03/06, 01.05, 3/8, 19-Mar, 1 4 / 0 6 in OCR text) in the
 *    order the country writes it; an ROC (民國) year is left out like a Western year, and is inside the span when the
 *    whole date of birth of someone > 89 is annotated; a date of birth embedded in an ID number (CHI, SA ID, MyKad,
 *    RAMQ) is not a separate date span; weekdays, times and years alone are not annotated.
 *  - ages > 89 written in Chinese numerals (九十一) are annotated as written.
 *  - names: an OCR-spaced name (谭 湘 玲, H a r j i t ...) is one span with its spaces; "Ah Keung" / "Ah Huat" annotate
 *    the given name and "Maame Efua" / "Mama Jeptoo" / "Lola Iska" the name after the honorific (as 邱阿嬤 → 邱);
 *    nicknames and aliases (Toby, Wazza, Peggy, Bigga, Junjun, Juliana Gimbang @ Julie) are names; "III", "a/l",
 *    "binte", "ap" inside a name are in its span, while "s/o" between two names separates two spans; a possessive 's
 *    is left out; an @mention of a person's name is a `name` without the @.
 *  - numbers: mainland 医保卡号 / 医保编号, Taiwan 健保卡號, BC PHN, OHIP (version code included), Australian Medicare,
 *    DVA file, Jamaican NHF card and TRN (a tax number), Ghana NHIS, Kenyan SHA, PM-JAY ID, prescription, incident,
 *    Datix, police, case, claim, certificate, bill and work-permit numbers and the ACC provider ID are `other-id`;
 *    Scottish CHI, folder / docket / clinic-card numbers and 门诊号 are `mrn`; the Jamaican NIS number is
 *    `social-security`; Ghana Card, CNIC, MyKad / IC, Singapore FIN and Macau BIR are `id-card`; 港澳居民来往内地通行证 is
 *    `passport`; mobile-money numbers (M-Pesa, MoMo) and pagers are `phone`; institutional phone numbers, e-mail
 *    addresses and URLs are annotated like private ones, and the international prefix and brackets are inside the phone
 *    span; an IFSC code and a workstation name are not annotated; a ward named after a saint (St Enda's) and ward codes
 *    (M8, 7B, 7D) are `bed`; a 24-hour blood-pressure monitor, wound-therapy unit or insulin pump serial is `device`.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}

export const DEID_GOLD_SET_V19: readonly GoldSentence[] = [
  // ---- Chinese, simplified (mainland: provincial, city and county hospitals, township health centres, village clinics) ----
  // 1 Zhejiang, county hospital discharge; name opens the text
  g(
    '诸葛明远，男，71岁，因“反复胸闷3年，加重2天”于2026年1月9日入浙江省衢州市龙游县人民医院心内科，住院号LY2601093。1月16日出院，带药：阿司匹林肠溶片 100 mg qd，阿托伐他汀 20 mg qn。家属诸葛晓燕（女儿）电话 139 5700 6218。',
    [
      ['name', '诸葛明远'],
      ['date', '1月9日'],
      ['address', '衢州市龙游县'],
      ['organization', '人民医院'],
      ['mrn', 'LY2601093'],
      ['date', '1月16日'],
      ['name', '诸葛晓燕'],
      ['phone', '139 5700 6218'],
    ],
  ),
  // 2 Sichuan, ED triage, pipe-separated
  g(
    '四川大学华西医院急诊分诊 2026-02-14 03:25 | 姓名：冉茂林 | 男 | 34岁 | 主诉：车祸致左下肢疼痛1小时 | 分级：Ⅱ级 | 120送入，肇事车辆川A·7H29K司机陪同 | 身份证 510104 19911023 357X',
    [
      ['organization', '四川大学华西医院'],
      ['date', '02-14'],
      ['name', '冉茂林'],
      ['plate', '川A·7H29K'],
      ['id-card', '510104 19911023 357X'],
    ],
  ),
  // 3 Guangxi, village clinic home call, Zhuang/Yao surnames
  g(
    '桂林市龙胜各族自治县和平乡大寨村卫生室出诊记录：覃桂英家中跌倒，右髋痛，不能站立。乡村医生韦德兵3月4日16时上门，建议转龙胜县人民医院拍片。联系人：儿子蓝永福 177 7731 4490。',
    [
      ['address', '桂林市龙胜各族自治县'],
      ['organization', '和平乡大寨村卫生室'],
      ['name', '覃桂英'],
      ['name', '韦德兵'],
      ['date', '3月4日'],
      ['address', '龙胜县'],
      ['organization', '人民医院'],
      ['name', '蓝永福'],
      ['phone', '177 7731 4490'],
    ],
  ),
  // 4 Gansu, WeChat ward group
  g('【兰大二院肝胆外科群】\n@达娃卓玛 12床今早T 38.6℃，血培养已送\n祁海燕：收到，我10点去看，谢谢达娃\n@马福祥 主任，14床家属要求谈话，电话 181 9315 7702', [
    ['organization', '兰大二院'],
    ['name', '达娃卓玛'],
    ['bed', '12'],
    ['name', '祁海燕'],
    ['name', '达娃', 1],
    ['name', '马福祥'],
    ['bed', '14'],
    ['phone', '181 9315 7702'],
  ]),
  // 5 Heilongjiang, discharge record, DOB of a 92-year-old
  g(
    '哈尔滨医科大学附属第一医院 出院记录\n患者：佟玉珍  性别：女  出生日期：1933年11月2日（92岁）\n住址：黑龙江省哈尔滨市南岗区学府路246号12栋3单元501室\n入院日期：2026年2月20日  出院日期：2026年3月3日\n出院诊断：社区获得性肺炎（J18.9）；阿尔茨海默病。佟丽华（女儿）陪同出院。',
    [
      ['organization', '哈尔滨医科大学附属第一医院'],
      ['name', '佟玉珍'],
      ['date', '1933年11月2日'],
      ['age', '92'],
      ['address', '哈尔滨市南岗区学府路246号12栋3单元501室'],
      ['date', '2月20日'],
      ['date', '3月3日'],
      ['name', '佟丽华'],
    ],
  ),
  // 6 Yunnan, referral slip from a township health centre
  g(
    '转诊单\n普洱市孟连县人民医院：\n兹有我院患者岩温（男，傣族，45岁，门诊号MZ0088417），疑似恶性疟（厚血膜见环状体），请予进一步诊治。联系电话：0879-8722 315。\n转出单位：孟连县勐马镇卫生院  经治医生：叶罕\n2026年4月7日',
    [
      ['address', '普洱市孟连县'],
      ['organization', '人民医院'],
      ['name', '岩温'],
      ['mrn', 'MZ0088417'],
      ['phone', '0879-8722 315'],
      ['address', '孟连县', 1],
      ['organization', '勐马镇卫生院'],
      ['name', '叶罕'],
      ['date', '4月7日'],
    ],
  ),
  // 7 Guizhou, night handover; names followed by verbs, familiar forms
  g(
    '夜班交班（遵义医科大学附属医院神经内科）：3床杨老太夜间躁动，已报告；7床龙光荣拒绝抽血，小吴已通知其女龙艳；12床卯升平术后第1天，引流 50 ml。交班人：石晓丽 接班人：@安琪',
    [
      ['organization', '遵义医科大学附属医院'],
      ['bed', '3'],
      ['name', '杨'],
      ['bed', '7'],
      ['name', '龙光荣'],
      ['name', '吴'],
      ['name', '龙艳'],
      ['bed', '12'],
      ['name', '卯升平'],
      ['name', '石晓丽'],
      ['name', '安琪'],
    ],
  ),
  // 8 Henan, reimbursement form with bank card
  g(
    '住院费用报销申请表\n参保人姓名：郜卫东  身份证号：410105196705142836  医保卡号：410100D1568942\n就诊医院：郑州大学第一附属医院  入院 2026.01.05  出院 2026.01.19\n收款银行卡号：6222 0217 0301 2345 672 开户行：中国工商银行郑州花园路支行\n申请日期：2026年1月26日',
    [
      ['name', '郜卫东'],
      ['id-card', '410105196705142836'],
      ['other-id', '410100D1568942'],
      ['organization', '郑州大学第一附属医院'],
      ['date', '01.05'],
      ['date', '01.19'],
      ['bank-card', '6222 0217 0301 2345 672'],
      ['organization', '中国工商银行郑州花园路支行'],
      ['date', '1月26日'],
    ],
  ),
  // 9 Shandong, lab report with rare surnames 仉 逄 亓
  g(
    '青岛市市立医院检验科 检验报告单\n姓名：仉文博 性别：男 年龄：58岁 病案号：0019283746 标本号：S260211-0387\n糖化血红蛋白 HbA1c 8.4%（4.0–6.0）；空腹血糖 9.2 mmol/L；尿微量白蛋白/肌酐 64 mg/g\n送检医生：逄立群 检验者：亓娜 审核者工号：5036\n报告时间：2026-02-11 10:42',
    [
      ['address', '青岛市'],
      ['organization', '市立医院'],
      ['name', '仉文博'],
      ['mrn', '0019283746'],
      ['other-id', 'S260211-0387'],
      ['name', '逄立群'],
      ['name', '亓娜'],
      ['other-id', '5036'],
      ['date', '02-11'],
    ],
  ),
  // 10 Hunan, consent form with OCR-spaced name
  g(
    '手术知情同意书\n患者 谭 湘 玲，拟于2026年3月12日在中南大学湘雅医院行腹腔镜胆囊切除术（LC），可能中转开腹。\n我已详细了解上述风险，同意手术。\n患者签名：谭湘玲  委托代理人：向国华（丈夫） 身份证：430104198206173415\n谈话医生：廖志成 工号 H07315',
    [
      ['name', '谭 湘 玲'],
      ['date', '3月12日'],
      ['organization', '中南大学湘雅医院'],
      ['name', '谭湘玲'],
      ['name', '向国华'],
      ['id-card', '430104198206173415'],
      ['name', '廖志成'],
      ['other-id', 'H07315'],
    ],
  ),
  // 11 Xinjiang, paediatric clinic note, Uyghur names, prefecture address
  g(
    '新疆医科大学第一附属医院 儿科门诊病历\n患儿：阿依努尔·买买提，女，3岁；家长：买买提·吐尔逊 电话 133 9956 0412\n现住址：新疆维吾尔自治区喀什地区疏附县托克扎克镇阿克塔什村3组27号\n主诉：发热伴皮疹4天，唇红皲裂，考虑川崎病可能，查心脏彩超。',
    [
      ['organization', '新疆医科大学第一附属医院'],
      ['name', '阿依努尔·买买提'],
      ['name', '买买提·吐尔逊'],
      ['phone', '133 9956 0412'],
      ['address', '喀什地区疏附县托克扎克镇阿克塔什村3组27号'],
    ],
  ),
  // 12 Tibet, SMS reminder
  g('【西藏自治区人民医院】尊敬的次仁央宗您好，您预约的3月20日上午内分泌科门诊（刘斌坐诊）请携带身份证及医保卡按时就诊。退订回T。咨询 0891-6371 288', [
    ['organization', '西藏自治区人民医院'],
    ['name', '次仁央宗'],
    ['date', '3月20日'],
    ['name', '刘斌'],
    ['phone', '0891-6371 288'],
  ]),
  // 13 Inner Mongolia, family-doctor follow-up, Mongolian names
  g(
    '家庭医生签约随访记录：巴特尔昨日自测血压 168/96 mmHg，诉头晕，硝苯地平控释片 30 mg qd 未规律服用。已佩戴24小时动态血压监测仪（设备编号 ABPM-0931-2207）。其妻乌云其其格在家照护。住址：锡林郭勒盟锡林浩特市宝力根街道额尔敦路19号。随访人：包志刚 2026年2月27日',
    [
      ['name', '巴特尔'],
      ['device', 'ABPM-0931-2207'],
      ['name', '乌云其其格'],
      ['address', '锡林郭勒盟锡林浩特市宝力根街道额尔敦路19号'],
      ['name', '包志刚'],
      ['date', '2月27日'],
    ],
  ),
  // 14 Fujian, pharmacist review, mixed-script name
  g(
    '药师审方记录（厦门大学附属第一医院门诊药房）\n处方号 RX2603150021，患者 佘Lily（佘丽丽），华法林 3 mg qd 与氟康唑合用，INR 3.8，已电话联系开方医生黄江河调整。患者手机 186-5921-0347。药师：卓雅琴',
    [
      ['organization', '厦门大学附属第一医院'],
      ['other-id', 'RX2603150021'],
      ['name', '佘Lily'],
      ['name', '佘丽丽'],
      ['name', '黄江河'],
      ['phone', '186-5921-0347'],
      ['name', '卓雅琴'],
    ],
  ),
  // 15 Jiangxi, adverse-event report; name after bed and before verb
  g(
    '不良事件报告（编号 AE-2026-0117）\n3月9日 14:20，南昌大学第二附属医院骨科21床涂金根如厕时跌倒，右腕肿痛。当班护士付晓红发现后报告值班医生敖振宇。X线：右桡骨远端骨折（Colles骨折）。Morse评分 55。',
    [
      ['other-id', 'AE-2026-0117'],
      ['date', '3月9日'],
      ['organization', '南昌大学第二附属医院'],
      ['bed', '21'],
      ['name', '涂金根'],
      ['name', '付晓红'],
      ['name', '敖振宇'],
    ],
  ),
  // 16 Anhui, county-to-province transfer with plate
  g(
    '安徽省六安市金寨县人民医院 转院记录\n患者汪德胜，男，63岁，身份证号码 342423 19621108 6152，家住六安市金寨县梅山镇红石村王家湾组12号。因急性下壁ST段抬高型心肌梗死（Killip Ⅱ级）转安徽省立医院行急诊PCI。护送：医生韩冰，护士操静；转运车辆 皖N·A2961。',
    [
      ['address', '六安市金寨县'],
      ['organization', '人民医院'],
      ['name', '汪德胜'],
      ['id-card', '342423 19621108 6152'],
      ['address', '六安市金寨县梅山镇红石村王家湾组12号'],
      ['organization', '安徽省立医院'],
      ['name', '韩冰'],
      ['name', '操静'],
      ['plate', '皖N·A2961'],
    ],
  ),
  // 17 Jilin, consultation note, Korean-Chinese names
  g(
    '延边大学附属医院 会诊单\n请会诊科室：肾内科  患者：崔光哲 男 76岁 住院号 YB-0320178\n会诊目的：肌酐升高（Scr 286 μmol/L，eGFR 19 mL/min/1.73m²）\n金美兰 2026-03-21 申请\n会诊意见：考虑ANCA相关血管炎可能，查MPO/PR3-ANCA。会诊医生：朴成浩',
    [
      ['organization', '延边大学附属医院'],
      ['name', '崔光哲'],
      ['mrn', 'YB-0320178'],
      ['name', '金美兰'],
      ['date', '03-21'],
      ['name', '朴成浩'],
    ],
  ),
  // 18 Liaoning, WeChat with family; familiar forms, 于 as surname
  g(
    '[微信] 王姐：大夫，俺家老爷子于长海今儿早上又吐了，能去医院看不？\n[微信] 苏大夫：带他来急诊找我就行，我在中国医科大学附属盛京医院南湖院区，微信号 su_doc_1987 别外传。',
    [
      ['name', '王'],
      ['name', '于长海'],
      ['name', '苏'],
      ['organization', '中国医科大学附属盛京医院南湖院区'],
      ['account', 'su_doc_1987'],
    ],
  ),
  // 19 Hainan, refund request with bank card
  g(
    '【海南省人民医院】住院预交金退款申请：申请人符海燕（患者符大姐之女），收款卡号 6217 8520 0001 2336 528，开户行 中国银行海口龙华支行，联系电话 0898-6622 5510，家庭住址 海口市龙华区金贸西路8号椰岛花园B座1602房。',
    [
      ['organization', '海南省人民医院'],
      ['name', '符海燕'],
      ['name', '符', 1],
      ['bank-card', '6217 8520 0001 2336 528'],
      ['organization', '中国银行海口龙华支行'],
      ['phone', '0898-6622 5510'],
      ['address', '海口市龙华区金贸西路8号椰岛花园B座1602房'],
    ],
  ),
  // 20 Ningxia, death certificate of a 95-year-old
  g(
    '居民死亡医学证明（推断）书\n死者姓名：马哈三 民族：回族 性别：男 出生日期：1930年6月15日 年龄：95岁\n常住地址：宁夏回族自治区吴忠市同心县豫海镇清真大寺巷4号\n死亡日期：2026年1月28日 死亡地点：家中\n直接死因：慢性阻塞性肺疾病急性加重（J44.1）\n医师签名：海 燕 单位：同心县人民医院',
    [
      ['name', '马哈三'],
      ['date', '1930年6月15日'],
      ['age', '95'],
      ['address', '吴忠市同心县豫海镇清真大寺巷4号'],
      ['date', '1月28日'],
      ['name', '海 燕'],
      ['address', '同心县', 1],
      ['organization', '人民医院'],
    ],
  ),
  // 21 Shanxi, patient portal message; 高明 is also a word
  g(
    '医生您好，我是高明，上周五在山西白求恩医院做的胃镜（检查号 WJ20260306-114），病理结果出来了吗？我妈郝秀英也想挂您的号。邮箱 gaoming_ty@163.com，QQ 2847713905',
    [
      ['name', '高明'],
      ['organization', '山西白求恩医院'],
      ['other-id', 'WJ20260306-114'],
      ['name', '郝秀英'],
      ['email', 'gaoming_ty@163.com'],
      ['account', '2847713905'],
    ],
  ),
  // 22 Shaanxi, CT report, compound surnames 呼延 南宫
  g(
    '西安交通大学第一附属医院 影像科 CT报告\n检查号：CT2603170456  姓名：雷小军  住院号：0512734\n检查日期：2026-03-17\n所见：右肺上叶尖段见约 18 mm×15 mm 磨玻璃结节，边界清。\n印象：考虑MIA可能，Lung-RADS 4A，建议3个月复查。\n报告医师：呼延晓东  审核医师：南宫丽',
    [
      ['organization', '西安交通大学第一附属医院'],
      ['other-id', 'CT2603170456'],
      ['name', '雷小军'],
      ['mrn', '0512734'],
      ['date', '03-17'],
      ['name', '呼延晓东'],
      ['name', '南宫丽'],
    ],
  ),
  // 23 Hubei, CCU nursing note with implant serial
  g(
    '华中科技大学同济医学院附属协和医院 CCU 护理记录 3月11日 02:00：患者皇甫建平植入式心律转复除颤器（ICD）报警，程控仪读取序列号 PJN602318S，提示室速，已放电1次，胺碘酮 150 mg 静推。已通知闻人静到场。',
    [
      ['organization', '华中科技大学同济医学院附属协和医院'],
      ['date', '3月11日'],
      ['name', '皇甫建平'],
      ['device', 'PJN602318S'],
      ['name', '闻人静'],
    ],
  ),
  // 24 Jiangsu, e-mail header and signature
  g(
    '发件人：东方 慧 <dongfanghui@jsph.org.cn>\n收件人：医务处 yiwuchu@jsph.org.cn\n主题：关于患者端木启明（住院号 2026011837）投诉的说明\n时间：2026年3月5日 9:14\n\n东方慧\n江苏省人民医院 医务处\n电话：025-6830 6112  手机：150 0517 8826',
    [
      ['name', '东方 慧'],
      ['email', 'dongfanghui@jsph.org.cn'],
      ['email', 'yiwuchu@jsph.org.cn'],
      ['name', '端木启明'],
      ['mrn', '2026011837'],
      ['date', '3月5日'],
      ['name', '东方慧'],
      ['organization', '江苏省人民医院'],
      ['phone', '025-6830 6112'],
      ['phone', '150 0517 8826'],
    ],
  ),
  // 25 Guangdong, village health station log, rare surnames 禤 邝 冼
  g(
    '揭阳市揭西县京溪园镇粗坑村卫生站 门诊日志 3/8：禤亚妹 腹泻3天，口服补液盐；邝伯（邝耀祖）血压 150/90，氨氯地平 5 mg。下次巡诊 3/22。村医：冼志坚 138 2663 1940',
    [
      ['address', '揭阳市揭西县'],
      ['organization', '京溪园镇粗坑村卫生站'],
      ['date', '3/8'],
      ['name', '禤亚妹'],
      ['name', '邝'],
      ['name', '邝耀祖'],
      ['date', '3/22'],
      ['name', '冼志坚'],
      ['phone', '138 2663 1940'],
    ],
  ),
  // 26 Hebei, cross-region medical insurance filing
  g(
    '城乡居民医保异地就医备案表\n参保人：尉迟桂兰  证件号码：130609195408122020  医保编号：13060000012488735\n户籍地址：保定市徐水区大因镇西张丰村258号\n就医地：北京市  联系人：尉迟红梅（女儿）187 3128 5506\n备案日期：2026年2月9日',
    [
      ['name', '尉迟桂兰'],
      ['id-card', '130609195408122020'],
      ['other-id', '13060000012488735'],
      ['address', '保定市徐水区大因镇西张丰村258号'],
      ['address', '北京市'],
      ['name', '尉迟红梅'],
      ['phone', '187 3128 5506'],
      ['date', '2月9日'],
    ],
  ),
  // 27 Chongqing, video-consultation transcript; age in Chinese numerals
  g(
    '互联网医院视频问诊记录（重庆医科大学附属第二医院）\n医生：你好，请问是陶德明本人吗？\n患者：是我，帮我妈代问，她叫牟素芬，今年九十一岁，住涪陵区江东街道群沱子路6号，最近脚肿得厉害。\n医生：好的，先报一下就诊卡号。\n患者：5100 2231 8804。\n冉医生：她的呋塞米每天吃几片？',
    [
      ['organization', '重庆医科大学附属第二医院'],
      ['name', '陶德明'],
      ['name', '牟素芬'],
      ['age', '九十一'],
      ['address', '涪陵区江东街道群沱子路6号'],
      ['mrn', '5100 2231 8804'],
      ['name', '冉'],
    ],
  ),
  // 28 Shanghai, referral for a foreign patient
  g(
    '上海市第六人民医院国际医疗部 转诊信\n致：复旦大学附属中山医院心内科 戚文航主任\n患者 Müller Hans（德籍，护照号 CF8XT2M41），男，68岁，阵发性房颤，CHA₂DS₂-VASc 3分，拟行导管消融。\n联系人：其妻 Anna Müller，+49 151 2345 6789；上海住址：浦东新区碧云路88弄碧云国际社区17号\n转诊医生：阎晓峰 2026/03/06',
    [
      ['address', '上海市'],
      ['organization', '第六人民医院'],
      ['organization', '复旦大学附属中山医院'],
      ['name', '戚文航'],
      ['name', 'Müller Hans'],
      ['passport', 'CF8XT2M41'],
      ['name', 'Anna Müller'],
      ['phone', '+49 151 2345 6789'],
      ['address', '浦东新区碧云路88弄碧云国际社区17号'],
      ['name', '阎晓峰'],
      ['date', '03/06'],
    ],
  ),
  // 29 Beijing, HIS audit log with IP and user name
  g(
    '[HIS审计] 2026-01-30 23:47:12 用户 zhaoyl03（赵永利，工号 10472）自 IP 10.18.204.77 调阅首都医科大学附属北京天坛医院患者宇文思琪病案首页（病案号 T0938215），未见医疗关联，转信息科核查。',
    [
      ['date', '01-30'],
      ['account', 'zhaoyl03'],
      ['name', '赵永利'],
      ['other-id', '10472'],
      ['ip', '10.18.204.77'],
      ['organization', '首都医科大学附属北京天坛医院'],
      ['name', '宇文思琪'],
      ['mrn', 'T0938215'],
    ],
  ),
  // 30 Tianjin, neuro-ICU group chat; names that are also words (何平 白雪 万里)
  g(
    '#天津医科大学总医院 神外监护群\n何平：23床 白雪 GCS 从13降到9，瞳孔左4右2.5，已复查CT。\n万里：收到，我通知杜主任。\n杜：马上到。家属白永福在走廊，情绪激动，请保安协助。',
    [
      ['organization', '天津医科大学总医院'],
      ['name', '何平'],
      ['bed', '23'],
      ['name', '白雪'],
      ['name', '万里'],
      ['name', '杜'],
      ['name', '杜', 1],
      ['name', '白永福'],
    ],
  ),
  // 31 Fujian (She people), home-bed ward round
  g(
    '家庭病床查房记录（2月3日）：钟大伯因股骨颈骨折卧床，骶尾部压力性损伤Ⅱ期，家住宁德市屏南县甘棠乡漈下村后门坪18号，钟永春（儿子）照护。指尖血糖 11.2 mmol/L。责任护士：蓝秀梅，手机 159 5932 0718',
    [
      ['date', '2月3日'],
      ['name', '钟'],
      ['address', '宁德市屏南县甘棠乡漈下村后门坪18号'],
      ['name', '钟永春'],
      ['name', '蓝秀梅'],
      ['phone', '159 5932 0718'],
    ],
  ),
  // 32 Guangdong (Shenzhen), commercial insurance claim
  g(
    '中国平安人寿保险股份有限公司 理赔申请书\n被保险人：慕容晓彤  保单号：P440300260018827\n证件类型：港澳居民来往内地通行证  证件号码：H10293847\n出险日期：2026年2月16日  就诊医院：香港大学深圳医院\n受益人开户行：招商银行深圳科技园支行 账号 7559 2846 1130 201  联系电话：(0755) 8632 1907',
    [
      ['organization', '中国平安人寿保险股份有限公司'],
      ['name', '慕容晓彤'],
      ['other-id', 'P440300260018827'],
      ['passport', 'H10293847'],
      ['date', '2月16日'],
      ['organization', '香港大学深圳医院'],
      ['organization', '招商银行深圳科技园支行'],
      ['account', '7559 2846 1130 201'],
      ['phone', '(0755) 8632 1907'],
    ],
  ),
  // 33 Zhejiang (Hangzhou), 120 dispatch record with plates and VIN
  g(
    '120出车记录：3月15日 21:06 接报，杭州市西湖区文三路与学院路交叉口两车相撞。上官一鸣驾驶新能源车 浙AF73082，对方车辆 浙A·5Q8L2（车架号 LSVAU218XN2183344）。送浙江大学医学院附属第二医院，FAST阴性。随车医生：郦建设',
    [
      ['date', '3月15日'],
      ['address', '杭州市西湖区文三路与学院路交叉口'],
      ['name', '上官一鸣'],
      ['plate', '浙AF73082'],
      ['plate', '浙A·5Q8L2'],
      ['vehicle', 'LSVAU218XN2183344'],
      ['organization', '浙江大学医学院附属第二医院'],
      ['name', '郦建设'],
    ],
  ),
  // 34 Henan, county hospital admission; bare birth year of a person over 89
  g('周口市郸城县人民医院 入院记录：娄老太（娄秀荣），1934年生，咳嗽咳痰10天，气促2天，SpO₂ 88%。家属：孙子娄建业，手机号 1393 866 2704。', [
    ['address', '周口市郸城县'],
    ['organization', '人民医院'],
    ['name', '娄'],
    ['name', '娄秀荣'],
    ['date', '1934'],
    ['name', '娄建业'],
    ['phone', '1393 866 2704'],
  ]),
  // 35 Sichuan (Liangshan), TB follow-up at a village clinic, Yi names
  g(
    '昭觉县解放沟镇三河村卫生室 结核病随访：吉克曲布3月10日复诊，痰涂片阴性，继续HRZE强化期。督导员沙马阿呷每天视频督导服药，微信 shama_aga88。下次随访 2026年4月10日。',
    [
      ['address', '昭觉县'],
      ['organization', '解放沟镇三河村卫生室'],
      ['name', '吉克曲布'],
      ['date', '3月10日'],
      ['name', '沙马阿呷'],
      ['account', 'shama_aga88'],
      ['date', '4月10日'],
    ],
  ),
  // 36 Jiangsu (Nanjing), health-check SMS with URL
  g(
    '【体检报告已出】亲爱的 姜 妍（体检号 TJ26031800214），您3月18日在南京鼓楼医院健康管理中心的体检报告已生成，请登录 https://tj.njglyy.example.cn/r/8Fk2Qz 查看，查询密码为身份证后六位。',
    [
      ['name', '姜 妍'],
      ['other-id', 'TJ26031800214'],
      ['date', '3月18日'],
      ['organization', '南京鼓楼医院'],
      ['url', 'https://tj.njglyy.example.cn/r/8Fk2Qz'],
    ],
  ),
  // ---- Chinese, traditional (Taiwan, then Hong Kong, then Macau) ----
  // Taiwan 1: discharge summary, ROC dates, compound surnames 張簡 范姜
  g(
    '國立臺灣大學醫學院附設醫院 出院病歷摘要\n病人姓名：張簡淑芬  病歷號碼：7738215  身分證字號：F228410575\n入院日期：115年2月10日  出院日期：115年2月24日\n出院診斷：第2型糖尿病合併酮酸中毒（E11.10）\n主治醫師：范姜國良（醫字第041827號）',
    [
      ['organization', '國立臺灣大學醫學院附設醫院'],
      ['name', '張簡淑芬'],
      ['mrn', '7738215'],
      ['id-card', 'F228410575'],
      ['date', '2月10日'],
      ['date', '2月24日'],
      ['name', '范姜國良'],
      ['license', '041827'],
    ],
  ),
  // Taiwan 2: LINE nursing-station group
  g(
    '[LINE] 高雄長庚 7B護理站\n怡君：@陳冠宇 學長，15床黃阿嬤今天血壓偏低 88/50\n陳冠宇：收到，我先看，幫我call值班賴醫師\n怡君：好～ 家屬是她孫子黃柏翰 0935-218-664',
    [
      ['organization', '高雄長庚'],
      ['name', '怡君'],
      ['name', '陳冠宇'],
      ['bed', '15'],
      ['name', '黃'],
      ['name', '陳冠宇', 1],
      ['name', '賴'],
      ['name', '怡君', 1],
      ['name', '黃柏翰'],
      ['phone', '0935-218-664'],
    ],
  ),
  // Taiwan 3: township health station referral, indigenous name
  g(
    "花蓮縣秀林鄉衛生所 轉診單\n個案：Walis Nokan（漢名：林志明），男，52歲，健保卡號 0003 4172 9856\n住址：花蓮縣秀林鄉富世村3鄰23號\n轉診至：佛教慈濟醫療財團法人花蓮慈濟醫院 神經內科\n轉診原因：疑似帕金森氏症（Parkinson's disease），靜止型顫抖\n轉診醫師：田 秀 英 115/03/04",
    [
      ['organization', '秀林鄉衛生所'],
      ['name', 'Walis Nokan'],
      ['name', '林志明'],
      ['other-id', '0003 4172 9856'],
      ['address', '秀林鄉富世村3鄰23號'],
      ['organization', '佛教慈濟醫療財團法人花蓮慈濟醫院'],
      ['name', '田 秀 英'],
      ['date', '03/04'],
    ],
  ),
  // Taiwan 4: community pharmacy dispensing record
  g(
    '全民健康保險特約藥局 調劑紀錄\n藥局：仁心藥局（臺中市西屯區文心路三段241號）\n姓名：簡明輝  出生日期：53年7月21日  身分證：B120394863\n處方醫院：中山醫學大學附設醫院  醫師：邱彥廷\n藥品：Eliquis 5 mg bid × 28天  藥師：巫佩蓉  調劑日期：115.03.07',
    [
      ['organization', '仁心藥局'],
      ['address', '臺中市西屯區文心路三段241號'],
      ['name', '簡明輝'],
      ['date', '7月21日'],
      ['id-card', 'B120394863'],
      ['organization', '中山醫學大學附設醫院'],
      ['name', '邱彥廷'],
      ['name', '巫佩蓉'],
      ['date', '03.07'],
    ],
  ),
  // Taiwan 5: e-mail from a family member, LINE ID, signature with given name only
  g(
    '寄件者：歐陽志豪 <zhowyang.tw@gmail.com>\n主旨：詢問家母切片報告\n林醫師您好，家母歐陽陳月娥（病歷號 A2093381）上週三在臺北榮民總醫院做了乳房粗針切片，不知道結果出來了嗎？我的手機是 0921 337 480，LINE ID：ouyang_zh。謝謝！\n志豪 敬上',
    [
      ['name', '歐陽志豪'],
      ['email', 'zhowyang.tw@gmail.com'],
      ['name', '林'],
      ['name', '歐陽陳月娥'],
      ['mrn', 'A2093381'],
      ['organization', '臺北榮民總醫院'],
      ['phone', '0921 337 480'],
      ['account', 'ouyang_zh'],
      ['name', '志豪', 1],
    ],
  ),
  // Taiwan 6: scanned certificate, OCR spacing, DOB of a 92-year-old
  g(
    '診 斷 證 明 書\n姓  名 ： 蔡 依 蓉     性別：女     年齡：92\n出生日期：民國 22 年 05 月 11 日\n身分證統一編號：N220134583    病歷號：00 8812 447\n診斷：右側股骨轉子間骨折\n醫囑：病人於 115 年 03 月 02 日 入院接受 PFNA 內固定手術。\n醫師：羅 文 彬    醫院：彰 化 基 督 教 醫 院',
    [
      ['name', '蔡 依 蓉'],
      ['age', '92'],
      ['date', '民國 22 年 05 月 11 日'],
      ['id-card', 'N220134583'],
      ['mrn', '00 8812 447'],
      ['date', '03 月 02 日'],
      ['name', '羅 文 彬'],
      ['organization', '彰 化 基 督 教 醫 院'],
    ],
  ),
  // Taiwan 7: 119 ambulance record, lane/alley address, scooter plate
  g(
    '119救護紀錄表  案件編號 1150309-0417\n地點：新北市板橋區文化路二段182巷35弄7號3樓之2\n患者：男性，約40歲，騎機車（車號 MKC-2317）自摔，GCS E4V5M6，右鎖骨變形。\n送往：亞東紀念醫院\n救護員：蘇建宏、曾郁婷',
    [
      ['other-id', '1150309-0417'],
      ['address', '新北市板橋區文化路二段182巷35弄7號3樓之2'],
      ['plate', 'MKC-2317'],
      ['organization', '亞東紀念醫院'],
      ['name', '蘇建宏'],
      ['name', '曾郁婷'],
    ],
  ),
  // Taiwan 8: anaesthesia consent
  g(
    '麻醉同意書：立同意書人游淑惠（病人游阿公之女，身分證 B220487132，電話 04-2359-0121）同意於115年3月19日由麻醉科醫師紀宗翰實施全身麻醉。ASA Ⅲ。見證人：葉怡伶。童綜合醫院',
    [
      ['name', '游淑惠'],
      ['name', '游', 1],
      ['id-card', 'B220487132'],
      ['phone', '04-2359-0121'],
      ['date', '3月19日'],
      ['name', '紀宗翰'],
      ['name', '葉怡伶'],
      ['organization', '童綜合醫院'],
    ],
  ),
  // Taiwan 9: long-term-care home visit, 96-year-old, foreign caregiver
  g(
    '長照居家訪視紀錄 3/12 14:00\n個案吳罔市阿嬤（96歲）由印尼籍看護 Siti Aminah 照顧，住臺南市北區公園路321巷9號。阿嬤近日食慾差，BMI 17.2，MNA-SF 7分。看護手機 0978-456-123。曹雅琪訪視後已通報個管師。',
    [
      ['date', '3/12'],
      ['name', '吳罔市'],
      ['age', '96'],
      ['name', 'Siti Aminah'],
      ['address', '臺南市北區公園路321巷9號'],
      ['phone', '0978-456-123'],
      ['name', '曹雅琪'],
    ],
  ),
  // Taiwan 10: lab report
  g(
    '臺北醫學大學附設醫院 檢驗醫學部\n檢體編號：L115031400286  姓名：温秋月  病歷號：0043378120\nTSH 0.02 μIU/mL ↓、Free T4 3.1 ng/dL ↑、TRAb 8.7 IU/L（疑 Graves 病）\n儀器：Roche cobas e801\n報告日期 2026/03/14  確認者：醫檢師 卓冠廷',
    [
      ['organization', '臺北醫學大學附設醫院'],
      ['other-id', 'L115031400286'],
      ['name', '温秋月'],
      ['mrn', '0043378120'],
      ['date', '03/14'],
      ['name', '卓冠廷'],
    ],
  ),
  // Taiwan 11: e-mail signature
  g(
    '--\n許雅婷 MD, PhD\n主治醫師｜小兒科\n馬偕紀念醫院淡水院區\n25160 新北市淡水區民生路45號\nTel: (02) 2809-4661 ext. 2315\nhttps://www.mmh.example.org.tw/pedi/hsu',
    [
      ['name', '許雅婷'],
      ['organization', '馬偕紀念醫院淡水院區'],
      ['address', '25160'],
      ['address', '新北市淡水區民生路45號'],
      ['phone', '(02) 2809-4661'],
      ['url', 'https://www.mmh.example.org.tw/pedi/hsu'],
    ],
  ),
  // Taiwan 12: life-insurance claim with bank account
  g(
    '國泰人壽 理賠申請書\n被保險人：謝宛臻  保單號碼：N2026-0038812  身分證：A226553045\n出險日：115年1月23日  醫療院所：新光吳火獅紀念醫院\n匯款帳戶：台北富邦銀行天母分行 帳號 4521-0388-6612-07',
    [
      ['organization', '國泰人壽'],
      ['name', '謝宛臻'],
      ['other-id', 'N2026-0038812'],
      ['id-card', 'A226553045'],
      ['date', '1月23日'],
      ['organization', '新光吳火獅紀念醫院'],
      ['organization', '台北富邦銀行天母分行'],
      ['account', '4521-0388-6612-07'],
    ],
  ),
  // Hong Kong 1: HA discharge summary, romanised name
  g(
    '瑪麗醫院 出院摘要 Discharge Summary\n病人：區嘉欣（AU, Ka-yan） HKID：Y583021(2)  病歷號 HN26004417\n入院：02/03/2026  出院：09/03/2026\n診斷：系統性紅斑狼瘡併狼瘡性腎炎（ISN/RPS IV級）\n主診醫生：司徒永基醫生',
    [
      ['organization', '瑪麗醫院'],
      ['name', '區嘉欣'],
      ['name', 'AU, Ka-yan'],
      ['id-card', 'Y583021(2)'],
      ['mrn', 'HN26004417'],
      ['date', '02/03'],
      ['date', '09/03'],
      ['name', '司徒永基'],
    ],
  ),
  // Hong Kong 2: WhatsApp ward group, Cantonese code-mixing, nickname
  g(
    '[WhatsApp] QEH M8 ward group\nAh Keung: bed 22 陳伯又甩咗NG tube，family話聽日先嚟\nWinnie Tse: ok 我同 Dr Lam 講，佢今晚 on call\nAh Keung: 佢個仔 Kelvin 電話係 6123 8874',
    [
      ['organization', 'QEH'],
      ['bed', 'M8'],
      ['name', 'Keung'],
      ['bed', '22'],
      ['name', '陳'],
      ['name', 'Winnie Tse'],
      ['name', 'Lam'],
      ['name', 'Keung', 1],
      ['name', 'Kelvin'],
      ['phone', '6123 8874'],
    ],
  ),
  // Hong Kong 3: private clinic referral letter, Kowloon address
  g(
    "李氏診所 Lee's Clinic\n九龍旺角彌敦道688號旺角中心一期12樓1203室  電話：2388 1726\n致：伊利沙伯醫院眼科\n敬啟者：茲轉介病人羅 淑 儀女士（HKID K302558(6)，78歲），今早左眼突發無痛性視力模糊，疑視網膜中央動脈阻塞，請即診治。\n李 卓 賢 醫生 MBBS(HK)  醫委會註冊編號 M12345",
    [
      ['organization', '李氏診所'],
      ['organization', "Lee's Clinic"],
      ['address', '九龍旺角彌敦道688號旺角中心一期12樓1203室'],
      ['phone', '2388 1726'],
      ['organization', '伊利沙伯醫院'],
      ['name', '羅 淑 儀'],
      ['id-card', 'K302558(6)'],
      ['name', '李 卓 賢'],
      ['license', 'M12345'],
    ],
  ),
  // Hong Kong 4: appointment SMS, name in two scripts
  g(
    'HA Go：提提你 YEUNG Siu Fung 楊少峰 已預約 3月25日 09:30 威爾斯親王醫院 專科門診（內科）。如需更改請致電 3505 2211 或瀏覽 https://appt.ha.example.hk/soc 。',
    [
      ['name', 'YEUNG Siu Fung'],
      ['name', '楊少峰'],
      ['date', '3月25日'],
      ['organization', '威爾斯親王醫院'],
      ['phone', '3505 2211'],
      ['url', 'https://appt.ha.example.hk/soc'],
    ],
  ),
  // Hong Kong 5: elderly home transfer note, 93-year-old
  g(
    '安老院轉介記錄：住客馮笑好婆婆，93歲，住新界沙田禾輋邨豐和樓1812室（樂怡護老院，電話 2691 3308），今朝跌倒後右髖痛，由救護車送威爾斯親王醫院，Joyce Wong會跟進。',
    [
      ['name', '馮笑好'],
      ['age', '93'],
      ['address', '新界沙田禾輋邨豐和樓1812室'],
      ['organization', '樂怡護老院'],
      ['phone', '2691 3308'],
      ['organization', '威爾斯親王醫院'],
      ['name', 'Joyce Wong'],
    ],
  ),
  // Hong Kong 6: insurance claim form, Ltd left out
  g(
    '恒安保險 Hang On Insurance Co Ltd 索償表\n受保人 Insured：TSANG Wai-lun Kevin 曾偉倫  HKID：G471902(5)  出生日期：14/08/1979\n保單號碼：HO-MED-0048213\n醫院：Hong Kong Sanatorium & Hospital, Happy Valley\n收款銀行：HSBC 戶口 012-345678-833',
    [
      ['organization', '恒安保險'],
      ['organization', 'Hang On Insurance'],
      ['name', 'TSANG Wai-lun Kevin'],
      ['name', '曾偉倫'],
      ['id-card', 'G471902(5)'],
      ['date', '14/08'],
      ['other-id', 'HO-MED-0048213'],
      ['organization', 'Hong Kong Sanatorium & Hospital'],
      ['address', 'Happy Valley'],
      ['organization', 'HSBC'],
      ['account', '012-345678-833'],
    ],
  ),
  // Hong Kong 7: A&E triage, day/month date
  g('急症室分流 12/03 02:15：何俊傑（Ho Chun-kit），34歲男，吸K後胸痛，ECG ST段無變化，分流第2類。由警員從尖沙咀帶到。聯絡人：家姐何美玲 9276 0413。廣華醫院', [
    ['date', '12/03'],
    ['name', '何俊傑'],
    ['name', 'Ho Chun-kit'],
    ['address', '尖沙咀'],
    ['name', '何美玲'],
    ['phone', '9276 0413'],
    ['organization', '廣華醫院'],
  ]),
  // Hong Kong 8: patient message in Cantonese, mixed-script names
  g(
    '醫生你好，我係Jacky 梁家俊嘅太太Michelle，佢喺屯門醫院做完通波仔（PCI），出院紙寫3月6日覆診，但我哋搬咗去元朗朗屏邨玉屏樓2205室，可唔可以轉去博愛醫院？我電話 5432 0917，電郵 michelle.leung.hk@outlook.com',
    [
      ['name', 'Jacky'],
      ['name', '梁家俊'],
      ['name', 'Michelle'],
      ['organization', '屯門醫院'],
      ['date', '3月6日'],
      ['address', '元朗朗屏邨玉屏樓2205室'],
      ['organization', '博愛醫院'],
      ['phone', '5432 0917'],
      ['email', 'michelle.leung.hk@outlook.com'],
    ],
  ),
  // Macau 1: discharge summary, Portuguese name, DOB of a 94-year-old
  g(
    '仁伯爵綜合醫院 出院摘要\n病人：Fernandes, Maria do Carmo（費爾南德斯）  澳門居民身份證 5218734(6)\n出生日期：1931年12月3日（94歲）\n地址：澳門新口岸宋玉生廣場258號建興隆廣場15樓F座\n診斷：急性非ST段抬高型心肌梗塞，GRACE 168分\n心臟科醫生：Dr. António Sequeira',
    [
      ['organization', '仁伯爵綜合醫院'],
      ['name', 'Fernandes, Maria do Carmo'],
      ['name', '費爾南德斯'],
      ['id-card', '5218734(6)'],
      ['date', '1931年12月3日'],
      ['age', '94'],
      ['address', '新口岸宋玉生廣場258號建興隆廣場15樓F座'],
      ['name', 'António Sequeira'],
    ],
  ),
  // Macau 2: WeChat ward group
  g('【鏡湖醫院 7樓內科群】\n@Chan Sio Peng 12床梁老伯 K⁺ 6.1 mmol/L，已停螺內酯，予葡萄糖酸鈣\n何詠詩：收到，家屬梁志華（6688 2145）話今晚到', [
    ['organization', '鏡湖醫院'],
    ['name', 'Chan Sio Peng'],
    ['bed', '12'],
    ['name', '梁'],
    ['name', '何詠詩'],
    ['name', '梁志華'],
    ['phone', '6688 2145'],
  ]),
  // Macau 3: pharmacy record, Portuguese address
  g(
    '南灣藥房 Farmácia Nam Van 配藥記錄 2026-03-08\n顧客：黃嘉敏（WONG KA MAN），電話 2833 4517\n地址：Rua de Pequim n.º 126, Edifício Kam Lai, 9.º andar D\n處方：塔石衛生中心 Dr. Lei Pou Man；Metformin 500 mg bid × 30日',
    [
      ['organization', '南灣藥房'],
      ['organization', 'Farmácia Nam Van'],
      ['date', '03-08'],
      ['name', '黃嘉敏'],
      ['name', 'WONG KA MAN'],
      ['phone', '2833 4517'],
      ['address', 'Rua de Pequim n.º 126, Edifício Kam Lai, 9.º andar D'],
      ['organization', '塔石衛生中心'],
      ['name', 'Lei Pou Man'],
    ],
  ),
  // Macau 4: incident report, insulin pump serial, plate
  g(
    '事故報告：3月2日 21:40 氹仔孫逸仙大馬路交通意外，傷者容浩然，1型糖尿病，佩戴胰島素泵（序號 MMT-1780-NG4471）。肇事車輛 MW-42-17。送科大醫院急診。報告人：消防員 Leong Chi Hou',
    [
      ['date', '3月2日'],
      ['address', '氹仔孫逸仙大馬路'],
      ['name', '容浩然'],
      ['device', 'MMT-1780-NG4471'],
      ['plate', 'MW-42-17'],
      ['organization', '科大醫院'],
      ['name', 'Leong Chi Hou'],
    ],
  ),
  // ---- English (US, England, Scotland, Wales, Ireland, Canada, Australia, New Zealand, India, Pakistan, Singapore, Malaysia, Ghana, Kenya, South Africa, Philippines, Jamaica) ----
  // US 1: discharge summary (Chicago); Cook County inside an organisation name, state left out
  g(
    'DISCHARGE SUMMARY — Rush University Medical Center\nPatient: Okonkwo-Reyes, Adaeze   MRN: 40188273   DOB: 07/19/1958\nAdmitted 02/27/2026, discharged 03/04/2026. HFrEF, EF 25%, NYHA III; sacubitril/valsartan (Entresto) 24/26 mg BID.\nPCP: Dr. Levi Abernathy, Cook County Health, (312) 864-7720. Heart Failure Clinic on 3/18.\nHome: 2241 W Cortland St, Apt 3R, Chicago, IL 60647',
    [
      ['organization', 'Rush University Medical Center'],
      ['name', 'Okonkwo-Reyes, Adaeze'],
      ['mrn', '40188273'],
      ['date', '07/19'],
      ['date', '02/27'],
      ['date', '03/04'],
      ['name', 'Levi Abernathy'],
      ['organization', 'Cook County Health'],
      ['phone', '(312) 864-7720'],
      ['date', '3/18'],
      ['address', '2241 W Cortland St, Apt 3R, Chicago'],
      ['address', '60647'],
    ],
  ),
  // US 2: ED triage, 91-year-old from assisted living; name opens the note body, then first name + verb
  g(
    'ED triage 03/09 0412: Ruthanne Pettibone, 91 y/o F from Brookdale Cedar Springs (ALF), found on floor by aide. ESI 2. Daughter Marjorie Kowalczyk (HCPOA) en route, cell 414-382-9067. Medicare MBI 5EG4-TE7-MK72. Ruthanne denies LOC; on apixaban 2.5 mg BID.',
    [
      ['date', '03/09'],
      ['name', 'Ruthanne Pettibone'],
      ['age', '91'],
      ['organization', 'Brookdale Cedar Springs'],
      ['name', 'Marjorie Kowalczyk'],
      ['phone', '414-382-9067'],
      ['other-id', '5EG4-TE7-MK72'],
      ['name', 'Ruthanne', 1],
    ],
  ),
  // US 3: prior-authorisation form
  g(
    'PRIOR AUTHORIZATION REQUEST\nMember: Delacroix, Thibodeaux J.   Member ID: XKP884172301   Group #: 0047719\nDOB: 11/02/1971\nPrescriber: Anjali Venkataraman, MD   NPI 1748203357   DEA BV4172639\nDrug: semaglutide (Ozempic) 1 mg SC weekly; A1c 9.1%, BMI 38.4\nPA ref #: PA-26-0318-77412\nFax completed form to 1-866-402-7731.',
    [
      ['name', 'Delacroix, Thibodeaux J.'],
      ['other-id', 'XKP884172301'],
      ['other-id', '0047719'],
      ['date', '11/02'],
      ['name', 'Anjali Venkataraman'],
      ['license', '1748203357'],
      ['license', 'BV4172639'],
      ['other-id', 'PA-26-0318-77412'],
      ['phone', '1-866-402-7731'],
    ],
  ),
  // US 4: patient-portal message with SSN and card; nickname signature
  g(
    'MyChart message from Tobias Lindqvist-Haddad, sent 03/11/2026 9:52 PM\nHi Dr. Oyelaran, my wife Priya and I moved to 88 Lakeview Terrace, Unit 12B, Madison, WI 53703. Can you send my records to UW Health? New number is 608.771.2291. Also the SSN on file is wrong, it should be 412-68-3390, and please put the copay on 4539 1488 0343 6467. Thanks, Toby',
    [
      ['name', 'Tobias Lindqvist-Haddad'],
      ['date', '03/11'],
      ['name', 'Oyelaran'],
      ['name', 'Priya'],
      ['address', '88 Lakeview Terrace, Unit 12B, Madison'],
      ['address', '53703'],
      ['organization', 'UW Health'],
      ['phone', '608.771.2291'],
      ['social-security', '412-68-3390'],
      ['bank-card', '4539 1488 0343 6467'],
      ['name', 'Toby'],
    ],
  ),
  // US 5: device clinic, pacemaker serial
  g(
    'DEVICE CLINIC — pacemaker interrogation 02/24/2026\nPt: Hollis Wainwright III   MRN 7702-19984\nDevice: Medtronic Azure XT DR MRI, model W1DR01, serial RNB418762S, implanted 2019-05-14 by Esperanza Quiñones at Mayo Clinic, Rochester.\nBattery 8.5 yrs; AP 62%, VP 3%; no AHRE.',
    [
      ['date', '02/24'],
      ['name', 'Hollis Wainwright III'],
      ['mrn', '7702-19984'],
      ['device', 'RNB418762S'],
      ['date', '05-14'],
      ['name', 'Esperanza Quiñones'],
      ['organization', 'Mayo Clinic'],
      ['address', 'Rochester'],
    ],
  ),
  // US 6: trauma activation with VIN, plate, driving licence
  g(
    'TRAUMA ACTIVATION — Level II, 01/31 2318\nUnrestrained driver of a 2014 Ford F-150 (VIN 1FTFW1EF8EKE57341, Texas plate LKW-4928) vs. pole on FM 1960 near Humble. Pt identified by TX DL 31847206 as Dustin Ray Eckhardt, 38M. GCS 13 (E3V4M6), FAST negative. Wife Kaylee notified by Harris County deputy.',
    [
      ['date', '01/31'],
      ['vehicle', '1FTFW1EF8EKE57341'],
      ['plate', 'LKW-4928'],
      ['address', 'FM 1960'],
      ['address', 'Humble'],
      ['license', '31847206'],
      ['name', 'Dustin Ray Eckhardt'],
      ['name', 'Kaylee'],
    ],
  ),
  // US 7: e-mail header and signature
  g(
    "From: Sahana Rajagopalan <srajagopalan@brighampath.example.org>\nSent: Thursday, March 12, 2026 7:41 AM\nX-Originating-IP: [203.0.113.58]\nTo: Eli Brandvold; Path-Frozen Section\nSubject: RE: frozen section S26-0041187 (Marchetti)\n\nEli — margins negative, final to follow.\n\nSahana Rajagopalan, MD | Brigham and Women's Hospital | 75 Francis St, Boston, MA 02115 | pager 31472",
    [
      ['name', 'Sahana Rajagopalan'],
      ['email', 'srajagopalan@brighampath.example.org'],
      ['date', 'March 12'],
      ['ip', '203.0.113.58'],
      ['name', 'Eli Brandvold'],
      ['other-id', 'S26-0041187'],
      ['name', 'Marchetti'],
      ['name', 'Eli', 1],
      ['name', 'Sahana Rajagopalan', 1],
      ['organization', "Brigham and Women's Hospital"],
      ['address', '75 Francis St, Boston'],
      ['address', '02115'],
      ['phone', '31472'],
    ],
  ),
  // US 8: telehealth transcript, DOB of a 91-year-old, rural box address
  g(
    'Telehealth visit — Chinle Comprehensive Health Care Facility (IHS)\nProvider: Hi, is this Mr. Begay?\nPatient: Yes, Harrison Begay. My granddaughter Shaylynn is helping with the iPad.\nProvider: Can you confirm your date of birth?\nPatient: June 3rd, 1934.\nProvider: And you are still at the Many Farms address, HC 61 Box 2187?\nPatient: Yes. The sugar was 212 this morning.',
    [
      ['organization', 'Chinle Comprehensive Health Care Facility'],
      ['name', 'Begay'],
      ['name', 'Harrison Begay'],
      ['name', 'Shaylynn'],
      ['date', 'June 3rd, 1934'],
      ['address', 'Many Farms'],
      ['address', 'HC 61 Box 2187'],
    ],
  ),
  // US 9: EHR access audit with IP and user name
  g(
    'EHR access audit 2026-03-06T02:14:55Z user=kmartinez4 (Kristen Martinez, RN, emp# 0088213) src_ip=172.16.40.218 opened chart of VIP patient Declan Whitlock-Amari (MRN 55190382) via Epic Hyperspace on workstation WS-ICU3-07. Flag: no treatment relationship.',
    [
      ['date', '03-06'],
      ['account', 'kmartinez4'],
      ['name', 'Kristen Martinez'],
      ['other-id', '0088213'],
      ['ip', '172.16.40.218'],
      ['name', 'Declan Whitlock-Amari'],
      ['mrn', '55190382'],
    ],
  ),
  // England 1: discharge letter (Leeds)
  g(
    'Leeds Teaching Hospitals NHS Trust — Discharge Letter\nPatient: Mrs Gwendolyn Okafor-Hartley   NHS No: 943 220 5177   Hospital No: L4471923\nAddress: Flat 2, 19 Brudenell Grove, Leeds LS6 1HQ\nAdmitted 14/02/2026 with community-acquired pneumonia (CURB-65 = 2). Discharged 21/02/2026 on amoxicillin 500 mg TDS.\nGP: Dr Hamish Fairbairn, Hyde Park Surgery, 0113 295 1400.',
    [
      ['organization', 'Leeds Teaching Hospitals NHS Trust'],
      ['name', 'Gwendolyn Okafor-Hartley'],
      ['mrn', '943 220 5177'],
      ['mrn', 'L4471923'],
      ['address', 'Flat 2, 19 Brudenell Grove, Leeds'],
      ['address', 'LS6 1HQ'],
      ['date', '14/02'],
      ['date', '21/02'],
      ['name', 'Hamish Fairbairn'],
      ['organization', 'Hyde Park Surgery'],
      ['phone', '0113 295 1400'],
    ],
  ),
  // England 2: SBAR handover, 94-year-old, bays and side rooms
  g(
    'Handover Ward 24 (Elderly Care), Royal Derby Hospital, nights → days\nBay 3 bed 4: Winifred Ashdown, 94, #NOF post DHS day 2, Waterlow 18, pressure areas intact. Pauline (daughter) rang at 0500.\nSide room 6: Kwabena Mensah-Bonsu — C. diff +ve, barrier nursing. Refused obs at 0200.\nNIC: Siobhan (RN Kelly, band 6)',
    [
      ['bed', '24'],
      ['organization', 'Royal Derby Hospital'],
      ['bed', '3'],
      ['bed', '4', 1],
      ['name', 'Winifred Ashdown'],
      ['age', '94'],
      ['name', 'Pauline'],
      ['bed', '6'],
      ['name', 'Kwabena Mensah-Bonsu'],
      ['name', 'Siobhan'],
      ['name', 'Kelly'],
    ],
  ),
  // England 3: GP referral letter; Ofcom drama-range mobile
  g(
    "Dear Dr Achterberg,\nRe: Mr Olumide Adeyemi-Cole, DOB 03/05/1989, NHS 601 337 2845, 47 Rectory Road, London N16 7PP, tel 07700 900418\nThank you for seeing this 36-year-old with triphasic Raynaud's phenomenon, digital ulcer and positive anti-centromere antibodies (? limited cutaneous systemic sclerosis). Nailfold capillaroscopy not available locally.\nYours sincerely,\nNkechi Obi-Whitfield\nStamford Hill Group Practice",
    [
      ['name', 'Achterberg'],
      ['name', 'Olumide Adeyemi-Cole'],
      ['date', '03/05'],
      ['mrn', '601 337 2845'],
      ['address', '47 Rectory Road, London'],
      ['address', 'N16 7PP'],
      ['phone', '07700 900418'],
      ['name', 'Nkechi Obi-Whitfield'],
      ['organization', 'Stamford Hill Group Practice'],
    ],
  ),
  // England 4: Datix incident with two similar names
  g(
    'Datix ID W184472 — medication incident, 09/03/2026, Ward 7B, Northwick Park Hospital.\nEnoxaparin 40 mg intended for Ellis Trevithick (bed 12) was given to Ellis Treharne (bed 14). Identified by HCA Dorota Wiśniewska at 10:15. Both patients informed; Duty of Candour letter sent. Femi Lawal (staff no. 207731) reported it.',
    [
      ['other-id', 'W184472'],
      ['date', '09/03'],
      ['bed', '7B'],
      ['organization', 'Northwick Park Hospital'],
      ['name', 'Ellis Trevithick'],
      ['bed', '12'],
      ['name', 'Ellis Treharne'],
      ['bed', '14'],
      ['name', 'Dorota Wiśniewska'],
      ['name', 'Femi Lawal'],
      ['other-id', '207731'],
    ],
  ),
  // England 5: pharmacy SMS
  g(
    'Hello Precious, your repeat prescription (ramipril 5 mg, atorvastatin 20 mg) is ready to collect from Kensal Rise Pharmacy, 212 Chamberlayne Rd, NW10 3JU. Ref RX-88217. Reply STOP to opt out. Queries: 020 8964 1187 or kensalrise.pharmacy@nhs.example.net',
    [
      ['name', 'Precious'],
      ['organization', 'Kensal Rise Pharmacy'],
      ['address', '212 Chamberlayne Rd'],
      ['address', 'NW10 3JU'],
      ['other-id', 'RX-88217'],
      ['phone', '020 8964 1187'],
      ['email', 'kensalrise.pharmacy@nhs.example.net'],
    ],
  ),
  // England 6: scanned referral form, OCR spacing, address over several lines
  g(
    'R E F E R R A L   F O R M   (scanned)\nPatient name:  H a r j i t   K a u r   S a n d h u\nD.O.B.: 1 4 / 0 6 / 1 9 5 2     NHS No: 401 023 2137\nNI No: NX 48 21 67 C\nAddr: 56 Soho Rd,\nHandsworth,\nBirmingham B21 9DP\nTel: 0121 554 7 823\nReferrer: Dr A. Mahmood, Soho Road Health Centre',
    [
      ['name', 'H a r j i t   K a u r   S a n d h u'],
      ['date', '1 4 / 0 6'],
      ['mrn', '401 023 2137'],
      ['social-security', 'NX 48 21 67 C'],
      ['address', '56 Soho Rd'],
      ['address', 'Handsworth'],
      ['address', 'Birmingham'],
      ['address', 'B21 9DP'],
      ['phone', '0121 554 7 823'],
      ['name', 'A. Mahmood'],
      ['organization', 'Soho Road Health Centre'],
    ],
  ),
  // Scotland 1: immediate discharge letter with CHI
  g(
    'NHS Lothian — Royal Infirmary of Edinburgh\nImmediate Discharge Letter\nName: Alasdair MacGillivray   CHI: 1207483257\nAddress: 14/3 Marchmont Crescent, Edinburgh EH9 1HN\nDiagnosis: NSTEMI, GRACE 142; ticagrelor 90 mg BD, bisoprolol 2.5 mg OD.\nGP: Bruntsfield Medical Practice.\nIona Strachan, FY2 (GMC 7049381)',
    [
      ['organization', 'NHS Lothian'],
      ['organization', 'Royal Infirmary of Edinburgh'],
      ['name', 'Alasdair MacGillivray'],
      ['mrn', '1207483257'],
      ['address', '14/3 Marchmont Crescent, Edinburgh'],
      ['address', 'EH9 1HN'],
      ['organization', 'Bruntsfield Medical Practice'],
      ['name', 'Iona Strachan'],
      ['license', '7049381'],
    ],
  ),
  // Scotland 2: district nursing on Lewis, Gaelic name and nickname, 90-year-old
  g(
    'District nursing visit, 11/03: Mòrag NicLeòid (known as Peggy), 90, at Taigh na Mara, 7 Bayhead, Stornoway HS1 2DU. Venous leg ulcer redressed (Inadine, K-Two compression), ABPI 0.9. Son Calum is out at the fishing — contact his wife Eilidh on 01851 704219.',
    [
      ['date', '11/03'],
      ['name', 'Mòrag NicLeòid'],
      ['name', 'Peggy'],
      ['age', '90'],
      ['address', 'Taigh na Mara, 7 Bayhead, Stornoway'],
      ['address', 'HS1 2DU'],
      ['name', 'Calum'],
      ['name', 'Eilidh'],
      ['phone', '01851 704219'],
    ],
  ),
  // Scotland 3: ED note, nickname, plate; Canadian CT head rule
  g(
    "QEUH ED, 28/02 0134: 19M, 'Stevie' (Steven Ferguson-Doig), assaulted outside the Barrowland Ballroom, 244 Gallowgate, Glasgow. Brought by Police Scotland, PC Aileen Gourlay. His silver Vauxhall Corsa SF18 WKX (VIN W0V0XEP02J4123457) left at scene. GCS 14; Canadian CT head rule positive, CT head requested.",
    [
      ['organization', 'QEUH'],
      ['date', '28/02'],
      ['name', 'Stevie'],
      ['name', 'Steven Ferguson-Doig'],
      ['organization', 'Barrowland Ballroom'],
      ['address', '244 Gallowgate, Glasgow'],
      ['name', 'Aileen Gourlay'],
      ['plate', 'SF18 WKX'],
      ['vehicle', 'W0V0XEP02J4123457'],
    ],
  ),
  // Wales 1: bilingual appointment letter; Gwynedd inside a hospital name
  g(
    'Bwrdd Iechyd Prifysgol Betsi Cadwaladr / Betsi Cadwaladr University Health Board\nYsbyty Gwynedd, Penrhosgarnedd, Bangor LL57 2PW\nAnnwyl / Dear Mr Gethin ap Rhys,\nRhif GIG / NHS No: 725 188 0466\nApwyntiad / Appointment: Dydd Mawrth 24 Mawrth 2026 (Tuesday 24 March 2026), 10:40, Clinig Diabetes.\nCyfeiriad / Address: Bryn Awel, 3 Lôn Goed, Llangefni LL77 7QT',
    [
      ['organization', 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr'],
      ['organization', 'Betsi Cadwaladr University Health Board'],
      ['organization', 'Ysbyty Gwynedd'],
      ['address', 'Penrhosgarnedd, Bangor'],
      ['address', 'LL57 2PW'],
      ['name', 'Gethin ap Rhys'],
      ['mrn', '725 188 0466'],
      ['date', '24 Mawrth'],
      ['date', '24 March'],
      ['address', 'Bryn Awel, 3 Lôn Goed, Llangefni'],
      ['address', 'LL77 7QT'],
    ],
  ),
  // Wales 2: NHS 111 call, 92-year-old father
  g(
    'NHS 111 Wales call 04/03 22:17. Caller: Rhiannon Prys-Jones ringing for her father Emrys Prys-Jones, 92, at 12 Heol y Bont, Llandeilo SA19 6AB, tel 01558 822640. New left-sided weakness, FAST positive, onset 21:40. Category 2 ambulance dispatched; receiving unit Glangwili General Hospital.',
    [
      ['date', '04/03'],
      ['name', 'Rhiannon Prys-Jones'],
      ['name', 'Emrys Prys-Jones'],
      ['age', '92'],
      ['address', '12 Heol y Bont, Llandeilo'],
      ['address', 'SA19 6AB'],
      ['phone', '01558 822640'],
      ['organization', 'Glangwili General Hospital'],
    ],
  ),
  // Ireland 1: discharge summary with PPSN, medical card and Eircode
  g(
    'Cork University Hospital — Discharge Summary\nName: Pádraig Ó Súilleabháin   MRN: 2290417   PPSN: 8273416NA\nMedical card no.: 88172039\nAddress: Ard na Gréine, Ballinhassig, Co. Cork T12 X7W2\nAdmitted 06/03/2026; Wells score 6, CTPA confirmed PE. Apixaban 10 mg BD × 7 days then 5 mg BD.\nGP: Dr Clodagh Ní Bhriain, Ballincollig Medical Centre',
    [
      ['organization', 'Cork University Hospital'],
      ['name', 'Pádraig Ó Súilleabháin'],
      ['mrn', '2290417'],
      ['social-security', '8273416NA'],
      ['other-id', '88172039'],
      ['address', 'Ard na Gréine, Ballinhassig'],
      ['address', 'T12 X7W2'],
      ['date', '06/03'],
      ['name', 'Clodagh Ní Bhriain'],
      ['organization', 'Ballincollig Medical Centre'],
    ],
  ),
  // Ireland 2: WhatsApp ward group with emoji; ward named after a saint
  g(
    "UHG St Enda's ward 👩‍⚕️\nAoife: Pat Joe in bed 9 pulled his cannula again 🙄\nCiarán: on my way. Is his son Declan the NOK? mobile 087 241 6638\nAoife: yep. Also Mrs Hession in 11 is asking for the chaplain",
    [
      ['organization', 'UHG'],
      ['bed', "St Enda's"],
      ['name', 'Aoife'],
      ['name', 'Pat Joe'],
      ['bed', '9'],
      ['name', 'Ciarán'],
      ['name', 'Declan'],
      ['phone', '087 241 6638'],
      ['name', 'Aoife', 1],
      ['name', 'Hession'],
      ['bed', '11'],
    ],
  ),
  // Ireland 3: GP referral to rheumatology, dotted DOB
  g(
    "To: Dr Seán Mac Giolla Phádraig, Consultant Rheumatologist, Beaumont Hospital, Dublin 9\nRe: Niamh Fitzgerald-Quinlan, d.o.b. 17.09.1983, 22 Oakpark Drive, Swords, Co. Dublin K67 E2F4, mob 086 731 2245\n? Sjögren's disease: ANA 1:640 speckled, anti-Ro positive, Schirmer 3 mm at 5 min.\nKind regards,\nÚna Costigan, GP, Swords Family Practice, una.costigan@swordsfp.example.ie",
    [
      ['name', 'Seán Mac Giolla Phádraig'],
      ['organization', 'Beaumont Hospital'],
      ['address', 'Dublin 9'],
      ['name', 'Niamh Fitzgerald-Quinlan'],
      ['date', '17.09'],
      ['address', '22 Oakpark Drive, Swords'],
      ['address', 'K67 E2F4'],
      ['phone', '086 731 2245'],
      ['name', 'Úna Costigan'],
      ['organization', 'Swords Family Practice'],
      ['email', 'una.costigan@swordsfp.example.ie'],
    ],
  ),
  // Canada 1: Ontario discharge with OHIP, DOB of a 90-year-old
  g(
    'University Health Network — Toronto General Hospital\nPatient: Thanh Huong Nguyen-Beaulieu   MRN 1093 8842   OHIP 4532-871-607-KT\nDOB 1936-02-29\nAlcohol-related cirrhosis, Child-Pugh B (8), MELD-Na 17; large-volume paracentesis 6 L with albumin 25% 300 mL.\nDischarged 2026-03-10 to Belmont House (LTC); plan discussed with Minh-Anh (niece) by phone.',
    [
      ['organization', 'University Health Network'],
      ['organization', 'Toronto General Hospital'],
      ['name', 'Thanh Huong Nguyen-Beaulieu'],
      ['mrn', '1093 8842'],
      ['other-id', '4532-871-607-KT'],
      ['date', '1936-02-29'],
      ['date', '03-10'],
      ['organization', 'Belmont House'],
      ['name', 'Minh-Anh'],
    ],
  ),
  // Canada 2: Quebec anglophone consult, RAMQ, 93-year-old
  g(
    "Jewish General Hospital – CIUSSS West-Central Montreal\nGeriatrics consult, 2026-03-02\nMrs. Miriam Szulc-Abergel, 93 years old, RAMQ SZUM 3262 1411, lives alone at 5700 Côte-Saint-Luc Road, apt. 1108, Côte-Saint-Luc H4W 2M9. Son Avrom (514-489-3371) does the groceries. Hx: Paget's disease of bone; Graves' disease treated with RAI in 1978.",
    [
      ['organization', 'Jewish General Hospital'],
      ['organization', 'CIUSSS West-Central Montreal'],
      ['date', '03-02'],
      ['name', 'Miriam Szulc-Abergel'],
      ['age', '93'],
      ['other-id', 'SZUM 3262 1411'],
      ['address', '5700 Côte-Saint-Luc Road, apt. 1108, Côte-Saint-Luc'],
      ['address', 'H4W 2M9'],
      ['name', 'Avrom'],
      ['phone', '514-489-3371'],
    ],
  ),
  // Canada 3: BC home health with PHN and wound-vac serial
  g(
    'Home Health visit — Vancouver Coastal Health, 03/13. Client Delphine Wahpistikwan (PHN 9048 127 355) at 1450 Kingsway, Unit 207, Vancouver V5N 2R6. Negative-pressure wound therapy unit serial VKAT62418 running at −125 mmHg; sacral wound 4 × 3 cm. Tessa (granddaughter) picks up the supplies.',
    [
      ['organization', 'Vancouver Coastal Health'],
      ['date', '03/13'],
      ['name', 'Delphine Wahpistikwan'],
      ['other-id', '9048 127 355'],
      ['address', '1450 Kingsway, Unit 207, Vancouver'],
      ['address', 'V5N 2R6'],
      ['device', 'VKAT62418'],
      ['name', 'Tessa'],
    ],
  ),
  // Canada 4: disability insurance statement with SIN; Ltd. left out
  g(
    'GROUP BENEFITS – ATTENDING PHYSICIAN STATEMENT\nPlan member: Gagnon-Whitehorse, Jacqueline   Certificate no. 70418832   Policy 0251447\nSIN: 528 147 366\nEmployer: Bluenose Seafoods Ltd.\nPhysician: Dr. Oluwaseun Babatunde, CPSNS licence 019772, QEII Health Sciences Centre, Halifax NS\nDate disability began: Jan 8, 2026 (lumbar radiculopathy L5, positive straight-leg raise at 40°).',
    [
      ['name', 'Gagnon-Whitehorse, Jacqueline'],
      ['other-id', '70418832'],
      ['other-id', '0251447'],
      ['social-security', '528 147 366'],
      ['organization', 'Bluenose Seafoods'],
      ['name', 'Oluwaseun Babatunde'],
      ['license', '019772'],
      ['organization', 'QEII Health Sciences Centre'],
      ['address', 'Halifax'],
      ['date', 'Jan 8'],
    ],
  ),
  // Canada 5: Nunavut telehealth with IP of the video endpoint
  g(
    'Telehealth — Qikiqtani General Hospital, Iqaluit ↔ Pangnirtung Health Centre, 02/26 (endpoint 198.51.100.37). Patient Jaypeetee Akpalialuk, 6 mo., RSV bronchiolitis, SpO₂ 88% on room air. Joanasie (nurse in charge) requests medevac. Mom Leetia Kilabuk at bedside, cell 867-473-0192.',
    [
      ['organization', 'Qikiqtani General Hospital'],
      ['address', 'Iqaluit'],
      ['organization', 'Pangnirtung Health Centre'],
      ['date', '02/26'],
      ['ip', '198.51.100.37'],
      ['name', 'Jaypeetee Akpalialuk'],
      ['name', 'Joanasie'],
      ['name', 'Leetia Kilabuk'],
      ['phone', '867-473-0192'],
    ],
  ),
  // Australia 1: eDischarge (Sydney) with Medicare
  g(
    'Royal Prince Alfred Hospital — eDischarge Summary\nPatient: Konstantina Papadopoulos-Vella   MRN 0448127   Medicare 4287 19362 1 (IRN 2)\nAddress: Unit 5/27 Denison St, Camperdown NSW 2050\nAdmission 03/03/2026 – 07/03/2026. Dx: Takotsubo cardiomyopathy, LVEF 35% recovering.\nGP: Dr Tran Minh Khoa, Newtown Family Medical, ph (02) 9519 4431.',
    [
      ['organization', 'Royal Prince Alfred Hospital'],
      ['name', 'Konstantina Papadopoulos-Vella'],
      ['mrn', '0448127'],
      ['other-id', '4287 19362 1'],
      ['address', 'Unit 5/27 Denison St, Camperdown'],
      ['address', '2050'],
      ['date', '03/03'],
      ['date', '07/03'],
      ['name', 'Tran Minh Khoa'],
      ['organization', 'Newtown Family Medical'],
      ['phone', '(02) 9519 4431'],
    ],
  ),
  // Australia 2: RFDS retrieval request from a remote community clinic
  g(
    "RFDS retrieval request 22/02 1430 — from Yuendumu Clinic to Alice Springs Hospital. Pt: Ricky Jampijinpa Granites, 54, DKA (BGL 31 mmol/L, pH 7.08, ketones 6.2). Marlene Nungarrayi (sister) will escort. Referring RN: Bec O'Loughlin, AHPRA NMW0001849302. Medicare 5129 47381 2.",
    [
      ['organization', 'RFDS'],
      ['date', '22/02'],
      ['organization', 'Yuendumu Clinic'],
      ['organization', 'Alice Springs Hospital'],
      ['name', 'Ricky Jampijinpa Granites'],
      ['name', 'Marlene Nungarrayi'],
      ['name', "Bec O'Loughlin"],
      ['license', 'NMW0001849302'],
      ['other-id', '5129 47381 2'],
    ],
  ),
  // Australia 3: aged-care SIRS report, 97-year-old
  g(
    'SIRS Priority 1 report — Banksia Grove Aged Care, 41 Wattle Rd, Ferntree Gully VIC 3156. 08/03/2026: resident Beryl Thistlethwaite (97) of room 14 found with unexplained bruising to both forearms. Jaswinder Kaur (PCA) was on shift. Police ref E26031188402; NOK Graham (son) 0412 668 903.',
    [
      ['organization', 'Banksia Grove Aged Care'],
      ['address', '41 Wattle Rd, Ferntree Gully'],
      ['address', '3156'],
      ['date', '08/03'],
      ['name', 'Beryl Thistlethwaite'],
      ['age', '97'],
      ['bed', '14'],
      ['name', 'Jaswinder Kaur'],
      ['other-id', 'E26031188402'],
      ['name', 'Graham'],
      ['phone', '0412 668 903'],
    ],
  ),
  // Australia 4: telehealth SMS with nickname, URL and DVA file number
  g(
    'Hi Wazza, your telehealth appt with Dr Ananya Iyer is confirmed for Tue 17 March at 2:15pm. Join: https://telehealth.toowoombafamilymed.example.au/j/8841-2276 . DVA file no. QX913704 — have your Gold Card handy. Toowoomba Family Medical, 07 4632 9900',
    [
      ['name', 'Wazza'],
      ['name', 'Ananya Iyer'],
      ['date', '17 March'],
      ['url', 'https://telehealth.toowoombafamilymed.example.au/j/8841-2276'],
      ['other-id', 'QX913704'],
      ['organization', 'Toowoomba Family Medical'],
      ['phone', '07 4632 9900'],
    ],
  ),
  // NZ 1: discharge with NHI, Maori name, whanau contact
  g(
    'Te Whatu Ora – Waikato Hospital discharge summary\nNHI: HRT4839   Name: Hōhepa Te Rangitāwhia\nAddress: 16 Kahikatea Drive, Frankton, Hamilton 3204\nDischarged 10/03/2026 after cellulitis of the left leg (flucloxacillin 1 g QID). Whānau contact: Mereana (daughter) 021 448 2917.\nGP: Dr Sione Faleolo, Te Kohao Health.',
    [
      ['organization', 'Waikato Hospital'],
      ['mrn', 'HRT4839'],
      ['name', 'Hōhepa Te Rangitāwhia'],
      ['address', '16 Kahikatea Drive, Frankton, Hamilton'],
      ['address', '3204'],
      ['date', '10/03'],
      ['name', 'Mereana'],
      ['phone', '021 448 2917'],
      ['name', 'Sione Faleolo'],
      ['organization', 'Te Kohao Health'],
    ],
  ),
  // NZ 2: ACC injury claim
  g(
    'ACC45 Injury Claim — claim no. 10049827715\nClaimant: Aroha Ngata-McKenzie   NHI KWB7130   DOB 02/11/1990\nEmployer: Kaimai Kiwifruit Packers Ltd\nInjury 13/03/2026: fell from a ladder, Colles fracture left wrist, below-elbow cast.\nTreating provider: physio Liam Tūhiwai, ACC provider ID J47215',
    [
      ['other-id', '10049827715'],
      ['name', 'Aroha Ngata-McKenzie'],
      ['mrn', 'KWB7130'],
      ['date', '02/11'],
      ['organization', 'Kaimai Kiwifruit Packers'],
      ['date', '13/03'],
      ['name', 'Liam Tūhiwai'],
      ['other-id', 'J47215'],
    ],
  ),
  // NZ 3: Teams huddle with Pasifika names, @mention, name as object
  g(
    "Teams – Ōtara Family Clinic huddle\n@Losa Tuilagi can you ring Mele back re her INR 4.6? She's on 027 431 2885\nLosa Tuilagi: done, warfarin held, recheck Thurs. Also Tevita Fifita's mum called, he's still wheezy\nDr Ngaio Peterson: book Tevita in at 1100 pls",
    [
      ['organization', 'Ōtara Family Clinic'],
      ['name', 'Losa Tuilagi'],
      ['name', 'Mele'],
      ['phone', '027 431 2885'],
      ['name', 'Losa Tuilagi', 1],
      ['name', 'Tevita Fifita'],
      ['name', 'Ngaio Peterson'],
      ['name', 'Tevita', 1],
    ],
  ),
  // India 1: discharge summary (Bengaluru), Aadhaar, UHID, dd-mm dates
  g(
    'Sri Venkateshwara Multispeciality Hospital, Jayanagar, Bengaluru — Discharge Summary\nName: Mr. Ramachandra Hegde   Age/Sex: 72/M   UHID: SVH/2026/004418   IP No: 26-1183\nAadhaar: 5903 1847 2611\nAddress: No. 14, 3rd Cross, 5th Main, Banashankari 2nd Stage, Bengaluru 560070, Karnataka\nDOA 02-03-2026   DOD 08-03-2026   Dx: Acute inferior wall MI, PTCA to RCA\nConsultant: Dr. Lakshmi Narayanan (KMC Reg. No. 48812)',
    [
      ['organization', 'Sri Venkateshwara Multispeciality Hospital'],
      ['address', 'Jayanagar, Bengaluru'],
      ['name', 'Ramachandra Hegde'],
      ['mrn', 'SVH/2026/004418'],
      ['mrn', '26-1183'],
      ['id-card', '5903 1847 2611'],
      ['address', 'No. 14, 3rd Cross, 5th Main, Banashankari 2nd Stage, Bengaluru'],
      ['address', '560070'],
      ['date', '02-03'],
      ['date', '08-03'],
      ['name', 'Lakshmi Narayanan'],
      ['license', '48812'],
    ],
  ),
  // India 2: Hinglish WhatsApp from a daughter, nickname signature
  g(
    'Doctor sahab namaste, main Sunita Devi ki beti bol rahi hoon. Mummy ka sugar 340 aa raha hai, Glycomet 500 subah-shaam le rahi hain. Hum Gali No. 4, Shastri Nagar, Meerut me rehte hain. Mera number 98370 41526 hai. – Pinky',
    [
      ['name', 'Sunita Devi'],
      ['address', 'Gali No. 4, Shastri Nagar, Meerut'],
      ['phone', '98370 41526'],
      ['name', 'Pinky'],
    ],
  ),
  // India 3: lab report (Chennai)
  g(
    "Sanjeevani Diagnostics, Anna Nagar, Chennai — NABL accredited\nPatient: Ms. Kavya Subramaniam   Ref. by: Dr. R. Balasubramanian   Sample ID: SD2603-118842   Collected: 16/03/2026 08:20\nTSH 9.8 µIU/mL (0.4–4.2); anti-TPO 612 IU/mL — suggestive of Hashimoto's thyroiditis.\nVerified by: Dr. Meenakshi Sundaram, MD (Path), TNMC 72215",
    [
      ['organization', 'Sanjeevani Diagnostics'],
      ['address', 'Anna Nagar, Chennai'],
      ['name', 'Kavya Subramaniam'],
      ['name', 'R. Balasubramanian'],
      ['other-id', 'SD2603-118842'],
      ['date', '16/03'],
      ['name', 'Meenakshi Sundaram'],
      ['license', '72215'],
    ],
  ),
  // India 4: TPA cashless claim with ABHA, PM-JAY ID and bank account
  g(
    'Cashless claim intimation — Raksha Health TPA\nPolicy: 22/4417/883201/000   Beneficiary: Abdul Rasheed Kunhi   PM-JAY ID: PMJAY-KL-7743928812   ABHA: 91-4417-2280-3365\nHospital: Calicut Heart Foundation Hospital, Kozhikode\nReimbursement A/c: 30482215560, IFSC SBIN0070432\nContact: 94470 18826, rasheed.kunhi@example.in',
    [
      ['organization', 'Raksha Health TPA'],
      ['other-id', '22/4417/883201/000'],
      ['name', 'Abdul Rasheed Kunhi'],
      ['other-id', 'PMJAY-KL-7743928812'],
      ['other-id', '91-4417-2280-3365'],
      ['organization', 'Calicut Heart Foundation Hospital'],
      ['address', 'Kozhikode'],
      ['account', '30482215560'],
      ['phone', '94470 18826'],
      ['email', 'rasheed.kunhi@example.in'],
    ],
  ),
  // Pakistan 1: discharge slip (Lahore), CNIC, s/o
  g(
    'Mayo Hospital, Lahore — Discharge Slip\nPatient: Muhammad Irfan s/o Ghulam Rasool   CNIC: 35202-4817263-5   MR No. 2026-00-41873\nAddress: House 112, Street 7, Block C, Model Town, Lahore\nDengue haemorrhagic fever (NS1 +ve), platelets 18 ×10⁹/L on 04-03-2026. Discharged 09-03-2026.\nTreating: Dr. Sadia Batool (PMDC 71234-P)',
    [
      ['organization', 'Mayo Hospital'],
      ['address', 'Lahore'],
      ['name', 'Muhammad Irfan'],
      ['name', 'Ghulam Rasool'],
      ['id-card', '35202-4817263-5'],
      ['mrn', '2026-00-41873'],
      ['address', 'House 112, Street 7, Block C, Model Town, Lahore'],
      ['date', '04-03'],
      ['date', '09-03'],
      ['name', 'Sadia Batool'],
      ['license', '71234-P'],
    ],
  ),
  // Pakistan 2: appointment SMS (Karachi)
  g(
    'AKUH appointment reminder: Zainab Bibi, MRN 812-44-91, Cardiology OPD, 19-Mar 10:00am, Stadium Road, Karachi. Please bring your echo report. Queries: 021-3486 1122 or https://appointments.akuh.example.pk/confirm . Reply 1 to confirm.',
    [
      ['organization', 'AKUH'],
      ['name', 'Zainab Bibi'],
      ['mrn', '812-44-91'],
      ['date', '19-Mar'],
      ['address', 'Stadium Road, Karachi'],
      ['phone', '021-3486 1122'],
      ['url', 'https://appointments.akuh.example.pk/confirm'],
    ],
  ),
  // Pakistan 3: Lady Health Worker register at a Basic Health Unit; district left out
  g(
    'LHW home-visit register — BHU Chak 46/12-L, Tehsil Chichawatni, District Sahiwal. Date 11/03/2026. Household head: Allah Ditta; wife Naseem Akhtar, G4P3, 32 weeks, Hb 8.9 g/dL, BP 150/100. Referred to THQ Hospital Chichawatni. Rukhsana Parveen (LHW), mobile 0301-7724518.',
    [
      ['organization', 'BHU Chak 46/12-L'],
      ['address', 'Chichawatni'],
      ['date', '11/03'],
      ['name', 'Allah Ditta'],
      ['name', 'Naseem Akhtar'],
      ['organization', 'THQ Hospital Chichawatni'],
      ['name', 'Rukhsana Parveen'],
      ['phone', '0301-7724518'],
    ],
  ),
  // Singapore 1: discharge memo, NRIC, HDB address
  g(
    'Tan Tock Seng Hospital — Discharge Memo\nName: Goh Boon Kiat   NRIC: S8417352E   Ward 7D, Bed 22\nAddress: Blk 418 Tampines Street 41, #07-223, Singapore 520418\nDx: Kikuchi–Fujimoto disease (histiocytic necrotising lymphadenitis).\nSOC follow-up 30/03/2026. MO: Dr Nur Aisyah binte Rahmat (MCR 12847J)',
    [
      ['organization', 'Tan Tock Seng Hospital'],
      ['name', 'Goh Boon Kiat'],
      ['id-card', 'S8417352E'],
      ['bed', '7D'],
      ['bed', '22'],
      ['address', 'Blk 418 Tampines Street 41, #07-223'],
      ['address', '520418'],
      ['date', '30/03'],
      ['name', 'Nur Aisyah binte Rahmat'],
      ['license', '12847J'],
    ],
  ),
  // Singapore 2: ED note for a migrant worker, FIN, work permit, passport; Pte Ltd left out
  g(
    'Ng Teng Fong General Hospital ED, 05/03 1920: work permit holder Rahman Mohammad Shafiqul, FIN G5281947X, WP no. 027714483, passport EB0844712. Fell 3 m at worksite, 12 Jurong Port Road. Employer: Seng Heng Construction Pte Ltd; supervisor Mr Lim 9187 4420.',
    [
      ['organization', 'Ng Teng Fong General Hospital'],
      ['date', '05/03'],
      ['name', 'Rahman Mohammad Shafiqul'],
      ['id-card', 'G5281947X'],
      ['other-id', '027714483'],
      ['passport', 'EB0844712'],
      ['address', '12 Jurong Port Road'],
      ['organization', 'Seng Heng Construction'],
      ['name', 'Lim'],
      ['phone', '9187 4420'],
    ],
  ),
  // Singapore 3: ward chat in Singlish, familiar forms
  g(
    'NUH Ward 46 tele group\nSheila: Ah Ma at bed 12 (Mdm Lee Bee Hwa) desat to 89% on RA, put 2L NC liao\nDr Kwek: ok coming. her son Ah Huat call already?\nSheila: yes he say reaching 11pm, his hp 8266 1093',
    [
      ['organization', 'NUH'],
      ['bed', '46'],
      ['name', 'Sheila'],
      ['bed', '12'],
      ['name', 'Lee Bee Hwa'],
      ['name', 'Kwek'],
      ['name', 'Huat'],
      ['name', 'Sheila', 1],
      ['phone', '8266 1093'],
    ],
  ),
  // Malaysia 1: bilingual discharge, MyKad, postcode before town
  g(
    'Hospital Kuala Lumpur — Ringkasan Discaj / Discharge Summary\nNama: Farhana binti Abdul Wahab   No. K/P: 870514-10-5566   RN: HKL2603-05521\nAlamat: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor\nTarikh masuk: 01/03/2026   Tarikh discaj: 06/03/2026\nDiagnosis: dengue fever with warning signs (haematocrit 49%).\nDoktor: Dr. Kumaresan a/l Muthusamy (MMC 58213)',
    [
      ['organization', 'Hospital Kuala Lumpur'],
      ['name', 'Farhana binti Abdul Wahab'],
      ['id-card', '870514-10-5566'],
      ['mrn', 'HKL2603-05521'],
      ['address', 'No. 23, Jalan SS 2/64'],
      ['address', '47300'],
      ['address', 'Petaling Jaya'],
      ['date', '01/03'],
      ['date', '06/03'],
      ['name', 'Kumaresan a/l Muthusamy'],
      ['license', '58213'],
    ],
  ),
  // Malaysia 2: rural Sabah home visit, alias with @
  g(
    'Klinik Kesihatan Ranau, Sabah — lawatan rumah 12/03/2026. Pesakit: Juliana Gimbang @ Julie, 68, Kampung Nalumad, Ranau. Anak: Rosmah Gimbang 013-882 4107. BP 172/98, rujuk ke Hospital Queen Elizabeth, Kota Kinabalu.',
    [
      ['organization', 'Klinik Kesihatan Ranau'],
      ['date', '12/03'],
      ['name', 'Juliana Gimbang'],
      ['name', 'Julie'],
      ['address', 'Kampung Nalumad, Ranau'],
      ['name', 'Rosmah Gimbang'],
      ['phone', '013-882 4107'],
      ['organization', 'Hospital Queen Elizabeth'],
      ['address', 'Kota Kinabalu'],
    ],
  ),
  // Malaysia 3: panel-clinic claims e-mail
  g(
    "From: claims@panelcare.example.my\nTo: Klinik Dr. Wong & Rakan-Rakan <klinikwongrakan@gmail.com>\nSubject: GL request – Chong Wei Ming (Policy PN-8827-1140)\nDear Sir/Madam, please resubmit the claim for the visit dated 27/02/2026 with bill no. INV-04471 and the patient's IC 920306-14-5823.\nRegards,\nNadia Hashim\nClaims Executive, PanelCare Sdn Bhd",
    [
      ['email', 'claims@panelcare.example.my'],
      ['organization', 'Klinik Dr. Wong & Rakan-Rakan'],
      ['email', 'klinikwongrakan@gmail.com'],
      ['name', 'Chong Wei Ming'],
      ['other-id', 'PN-8827-1140'],
      ['date', '27/02'],
      ['other-id', 'INV-04471'],
      ['id-card', '920306-14-5823'],
      ['name', 'Nadia Hashim'],
      ['organization', 'PanelCare'],
    ],
  ),
  // Ghana 1: Korle Bu discharge, Ghana Card, NHIS, GPS digital address
  g(
    'Korle Bu Teaching Hospital — Department of Medicine\nDischarge note 07/03/2026\nName: Akosua Boatemaa Asante   Folder No.: KBTH/26/018843   Ghana Card: GHA-713904528-6   NHIS No.: 08812794\nAddress: Hse No. 14, Abeka Lapaz, Accra (GPS: GA-352-8174)\nDx: sickle cell disease (HbSS) in vaso-occlusive crisis. Next of kin: Yaw Asante (husband) 024 417 3382.',
    [
      ['organization', 'Korle Bu Teaching Hospital'],
      ['date', '07/03'],
      ['name', 'Akosua Boatemaa Asante'],
      ['mrn', 'KBTH/26/018843'],
      ['id-card', 'GHA-713904528-6'],
      ['other-id', '08812794'],
      ['address', 'Hse No. 14, Abeka Lapaz, Accra'],
      ['address', 'GA-352-8174'],
      ['name', 'Yaw Asante'],
      ['phone', '024 417 3382'],
    ],
  ),
  // Ghana 2: CHPS nurse SMS, mobile-money number
  g(
    "From CHN Abena: Maame Efua of Asukese delivered twin girls at Asukese CHPS 02:10 today 14/03. Both cried well, Apgar 8 and 9. PPH ~600 ml controlled with oxytocin 10 IU IM. Referring to St. Theresa's Hospital, Nkoranza. Call 055 914 2206. Her husband Kofi Mensah's MoMo is 024 603 7719 for the transport refund.",
    [
      ['name', 'Abena'],
      ['name', 'Efua'],
      ['address', 'Asukese'],
      ['organization', 'Asukese CHPS'],
      ['date', '14/03'],
      ['organization', "St. Theresa's Hospital"],
      ['address', 'Nkoranza'],
      ['phone', '055 914 2206'],
      ['name', 'Kofi Mensah'],
      ['phone', '024 603 7719'],
    ],
  ),
  // Kenya 1: KNH discharge, national ID, SHA, PO box, matatu plate
  g(
    'Kenyatta National Hospital — Discharge Summary\nPatient: Wanjiru Njeri Kamau   IP No. 2026/04417   ID No. 28417736   SHA No. SHA-7704128853\nAddress: P.O. Box 42817, Nairobi 00100; residence Kayole Phase 2, Hse 31\nPedestrian hit by matatu KDG 482M on Outer Ring Road on 02/03/2026; ORIF left tibia.\nNOK: Otieno Kamau (husband) 0722 418 903. Discharged 10/03/2026.',
    [
      ['organization', 'Kenyatta National Hospital'],
      ['name', 'Wanjiru Njeri Kamau'],
      ['mrn', '2026/04417'],
      ['id-card', '28417736'],
      ['other-id', 'SHA-7704128853'],
      ['address', 'P.O. Box 42817, Nairobi'],
      ['address', '00100'],
      ['address', 'Kayole Phase 2, Hse 31'],
      ['plate', 'KDG 482M'],
      ['address', 'Outer Ring Road'],
      ['date', '02/03'],
      ['name', 'Otieno Kamau'],
      ['phone', '0722 418 903'],
      ['date', '10/03'],
    ],
  ),
  // Kenya 2: CHV WhatsApp group, M-Pesa number
  g(
    'Kaplong Mission Hospital CHV group\nChepkoech: Mama Jeptoo from Kapkatet has fever 39.4 and convulsions, mRDT positive. Boda boda bringing her now\nDr. Kiprono Langat: ok, prepare IV artesunate 2.4 mg/kg. Send M-Pesa for fuel to 0711 294 557 (Chepkoech)\nChepkoech: asante daktari 🙏',
    [
      ['organization', 'Kaplong Mission Hospital'],
      ['name', 'Chepkoech'],
      ['name', 'Jeptoo'],
      ['address', 'Kapkatet'],
      ['name', 'Kiprono Langat'],
      ['phone', '0711 294 557'],
      ['name', 'Chepkoech', 1],
      ['name', 'Chepkoech', 2],
    ],
  ),
  // South Africa 1: discharge with SA ID, medical aid, HPCSA number
  g(
    'Groote Schuur Hospital — Discharge Summary\nPatient: Thandeka Nomvula Dlamini   SA ID: 8506120871080   Folder no. 6104482\nMedical aid: Discovery Health, member no. 418827703\nAddress: 27 Lwandle Crescent, Khayelitsha, Cape Town 7784\nAdmitted 26/02/2026: TB meningitis (MRC grade II), started RHZE + dexamethasone. Transferred to Brooklyn Chest Hospital 09/03/2026.\nPieter van der Merwe (HPCSA MP 0712345)',
    [
      ['organization', 'Groote Schuur Hospital'],
      ['name', 'Thandeka Nomvula Dlamini'],
      ['id-card', '8506120871080'],
      ['mrn', '6104482'],
      ['organization', 'Discovery Health'],
      ['other-id', '418827703'],
      ['address', '27 Lwandle Crescent, Khayelitsha, Cape Town'],
      ['address', '7784'],
      ['date', '26/02'],
      ['organization', 'Brooklyn Chest Hospital'],
      ['date', '09/03'],
      ['name', 'Pieter van der Merwe'],
      ['license', 'MP 0712345'],
    ],
  ),
  // South Africa 2: ART refill SMS
  g(
    "Molweni, this is Zola from Madwaleni Hospital. Reminder: Luthando Ngcobo's ART refill (TLD 1 tab daily) is due 18 March at Xhora Clinic. Bring clinic card 0044718 and your green book. Enquiries 047 489 0211.",
    [
      ['name', 'Zola'],
      ['organization', 'Madwaleni Hospital'],
      ['name', 'Luthando Ngcobo'],
      ['date', '18 March'],
      ['organization', 'Xhora Clinic'],
      ['mrn', '0044718'],
      ['phone', '047 489 0211'],
    ],
  ),
  // South Africa 3: notification of death, DOB of a 92-year-old
  g(
    "DHA-1663 Notification of Death — Part B (medical practitioner)\nDeceased: Johannes Petrus Botha   ID 3309185124080   Date of birth 18/09/1933 (92 yrs)\nDate of death 14/03/2026 at Tygerberg Hospital, Bellville\nImmediate cause: (a) aspiration pneumonia due to (b) Parkinson's disease\nCertifying practitioner: Dr Ayesha Moosa, MP 0634187, 021 938 4911",
    [
      ['name', 'Johannes Petrus Botha'],
      ['id-card', '3309185124080'],
      ['date', '18/09/1933'],
      ['age', '92'],
      ['date', '14/03'],
      ['organization', 'Tygerberg Hospital'],
      ['address', 'Bellville'],
      ['name', 'Ayesha Moosa'],
      ['license', 'MP 0634187'],
      ['phone', '021 938 4911'],
    ],
  ),
  // Philippines 1: PGH discharge, PhilHealth PIN, barangay address; province left out
  g(
    "Philippine General Hospital — Discharge Summary\nName: BUENAVENTURA, Ma. Lourdes Dimaculangan   Hospital No.: 2026-118472   PhilHealth PIN: 12-050283117-4\nAddress: Blk 12 Lot 7, Phase 2, Brgy. San Isidro, Rodriguez, Rizal 1860\nAdmitted 28/02/2026: leptospirosis (Weil's disease), AKI KDIGO 3, two sessions of haemodialysis.\nAttending: Dr. Florante Magbanua (PRC Lic. No. 0098213)",
    [
      ['organization', 'Philippine General Hospital'],
      ['name', 'BUENAVENTURA, Ma. Lourdes Dimaculangan'],
      ['mrn', '2026-118472'],
      ['other-id', '12-050283117-4'],
      ['address', 'Blk 12 Lot 7, Phase 2, Brgy. San Isidro, Rodriguez'],
      ['address', '1860'],
      ['date', '28/02'],
      ['name', 'Florante Magbanua'],
      ['license', '0098213'],
    ],
  ),
  // Philippines 2: Viber barangay health station chat in Taglish, 98-year-old
  g(
    'Viber: BHS Brgy. Malanday nurses\nNurse Joy: @Marites pa-check si Lola Iska sa Purok 3, 2 days na walang amlodipine. 98 years old na siya.\nMarites: sige po, after lunch. Anak niya si Junjun, cp 0917 845 2290.\nNurse Joy: salamat!',
    [
      ['organization', 'BHS Brgy. Malanday'],
      ['name', 'Joy'],
      ['name', 'Marites'],
      ['name', 'Iska'],
      ['address', 'Purok 3'],
      ['age', '98'],
      ['name', 'Marites', 1],
      ['name', 'Junjun'],
      ['phone', '0917 845 2290'],
      ['name', 'Joy', 1],
    ],
  ),
  // Philippines 3: SSS sickness benefit for an OFW, passport, mm/dd dates
  g(
    'SSS Sickness Benefit Reimbursement — Member: Rodel Macaraeg Santos, SSS No. 34-1827746-3, passport P4471823B (OFW, returned from Riyadh). Confined at Jose Reyes Memorial Medical Center, Rizal Ave., Sta. Cruz, Manila from 03/02/2026 to 03/11/2026. Employer: Al-Noor Facilities Management. Payout via LANDBANK acct 0012-3456-78.',
    [
      ['name', 'Rodel Macaraeg Santos'],
      ['social-security', '34-1827746-3'],
      ['passport', 'P4471823B'],
      ['address', 'Riyadh'],
      ['organization', 'Jose Reyes Memorial Medical Center'],
      ['address', 'Rizal Ave., Sta. Cruz, Manila'],
      ['date', '03/02'],
      ['date', '03/11'],
      ['organization', 'Al-Noor Facilities Management'],
      ['organization', 'LANDBANK'],
      ['account', '0012-3456-78'],
    ],
  ),
  // Jamaica 1: UHWI discharge with TRN, NIS, NHF; parish left out
  g(
    'University Hospital of the West Indies — Discharge Summary\nPatient: Desmond Alphonso Wint-McCalla   Docket no. 1048823   TRN 114-882-307   NIS F4417823\nAddress: 14 Hope Boulevard, Kingston 6, St. Andrew\nDx: chronic sickle cell leg ulcer; type 2 diabetes. NHF card 0017 7744 21.\nNOK: sister Pauline Wint (876) 844-3071',
    [
      ['organization', 'University Hospital of the West Indies'],
      ['name', 'Desmond Alphonso Wint-McCalla'],
      ['mrn', '1048823'],
      ['other-id', '114-882-307'],
      ['social-security', 'F4417823'],
      ['address', '14 Hope Boulevard, Kingston 6'],
      ['other-id', '0017 7744 21'],
      ['name', 'Pauline Wint'],
      ['phone', '(876) 844-3071'],
    ],
  ),
  // Jamaica 2: A&E note in Mandeville; Manchester is a parish (left out), nickname
  g(
    "Mandeville Regional Hospital, Manchester — A&E 13/03 0645. Brought by JCF from Christiana: 'Bigga' (Oniel Campbell-Reid), 27M, machete laceration R forearm, 9 cm, tendons intact. Tetanus toxoid given. His babymother Shantel called, 876-361-4408. To Mile Gully Health Centre for dressings.",
    [
      ['organization', 'Mandeville Regional Hospital'],
      ['date', '13/03'],
      ['address', 'Christiana'],
      ['name', 'Bigga'],
      ['name', 'Oniel Campbell-Reid'],
      ['name', 'Shantel'],
      ['phone', '876-361-4408'],
      ['organization', 'Mile Gully Health Centre'],
    ],
  ),
  // ---- identifier-free clinical items, Chinese ----
  // discharge-summary paragraph
  g(
    '出院诊断：帕金森病（ICD-10 G20；ICD-11 8A00.0；SNOMED CT 49049000），Hoehn-Yahr 3期，MDS-UPDRS Ⅲ 38分。出院带药：多巴丝肼片（美多芭）125 mg tid，普拉克索（森福罗）0.25 mg tid，恩他卡朋 0.2 g 随每次左旋多巴服用；剂末现象明显时可加司来吉兰 5 mg qd。',
  ),
  // endocrine clinic note
  g(
    'Graves病（E05.0；ICD-11 5A02.0；SNOMED CT 353295004）伴甲状腺相关眼病，CAS 4分。FT3 18.6 pmol/L，FT4 52.3 pmol/L，TSH <0.005 mIU/L，TRAb 12.4 IU/L。予甲巯咪唑（赛治）20 mg qd、普萘洛尔 10 mg tid，4周后复查血常规与肝功能；参照《中国甲状腺功能亢进症和其他原因所致甲状腺毒症诊治指南》（2022年）。',
  ),
  // adrenal clinic, Cushing + Addison
  g(
    '肾上腺门诊小结：① 库欣病（E24.0）：午夜唾液皮质醇 12.8 nmol/L，1 mg过夜地塞米松抑制试验后血皮质醇 186 nmol/L，ACTH 68 pg/mL，垂体MRI示6 mm微腺瘤，岩下窦采血（IPSS）中枢/外周比 3.4。② 艾迪生病（E27.1，SNOMED CT 363732003）：氢化可的松 15 mg 晨服 + 5 mg 午后，氟氢可的松 0.1 mg qd，应激时剂量加倍。',
  ),
  // pharmacy note on levothyroxine and Hashimoto
  g(
    '药学门诊：桥本甲状腺炎（E06.3，SNOMED CT 21983002）合并亚临床甲减，TPOAb >600 IU/mL，TSH 8.7 mIU/L。备孕期左甲状腺素钠（优甲乐）50 μg 晨起空腹服用，与碳酸钙、硫酸亚铁间隔4小时以上；目标TSH 0.1–2.5 mIU/L。',
  ),
  // IBD multidisciplinary note
  g(
    '克罗恩病（K50.9；ICD-11 DD70；SNOMED CT 34000006），蒙特利尔分型 A2L3B2，CDAI 286，CRP 46 mg/L，粪钙卫蛋白 >1800 μg/g，SES-CD 14分。方案：英夫利西单抗（类克）5 mg/kg 第0、2、6周诱导后每8周维持；若原发无应答换用乌司奴单抗（喜达诺）或维得利珠单抗（安吉优）300 mg。参照ECCO 2024指南。',
  ),
  // paediatric ward order set; 杨梅舌 looks like a name
  g(
    '川崎病（M30.3；ICD-11 4A44.5；SNOMED CT 75053002）诊断要点：发热≥5天，双眼球结膜非渗出性充血，口唇皲裂及杨梅舌，手足硬肿，多形性皮疹，颈部淋巴结≥1.5 cm。医嘱：静注人免疫球蛋白（IVIG）2 g/kg 单次输注，阿司匹林 30–50 mg/kg/d 分3次口服，热退48小时后改 3–5 mg/kg/d；第1、2周及6–8周复查心脏超声（冠状动脉Z值）。',
  ),
  // neurology: Bell palsy, Horner, Meniere, Raynaud
  g(
    '神经内科会诊意见：周围性面瘫（Bell麻痹，G51.0），House-Brackmann Ⅳ级，72小时内予泼尼松 60 mg qd×5天后每日减10 mg，伐昔洛韦 1 g tid×7天；注意与Ramsay Hunt综合征、莱姆病及吉兰-巴雷综合征鉴别。另见右侧霍纳综合征（上睑下垂、瞳孔缩小、无汗），需除外Pancoast瘤及颈内动脉夹层；既往梅尼埃病（H81.0）及雷诺现象（I73.0）。',
  ),
  // hepatology: Wilson
  g(
    '肝豆状核变性（Wilson病，E83.0；SNOMED CT 88518009）：血清铜蓝蛋白 0.06 g/L，24小时尿铜 1.8 μmol，裂隙灯见K-F环，Leipzig评分 6分；Child-Pugh B级（8分），MELD 14。青霉胺自 250 mg/d 起每周加量至 750 mg/d，联合葡萄糖酸锌 50 mg（元素锌）tid，低铜饮食，避免坚果、巧克力、动物肝脏。',
  ),
  // cardiology/genetics: Marfan
  g(
    '马方综合征（Q87.4；SNOMED CT 19346006）随访：主动脉根部 46 mm（Z值 4.1），晶状体异位，系统评分 8分，符合修订Ghent标准（2010年）。氯沙坦 50 mg qd，避免竞技性与等长运动；根部≥50 mm 或年增长>3 mm 转心外科评估保留瓣膜的主动脉根部置换（David手术）。需鉴别Loeys-Dietz综合征及血管型Ehlers-Danlos综合征。',
  ),
  // infectious disease teaching message, place-like eponyms
  g(
    '【感染科学习群】发热伴出疹/腹泻的输入性鉴别：诺如病毒（Norwalk病毒，A08.1）胃肠炎、柯萨奇病毒A16型手足口病、西尼罗病毒脑炎（A92.3）、落基山斑疹热（A77.0，首选多西环素 100 mg bid）、莱姆病（A69.2）、埃博拉病毒病（A98.4）及马尔堡病毒病（A98.3）；询问21天内有无疫区旅居史。',
  ),
  // ED checklist with scores
  g(
    '急诊评估清单：格拉斯哥昏迷评分（GCS）E2V3M5 = 10分；新生儿Apgar评分1分钟6分、5分钟9分；社区获得性肺炎CURB-65 3分建议收入ICU；疑诊肺栓塞先行Wells评分（>4分直接CTPA）；踝关节扭伤按渥太华踝关节规则决定是否拍片；上消化道出血Glasgow-Blatchford评分 12分。',
  ),
  // endoscopy report template
  g(
    '胃镜报告：按京都胃炎分类评分（萎缩 A2、肠化 IM1、弥漫性发红 2）共5分，提示Hp现症感染；胃角见约1.2 cm病变，巴黎分类0-Ⅱc型；洛杉矶分级B级反流性食管炎。根除方案：艾司奥美拉唑 20 mg bid + 阿莫西林 1 g bid + 克拉霉素 500 mg bid + 枸橼酸铋钾 220 mg bid，疗程14天，停药4周后13C呼气试验复查。',
  ),
  // neuro/cardio criteria
  g(
    'MRI SWI示脑叶微出血12个伴皮质表面铁沉积，符合波士顿标准2.0版（2022年）“很可能的脑淀粉样血管病”，抗栓需谨慎。另一例感染性心内膜炎按Duke标准（2023年Duke-ISCVID修订版）评估：2项主要标准（血培养草绿色链球菌3/3、经食管超声示二尖瓣赘生物 12 mm）。干燥综合征（M35.0）按2016年ACR/EULAR分类标准评分 5分。',
  ),
  // medication reconciliation with brand names that look like personal names
  g(
    '药物重整：达格列净（安达唐）10 mg qd，恩格列净（欧唐静）不再重复使用；琥珀酸美托洛尔缓释片（倍他乐克）47.5 mg qd，氯吡格雷（波立维）75 mg qd，阿托伐他汀（立普妥）20 mg qn，硝苯地平控释片（拜新同）30 mg qd，恩替卡韦（博路定）0.5 mg qd。eGFR 38 mL/min/1.73m² 时二甲双胍（格华止）减至 0.5 g bid。',
  ),
  // consent template text
  g(
    '知情同意书（模板）：拟行经皮冠状动脉介入治疗（PCI），术中可能使用替罗非班（欣维宁）10 μg/kg 弹丸注射；可能发生的风险包括对比剂肾病（术前血肌酐 132 μmol/L）、穿刺部位血肿、Kounis综合征、支架内血栓。术后双联抗血小板：阿司匹林 100 mg qd + 替格瑞洛（倍林达）90 mg bid，至少12个月。参照《中国经皮冠状动脉介入治疗指南（2016）》。',
  ),
  // ---- identifier-free clinical items, English ----
  // clinic letter paragraph
  g(
    "Impression: idiopathic Parkinson's disease (ICD-10 G20; SNOMED CT 49049000), Hoehn and Yahr stage 2.5, MDS-UPDRS part III 31. Plan: increase co-careldopa (Sinemet Plus) 25/100 mg to four times daily, continue rasagiline (Azilect) 1 mg OD; consider DaTscan if drug-induced parkinsonism remains in doubt (NICE NG71, 2017).",
  ),
  // thyroid eye disease MDT
  g(
    "Graves' disease with active moderate-to-severe orbitopathy (CAS 5/7, EUGOGO 2021 guideline): carbimazole 40 mg OD with block-and-replace levothyroxine 100 micrograms, propranolol 40 mg TDS; TRAb 9.8 IU/L, free T4 48 pmol/L, TSH <0.01 mU/L. Options: IV methylprednisolone 4.5 g cumulative, or teprotumumab (Tepezza) 10 mg/kg then 20 mg/kg every 3 weeks for 8 infusions.",
  ),
  // endocrine investigation plan
  g(
    "Cushing's syndrome work-up (Endocrine Society 2008; Pituitary Society 2021 consensus): late-night salivary cortisol 9.6 and 11.2 nmol/L, 24 h urinary free cortisol 412 nmol/24 h, 1 mg overnight dexamethasone suppression cortisol 138 nmol/L, ACTH 14.1 pmol/L. Pituitary MRI normal — proceed to bilateral inferior petrosal sinus sampling; bridging therapy osilodrostat (Isturisa) 2 mg BD or metyrapone 250 mg QDS.",
  ),
  // emergency protocol
  g(
    'Adrenal crisis (Addisonian crisis) protocol: hydrocortisone 100 mg IV/IM stat, then 200 mg/24 h by infusion; 0.9% sodium chloride 1 L over the first hour. Typical labs: Na 121 mmol/L, K 6.2 mmol/L, glucose 2.9 mmol/L, urea 14.8 mmol/L. On discharge: Plenadren 20 mg mane plus fludrocortisone 100 micrograms OD, steroid emergency card, sick-day rules doubled.',
  ),
  // IBD biologics note
  g(
    "Crohn's disease (K50.0; ICD-11 DD70; SNOMED CT 34000006), Montreal A2 L1 B2, Harvey–Bradshaw Index 11, faecal calprotectin 1,240 µg/g, CRP 38 mg/L. Induction with ustekinumab (Stelara) ~6 mg/kg IV then 90 mg SC every 8 weeks, or vedolizumab (Entyvio) 300 mg IV at weeks 0, 2 and 6; screen for TB (IGRA) and hepatitis B first (ECCO 2024).",
  ),
  // paediatric
  g(
    'Kawasaki disease (M30.3; ICD-11 4A44.5; SNOMED CT 75053002) per the AHA 2017 scientific statement: IVIG 2 g/kg over 10–12 h plus aspirin 30–50 mg/kg/day until afebrile for 48 h, then 3–5 mg/kg/day. Kobayashi score 6 — add prednisolone 2 mg/kg/day. Echocardiogram at diagnosis, 1–2 weeks and 4–6 weeks; LAD Z-score 3.1.',
  ),
  // facial palsy patient information leaflet
  g(
    "Patient leaflet — Bell's palsy (G51.0; SNOMED CT 193093009): prednisolone 50 mg once daily for 10 days started within 72 hours; tape the eye shut at night and use Lacri-Lube. Seek help if you notice a rash around the ear (Ramsay Hunt syndrome), weakness on both sides (Lyme disease, Guillain–Barré syndrome) or a spared forehead.",
  ),
  // neuro-ophthalmology
  g(
    "Left Horner's syndrome (ptosis, miosis, anhidrosis) with ipsilateral neck pain: apraclonidine 0.5% test positive; urgent CT angiography of the neck to exclude carotid dissection and a Pancoast tumour. History also of Ménière's disease (H81.0; SNOMED CT 13445001) on betahistine 16 mg TDS and Raynaud's phenomenon (I73.0) on nifedipine MR 30 mg OD.",
  ),
  // rheumatology
  g(
    "Sjögren's disease (M35.0; SNOMED CT 83901003): 2016 ACR/EULAR classification score 5 — anti-Ro/SSA positive, labial gland focus score 1, Schirmer 4 mm in 5 min, unstimulated salivary flow 0.08 mL/min. Hydroxychloroquine 200 mg BD, pilocarpine (Salagen) 5 mg QDS; ESSDAI 7; annual review for MALT lymphoma.",
  ),
  // hepatology
  g(
    "Wilson's disease (E83.01; SNOMED CT 88518009): caeruloplasmin 0.08 g/L, 24 h urinary copper 3.4 µmol, Kayser–Fleischer rings on slit lamp, Leipzig score 5. Trientine tetrahydrochloride (Cuprior) 150 mg BD or penicillamine 750 mg/day plus pyridoxine; Child–Pugh A (6), MELD-Na 11. Use the New Wilson Index (King's) if acute liver failure develops (AASLD 2022 practice guidance).",
  ),
  // cardiothoracic
  g(
    'Marfan syndrome (Q87.40; SNOMED CT 19346006) under the revised Ghent nosology (2010): aortic root 48 mm at the sinuses of Valsalva, ectopia lentis, systemic score 8. Losartan 100 mg OD; refer for a valve-sparing root replacement (David procedure) at ≥50 mm. Differentials: Loeys–Dietz syndrome, vascular Ehlers–Danlos syndrome, Shprintzen–Goldberg.',
  ),
  // travel clinic
  g(
    'Returned-traveller fever screen: Lyme serology (ELISA then immunoblot), Rocky Mountain spotted fever (A77.0) — start doxycycline 100 mg BD empirically; West Nile virus IgM in CSF; Coxsackie B PCR if myocarditis; norovirus (Norwalk agent, A08.11) PCR on stool. Consider Ebola or Marburg virus disease only within 21 days of exposure in an outbreak area and isolate first.',
  ),
  // ED decision tools
  g(
    'ED decision tools: Glasgow Coma Scale E3V4M6 = 13; Apgar 7 at 1 minute and 9 at 5 minutes; CURB-65 of 2 — consider hospital-based care; Wells score for PE 6.0 — CTPA; Ottawa ankle and knee rules; Canadian C-spine rule; San Francisco syncope rule; HEART score 4; Child-Pugh C (11) with variceal bleed — terlipressin 2 mg IV QDS per Baveno VII (2021).',
  ),
  // endoscopy
  g(
    "OGD report template: Kyoto classification of gastritis score 4 (atrophy C-2, intestinal metaplasia, diffuse redness); Paris classification 0-IIa+IIc lesion; Los Angeles grade C oesophagitis; Prague C2M4 Barrett's segment, biopsies per the Seattle protocol. Forrest Ib duodenal ulcer: adrenaline 1:10,000 injection plus clips; Glasgow-Blatchford 9, Rockall 5; IV pantoprazole 80 mg then 8 mg/h.",
  ),
  // stroke/cardiology MDT
  g(
    'Cerebral amyloid angiopathy by the Boston criteria v2.0 (2022): 4 lobar microbleeds and cortical superficial siderosis. Infective endocarditis by the Duke criteria (2023 Duke–ISCVID update): 1 major + 3 minor. AF: CHA₂DS₂-VASc 4, HAS-BLED 2 (2024 ESC AF guidelines) — apixaban (Eliquis) 5 mg BD; atorvastatin (Lipitor) 40 mg nocte for LDL-C 3.4 mmol/L; HbA1c 58 mmol/mol on empagliflozin (Jardiance) 10 mg OD.',
  ),
];
