import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Twenty-first gold set: outside held-out set 49, written blind by an outside evaluator who read neither the detectors,
 * the deidentifier, the detector data, the de-identification README, the dev-set specs nor any earlier gold set's items
 * (only v20's header comment and its first five items for the file format and conventions, the GoldSpan / GoldSentence
 * types and the PhiType list), and who neither ran the de-identifier, any test or any scoring on these items nor saw
 * any score of them.
 * 160 items: 64 Chinese ones first (40 simplified, then 24 traditional: 12 Taiwan, 8 Hong Kong, 4 Macau), then 64
 * English ones, then 32 identifier-free clinical items (16 Chinese, 16 English).
 * Simplified items: v20's header already names every province-level division, so this set varies the institution and
 * the city instead: enterprise hospitals of a coal mine (Kailuan, Tangshan), two oilfields (Daqing, Shengli/Dongying),
 * a railway (Xi'an), a steel works (Baotou), two coal groups (Datong, Pingdingshan); 三甲 and prefecture-level city
 * hospitals (Wuhan, Hefei, Wenzhou, Zunyi, Zhengzhou, Tianjin, Chongqing, Haikou, Baoding, Yulin, Zhangye, Wuzhong,
 * Nanchong, Golmud, Korla, Lhasa, Dali); community health service centres and a community hospice ward (Chengdu
 * Wuhou, Liuzhou, Shanghai Yangpu, Yueyang); a prison hospital (Guangdong), a detention-centre infirmary (Beijing) and
 * a compulsory drug-rehabilitation centre (Suzhou, Anhui); military and armed-police hospitals (Nanjing, Harbin
 * conscription examination, Urumqi); a central blood station (Ganzhou), a chain medical-examination centre (Xiamen), a
 * forensic appraisal institute (Yuxi), a municipal 120 centre (Qingdao), a CDC (Jilin City) and a commercial insurer
 * (Dalian); all 31 mainland province-level divisions appear, nine of them twice (Hebei, Heilongjiang, Shandong,
 * Shaanxi, Xinjiang, Henan, Anhui, Yunnan, Sichuan). Traditional items: Taipei veterans and tri-service (military)
 * hospitals, Kaohsiung, Taichung, Hualien, Hsinchu, Tainan, Chiayi, Yilan, Pingtung, a Taipei prison and a Keelung
 * shipyard; Hong Kong public, private, correctional, Fire Services ambulance and Chinese-medicine settings; Macau
 * public and private hospitals, a health centre and an insurer.
 * English items: US 7 (Alaska, Louisiana, Minnesota, Arizona/Navajo Nation, Hawaii, West Virginia, Texas), England 3,
 * Scotland 2, Wales 2, Northern Ireland 1, Ireland 2, Canada 4 (Quebec/Nunavik, Manitoba, Nunavut, Nova Scotia),
 * Australia 4 (Northern Territory, Tasmania, Queensland, Western Australia), New Zealand 2, India 4 (Kerala,
 * Maharashtra, Punjab, Delhi), Pakistan 2, Bangladesh 2, Sri Lanka 1, Nepal 1, Singapore 2, Malaysia 2 (Sabah, Penang),
 * Nigeria 2, Ghana 2, Kenya 2, Uganda 2, Tanzania 2, Zambia 2, Zimbabwe 2, South Africa 2, Philippines 2, Jamaica 1,
 * Fiji 1, Papua New Guinea 1, Hong Kong English 2.
 * Genres (new ones beyond v20's list first): operative notes, anaesthesia records, MDT / tumour-board minutes,
 * obstetric partograms flattened to pipe tables, vaccination records and U-WIN / child health cards,
 * occupational-health certificates (pneumoconiosis, hearing loss, mine fitness, conscription), sick-leave
 * certificates and a UK fit note, forensic reports (appraisal opinion, injury certificates, medico-legal certificate,
 * custody witness statement, post-mortem report), prescriptions and a PBS authority script, discharge medication
 * lists, ambulance and aeromedical run sheets, triage boards, FHIR R4 JSON (Patient, Bundle), HL7 v2 ADT^A01 /
 * ADT^A04 / ORU^R01 messages, DICOM header dumps (dcmdump and pydicom style), CSV line lists, OCR text with spaced
 * characters and a broken line, WeChat / DingTalk / LINE / WhatsApp / Teams chats, e-mail threads with signatures and
 * quoted replies, patient-portal and internet-hospital messages, insurance and claims forms (commercial, Medicaid PA
 * fax, PM-JAY, SHA, PhilHealth, medical-insurance DRG audit), research-consent signature pages, death certificates
 * and summaries, home visits (family doctor, hospice, Nunavut, eCHIS), interpreter notes (sign language, Inuktitut,
 * Indonesian), SMS reminders, a blood-donor record and a prison / detention / rehabilitation clinical note.
 * 128 items carry 1865 identifiers: name 648, date 279, organization 237, address 190, phone 113, other-id 106,
 * bed 73, mrn 56, id-card 47, license 27, social-security 22, age 17, email 15, device 7, plate 5, url 5, account 5,
 * ip 4, passport 3, bank-card 3, vehicle 3 (Chinese items 849 identifiers, English items 1016).
 * 269 of the 648 names (41.5 %; 123 of 316 Chinese, 146 of 332 English) have no trigger
 * word at all, counted as strictly as v20 (no title, role or label word such as 患者 / 姓名： / 医师 / 护士 / 主任 /
 * Dr / Mr / Patient: / From: / CHP, no kinship or relation word such as 女儿 / 家属 / 妻 / wife / son / cousin /
 * wantok / s/o / a/l, no honorific or familiar prefix or suffix such as 老 / 阿…姐 / 大爷 / 师傅 / 先生 / 伯 / 太 /
 * 阿嬤 / 學長 / Tutu / Malam / Gng. / Baby next to the name, and a role written right after the name counted as a
 * trigger): line- and sentence-opening names, chat speakers and @mentions, names right after a bed, bay or chart
 * number, names followed directly by 您好 or by a verb, names as objects (由…发现, 联系, 找…核实, 交…代領, "Seen", "Visited",
 * "Called by", "Handed over to", "I examined", "certify that", "Updated", "Referred by", "refill for"), list members
 * after the first, table, CSV and HL7 fields, dash and bare-name signatures, greetings ("Hi Leilani", "Morning Rudo",
 * 詠詩：), "I, <name>," declarations, the second form of a name written side by side (CHEUNG, Wai Man 張偉文), quoted
 * nicknames and @ aliases; these are marked "// no trigger" on their span lines. New choices about triggers: a column
 * header such as 患者 / 家长 / Nurse two lines above a table or CSV cell is not a trigger (as v20 treated CSV fields); FHIR
 * JSON keys ("name", "family", "given", "text") and the keywords of a DICOM dump (PatientName, Patient's Name,
 * ReferringPhysicianName) are label words, so those names count as triggered; an HL7 NK1 or IN1 name followed by its
 * relationship code (SPO, SEL) counts as triggered.
 * All identifiers are fictional; check digits are valid for 身份证 (GB 11643, plain and in 6-8-4 groups, sex digit and
 * birth date matching the text), Taiwan ID and new-format resident-certificate numbers, HKID, NRIC / FIN, Aadhaar
 * (Verhoeff), South African ID (Luhn; date, sex and citizenship digits matching), bank cards (Luhn: a 19-digit and a
 * 16-digit UnionPay card and a Visa), NPI (Luhn with 80840), DEA (second letter = prescriber's surname), NHS, CHI and
 * H&C numbers (mod 11; the CHI date and sex digit match), Irish PPSN, Australian Medicare and IHI (Luhn) and NZ NHI;
 * the RAMQ number is built from the surname, given name, birth date and sex; the Macau BIR, Manitoba PHIN, Nunavut
 * health number, CNIC (sex digit matching), MyKad (date and sex digit matching), Sri Lankan NIC (year and day of year
 * matching), Nepali citizenship number, Ghana Card, Kenyan ID, Ugandan NIN, Tanzanian NIDA, Zambian NRC, Zimbabwean ID,
 * Nigerian NIN, Jamaican TRN, PhilHealth PIN, SHA and NHIF numbers, US SSN and Medicaid / AHCCCS ID, ABHA, PM-JAY ID,
 * Pensioner Concession Card, passports and work permit only follow their format. The Louisiana HL7 message, the Texas
 * fax and the Nova Scotia SMS use the reserved 555-01xx range, UK mobiles the 07700 900xxx drama range and Australian
 * mobiles the 0491 570 xxx range.
 * Annotation conventions are v20's (names without title / 先生 / 医生 / Dr; surname alone when only the surname is
 * written; dates only the month/day part unless it is the date of birth of someone aged > 89, then the whole date;
 * ages only the number and only when > 89; addresses city level and below, province / state / county / district of a
 * country without cities left out, postcodes separate; beds / wards / rooms the code itself; phones with prefix and
 * brackets; handles and system user names `account`; the city + district prefix before an institution an `address`
 * span and the institution an `organization` span; province-level municipalities, 香港, 九龍 and 澳門 before an address
 * left out; Chinese 有限公司 kept, English Ltd / Plc / Sdn Bhd left out; HL7 name components separate; ROC and Bikram
 * Sambat dates without their year; compact HL7 / DICOM dates the MMDD part; ages ≤ 89 left in as distractors).
 * Choices this set adds where v20's header is silent:
 *  - organisations: only an administrative prefix written with its 市 / 县 / 区 / 自治州 is split off as `address`
 *    (邵阳市-style); a place name fused into a proper name without such a suffix stays inside the `organization` span
 *    (开滦总医院, 大庆油田总医院, 西安铁路中心医院, 巴州人民医院, 爱康国宾厦门思明体检分院, 高雄長庚紀念醫院, Cork University
 *    Hospital, Teaching Hospital Kandy); a province or autonomous-region prefix is left out (广东省北江监狱医院 →
 *    北江监狱医院, 西藏自治区人民医院 → 人民医院), an autonomous prefecture (大理白族自治州) is city level and in; a hospital
 *    named after its ministry (衛生福利部基隆醫院) is one span; departments, infirmary and campus words (医务室, 医务科,
 *    Glen site, 河医院区) are left out, but a branch location written after an institution ("SingHealth Polyclinics –
 *    Bedok", "Mloganzila") is an `address`; a named police station or court (海淀分局清河派出所, PS Chandni Mahal,
 *    Chelston Police Station, 人民法院, Gulu Chief Magistrate's Court), a military unit designator (31665部队,
 *    陸軍第五四二旅), a mine division (采油二厂, 平煤股份十二矿, Nchanga open pit), a regional health board or district
 *    (NHS Greater Glasgow and Clyde, Betsi Cadwaladr University Health Board, Counties Manukau), a retrieval service
 *    or airline (LIFEMED ALASKA, CareFlight, MAF), an employer, an insurer and a medical aid (Bonitas) are
 *    organisations; national agencies and schemes (懲教署, 法務部矯正署, 衛生局, 醫委會, 省医保, Te Whatu Ora, NHIS,
 *    SHA, PhilHealth, AHCCCS, National Blood Transfusion Service, Uganda Prisons Service), generic police (交警,
 *    Dyfed-Powys Police), manufacturers (Dräger, Phonak, Glostavent) and HL7 applications (EPIC, TRAKCARE) are not.
 *  - numbers: `id-card` also covers a military officer's certificate written with its prefix (南字第2019041763号, the
 *    whole string, as 醫字第038117號 for a `license`), the Jamaican TRN and the Tanzanian NIDA number; `social-security`
 *    covers public health-insurance and social-insurance numbers (医保人员编号, Taiwan NHI card, RAMQ, Manitoba PHIN,
 *    Nunavut health number, Medicaid / AHCCCS, Australian Medicare and the Pensioner Concession Card, Irish PPSN, Ghana
 *    NHIS, Tanzanian NHIF, Kenyan SHA, PhilHealth PIN); `mrn` covers NHS, CHI, H&C and NZ NHI numbers, 体检号, 就诊卡号,
 *    UHID, IP, folder, docket and clinic-card numbers; `other-id` covers the Australian IHI, ABHA, PM-JAY ID,
 *    commercial insurance policy and member numbers, prisoner, detainee and rehabilitation numbers, a service number
 *    (兵籍號碼), staff numbers (工号, HL7 XCN ids, a police collar number), a disability-certificate number (ID + 2 digits),
 *    report, certificate, case, mission, task, incident and court numbers, pathology, specimen and accession numbers,
 *    HL7 visit and placer / filler numbers, a FHIR resource id, DICOM Study Instance UID and Study ID, blood-donation
 *    codes and bag numbers, research subject ids, transaction ids and an eCHIS household id; `license` covers NPI and
 *    DEA, Medicare provider and PBS prescriber numbers, a BHF practice number, HPCSA, GMC, MCR, MCHK, DMC, MMC, BMDC,
 *    NMC, PRC and OHD registrations, interpreter credentials and a sign-language interpreter certificate; an M-Pesa
 *    Paybill and a Macau bank account are `account`; aircraft registrations (N871LM, VH-NXD, P2-MAK) are `vehicle`;
 *    private IP addresses are `ip` like public ones. Not annotated: HL7 message control ids, vaccine and batch lot
 *    numbers (one, 20251109, looks like a date), protocol and ethics references, OIDs, a DICOM station name, the
 *    version date of a participant information sheet (not a date of the individual), extensions and 120 / 911.
 *  - beds: ward codes (5B, 7B, 6A, 6C, 7A, 8A, C8, 5C, K12N, A604), bays and cubicles, an isolation room, a prison cell
 *    (4/17, a date look-alike, and 忠2-17), a custody cell, a clinic room code (1C), a semi-private room
 *    and the room^bed of HL7 PV1 (its ward component left out) are `bed`; wards named after a department or a building
 *    (Neurosurgery B, Surgical Ward 2, Sewa Haji 3, 心蓮病房) and operating theatres are not.
 *  - dates: DD-MM (India), DD.MM (Bangladesh), MM-DD (PhilHealth), "18-Mar", "24th February" (ordinal inside the span)
 *    and every WhatsApp timestamp are annotated; a DICOM birth date of someone aged > 89 is annotated whole (19340705),
 *    an ROC one with its era word (民國 18 年 7 月 3 日); a DICOM age string 091Y is annotated as 091.
 *  - addresses: Indian house names, post offices, villages, talukas and tehsils, a PNG village and district, a Kenyan
 *    plot and lane, a Zambian compound plot, a Fijian lot and village, a US highway-contract box, a Nunavut house
 *    number, a First Nation, a dormitory block and room and an Australian unit/street number (3/41, a date look-alike)
 *    are `address`; labels (VPO, At post, Tal., Tehsil, R/o) are left out, Kingston 13 keeps its postal district.
 *  - names: Md. before a Bangladeshi name, Sinhala initials, bin / binti and a name broken across an OCR line
 *    ("Thankam-\nma Varghese") stay inside one span; a / l separates two spans like s/o; an @ alias and a quoted
 *    street name ("Screw") are separate spans; FHIR text and family / given are all annotated; mixed-script chat names
 *    (Kenneth 陳) are one span; kinship words used alone (Nana, Koro, Tutu, 阿嬤) are not names; people inside
 *    institutions, streets, wards, scales, colour-vision plates, herbs and brands are not names (Betsi Cadwaladr,
 *    Kamehameha IV Rd, Alhaji Bashorun Street, Chris Hani Road, Maponya Mall, Sewa Haji, JKCI, Lumumba Sub-County
 *    Hospital, Parirenyatwa, Gereja St. Michael, 俞自萍色觉检查图).
 * The 32 identifier-free items carry no identifier at all (not even a month/day) and are dense with eponyms and named
 * scores (NIHSS, TOAST, Wells, Geneva, Framingham, Hamilton, Montgomery–Åsberg, Young, Beck, Wechsler, Eysenck, Karnofsky, Tanner,
 * Prader, Greulich–Pyle, Hunter, Kawasaki, Hashimoto, Graves, Cushing, Addison, Crohn, Barrett, Rockall, Forrest,
 * Courvoisier, Light, Nikolsky, Auspitz, Koebner, Wood's lamp, Fitzpatrick, Lauge-Hansen, Neer,
 * Salter-Harris, Tile, Denis, Cobb, Bishop, Robson, Zuspan, Bakri, McDonald, Shirodkar, Coombs, Kleihauer–Betke,
 * Weil–Felix, Widal, Bartter–Schwartz, Brucella, Yersinia, Guillain–Barré, Miller Fisher, House–Brackmann, Bell,
 * Bazett, Simpson, Lynch), drugs and brands (Chinese brands and herbs that read like personal names: 徐长卿, 刘寄奴,
 * 王不留行, 杜仲, 丁香, 白芷, 陈皮, 柴胡, 王老吉, 潘高寿, 片仔癀, 京万红, 汤臣倍健, 韦立得, 罗盖全, 艾瑞卡, 可瑞达,
 * 泰瑞沙, 毓婷, 优思明, 思力华; English brands and herbs named like people: Ella, Errin, Larin 1/20, Kelnor 1/35, Aubra,
 * Mirena, Kyleena, Jaydess, Allegra, Alli, Stelara, Victoza, Sweet Annie, Joe-Pye weed), doses, lab values with units,
 * ICD-10 / ICD-11 / SNOMED CT codes, scores and guidelines with years (AHA/ASA 2019, 2021 ESC, 2024 ESC CHA2DS2-VA,
 * GOLD 2025, AHA 2017, St Gallen 2023, Maastricht VI/Florence 2022, Tokyo Guidelines 2018, Bethesda 2014, UKMEC 2016,
 * CKD-EPI 2021, ADA 2025, NICE NG28), place-named diseases and classifications (牛津郡 OCSP, 蒙特利尔, 巴黎, 布拉格,
 * 西雅图, 马斯特里赫特, 佛罗伦萨, 东京, 巴韦诺, 香港肝癌分期, 汉坦, 莱姆, 西尼罗, 寨卡, 马尔堡, 克里米亚-刚果, 费城染色体,
 * 渥太华, 加拿大, 纽约 NYHA, 弗雷明汉, 圣加仑, 阿姆斯特丹, 匹兹堡, 明尼苏达, Lyme, Rocky Mountain, Colorado, Powassan,
 * La Crosse, St. Louis, West Nile, Jamestown Canyon, Barmah Forest, Kyasanur Forest, Aleppo, Baghdad, Madura, Tokelau,
 * Norwalk, Coxsackie, Philadelphia, Montreal, Vienna, Paris, Prague, Seattle, Baveno VII, Tokyo, Geneva, Ottawa,
 * Canadian C-spine, Brighton, Epworth, Hong Kong Liver Cancer staging, Amsterdam II, Manchester score), values that
 * look like dates (1/2 剂, 1/2 片, 3/4 片, 1:160, MMSE 22/30, Borg 13/20, 28/66, 140/90, 90/60, Entresto 24/26,
 * Symbicort 200/6, Sinemet 25/100, Trelegy 92/55/22, 14/52, 12–14/40, 36+0/40, 14/24), and everyday words that are
 * also first names opening lines (Ella, Errin, Larin, Max, Ray, Clay, Rich, Penny, Ginger, Faith, Joy, Ivy, Lance,
 * Crystal, Summer, Sandy, Holly, Gene, Dusty, Art, Jack, Allegra, Alli, Bill; 平安, 建设, 胜利, 光明, 和平, 文明, 红梅).
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}

export const DEID_GOLD_SET_V21: readonly GoldSentence[] = [
  // ---- Chinese, simplified (mainland: enterprise, 三甲, city, community, custodial, military and specialist units) ----
  // 1 Hebei, Kailuan coal-mine enterprise hospital, occupational-health examination certificate (pneumoconiosis)
  g(
    '开滦总医院职业病科\n职业健康检查结论通知书（在岗期间）　编号：KLZY-2026-03817\n受检者：任国栋　性别：男　出生日期：1971年8月14日　身份证号：130204197108143511\n用人单位：开滦（集团）有限责任公司范各庄矿业分公司　工种：综采工　接害工龄：26年\n危害因素：煤尘、噪声　检查日期：2026年4月9日\n胸片（DR，ILO 2011 标准片对照）：双上中肺区小阴影 p/q，总体密集度 1/1\n结论：煤工尘肺壹期（GBZ 70-2015），建议调离粉尘作业岗位，6 个月后复查。\n主检医师：卢振海　审核：白雪梅\n抄送：唐山市古冶区范各庄矿区医疗站　0315-3026418',
    [
      ['organization', '开滦总医院'],
      ['other-id', 'KLZY-2026-03817'],
      ['name', '任国栋'],
      ['date', '8月14日'],
      ['id-card', '130204197108143511'],
      ['organization', '开滦（集团）有限责任公司范各庄矿业分公司'],
      ['date', '4月9日'],
      ['name', '卢振海'],
      ['name', '白雪梅'],
      ['address', '唐山市古冶区'],
      ['organization', '范各庄矿区医疗站'],
      ['phone', '0315-3026418'],
    ],
  ),
  // 2 Heilongjiang, Daqing oilfield enterprise hospital, operative note; patient name opens a line
  g(
    '手术记录\n大庆油田总医院 普外二科　住院号：DQ0261187　床号：31\n葛长河，男，63岁，采油二厂退休职工。\n手术日期：2026-02-26　术前诊断：乙状结肠癌（cT3N1M0）\n手术名称：腹腔镜乙状结肠癌根治术（D3 淋巴结清扫）\n术者：闫立峰　一助：苗嘉欣　二助：孔德旭　麻醉：全麻（魏晓冬）　器械护士：郑丹丹\n术中所见：肿瘤位于乙状结肠中段，约 4×3 cm，侵及浆膜，肠系膜下动脉根部淋巴结未见肿大，Toldt 间隙游离顺利。\n标本送病理（编号 P26-04417）。术后转 ICU 6床，已向女儿葛晓丽（13936781205）交代病情。\n葛长河术后第 1 天即下床活动。',
    [
      ['organization', '大庆油田总医院'],
      ['mrn', 'DQ0261187'],
      ['bed', '31'],
      ['name', '葛长河'], // no trigger
      ['organization', '采油二厂'],
      ['date', '02-26'],
      ['name', '闫立峰'],
      ['name', '苗嘉欣'],
      ['name', '孔德旭'],
      ['name', '魏晓冬'],
      ['name', '郑丹丹'],
      ['other-id', 'P26-04417'],
      ['bed', '6', 5],
      ['name', '葛晓丽'],
      ['phone', '13936781205'],
      ['name', '葛长河', 1], // no trigger
    ],
  ),
  // 3 Shandong, Shengli oilfield central hospital, anaesthesia record; name right after a bed number, second
  // anaesthetist in a list
  g(
    '胜利油田中心医院 麻醉记录单　2026年3月19日\n关节外科 27床 鞠玉霞 女 58岁 住院号 SY20260319047\nASA II级　拟施手术：右全膝关节置换术\n麻醉方法：腰硬联合（L3-4），0.5% 罗哌卡因 2.5 ml\n08:10 入室 BP 148/86 mmHg HR 72 SpO2 97%；08:25 穿刺成功；08:40 切皮；10:05 出室，Bromage 3 级\n麻醉医师：隋建波、孙静怡　巡回护士：巴晓燕\n麻醉机 Dräger Fabius plus，序列号 ASFK-0071\n住址：东营市东营区西城街道北一路287号胜利花园12-2-301',
    [
      ['organization', '胜利油田中心医院'],
      ['date', '3月19日'],
      ['bed', '27'],
      ['name', '鞠玉霞'], // no trigger
      ['mrn', 'SY20260319047'],
      ['name', '隋建波'],
      ['name', '孙静怡'], // no trigger
      ['name', '巴晓燕'],
      ['device', 'ASFK-0071'],
      ['address', '东营市东营区西城街道北一路287号胜利花园12-2-301'],
    ],
  ),
  // 4 Shaanxi, railway enterprise hospital, sick-leave certificate for a locomotive driver
  g(
    '病 假 证 明\n兹有中国铁路西安局集团有限公司西安机务段职工樊卫东（工号 0571263），男，41岁，因“腰椎间盘突出症（L4/5）”于2026年3月23日来我院就诊，建议全休 14 天（3月23日至4月5日），期间不宜从事机车乘务工作。\n门诊号：XT2603230415\n医师：芦红霞（签章）\n西安铁路中心医院医务科（盖章）　2026年3月23日',
    [
      ['organization', '中国铁路西安局集团有限公司西安机务段'],
      ['name', '樊卫东'],
      ['other-id', '0571263'],
      ['date', '3月23日'],
      ['date', '3月23日', 1],
      ['date', '4月5日'],
      ['mrn', 'XT2603230415'],
      ['name', '芦红霞'],
      ['organization', '西安铁路中心医院'],
      ['date', '3月23日', 2],
    ],
  ),
  // 5 Hubei, Wuhan 三甲 hospital, pancreatic MDT minutes; list of attendees, name followed by a verb
  g(
    '华中科技大学同济医学院附属协和医院 胰腺疾病 MDT 讨论记录\n时间：2026年1月15日 16:00　地点：外科楼 11 楼示教室\n主持：汤振宇（胰腺外科）\n参加：肿瘤科、影像科、病理科、放疗科、介入科医师滕蕾、汪思远、覃小军、雷一鸣、付春燕\n讨论患者：梅宏斌，男，66岁，住院号 0028817462，床号 胰外 B16\n汇报：上腹痛伴消瘦 2 月，CA19-9 1126 U/ml，增强 CT 示胰头占位 3.4 cm，与 SMV 接触约 180°（NCCN 2025 交界可切除）。\n意见：先行 mFOLFIRINOX 新辅助 4 周期后复评；汪思远建议加做 PET/CT；Whipple 术待评估后择期；梅宏斌本人已表示同意。\n记录：晏倩',
    [
      ['organization', '华中科技大学同济医学院附属协和医院'],
      ['date', '1月15日'],
      ['name', '汤振宇'],
      ['name', '滕蕾'],
      ['name', '汪思远'], // no trigger
      ['name', '覃小军'], // no trigger
      ['name', '雷一鸣'], // no trigger
      ['name', '付春燕'], // no trigger
      ['name', '梅宏斌'],
      ['mrn', '0028817462'],
      ['bed', 'B16'],
      ['name', '汪思远', 1], // no trigger
      ['name', '梅宏斌', 1], // no trigger
      ['name', '晏倩'],
    ],
  ),
  // 6 Sichuan, Chengdu community health service centre, family-doctor home visit; DOB of a patient aged 91
  g(
    '成都市武侯区玉林社区卫生服务中心 家庭医生上门服务记录\n服务对象：蒲桂英　女　91岁　出生日期：1934年11月3日　签约编号：WH-YL-2019-06631\n地址：成都市武侯区玉林街道玉林北路 17 号 3 栋 2 单元 501\n上门日期：2026年2月9日\n随访：老人卧床，骶尾部 2 期压疮 3×2 cm，Braden 11 分，给予换药、翻身指导；指尖血糖 8.6 mmol/L。\n照护人：儿媳邓春梅 18180627345；邻居熊大爷帮忙买药。\n家庭医生团队：黎志红、护士庞燕',
    [
      ['address', '成都市武侯区'],
      ['organization', '玉林社区卫生服务中心'],
      ['name', '蒲桂英'],
      ['age', '91'],
      ['date', '1934年11月3日'],
      ['other-id', 'WH-YL-2019-06631'],
      ['address', '成都市武侯区玉林街道玉林北路 17 号 3 栋 2 单元 501'],
      ['date', '2月9日'],
      ['name', '邓春梅'],
      ['phone', '18180627345'],
      ['name', '熊'],
      ['name', '黎志红'],
      ['name', '庞燕'],
    ],
  ),
  // 7 Guangdong, prison hospital, outpatient record of an inmate with tuberculosis
  g(
    '广东省北江监狱医院 门诊病历\n罪犯编号：4400127793　姓名：施俊杰　男　36岁　监区：三监区\n主诉：咳嗽、咳痰伴低热 3 周，施俊杰否认既往结核病史。PPD 强阳性，胸片右上肺斑片影伴空洞。\n初步诊断：继发性肺结核（右上，涂阳待查）\n处理：隔离至传染病区 5 号病房；痰涂片 ×3、Xpert MTB/RIF；上报韶关市疾控中心（报告卡号 440203-2026-00412）。\n2026年3月6日　医师：冯锐　陪同狱警：包建业\n家属联系：母亲施金凤，清远市清城区东城街道七星岗村 4 巷 9 号，13727604418',
    [
      ['organization', '北江监狱医院'],
      ['other-id', '4400127793'],
      ['name', '施俊杰'],
      ['name', '施俊杰', 1], // no trigger
      ['bed', '5'],
      ['address', '韶关市'],
      ['organization', '疾控中心'],
      ['other-id', '440203-2026-00412'],
      ['date', '3月6日'],
      ['name', '冯锐'],
      ['name', '包建业'],
      ['name', '施金凤'],
      ['address', '清远市清城区东城街道七星岗村 4 巷 9 号'],
      ['phone', '13727604418'],
    ],
  ),
  // 8 Beijing, detention-centre infirmary intake examination; 身份证 in 6-8-4 groups; named police station
  g(
    '北京市第三看守所医务室 入所健康检查表\n在押人员编号 J3-260217-044　姓名 庄海涛　男　出生 1988-05-27\n身份证号 110108 19880527 4331\n户籍地址：北京市海淀区清河街道安宁庄西路 9 号院 6 号楼 1103\n入所时间：2026-02-17 22:40　送押单位：海淀分局清河派出所\n体检：左前臂多处陈旧性刀割瘢痕，庄海涛自述海洛因吸食史；尿检 MOP(+)，HIV 快检阴性，COWS 9 分。\n处置：美沙酮替代评估，明日转安康医院会诊。\n检查医生：谷雨晴　值班民警：綦振',
    [
      ['organization', '第三看守所'],
      ['other-id', 'J3-260217-044'],
      ['name', '庄海涛'],
      ['date', '05-27'],
      ['id-card', '110108 19880527 4331'],
      ['address', '海淀区清河街道安宁庄西路 9 号院 6 号楼 1103'],
      ['date', '02-17'],
      ['organization', '海淀分局清河派出所'],
      ['name', '庄海涛', 1], // no trigger
      ['organization', '安康医院'],
      ['name', '谷雨晴'],
      ['name', '綦振'],
    ],
  ),
  // 9 Jiangsu, Nanjing military general hospital, discharge summary of an officer (unit designator, 军官证)
  g(
    '中国人民解放军东部战区总医院 出院小结\n姓名：蒯立军　性别：男　年龄：34岁　部别：31665部队　军官证：南字第2019041763号\n入院：2026年1月8日　出院：2026年1月21日\n诊断：右侧跟腱断裂（训练伤），Thompson 试验（+）。蒯立军系 400 米障碍训练落地时受伤\n手术：1月9日 跟腱修补术（Krackow 缝合）\n出院医嘱：长腿石膏托固定 4 周，6 周内禁止跑跳训练；2月20日 运动医学科门诊复查，预约电话 025-80867731。\n主治医师：祁红　住院医师：尚宇航\n联系人：妻甄晓蕾，南京市秦淮区御道街 3 号 2 栋 405，15205187636',
    [
      ['organization', '中国人民解放军东部战区总医院'],
      ['name', '蒯立军'],
      ['organization', '31665部队'],
      ['id-card', '南字第2019041763号'],
      ['date', '1月8日'],
      ['date', '1月21日'],
      ['name', '蒯立军', 1], // no trigger
      ['date', '1月9日'],
      ['date', '2月20日'],
      ['phone', '025-80867731'],
      ['name', '祁红'],
      ['name', '尚宇航'],
      ['name', '甄晓蕾'],
      ['address', '南京市秦淮区御道街 3 号 2 栋 405'],
      ['phone', '15205187636'],
    ],
  ),
  // 10 Xinjiang, armed-police hospital, emergency resuscitation record after a road crash; two plates, Uyghur names
  g(
    '武警新疆总队医院 急诊抢救记录\n2026-03-28 03:15 120 送入。患者艾尔肯·买买提，男，29岁，身份证 650102199702142012，驾驶轿车（新A·3K617）与货车追尾，方向盘撞击胸部。\n查体：BP 86/52 mmHg，HR 128，左侧呼吸音消失，FAST（+），GCS 14 分。\n处置：左侧胸腔闭式引流，输 O 型红细胞 4 U，急诊剖腹探查。\n抢救医师：柴俊峰、帕提古丽·吐尔逊　护士：娄晓静\n陪同：工友阿不都热合曼（手机 19909917264）；肇事方周永福（货车 新A·M5J02）已由交警带走。',
    [
      ['organization', '武警新疆总队医院'],
      ['date', '03-28'],
      ['name', '艾尔肯·买买提'],
      ['id-card', '650102199702142012'],
      ['plate', '新A·3K617'],
      ['name', '柴俊峰'],
      ['name', '帕提古丽·吐尔逊'], // no trigger
      ['name', '娄晓静'],
      ['name', '阿不都热合曼'],
      ['phone', '19909917264'],
      ['name', '周永福'],
      ['plate', '新A·M5J02'],
    ],
  ),
  // 11 Inner Mongolia, Baotou steel-works enterprise hospital, work-injury medical report (burns)
  g(
    '工伤事故医疗情况报告\n用人单位：包头钢铁（集团）有限责任公司炼铁厂　报告医院：包钢三医院\n伤者：巴图孟和，男，44岁，高炉工，工号 BG-17-30882\n受伤时间：2026年2月3日 14:20，于 6 号高炉出铁场被铁水喷溅致双下肢烧伤，TBSA 18%（Ⅱ°–Ⅲ°，中国九分法）。巴图孟和既往体健，破伤风免疫史不详。\n收治：包头市昆都仑区包钢三医院烧伤科 12 床（住院号 BS3-0203-118），Parkland 公式补液。\n报告人：安全员高培杰 0472-2186530\n经治医师：其木格',
    [
      ['organization', '包头钢铁（集团）有限责任公司炼铁厂'],
      ['organization', '包钢三医院'],
      ['name', '巴图孟和'],
      ['other-id', 'BG-17-30882'],
      ['date', '2月3日'],
      ['name', '巴图孟和', 1], // no trigger
      ['address', '包头市昆都仑区'],
      ['organization', '包钢三医院', 1],
      ['bed', '12'],
      ['mrn', 'BS3-0203-118'],
      ['name', '高培杰'],
      ['phone', '0472-2186530'],
      ['name', '其木格'],
    ],
  ),
  // 12 Shanxi, Datong coal-mine group hospital, 120 ambulance run sheet (pipe-separated); surname-only name with 师傅
  g(
    '同煤集团总医院 120 急救站 出车记录单\n车号 晋B·Y0119｜任务号 20260114-0082｜呼救时间 2026-01-14 21:06\n呼救电话 13835217940（吕素珍，伤者妻子）\n地点：大同市云冈区忻州窑矿 3 号井口更衣室\n伤者：栗永强，男，52岁\n主诉：井下作业后胸闷、气短 30 分钟，栗永强既往高血压 10 年。ECG：V1–V4 ST 段抬高 0.3 mV，Killip Ⅰ级。\n处置：阿司匹林 300 mg 嚼服，替格瑞洛 180 mg，吸氧 4 L/min，建立静脉通路。21:38 送达同煤集团总医院胸痛中心，D-to-W 32 min。\n随车医生：翟文斌　护士：邸晓琳　司机：闫师傅',
    [
      ['organization', '同煤集团总医院'],
      ['plate', '晋B·Y0119'],
      ['other-id', '20260114-0082'],
      ['date', '01-14'],
      ['phone', '13835217940'],
      ['name', '吕素珍'],
      ['address', '大同市云冈区'],
      ['organization', '忻州窑矿'],
      ['name', '栗永强'],
      ['name', '栗永强', 1], // no trigger
      ['organization', '同煤集团总医院', 1],
      ['name', '翟文斌'],
      ['name', '邸晓琳'],
      ['name', '闫'],
    ],
  ),
  // 13 Shanghai, community hospice ward, night handover; names after bed numbers, age 92
  g(
    '杨浦区殷行社区卫生服务中心 安宁疗护病区 护理交班　2026年3月12日 夜班→白班\n3床 殳惠芳 92岁 肺癌多发骨转移，PPS 30%，NRS 2 分，吗啡泵 0.5 mg/h，家属（女儿沈佩玲 13901773826）要求临终前电话通知。\n5床 桂德明 78岁 胰腺癌终末期谵妄，氟哌啶醇 2.5 mg im prn，夜间睡 4 小时。\n8床 忻阿毛 87岁 COPD 终末期，经鼻高流量 40 L/min，Borg 6/10，口腔护理 q4h。\n交班：褚玉兰　接班：方圆',
    [
      ['address', '杨浦区'],
      ['organization', '殷行社区卫生服务中心'],
      ['date', '3月12日'],
      ['bed', '3', 1],
      ['name', '殳惠芳'], // no trigger
      ['age', '92'],
      ['name', '沈佩玲'],
      ['phone', '13901773826'],
      ['bed', '5', 1],
      ['name', '桂德明'], // no trigger
      ['bed', '8', 2],
      ['name', '忻阿毛'], // no trigger
      ['name', '褚玉兰'],
      ['name', '方圆'],
    ],
  ),
  // 14 Jiangxi, prefecture-level central blood station, donor record with deferral
  g(
    '赣州市中心血站 献血者健康征询及检测结果记录\n献血码 3607260411358　献血者：廖春生　男　46岁　身份证 360702198003091614\n采血地点：章贡区红旗大道献血屋　采血日期：2026年4月11日　全血 400 ml，ABO O 型 RhD(+)\n检测：ALT 78 U/L（>50 U/L 不合格），HBsAg(-)，抗-HCV(-)，抗-TP(-)，HIV Ag/Ab(-)\n处理：血液报废，电话告知（15879721063），建议赴赣州市人民医院肝病门诊就诊。\n采血护士：钟丽华　检验：曾宪文　献血证号 360700-2026-0041127',
    [
      ['address', '赣州市'],
      ['organization', '中心血站'],
      ['other-id', '3607260411358'],
      ['name', '廖春生'],
      ['id-card', '360702198003091614'],
      ['address', '章贡区红旗大道'],
      ['date', '4月11日'],
      ['phone', '15879721063'],
      ['address', '赣州市', 1],
      ['organization', '人民医院'],
      ['name', '钟丽华'],
      ['name', '曾宪文'],
      ['other-id', '360700-2026-0041127'],
    ],
  ),
  // 15 Fujian, chain medical examination centre, e-report notice with e-mail and URL
  g(
    '【爱康国宾厦门思明体检分院】个人体检报告（电子版）\n体检号：2603186620471　姓名：颜素琴　女　55岁　单位：厦门航空有限公司（团检，外派签证体检，护照号 EH4418273）\n体检日期：2026年3月18日\n异常结果：1. 甲状腺右叶结节 1.1×0.8 cm（ACR TI-RADS 4 类）；2. LDL-C 4.12 mmol/L；3. 空腹血糖 6.4 mmol/L，HbA1c 6.1%\n建议：甲状腺外科就诊，可预约厦门大学附属中山医院。\n报告已发送至 yansuqin66@163.com，亦可登录 https://m.ikang-example.cn/xm/report 查询，客服 0592-5365012。\n主检医师：辜俊明',
    [
      ['organization', '爱康国宾厦门思明体检分院'],
      ['mrn', '2603186620471'],
      ['name', '颜素琴'],
      ['organization', '厦门航空有限公司'],
      ['passport', 'EH4418273'],
      ['date', '3月18日'],
      ['organization', '厦门大学附属中山医院'],
      ['email', 'yansuqin66@163.com'],
      ['url', 'https://m.ikang-example.cn/xm/report'],
      ['phone', '0592-5365012'],
      ['name', '辜俊明'],
    ],
  ),
  // 16 Anhui, Hefei 三甲 hospital, obstetric partogram flattened to a pipe table
  g(
    '安徽医科大学第一附属医院 产程观察记录（产程图）\n产科 17 床 檀晓雨 29岁 G1P0 孕 40+1 周 住院号 AY26046672　2026-04-02\n时间|宫口(cm)|先露|胎心|宫缩|备注\n06:00|3|S-2|142|30s/4-5min|自然破膜，羊水清\n08:00|5|S-1|138|35s/3-4min|\n10:00|8|S=0|135|40s/2-3min|檀晓雨要求笑气镇痛\n11:30|10|S+2|128|45s/2min|进入第二产程\n12:18 经阴道分娩一女婴，Apgar 8-9-10，体重 3180 g，会阴Ⅱ度裂伤缝合。\n助产士：宣玲　产科医师：卜立国　陪产：丈夫戚俊（18655107392）',
    [
      ['organization', '安徽医科大学第一附属医院'],
      ['bed', '17'],
      ['name', '檀晓雨'], // no trigger
      ['mrn', 'AY26046672'],
      ['date', '04-02'],
      ['name', '檀晓雨', 1], // no trigger
      ['name', '宣玲'],
      ['name', '卜立国'],
      ['name', '戚俊'],
      ['phone', '18655107392'],
    ],
  ),
  // 17 Guangxi, community vaccination clinic, child vaccination certificate entries
  g(
    '柳州市鱼峰区白沙社区卫生服务中心 预防接种门诊\n儿童预防接种证编号 45020320240915037\n儿童姓名：覃梓涵　性别：女　出生日期：2024年9月15日　出生医院：柳州市妇幼保健院\n监护人：韦丽萍（母）15977268031　住址：柳州市鱼峰区荣军路 78 号荣军小区 5 栋 2-3\n接种记录：\n2026-03-10 麻腮风（MMR）第 2 剂 0.5 ml 皮下 左上臂 批号 202512A07 接种者：莫小丹\n2026-03-10 乙脑减毒活疫苗 第 2 剂 批号 20251109 接种者：莫小丹\n下次：2026-09-15 百白破（DTaP）加强',
    [
      ['address', '柳州市鱼峰区'],
      ['organization', '白沙社区卫生服务中心'],
      ['other-id', '45020320240915037'],
      ['name', '覃梓涵'],
      ['date', '9月15日'],
      ['address', '柳州市', 1],
      ['organization', '妇幼保健院'],
      ['name', '韦丽萍'],
      ['phone', '15977268031'],
      ['address', '柳州市鱼峰区荣军路 78 号荣军小区 5 栋 2-3'],
      ['date', '03-10'],
      ['name', '莫小丹'],
      ['date', '03-10', 1],
      ['name', '莫小丹', 1],
      ['date', '09-15'],
    ],
  ),
  // 18 Zhejiang, Wenzhou 三甲 hospital, outpatient prescription; brand names in brackets, surname-only dispenser
  g(
    '温州医科大学附属第一医院 处方笺（普通）　NO. 0038827156\n费别：医保（市职工）　门诊号：WY0011973365　科别：心内科\n姓名：缪志成　性别：男　年龄：62岁\n临床诊断：1. 冠心病 PCI 术后 2. 2 型糖尿病\nRp：\n阿司匹林肠溶片 100 mg × 30 片　sig：100 mg qd po\n硫酸氢氯吡格雷片（波立维）75 mg × 28 片　sig：75 mg qd po\n阿托伐他汀钙片（立普妥）20 mg × 28 片　sig：20 mg qn po\n盐酸二甲双胍缓释片（格华止）0.5 g × 60 片　sig：1 g bid po\n开方医师：章晓峰　审核药师：季丹　调配：郑　核对发药：阮思思\n2026年1月27日　金额 ¥286.40',
    [
      ['organization', '温州医科大学附属第一医院'],
      ['other-id', '0038827156'],
      ['mrn', 'WY0011973365'],
      ['name', '缪志成'],
      ['name', '章晓峰'],
      ['name', '季丹'],
      ['name', '郑'],
      ['name', '阮思思'],
      ['date', '1月27日'],
    ],
  ),
  // 19 Yunnan, forensic clinical appraisal opinion for a civil case; court, case number, appraiser licence
  g(
    '玉溪明镜司法鉴定所 法医临床司法鉴定意见书\n编号：明司鉴〔2026〕临鉴字第0317号\n委托人：玉溪市红塔区人民法院　案号：(2026)云0402民初1188号\n被鉴定人：普丽芬，女，1984年6月2日出生，彝族，身份证 530402198406021026，住玉溪市红塔区凤凰路街道东风南路 112 号\n鉴定日期：2026年3月24日\n案情摘要：2025年12月7日被电动车撞伤，致左胫腓骨开放性骨折（Gustilo Ⅰ型），经玉溪市人民医院行切开复位内固定。普丽芬现诉左踝活动受限，跛行。\n鉴定意见：左下肢损伤构成十级伤残（《人体损伤致残程度分级》5.10.6.3）；误工期 180 日，护理期 90 日，营养期 90 日。\n司法鉴定人：段志强（执业证号 53211300012）、肖亚楠',
    [
      ['organization', '玉溪明镜司法鉴定所'],
      ['other-id', '明司鉴〔2026〕临鉴字第0317号'],
      ['address', '玉溪市红塔区'],
      ['organization', '人民法院'],
      ['other-id', '(2026)云0402民初1188号'],
      ['name', '普丽芬'],
      ['date', '6月2日'],
      ['id-card', '530402198406021026'],
      ['address', '玉溪市红塔区凤凰路街道东风南路 112 号'],
      ['date', '3月24日'],
      ['date', '12月7日'],
      ['address', '玉溪市', 2],
      ['organization', '人民医院'],
      ['name', '普丽芬', 1], // no trigger
      ['name', '段志强'],
      ['license', '53211300012'],
      ['name', '肖亚楠'], // no trigger
    ],
  ),
  // 20 Guizhou, Zunyi 三甲 hospital, discharge medication list; 3/4 片 as a dose
  g(
    '遵义医科大学附属医院 出院带药清单\n患者：冉启洪　男　70岁　肾内科 29 床　住院号 ZY1209387　出院日期：2026年2月14日\n1. 醋酸泼尼松片 5 mg×100 片：40 mg qd 晨顿服，每 2 周减 5 mg\n2. 碳酸钙 D3 片（钙尔奇 D）600 mg qd\n3. 奥美拉唑肠溶胶囊 20 mg qd\n4. 缬沙坦胶囊（代文）80 mg qd\n5. 复方 α-酮酸片（开同）4 片 tid\n注意：泼尼松不可自行停药；3/4 片等剂量请用分药器。冉启洪已复述用法无误。\n药师咨询：潘晓蓉 0851-28608711　复诊：2月28日 肾内科罗健门诊\n家属签收：冉小燕',
    [
      ['organization', '遵义医科大学附属医院'],
      ['name', '冉启洪'],
      ['bed', '29'],
      ['mrn', 'ZY1209387'],
      ['date', '2月14日'],
      ['name', '冉启洪', 1], // no trigger
      ['name', '潘晓蓉'],
      ['phone', '0851-28608711'],
      ['date', '2月28日'],
      ['name', '罗健'],
      ['name', '冉小燕'],
    ],
  ),
  // 21 Hunan, residents medical certificate of death (inferred) for a woman aged 94; whole date of birth
  g(
    '居民死亡医学证明（推断）书　编号 430602-2026-000873\n死者姓名：邹桂兰　性别：女　民族：汉　出生日期：1931年12月25日　死亡时年龄：94 岁\n身份证件号码：430602193112250629\n常住户口地址：岳阳市岳阳楼区枫桥湖路洞庭社区 6 组 21 号\n死亡日期：2026年1月3日 05:30　死亡地点：家中\n死亡经过：老人于前一晚进食后呛咳，次日凌晨由吴志刚发现无呼吸，拨打 120。\n死亡原因：Ⅰ(a) 吸入性肺炎 3 天；(b) 脑梗死后遗症 4 年；Ⅱ 高血压 3 级（很高危）\n诊断单位：岳阳市岳阳楼区洞庭社区卫生服务站　诊断依据：临床 + 推断\n填表医师：佘建国　家属：长子吴志刚 13307303215',
    [
      ['other-id', '430602-2026-000873'],
      ['name', '邹桂兰'],
      ['date', '1931年12月25日'],
      ['age', '94'],
      ['id-card', '430602193112250629'],
      ['address', '岳阳市岳阳楼区枫桥湖路洞庭社区 6 组 21 号'],
      ['date', '1月3日'],
      ['name', '吴志刚'], // no trigger
      ['address', '岳阳市岳阳楼区', 1],
      ['organization', '洞庭社区卫生服务站'],
      ['name', '佘建国'],
      ['name', '吴志刚', 1],
      ['phone', '13307303215'],
    ],
  ),
  // 22 Qinghai, county-level city hospital, emergency triage board flattened to a pipe table (Tibetan, Hui and Han
  // names in cells)
  g(
    '格尔木市人民医院 急诊分诊看板　2026-02-21 02:40\n级别|床位|患者|主诉|到达|责任护士\nⅠ|抢1|才让东智|高原肺水肿，SpO2 62%|01:55|马海燕\nⅡ|抢3|韩永明|胸痛 2h，ECG 下壁 ST↑|02:10|马海燕\nⅢ|观5|卓玛拉姆|呕吐、腹泻 1 天|02:22|鲍婷\nⅣ|候诊|冶生福|右手掌割伤 3 cm|02:31|鲍婷\n当班医生：白玛次仁（分机 6120）　二线：祁永昌 18997052631',
    [
      ['address', '格尔木市'],
      ['organization', '人民医院'],
      ['date', '02-21'],
      ['bed', '抢1'],
      ['name', '才让东智'], // no trigger
      ['name', '马海燕'], // no trigger
      ['bed', '抢3'],
      ['name', '韩永明'], // no trigger
      ['name', '马海燕', 1], // no trigger
      ['bed', '观5'],
      ['name', '卓玛拉姆'], // no trigger
      ['name', '鲍婷'], // no trigger
      ['name', '冶生福'], // no trigger
      ['name', '鲍婷', 1], // no trigger
      ['name', '白玛次仁'],
      ['name', '祁永昌'],
      ['phone', '18997052631'],
    ],
  ),
  // 23 Xinjiang, prefecture hospital cardiology WeChat group; chat speakers, @mention, short form of a name,
  // destination city
  g(
    '【巴州人民医院心内科工作群】\n李振华：@古丽米拉 3床吐尔洪·艾则孜 肌钙蛋白 2.31 ng/ml，复查心电图 V2–V5 ST 抬高，马上通知导管室\n古丽米拉：收到，已呼张丽（导管室）\n古丽米拉：吐尔洪的儿子买买提江在护士站，要求转乌鲁木齐，电话 13899062187\n冯建军主任：先做急诊 PCI，家属谈话我来，转院等 IABP 评估后再说\n张丽：导管室 03:20 准备好，肝素 100 U/kg 已备\n库尔班：[图片] 3床 凝血结果',
    [
      ['organization', '巴州人民医院'],
      ['name', '李振华'], // no trigger
      ['name', '古丽米拉'], // no trigger
      ['bed', '3'],
      ['name', '吐尔洪·艾则孜'], // no trigger
      ['name', '古丽米拉', 1], // no trigger
      ['name', '张丽'],
      ['name', '古丽米拉', 2], // no trigger
      ['name', '吐尔洪', 1], // no trigger
      ['name', '买买提江'],
      ['address', '乌鲁木齐'],
      ['phone', '13899062187'],
      ['name', '冯建军'],
      ['name', '张丽', 1], // no trigger
      ['name', '库尔班'], // no trigger
      ['bed', '3', 4],
    ],
  ),
  // 24 Gansu, prefecture-level city hospital, HL7 v2.5 ADT^A01 admission message
  g(
    'MSH|^~\\&|HIS|ZYSRMYY|EMPI|GSWJW|20260305101522||ADT^A01|MSG000318842|P|2.5\nEVN|A01|20260305101500\nPID|1||ZY00728391^^^ZYSRMYY^MR~620702195709160423^^^CHN^NI||鲁^秀兰||19570916|F|||张掖市甘州区南街街道县府街 46 号^^张掖^甘肃^734000||0936-8214427^PRN^PH~15393661025^PRN^CP\nPV1|1|I|NEU^0508^02^ZYSRMYY||||1203^郗^建平|||||||||||26030500417\nNK1|1|汪^建军|SPO|同上|13993605118',
    [
      ['organization', 'ZYSRMYY'],
      ['date', '0305'],
      ['date', '0305', 1],
      ['mrn', 'ZY00728391'],
      ['organization', 'ZYSRMYY', 1],
      ['id-card', '620702195709160423'],
      ['name', '鲁'], // no trigger
      ['name', '秀兰'], // no trigger
      ['date', '0916', 1],
      ['address', '张掖市甘州区南街街道县府街 46 号'],
      ['address', '张掖', 1],
      ['address', '734000'],
      ['phone', '0936-8214427'],
      ['phone', '15393661025'],
      ['bed', '0508^02'],
      ['organization', 'ZYSRMYY', 2],
      ['other-id', '1203'],
      ['name', '郗'], // no trigger
      ['name', '建平'], // no trigger
      ['other-id', '26030500417'],
      ['name', '汪'],
      ['name', '建军'],
      ['phone', '13993605118'],
    ],
  ),
  // 25 Ningxia, prefecture-level city hospital, FHIR R4 Patient resource (JSON on one line)
  g(
    '{"resourceType":"Patient","id":"wz-pt-5520913","meta":{"source":"http://10.64.12.37:8080/his"},"identifier":[{"system":"urn:oid:2.16.156.10011.1.1","value":"640302198304073028"},{"system":"http://wzrmyy.example.cn/fhir/mrn","value":"WZ-0552091"}],"name":[{"use":"official","text":"马晓燕","family":"马","given":["晓燕"]}],"gender":"female","birthDate":"1983-04-07","telecom":[{"system":"phone","value":"13519532876"},{"system":"email","value":"mxy0407@126.com"}],"address":[{"line":["利通区胜利镇朝阳村5队33号"],"city":"吴忠市","state":"宁夏回族自治区","postalCode":"751100"}],"contact":[{"relationship":[{"text":"丈夫"}],"name":{"text":"丁学武"},"telecom":[{"system":"phone","value":"13709538240"}]}],"managingOrganization":{"display":"吴忠市人民医院"}}',
    [
      ['other-id', 'wz-pt-5520913'],
      ['ip', '10.64.12.37'],
      ['id-card', '640302198304073028'],
      ['url', 'http://wzrmyy.example.cn/fhir/mrn'],
      ['mrn', 'WZ-0552091'],
      ['name', '马晓燕'],
      ['name', '马', 1],
      ['name', '晓燕', 1],
      ['date', '04-07'],
      ['phone', '13519532876'],
      ['email', 'mxy0407@126.com'],
      ['address', '利通区胜利镇朝阳村5队33号'],
      ['address', '吴忠市'],
      ['address', '751100'],
      ['name', '丁学武'],
      ['phone', '13709538240'],
      ['address', '吴忠市', 1],
      ['organization', '人民医院'],
    ],
  ),
  // 26 Tibet, regional hospital CT, DICOM header dump (dcmdump style, keywords after the values)
  g(
    '# Dicom-Data-Set\n(0008,0020) DA [20260307]                  #   8, 1 StudyDate\n(0008,0050) SH [CT260307-0912]             #  14, 1 AccessionNumber\n(0008,0080) LO [西藏自治区人民医院]           #  28, 1 InstitutionName\n(0008,0081) ST [拉萨市城关区林廓北路18号]      #  34, 1 InstitutionAddress\n(0008,0090) PN [CIREN^WANGDUI]             #  14, 1 ReferringPhysicianName\n(0010,0010) PN [DAWA^ZHUOMA=达瓦^卓玛]       #  26, 1 PatientName\n(0010,0020) LO [XZ0311846]                 #  10, 1 PatientID\n(0010,0030) DA [19460602]                  #   8, 1 PatientBirthDate\n(0010,0040) CS [F]                         #   2, 1 PatientSex\n(0010,1010) AS [079Y]                      #   4, 1 PatientAge\n(0018,1000) LO [108744]                    #   6, 1 DeviceSerialNumber\n(0020,000d) UI [1.2.156.112605.14.20260307.0912.3] #  34, 1 StudyInstanceUID\n(0040,0254) LO [HRCT CHEST LOW DOSE]       #  20, 1 PerformedProcedureStepDescription',
    [
      ['date', '0307'],
      ['other-id', 'CT260307-0912'],
      ['organization', '人民医院'],
      ['address', '拉萨市城关区林廓北路18号'],
      ['name', 'CIREN'],
      ['name', 'WANGDUI'],
      ['name', 'DAWA'],
      ['name', 'ZHUOMA'],
      ['name', '达瓦'],
      ['name', '卓玛'],
      ['mrn', 'XZ0311846'],
      ['date', '0602'],
      ['device', '108744'],
      ['other-id', '1.2.156.112605.14.20260307.0912.3'],
    ],
  ),
  // 27 Jilin, prefecture-level CDC, CSV line list of a hand-foot-and-mouth disease cluster
  g(
    '吉林市疾病预防控制中心 手足口病聚集性疫情病例一览表（导出 2026-05-12）\n序号,姓名,性别,年龄,家长,联系电话,现住址,发病日期,就诊医院,标本编号,检测结果\n1,邢子墨,男,4,邢磊,13756203318,吉林市船营区北京路128号3-2-602,2026-05-06,吉林市人民医院,JLC26-0431,EV-A71(+)\n2,安可欣,女,3,孟晴,18643229570,吉林市船营区越山路9号1-1-101,2026-05-07,吉林市儿童医院,JLC26-0432,CV-A16(+)\n3,鄂思源,男,5,鄂海洋,15504321876,吉林市昌邑区松江中路66号4栋501,2026-05-08,北华大学附属医院,JLC26-0433,CV-A6(+)\n共同暴露：船营区向阳幼儿园小二班\n报告人：俞娜　审核：龚伟（急传科）',
    [
      ['address', '吉林市'],
      ['organization', '疾病预防控制中心'],
      ['date', '05-12'],
      ['name', '邢子墨'], // no trigger
      ['name', '邢磊'], // no trigger
      ['phone', '13756203318'],
      ['address', '吉林市船营区北京路128号3-2-602'],
      ['date', '05-06'],
      ['address', '吉林市', 2],
      ['organization', '人民医院'],
      ['other-id', 'JLC26-0431'],
      ['name', '安可欣'], // no trigger
      ['name', '孟晴'], // no trigger
      ['phone', '18643229570'],
      ['address', '吉林市船营区越山路9号1-1-101'],
      ['date', '05-07'],
      ['address', '吉林市', 4],
      ['organization', '儿童医院'],
      ['other-id', 'JLC26-0432'],
      ['name', '鄂思源'], // no trigger
      ['name', '鄂海洋'], // no trigger
      ['phone', '15504321876'],
      ['address', '吉林市昌邑区松江中路66号4栋501'],
      ['date', '05-08'],
      ['organization', '北华大学附属医院'],
      ['other-id', 'JLC26-0433'],
      ['address', '船营区', 2],
      ['organization', '向阳幼儿园'],
      ['name', '俞娜'],
      ['name', '龚伟'],
    ],
  ),
  // 28 Liaoning, commercial insurance claim form, OCR text with spaced characters; 身份证 in 6-8-4 groups, bank card
  g(
    '中 国 人 寿 保 险 股 份 有 限 公 司 大 连 分 公 司\n个 人 医 疗 保 险 理 赔 申 请 书\n被 保 险 人 ： 栾 淑 华    证 件 号 码 ： 210202 19621108 302X\n保 单 号 ： P2024 0210 0087 63\n出 险 日 期 ： 2026 年 1 月 19 日    就 诊 医 院 ： 大连医科大学附属第二医院\n疾 病 名 称 ： 左 乳 腺 浸 润 性 导 管 癌 （ pT2N0M0 ， Luminal A ）\n申 请 金 额 ： 18,462.30 元\n领 款 账 户 ： 招 商 银 行 大 连 分 行    卡 号 ： 6214 8341 1209 3779\n联 系 电 话 ： 1 3 9 4 0 8 8 2 7 1 6\n地 址 ： 大 连 市 中 山 区 人 民 路 5 7 号 2 单 元 1 2 0 3',
    [
      ['organization', '中 国 人 寿 保 险 股 份 有 限 公 司 大 连 分 公 司'],
      ['name', '栾 淑 华'],
      ['id-card', '210202 19621108 302X'],
      ['other-id', 'P2024 0210 0087 63'],
      ['date', '1 月 19 日'],
      ['organization', '大连医科大学附属第二医院'],
      ['organization', '招 商 银 行 大 连 分 行'],
      ['bank-card', '6214 8341 1209 3779'],
      ['phone', '1 3 9 4 0 8 8 2 7 1 6'],
      ['address', '大 连 市 中 山 区 人 民 路 5 7 号 2 单 元 1 2 0 3'],
    ],
  ),
  // 29 Hainan, 三甲 hospital, research informed-consent signature page; subject number
  g(
    '海南医科大学第一附属医院 临床研究知情同意书（签字页）\n研究名称：司美格鲁肽对 2 型糖尿病合并 MASLD 患者肝脂肪含量（MRI-PDFF）影响的多中心 RCT，方案号 HNMU-2025-NAF-07，伦理批件 2025-KY-083\n受试者编号：S-07-0142\n受试者签名：吴海燕　日期：2026年3月3日　联系电话：13876041592\n住址：海口市龙华区金贸街道玉沙路 11 号\n研究者签名：符国栋　日期：2026年3月3日　电话：0898-66528810\n见证人（护士）：王小川\n如对受试者权益有疑问，请联系伦理委员会 hnmu1fy-ec@example.cn',
    [
      ['organization', '海南医科大学第一附属医院'],
      ['other-id', 'S-07-0142'],
      ['name', '吴海燕'],
      ['date', '3月3日'],
      ['phone', '13876041592'],
      ['address', '海口市龙华区金贸街道玉沙路 11 号'],
      ['name', '符国栋'],
      ['date', '3月3日', 1],
      ['phone', '0898-66528810'],
      ['name', '王小川'],
      ['email', 'hnmu1fy-ec@example.cn'],
    ],
  ),
  // 30 Chongqing, 三甲 hospital, complaint e-mail thread with signature and quoted original
  g(
    '发件人：谭力 <tanli@cqmu-hosp.example.cn>\n发送时间：2026年4月14日 星期二 09:12\n收件人：医务部吕静 <lvjing@cqmu-hosp.example.cn>\n抄送：wenxiaoyu_cq@qq.com\n主题：回复：神经外科 18 床覃德胜投诉处理意见\n吕老师：\n已与覃德胜本人及其女儿电话沟通（17783206149），对方同意 4月20日 来院面谈。附件为病程摘要（已隐去身份证号）。\n谭力\n重庆医科大学附属第一医院 神经外科\n渝中区袁家岗友谊路 1 号 | 023-89011234\n-----原始邮件-----\n发件人：吕静\n发送时间：2026年4月13日 17:45\n主题：神经外科 18 床投诉\n覃德胜家属投诉术后（4月2日）并发症告知不充分，请科室 3 个工作日内书面回复。',
    [
      ['name', '谭力'],
      ['email', 'tanli@cqmu-hosp.example.cn'],
      ['date', '4月14日'],
      ['name', '吕静'],
      ['email', 'lvjing@cqmu-hosp.example.cn'],
      ['email', 'wenxiaoyu_cq@qq.com'],
      ['bed', '18'],
      ['name', '覃德胜'], // no trigger
      ['name', '吕', 1],
      ['name', '覃德胜', 1], // no trigger
      ['phone', '17783206149'],
      ['date', '4月20日'],
      ['name', '谭力', 1], // no trigger
      ['organization', '重庆医科大学附属第一医院'],
      ['address', '渝中区袁家岗友谊路 1 号'],
      ['phone', '023-89011234'],
      ['name', '吕静', 1],
      ['date', '4月13日'],
      ['bed', '18', 1],
      ['name', '覃德胜', 2],
      ['date', '4月2日'],
    ],
  ),
  // 31 Henan, provincial 三甲 hospital, SMS reminders: surname with 先生, then name followed by 您好
  g(
    '【郑州大学第一附属医院】尊敬的郜先生，您预约的 2026年5月6日 上午 08:30 无痛胃肠镜检查（河医院区门诊 3 楼内镜中心，检查号 WJ0506-117）请于前一日 20:00 后禁食，按说明服用复方聚乙二醇电解质散（和爽）2 盒。改约请致电 0371-66913114。退订回T\n【郑州大学第一附属医院】郜建设您好：您的病理报告（病理号 P2605-33817）已出，请登录 https://bg.zdyfy-example.cn/q 查看，或到 5 号楼 1 楼自助机打印。',
    [
      ['organization', '郑州大学第一附属医院'],
      ['name', '郜'],
      ['date', '5月6日'],
      ['other-id', 'WJ0506-117'],
      ['phone', '0371-66913114'],
      ['organization', '郑州大学第一附属医院', 1],
      ['name', '郜建设'], // no trigger
      ['other-id', 'P2605-33817'],
      ['url', 'https://bg.zdyfy-example.cn/q'],
    ],
  ),
  // 32 Tianjin, internet hospital text consultation (patient portal), speaker lines; a date after 昨天
  g(
    '【天津医科大学总医院 互联网医院 · 图文问诊】\n问诊人：阎佩佩（本人）　就诊卡号 0021788934\n2026-03-09 21:47 阎佩佩：大夫您好，我昨天（3月8日）在和平区鞍山道 154 号的药店买了左甲状腺素钠片（优甲乐），吃了 3 天心慌得厉害，今天 TSH 0.02 mIU/L，FT4 31 pmol/L，要不要减量？\n2026-03-09 22:05 于海鸥：您好，建议优甲乐由 100 μg 减为 75 μg（3/4 片），4–6 周复查甲功；若心率 >110 次/分请到急诊。\n2026-03-09 22:06 系统：本次问诊已结束，订单号 TJ20260309214712887，问诊费 ¥30 已由银行卡 622848 0411183376127 支付（登录 IP 117.136.42.18）。',
    [
      ['organization', '天津医科大学总医院'],
      ['name', '阎佩佩'],
      ['mrn', '0021788934'],
      ['date', '03-09'],
      ['name', '阎佩佩', 1], // no trigger
      ['date', '3月8日'],
      ['address', '和平区鞍山道 154 号'],
      ['date', '03-09', 1],
      ['name', '于海鸥'], // no trigger
      ['date', '03-09', 2],
      ['other-id', 'TJ20260309214712887'],
      ['bank-card', '622848 0411183376127'],
      ['ip', '117.136.42.18'],
    ],
  ),
  // 33 Shaanxi, prefecture hospital, sign-language interpreter service record; disability-certificate number (ID + 2
  // digits)
  g(
    '榆林市第一医院 眼科 手语翻译服务记录\n服务日期：2026年2月25日　服务对象：聋人患者乔保平，残疾证号 61080219680303251421（听力一级）\n翻译员：韩小梅（榆林市聋人协会，手语翻译员证 SYFY-610800-0047）\n内容：向患者解释右眼白内障超声乳化联合 IOL 植入术的风险、术后点眼（妥布霉素地塞米松滴眼液 qid ×2 周）及复诊安排，患者以手语表示理解并同意，由其妹乔保琴代签。乔保平另诉左耳助听器（Phonak）失灵。\n沟通方式：中国手语 + 书面；时长 45 分钟',
    [
      ['address', '榆林市'],
      ['organization', '第一医院'],
      ['date', '2月25日'],
      ['name', '乔保平'],
      ['other-id', '61080219680303251421'],
      ['name', '韩小梅'],
      ['address', '榆林市', 1],
      ['organization', '聋人协会'],
      ['license', 'SYFY-610800-0047'],
      ['name', '乔保琴'],
      ['name', '乔保平', 1], // no trigger
    ],
  ),
  // 34 Henan, coal-group general hospital, hyperbaric oxygen record after carbon-monoxide poisoning; name opens the
  // text
  g(
    '牛振江 男 48岁 平煤股份十二矿掘进工（工号 120734）\n平煤神马医疗集团总医院 高压氧科 治疗记录\n2026年1月30日 井下瓦斯突出后一氧化碳中毒，COHb 28%，GCS 13 分，头颅 MRI 双侧苍白球 T2 高信号。\n高压氧方案：0.2 MPa（2.0 ATA）稳压 60 min，每日 1 次 ×10 次；首次 1月30日 16:00，2 号多人舱。\n陪舱护士：刘　操舱：晁红伟\n紧急联系人：牛家豪 15837520419（儿子）\n迟发性脑病随访：3 个月内每月 MMSE，联系 贾志刚 0375-2822164',
    [
      ['name', '牛振江'], // no trigger
      ['organization', '平煤股份十二矿'],
      ['other-id', '120734'],
      ['organization', '平煤神马医疗集团总医院'],
      ['date', '1月30日'],
      ['date', '1月30日', 1],
      ['name', '刘'],
      ['name', '晁红伟'],
      ['name', '牛家豪'],
      ['phone', '15837520419'],
      ['name', '贾志刚'], // no trigger
      ['phone', '0375-2822164'],
    ],
  ),
  // 35 Shandong, municipal 120 emergency centre, pre-hospital record; surname-only caller with 老, DOB of an
  // 82-year-old
  g(
    '青岛市急救中心 院前急救病历　任务单号 QD120-260416-0937\n受理 2026-04-16 07:42　来电 17853296604（楼下邻居“老孙”）\n现场：青岛市市南区东海西路 39 号海韵花园 B 座 1706\n患者：女，约 80 岁，到场时姓名不详，后经女儿电话确认为宫淑贞，1944年3月2日生。\n宫淑贞既往房颤未规律抗凝。意识模糊，右侧肢体无力，BE-FAST（+），末次正常 06:50；指尖血糖 7.8 mmol/L；BP 196/104 mmHg；LAMS 4 分。\n处置：卒中预警，送青岛大学附属医院卒中中心，08:11 交接王晨曦医生（绿色通道）。\n出诊医生：隋涛　护士：初晓',
    [
      ['address', '青岛市'],
      ['organization', '急救中心'],
      ['other-id', 'QD120-260416-0937'],
      ['date', '04-16'],
      ['phone', '17853296604'],
      ['name', '孙'],
      ['address', '青岛市市南区东海西路 39 号海韵花园 B 座 1706'],
      ['name', '宫淑贞'],
      ['date', '3月2日'],
      ['name', '宫淑贞', 1], // no trigger
      ['organization', '青岛大学附属医院'],
      ['name', '王晨曦'],
      ['name', '隋涛'],
      ['name', '初晓'],
    ],
  ),
  // 36 Hebei, prefecture 三甲 hospital, DingTalk group on a medical-insurance audit; 医保人员编号, speaker names
  g(
    '【保定市第一中心医院·医保办钉钉群】\n臧立新：心内科 2603-00872 号病历被省医保飞检抽中，患者籍文娟，医保人员编号 13060000000018264，住院 3月2日–3月15日，问题是 DRG 入组 FM19 与实际术式不符\n郄雅琴：收到，已调出病案，正在找苑海龙核实\n苑海龙：是 PCI（1 枚 DES），编码员按 FM29 录的，我们补充手术记录\n臧立新：好，明天 10 点前把材料发 ybb_bd1z@example.cn，@郄雅琴 负责汇总',
    [
      ['address', '保定市'],
      ['organization', '第一中心医院'],
      ['name', '臧立新'], // no trigger
      ['mrn', '2603-00872'],
      ['name', '籍文娟'],
      ['social-security', '13060000000018264'],
      ['date', '3月2日'],
      ['date', '3月15日'],
      ['name', '郄雅琴'], // no trigger
      ['name', '苑海龙'], // no trigger
      ['name', '苑海龙', 1], // no trigger
      ['name', '臧立新', 1], // no trigger
      ['email', 'ybb_bd1z@example.cn'],
      ['name', '郄雅琴', 1], // no trigger
    ],
  ),
  // 37 Anhui, compulsory drug-rehabilitation centre medical unit, progress note; name opens a sentence
  g(
    '安徽省宿州强制隔离戒毒所 医疗中心 病程记录　所内编号 SZJD-2025-1187\n2026年2月19日 查房。屈海军，男，39岁，入所第 97 天，诉夜间盗汗、失眠，PHQ-9 14 分，尿检 MET(-)，HAMA 18 分。\n处理：屈海军同意服用米氮平 15 mg qn；心理矫治科邰敏每周会谈 2 次。\n家属会见：3月1日其妻仲秋霞（宿州市埇桥区汴河路 266 号）来所，已登记。\n记录医生：喻海峰　审签：扈国庆',
    [
      ['organization', '宿州强制隔离戒毒所'],
      ['other-id', 'SZJD-2025-1187'],
      ['date', '2月19日'],
      ['name', '屈海军'], // no trigger
      ['name', '屈海军', 1], // no trigger
      ['name', '邰敏'],
      ['date', '3月1日'],
      ['name', '仲秋霞'],
      ['address', '宿州市埇桥区汴河路 266 号'],
      ['name', '喻海峰'],
      ['name', '扈国庆'],
    ],
  ),
  // 38 Heilongjiang, conscription medical examination form at a military hospital; student number
  g(
    '应征公民体格检查表（节选）\n姓名：那文博　性别：男　出生日期：2007年10月4日　身份证号：230103200710043712\n学历：哈尔滨工业大学 2025 级在读，学号 1250307214\n体检站：哈尔滨市南岗区征兵体检站（设于联勤保障部队第九六二医院）　体检日期：2026-04-22\n外科：那文博自述初中时右膝 Osgood-Schlatter 病史，现无压痛，McMurray 试验（-）\n眼科：裸眼视力 R 4.6 / L 4.7（标准对数视力表），矫正后合格；色觉正常（俞自萍色觉检查图）\n结论：合格　主检医师：常德胜',
    [
      ['name', '那文博'],
      ['date', '10月4日'],
      ['id-card', '230103200710043712'],
      ['organization', '哈尔滨工业大学'],
      ['other-id', '1250307214'],
      ['address', '哈尔滨市南岗区'],
      ['organization', '征兵体检站'],
      ['organization', '联勤保障部队第九六二医院'],
      ['date', '04-22'],
      ['name', '那文博', 1], // no trigger
      ['name', '常德胜'],
    ],
  ),
  // 39 Yunnan, autonomous-prefecture hospital, orthopaedic SBAR handover; names after bed numbers, surname with 阿…姐
  g(
    '大理白族自治州人民医院 骨科 护理交接班　2026-03-26 08:00\n+12 床 杨丽华 女 67岁 右股骨颈骨折（Garden Ⅳ）人工股骨头置换术后第 1 天，引流 80 ml，Caprini 5 分，依诺肝素 0.4 ml qd。\n+15 床 段志明 男 35岁 左胫骨平台骨折（Schatzker Ⅱ）待手术，足背动脉搏动可，警惕骨筋膜室综合征；家属段阿姐陪护。\n+17 床 赵德贵 男 88岁 骶尾部压疮Ⅲ期，夜间躁动，CAM（+），已予保护性约束。\n交：施燕　接：和丽芳',
    [
      ['address', '大理白族自治州'],
      ['organization', '人民医院'],
      ['date', '03-26'],
      ['bed', '12'],
      ['name', '杨丽华'], // no trigger
      ['bed', '15'],
      ['name', '段志明'], // no trigger
      ['name', '段', 1],
      ['bed', '17'],
      ['name', '赵德贵'], // no trigger
      ['name', '施燕'],
      ['name', '和丽芳'],
    ],
  ),
  // 40 Sichuan, prefecture central hospital, HL7 v2.4 ORU^R01 lab result message (Chinese names in XPN/XCN fields)
  g(
    'MSH|^~\\&|LIS|NCZXYY|HIS|NCZXYY|20260118064210||ORU^R01|LIS0118-00923|P|2.4\nPID|1||NC01873320^^^NCZXYY^MR||蒲^德明||19590224|M|||南充市顺庆区模范街24号||13890713382\nPV1|1|I|ICU^12^01\nOBR|1|26011800923|26011800923|CBC^血常规|||20260118052000|||||||||0841^任^晓燕\nOBX|1|NM|WBC^白细胞||18.6|10*9/L|3.5-9.5|H\nOBX|2|NM|HGB^血红蛋白||78|g/L|130-175|L\nOBX|3|NM|PLT^血小板||42|10*9/L|125-350|L\nOBX|4|NM|PCT^降钙素原||12.4|ng/mL|<0.05|H|||F|||20260118063800||0562^柏^文涛',
    [
      ['organization', 'NCZXYY'],
      ['organization', 'NCZXYY', 1],
      ['date', '0118'],
      ['mrn', 'NC01873320'],
      ['organization', 'NCZXYY', 2],
      ['name', '蒲'], // no trigger
      ['name', '德明'], // no trigger
      ['date', '0224'],
      ['address', '南充市顺庆区模范街24号'],
      ['phone', '13890713382'],
      ['bed', '12^01'],
      ['other-id', '26011800923'],
      ['other-id', '26011800923', 1],
      ['date', '0118', 4],
      ['other-id', '0841'],
      ['name', '任'], // no trigger
      ['name', '晓燕'], // no trigger
      ['date', '0118', 5],
      ['other-id', '0562'],
      ['name', '柏'], // no trigger
      ['name', '文涛'], // no trigger
    ],
  ),
  // ---- Chinese, traditional (Taiwan, Hong Kong, Macau) ----
  // 41 Taiwan, veterans general hospital (Taipei), robotic partial nephrectomy operative note; ROC date
  g(
    '臺北榮民總醫院 泌尿部 手術紀錄\n病歷號碼：3876521　床號：B112-3\n姓名：侯國棟　性別：男　年齡：74歲　身分證字號：A152087332\n手術日期：115年3月11日\n術前診斷：右側腎細胞癌（cT1b N0 M0，R.E.N.A.L. score 8a）\n手術名稱：機械手臂輔助右側腎部分切除術（da Vinci Xi）\n主刀：鍾明哲　助手：林佳蓉、葉建宏　麻醉：賴宜君\n出血量 150 mL，熱缺血時間 22 分鐘；標本送病理（S115-08821）。術後由葉建宏向家屬說明，轉 SICU 3 床。',
    [
      ['organization', '臺北榮民總醫院'],
      ['mrn', '3876521'],
      ['bed', 'B112-3'],
      ['name', '侯國棟'],
      ['id-card', 'A152087332'],
      ['date', '3月11日'],
      ['name', '鍾明哲'],
      ['name', '林佳蓉'],
      ['name', '葉建宏'], // no trigger
      ['name', '賴宜君'],
      ['other-id', 'S115-08821'],
      ['name', '葉建宏', 1], // no trigger
      ['bed', '3', 5],
    ],
  ),
  // 42 Taiwan, tri-service (military) general hospital, pre-anaesthetic assessment of a conscript; service number,
  // unit, camp
  g(
    '三軍總醫院 麻醉部 麻醉前評估單　2026/02/05\n外科加護病房 7 床 涂志豪 男 22 歲 病歷號 0A1187736\n兵籍號碼：M115027734　單位：陸軍第五四二旅（湖口營區）　身分證：F130448710\n診斷：左側股骨幹骨折（AO/OTA 32-A3），預定 ORIF 鎖定髓內釘\nASA I　Mallampati II　甲頦距 6.5 cm　NPO since 00:00　過敏：Penicillin（皮疹）\n評估醫師：魯思妤\n聯絡：營輔導長簡明達 0912-447-306',
    [
      ['organization', '三軍總醫院'],
      ['date', '02/05'],
      ['bed', '7'],
      ['name', '涂志豪'], // no trigger
      ['mrn', '0A1187736'],
      ['other-id', 'M115027734'],
      ['organization', '陸軍第五四二旅'],
      ['address', '湖口營區'],
      ['id-card', 'F130448710'],
      ['name', '魯思妤'],
      ['name', '簡明達'],
      ['phone', '0912-447-306'],
    ],
  ),
  // 43 Taiwan, Kaohsiung medical centre, hepatocellular carcinoma MDT minutes; name after a chart number, attendee
  // list
  g(
    '高雄長庚紀念醫院 肝癌多專科團隊會議紀錄　115/01/22 12:30\n報告病例：病歷號 23318764 黃金水 男 68 歲（B 肝帶原，BCLC B）\n影像（林怡伶）：S8 腫瘤 6.2 cm，LI-RADS 5，無大血管侵犯\n討論：TACE 或 TARE；ALBI grade 1，Child-Pugh A5；黃金水之子黃志明希望先保守治療。\n決議：先行 TACE ×2 後評估 down-staging，若符合 UCSF 標準轉介肝移植評估。\n出席：許博翔、蔡佩真、鄭宇軒、洪雅惠\n記錄：蘇怡君',
    [
      ['organization', '高雄長庚紀念醫院'],
      ['date', '01/22'],
      ['mrn', '23318764'],
      ['name', '黃金水'], // no trigger
      ['name', '林怡伶'],
      ['name', '黃金水', 1], // no trigger
      ['name', '黃志明'],
      ['name', '許博翔'],
      ['name', '蔡佩真'], // no trigger
      ['name', '鄭宇軒'], // no trigger
      ['name', '洪雅惠'], // no trigger
      ['name', '蘇怡君'],
    ],
  ),
  // 44 Taiwan, Taichung medical centre, Indonesian interpreter record for a migrant caregiver; new-format resident
  // certificate, passport, NHI card
  g(
    '中國醫藥大學附設醫院 國際醫療中心 通譯紀錄\n日期：115年4月8日　語言：印尼語　通譯：陳美玲（通譯證號 TC-IDN-0193）\n病人：SRI WAHYUNI（中文名 莎莉）女 34 歲　居留證 B901277343　護照 C4821907　健保卡號 0000 4417 8826\n雇主：台中市北屯區崇德路二段 188 號 7 樓 張家；仲介：昇陽人力仲介有限公司 04-2236-5510\n內容：告知子宮肌瘤（FIGO 4 型，7.2 cm）建議腹腔鏡肌瘤切除；Wahyuni 擔心住院期間工作中斷，希望先與印尼家人視訊討論後再決定。',
    [
      ['organization', '中國醫藥大學附設醫院'],
      ['date', '4月8日'],
      ['name', '陳美玲'],
      ['license', 'TC-IDN-0193'],
      ['name', 'SRI WAHYUNI'],
      ['name', '莎莉'],
      ['id-card', 'B901277343'],
      ['passport', 'C4821907'],
      ['social-security', '0000 4417 8826'],
      ['address', '台中市北屯區崇德路二段 188 號 7 樓'],
      ['name', '張'],
      ['organization', '昇陽人力仲介有限公司'],
      ['phone', '04-2236-5510'],
      ['name', 'Wahyuni'], // no trigger
    ],
  ),
  // 45 Taiwan, Hualien, hospice home-care visit (Amis patient, indigenous name in brackets, foreign caregiver)
  g(
    '花蓮慈濟醫院 心蓮病房 居家安寧訪視紀錄　訪視日期：115/03/17\n個案：林春妹（阿美族名 Panay）女 81 歲　病歷號 H0297713\n地址：花蓮縣吉安鄉南昌村南昌路二段 86 巷 5 號\n胰臟癌末期，PPS 40%，嗎啡口服液 5 mg q4h，突破痛 2.5 mg prn；ESAS 疼痛 3 分。\n照顧者：女兒林美華 0935-218-704；外籍看護 Lestari。林美華表示母親希望在家善終，已簽 DNR 及預立醫療決定（AD）。\n下次訪視：3/24　護理師：溫淑芬　醫師：邱建志',
    [
      ['organization', '花蓮慈濟醫院'],
      ['date', '03/17'],
      ['name', '林春妹'],
      ['name', 'Panay'],
      ['mrn', 'H0297713'],
      ['address', '吉安鄉南昌村南昌路二段 86 巷 5 號'],
      ['name', '林美華'],
      ['phone', '0935-218-704'],
      ['name', 'Lestari'],
      ['name', '林美華', 1], // no trigger
      ['date', '3/24'],
      ['name', '溫淑芬'],
      ['name', '邱建志'],
    ],
  ),
  // 46 Taiwan, Hsinchu city health station, child vaccination record (ROC slash dates)
  g(
    '新竹市東區衛生所 預防接種紀錄（兒童健康手冊影本）\n兒童：葉宸睿　男　出生：113年8月30日　身分證 O124408397\n母親：羅佩珊　手機 0928-563-117\n地址：新竹市東區光復路二段 295 巷 12 號 4 樓\n114/02/28 五合一（DTaP-IPV/Hib）第 3 劑 左大腿 批號 X3J72\n114/08/29 MMR 第 1 劑 左上臂\n115/03/02 日本腦炎活性減毒疫苗（Imojev）第 1 劑　接種護理師：曾郁雯',
    [
      ['address', '新竹市東區'],
      ['organization', '衛生所'],
      ['name', '葉宸睿'],
      ['date', '8月30日'],
      ['id-card', 'O124408397'],
      ['name', '羅佩珊'],
      ['phone', '0928-563-117'],
      ['address', '新竹市東區光復路二段 295 巷 12 號 4 樓'],
      ['date', '02/28'],
      ['date', '08/29'],
      ['date', '03/02'],
      ['name', '曾郁雯'],
    ],
  ),
  // 47 Taiwan, Tainan university hospital ward LINE group; nickname speakers, @mention with 學長, 阿嬤
  g(
    '【成大醫院 5B 病房 LINE 群組】\n佳蓉：5B-12 郭老先生今天（3/30）PT 延長到 38 秒，INR 3.8，warfarin 要停嗎？\n王建宏：先停一天，明天再抽，vitamin K 先不用\n佳蓉：好，家屬郭淑惠說下午 3 點會來\nMei：@王建宏 學長 5B-07 吳秀枝阿嬤傷口滲液變多，要不要換 Aquacel Ag？\n王建宏：我 2 點過去看 👌',
    [
      ['organization', '成大醫院'],
      ['bed', '5B'],
      ['name', '佳蓉'], // no trigger
      ['bed', '5B-12'],
      ['name', '郭'],
      ['date', '3/30'],
      ['name', '王建宏'], // no trigger
      ['name', '佳蓉', 1], // no trigger
      ['name', '郭淑惠'],
      ['name', 'Mei'], // no trigger
      ['name', '王建宏', 1],
      ['bed', '5B-07'],
      ['name', '吳秀枝'],
      ['name', '王建宏', 2], // no trigger
    ],
  ),
  // 48 Taiwan, Chiayi hospital, injury-certification medical certificate for court use; physician licence
  g(
    '嘉義基督教醫院 診斷證明書（驗傷用）　字號：115嘉基診字第004217號\n姓名：翁志偉　性別：男　出生：75年9月18日　身分證：Q122017585\n住址：嘉義市西區興業西路 538 號 3 樓之 2\n病名：1. 頭皮撕裂傷 4 cm 2. 左眼眶周圍挫傷 3. 右前臂抓傷 3 處\n醫囑：翁志偉自述於 115 年 2 月 14 日 23 時許在嘉義市東區中山路與友人口角遭酒瓶毆打，於 2 月 15 日 00:35 至本院急診，縫合 6 針，建議休養 7 日。\n此證明僅供司法用途。\n醫師：顏士傑（醫字第038117號）',
    [
      ['organization', '嘉義基督教醫院'],
      ['other-id', '115嘉基診字第004217號'],
      ['name', '翁志偉'],
      ['date', '9月18日'],
      ['id-card', 'Q122017585'],
      ['address', '嘉義市西區興業西路 538 號 3 樓之 2'],
      ['name', '翁志偉', 1], // no trigger
      ['date', '2 月 14 日'],
      ['address', '嘉義市東區中山路'],
      ['date', '2 月 15 日'],
      ['name', '顏士傑'],
      ['license', '醫字第038117號'],
    ],
  ),
  // 49 Taiwan, Yilan, death certificate for a woman aged 96 (whole ROC date of birth), ward code
  g(
    '羅東聖母醫院 死亡證明書　字號：115聖死字第0088號\n死者姓名：游阿英　性別：女　出生日期：民國 18 年 7 月 3 日　死亡時年齡：96 歲\n身分證統一編號：G203815440\n戶籍地址：宜蘭縣冬山鄉廣興村廣興路 67 號\n死亡日期：115 年 1 月 28 日 14 時 10 分　死亡地點：羅東聖母醫院 7A 病房\n死亡原因：甲、急性心肌梗塞；乙、第 2 型糖尿病併慢性腎臟病（CKD G4）\n開立醫師：賴柏翰\n申請人：林志成（關係：孫）',
    [
      ['organization', '羅東聖母醫院'],
      ['other-id', '115聖死字第0088號'],
      ['name', '游阿英'],
      ['date', '民國 18 年 7 月 3 日'],
      ['age', '96'],
      ['id-card', 'G203815440'],
      ['address', '冬山鄉廣興村廣興路 67 號'],
      ['date', '1 月 28 日'],
      ['organization', '羅東聖母醫院', 1],
      ['bed', '7A'],
      ['name', '賴柏翰'],
      ['name', '林志成'],
    ],
  ),
  // 50 Taiwan, blood-donation centre SMS; donor name followed by 您好, blood-bag and donor numbers
  g(
    '【高雄捐血中心】吳俊賢您好，感謝您 115/02/10 於屏東捐血室（屏東市自由路 527 號）捐血 500 c.c.，血袋號 KS115021004473，檢驗結果均正常（ALT 28 U/L，梅毒、B/C 肝、HIV、HTLV 篩檢陰性）。下次可捐全血日為 115/06/10 以後。捐血人編號 P0821467，洽詢 08-732-7706。',
    [
      ['organization', '高雄捐血中心'],
      ['name', '吳俊賢'], // no trigger
      ['date', '02/10'],
      ['organization', '屏東捐血室'],
      ['address', '屏東市自由路 527 號'],
      ['other-id', 'KS115021004473'],
      ['date', '06/10'],
      ['other-id', 'P0821467'],
      ['phone', '08-732-7706'],
    ],
  ),
  // 51 Taiwan, prison health section, inmate dental visit and escorted referral; cell code
  g(
    '法務部矯正署臺北監獄 衛生科 門診紀錄　115/03/26\n收容人：鄭國彬　編號 2618　舍房 忠2-17　身分證 H125933062\n主訴：右下牙痛 5 天、臉頰腫脹。檢查：#46 根尖周膿瘍，體溫 37.9 °C。\n處置：Amoxicillin 500 mg tid ×5 天，Ibuprofen 400 mg prn；鄭國彬要求拔牙，已安排戒護外醫至衛生福利部桃園醫院牙科，預約 115/04/07。\n戒護主管：廖振宇　醫師：侯佩君',
    [
      ['organization', '臺北監獄'],
      ['date', '03/26'],
      ['name', '鄭國彬'],
      ['other-id', '2618'],
      ['bed', '忠2-17'],
      ['id-card', 'H125933062'],
      ['name', '鄭國彬', 1], // no trigger
      ['organization', '衛生福利部桃園醫院'],
      ['date', '04/07'],
      ['name', '廖振宇'],
      ['name', '侯佩君'],
    ],
  ),
  // 52 Taiwan, Keelung shipyard worker, periodic occupational health examination (noise, welding fume);
  // occupational-medicine licence
  g(
    '衛生福利部基隆醫院 勞工特殊體格檢查紀錄\n事業單位：台灣國際造船股份有限公司基隆廠　員工編號 K09381\n姓名：石振興　出生：68/11/02　電話 02-2422-6718　手機 0937-051-229\n作業類別：噪音作業（≥85 dBA）、電焊（錳燻煙）\n石振興自述下班後耳鳴。聽力：右 4 kHz 55 dB HL、左 4 kHz 50 dB HL（4K dip）；血錳 11.2 μg/L\n結論：第二級管理，建議配戴耳塞並半年追蹤。\n檢查日期：115年1月6日　醫師：白宗翰（職醫專字第000412號）',
    [
      ['organization', '衛生福利部基隆醫院'],
      ['organization', '台灣國際造船股份有限公司基隆廠'],
      ['other-id', 'K09381'],
      ['name', '石振興'],
      ['date', '11/02'],
      ['phone', '02-2422-6718'],
      ['phone', '0937-051-229'],
      ['name', '石振興', 1], // no trigger
      ['date', '1月6日'],
      ['name', '白宗翰'],
      ['license', '職醫專字第000412號'],
    ],
  ),
  // 53 Hong Kong, Queen Mary Hospital bilingual discharge medication list; English and Chinese name side by side,
  // ward and bed
  g(
    'QUEEN MARY HOSPITAL 瑪麗醫院　Discharge Medication 出院藥物\nName 姓名: CHEUNG, Wai Man 張偉文　HKID: D418207(4)　HN: HN26004187(5)\nWard 病房: K12N　Bed 床: 22　Date of discharge 出院日期: 18-Mar-2026\n1. Apixaban 5 mg BD（阿哌沙班）\n2. Bisoprolol 2.5 mg daily\n3. Frusemide 40 mg mane，體重每日增加 >1 kg 請覆診\n4. Spironolactone 25 mg daily（K 5.1 mmol/L 時暫停）\nPharmacist 藥劑師: Ivy LAM 林嘉欣　Tel 2255 4721\nFollow-up 覆診: Cardiac Clinic, 20-Apr-2026',
    [
      ['organization', 'QUEEN MARY HOSPITAL'],
      ['organization', '瑪麗醫院'],
      ['name', 'CHEUNG, Wai Man'],
      ['name', '張偉文'], // no trigger
      ['id-card', 'D418207(4)'],
      ['mrn', 'HN26004187(5)'],
      ['bed', 'K12N'],
      ['bed', '22'],
      ['date', '18-Mar'],
      ['name', 'Ivy LAM'],
      ['name', '林嘉欣'], // no trigger
      ['phone', '2255 4721'],
      ['date', '20-Apr'],
    ],
  ),
  // 54 Hong Kong, hospital e-mail thread about a discharge; given name as salutation, quoted reply, social-welfare
  // case number
  g(
    '寄件者：吳家俊 <ngkj@tmh.ha-example.hk>\n日期：2026年4月2日 上午 10:14\n收件者：曾詠詩; 7B 病房\n主旨：回覆：7B-31 鄧炳森 出院安排\n詠詩：\n鄧炳森的 HKID 已核對（K730154(5)），社署個案編號 SWD-TM-26-1183，家居照顧服務由 4月8日 開始。地址：屯門大興邨興旺樓 1502 室。\n吳家俊\n屯門醫院 老人科 | 2468 5532\n> 寄件者：曾詠詩\n> 請問鄧伯出院後誰照顧？他女兒鄧美玲日間要上班。',
    [
      ['name', '吳家俊'],
      ['email', 'ngkj@tmh.ha-example.hk'],
      ['date', '4月2日'],
      ['name', '曾詠詩'],
      ['bed', '7B'],
      ['bed', '7B-31'],
      ['name', '鄧炳森'], // no trigger
      ['name', '詠詩', 1], // no trigger
      ['name', '鄧炳森', 1], // no trigger
      ['id-card', 'K730154(5)'],
      ['other-id', 'SWD-TM-26-1183'],
      ['date', '4月8日'],
      ['address', '屯門大興邨興旺樓 1502 室'],
      ['name', '吳家俊', 1], // no trigger
      ['organization', '屯門醫院'],
      ['phone', '2468 5532'],
      ['name', '曾詠詩', 1],
      ['name', '鄧', 2],
      ['name', '鄧美玲'],
    ],
  ),
  // 55 Hong Kong, doctors WhatsApp chat in Cantonese; DD/MM/YY timestamps, speaker names mixing English and Chinese
  g(
    '[03/04/26 21:15] Kenneth 陳: 急症室 R3 有個 84 歲伯伯梁志強，Na 118，要唔要 call 腎科？\n[03/04/26 21:16] Winnie Ho: 佢係咪食緊 Indapamide？睇吓 CMS 先\n[03/04/26 21:18] Kenneth 陳: 係，個女梁佩儀話佢近排飲好多水\n[03/04/26 21:20] 何詠欣: 慢慢補，24 個鐘唔好升多過 8 mmol/L，驚 ODS\n[03/04/26 21:22] Kenneth 陳: OK，入 B6 病房 14 床',
    [
      ['date', '03/04'],
      ['name', 'Kenneth 陳'], // no trigger
      ['bed', 'R3'],
      ['name', '梁志強'],
      ['date', '03/04', 1],
      ['name', 'Winnie Ho'], // no trigger
      ['date', '03/04', 2],
      ['name', 'Kenneth 陳', 1], // no trigger
      ['name', '梁佩儀'],
      ['date', '03/04', 3],
      ['name', '何詠欣'], // no trigger
      ['date', '03/04', 4],
      ['name', 'Kenneth 陳', 2], // no trigger
      ['bed', 'B6'],
      ['bed', '14'],
    ],
  ),
  // 56 Hong Kong, private family clinic bilingual sick-leave certificate; Medical Council registration number
  g(
    '病假證明書 SICK LEAVE CERTIFICATE\n梁氏家庭醫學診所　旺角彌敦道 688 號旺角中心一期 12 樓 1203 室　電話 2391 8806\n茲證明黃子軒先生（香港身份證 Y288031(6)）於 2026年3月9日 到本診所求診，診斷為急性腸胃炎（ICD-10 A09），需病假兩天，由 3月9日 至 3月10日（包括首尾兩天）。\n僱主：九龍巴士（一九三三）有限公司\n醫生簽署：Dr TSE Ho Yin 謝浩然（醫委會註冊編號 M12847）',
    [
      ['organization', '梁氏家庭醫學診所'],
      ['address', '旺角彌敦道 688 號旺角中心一期 12 樓 1203 室'],
      ['phone', '2391 8806'],
      ['name', '黃子軒'],
      ['id-card', 'Y288031(6)'],
      ['date', '3月9日'],
      ['date', '3月9日', 1],
      ['date', '3月10日'],
      ['organization', '九龍巴士（一九三三）有限公司'],
      ['name', 'TSE Ho Yin'],
      ['name', '謝浩然'], // no trigger
      ['license', 'M12847'],
    ],
  ),
  // 57 Hong Kong, correctional psychiatric centre follow-up note; prisoner number, name opens a sentence
  g(
    '懲教署小欖精神病治療中心 精神科覆診紀錄\n2026年1月22日 覆診。羅國明（囚號 238817），男，45 歲，思覺失調症（ICD-10 F20.0），Paliperidone palmitate 150 mg IM 每月一次，PANSS 總分 68，無自殺意念。\n懲教主任楊志豪報告其夜間自言自語、拒絕放風。\n計劃：轉介青山醫院法醫精神科門診，2月19日；監測 QTc。\n醫生：Dr Connie WONG 黃嘉敏',
    [
      ['organization', '小欖精神病治療中心'],
      ['date', '1月22日'],
      ['name', '羅國明'], // no trigger
      ['other-id', '238817'],
      ['name', '楊志豪'],
      ['organization', '青山醫院'],
      ['date', '2月19日'],
      ['name', 'Connie WONG'],
      ['name', '黃嘉敏'], // no trigger
    ],
  ),
  // 58 Hong Kong, Fire Services ambulance journey record for a man aged 93; ambulance plate
  g(
    '救護服務紀錄 Ambulance Journey Record　事故編號 2026-0314-04482\n接報：14/03/2026 07:52　救護車 AM 7316\n地點：鴨脷洲利東邨東昇樓 2207 室\n病人：周伯，93 歲，由鄰居陳太發現倒地，懷疑跌倒，右髖疼痛，右腳外旋縮短；GCS 15，BP 162/88，SpO2 95%\n處理：真空床墊固定，Entonox 止痛\n送往：瑪麗醫院急症室，08:19 到達\n救護主任：區志明　救護員：Eric LI',
    [
      ['other-id', '2026-0314-04482'],
      ['date', '14/03'],
      ['plate', 'AM 7316'],
      ['address', '鴨脷洲利東邨東昇樓 2207 室'],
      ['name', '周'],
      ['age', '93'],
      ['name', '陳'],
      ['organization', '瑪麗醫院'],
      ['name', '區志明'],
      ['name', 'Eric LI'],
    ],
  ),
  // 59 Hong Kong, cluster lung-cancer MDT minutes; names after hospital numbers, attendee list, name as object
  g(
    '屯門醫院 肺癌多專科會議　2026-02-11\n[1] HN2501187(3) 何永強 M/71 右上葉腺癌 cT2aN2M0（IIIA），EGFR L858R(+)，PD-L1 TPS 5%。決議：同步化放療後 osimertinib 鞏固（LAURA）；由余家俊聯絡家屬。\n[2] HN2508834(6) 馮月嬋 F/66 左下葉小細胞癌廣泛期。決議：carboplatin + etoposide + atezolizumab（IMpower133）；轉介紓緩治療。\n出席：黎（腫瘤科）、余家俊、鄺詠怡、Dr Ahmed KHAN（放射科）\n記錄：Jenny',
    [
      ['organization', '屯門醫院'],
      ['date', '02-11'],
      ['mrn', 'HN2501187(3)'],
      ['name', '何永強'], // no trigger
      ['name', '余家俊'], // no trigger
      ['mrn', 'HN2508834(6)'],
      ['name', '馮月嬋'], // no trigger
      ['name', '黎'],
      ['name', '余家俊', 1], // no trigger
      ['name', '鄺詠怡'], // no trigger
      ['name', 'Ahmed KHAN'],
      ['name', 'Jenny'],
    ],
  ),
  // 60 Hong Kong, elderly health-care voucher transaction at a Chinese-medicine clinic; woman aged 91 with whole date
  // of birth
  g(
    '長者醫療券使用紀錄（醫健通）\n服務提供者：仁心中醫診所　註冊中醫：馮浩霖（註冊編號 004127）\n使用者：劉少英　性別：女　年齡：91　出生日期：1934年9月12日　香港身份證：C120648(4)\n交易日期：2026-03-21 10:45　交易編號 EHCVS-2603-0051873　金額：HK$350（針灸 + 中藥 5 劑）。劉少英表示醫療券餘額已不足。\n聯絡電話：2711 6045 / 6123 8870\n地址：九龍何文田愛民邨嘉民樓 1108 室',
    [
      ['organization', '仁心中醫診所'],
      ['name', '馮浩霖'],
      ['license', '004127'],
      ['name', '劉少英'],
      ['age', '91'],
      ['date', '1934年9月12日'],
      ['id-card', 'C120648(4)'],
      ['date', '03-21'],
      ['other-id', 'EHCVS-2603-0051873'],
      ['name', '劉少英', 1], // no trigger
      ['phone', '2711 6045'],
      ['phone', '6123 8870'],
      ['address', '何文田愛民邨嘉民樓 1108 室'],
    ],
  ),
  // 61 Macau, public general hospital bilingual Portuguese-Chinese discharge note; DD/MM dates, BIR, Portuguese
  // address
  g(
    'Centro Hospitalar Conde de São Januário 仁伯爵綜合醫院 — Nota de alta 出院摘要\nNome 姓名: LEONG, Kuok Wa 梁國華　BIR 身份證: 5128473(6)　N.º de processo 病歷號: 0771342\nInternamento 入院: 05/02/2026　Alta 出院: 12/02/2026\nDiagnóstico 診斷: Pneumonia adquirida na comunidade 社區肺炎（CURB-65 = 2），tratada com ceftriaxona + azitromicina. 梁國華出院前已可自行步行。\nMorada 地址: Rua de Francisco H. Fernandes n.º 23, Edf. Kam Fai, 8.º andar B\nContacto 電話: 6688 1427\nMédica 醫生: Dr.ª Ana Sofia Pereira 彭安娜',
    [
      ['organization', 'Centro Hospitalar Conde de São Januário'],
      ['organization', '仁伯爵綜合醫院'],
      ['name', 'LEONG, Kuok Wa'],
      ['name', '梁國華'], // no trigger
      ['id-card', '5128473(6)'],
      ['mrn', '0771342'],
      ['date', '05/02'],
      ['date', '12/02'],
      ['name', '梁國華', 1], // no trigger
      ['address', 'Rua de Francisco H. Fernandes n.º 23, Edf. Kam Fai, 8.º andar B'],
      ['phone', '6688 1427'],
      ['name', 'Ana Sofia Pereira'],
      ['name', '彭安娜'], // no trigger
    ],
  ),
  // 62 Macau, private hospital outpatient prescription in pregnancy; name as object of 交, practitioner licence,
  // health-card number
  g(
    '鏡湖醫院 門診處方 Receita Médica　日期：2026年3月4日\n病人：區美琪　女　38 歲　病歷號 KW 0028736-1　衛生局健康證 1-0317724\n地址：澳門筷子基北街 81 號 海灣花園第 3 座 15 樓 C　電話 6256 3019\n診斷：妊娠 12 週，噁心嘔吐（PUQE 9 分）\nRp：Doxylamine/Pyridoxine（Diclectin）10/10 mg 2 片 qn；維生素 B6 25 mg tid\n藥物已交陳志偉代領。\n醫生：鄭詩雅（執照 M-0417）',
    [
      ['organization', '鏡湖醫院'],
      ['date', '3月4日'],
      ['name', '區美琪'],
      ['mrn', 'KW 0028736-1'],
      ['other-id', '1-0317724'],
      ['address', '筷子基北街 81 號 海灣花園第 3 座 15 樓 C'],
      ['phone', '6256 3019'],
      ['name', '陳志偉'], // no trigger
      ['name', '鄭詩雅'],
      ['license', 'M-0417'],
    ],
  ),
  // 63 Macau, health-centre vaccination SMS reminders in Chinese and Portuguese
  g(
    '【塔石衛生中心】何嘉欣您好，您的子女何子朗已預約於 2026年4月15日 09:30 接種 MMR 第二劑，請攜同健康證（編號 0A-1182734）及針卡。如需更改請致電 2852 1779。\n【Centro de Saúde do Tap Seac】Lembrete: vacina MMR (2.ª dose) de HO Chi Long marcada para 15/04/2026 às 09:30. Tel. 2852 1779.',
    [
      ['organization', '塔石衛生中心'],
      ['name', '何嘉欣'], // no trigger
      ['name', '何子朗'],
      ['date', '4月15日'],
      ['other-id', '0A-1182734'],
      ['phone', '2852 1779'],
      ['organization', 'Centro de Saúde do Tap Seac'],
      ['name', 'HO Chi Long'],
      ['date', '15/04'],
      ['phone', '2852 1779', 1],
    ],
  ),
  // 64 Macau, university hospital insurance claim form; insurer branch, policy number, bank account, Taipa address
  g(
    '澳門科大醫院 住院保險索償表\n保險公司：中國人壽保險（海外）股份有限公司澳門分公司　保單號碼：MO-HL-2024-118277\n受保人：歐陽志明　身份證：7023846(1)　電話：6399 2081\n地址：氹仔海洋花園大馬路 33 號 海洋花園蔚藍居 9 樓 E\n入院：2026-01-10　出院：2026-01-14　診斷：急性闌尾炎（Alvarado 8 分），行腹腔鏡闌尾切除術\n費用：MOP 48,600　賠款存入：大西洋銀行 帳號 9001-22-3318841\n主診醫生：湯偉傑',
    [
      ['organization', '澳門科大醫院'],
      ['organization', '中國人壽保險（海外）股份有限公司澳門分公司'],
      ['other-id', 'MO-HL-2024-118277'],
      ['name', '歐陽志明'],
      ['id-card', '7023846(1)'],
      ['phone', '6399 2081'],
      ['address', '氹仔海洋花園大馬路 33 號 海洋花園蔚藍居 9 樓 E'],
      ['date', '01-10'],
      ['date', '01-14'],
      ['organization', '大西洋銀行'],
      ['account', '9001-22-3318841'],
      ['name', '湯偉傑'],
    ],
  ),
  // ---- English (US, UK, Ireland, Canada, Oceania, South and South-East Asia, Africa, Caribbean, Hong Kong) ----
  // 65 US, Alaska, fixed-wing air-medical transport patient care report; aircraft registration, village, name opening
  // a sentence and as object
  g(
    'LIFEMED ALASKA – FIXED-WING TRANSPORT PCR\nIncident LMA-26-03117 · 03/09/2026 · Aircraft N871LM\nFrom: Yukon-Kuskokwim Delta Regional Hospital, Bethel   To: Alaska Native Medical Center, Anchorage (L&D)\nPt: EVON, Martha J · DOB 11/02/1991 · F · home village Kwethluk · ph (907) 757-6214\nG6P5 at 33+4/40, PPROM ~18 h, contracting 3/10 min; BP 138/84, FHR 140s, cat I tracing. Betamethasone 12 mg IM given 0610; magnesium sulfate 4 g load then 2 g/h.\nMartha asked that her sister Nora Evon fly as escort – approved by medical control.\nCrew: Tyler Okamoto, RN; Joseph Kanuk, paramedic\nHanded over to Beverly Nick at 0948; verbal report also called to (907) 729-3125.',
    [
      ['organization', 'LIFEMED ALASKA'],
      ['other-id', 'LMA-26-03117'],
      ['date', '03/09'],
      ['vehicle', 'N871LM'],
      ['organization', 'Yukon-Kuskokwim Delta Regional Hospital'],
      ['address', 'Bethel'],
      ['organization', 'Alaska Native Medical Center'],
      ['address', 'Anchorage'],
      ['name', 'EVON, Martha J'],
      ['date', '11/02'],
      ['address', 'Kwethluk'],
      ['phone', '(907) 757-6214'],
      ['name', 'Martha', 1], // no trigger
      ['name', 'Nora Evon'],
      ['name', 'Tyler Okamoto'],
      ['name', 'Joseph Kanuk'],
      ['name', 'Beverly Nick'], // no trigger
      ['phone', '(907) 729-3125'],
    ],
  ),
  // 66 US, Louisiana, HL7 v2.5.1 ADT^A04 registration with next of kin and insurance segments (555-01xx phones)
  g(
    'MSH|^~\\&|EPIC|BRGMC|||20260217143055||ADT^A04|BRG0217-55812|P|2.5.1\nEVN|A04|20260217143055\nPID|1||E4471902^^^BRGMC^MR||THIBODEAUX^ANNETTE^MARIE||19580714|F|||2217 Highland Rd Apt 4B^^Baton Rouge^LA^70802^USA||(225)555-0148^PRN^PH|||||||438-55-0912\nNK1|1|THIBODEAUX^ROBERT^L|SPO||(225)555-0193\nPV1|1|E|ED^07^A^BRGMC||||1538214762^LANDRY^PAUL^J^^^MD|||||||||||V26048813\nIN1|1|PPO01|BCBSLA|Blue Cross and Blue Shield of Louisiana|||||||||||||THIBODEAUX^ANNETTE^M|SEL|19580714|||||||||||||||||XUP889214730',
    [
      ['organization', 'BRGMC'],
      ['date', '0217'],
      ['date', '0217', 2],
      ['mrn', 'E4471902'],
      ['organization', 'BRGMC', 1],
      ['name', 'THIBODEAUX'], // no trigger
      ['name', 'ANNETTE'], // no trigger
      ['name', 'MARIE'], // no trigger
      ['date', '0714'],
      ['address', '2217 Highland Rd Apt 4B'],
      ['address', 'Baton Rouge'],
      ['address', '70802'],
      ['phone', '(225)555-0148'],
      ['social-security', '438-55-0912'],
      ['name', 'THIBODEAUX', 1],
      ['name', 'ROBERT'],
      ['phone', '(225)555-0193'],
      ['bed', '07^A'],
      ['organization', 'BRGMC', 2],
      ['license', '1538214762'],
      ['name', 'LANDRY'], // no trigger
      ['name', 'PAUL'], // no trigger
      ['other-id', 'V26048813'],
      ['organization', 'BCBSLA'],
      ['organization', 'Blue Cross and Blue Shield of Louisiana'],
      ['name', 'THIBODEAUX', 2],
      ['name', 'ANNETTE', 1],
      ['date', '0714', 1],
      ['other-id', 'XUP889214730'],
    ],
  ),
  // 67 US, Minnesota, anaesthesia record for a hip fracture in a woman aged 91 (whole date of birth), pump serial,
  // name as object
  g(
    "Essentia Health-St. Mary's Medical Center, Duluth · ANESTHESIA RECORD\nPt: Halvorsen, Ingrid M · MRN 00718842 · DOB 04/19/1934 · Age 91 · Wt 52 kg\nDate 01/26/2026 · Proc: R hip hemiarthroplasty (Garden IV) · ASA 3E · CFS 6 · Mallampati 2\nTechnique: spinal, bupivacaine 0.5% heavy 1.8 mL at L3/4 + fascia iliaca block (ropivacaine 0.2% 30 mL)\n0742 in room · 0755 block · 0810 incision · BP nadir 92/48 → phenylephrine 100 mcg ×2 · EBL 250 mL\nInfusion pump Alaris 8015, s/n 12873345\nAnesthesiologist: Erik Lindqvist, MD (NPI 1742093184) · CRNA: Siobhan Rask\n0932 to PACU, report to Kayla; daughter Karen Halvorsen-Moe updated by phone 218-727-4613.",
    [
      ['organization', "Essentia Health-St. Mary's Medical Center"],
      ['address', 'Duluth'],
      ['name', 'Halvorsen, Ingrid M'],
      ['mrn', '00718842'],
      ['date', '04/19/1934'],
      ['age', '91'],
      ['date', '01/26'],
      ['device', '12873345'],
      ['name', 'Erik Lindqvist'],
      ['license', '1742093184'],
      ['name', 'Siobhan Rask'],
      ['name', 'Kayla'], // no trigger
      ['name', 'Karen Halvorsen-Moe'],
      ['phone', '218-727-4613'],
    ],
  ),
  // 68 US, Arizona, FHIR R4 Bundle (Patient, Coverage, Encounter) from an IHS facility on the Navajo Nation; rural HC
  // box address
  g(
    '{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"chinle-88213","identifier":[{"type":{"text":"Chart"},"value":"CH-0882134"},{"type":{"text":"Tribal enrollment"},"value":"NN-417793"}],"name":[{"family":"Begay","given":["Loretta","Mae"]}],"telecom":[{"system":"phone","value":"928-674-5521"}],"birthDate":"1949-08-30","address":[{"line":["HC 58 Box 1172"],"city":"Chinle","state":"AZ","postalCode":"86503"}]}},{"resource":{"resourceType":"Coverage","subscriberId":"A40881736","payor":[{"display":"AHCCCS"}]}},{"resource":{"resourceType":"Encounter","period":{"start":"2026-02-12T09:40:00-07:00"},"serviceProvider":{"display":"Chinle Comprehensive Health Care Facility"},"participant":[{"individual":{"display":"Dr. Shonto Yazzie"}}]}}]}',
    [
      ['other-id', 'chinle-88213'],
      ['mrn', 'CH-0882134'],
      ['other-id', 'NN-417793'],
      ['name', 'Begay'],
      ['name', 'Loretta'],
      ['name', 'Mae'],
      ['phone', '928-674-5521'],
      ['date', '08-30'],
      ['address', 'HC 58 Box 1172'],
      ['address', 'Chinle'],
      ['address', '86503'],
      ['social-security', 'A40881736'],
      ['date', '02-12'],
      ['organization', 'Chinle Comprehensive Health Care Facility'],
      ['name', 'Shonto Yazzie'],
    ],
  ),
  // 69 US, Hawaii, patient-portal message thread about a grandmother aged 90; Hawaiian kinship word, given-name
  // signature and greeting
  g(
    "MyChart · Message from Leilani Kahananui (MRN 3300718) · Sent 02/03/2026 7:12 PM from 72.235.14.190\nTo: Kalihi-Palama Health Center – Dr. Keoni Akana's team\nSubject: Tutu's sugar readings\nAloha Dr. Akana,\nMy tutu Emma Kalani (DOB 05/07/1935) is 90 and lives with us now at 1722 Kamehameha IV Rd, Honolulu. Her sugars have been 250–300 since the steroid shot on 1/28. She is on Lantus 14 units at night. Can we come Friday? Best number is 808-841-3379.\nMahalo,\nLeilani\n— Reply 02/04/2026 8:05 AM, Malia Fonoti, RN: Hi Leilani, please bring Tutu Emma's meter and insulin pens. We have 10:20 on 2/6 with Dr. Akana.",
    [
      ['name', 'Leilani Kahananui'],
      ['mrn', '3300718'],
      ['date', '02/03'],
      ['ip', '72.235.14.190'],
      ['organization', 'Kalihi-Palama Health Center'],
      ['name', 'Keoni Akana'],
      ['name', 'Akana', 1],
      ['name', 'Emma Kalani'],
      ['date', '05/07/1935'],
      ['age', '90', 1],
      ['address', '1722 Kamehameha IV Rd, Honolulu'],
      ['date', '1/28'],
      ['phone', '808-841-3379'],
      ['name', 'Leilani', 1], // no trigger
      ['date', '02/04'],
      ['name', 'Malia Fonoti'],
      ['name', 'Leilani', 2], // no trigger
      ['name', 'Emma', 1],
      ['date', '2/6'],
      ['name', 'Akana', 2],
    ],
  ),
  // 70 US, West Virginia, certificate of death abstract for a woman aged 97; rural road address, funeral home, name
  // opening a sentence
  g(
    'WEST VIRGINIA CERTIFICATE OF DEATH (abstract) · State file no. 2026-004417\nDecedent: Ollie Mae Blankenship · Sex F · Age 97 · DOB 09/14/1928 · SSN 234-18-6650\nResidence: 418 Elkhorn Branch Rd, Welch, WV 24801 (McDowell County)\nDate of death: 02/22/2026 · Place: Welch Community Hospital, 454 McDowell St, Welch\nDarrell found her unresponsive at 0610 and called 911; pronounced in ED at 0702.\nCause: (a) hypertensive heart disease with HFpEF – years; (b) CKD stage 4. Other: dementia, Alzheimer type.\nInformant: Darrell Blankenship (son), 304-436-8812 · Disposition: burial, Hall Funeral Home, Iaeger\nCertifier: Rebecca Stacy, DO · WV license 0421873',
    [
      ['other-id', '2026-004417'],
      ['name', 'Ollie Mae Blankenship'],
      ['age', '97'],
      ['date', '09/14/1928'],
      ['social-security', '234-18-6650'],
      ['address', '418 Elkhorn Branch Rd, Welch'],
      ['address', '24801'],
      ['date', '02/22'],
      ['organization', 'Welch Community Hospital'],
      ['address', '454 McDowell St, Welch'],
      ['name', 'Darrell'], // no trigger
      ['name', 'Darrell Blankenship'],
      ['phone', '304-436-8812'],
      ['organization', 'Hall Funeral Home'],
      ['address', 'Iaeger'],
      ['name', 'Rebecca Stacy'],
      ['license', '0421873'],
    ],
  ),
  // 71 US, Texas, Medicaid prior-authorization fax; quoted nickname, NPI and DEA, name as object of call
  g(
    'FAX – PRIOR AUTHORIZATION REQUEST (STAR Medicaid pharmacy)\nTo: Superior HealthPlan UM · Fax 1-866-555-0184\nFrom: Rio Grande Valley Pain & Spine, 2101 Pease St Ste 300, Harlingen TX 78550 · Fax (956) 555-0127\nMember: Guadalupe "Lupe" Saenz · DOB 03/03/1979 · Medicaid ID 528807163 · Plan member ID U00418237\nPrescriber: Alejandro Cantu, MD · NPI 1886154024 · DEA BC4127836\nRequest: pregabalin (Lyrica) 75 mg BID × 90 days. Dx M54.16 lumbar radiculopathy; failed gabapentin 600 mg TID × 8 wk and duloxetine 60 mg (nausea). PHQ-9 11, ODI 48%.\nQuestions – call Yesenia at (956) 555-0131. Superior HealthPlan ref (if known): PA-26-0219-7714',
    [
      ['organization', 'Superior HealthPlan'],
      ['phone', '1-866-555-0184'],
      ['organization', 'Rio Grande Valley Pain & Spine'],
      ['address', '2101 Pease St Ste 300, Harlingen'],
      ['address', '78550'],
      ['phone', '(956) 555-0127'],
      ['name', 'Guadalupe'],
      ['name', 'Lupe'], // no trigger
      ['name', 'Saenz'],
      ['date', '03/03'],
      ['social-security', '528807163'],
      ['other-id', 'U00418237'],
      ['name', 'Alejandro Cantu'],
      ['license', '1886154024'],
      ['license', 'BC4127836'],
      ['name', 'Yesenia'], // no trigger
      ['phone', '(956) 555-0131'],
      ['organization', 'Superior HealthPlan', 1],
      ['other-id', 'PA-26-0219-7714'],
    ],
  ),
  // 72 England, Manchester GP surgery, Statement of Fitness for Work (fit note); NHS number, depot location
  g(
    "Statement of Fitness for Work (fit note)\nPatient's name: Mr Callum Reid   Date of birth: 14/09/1988   NHS number: 485 777 3457\nI assessed your case on: 11 February 2026\nand, because of the following condition(s): lumbar radiculopathy L5/S1 (sciatica)\nI advise you that: you may be fit for work taking into account the following advice – amended duties, no driving of PSVs, altered hours.\nThis will be the case for 4 weeks, from 11/02/2026 to 10/03/2026. I will need to assess your fitness for work again at the end of this period.\nDoctor's signature: Dr Priya Raman   Date of statement: 11/02/2026\nMoss Side Health Centre, Monton Street, Manchester M14 4GP\nEmployer (if known): Arriva North West – Wythenshawe depot",
    [
      ['name', 'Callum Reid'],
      ['date', '14/09'],
      ['mrn', '485 777 3457'],
      ['date', '11 February'],
      ['date', '11/02'],
      ['date', '10/03'],
      ['name', 'Priya Raman'],
      ['date', '11/02', 1],
      ['organization', 'Moss Side Health Centre'],
      ['address', 'Monton Street, Manchester'],
      ['address', 'M14 4GP'],
      ['organization', 'Arriva North West'],
      ['address', 'Wythenshawe'],
    ],
  ),
  // 73 England, Leeds, colorectal MDT outcome; attendee list, given name opening a clause
  g(
    'LEEDS TEACHING HOSPITALS – COLORECTAL MDT OUTCOME · Thursday 05/03/2026\nPatient: Harold Whitaker · DOB 17/05/1948 · NHS 601 223 7898 · Hosp no. L4418203\nPresent: A. Kaur (chair), R. Fenwick, T. Oyelaran, Gemma Hollis, Jade Whitley\nSummary: 77M, rectal adenocarcinoma 8 cm from AV, MRI mrT3c N1 M0, EMVI+, CRM 0.8 mm (threatened). CEA 14. MMR proficient.\nOutcome: total neoadjuvant therapy (RAPIDO-type SCRT then CAPOX) at Leeds Cancer Centre, restage MRI at 18 weeks; Gemma to book clinic with Mr Kaur next week.\nGP: Dr Lucy Chadwick, Chapel Allerton Medical Centre (copy sent)',
    [
      ['organization', 'LEEDS TEACHING HOSPITALS'],
      ['date', '05/03'],
      ['name', 'Harold Whitaker'],
      ['date', '17/05'],
      ['mrn', '601 223 7898'],
      ['mrn', 'L4418203'],
      ['name', 'A. Kaur'],
      ['name', 'R. Fenwick'], // no trigger
      ['name', 'T. Oyelaran'], // no trigger
      ['name', 'Gemma Hollis'], // no trigger
      ['name', 'Jade Whitley'], // no trigger
      ['organization', 'Leeds Cancer Centre'],
      ['name', 'Gemma', 1], // no trigger
      ['name', 'Kaur', 1],
      ['name', 'Lucy Chadwick'],
      ['organization', 'Chapel Allerton Medical Centre'],
    ],
  ),
  // 74 England, Bristol, discharge medicines (TTO) table; name after a bed number, care-home address
  g(
    'UHBW · Ward A604 · TTO / discharge medicines\nBed 12 Doreen Pike · 08/11/1941 · NHS 402 118 6557 · Hosp K0773190\nAllergies: penicillin (anaphylaxis)\nMedicine | Dose | Frequency | Supply | Notes\nEdoxaban | 60 mg | OD | 28 | NEW – AF, CHA2DS2-VASc 5, CrCl 52 mL/min\nBisoprolol | 2.5 mg | OM | 28 |\nFurosemide | 40 mg | OM | 28 | CHANGED from 20 mg\nParacetamol | 1 g | QDS PRN | 32 | max 4 g/24 h\nAdcal-D3 | 1 tab | BD | 56 |\nScreened by Hannah Gill (pharmacist). Discharged to Fairhaven Care Home, 22 Ridgeway Rd, Fishponds, Bristol BS16 3EA (tel 0117 965 2201).',
    [
      ['organization', 'UHBW'],
      ['bed', 'A604'],
      ['bed', '12'],
      ['name', 'Doreen Pike'], // no trigger
      ['date', '08/11'],
      ['mrn', '402 118 6557'],
      ['mrn', 'K0773190'],
      ['name', 'Hannah Gill'],
      ['organization', 'Fairhaven Care Home'],
      ['address', '22 Ridgeway Rd, Fishponds, Bristol'],
      ['address', 'BS16 3EA'],
      ['phone', '0117 965 2201'],
    ],
  ),
  // 75 Scotland, prison healthcare nurse-led clinic note; CHI number, prisoner number, cell written like a date
  // (4/17)
  g(
    'NHS Greater Glasgow and Clyde – Prison Healthcare, HMP Barlinnie\nClinical note 23/01/2026 10:20 – nurse-led clinic\nSeen Darren McAllister, prisoner no. 0198347, CHI 1104872536, C-Hall cell 4/17.\nIVDU; abscess R groin 4 × 3 cm, fluctuant, no crepitus. Obs: T 37.8, HR 98, NEWS2 2. BBV screen: HCV Ab positive, RNA pending. OST: buprenorphine (Espranor) 16 mg daily.\nPlan: refer Glasgow Royal Infirmary surgical receiving for I&D today; flucloxacillin 1 g QDS meantime. Darren agreed to transfer under escort.\nNOK per record: mother Agnes McAllister, 41 Tollcross Rd, Glasgow G31 4UB, 07700 900418.\nJ. Kowalczyk, Staff Nurse',
    [
      ['organization', 'NHS Greater Glasgow and Clyde'],
      ['organization', 'HMP Barlinnie'],
      ['date', '23/01'],
      ['name', 'Darren McAllister'], // no trigger
      ['other-id', '0198347'],
      ['mrn', '1104872536'],
      ['bed', '4/17'],
      ['organization', 'Glasgow Royal Infirmary'],
      ['name', 'Darren', 1], // no trigger
      ['name', 'Agnes McAllister'],
      ['address', '41 Tollcross Rd, Glasgow'],
      ['address', 'G31 4UB'],
      ['phone', '07700 900418'],
      ['name', 'J. Kowalczyk'],
    ],
  ),
  // 76 Scotland, Highland, Teams chat between ED and acute medicine; speaker names, patient aged 92 in a cubicle,
  // town after from
  g(
    "[Teams] Raigmore ED ↔ Acute Medicine\nFiona MacLeod 14:02: anyone free to review cubicle 9? Seumas Mackinnon, 92, from Tain, fall + new AF, trop 64\nRoss Gunn 14:03: I'll take him. Has he got a DNACPR?\nFiona MacLeod 14:04: yes on Clinical Portal, signed 12/12/25 by Dr Munro (Tain Health Centre)\nRoss Gunn 14:10: rate 140s, giving digoxin load. His niece Catriona rang – 01862 892 314\nAilsa 14:12: bed 14 on Ward 6C ready for him after 3pm",
    [
      ['organization', 'Raigmore'],
      ['name', 'Fiona MacLeod'], // no trigger
      ['bed', '9'],
      ['name', 'Seumas Mackinnon'], // no trigger
      ['age', '92'],
      ['address', 'Tain'],
      ['name', 'Ross Gunn'], // no trigger
      ['name', 'Fiona MacLeod', 1], // no trigger
      ['date', '12/12'],
      ['name', 'Munro'],
      ['organization', 'Tain Health Centre'],
      ['name', 'Ross Gunn', 1], // no trigger
      ['name', 'Catriona'],
      ['phone', '01862 892 314'],
      ['name', 'Ailsa'], // no trigger
      ['bed', '14', 7],
      ['bed', '6C'],
    ],
  ),
  // 77 Wales, bilingual Welsh-English child immunisation record; health board named after a person, Welsh farmhouse
  // address
  g(
    'Cofnod Imiwneiddio / Immunisation Record\nBwrdd Iechyd Prifysgol Betsi Cadwaladr / Betsi Cadwaladr University Health Board\nPlentyn / Child: Efa Angharad Pritchard · Dyddiad geni / DOB: 02/06/2024 · NHS 720 443 1987\nCyfeiriad / Address: Tŷ Newydd, Lôn Glasfryn, Llanystumdwy, Criccieth LL52 0SS\nRhiant / Parent: Sioned Pritchard · 07700 900612\n12/03/2026 · M-M-RvaxPro dose 1 · L thigh · batch Y012345 · given by Nia Roberts, HV\n12/03/2026 · Bexsero booster · R thigh · paracetamol advice given\nEfa had a fever after her last jabs – Sioned given the leaflet again. Next: MMR2 + 4-in-1 preschool booster at 3 y 4 m, Meddygfa Criccieth Surgery.',
    [
      ['organization', 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr'],
      ['organization', 'Betsi Cadwaladr University Health Board'],
      ['name', 'Efa Angharad Pritchard'],
      ['date', '02/06'],
      ['mrn', '720 443 1987'],
      ['address', 'Tŷ Newydd, Lôn Glasfryn, Llanystumdwy, Criccieth'],
      ['address', 'LL52 0SS'],
      ['name', 'Sioned Pritchard'],
      ['phone', '07700 900612'],
      ['date', '12/03'],
      ['name', 'Nia Roberts'],
      ['date', '12/03', 1],
      ['name', 'Efa', 1], // no trigger
      ['name', 'Sioned', 1], // no trigger
      ['organization', 'Meddygfa Criccieth Surgery'],
    ],
  ),
  // 78 Wales, forensic physician witness statement from police custody; custody cell, collar number, GMC number, dash
  // signature
  g(
    "WITNESS STATEMENT (Criminal Justice Act 1967, s.9; Magistrates' Courts Rules 1981, r.70)\nStatement of: Dr Gareth Llewellyn   Occupation: forensic physician, custody suite, Aberystwyth\nOn Saturday 7 March 2026 at 02:35 I examined Kyle Bevan (DOB 21/10/2001) in Cell 3 at the request of PS 1187 Morgan. Custody record DP/26/004417.\nFindings: 3 cm full-thickness laceration over the left eyebrow (closed with 4 sutures), bruising 6 × 4 cm to the ulnar border of the right forearm, consistent with a defensive injury. Breath alcohol 61 µg/100 ml. GCS 15.\nOpinion: fit to detain; fit for interview after 08:00.\n— G. Llewellyn, GMC 6124587",
    [
      ['name', 'Gareth Llewellyn'],
      ['address', 'Aberystwyth'],
      ['date', '7 March'],
      ['name', 'Kyle Bevan'], // no trigger
      ['date', '21/10'],
      ['bed', '3', 1],
      ['other-id', '1187'],
      ['name', 'Morgan'],
      ['other-id', 'DP/26/004417'],
      ['name', 'G. Llewellyn'], // no trigger
      ['license', '6124587'],
    ],
  ),
  // 79 Northern Ireland, inter-trust transfer e-mail thread; H&C number, given-name salutation and signature, quoted
  // reply
  g(
    "From: Orla Quinn <orla.quinn@belfasttrust.example.hscni.net>\nSent: 16 January 2026 16:48\nTo: Ciaran Doherty <c.doherty@westerntrust.example.hscni.net>\nCc: Bed Manager RVH\nX-Originating-IP: [10.243.18.77]\nSubject: Transfer – Seamus O'Kane, H&C 334 817 2055\nCiaran,\nThanks for accepting Seamus (DOB 02/02/1951) for Altnagelvin. He is on Ward 6A bed 22 here, post-PCI to RCA on Tuesday, stable, no further pain. Ambulance booked for tomorrow 10:00 – NIAS ref 260117-0451. Wife Bernadette is travelling separately (07700 900271).\nOrla\nDr Orla Quinn | Cardiology Registrar | Royal Victoria Hospital, Grosvenor Road, Belfast BT12 6BA | ext 2634\n> From: Ciaran Doherty   Sent: 16 January 2026 15:12\n> Happy to accept. Please send the ECGs and the echo report.",
    [
      ['name', 'Orla Quinn'],
      ['email', 'orla.quinn@belfasttrust.example.hscni.net'],
      ['date', '16 January'],
      ['name', 'Ciaran Doherty'],
      ['email', 'c.doherty@westerntrust.example.hscni.net'],
      ['organization', 'RVH'],
      ['ip', '10.243.18.77'],
      ['name', "Seamus O'Kane"], // no trigger
      ['mrn', '334 817 2055'],
      ['name', 'Ciaran', 1], // no trigger
      ['name', 'Seamus', 1], // no trigger
      ['date', '02/02'],
      ['organization', 'Altnagelvin'],
      ['bed', '6A'],
      ['bed', '22'],
      ['other-id', '260117-0451'],
      ['name', 'Bernadette'],
      ['phone', '07700 900271'],
      ['name', 'Orla', 1], // no trigger
      ['name', 'Orla Quinn', 1],
      ['organization', 'Royal Victoria Hospital'],
      ['address', 'Grosvenor Road, Belfast'],
      ['address', 'BT12 6BA'],
      ['name', 'Ciaran Doherty', 1],
      ['date', '16 January', 1],
    ],
  ),
  // 80 Ireland, Cork, DICOM header dump of a pelvic MRI (dcmdump style); Irish-language surname, PPSN in
  // OtherPatientIDs
  g(
    "(0008,0020) DA [20260224]                      #   8, 1 StudyDate\n(0008,0080) LO [Cork University Hospital]      #  24, 1 InstitutionName\n(0008,0090) PN [O'Sullivan^Dermot^^Dr]         #  22, 1 ReferringPhysicianName\n(0008,1010) SH [CUHMR3T01]                     #  10, 1 StationName\n(0008,103e) LO [MRI PELVIS ENDOMETRIOSIS #ENZIAN] # 32, 1 SeriesDescription\n(0010,0010) PN [Ní Bhriain^Aoife]              #  18, 1 PatientName\n(0010,0020) LO [CUH0928815]                    #  10, 1 PatientID\n(0010,0030) DA [19920611]                      #   8, 1 PatientBirthDate\n(0010,1000) LO [8127365FA]                     #  10, 1 OtherPatientIDs\n(0010,1040) LO [14 Lough Mahon Drive, Blackrock, Cork] # 38, 1 PatientAddress\n(0010,2154) SH [087 441 9023]                  #  12, 1 PatientTelephoneNumbers\n(0018,1000) LO [MR3T-47021]                    #  10, 1 DeviceSerialNumber\n(0020,0010) SH [4417]                          #   4, 1 StudyID\n(0032,1032) PN [Hegarty^Niamh]                 #  14, 1 RequestingPhysician",
    [
      ['date', '0224'],
      ['organization', 'Cork University Hospital'],
      ['name', "O'Sullivan"],
      ['name', 'Dermot'],
      ['name', 'Ní Bhriain'],
      ['name', 'Aoife'],
      ['mrn', 'CUH0928815'],
      ['date', '0611'],
      ['social-security', '8127365FA'],
      ['address', '14 Lough Mahon Drive, Blackrock, Cork'],
      ['phone', '087 441 9023'],
      ['device', 'MR3T-47021'],
      ['other-id', '4417'],
      ['name', 'Hegarty'],
      ['name', 'Niamh'],
    ],
  ),
  // 81 Ireland, Dublin maternity hospital, partogram transcribed to a pipe table; name after a room number and in a
  // table cell
  g(
    'The Rotunda Hospital, Dublin – Labour Ward – Partogram (transcribed)\nRoom 5 · Aisling Brennan · 31 y · G2P1 · 39+5/40 · MRN R2604417 · 08/04/2026\nTime | Cx (cm) | Station | FHR | Ctx/10 min | Liquor | Notes\n02:00 | 4 | -2 | 135 | 3 | clear | ARM\n04:00 | 6 | -1 | 140 | 4 | clear | Aisling requested epidural – sited by Dr Farrelly\n06:00 | 9 | 0 | 128 | 4–5 | light meconium | CTG suspicious (FIGO 2015)\n06:40 | 10 | +2 | 132 | 5 | | pushing\n07:12 SVD, live male, Apgars 8/9, 3.46 kg, EBL 450 mL; 2nd-degree tear sutured by Siobhán Ryan (midwife). Partner Declan present. Baby band R2604417-B.\nMidwife in charge: Roisin Tully · Registrar: Dr Kwame Asante',
    [
      ['organization', 'Rotunda Hospital'],
      ['address', 'Dublin'],
      ['bed', '5'],
      ['name', 'Aisling Brennan'], // no trigger
      ['mrn', 'R2604417'],
      ['date', '08/04'],
      ['name', 'Aisling', 1], // no trigger
      ['name', 'Farrelly'],
      ['name', 'Siobhán Ryan'],
      ['name', 'Declan'],
      ['other-id', 'R2604417-B'],
      ['name', 'Roisin Tully'],
      ['name', 'Kwame Asante'],
    ],
  ),
  // 82 Canada, Quebec, Montreal university health centre, Inuktitut interpreter note for a Nunavik patient; RAMQ
  // number built from the name and birth date
  g(
    'McGill University Health Centre – Glen site · Interpreter Services (Inuktitut) · 19/01/2026\nPatient: Annie Qumaluk, 58 · RAMQ QUMA 6757 1213 · home community Puvirnituq (Nunavik)\nInterpreter: Lucassie Nappaaluk (Inuulitsivik patient liaison, staff ID 0412)\nConsult with Dr Hélène Gagnon (medical oncology): stage III NSCLC, plan concurrent carboplatin-paclitaxel + 30 × 2 Gy, then durvalumab. Teach-back done in Inuktitut. Annie asked whether she can go home to Puvirnituq between cycles – to be discussed with the Inuulitsivik nurse.\nEscort: her son Tommy Qumaluk, staying at Ullivik, Dorval; reachable on 819-988-2957.',
    [
      ['organization', 'McGill University Health Centre'],
      ['date', '19/01'],
      ['name', 'Annie Qumaluk'],
      ['social-security', 'QUMA 6757 1213'],
      ['address', 'Puvirnituq'],
      ['name', 'Lucassie Nappaaluk'],
      ['organization', 'Inuulitsivik'],
      ['other-id', '0412'],
      ['name', 'Hélène Gagnon'],
      ['name', 'Annie', 1], // no trigger
      ['address', 'Puvirnituq', 1],
      ['organization', 'Inuulitsivik', 1],
      ['name', 'Tommy Qumaluk'],
      ['organization', 'Ullivik'],
      ['address', 'Dorval'],
      ['phone', '819-988-2957'],
    ],
  ),
  // 83 Canada, Manitoba, tuberculosis contact-tracing CSV line list; PHINs, First Nations communities, exporting user
  // name
  g(
    'TB contact line list – index case TB-MB-26-017 – exported 2026-02-27 by mkeeper\ncontact_id,last,first,dob,phin,community,relationship,tst_mm,igra,cxr_date,disposition\nC01,Harper,Joseph,1987-03-14,118204736,Garden Hill First Nation,household,18,POS,2026-02-19,LTBI - 3HP started\nC02,Harper,Marlene,2016-11-02,118204752,Garden Hill First Nation,household,0,NEG,,window prophylaxis\nC03,Monias,Wesley,1979-06-30,120377418,Wasagamack First Nation,coworker,,IND,2026-02-20,repeat IGRA 8 wk\nC04,Flett,Doreen,1958-09-09,109836624,St. Theresa Point First Nation,visitor,7,NEG,2026-02-20,discharged',
    [
      ['other-id', 'TB-MB-26-017'],
      ['date', '02-27'],
      ['account', 'mkeeper'],
      ['name', 'Harper'], // no trigger
      ['name', 'Joseph'], // no trigger
      ['date', '03-14'],
      ['social-security', '118204736'],
      ['address', 'Garden Hill First Nation'],
      ['date', '02-19'],
      ['name', 'Harper', 1], // no trigger
      ['name', 'Marlene'], // no trigger
      ['date', '11-02'],
      ['social-security', '118204752'],
      ['address', 'Garden Hill First Nation', 1],
      ['name', 'Monias'], // no trigger
      ['name', 'Wesley'], // no trigger
      ['date', '06-30'],
      ['social-security', '120377418'],
      ['address', 'Wasagamack First Nation'],
      ['date', '02-20'],
      ['name', 'Flett'], // no trigger
      ['name', 'Doreen'], // no trigger
      ['date', '09-09'],
      ['social-security', '109836624'],
      ['address', 'St. Theresa Point First Nation'],
      ['date', '02-20', 1],
    ],
  ),
  // 84 Canada, Nunavut, health-centre home visit to an elder aged 93; house number address, oxygen concentrator
  // serial, name as object
  g(
    'Pangnirtung Health Centre – home visit – 2026-03-04\nVisited Elisapee Kilabuk at house 412 (blue house behind the Co-op); lives with grandson Jaco and his partner. NU health care no. 104478213.\nElisapee is 93. COPD, home O2 2 L/min via concentrator (EverFlo s/n EF19-0448217), SpO2 89% at rest. Mild ankle oedema, no fever. Prefers Inuktitut – interpreted by Leetia (CHR).\nPlan: furosemide 20 mg daily × 5 days; put on medevac list to Qikiqtani General Hospital, Iqaluit, for echo. Family can call the health centre at 867-473-8977.',
    [
      ['organization', 'Pangnirtung Health Centre'],
      ['date', '03-04'],
      ['name', 'Elisapee Kilabuk'], // no trigger
      ['address', 'house 412'],
      ['name', 'Jaco'],
      ['social-security', '104478213'],
      ['name', 'Elisapee', 1], // no trigger
      ['age', '93'],
      ['device', 'EF19-0448217'],
      ['name', 'Leetia'],
      ['organization', 'Qikiqtani General Hospital'],
      ['address', 'Iqaluit'],
      ['phone', '867-473-8977'],
    ],
  ),
  // 85 Canada, Nova Scotia, SMS appointment and result reminders; upper-case name after for, first-name greeting
  g(
    "Reminder for BRANDON MACISAAC: MRI L-spine 2026-04-07 09:15, Cape Breton Regional Hospital, 1482 George St, Sydney (Diagnostic Imaging, level 1). Reply C to confirm, R to reschedule. Do not reply STOP to this message.\nHi Brandon, this is Tara from Dr. Rashid's office – your bloodwork came back (eGFR 48, potassium 5.4). Please book a follow-up this week: 902-555-0142 or https://book.nshealth-example.ca/r/BM0407.\nYour child ISLA MACISAAC is due for her 4–6 year vaccines (Tdap-IPV, MMRV). Book at Sydney Community Health Centre 902-555-0179.",
    [
      ['name', 'BRANDON MACISAAC'], // no trigger
      ['date', '04-07'],
      ['organization', 'Cape Breton Regional Hospital'],
      ['address', '1482 George St, Sydney'],
      ['name', 'Brandon'], // no trigger
      ['name', 'Tara'],
      ['name', 'Rashid'],
      ['phone', '902-555-0142'],
      ['url', 'https://book.nshealth-example.ca/r/BM0407'],
      ['name', 'ISLA MACISAAC'],
      ['organization', 'Sydney Community Health Centre'],
      ['phone', '902-555-0179'],
    ],
  ),
  // 86 Australia, Northern Territory, aeromedical retrieval note from a remote community; aircraft registration,
  // Medicare and IHI
  g(
    "CareFlight – Top End Medical Retrieval · Mission CF-26-0412 · 22/02/2026 · aircraft VH-NXD\nCalled by Kirsty O'Loughlin at 0315 re Dylan Nganjmirra (24 M) at Maningrida Health Centre: fever 40.1, rigors, cough, lactate 5.2, BP 84/40 after 2 L. Diabetic, HbA1c 11.2%. Query melioidosis (wet season) – meropenem 2 g given at 0340.\nMedicare 2953471851 (IRN 2) · IHI 8003608172944639\nOutstation: Ji-balbal. Language: Burarra. Rosalind (aunty) travelling as escort.\nHanded to Royal Darwin Hospital ED at 0612. Dylan's mum on 0491 570 118.",
    [
      ['organization', 'CareFlight'],
      ['other-id', 'CF-26-0412'],
      ['date', '22/02'],
      ['vehicle', 'VH-NXD'],
      ['name', "Kirsty O'Loughlin"], // no trigger
      ['name', 'Dylan Nganjmirra'], // no trigger
      ['organization', 'Maningrida Health Centre'],
      ['social-security', '2953471851'],
      ['other-id', '8003608172944639'],
      ['address', 'Ji-balbal'],
      ['name', 'Rosalind'],
      ['organization', 'Royal Darwin Hospital'],
      ['name', 'Dylan', 1], // no trigger
      ['phone', '0491 570 118'],
    ],
  ),
  // 87 Australia, Tasmania, periodic health assessment of an underground miner (occupational-health certificate);
  // provider number
  g(
    'WESTCOAST OCCUPATIONAL HEALTH · 14 Agnes St, Rosebery TAS 7470 · (03) 6473 1182\nPeriodic Health Assessment – underground (Coal Mines / Mineral Mines Regs)\nWorker: Brodie Lachlan Fenton · DOB 30/07/1996 · Employee no. 41733 · Employer: Rosebery Zinc Operations – jumbo operator\nAssessment 18/02/2026: BMI 29.4, BP 132/84. Audiometry: bilateral 4 kHz notch 35 dB (PLH 3.2%). Spirometry FEV1/FVC 0.79, FEV1 94% pred (GLI 2012). Drug and alcohol screen (AS/NZS 4308:2008) negative.\nBrodie reports intermittent tinnitus after shifts – hearing-protection fit test booked.\nOutcome: FIT for duties without restriction.\nDr Mei-Ling Tan, MBBS FAFOEM · Medicare provider no. 2471839T',
    [
      ['organization', 'WESTCOAST OCCUPATIONAL HEALTH'],
      ['address', '14 Agnes St, Rosebery'],
      ['address', '7470'],
      ['phone', '(03) 6473 1182'],
      ['name', 'Brodie Lachlan Fenton'],
      ['date', '30/07'],
      ['other-id', '41733'],
      ['organization', 'Rosebery Zinc Operations'],
      ['date', '18/02'],
      ['name', 'Brodie', 1], // no trigger
      ['name', 'Mei-Ling Tan'],
      ['license', '2471839T'],
    ],
  ),
  // 88 Australia, Queensland, HL7 v2.4 ORU^R01 blood-culture result (melioidosis) with Medicare number in PID-3 and a
  // phoned-result note
  g(
    'MSH|^~\\&|AUSLAB|PATHQLD|HBCIS|TUH|20260309081522+1000||ORU^R01|PQ26030912771|P|2.4^AUS\nPID|1||T0881342^^^TUH^MR~4182773642^^^AUSHIC^MC||WALLACE^TIMOTHY^JAMES||19880423|M|||14 Hermit St^^Townsville^QLD^4810||0491 570 126\nPV1|1|I|4B^23^A^TUH||||0412839A^NGUYEN^LINH\nOBR|1||26-098-1472^PATHQLD|CULT^Blood culture|||20260308213000\nOBX|1|ST|ORG^Organism||Burkholderia pseudomallei||||||F\nOBX|2|ST|SENS^Susceptibility||Meropenem S; Ceftazidime S; Co-trimoxazole S||||||F\nNTE|1||Phoned to Dr Nguyen (RMO) 09/03/2026 0810 by Kerry-Anne',
    [
      ['organization', 'PATHQLD'],
      ['organization', 'TUH'],
      ['date', '0309'],
      ['mrn', 'T0881342'],
      ['organization', 'TUH', 1],
      ['social-security', '4182773642'],
      ['name', 'WALLACE'], // no trigger
      ['name', 'TIMOTHY'], // no trigger
      ['name', 'JAMES'], // no trigger
      ['date', '0423'],
      ['address', '14 Hermit St'],
      ['address', 'Townsville'],
      ['address', '4810'],
      ['phone', '0491 570 126'],
      ['bed', '23^A'],
      ['organization', 'TUH', 2],
      ['license', '0412839A'],
      ['name', 'NGUYEN'], // no trigger
      ['name', 'LINH'], // no trigger
      ['other-id', '26-098-1472'],
      ['organization', 'PATHQLD', 1],
      ['date', '0308'],
      ['name', 'Nguyen'],
      ['date', '09/03'],
      ['name', 'Kerry-Anne'], // no trigger
    ],
  ),
  // 89 Australia, Western Australia, PBS authority prescription from an Aboriginal medical service; unit/street
  // number written like a date, concession card
  g(
    'PBS/RPBS PRESCRIPTION · Authority approval no. 58127743\nPrescriber: Dr Ahmad Farouk · Prescriber no. 2918374 · Broome Regional Aboriginal Medical Service, 28 Dora St, Broome WA 6725 · (08) 9194 5230\nPatient: Rhonda Cox · 3/41 Frederick St, Broome WA 6725 · DOB 12/12/1961\nMedicare 3091556251 / 3 · Pensioner Concession Card 308 427 615K\nRx: Apixaban 5 mg tablets, qty 60, 1 BD, repeats 5 (AF, CHA2DS2-VASc 4, HAS-BLED 2)\nDate: 24/02/2026 · Rhonda was told not to take with her turmeric (Curcuma longa) capsules.',
    [
      ['other-id', '58127743'],
      ['name', 'Ahmad Farouk'],
      ['license', '2918374'],
      ['organization', 'Broome Regional Aboriginal Medical Service'],
      ['address', '28 Dora St, Broome'],
      ['address', '6725'],
      ['phone', '(08) 9194 5230'],
      ['name', 'Rhonda Cox'],
      ['address', '3/41 Frederick St, Broome'],
      ['address', '6725', 1],
      ['date', '12/12'],
      ['social-security', '3091556251'],
      ['social-security', '308 427 615K'],
      ['date', '24/02'],
      ['name', 'Rhonda', 1], // no trigger
    ],
  ),
  // 90 New Zealand, whānau WhatsApp group about a grandmother aged 91 with a hip fracture; NHI, ACC claim number,
  // d/mm/yy timestamps
  g(
    "[5/03/26, 7:41 pm] Hemi: Nana's in Ward 7 at Waikato Hospital, bed 12. Surgery tomorrow morning\n[5/03/26, 7:43 pm] Aroha Ngata: ACC claim number is CF41827730 if they ask\n[5/03/26, 7:44 pm] Aroha Ngata: and her NHI is ZKT4813\n[5/03/26, 7:50 pm] Mere: I can bring Koro in from Ngāruawāhia after mahi, 12 Jesmond St right?\n[5/03/26, 8:02 pm] Hemi: yep. Dr Fitzgerald says because she's 91 they'll do a half hip (hemiarthroplasty)",
    [
      ['date', '5/03'],
      ['name', 'Hemi'], // no trigger
      ['bed', '7', 1],
      ['organization', 'Waikato Hospital'],
      ['bed', '12'],
      ['date', '5/03', 1],
      ['name', 'Aroha Ngata'], // no trigger
      ['other-id', 'CF41827730'],
      ['date', '5/03', 2],
      ['name', 'Aroha Ngata', 1], // no trigger
      ['mrn', 'ZKT4813'],
      ['date', '5/03', 3],
      ['name', 'Mere'], // no trigger
      ['address', 'Ngāruawāhia'],
      ['address', '12 Jesmond St'],
      ['date', '5/03', 4],
      ['name', 'Hemi', 1], // no trigger
      ['name', 'Fitzgerald'],
      ['age', '91'],
    ],
  ),
  // 91 New Zealand, Auckland, research consent form for a Tongan participant with an interpreter declaration;
  // document version date left unannotated
  g(
    'CONSENT FORM – HEAL-NZ study (H. pylori test-and-treat for gastric cancer prevention), HDEC ref 2025 FULL 21544\nParticipant ID: HEAL-0417 · NHI PLR2079\nI, Sione Tupou Fifita, have read (or had explained to me in Tongan) the Participant Information Sheet version 3 dated 12 September 2025, and I agree to take part.\nAddress: 41 Great South Rd, Ōtāhuhu, Auckland 1062 · Mobile 022 413 8801\nSignature: ____________ Date: 09/03/2026\nInterpreter declaration: I, Losaline Vea, have interpreted the information to the participant.\nResearcher: Dr Ana Lemalu, Middlemore Hospital (Te Whatu Ora Counties Manukau)',
    [
      ['other-id', 'HEAL-0417'],
      ['mrn', 'PLR2079'],
      ['name', 'Sione Tupou Fifita'], // no trigger
      ['address', '41 Great South Rd, Ōtāhuhu, Auckland'],
      ['address', '1062'],
      ['phone', '022 413 8801'],
      ['date', '09/03'],
      ['name', 'Losaline Vea'], // no trigger
      ['name', 'Ana Lemalu'],
      ['organization', 'Middlemore Hospital'],
      ['organization', 'Counties Manukau'],
    ],
  ),
  // 92 India, Kerala, OCR of a discharge summary for a woman aged 92; name broken across a line, house name address,
  // Aadhaar in 4-4-4 groups, typist user name
  g(
    'AMRITA INSTITUTE OF MEDICAL SCIENCES, KOCHI\nDISCHARGE SUMMARY\nName : Mrs. Thankam-\nma Varghese        Age/Sex : 92 / F\nUHID : AIMS.26.0041187     IP No : 2602118\nAddress : Kunnumpurathu House, Thiruvalla P.O., Pathanamthitta Dt. - 689101\nAdmitted : 11/02/2026     Discharged : 19/02/2026\nConsultant : Dr. Joseph Kurian (Nephrology)\nDiagnosis : AKI on CKD (KDIGO stage 3) following dengue shock syndrome; NS1 positive\nCourse : Thankamma needed 3 sessions of SLED; creatinine 6.8 -> 2.1 mg/dL at discharge.\nAadhaar : 7341 8820 9156\nBystander : Son - Mathew Varghese, Ph: +91 94470 31862\nTyped by : anjuk',
    [
      ['organization', 'AMRITA INSTITUTE OF MEDICAL SCIENCES'],
      ['address', 'KOCHI'],
      ['name', 'Thankam-\nma Varghese'],
      ['age', '92'],
      ['mrn', 'AIMS.26.0041187'],
      ['mrn', '2602118'],
      ['address', 'Kunnumpurathu House, Thiruvalla P.O.'],
      ['address', '689101'],
      ['date', '11/02'],
      ['date', '19/02'],
      ['name', 'Joseph Kurian'],
      ['name', 'Thankamma'], // no trigger
      ['id-card', '7341 8820 9156'],
      ['name', 'Mathew Varghese'],
      ['phone', '+91 94470 31862'],
      ['account', 'anjuk'],
    ],
  ),
  // 93 India, Maharashtra, PM-JAY / MJPJAY pre-authorisation claim; ABHA number, registration number written like a
  // date, possessive name
  g(
    "AB PM-JAY / MJPJAY – CLAIM SUBMISSION · Pre-auth ID PMJAY-MH-R3-2026-0014772\nHospital: Sassoon General Hospital, Pune\nBeneficiary: Sunita Ramdas Kamble · F · 44 · PM-JAY ID WX7T9K2PQ · ABHA 91-4417-8826-3190 · Mobile 98220 47716\nAddress: At post Kharwandi, Tal. Newasa, Dist. Ahmednagar\nAdmission 03/03/2026 · Discharge 09/03/2026 · Package SG039C (emergency laparotomy) – perforated duodenal ulcer, Graham patch\nTreating doctor: Dr. Rahul Deshmukh, MMC Reg. No. 2009/04/1873\nSunita's husband Ramdas signed the beneficiary feedback form. Claim amount ₹ 45,000.",
    [
      ['other-id', 'PMJAY-MH-R3-2026-0014772'],
      ['organization', 'Sassoon General Hospital'],
      ['address', 'Pune'],
      ['name', 'Sunita Ramdas Kamble'],
      ['other-id', 'WX7T9K2PQ'],
      ['other-id', '91-4417-8826-3190'],
      ['phone', '98220 47716'],
      ['address', 'Kharwandi'],
      ['address', 'Newasa'],
      ['date', '03/03'],
      ['date', '09/03'],
      ['name', 'Rahul Deshmukh'],
      ['license', '2009/04/1873'],
      ['name', 'Sunita', 1], // no trigger
      ['name', 'Ramdas', 1],
    ],
  ),
  // 94 India, Punjab, U-WIN routine-immunisation certificate; RCH ID, village and tehsil, DD-MM-YYYY dates
  g(
    'U-WIN – Routine Immunisation Certificate\nChild: Gurnoor Singh Sandhu · M · DOB 14-01-2025 · RCH ID 122010034558\nMother: Harpreet Kaur · Mobile 98140 22637\nAddress: VPO Dhilwan, Tehsil Baba Bakala, Distt. Amritsar\n14-01-2025 · BCG, OPV-0, Hep B birth dose · Civil Hospital Baba Bakala\n25-02-2025 · Penta-1, OPV-1, Rota-1, fIPV-1, PCV-1 · PHC Dhilwan · ANM Kulwinder Kaur\n16-10-2025 · MR-1, JE-1, Vit A 1 lakh IU · PHC Dhilwan · vaccinator Jaspreet\nNext due: DPT booster-1, MR-2, OPV booster at 16–24 months.',
    [
      ['name', 'Gurnoor Singh Sandhu'],
      ['date', '14-01'],
      ['other-id', '122010034558'],
      ['name', 'Harpreet Kaur'],
      ['phone', '98140 22637'],
      ['address', 'Dhilwan'],
      ['address', 'Baba Bakala'],
      ['date', '14-01', 1],
      ['organization', 'Civil Hospital Baba Bakala'],
      ['date', '25-02'],
      ['organization', 'PHC Dhilwan'],
      ['name', 'Kulwinder Kaur'],
      ['date', '16-10'],
      ['organization', 'PHC Dhilwan', 1],
      ['name', 'Jaspreet'],
    ],
  ),
  // 95 India, Delhi, medico-legal certificate (injury report); MLC number and belt number that look like dates, s/o,
  // police station
  g(
    'MEDICO-LEGAL CERTIFICATE (INJURY REPORT) – Lok Nayak Hospital, New Delhi\nMLC No. 4417/26 · Examined 28/03/2026 at 23:40\nName: Imran Qureshi s/o Shakeel Qureshi · Age 27 · M · R/o H.No. 1132, Gali Qasimjan, Ballimaran, Delhi-110006\nBrought by: HC Rajesh Kumar No. 2217/C, PS Chandni Mahal\nIdentification marks: (1) black mole 1 cm below left ear lobe (2) old scar 3 cm over right patella\nHistory (as given by patient): assaulted with an iron rod at about 22:30 on 28/03/2026 near Jama Masjid metro gate 3.\nImran was conscious and oriented, GCS 15/15, smelling of alcohol: No.\nInjuries: (1) lacerated wound 5 × 1 cm scalp (2) swelling and tenderness left forearm – X-ray advised. Nature: opinion reserved.\nDr. Neha Bansal, CMO · DMC Reg. No. 64418',
    [
      ['organization', 'Lok Nayak Hospital'],
      ['address', 'New Delhi'],
      ['other-id', '4417/26'],
      ['date', '28/03'],
      ['name', 'Imran Qureshi'],
      ['name', 'Shakeel Qureshi'],
      ['address', 'H.No. 1132, Gali Qasimjan, Ballimaran, Delhi'],
      ['address', '110006'],
      ['name', 'Rajesh Kumar'],
      ['other-id', '2217/C'],
      ['organization', 'PS Chandni Mahal'],
      ['date', '28/03', 1],
      ['address', 'Jama Masjid metro gate 3'],
      ['name', 'Imran', 1], // no trigger
      ['name', 'Neha Bansal'],
      ['license', '64418'],
    ],
  ),
  // 96 Pakistan, Karachi, medical-unit WhatsApp group (DKA overnight); names after bed numbers, CNIC, names as
  // objects
  g(
    "[12/02/26, 23:47] Sana Rizvi: Bed 14 Ward 7 Naseem Bano 67F DKA, pH 7.05, K 3.1 – insulin held till K > 3.3\n[12/02/26, 23:49] Bilal Ahmed: ok. her son Faraz keeps calling on 0300 8214479, someone update him pls\n[12/02/26, 23:52] Sana Rizvi: Updated Faraz. Her CNIC for the Sehat card is 42201-8391746-4\n[12/02/26, 23:58] Usman: repeat ABG at 01:00, I'll check\n[13/02/26, 00:41] Bilal Ahmed: Naseem Bano K 3.6 now, insulin infusion 0.1 U/kg/h started (JPMC DKA protocol)",
    [
      ['date', '12/02'],
      ['name', 'Sana Rizvi'], // no trigger
      ['bed', '14'],
      ['bed', '7', 1],
      ['name', 'Naseem Bano'], // no trigger
      ['date', '12/02', 1],
      ['name', 'Bilal Ahmed'], // no trigger
      ['name', 'Faraz'],
      ['phone', '0300 8214479'],
      ['date', '12/02', 2],
      ['name', 'Sana Rizvi', 1], // no trigger
      ['name', 'Faraz', 1], // no trigger
      ['id-card', '42201-8391746-4'],
      ['date', '12/02', 3],
      ['name', 'Usman'], // no trigger
      ['date', '13/02'],
      ['name', 'Bilal Ahmed', 1], // no trigger
      ['name', 'Naseem Bano', 1], // no trigger
      ['organization', 'JPMC'],
    ],
  ),
  // 97 Pakistan, Peshawar teaching hospital, neurosurgery operation note; s/o, CNIC, dash signature, patient name in
  // narrative
  g(
    'LADY READING HOSPITAL, PESHAWAR – Department of Neurosurgery – OPERATION NOTE\nMR No. 2026-LRH-0041873 · Neurosurgery B, Bed 31\nPatient: Gul Zaman s/o Sher Zaman · 34 M · CNIC 17301-5528914-7\nDate of surgery: 19/01/2026 · Surgeon: Prof. Asad Khan Afridi · Assistant: Dr Hina Gul · Anaesthetist: Dr Tariq Mehmood\nGul Zaman was brought from Landi Kotal after a fall from a rooftop; GCS 9 (E2V2M5), right pupil sluggish.\nProcedure: right fronto-temporo-parietal craniotomy (trauma flap), evacuation of acute SDH 14 mm, midline shift 9 mm; dura closed with pericranial graft; bone flap replaced.\nPost-op: ICU bed 4, HOB 30°, levetiracetam 500 mg BD, Na target 140–145.\nAttendant: brother Noor Zaman, 0333 9187245\n— Hina Gul, 19/01/2026 16:40',
    [
      ['organization', 'LADY READING HOSPITAL'],
      ['address', 'PESHAWAR'],
      ['mrn', '2026-LRH-0041873'],
      ['bed', '31'],
      ['name', 'Gul Zaman'],
      ['name', 'Sher Zaman'],
      ['id-card', '17301-5528914-7'],
      ['date', '19/01'],
      ['name', 'Asad Khan Afridi'],
      ['name', 'Hina Gul'],
      ['name', 'Tariq Mehmood'],
      ['name', 'Gul Zaman', 1], // no trigger
      ['address', 'Landi Kotal'],
      ['bed', '4', 4],
      ['name', 'Noor Zaman'],
      ['phone', '0333 9187245'],
      ['name', 'Hina Gul', 1], // no trigger
      ['date', '19/01', 1],
    ],
  ),
  // 98 Bangladesh, Dhaka, dengue admissions CSV line list with a patient aged 91; thana, exporting user name
  g(
    'Mugda Medical College Hospital – dengue admissions line list – exported 2026-08-14 by shuvo.it\nsl,name,age,sex,guardian,mobile,address,thana,ns1,admit_date,outcome\n1,Md. Rakibul Hasan,23,M,Abdul Mannan,01711-482917,House 27 Road 4 Block C,Khilgaon,POS,2026-08-11,discharged\n2,Sumaiya Akter,9,F,Nasima Begum,01819-336204,"Flat 5B, 112 Shantibagh",Paltan,POS,2026-08-12,admitted (DSS)\n3,Jahanara Khatun,91,F,Rafiqul Islam,01552-907713,Manda Bazar Road,Mugda,IgM POS,2026-08-13,died 2026-08-14',
    [
      ['organization', 'Mugda Medical College Hospital'],
      ['date', '08-14'],
      ['account', 'shuvo.it'],
      ['name', 'Md. Rakibul Hasan'], // no trigger
      ['name', 'Abdul Mannan'], // no trigger
      ['phone', '01711-482917'],
      ['address', 'House 27 Road 4 Block C'],
      ['address', 'Khilgaon'],
      ['date', '08-11'],
      ['name', 'Sumaiya Akter'], // no trigger
      ['name', 'Nasima Begum'], // no trigger
      ['phone', '01819-336204'],
      ['address', 'Flat 5B, 112 Shantibagh'],
      ['address', 'Paltan'],
      ['date', '08-12'],
      ['name', 'Jahanara Khatun'], // no trigger
      ['age', '91', 1],
      ['name', 'Rafiqul Islam'], // no trigger
      ['phone', '01552-907713'],
      ['address', 'Manda Bazar Road'],
      ['address', 'Mugda', 1],
      ['date', '08-13'],
      ['date', '08-14', 1],
    ],
  ),
  // 99 Bangladesh, Chattogram, private-chamber prescription with local brands (Napa, Seclo, Bizoran 5/20) and a bKash
  // transaction ID
  g(
    'Dr. Farhana Chowdhury · MBBS, FCPS (Medicine) · BMDC Reg. A-48217\nChamber: Nurjahan Diagnostic & Consultation, 1672 O.R. Nizam Road, Panchlaish, Chattogram · Serial: 01819-557733\nPt: Mrs. Rokeya Begum · Age 56 · Date 02.03.2026 · Referred by Mizanur Rahman\nC/C: burning epigastric pain, BP 160/100, RBS 11.4 mmol/L\nRx\n1. Tab. Napa Extend 665 mg 1+0+1 × 5 days\n2. Tab. Seclo 20 mg 1+0+1 before meal × 14 days\n3. Tab. Bizoran 5/20 1+0+0 – continue\n4. Tab. Ecosprin 75 mg 0+1+0 after lunch\nAdv: FBS, 2hABF, HbA1c, S. creatinine, USG W/A. Review after 7 days with reports. Rokeya was advised to stop the painkillers she buys over the counter.\nFee paid by bKash, TrxID 9CF7K2L1QX',
    [
      ['name', 'Farhana Chowdhury'],
      ['license', 'A-48217'],
      ['organization', 'Nurjahan Diagnostic & Consultation'],
      ['address', '1672 O.R. Nizam Road, Panchlaish, Chattogram'],
      ['phone', '01819-557733'],
      ['name', 'Rokeya Begum'],
      ['date', '02.03'],
      ['name', 'Mizanur Rahman'], // no trigger
      ['name', 'Rokeya', 1], // no trigger
      ['other-id', '9CF7K2L1QX'],
    ],
  ),
  // 100 Sri Lanka, Kandy hospital blood bank donor record; initials before a Sinhala name, new-format NIC, address
  // number written like a date
  g(
    'National Blood Transfusion Service – Teaching Hospital Kandy Blood Bank – DONOR RECORD\nDonor No. KDY-D-0048117 · NIC 199007441827\nDonor: W. M. Ruwan Kumara Wijesinghe · M · 35 y · No. 42/3, Peradeniya Road, Kandy · 077 418 3391\nDonation 14/01/2026 · Bag no. NBTS-KDY-26-00417 · 450 mL · B RhD positive · Hb 14.2 g/dL\nTTI screening: HBsAg NR, HCV NR, HIV 1/2 NR, VDRL NR, malaria NR\nRuwan donated for the 12th time; certificate of appreciation issued.\nBled by: Nursing Officer K. G. Dilhani · MO: Dr. Thilini Senanayake\nNext eligible: 14/05/2026',
    [
      ['organization', 'Teaching Hospital Kandy'],
      ['other-id', 'KDY-D-0048117'],
      ['id-card', '199007441827'],
      ['name', 'W. M. Ruwan Kumara Wijesinghe'],
      ['address', 'No. 42/3, Peradeniya Road, Kandy'],
      ['phone', '077 418 3391'],
      ['date', '14/01'],
      ['other-id', 'NBTS-KDY-26-00417'],
      ['name', 'Ruwan', 1], // no trigger
      ['name', 'K. G. Dilhani'],
      ['name', 'Thilini Senanayake'],
      ['date', '14/05'],
    ],
  ),
  // 101 Nepal, Kathmandu teaching hospital death summary for a man aged 91; Bikram Sambat and AD dates, citizenship
  // number that looks like a date
  g(
    'Tribhuvan University Teaching Hospital, Maharajgunj – DEATH SUMMARY\nName: Krishna Bahadur Thapa Magar · 91 yrs · M · Hospital No. 2082-117734\nCitizenship No.: 27-01-72-04518 · Address: Budhanilkantha-11, Kathmandu\nAdmitted: 2082/10/17 BS (31/01/2026) · Died: 2082/10/21 BS (04/02/2026), 03:40\nCause of death: (a) septic shock (b) community-acquired pneumonia, CURB-65 4 (c) COPD. Other significant: CKD G3b.\nInformant: grandson Suman Thapa Magar, 98510 77421. Suman Thapa Magar received the body at 09:00.\nCertified by: Dr. Anjali Shrestha (NMC No. 14420)',
    [
      ['organization', 'Tribhuvan University Teaching Hospital'],
      ['address', 'Maharajgunj'],
      ['name', 'Krishna Bahadur Thapa Magar'],
      ['age', '91'],
      ['mrn', '2082-117734'],
      ['id-card', '27-01-72-04518'],
      ['address', 'Budhanilkantha-11'],
      ['date', '10/17'],
      ['date', '31/01'],
      ['date', '10/21'],
      ['date', '04/02'],
      ['name', 'Suman Thapa Magar'],
      ['phone', '98510 77421'],
      ['name', 'Suman Thapa Magar', 1], // no trigger
      ['name', 'Anjali Shrestha'],
      ['license', '14420'],
    ],
  ),
  // 102 Singapore, polyclinic medical certificate; NRIC, verification URL, name after "certify that"
  g(
    "SingHealth Polyclinics – Bedok · MEDICAL CERTIFICATE · MC No. MC-SHP-2603-118427\nThis is to certify that TAN WEI LING (NRIC S8847219E) was examined on 06/03/2026 and is unfit for duty from 06/03/2026 to 07/03/2026 (2 days), both dates inclusive.\nDiagnosis withheld at the patient's request.\nDr Muhammad Hafiz bin Rahmat · MCR M21843J\nVerify this MC: https://mc.shp-example.sg/v/7KQ2-88XD",
    [
      ['organization', 'SingHealth Polyclinics'],
      ['address', 'Bedok'],
      ['other-id', 'MC-SHP-2603-118427'],
      ['name', 'TAN WEI LING'], // no trigger
      ['id-card', 'S8847219E'],
      ['date', '06/03'],
      ['date', '06/03', 1],
      ['date', '07/03'],
      ['name', 'Muhammad Hafiz bin Rahmat'],
      ['license', 'M21843J'],
      ['url', 'https://mc.shp-example.sg/v/7KQ2-88XD'],
    ],
  ),
  // 103 Singapore, university hospital medical-social-worker e-mail to a dormitory operator plus SMS reminder; FIN,
  // work-permit number, dormitory room
  g(
    'From: ngiam_jl@nuhs.example.sg\nTo: casemgmt@tuasview-dorm.example.sg\nSubject: Discharge – Mr RAHMAN MD SHAHIDUL (FIN G5518273L)\nDear Ms Lim,\nShahidul (work permit 0 4418273 6, Bangladesh passport A04418273) was discharged today, 12 Mar, from Ward 52 after ORIF of a left tibial plateau fracture (Schatzker II). He must stay non-weight-bearing for 8 weeks and can do light duties only. Please arrange a lower bunk at Tuas View Dormitory, Block 7, Room 04-12. Ortho follow-up is on 26 Mar, 10:30; HealthServe has agreed to help with transport.\nRegards,\nNgiam Jia Ling | Medical Social Worker | National University Hospital | 6772 5581\nSMS sent: "NUH: Appt for RAHMAN MD SHAHIDUL on 26/03/2026 10:30, Clinic 1C. Reply Y to confirm."',
    [
      ['email', 'ngiam_jl@nuhs.example.sg'],
      ['email', 'casemgmt@tuasview-dorm.example.sg'],
      ['name', 'RAHMAN MD SHAHIDUL'],
      ['id-card', 'G5518273L'],
      ['name', 'Lim'],
      ['name', 'Shahidul'], // no trigger
      ['other-id', '0 4418273 6'],
      ['passport', 'A04418273'],
      ['date', '12 Mar'],
      ['bed', '52'],
      ['address', 'Tuas View Dormitory, Block 7, Room 04-12'],
      ['date', '26 Mar'],
      ['organization', 'HealthServe'],
      ['name', 'Ngiam Jia Ling'],
      ['organization', 'National University Hospital'],
      ['phone', '6772 5581'],
      ['organization', 'NUH'],
      ['name', 'RAHMAN MD SHAHIDUL', 1], // no trigger
      ['date', '26/03'],
      ['bed', '1C'],
    ],
  ),
  // 104 Malaysia, Sabah, 999 ambulance record for a snake bite; alias written with @, MyKad, ambulance plate, kampung
  // address
  g(
    'Hospital Queen Elizabeth, Kota Kinabalu – Pre-hospital Care · Case no. 999-SBH-260211-0087\nCall 11/02/2026 21:14 from 013-884 2071 (wife)\nLocation: Kampung Tombovo, Penampang – turn in beside Gereja St. Michael\nPatient: Jeffrey Gimbang @ Jaip · M · 47 · MyKad 780614-12-5527\nBitten on right foot by snake (suspected Malayan pit viper) in paddy field ~20:30; 20WBCT unclotted; swelling to mid-calf.\nAmbulance SA 4417 K · PPP Rosnah binti Amat · driver Juhin\nHanded over at HQE Red Zone 22:05 to Dr. Lee Kah Wai; Jeffrey received 2 vials of Hemato Polyvalent antivenom at 22:30.',
    [
      ['organization', 'Hospital Queen Elizabeth'],
      ['address', 'Kota Kinabalu'],
      ['other-id', '999-SBH-260211-0087'],
      ['date', '11/02'],
      ['phone', '013-884 2071'],
      ['address', 'Kampung Tombovo, Penampang'],
      ['name', 'Jeffrey Gimbang'],
      ['name', 'Jaip'], // no trigger
      ['id-card', '780614-12-5527'],
      ['plate', 'SA 4417 K'],
      ['name', 'Rosnah binti Amat'],
      ['name', 'Juhin'],
      ['organization', 'HQE'],
      ['name', 'Lee Kah Wai'],
      ['name', 'Jeffrey', 1], // no trigger
    ],
  ),
  // 105 Malaysia, Penang, JKKP 7 occupational-disease notification for noise-induced hearing loss; a/l between two
  // names, Sdn Bhd left out
  g(
    "BORANG JKKP 7 – Notification of Occupational Poisoning and Occupational Disease\nEmployer: Penang Precision Moulding Sdn Bhd, Plot 112, Bayan Lepas FIZ Phase 4, 11900 Bayan Lepas\nEmployee: Saravanan a/l Muniandy · MyKad 850317-07-5439 · injection-moulding operator, 14 years' exposure (LEX,8h 91 dB(A))\nDiagnosis: noise-induced hearing loss, bilateral, 4 kHz notch; hearing impairment 18% (Occupational Safety and Health (Noise Exposure) Regulations 2019)\nDate diagnosed: 02/02/2026. Saravanan declined hearing aids for now; annual audiometry arranged.\nOHD: Dr. Siti Aishah binti Rahman (OHD reg. HQ/10/DOK/00/412) · Klinik Kesihatan Pekerjaan Bayan Baru · 04-642 7718",
    [
      ['organization', 'Penang Precision Moulding'],
      ['address', 'Plot 112, Bayan Lepas FIZ Phase 4'],
      ['address', '11900'],
      ['address', 'Bayan Lepas', 1],
      ['name', 'Saravanan'],
      ['name', 'Muniandy'],
      ['id-card', '850317-07-5439'],
      ['date', '02/02'],
      ['name', 'Saravanan', 1], // no trigger
      ['name', 'Siti Aishah binti Rahman'],
      ['license', 'HQ/10/DOK/00/412'],
      ['organization', 'Klinik Kesihatan Pekerjaan Bayan Baru'],
      ['phone', '04-642 7718'],
    ],
  ),
  // 106 Nigeria, Lagos, general-hospital referral letter for severe pre-eclampsia; ordinal date, NIN, Pritchard
  // regimen, street named after a person
  g(
    'IFAKO-IJAIYE GENERAL HOSPITAL, College Road, Ogba, Lagos\n24th February 2026\nThe Registrar, Department of Obstetrics & Gynaecology, LUTH, Idi-Araba\nDear Sir/Ma,\nRE: MRS ADEBOLA FOLASHADE OGUNLEYE (F/34, Hosp. No. IFK/26/1187, NIN 48213370192)\nKindly see the above-named, G3P2 at 32 weeks with severe pre-eclampsia (BP 172/114 mmHg, proteinuria 3+, platelets 88 × 10⁹/L). MgSO4 loading dose (Pritchard regimen) was given at 10:40 and nifedipine 20 mg stat. Adebola has had two previous caesarean sections.\nHer husband, Mr Tunde Ogunleye (0803 417 2290), is accompanying her; they live at 7 Alhaji Bashorun Street, Agege.\nThank you.\nDr Chinedu Eze, Medical Officer',
    [
      ['organization', 'IFAKO-IJAIYE GENERAL HOSPITAL'],
      ['address', 'College Road, Ogba, Lagos'],
      ['date', '24th February'],
      ['organization', 'LUTH'],
      ['address', 'Idi-Araba'],
      ['name', 'ADEBOLA FOLASHADE OGUNLEYE'],
      ['mrn', 'IFK/26/1187'],
      ['id-card', '48213370192'],
      ['name', 'Adebola'], // no trigger
      ['name', 'Tunde Ogunleye'],
      ['phone', '0803 417 2290'],
      ['address', '7 Alhaji Bashorun Street, Agege'],
      ['name', 'Chinedu Eze'],
    ],
  ),
  // 107 Nigeria, Kano, child immunisation card at a PHC; LGA, Malam honorific, mother named later in narrative
  g(
    'CHILD HEALTH CARD (Routine Immunization) – PHC Gwale, Gwale LGA\nCard no. KN/GWL/25/0913\nChild: Aisha Abdullahi Sani · F · DOB 03/09/2025\nMother: Hauwa Musa · 0806 221 4417 · No. 23 Unguwar Dorawa\n03/09/2025 – BCG, OPV0, HepB0\n15/10/2025 – Penta1, PCV1, OPV1, Rota1, IPV1\n12/11/2025 – Penta2, PCV2, OPV2, Rota2\nHauwa missed the 14-week visit (travelled to Dawakin Tofa); defaulter tracing by Malam Sani Garba, 21/01/2026.',
    [
      ['organization', 'PHC Gwale'],
      ['address', 'Gwale', 1],
      ['other-id', 'KN/GWL/25/0913'],
      ['name', 'Aisha Abdullahi Sani'],
      ['date', '03/09'],
      ['name', 'Hauwa Musa'],
      ['phone', '0806 221 4417'],
      ['address', 'No. 23 Unguwar Dorawa'],
      ['date', '03/09', 1],
      ['date', '15/10'],
      ['date', '12/11'],
      ['name', 'Hauwa', 1], // no trigger
      ['address', 'Dawakin Tofa'],
      ['name', 'Sani Garba'],
      ['date', '21/01'],
    ],
  ),
  // 108 Ghana, Kumasi teaching hospital breast MDT minutes; numbered cases opening with names, Ghana Card, NHIS
  // number, towns of origin
  g(
    'Komfo Anokye Teaching Hospital – Breast MDT minutes – 05/02/2026\nChair: Dr Kwabena Owusu-Ansah. Also present: Akosua Mensah, Yaw Boateng, Efua Amoako (oncology), Ama Serwaa (nurse navigator).\n1) Abena Pokua, 42, from Ejisu. Folder KATH/26/004417 · Ghana Card GHA-718204437-3 · NHIS 05482177. Left breast IDC cT3N1, ER−/PR−/HER2 3+. Plan: neoadjuvant AC → paclitaxel + trastuzumab/pertuzumab; Ama to link her with Breast Care International for drug support.\n2) Adwoa Frempong, 67, from Offinso. Folder KATH/26/004502. Metastatic ER+ disease (bone, liver), ECOG 2. Plan: letrozole + palliative radiotherapy to T10; refer palliative care.',
    [
      ['organization', 'Komfo Anokye Teaching Hospital'],
      ['date', '05/02'],
      ['name', 'Kwabena Owusu-Ansah'],
      ['name', 'Akosua Mensah'],
      ['name', 'Yaw Boateng'], // no trigger
      ['name', 'Efua Amoako'],
      ['name', 'Ama Serwaa'],
      ['name', 'Abena Pokua'], // no trigger
      ['address', 'Ejisu'],
      ['mrn', 'KATH/26/004417'],
      ['id-card', 'GHA-718204437-3'],
      ['social-security', '05482177'],
      ['name', 'Ama', 1], // no trigger
      ['organization', 'Breast Care International'],
      ['name', 'Adwoa Frempong'], // no trigger
      ['address', 'Offinso'],
      ['mrn', 'KATH/26/004502'],
    ],
  ),
  // 109 Ghana, Tamale teaching hospital ED triage board (SATS) flattened to a pipe table; names and nurses in cells,
  // patient aged 92
  g(
    'TAMALE TEACHING HOSPITAL – ED TRIAGE BOARD (SATS) – 14/03/2026 02:10\nBay | Patient | Age | Complaint | TEWS | Colour | Nurse\nR1 | Fuseini Abukari | 38 | RTA (motorbike), GCS 10 | 9 | RED | Mariama\nR2 | Wumpini Alhassan | 5 | severe malaria, Hb 4.1 g/dL | 8 | RED | Mariama\nO3 | Salamatu Issah | 92 | fall, ?NOF | 5 | ORANGE | Kojo\nY5 | Dawuda Yakubu | 27 | snake bite L foot, 20WBCT clotted | 3 | YELLOW | Kojo\nDoctor on call: Dr Iddrisu · NHIS verification line 0372 022 4417',
    [
      ['organization', 'TAMALE TEACHING HOSPITAL'],
      ['date', '14/03'],
      ['bed', 'R1'],
      ['name', 'Fuseini Abukari'], // no trigger
      ['name', 'Mariama'], // no trigger
      ['bed', 'R2'],
      ['name', 'Wumpini Alhassan'], // no trigger
      ['name', 'Mariama', 1], // no trigger
      ['bed', 'O3'],
      ['name', 'Salamatu Issah'], // no trigger
      ['age', '92'],
      ['name', 'Kojo'], // no trigger
      ['bed', 'Y5'],
      ['name', 'Dawuda Yakubu'], // no trigger
      ['name', 'Kojo', 1], // no trigger
      ['name', 'Iddrisu'],
      ['phone', '0372 022 4417'],
    ],
  ),
  // 110 Kenya, Nairobi, Social Health Authority claim extract with an M-Pesa Paybill, account and transaction number;
  // possessive name
  g(
    "SOCIAL HEALTH AUTHORITY (SHA) – CLAIM FORM (extract)\nFacility: Mater Misericordiae Hospital, South B, Nairobi\nMember: Wanjiru Kamau Njoroge · ID No. 28841736 · SHA No. CR7728419-3 · Tel 0722 418 331 · Residence: Kayole\nAdmitted 02/03/2026 – discharged 06/03/2026. Dx: severe pre-eclampsia at 36 weeks; emergency caesarean section (Robson group 10).\nBalance KES 38,400 paid via M-Pesa Paybill 4417021, account MMH-26-00871, transaction QCK7H2L9PX. Wanjiru's sister paid the balance on her behalf.\nAttending: Dr. Otieno Ouma · Claims officer: Faith Wambui",
    [
      ['organization', 'Mater Misericordiae Hospital'],
      ['address', 'South B, Nairobi'],
      ['name', 'Wanjiru Kamau Njoroge'],
      ['id-card', '28841736'],
      ['social-security', 'CR7728419-3'],
      ['phone', '0722 418 331'],
      ['address', 'Kayole'],
      ['date', '02/03'],
      ['date', '06/03'],
      ['account', '4417021'],
      ['other-id', 'MMH-26-00871'],
      ['other-id', 'QCK7H2L9PX'],
      ['name', 'Wanjiru', 1], // no trigger
      ['name', 'Otieno Ouma'],
      ['name', 'Faith Wambui'],
    ],
  ),
  // 111 Kenya, Kisumu, eCHIS community-health-promoter household visit; name as object of visited, plot and lane
  // address, destination city
  g(
    'eCHIS · Household visit · 09/02/2026 · HH ID KSM-MNY-0412-0077\nCHP Rose Akinyi visited Atieno Ochieng (29) at plot 17, Nyawita lane, Manyatta B, Kisumu. Baby Baraka, 6 weeks, has not yet received Penta-2/OPV-2 (missed the 10-week visit). No danger signs in the baby.\nAtieno reports fever and cough for 3 days; malaria RDT positive; referred to Lumumba Sub-County Hospital with a referral slip.\nContact 0711 482 906. Husband Otieno works in Nairobi as a matatu driver.',
    [
      ['date', '09/02'],
      ['other-id', 'KSM-MNY-0412-0077'],
      ['name', 'Rose Akinyi'],
      ['name', 'Atieno Ochieng'], // no trigger
      ['address', 'plot 17, Nyawita lane, Manyatta B, Kisumu'],
      ['name', 'Baraka'],
      ['name', 'Atieno', 1], // no trigger
      ['organization', 'Lumumba Sub-County Hospital'],
      ['phone', '0711 482 906'],
      ['name', 'Otieno'],
      ['address', 'Nairobi'],
    ],
  ),
  // 112 Uganda, national referral hospital anaesthesia record for a category-1 caesarean section; Ugandan NIN,
  // anaesthetic-machine serial, name as object
  g(
    'MULAGO NATIONAL REFERRAL HOSPITAL – Theatre 3 – ANAESTHESIA RECORD\nIP No. MNRH/26/0417 · Ward 5C bed 18 · Date 21/01/2026\nPatient: Nakato Sarah · 31 F · NIN CF93021104LKQA · 62 kg\nProcedure: emergency caesarean section, category 1 (cord prolapse)\nTechnique: spinal, hyperbaric bupivacaine 0.5% 2.2 mL at L3/4, 25G Whitacre; block T4 to cold; phenylephrine infusion 50 mcg/min\nBaby: live female, Apgar 7/9, 2.9 kg\nMachine: Glostavent Helix, s/n GH-2019-0871\nAnaesthetist: Dr Okello Patrick · Anaesthetic officer: Ssemakula Joseph · Surgeon: Dr Namubiru\nHanded over to Achieng in recovery at 11:20; EBL 600 mL.',
    [
      ['organization', 'MULAGO NATIONAL REFERRAL HOSPITAL'],
      ['mrn', 'MNRH/26/0417'],
      ['bed', '5C'],
      ['bed', '18'],
      ['date', '21/01'],
      ['name', 'Nakato Sarah'],
      ['id-card', 'CF93021104LKQA'],
      ['device', 'GH-2019-0871'],
      ['name', 'Okello Patrick'],
      ['name', 'Ssemakula Joseph'],
      ['name', 'Namubiru'],
      ['name', 'Achieng'], // no trigger
    ],
  ),
  // 113 Uganda, Gulu prison health centre clinical note (TB/HIV); prisoner and court case numbers, list of cellmates
  g(
    "UGANDA PRISONS SERVICE – Gulu Main Prison Health Centre III – clinical notes\nPrisoner no. GMP/2025/1184 · Name: Opio Denis · 26 M · on remand (Gulu Chief Magistrate's Court, case CR-GU-0412-2025)\n02/02/2026: cough 4 weeks, night sweats, weight loss 6 kg. GeneXpert Ultra: MTB detected, RIF resistance not detected. HIV reactive (Determine, STAT-PAK), CD4 212.\nPlan: 2RHZE/4RH + cotrimoxazole; start TLD after 2 weeks; isolation room 2. Opio was escorted to Gulu Regional Referral Hospital for CXR.\nContact screening of cellmates Okot Patrick, Ojok Samuel and Komakech Moses.\nNext of kin: mother Lamunu Grace, Laroo division, Gulu city, 0772 418 906.\nClinical officer: Akena Geoffrey",
    [
      ['organization', 'Gulu Main Prison Health Centre III'],
      ['other-id', 'GMP/2025/1184'],
      ['name', 'Opio Denis'],
      ['organization', "Gulu Chief Magistrate's Court"],
      ['other-id', 'CR-GU-0412-2025'],
      ['date', '02/02'],
      ['bed', '2', 14],
      ['name', 'Opio', 1], // no trigger
      ['organization', 'Gulu Regional Referral Hospital'],
      ['name', 'Okot Patrick'],
      ['name', 'Ojok Samuel'], // no trigger
      ['name', 'Komakech Moses'], // no trigger
      ['name', 'Lamunu Grace'],
      ['address', 'Laroo division, Gulu city'],
      ['phone', '0772 418 906'],
      ['name', 'Akena Geoffrey'],
    ],
  ),
  // 114 Tanzania, national hospital discharge medication table; NIDA number, NHIF card, ward named after a person,
  // 1/12 as a duration
  g(
    'MUHIMBILI NATIONAL HOSPITAL – Mloganzila · DISCHARGE MEDICATION LIST\nJina / Name: Neema Joseph Massawe · 38 F · Reg. No. MNH-2026-004417 · NIDA 19870912-14118-00003-28 · NHIF 101884217736\nWard: Sewa Haji 3, bed 14 · Discharged 17/02/2026 · Dx: rheumatic heart disease, severe MS, post-PTMC; AF\nMedicine | Dose | Frequency | Duration\nWarfarin | 5 mg | nocte | continue (INR target 2–3)\nBenzathine penicillin G | 1.2 MU IM | every 3/52 | lifelong\nFurosemide | 40 mg | mane | 1/12\nBisoprolol | 2.5 mg | daily | continue\nNeema understood the warfarin diet advice (teach-back done in Kiswahili).\nFollow-up: JKCI clinic 03/03/2026; INR at Mwananyamala Hospital. Address: Mbezi Luis, Ubungo · Tel 0754 218 771\nDispensed by: Ph. Rehema Mollel',
    [
      ['organization', 'MUHIMBILI NATIONAL HOSPITAL'],
      ['address', 'Mloganzila'],
      ['name', 'Neema Joseph Massawe'],
      ['mrn', 'MNH-2026-004417'],
      ['id-card', '19870912-14118-00003-28'],
      ['social-security', '101884217736'],
      ['bed', '14', 1],
      ['date', '17/02'],
      ['name', 'Neema', 1], // no trigger
      ['organization', 'JKCI'],
      ['date', '03/03'],
      ['organization', 'Mwananyamala Hospital'],
      ['address', 'Mbezi Luis, Ubungo'],
      ['phone', '0754 218 771'],
      ['name', 'Rehema Mollel'],
    ],
  ),
  // 115 Tanzania, Mwanza, pydicom-style DICOM dump of a head CT for a man aged 91 (whole birth date), labels before
  // the values
  g(
    "(0008, 0020) Study Date                          DA: '20260116'\n(0008, 0050) Accession Number                    SH: 'BMC26CT00871'\n(0008, 0080) Institution Name                    LO: 'Bugando Medical Centre'\n(0008, 0081) Institution Address                 ST: 'Wurzburg Road, Mwanza'\n(0008, 0090) Referring Physician's Name          PN: 'MASHALA^GRACE'\n(0008, 1030) Study Description                   LO: 'CT BRAIN NON-CONTRAST (ASPECTS)'\n(0010, 0010) Patient's Name                      PN: 'MABULA^JOHN^KASHINDYE'\n(0010, 0020) Patient ID                          LO: 'BMC-0412877'\n(0010, 0030) Patient's Birth Date                DA: '19340705'\n(0010, 1010) Patient's Age                       AS: '091Y'\n(0018, 1000) Device Serial Number                LO: '56218'\n(0040, 0244) Performed Procedure Step Start Date DA: '20260116'",
    [
      ['date', '0116'],
      ['other-id', 'BMC26CT00871'],
      ['organization', 'Bugando Medical Centre'],
      ['address', 'Wurzburg Road, Mwanza'],
      ['name', 'MASHALA'],
      ['name', 'GRACE'],
      ['name', 'MABULA'],
      ['name', 'JOHN'],
      ['name', 'KASHINDYE'],
      ['mrn', 'BMC-0412877'],
      ['date', '19340705'],
      ['age', '091'],
      ['device', '56218'],
      ['date', '0116', 1],
    ],
  ),
  // 116 Zambia, Lusaka, forensic post-mortem report; NRC numbers, police DR number written like a date, compound
  // address
  g(
    'UNIVERSITY TEACHING HOSPITALS – ADULT HOSPITAL, LUSAKA · Department of Pathology & Forensic Medicine\nPOST-MORTEM REPORT No. PM/UTH/26/0117 · Requested by Chelston Police Station, DR 418/26\nDeceased: Mwila Chanda Bwalya · M · approx. 35 y · NRC 418227/10/1\nFound dead 30/01/2026 at Plot 1123, Kalingalinga. Mwila was last seen by neighbours on 29/01/2026.\nIdentified by: brother Bupe Bwalya, NRC 502118/11/1\nExamination 02/02/2026: oblique ligature mark above the thyroid cartilage, rising to the left; hyoid and thyroid cartilage intact; petechiae of the conjunctivae. Blood sent for toxicology.\nCause of death: (a) asphyxia (b) hanging. Manner: to be determined at inquest.\nDr. Chiluba Musonda, Consultant Forensic Pathologist',
    [
      ['organization', 'UNIVERSITY TEACHING HOSPITALS'],
      ['address', 'LUSAKA'],
      ['other-id', 'PM/UTH/26/0117'],
      ['organization', 'Chelston Police Station'],
      ['other-id', '418/26'],
      ['name', 'Mwila Chanda Bwalya'],
      ['id-card', '418227/10/1'],
      ['date', '30/01'],
      ['address', 'Plot 1123, Kalingalinga'],
      ['name', 'Mwila', 1], // no trigger
      ['date', '29/01'],
      ['name', 'Bupe Bwalya'],
      ['id-card', '502118/11/1'],
      ['date', '02/02'],
      ['name', 'Chiluba Musonda'],
    ],
  ),
  // 117 Zambia, Copperbelt, mine-worker certificate of fitness from the occupational health institute; vision 6/6 and
  // ILO 0/0 as date look-alikes
  g(
    'OCCUPATIONAL HEALTH AND SAFETY INSTITUTE, Kitwe – CERTIFICATE OF FITNESS (initial)\nCert. No. OHSI/KT/26/11873 · Name: Kasonde Mulenga Phiri · NRC 331029/61/1 · DOB 09/11/1995\nEmployer: Konkola Copper Mines Plc – Nchanga open pit (haul-truck driver) · Cell 0966 418 207\nCXR (ILO 2022): 0/0, no pneumoconiosis. TB symptom screen negative. Audiometry normal; visual acuity 6/6 both eyes; BP 128/78.\nKasonde was counselled on silica exposure and FFP3 respirator fit-testing.\nResult: FIT · valid 12 months\nExamined by Dr. Mutale Sichone on 06/01/2026',
    [
      ['organization', 'OCCUPATIONAL HEALTH AND SAFETY INSTITUTE'],
      ['address', 'Kitwe'],
      ['other-id', 'OHSI/KT/26/11873'],
      ['name', 'Kasonde Mulenga Phiri'],
      ['id-card', '331029/61/1'],
      ['date', '09/11'],
      ['organization', 'Konkola Copper Mines'],
      ['organization', 'Nchanga open pit'],
      ['phone', '0966 418 207'],
      ['name', 'Kasonde', 1], // no trigger
      ['name', 'Mutale Sichone'],
      ['date', '06/01'],
    ],
  ),
  // 118 Zimbabwe, Harare, forwarded e-mail about a radiotherapy slot; national ID, medical-aid number, greeting and
  // signature with first names
  g(
    'From: Tendai Moyo <tmoyo@parihosp.example.co.zw>\nTo: Dr R. Chikwanha\nDate: Mon 09/03/2026 07:58\nSubject: Fwd: radiotherapy slot – Chipo Mutasa\nMorning Rudo,\nForwarding below. Chipo (ID 63-418227 P 42) is booked for simulation on 16 March. She stays in Epworth; her cousin Tatenda will bring her. CIMAS member no. 2204417-01.\nTendai\nSister-in-charge, Ward C8, Parirenyatwa Group of Hospitals | +263 242 791 631\n---------- Forwarded message ----------\nFrom: Dr Rudo Chikwanha · Sent: 06/03/2026\nChipo Mutasa, 44, squamous cervical cancer FIGO 2018 IIIB, for EBRT 50 Gy/25 # with weekly cisplatin, then HDR brachytherapy 7 Gy × 4.',
    [
      ['name', 'Tendai Moyo'],
      ['email', 'tmoyo@parihosp.example.co.zw'],
      ['name', 'R. Chikwanha'],
      ['date', '09/03'],
      ['name', 'Chipo Mutasa'], // no trigger
      ['name', 'Rudo'], // no trigger
      ['name', 'Chipo', 1], // no trigger
      ['id-card', '63-418227 P 42'],
      ['date', '16 March'],
      ['address', 'Epworth'],
      ['name', 'Tatenda'],
      ['other-id', '2204417-01'],
      ['name', 'Tendai', 1], // no trigger
      ['bed', 'C8'],
      ['organization', 'Parirenyatwa Group of Hospitals'],
      ['phone', '+263 242 791 631'],
      ['name', 'Rudo Chikwanha'],
      ['date', '06/03'],
      ['name', 'Chipo Mutasa', 1], // no trigger
    ],
  ),
  // 119 Zimbabwe, Bulawayo, maternity WhatsApp group (postpartum haemorrhage); speakers, name after bed number,
  // B-Lynch eponym
  g(
    '[21/02/2026, 06:12] Nomvula Ndlovu: Mpilo maternity – Bed 7 Thandiwe Sibanda PPH 1.8 L after NVD, uterus boggy, oxytocin + TXA given\n[21/02/2026, 06:14] Dr Sipho: coming. prepare theatre in case we need B-Lynch\n[21/02/2026, 06:15] Busi: blood bank has only 2 units O neg, more coming from Bulawayo branch, ref BYO-0221-017\n[21/02/2026, 06:20] Nomvula Ndlovu: husband Mthokozisi is at the gate, 0772 441 806\n[21/02/2026, 06:41] Dr Sipho: Thandiwe stable after EUA, Hb 6.8, transfuse 2 units',
    [
      ['date', '21/02'],
      ['name', 'Nomvula Ndlovu'], // no trigger
      ['organization', 'Mpilo'],
      ['bed', '7'],
      ['name', 'Thandiwe Sibanda'], // no trigger
      ['date', '21/02', 1],
      ['name', 'Sipho'],
      ['date', '21/02', 2],
      ['name', 'Busi'], // no trigger
      ['address', 'Bulawayo'],
      ['other-id', 'BYO-0221-017'],
      ['date', '21/02', 3],
      ['name', 'Nomvula Ndlovu', 1], // no trigger
      ['name', 'Mthokozisi'],
      ['phone', '0772 441 806'],
      ['date', '21/02', 4],
      ['name', 'Sipho', 1],
      ['name', 'Thandiwe', 1], // no trigger
    ],
  ),
  // 120 South Africa, Cape Town, HL7 v2.4 ORU^R01 (CD4 and viral load) with a South African ID number in PID-3
  g(
    'MSH|^~\\&|TRAKCARE|NHLS-GSH|CLINICOM|GSH|20260123154411||ORU^R01|NHLS2601230771|P|2.4\nPID|1||GSH0418827^^^GSH^MR~8604074182081^^^ZAF^NI||PETERSEN^SHIREEN^ANNE||19860407|F|||12 Vlei Road^^Mitchells Plain^WC^7785||082 418 7730\nPV1|1|I|G17^04^B^GSH\nOBR|1||CM26-0123-4417^NHLS|CD4^CD4 count|||20260123091500\nOBX|1|NM|CD4ABS^CD4 absolute||86|cells/uL|500-2010|L|||F\nOBX|2|NM|VL^HIV-1 viral load||184000|copies/mL||H|||F\nNTE|1||Result phoned to Sr Jacobs 15:40 by T. Mokoena',
    [
      ['organization', 'NHLS-GSH'],
      ['organization', 'GSH', 1],
      ['date', '0123'],
      ['mrn', 'GSH0418827'],
      ['organization', 'GSH', 3],
      ['id-card', '8604074182081'],
      ['name', 'PETERSEN'], // no trigger
      ['name', 'SHIREEN'], // no trigger
      ['name', 'ANNE'], // no trigger
      ['date', '0407', 1],
      ['address', '12 Vlei Road'],
      ['address', 'Mitchells Plain'],
      ['address', '7785'],
      ['phone', '082 418 7730'],
      ['bed', '04^B'],
      ['organization', 'GSH', 4],
      ['other-id', 'CM26-0123-4417'],
      ['date', '0123', 3],
      ['name', 'Jacobs'],
      ['name', 'T. Mokoena'], // no trigger
    ],
  ),
  // 121 South Africa, Soweto, GP medical certificate (sick note); BHF practice and HPCSA numbers, mall address on a
  // street named after a person
  g(
    'MEDICAL CERTIFICATE – Dr L. Mahlangu, Family Physician · Practice no. 0418277 · HPCSA MP 0641827\nShop 14, Maponya Mall, 2127 Chris Hani Road, Klipspruit, Soweto, 1809 · 011 938 4417\nI, the undersigned, certify that I examined Sibusiso Khumalo (ID 9203185711083) on 10/02/2026 and that in my opinion he is unfit for work from 10/02/2026 to 13/02/2026 (inclusive) owing to an acute illness. Sibusiso may return to light duties on 16/02/2026.\nMedical aid: Bonitas, member no. 448127306\nEmployer: Shoprite Checkers (Jabulani Mall branch)',
    [
      ['name', 'L. Mahlangu'],
      ['license', '0418277'],
      ['license', 'MP 0641827'],
      ['address', 'Shop 14, Maponya Mall, 2127 Chris Hani Road, Klipspruit, Soweto'],
      ['address', '1809'],
      ['phone', '011 938 4417'],
      ['name', 'Sibusiso Khumalo'], // no trigger
      ['id-card', '9203185711083'],
      ['date', '10/02'],
      ['date', '10/02', 1],
      ['date', '13/02'],
      ['name', 'Sibusiso', 1], // no trigger
      ['date', '16/02'],
      ['organization', 'Bonitas'],
      ['other-id', '448127306'],
      ['organization', 'Shoprite Checkers'],
      ['address', 'Jabulani Mall'],
    ],
  ),
  // 122 Philippines, Manila, PhilHealth Claim Form 2 extract; SURNAME, GIVEN names, PhilHealth PINs, barangay
  // address, MM-DD dates
  g(
    'PhilHealth CLAIM FORM 2 (CF-2) – Philippine General Hospital, Taft Avenue, Ermita, Manila\nPatient: DELA CRUZ, MARIA LOURDES SANTOS · PIN 12-050418227-3 · F · 41\nMember (patient is dependent): DELA CRUZ, ROLANDO MAGPANTAY (spouse) · PIN 12-031187704-6\nAddress: Blk 12 Lot 7, Phase 2, Brgy. Bagong Silangan, Quezon City · 0917 552 0418\nConfinement: 02-14-2026 to 02-20-2026 · Final dx: dengue fever with warning signs (A97.1)\nMaria Lourdes was discharged improved; platelet nadir 18 × 10⁹/L on day 5.\nAttending: Dr. Jose Miguel Reyes, PRC Lic. No. 0118274',
    [
      ['organization', 'Philippine General Hospital'],
      ['address', 'Taft Avenue, Ermita, Manila'],
      ['name', 'DELA CRUZ, MARIA LOURDES SANTOS'],
      ['social-security', '12-050418227-3'],
      ['name', 'DELA CRUZ, ROLANDO MAGPANTAY'],
      ['social-security', '12-031187704-6'],
      ['address', 'Blk 12 Lot 7, Phase 2, Brgy. Bagong Silangan, Quezon City'],
      ['phone', '0917 552 0418'],
      ['date', '02-14'],
      ['date', '02-20'],
      ['name', 'Maria Lourdes'], // no trigger
      ['name', 'Jose Miguel Reyes'],
      ['license', '0118274'],
    ],
  ),
  // 123 Philippines, Cebu, barangay health station and city health SMS reminders in Cebuano and English, with a reply
  // signed by first name
  g(
    'BHS Lahug: Maayong buntag Gng. Cabahug! Ang bakuna (MR) ni baby Kyle Andrei kay sa 03/18/2026, 8AM, sa Barangay Health Station Lahug. Dad-a ang baby book. – Midwife Joy 0917 418 2230\nCEBU CITY HEALTH: Reminder – TB-DOTS refill for Ramon Abellana on 03/20/2026 at Mabolo Health Center. Text 0998 221 4417 for concerns.\nFrom 0927 553 1180: Salamat po, mag-adto mi. – Merlyn',
    [
      ['organization', 'BHS Lahug'],
      ['name', 'Cabahug'],
      ['name', 'Kyle Andrei'],
      ['date', '03/18'],
      ['organization', 'Barangay Health Station Lahug'],
      ['name', 'Joy'],
      ['phone', '0917 418 2230'],
      ['organization', 'CEBU CITY HEALTH'],
      ['name', 'Ramon Abellana'], // no trigger
      ['date', '03/20'],
      ['organization', 'Mabolo Health Center'],
      ['phone', '0998 221 4417'],
      ['phone', '0927 553 1180'],
      ['name', 'Merlyn'], // no trigger
    ],
  ),
  // 124 Jamaica, Kingston public hospital A&E note for a gunshot wound; quoted street name (nickname), TRN, police
  // station
  g(
    'KINGSTON PUBLIC HOSPITAL – A&E · 28/02/2026 23:10 · Docket no. KPH-26-041187\nName: Omar Anthony Campbell ("Screw") · 24 M · TRN 118-427-306\nAddress: 14 Maxfield Avenue, Kingston 13\nGSW left thigh, entry anteromedial, exit posterolateral; distal pulses palpable, ABPI 0.95; no expanding haematoma. Omar says he was shot while walking home from a dance.\nPolice: Cpl. Dwayne Brown, Denham Town Police Station, ref DT/26/0418\nMother: Marcia Campbell, 876-418-2290\nSeen by Dr. Kerry-Ann Lewis',
    [
      ['organization', 'KINGSTON PUBLIC HOSPITAL'],
      ['date', '28/02'],
      ['mrn', 'KPH-26-041187'],
      ['name', 'Omar Anthony Campbell'],
      ['name', 'Screw'], // no trigger
      ['id-card', '118-427-306'],
      ['address', '14 Maxfield Avenue, Kingston 13'],
      ['name', 'Omar', 1], // no trigger
      ['name', 'Dwayne Brown'],
      ['organization', 'Denham Town Police Station'],
      ['other-id', 'DT/26/0418'],
      ['name', 'Marcia Campbell'],
      ['phone', '876-418-2290'],
      ['name', 'Kerry-Ann Lewis'],
    ],
  ),
  // 125 Fiji, Suva, discharge summary after a below-knee amputation; iTaukei names, village of origin, name opening a
  // sentence
  g(
    'COLONIAL WAR MEMORIAL HOSPITAL, SUVA – DISCHARGE SUMMARY\nPatient: Litia Naivalu · 53 F · Hosp. No. CWM-0418273 · Address: Lot 22, Nadera, Nasinu · Village: Naqali\nAdmitted 11/01/2026 · Discharged 18/01/2026\nDx: diabetic foot sepsis, right; T2DM (HbA1c 12.4%); right below-knee amputation 13/01/2026\nLitia was reviewed by physiotherapy and the diabetic foot team; stump healing well.\nFamily: husband Jone Naivalu, mob 927 4418\nFollow-up: Diabetic Hub, Valelevu Health Centre, in 2 weeks; stump clinic CWMH 6 weeks.\nDr Sanjeet Prasad (MO)',
    [
      ['organization', 'COLONIAL WAR MEMORIAL HOSPITAL'],
      ['address', 'SUVA'],
      ['name', 'Litia Naivalu'],
      ['mrn', 'CWM-0418273'],
      ['address', 'Lot 22, Nadera, Nasinu'],
      ['address', 'Naqali'],
      ['date', '11/01'],
      ['date', '18/01'],
      ['date', '13/01'],
      ['name', 'Litia', 1], // no trigger
      ['name', 'Jone Naivalu'],
      ['phone', '927 4418'],
      ['organization', 'Valelevu Health Centre'],
      ['organization', 'CWMH'],
      ['name', 'Sanjeet Prasad'],
    ],
  ),
  // 126 Papua New Guinea, Port Moresby ED arrival note after an aeromedical transfer from Gulf Province; aircraft
  // registration, wantok escort
  g(
    'PORT MORESBY GENERAL HOSPITAL – EMERGENCY DEPARTMENT\nArrived 04/03/2026 14:20 on MAF flight P2-MAK from Kerema General Hospital\nName: Hitolo Kila · M · ~40 y · village Kaimari, Kikori · Clinic card POMGH-26-004418\nFell from a coconut palm 3 days ago: open fracture right tibia (Gustilo IIIA), wound contaminated. Hitolo waited 3 days for a flight. Tetanus toxoid and cloxacillin + gentamicin given.\nEscort: wantok Mathew Iru, mobile 7418 2290\nAdmitted Surgical Ward 2, bed 9, for washout and ex-fix.\nTransferring doctor: Dr Rose Kaupa',
    [
      ['organization', 'PORT MORESBY GENERAL HOSPITAL'],
      ['date', '04/03'],
      ['organization', 'MAF'],
      ['vehicle', 'P2-MAK'],
      ['organization', 'Kerema General Hospital'],
      ['name', 'Hitolo Kila'],
      ['address', 'Kaimari, Kikori'],
      ['mrn', 'POMGH-26-004418'],
      ['name', 'Hitolo', 1], // no trigger
      ['name', 'Mathew Iru'],
      ['phone', '7418 2290'],
      ['bed', '9', 1],
      ['name', 'Rose Kaupa'],
    ],
  ),
  // 127 Hong Kong (English), public hospital radiology report; HKID, hospital number, ward and bed, comparison study
  // at a named clinic
  g(
    'QUEEN ELIZABETH HOSPITAL – Department of Radiology – REPORT\nPatient: LAI, Chun Kit · HKID Z683120(7) · HN HN26118427(3) · M/58 · Ward 8A Bed 17\nExam: CT abdomen and pelvis, triphasic liver protocol · Exam date: 27-Feb-2026 · Accession RAD26-0227-4418\nComparison: ultrasound 12-Dec-2025, Yau Ma Tei Jockey Club GOPC.\nFindings: 2.8 cm arterially enhancing lesion in segment VII with washout and capsule (LI-RADS 5). Cirrhotic liver, splenomegaly 14 cm, small varices. Portal vein patent.\nImpression: hepatocellular carcinoma, BCLC A; suggest HCC MDT.\nReported by Dr CHOW Man Yee, Resident; verified by Dr Stephen YIP, Consultant · 27-Feb-2026 16:42',
    [
      ['organization', 'QUEEN ELIZABETH HOSPITAL'],
      ['name', 'LAI, Chun Kit'],
      ['id-card', 'Z683120(7)'],
      ['mrn', 'HN26118427(3)'],
      ['bed', '8A'],
      ['bed', '17'],
      ['date', '27-Feb'],
      ['other-id', 'RAD26-0227-4418'],
      ['date', '12-Dec'],
      ['organization', 'Yau Ma Tei Jockey Club GOPC'],
      ['name', 'CHOW Man Yee'],
      ['name', 'Stephen YIP'],
      ['date', '27-Feb', 1],
    ],
  ),
  // 128 Hong Kong (English), private hospital pre-authorisation e-mail to an insurer, with quoted reply; policy and
  // member numbers, room number
  g(
    "From: Natalie Fung <nfung@hksh-example.com.hk>\nTo: AXA Hong Kong – Medical Claims <medclaims@axa-example.com.hk>\nDate: 05 Mar 2026 11:27\nSubject: Pre-approval – Policy HM-2231844 – WONG Siu Ming\nDear Claims Team,\nPlease find attached the pre-authorisation form for Mr WONG Siu Ming (HKID M054331(A), DOB 14/08/1968), member no. 220418-01, for laparoscopic cholecystectomy on 12 Mar 2026 at Hong Kong Sanatorium & Hospital, Happy Valley. Estimated charges HK$86,500 (semi-private, Rm 1208); deposit charged to Visa 4539 1488 0343 6467.\nAttending surgeon: Dr LEUNG Kwok Wai (MCHK M08127).\nRegards,\nNatalie\nPatient Services | HKSH | 2835 8812\n> On 04 Mar 2026, AXA Hong Kong wrote: Please provide the operation date and the surgeon's fee estimate.",
    [
      ['name', 'Natalie Fung'],
      ['email', 'nfung@hksh-example.com.hk'],
      ['organization', 'AXA Hong Kong'],
      ['email', 'medclaims@axa-example.com.hk'],
      ['date', '05 Mar'],
      ['other-id', 'HM-2231844'],
      ['name', 'WONG Siu Ming'], // no trigger
      ['name', 'WONG Siu Ming', 1],
      ['id-card', 'M054331(A)'],
      ['date', '14/08'],
      ['other-id', '220418-01'],
      ['date', '12 Mar'],
      ['organization', 'Hong Kong Sanatorium & Hospital'],
      ['address', 'Happy Valley'],
      ['bed', '1208'],
      ['bank-card', '4539 1488 0343 6467'],
      ['name', 'LEUNG Kwok Wai'],
      ['license', 'M08127'],
      ['name', 'Natalie', 1], // no trigger
      ['organization', 'HKSH'],
      ['phone', '2835 8812'],
      ['date', '04 Mar'],
      ['organization', 'AXA Hong Kong', 1],
    ],
  ),
  // ---- Identifier-free clinical text, Chinese (must survive untouched) ----
  // 129 stroke-unit order set: thrombolysis doses, NIHSS/ASPECTS/TOAST/OCSP (Oxfordshire), brand names,
  // ICD-10/ICD-11/SNOMED codes, 140/90
  g(
    '急性缺血性卒中溶栓医嘱套餐（参照 2023 年中国急性缺血性脑卒中诊治指南、AHA/ASA 2019）\n纳入：发病 4.5 h 内，NIHSS 4–25 分，ASPECTS ≥6 分，血糖 2.8–22.2 mmol/L。\n阿替普酶 0.9 mg/kg（最大 90 mg），其中 10% 于 1 min 内静推，余量 60 min 泵入；或替奈普酶 0.25 mg/kg 单次静推（最大 25 mg）。\n溶栓后 24 h 内血压 <180/105 mmHg，之后目标 <140/90 mmHg；24 h 复查头颅 CT 后启动拜阿司匹灵 100 mg qd + 波立维 75 mg qd（CHANCE 方案 21 天）及立普妥 40 mg qn。\n分型：TOAST 大动脉粥样硬化型；牛津郡社区卒中项目分型（OCSP）PACI。预后评估：mRS 0–2 分为良好。\n编码：ICD-10 I63.9，ICD-11 8B11，SNOMED CT 230690007。\n平安度过 72 h 后转卒中康复，每日吞咽功能筛查（洼田饮水试验）。',
  ),
  // 130 TCM decoction sheet: herbs that read like personal names (徐长卿, 刘寄奴, 王不留行, 杜仲, 丁香, 白芷, 陈皮, 柴胡), 1/2 剂, brand
  // 王老吉
  g(
    '独活寄生汤加减（膝骨关节炎，肝肾亏虚、风湿痹阻证）\n独活 9 g、桑寄生 15 g、杜仲 12 g、牛膝 12 g、徐长卿 10 g（后下）、刘寄奴 15 g、王不留行 9 g、白芷 6 g、丁香 3 g、陈皮 6 g、柴胡 9 g、甘草 6 g。\n用法：每日 1 剂，水煎 2 次取汁 400 ml，早晚分服；体弱者首剂 1/2 剂。\n外用：青鹏软膏（藏药）涂擦患膝，每日 2 次。\n注意：服药期间忌饮王老吉等寒凉饮料；徐长卿含丹皮酚，与华法林合用需监测 INR。\n疗效评价：WOMAC 评分、VAS 疼痛评分，KL 分级 Ⅱ–Ⅲ级者适用；西医诊断依据 ACR 1986 膝骨关节炎分类标准，ICD-10 M17.0，SNOMED CT 396275006。',
  ),
  // 131 psychiatry scales whose names contain surnames (汉密尔顿, 杨氏, 韦氏, 艾森克, 匹兹堡, 明尼苏达), brand names, lithium level,
  // ICD-11 6A60
  g(
    '双相障碍Ⅰ型（ICD-11 6A60，DSM-5-TR）住院评估\n汉密尔顿抑郁量表（HAMD-17）24 分，汉密尔顿焦虑量表（HAMA）19 分；杨氏躁狂评定量表（YMRS）8 分；蒙哥马利-艾森贝格抑郁量表（MADRS）28 分。\n韦氏成人智力量表（WAIS-Ⅳ）总智商 96；艾森克人格问卷（EPQ）N 分 T=68；明尼苏达多相人格调查表（MMPI-2）Hs、D、Pt 升高；匹兹堡睡眠质量指数（PSQI）13 分。\n用药：碳酸锂缓释片 0.3 g bid，血锂目标 0.6–0.8 mmol/L（本次 0.74 mmol/L）；思瑞康 25 mg qn 起始，每 2–3 天加 25–50 mg；来士普 10 mg qd 暂缓。\n建设性的家庭治疗每周 1 次；监测 TSH、肌酐、QTc（Bazett 校正 452 ms）。',
  ),
  // 132 digestive endoscopy classifications named after places (蒙特利尔, 巴黎, 布拉格, 西雅图, 马斯特里赫特Ⅵ/佛罗伦萨, 东京 TG18) and
  // eponymous scores
  g(
    '消化内镜及评分速查\n克罗恩病蒙特利尔分型：A2（17–40 岁确诊）L3（回结肠型）B2（狭窄型），p（肛周病变）；溃疡性结肠炎 Mayo 评分 9 分，E3。\n早期病变：巴黎分型 0-Ⅱa+Ⅱc，日本 NBI 专家组（JNET）2B；Barrett 食管布拉格 C2M5，按西雅图方案每 2 cm 四象限活检。\n幽门螺杆菌：马斯特里赫特Ⅵ/佛罗伦萨共识（2022），铋剂四联 14 天（艾司奥美拉唑 20 mg bid + 阿莫西林 1 g bid + 克拉霉素 0.5 g bid + 枸橼酸铋钾 220 mg bid）。\n上消化道出血：格拉斯哥-布拉奇福德评分 12 分，Rockall 评分 6 分，Forrest Ⅱa 级；急性胆管炎按东京指南（TG18）Ⅱ级。\n胜利完成内镜下止血后，思密达 3 g tid，ICD-10 K25.0。',
  ),
  // 133 heart-failure titration: NYHA, Framingham, brand names (诺欣妥, 倍他乐克, 安达唐), 3/4 片, BNP, SNOMED 84114007
  g(
    '射血分数降低心衰（HFrEF）出院前滴定方案（2021 ESC、2024 中国心力衰竭诊断和治疗指南）\n诊断依据：弗雷明汉标准 2 项主要标准；NYHA Ⅲ级，LVEF 32%（Simpson 双平面法），NT-proBNP 4860 pg/ml。\n诺欣妥（沙库巴曲缬沙坦）50 mg bid，2–4 周倍增至 200 mg bid；倍他乐克缓释片 23.75 mg qd（即 47.5 mg 片的 1/2 片），目标 190 mg；螺内酯 20 mg qd；安达唐（达格列净）10 mg qd。\n呋塞米 20 mg qd，体重 3 天增加 >2 kg 加量至 3/4 片 bid 并复诊。\n血钾 >5.5 mmol/L 或 eGFR <30 ml/min/1.73 m² 暂停螺内酯；血压 <90/60 mmHg 暂缓加量。\n编码：ICD-10 I50.0，ICD-11 BD11.1，SNOMED CT 84114007。',
  ),
  // 134 paediatrics: Kawasaki disease (AHA 2017), IVIG dose, brand names (伊可新, 妈咪爱, 丁桂儿脐贴, 思密达 1/2 袋), Tanner staging
  g(
    '儿科常见病处置要点\n川崎病（AHA 2017 诊断标准）：发热 ≥5 天 + 5 项主要临床表现中 ≥4 项（草莓舌、球结膜充血、多形性皮疹、颈淋巴结肿大 ≥1.5 cm、肢端硬肿脱皮）；IVIG 2 g/kg 单次 10–12 h 输注，阿司匹林 30–50 mg/kg/d 分 3 次，退热 48–72 h 后减为 3–5 mg/kg/d；Z 值 ≥2.5 为冠状动脉扩张。ICD-10 M30.3。\n婴幼儿腹泻：口服补液盐Ⅲ 50–100 ml/kg 4 h 内补足；思密达 1 岁以下 1/2 袋 tid；妈咪爱 1 袋 qd；丁桂儿脐贴 1 贴/24 h。\n维生素 AD（伊可新）1 粒 qd 自出生 2 周起。\n青春期评估：Tanner 分期（乳房 B3、阴毛 PH2），Prader 睾丸计 8 ml；骨龄按 G-P 图谱（Greulich-Pyle）。',
  ),
  // 135 hepatology: Hong Kong Liver Cancer staging and Baveno VII (place-named), brand names (博路定, 韦立得, 片仔癀), lab
  // values, ICD-11 codes
  g(
    '慢性乙型肝炎及肝细胞癌管理摘要\n抗病毒：恩替卡韦（博路定）0.5 mg qd 空腹，或丙酚替诺福韦（韦立得）25 mg qd 随餐；HBV DNA 2.1 × 10⁵ IU/ml，ALT 86 U/L，HBeAg（+），APRI 1.8，FIB-4 3.4。\n门静脉高压：巴韦诺Ⅶ共识（Baveno Ⅶ），LSM ≥25 kPa 提示临床显著门脉高压，卡维地洛 6.25 mg qd。\n肝癌分期：香港肝癌分期（HKLC）Ⅱb 期 / 巴塞罗那（BCLC）B 期，Up-to-seven 标准外；Child-Pugh B7，MELD 3.0 14 分，ALBI 2 级。\n患者自行加服片仔癀 2 粒 tid，需评估肝损风险（RUCAM 量表）。\n编码：ICD-11 1E51.0、2C12.02；ICD-10 B18.1、C22.0。\n光明的预后取决于早诊早治：每 6 个月超声 + AFP 筛查。',
  ),
  // 136 infectious diseases named after places and people (汉坦, 莱姆, 西尼罗, 寨卡, 马尔堡, 克里米亚-刚果, 布鲁氏菌, 外斐反应), doses
  g(
    '自然疫源性及输入性传染病鉴别要点\n肾综合征出血热（汉坦病毒）：发热、低血压、少尿、多尿、恢复五期经过，血小板 <50 × 10⁹/L，尿蛋白 3+；ICD-10 A98.5。\n莱姆病：游走性红斑，ELISA 阳性后 Western blot 确认；多西环素 100 mg bid × 14–21 天；SNOMED CT 23502006。\n布鲁氏菌病：虎红平板凝集试验（RBPT）阳性、试管凝集 1:160；多西环素 100 mg bid + 利福平 600–900 mg qd × 6 周。\n恙虫病：焦痂，外斐反应 OX-K 1:320；阿奇霉素 500 mg qd × 3 天。\n输入性：西尼罗热、寨卡病毒病（孕妇需随访胎儿小头畸形）、马尔堡病毒病、克里米亚-刚果出血热按甲类管理报告；森林脑炎见于东北林区。\n和平时期亦需警惕鼠疫（耶尔森菌），链霉素 15 mg/kg q12h。',
  ),
  // 137 oncology: Karnofsky, St Gallen, RECIST/CTCAE, brand names that read like personal names (艾瑞卡, 可瑞达, 泰瑞沙, 达伯舒,
  // 赫赛汀)
  g(
    '肿瘤内科用药及疗效评价要点\n体能：卡氏评分（KPS）≥70 或 ECOG 0–1 方可化疗；疗效按 RECIST 1.1，免疫治疗按 iRECIST；不良反应按 CTCAE v5.0。\n早期乳腺癌：圣加仑共识（St. Gallen 2023）Luminal B 型，Ki-67 30%；HER2 阳性用赫赛汀（曲妥珠单抗）首剂 8 mg/kg、后 6 mg/kg q3w + 帕捷特 840 mg/420 mg。\n肺癌 EGFR 19del：泰瑞沙（奥希替尼）80 mg qd；PD-L1 TPS ≥50%：可瑞达（帕博利珠单抗）200 mg q3w。\n肝癌：艾瑞卡（卡瑞利珠单抗）200 mg q2w + 阿帕替尼 250 mg qd；霍奇金淋巴瘤：达伯舒（信迪利单抗）200 mg q3w。\n免疫相关甲状腺炎 G2：左甲状腺素 1.6 μg/kg/d，暂不停免疫治疗。',
  ),
  // 138 laboratory reference table: units, Philadelphia chromosome, CKD-EPI 2021, INR, D-dimer, HbA1c, values that
  // look like dates (1:160, 3/4)
  g(
    '检验项目 | 结果 | 参考区间 | 备注\n血红蛋白 | 98 g/L | 115–150 g/L | 小细胞低色素，MCV 72 fl\n血小板 | 412 × 10⁹/L | 125–350 × 10⁹/L |\nPT/INR | 13.8 s / 1.21 | 0.8–1.2 |\nD-二聚体 | 0.38 mg/L FEU | <0.5 mg/L FEU | 年龄校正界值 = 年龄 × 0.01\n肌酐 | 132 μmol/L | 57–97 μmol/L | eGFR 48 ml/min/1.73 m²（CKD-EPI 2021）\n糖化血红蛋白 | 6.8% | 4.0–6.0% | IFCC 51 mmol/mol\nBCR-ABL1（p190）| 阳性 | 阴性 | 费城染色体阳性急性淋巴细胞白血病（Ph+ ALL），ICD-10 C91.0\n抗核抗体 | 1:160 斑点型 | <1:80 |\n尿沉渣 | 红细胞 3/4 HP 变形 | | 提示肾小球源性',
  ),
  // 139 gynaecology and obstetrics: Bethesda 2014, Amsterdam II, contraceptive brands that read like women's names
  // (毓婷, 优思明, 妈富隆), Bishop, Bakri
  g(
    '妇产科要点\n宫颈细胞学按 TBS（Bethesda 2014）报告：ASC-US 者行 HPV 分流；HSIL 直接阴道镜。\nLynch 综合征筛查：阿姆斯特丹Ⅱ标准或修订 Bethesda 指南，MMR 免疫组化缺失者行胚系检测。\n紧急避孕：毓婷（左炔诺孕酮 1.5 mg）无保护性交 72 h 内单次口服；复方短效口服避孕药：优思明（屈螺酮炔雌醇）、妈富隆（去氧孕烯炔雌醇）每日 1 片 × 21 天，停 7 天。\n引产：Bishop 评分 <6 分先促宫颈成熟（地诺前列酮栓 10 mg）；硫酸镁 Zuspan 方案 4 g 负荷 + 1–2 g/h 维持。\n产后出血：缩宫素 10 U 肌注 + 20 U 静滴，氨甲环酸 1 g，Bakri 球囊压塞；ICD-10 O72.1。\n胜利分娩后新生儿 Apgar 评分 1 min、5 min 各评一次。',
  ),
  // 140 orthopaedics and emergency rules (渥太华踝关节规则, 加拿大头颅 CT 规则), eponymous fracture classifications, brand 罗盖全 that
  // reads like a name
  g(
    '骨科急诊决策要点\n踝关节外伤：按渥太华踝关节规则，外踝或内踝后缘 6 cm 压痛、或不能负重 4 步者行 X 线；足部按渥太华足部规则（第 5 跖骨基底、舟骨）。\n轻型颅脑损伤：加拿大头颅 CT 规则，GCS <15（伤后 2 h）、开放或凹陷骨折、呕吐 ≥2 次、年龄 ≥65 岁者行 CT。\n骨折分型：Lauge-Hansen 旋后外旋Ⅳ度；肱骨近端 Neer 三部分骨折；Salter-Harris Ⅱ型；骨盆 Tile C 型；胸腰椎 Denis 三柱理论；脊柱侧凸 Cobb 角 28°。\n镇痛：扶他林（双氯芬酸）75 mg bid，西乐葆（塞来昔布）200 mg qd，肌酐清除率 <30 ml/min 禁用。\n骨质疏松：罗盖全（骨化三醇）0.25 μg qd + 钙尔奇 D 600 mg qd，唑来膦酸 5 mg 每年一次；T 值 −2.8，FRAX 主要骨折风险 18%。',
  ),
  // 141 endocrinology: Hashimoto, Graves, Cushing, Addison as eponyms, brand names (优甲乐, 赛治, 来得时, 诺和锐, 拜唐苹, 汤臣倍健),
  // 1/2 片
  g(
    '内分泌门诊常用方案\n桥本甲状腺炎（ICD-10 E06.3）伴甲减：TSH 6.8 mIU/L，TPOAb >600 IU/ml；优甲乐 25 μg（1/2 片）qd 起，每 4–6 周按 TSH 调整。\n格雷夫斯病：赛治（甲巯咳唑）10 mg tid，TRAb 12.4 IU/L；粒细胞 <1.5 × 10⁹/L 停药。\n库欣综合征筛查：1 mg 过夜地塞米松抑制试验，皮质醇 >50 nmol/L 为未抑制；艾迪生病：ACTH 兴奋试验 30 min 皮质醇 <500 nmol/L。\n2 型糖尿病（ICD-11 5A11）：来得时（甘精胰岛素）10 U qn 起，空腹血糖每 3 天调整 2 U；诺和锐 30 早晚餐前；拜唐苹（阿卡波糖）50 mg tid 随第一口饭嚼服；HbA1c 目标 <7.0%。\n汤臣倍健等保健品不能替代药物治疗。',
  ),
  // 142 respiratory: GOLD-style inhaler plan with brand names (舒利迭, 信必可, 思力华, 顺尔宁, 潘高寿), Light criteria, 2023 global
  // ARDS definition
  g(
    '呼吸科出院吸入装置指导\n慢阻肺 E 组（CAT 22 分，mMRC 3 级，去年急性加重 2 次）：思力华 18 μg qd + 信必可 160/4.5 μg 2 吸 bid（嗜酸粒细胞 ≥300/μl）；或舒利迭 50/500 μg 1 吸 bid。\n哮喘：顺尔宁（孟鲁司特）10 mg qn；ACT 评分 <20 分提示未控制。\n止咳：潘高寿川贝枇杷露 15 ml tid，糖尿病患者慎用。\n胸腔积液：Light 标准（胸水/血清蛋白 >0.5，胸水/血清 LDH >0.6，胸水 LDH > 血清正常上限 2/3）任一项即渗出液。\nARDS：2023 全球新定义，SpO₂/FiO₂ ≤315 亦可诊断；俯卧位每日 ≥12 h，PEEP 按 ARDSnet 表。\n编码：ICD-11 CA22，SNOMED CT 13645005。',
  ),
  // 143 nephrology: Oxford MEST-C classification, brand names (普乐可复, 骁悉, 开同), eGFR and UACR, ICD-11 GB61
  g(
    '肾内科免疫抑制方案\nIgA 肾病牛津分型（MEST-C）：M1 E0 S1 T1 C1；24 h 尿蛋白 1.8 g，UACR 860 mg/g，eGFR 38 ml/min/1.73 m²。\n方案：糖皮质激素（甲泼尼龙 0.4 mg/kg/d，最大 32 mg）+ 最大耐受剂量 RAS 抑制剂；或吗替麦考酚酯（骁悉）0.75 g bid。\n肾移植术后：普乐可复（他克莫司）谷浓度 8–10 ng/ml（术后 3 个月内），之后 5–8 ng/ml；与五酯胶囊合用升高他克莫司浓度。\nCKD G3b A3（ICD-11 GB61.3）：复方 α-酮酸（开同）4 片 tid，低蛋白饮食 0.6 g/kg/d；血磷 >1.45 mmol/L 加司维拉姆 800 mg tid。\n文明用药：避免 NSAIDs 及含马兜铃酸中药（关木通、广防己）。',
  ),
  // 144 dermatology and rehabilitation scales with eponyms and date-like scores (MMSE 22/30, Borg 13/20),
  // burn-ointment brand 京万红
  g(
    '皮肤科及康复评估\n银屑病：PASI 14.2，BSA 12%，DLQI 9；Auspitz 征（+），Koebner 现象（+）；司库奇尤单抗 300 mg 第 0–4 周每周一次，之后每 4 周。\n天疱疮：Nikolsky 征（+）；白癜风：Wood 灯下瓷白色荧光。\n烧伤：中国九分法估算 TBSA 6%，浅Ⅱ度创面外用京万红软膏或湿润烧伤膏，每日 1 次。\n康复：Barthel 指数 45 分，Berg 平衡量表 38 分，Morse 跌倒评分 55 分，Brunnstrom Ⅲ期，改良 Ashworth 2 级，Fugl-Meyer 上肢 28/66 分；MMSE 22/30，MoCA 21/30；6 分钟步行 312 m，Borg 自觉用力 13/20。\n红梅色的丘疹融合成片时需与玫瑰糠疹鉴别（ICD-10 L42）。',
  ),
  // ---- Identifier-free clinical text, English (must survive untouched) ----
  // 145 contraception counselling: brands named like women (Ella, Errin, Larin 1/20, Kelnor 1/35, Aubra, Mirena,
  // Kyleena, Jaydess), UKMEC 2016, date-like doses
  g(
    'Ella (ulipristal acetate 30 mg) is effective up to 120 h after UPSI; avoid starting hormonal contraception for 5 days afterwards.\nErrin (norethindrone 0.35 mg) must be taken within the same 3-hour window every day.\nLarin 1/20 and Kelnor 1/35 are combined pills (norethindrone/ethinyl estradiol 1 mg/20 mcg and 1 mg/35 mcg); Aubra EQ is levonorgestrel 0.1 mg/EE 20 mcg.\nMissed pills: if 2 or more active pills are missed, use condoms for 7 days (the "7-day rule").\nIUS options: Mirena 52 mg (8 years for contraception), Kyleena 19.5 mg (5 years), Jaydess 13.5 mg (3 years).\nUKMEC 2016: migraine with aura = category 4 for combined methods; BMI ≥35 = category 3. Pearl Index for Mirena 0.2.\nMax interval between Depo-Provera injections: 13 weeks + 7 days (14/52).',
  ),
  // 146 tick- and mosquito-borne fevers named after places (Lyme, Rocky Mountain, Colorado, Powassan, La Crosse, St.
  // Louis, West Nile, Jamestown Canyon, Barmah Forest), codes
  g(
    'Differential diagnosis: fever after outdoor exposure\nLyme disease (ICD-10 A69.20; SNOMED CT 23502006): erythema migrans ≥5 cm; doxycycline 100 mg BID for 10 days, amoxicillin 500 mg TID in pregnancy.\nRocky Mountain spotted fever: start doxycycline empirically – do not wait for serology. Colorado tick fever and Powassan virus: supportive care only.\nLa Crosse, St. Louis and Jamestown Canyon encephalitis: CSF IgM; West Nile neuroinvasive disease in 1 in 150 infections.\nImported: Barmah Forest and Ross River virus (polyarthritis), Crimean-Congo haemorrhagic fever (ribavirin debated), Kyasanur Forest disease.\nRay of hope: most arboviral meningitis resolves within 7–10 days.',
  ),
  // 147 GI classifications named after places (Montreal, Vienna, Paris, Prague, Seattle, Baveno VII, Tokyo),
  // eponymous scores, brand names
  g(
    "Gastroenterology quick reference\nMontreal classification of Crohn's disease: A2 L3 B2p (Vienna classification superseded). UC: Mayo endoscopic subscore 2.\nParis classification 0-Is polyp, 18 mm, JNET 2A; Barrett's oesophagus Prague C3M5, Seattle protocol biopsies every 2 cm.\nBaveno VII: LSM ≥25 kPa = CSPH; start carvedilol 6.25 mg OD.\nUpper GI bleed: Glasgow-Blatchford 12, pre-endoscopy Rockall 5, Forrest Ib; Tokyo Guidelines 2018 grade II cholangitis.\nClay-coloured stools, dark urine and pruritus suggest cholestasis (Courvoisier's law if the gallbladder is palpable).\nCreon 25 000 units with meals, Movicol 1–2 sachets daily, Buscopan 20 mg PRN. ICD-10 K50.8.",
  ),
  // 148 cardiology: NYHA, Framingham, revised Geneva, Wells, CHA2DS2-VA (2024 ESC), brand doses that look like dates
  // (Entresto 24/26, 140/90)
  g(
    'Cardiology ward round checklist\nHeart failure: NYHA III, Framingham criteria met; Entresto 24/26 mg BD, uptitrate to 97/103 mg BD; Jardiance 10 mg OD; bisoprolol 1.25 mg, double every 2 weeks.\nSuspected PE: revised Geneva score 6 (intermediate), Wells 4.5; CTPA if D-dimer above age-adjusted cut-off; PERC negative only if all 8 criteria absent.\nAF: CHA2DS2-VA 3 (2024 ESC, sex no longer scored), HAS-BLED 2 → Eliquis 5 mg BD (reduce to 2.5 mg if 2 of: age ≥80, weight ≤60 kg, creatinine ≥133 µmol/L).\nTarget BP <140/90 mmHg (ideally 120–129 systolic).\nRich in potassium: avoid salt substitutes with spironolactone. NSTEMI: Brilinta 90 mg BD for 12 months. ICD-10 I21.4; SNOMED CT 22298006, 49436004.',
  ),
  // 149 paediatrics: Tanner staging, Prader orchidometer, Hunter syndrome, Kawasaki (AHA 2017), Calpol/Nurofen doses,
  // a line opening with Penny
  g(
    'Paediatric clinic notes – reference\nPenny-sized café-au-lait macules: ≥6 over 5 mm before puberty suggest NF1 (NIH 1988 / revised 2021 criteria).\nPuberty: Tanner stage B3 PH2; Prader orchidometer 4 mL = gonadarche; bone age by Greulich–Pyle atlas.\nHunter syndrome (MPS II, ICD-10 E76.1): idursulfase 0.5 mg/kg weekly.\nKawasaki disease (AHA 2017): IVIG 2 g/kg over 10–12 h + aspirin 30–50 mg/kg/day until afebrile 48 h; echo at diagnosis, 1–2 weeks and 4–6 weeks.\nAntipyretics: Calpol (paracetamol 120 mg/5 mL) 15 mg/kg 4–6-hourly, max 4 doses/24 h; Nurofen for Children 100 mg/5 mL 5–10 mg/kg TDS.\nGinger biscuits are fine for travel sickness; Dioralyte 1–1½ times usual feed volume after each loose stool.',
  ),
  // 150 psychiatry: Hamilton, Montgomery–Åsberg, Young Mania, Beck scales, brand names, ICD-11 6A70, lines opening
  // with Faith and Joy
  g(
    'Mood disorders – assessment and treatment summary\nScales: HAM-D 17-item 22, MADRS 30, Young Mania Rating Scale 6, Beck Depression Inventory-II 31, PHQ-9 19, GAD-7 14.\nDiagnosis: single episode depressive disorder, moderate (ICD-11 6A70.1; DSM-5-TR 296.22; SNOMED CT 35489007).\nTreatment: Lexapro (escitalopram) 10 mg OM → 20 mg after 2 weeks; add Wellbutrin XL 150 mg if fatigue persists; avoid in seizure disorder.\nBipolar maintenance: Abilify Maintena 400 mg IM every 4 weeks; lithium level 0.6–0.8 mmol/L 12 h post-dose.\nFaith-based and peer support groups can reduce isolation.\nJoy and interest (anhedonia) should be reassessed at each visit; Columbia Suicide Severity Rating Scale each contact.',
  ),
  // 151 dermatology eponyms and place-named skin diseases (Aleppo boil, Baghdad boil, Madura foot, Tokelau ringworm),
  // brand names, line opening with Ivy
  g(
    "Dermatology teaching notes\nIvy-type (Toxicodendron) contact dermatitis: linear vesicles; clobetasol (Dermovate) 0.05% BD for 7 days.\nPsoriasis: Auspitz sign, Koebner phenomenon; PASI 12, DLQI 11 → Stelara 45 mg at weeks 0 and 4 then every 12 weeks, or Otezla titration.\nPemphigus vulgaris: Nikolsky sign positive; bullous pemphigoid: Nikolsky negative.\nCutaneous leishmaniasis (Aleppo boil, Baghdad boil, Oriental sore): intralesional sodium stibogluconate.\nMadura foot (eumycetoma): itraconazole 200 mg BD for 12 months. Tokelau ringworm (tinea imbricata): terbinafine 250 mg OD.\nWood's lamp: coral-red fluorescence in erythrasma; Fitzpatrick skin type V. Sage and Olive oil home remedies are not recommended for open wounds.",
  ),
  // 152 emergency orthopaedics: Ottawa ankle/knee rules, Canadian C-spine rule, NEXUS, Salter-Harris, Lauge-Hansen,
  // Cobb angle, lines opening with Lance and Max
  g(
    'Emergency department orthopaedic decision rules\nOttawa ankle rules: bone tenderness at the posterior edge or tip of either malleolus, or inability to weight-bear 4 steps → X-ray. Ottawa knee rule: age ≥55 or isolated patellar tenderness.\nCanadian C-spine rule and NEXUS: image if dangerous mechanism or age ≥65.\nFractures: Salter-Harris II distal radius; Lauge-Hansen supination-external rotation IV; Neer 3-part proximal humerus; Tile C pelvis; Cobb angle 28°.\nLance and drain a paronychia under digital block (lidocaine 1% plain, max 3 mg/kg).\nMax paracetamol 1 g QDS (4 g/24 h); reduce to 3 g in adults under 50 kg.\nAnalgesia ladder: naproxen 500 mg BD with omeprazole 20 mg; codeine avoided under 12 years.',
  ),
  // 153 laboratory eponyms and place-named organisms (Philadelphia chromosome, Coombs, Kleihauer–Betke, Weil–Felix,
  // Widal, Norwalk, Coxsackie), line opening with Crystal
  g(
    'Laboratory interpretation notes\nCrystal analysis: negatively birefringent needle-shaped crystals under polarised light = monosodium urate (gout); positively birefringent rhomboids = CPPD.\nPhiladelphia chromosome t(9;22), BCR-ABL1 p210: imatinib 400 mg OD; major molecular response ≤0.1% IS.\nDirect Coombs (DAT) positive IgG + C3d; Kleihauer–Betke 0.4% → anti-D 500 IU plus 125 IU per mL fetal red cells over 4 mL.\nWeil–Felix OX-19 1:320 (rickettsial); Widal O 1:160 / H 1:320 (interpret with local baseline).\nNorwalk virus (norovirus) PCR positive; Coxsackie B IgM in myocarditis.\nUnits: sodium 128 mmol/L, osmolality 262 mOsm/kg, urine sodium 44 mmol/L → SIADH likely (Bartter–Schwartz criteria).',
  ),
  // 154 obstetrics: Bishop score, Robson groups, Zuspan regimen, Bakri balloon, McDonald and Shirodkar cerclage,
  // gestation written like fractions
  g(
    'Obstetric protocols – summary\nInduction: Bishop score <6 → dinoprostone 10 mg pessary; ARM when Bishop ≥8.\nRobson ten-group classification for caesarean audit; group 5 (previous CS, single cephalic ≥37 weeks).\nSevere pre-eclampsia: Zuspan regimen – MgSO4 4 g IV over 20 min, then 1 g/h for 24 h; target BP <150/100.\nPPH: oxytocin 10 IU IM, carboprost 250 mcg IM every 15 min (max 8 doses), tranexamic acid 1 g; Bakri balloon tamponade.\nCervical insufficiency: McDonald or Shirodkar cerclage at 12–14/40; remove at 36+0/40.\nSummer heat: advise hydration; 28/40 anti-D 1500 IU if RhD negative. ICD-10 O14.1; SNOMED CT 398254007.',
  ),
  // 155 travel medicine: Japanese encephalitis, yellow fever, Marburg, Ebola, typhoid, cholera vaccines with brand
  // names, herbs named like people (Sweet Annie, Joe-Pye weed)
  g(
    'Travel clinic – vaccines and advice\nJapanese encephalitis: Ixiaro 2 doses day 0 and 7 (accelerated) or 28; booster at 12–24 months.\nYellow fever: Stamaril 0.5 mL SC, single dose lifelong (WHO 2016); contraindicated in thymus disorders.\nTyphoid: Vivotif 1 capsule on alternate days × 3 (days 1, 3, 5); cholera: Dukoral 2 doses 1–6 weeks apart.\nEbola: Ervebo for outbreak responders; no licensed vaccine for Marburg virus disease.\nMalaria: Malarone 1 tablet daily 1–2 days before, during and 7 days after; Sweet Annie (Artemisia annua) tea is NOT adequate prophylaxis. Joe-Pye weed and other herbal products have no proven activity.\nGinger capsules 250 mg QDS may reduce motion sickness.',
  ),
  // 156 transplant and nephrology: Oxford MEST-C, Banff-style rejection wording, tacrolimus brands (Prograf,
  // Advagraf, Envarsus), CellCept, ICD-11 GB61
  g(
    'Renal transplant clinic – standing orders\nTacrolimus trough target 8–10 ng/mL months 0–3, then 5–8 ng/mL; Prograf BD, Advagraf OD and Envarsus OD are not interchangeable without level checks.\nCellCept (mycophenolate mofetil) 1 g BD; reduce to 500 mg BD if WBC <3 × 10⁹/L.\nIgA nephropathy (Oxford MEST-C M1 E0 S1 T0 C0): proteinuria 1.2 g/day despite max RAS blockade → consider sparsentan.\nCKD G3b A2 (ICD-11 GB61.3): eGFR 41 mL/min/1.73 m² (CKD-EPI 2021), UACR 48 mg/mmol.\nSandy urinary sediment with red-cell casts → urgent review.\nHolly berries and star fruit are toxic in advanced CKD; avoid NSAIDs.',
  ),
  // 157 oncology: Karnofsky, ECOG, St Gallen, Amsterdam II, Bethesda, Hong Kong Liver Cancer staging (place names),
  // brand names, line opening with Gene
  g(
    'Oncology MDT – reference wording\nPerformance status: Karnofsky 80%, ECOG 1.\nBreast: St Gallen 2023 consensus; Luminal B, Ki-67 30%; Verzenio 150 mg BD with endocrine therapy for high-risk node-positive disease; Herceptin 8 mg/kg loading then 6 mg/kg q3w.\nColorectal: Amsterdam II criteria / revised Bethesda guidelines → MMR IHC; MSI-H → Keytruda 200 mg q3w.\nLiver: Hong Kong Liver Cancer staging IIb vs BCLC B; Child-Pugh A6, ALBI grade 1.\nLung: EGFR exon 19 deletion → Tagrisso 80 mg OD; ALK → alectinib 600 mg BD.\nGene panel: BRCA1/2, PALB2, ATM; germline testing offered if Manchester score ≥15.\nCodes: ICD-10 C50.9, SNOMED CT 254837009, ICD-10 C18.7.',
  ),
  // 158 respiratory and sleep: Epworth Sleepiness Scale, STOP-Bang, Light criteria, inhaler brands with date-like
  // strengths (Symbicort 200/6, Trelegy 92/55/22), line opening with Dusty
  g(
    "Respiratory clinic – reference\nEpworth Sleepiness Scale 14/24 and STOP-Bang 6/8 → polysomnography; AHI ≥30 = severe OSA, CPAP 8–12 cmH2O.\nCOPD (GOLD 2025 group E): Trelegy Ellipta 92/55/22 mcg one inhalation OD; asthma MART with Symbicort 200/6 one inhalation BD plus as needed (max 12/day).\nSpiriva Respimat 2.5 mcg two puffs OD; Ventolin 100 mcg 2–4 puffs PRN.\nPleural fluid: Light's criteria – protein ratio >0.5, LDH ratio >0.6, LDH >2/3 upper limit of normal.\nDusty workplaces (silica, coal) require HRCT if spirometry shows FEV1/FVC <0.70.\nCodes: ICD-10 J44.1, ICD-11 CA22, SNOMED CT 195967001.",
  ),
  // 159 neurology: Brighton criteria (Guillain–Barré), Miller Fisher, House–Brackmann, MDS-UPDRS, levodopa brands
  // with date-like strengths (Sinemet 25/100, Madopar 62.5), lines opening with Art and Jack
  g(
    "Neurology ward – reference notes\nGuillain–Barré syndrome: Brighton Collaboration level 1 criteria; IVIG 0.4 g/kg/day for 5 days; EGRIS ≥5 predicts ventilation. Miller Fisher variant: anti-GQ1b IgG.\nBell's palsy: House–Brackmann grade IV; prednisolone 50 mg OD for 10 days within 72 h of onset.\nParkinson's disease: MDS-UPDRS part III 34; Sinemet 25/100 one tablet TDS, Madopar 62.5 mg dispersible for early-morning akinesia, Stalevo when wearing-off; avoid metoclopramide.\nMyasthenia gravis: MGFA class IIb; pyridostigmine 60 mg QDS; ice-pack test positive.\nArt and music therapy improve engagement after stroke (NIHSS 6, mRS 3).\nJack-knife positioning is contraindicated after lumbar drain insertion. ICD-10 G61.0; ICD-11 8C01.0.",
  ),
  // 160 diabetes and allergy pharmacy counselling: brands that read like names (Allegra, Alli, Victoza, Mounjaro,
  // Tresiba), 1/2 tab metformin, NICE NG28, ADA 2025, lines opening with Allegra and Bill
  g(
    'Community pharmacy counselling notes\nAllegra 180 mg (fexofenadine) once daily – take with water, not fruit juice.\nAlli 60 mg (orlistat) with each main meal containing fat; take a multivitamin at bedtime.\nType 2 diabetes (ICD-10 E11.65; SNOMED CT 44054006): HbA1c 58 mmol/mol (7.5%); metformin 500 mg 1/2 tab BD for 1 week then 1 tab BD; eGFR <30 stop.\nGLP-1 RA: Victoza 0.6 mg OD for 1 week then 1.2 mg; or Mounjaro 2.5 mg weekly for 4 weeks then 5 mg. Basal insulin: Tresiba 10 units OD, titrate by 2 units every 3 days to fasting 5–7 mmol/L.\nHypoglycaemia: 15–20 g fast-acting glucose, recheck in 15 min (rule of 15).\nBill the prescription as exempt (diabetes on insulin) per NICE NG28 and ADA Standards of Care 2025.',
  ),
];
