import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Twenty-second gold set: outside held-out set 50, written blind by an outside evaluator who read neither the detectors,
 * the deidentifier, the detector data, the de-identification README, the dev-set specs nor any earlier gold set's items
 * (only v21's header comment and its first items for the file format and conventions, the GoldSpan / GoldSentence
 * types, the PhiType list and the layout checks), and who neither ran the de-identifier, any test or any scoring on
 * these items nor saw any score of them.
 * 128 items: 48 Chinese ones first (30 simplified, then 18 traditional: 10 Taiwan, 6 Hong Kong, 2 Macau), then 48
 * English ones, then 32 identifier-free clinical items (16 Chinese, 16 English).
 * Simplified items: county hospitals, township health centres and schools of autonomous areas and of provinces v21
 * used once: Leishan (Qiandongnan Miao-Dong AP), Sanjiang Dong AC (Dudong township centre), Oroqen Autonomous Banner,
 * Mengla (Xishuangbanna Dai AP), Zhaojue (Liangshan Yi AP, a township school), Yushu Tibetan AP, Yanbian Korean AP,
 * Longshan (Xiangxi Tujia-Miao AP), Linxia Hui AP, Guyuan, Yining (Ili Kazakh AP), Jingning She AC, Wuyuan, Lüliang
 * (a street community centre), Ningde, Qiongzhong Li-Miao AC, Enshi Tujia-Miao AP, Dandong, Jiamusi, Xinyang (street
 * community centre), Lu'an (a township health centre in the cc list), Yancheng, Linyi, Meizhou, Youyang Tujia-Miao AC
 * (mental-health centre, court), Yan'an (a middle school), Beijing Yanqing (medical-and-elderly-care centre), Shanghai
 * Chongming (township community centre), Shigatse and Tianjin Jizhou (township health centre).
 * Traditional items: Taiwan long-term care and outlying islands or townships (Taitung long-term care centre, Penghu,
 * Kinmen, Nantou Ren'ai township health station, Miaoli / Toufen, Yunlin, Changhua, a New Taipei Sanzhi day-care
 * centre, Taoyuan migrant worker, Lienchiang / Matsu); Hong Kong elderly and NT settings (a Tuen Mun care home, Yuen
 * Long, Tai Po elderly centre, Cheung Chau, Kwai Chung tribunal, a Kwun Tong dental clinic); Macau (a Taipa pharmacy,
 * a Coloane care home).
 * English items: USA 8 (Vermont, Montana / Blackfeet, Mississippi, Oregon, Rhode Island, New Mexico, Puerto Rico,
 * Maine), Canada 3 (Saskatchewan, New Brunswick, Yukon), Caribbean and Central / South America 9 (Trinidad and Tobago,
 * Barbados, Bahamas, Guyana, Belize, Cayman Islands, Bermuda, Saint Lucia, Saint Kitts and Nevis), Pacific 6 (Samoa,
 * Tonga, Vanuatu, Solomon Islands, Kiribati, Cook Islands), Gulf 4 (UAE, Qatar, Oman, Kuwait), Africa 9 (Botswana,
 * Namibia, Rwanda, Sierra Leone, Liberia, Malawi, The Gambia, Lesotho, Eswatini), Europe and Crown dependencies 5
 * (Malta, Gibraltar, Isle of Man, Jersey, Cyprus), Indian Ocean and Asia 4 (Mauritius, Seychelles, Brunei, Maldives).
 * Genres: pharmacy dispensing logs and registers, laboratory requisitions, pathology and histopathology reports,
 * radiology reports with referring clinicians and cc, nursing handover sheets and books, incident / adverse-event and
 * adverse-drug-reaction reports, complaint letters, dental charts, optometry records, physiotherapy notes, mental-health
 * tribunal, review-committee and compulsory-treatment papers, child-protection referrals and a hotline intake,
 * school-nurse notes, telehealth transcripts, voice-dictation transcripts without punctuation (spoken digits and
 * dates), scanned-form OCR with spaced characters and misaligned columns, tab-separated spreadsheet exports, JSON and
 * XML from other systems, discharge letters to GPs and family doctors, referral letters with letterheads and cc lists,
 * wristband / label print logs, appointment SMS, a WhatsApp and a QQ group thread, genetic-counselling pedigrees with
 * relatives' names, clinical-trial CRFs, organ-donation records, unnatural-death and coroner referrals, a maternal
 * death review, care-home transfer and day-care records, a pesticide-poisoning notification and an air-evacuation
 * request.
 * 96 items carry 1562 identifiers: name 586, date 202, address 200, organization 159, phone 109, other-id 74,
 * id-card 61, bed 54, mrn 51, license 18, account 12, social-security 12, email 10, age 9, ip 2, bank-card 2,
 * passport 1 (Chinese items 761 identifiers, English items 801).
 * 214 of the 586 names (36.5 %; 105 of 292 Chinese, 109 of 294 English) have no trigger word at all, counted as
 * strictly as v21 (no title, role or label word, no kinship or relation word, no honorific prefix or suffix next to
 * the name, and a role written right after the name counted as a trigger): table, CSV, tab and pipe cells, names
 * right after a bed or room number, chat speakers and @mentions, names followed by 您好 or by a verb, names as objects
 * (联系, 通知, 告知, 交…签署, 交班予, "faxed to", "called", "informed", "spoke with"), list members after the first, the
 * second form of a name written side by side (NGUYEN VAN HUNG 阮文雄, Lai Chi Wah), quoted nicknames, greetings
 * ("Hi Kendra", "Muraho"), "我叫…" and bare signatures; these are marked "// no trigger" on their span lines. Pedigree
 * position labels (Ⅰ-1, II-3) are not triggers; "nee" is.
 * All identifiers are fictional; check digits are valid for 身份证 (GB 11643, plain, grouped 6-8-4 (one ending in X),
 * 4-4-4-4-2 in OCR and spoken as Chinese numerals; birth date and sex digit matching the text), Taiwan ID
 * and the new-format resident certificate (H8…), HKID, bank cards (Luhn: a Visa and a Mastercard), NPI (Luhn with
 * 80840), the DEA number (second letter = prescriber's surname), the Emirates ID (Luhn) and the Isle of Man NHS number
 * (mod 11); the Qatar QID (century digit, birth year, country code 586), the Kuwait civil ID (birth date), the
 * Trinidad and Tobago national ID and the Barbados NRN (birth date), the Rwandan ID (birth year, sex digit 7), the
 * Botswana Omang, Namibian ID, Eswatini PIN, Maltese ID card, Mauritian NIC, Bruneian IC, Maldivian ID, Macau BIR,
 * HK hospital numbers, the Saskatchewan HSN, New Brunswick Medicare, Yukon YHCIP and Jersey social-security numbers,
 * the passport and the licences only follow their format. US, Canadian and NANP Caribbean phones use the reserved
 * 555-01xx range; the other phones are invented numbers in each country's format.
 * Annotation conventions are v21's (names without title / 先生 / 医生 / Dr / Nei / Dayang / Awang; surname alone when
 * only the surname is written (麥太 → 麥, 曹奶奶 → 曹, 秀琴阿嬤 → 秀琴, 鄭太 / 志偉伯伯); dates only the month/day part
 * unless it is the date of birth of someone aged > 89, then the whole date; ages only the number and only when > 89;
 * addresses city level and below, province / state / island / parish left out, postcodes separate; the city / county
 * / district prefix before an institution an `address` span and the institution an `organization` span;
 * province-level municipalities and special municipalities (北京市, 上海市, 重庆市, 新北市, 桃園市) left out; ROC
 * dates without their year; ages ≤ 89 left in as distractors).
 * Choices this set adds where v21's header is silent:
 *  - a banner (鄂伦春自治旗) and a Taiwan county (臺東縣, 南投縣, 彰化縣, 雲林縣) are split off like a 县; 县立 / 縣立 fused
 *    into a hospital name stays inside the organization (金門縣立醫院, 連江縣立醫院); a generic remainder after the split
 *    is still an organization (人民医院, 中医院, 医院, 衛生所); a named pharmacy, optical shop, school, day-care centre,
 *    care home and elderly centre are organisations; agencies (卫生健康局, 县妇联, 社會及勞動處, DCYF, Social Welfare,
 *    Medicines Control Agency, HSA, Ministry of Health, 醫院管理局, 法律援助署) are not.
 *  - numbers: spoken or OCR-spaced numbers are annotated as written (幺三九…, 1 3 9 2 …, "four four seven …"); the
 *    whole court case number with its brackets ((2024)渝0242刑医1号) and a police CR number are `other-id`; a police
 *    collar number and staff / employee numbers are `other-id`; a specimen barcode and a blood-unit number are
 *    `other-id`; Taiwan NHI card, Medicaid, provincial / territorial health numbers, the Rwandan Mutuelle card, the
 *    Belize SSB, the Gibraltar GHA number, the Cyprus GHS number and the Jersey social-security number are
 *    `social-security`; Cypriot ARC and the Maldivian ID are `id-card`; a care-worker certificate and an optometrist
 *    certificate are `license`; tooth numbers (FDI), queue numbers, extensions, batch numbers, trial protocol numbers
 *    and flight numbers are not annotated; a printer IP is `ip`.
 *  - names: initials written as a subject's name (W-G-Y, A-K-S, F.C.) are names; HK and HL7-like "SURNAME, Given"
 *    written contiguously is one span (WONG, Siu Ying; AL MANSOORI, HAMDAN SAEED); OCR names with doubled spaces keep
 *    their inner spaces; a Hangul and a Han form written side by side are two spans; ethnic names (Kacaw, 瓦旦·達道) are
 *    names.
 *  - beds: ward and bed codes written together are one span where fused (C2-15, 2-118, 7A-12, T3-14, M5-22) and two
 *    where separated by words (17 病区 08 床, Ward 21 bed 6); a dialysis chair number and a clinic room number are `bed`.
 *  - addresses: a street line and the town are separate spans when separated by a comma or a line break; a housing-scheme
 *    lot, a plot, an erf, a P.O. Box and a First Nation are `address`; a branch in brackets after an institution
 *    (頤康護老院（屯門）) is `address`.
 * The 32 identifier-free items carry no identifier at all (not even a month/day) and are dense with eponyms and named
 * scores (Hunt-Hess, WFNS, Fisher, Spetzler-Martin, ABCD2, Lindegaard, Wernicke, Korsakoff, Brown-Sequard, Horner,
 * Parinaud, Holmes, Lance-Adams, Todd, GRACE, TIMI, HEART, Killip, Duke, Osler, Janeway, Roth, Brugada,
 * Wolff-Parkinson-White, Wellens, Graham Steell, Austin Flint, Beck, Kussmaul, de Quervain, Riedel, Jod-Basedow,
 * Wolff-Chaikoff, Sheehan, Whipple, Chvostek, Trousseau, Conn, Nelson, Kallmann, Turner, Garden, Pauwels, Schatzker,
 * Gustilo-Anderson, Weber, Mason, Monteggia, Galeazzi, Colles, Smith, Barton, Jones, Lisfranc, Chopart, Maisonneuve,
 * Lachman, McMurray, Thessaly, Apley, Phalen, Tinel, Finkelstein, Spurling, Harris, Constant-Murley, Apgar, Ballard,
 * Moro, Galant, Babinski, Ortolani, Barlow, Kernig, Brudzinski, Denver, Bayley, Henoch-Schonlein, Wilms, Ewing,
 * Legg-Calve-Perthes, Osgood-Schlatter, Sever, Nugent, Amsel, Breslow, Clark, Binet, Rai, Durie-Salmon, Bosniak,
 * Fuhrman, Nottingham, Dukes, Gleason, Deauville, Child-Pugh, Glasgow-Blatchford, Maddrey, Lille, Mayo, Truelove and
 * Witts, Ranson, Balthazar, Alport, Fanconi, Bartter, Gitelman, Liddle, Goodpasture, Clavien-Dindo, Gottron, Darier,
 * Kaposi, Stevens-Johnson, Lyell, Sweet, Bowen, Paget, Hutchinson, Beau, Mees, Braden, Morse, Norton, Caprini,
 * Richmond, Snellen, Ishihara, Amsler, Schirmer, Seidel, Marcus Gunn, Argyll Robertson, Adie, Coats, Stargardt, Best,
 * Leber, Vogt-Koyanagi-Harada, Sturge-Weber, Rinne, Dix-Hallpike, Epley, Meniere, Ramsay Hunt, Little), drugs and
 * brands (Chinese herbs and brands that read like personal names: 何首乌, 白头翁, 使君子, 胡黄连, 马钱子, 马齿苋, 马应龙,
 * 仲景, 黄道益, 何济公, 念慈菴, 黄氏响声丸, 丽珠得乐, 拜糖平, 格华止, 来得时, 倍他乐克, 波立维, 立普妥, 诺欣妥, 安博维,
 * 达芙通, 安琪坦, 达英-35, 妈富隆, 左洛复, 赛乐特, 来士普, 思瑞康, 安立复, 黛力新, 达伯舒, 百泽安, 赫赛汀, 安维汀, 格列卫,
 * 耐信, 开同, 诺维乐, 爱瑞卓, 可善挺, 拓咨, 达克宁, 派瑞松, 艾洛松, 百多邦, 万托林, 信必可, 舒利迭, 顺尔宁; English brands
 * named like people or words: Yaz, Yasmin, Natazia, Camila, Heather, Jolivette, Lyza, Tarina, Aviane, Lutera, Sronyx,
 * Slynd, Liletta, Skyla, Kyleena, Annovera, Eliquis, Brilinta, Lipitor, Crestor, Jardiance, Farxiga, Keytruda, Opdivo,
 * Herceptin, Kadcyla, Enhertu, Tagrisso, Imbruvica, Venclexta, Darzalex, Revlimid, Ozempic, Mounjaro, Trulicity,
 * Lantus, Tresiba, Humalog, Janumet, Synthroid, Tapazole, Zoloft, Paxil, Celexa, Lexapro, Wellbutrin, Effexor, Remeron,
 * Trintellix, Abilify, Rexulti, Vraylar, Latuda, Caplyta, Seroquel, Lamictal, Depakote, Renvela, Sensipar, Mircera,
 * Aranesp, Kerendia, Dupixent, Nucala, Fasenra, Tezspire, Advair, Breo, Spiriva, Singulair, Otezla, Skyrizi, Tremfya,
 * Cosentyx, Taltz, Bimzelx, Precedex, Levophed, Vasostrict, Lumigan, Xalatan, Restasis, Eylea, Lucentis, Vabysmo),
 * doses, lab values with units, ICD-10 / ICD-10-CM / ICD-11 / SNOMED CT / LOINC codes, DSM-5-TR, guidelines and
 * criteria with years (AHA/ASA 2023, ADA 2025, 鹿特丹 2003, FIGO 2018, 第六次全国共识 2022, CKD-EPI 2021, KDIGO 2024,
 * 柏林定义 2012, GINA 2024, 拯救脓毒症运动 2021, Lugano 2014, US MEC 2024, ASCCP 2019, 2019 ESC/EAS, 2023 Duke-ISCVID,
 * Bosniak 2019, Atlanta 2012, Surviving Sepsis Campaign 2021, NICE NG136, KDIGO 2022), place-named diseases, scales and
 * classifications (新疆出血热, 日本脑炎, 莱姆病, 洛杉矶分级, 布里斯托, 罗马Ⅳ, 牛津分型, 爱丁堡, 蒙特利尔, 耶鲁-布朗,
 * Ann Arbor, Lassa, Rift Valley, Ebola, Ross River, Murray Valley, Hendra, Nipah, Oropouche, Mayaro, Omsk, Machupo /
 * Bolivian, Columbia, Edinburgh, Addenbrooke's, Los Angeles, Bristol, Rome IV, Atlanta, Oxford, Berlin, Glasgow,
 * Padua, Thessaly, Richmond), values that look like dates (49/51, 97/103, 160/4.5, 50/250, 100/25, 250/50, 50/1000,
 * 21/7, 17/21, 12/17, 3/4, 1/20, 0.1/20, 27/30, 4/5, 84/100, 6/12, 6/36, 128/76, 132/78, 1:320, 1:40), and capitalised
 * clinical words and trial acronyms that are also first names or places (Grace, Best, Sweet, Jones, Smith, Barton,
 * Heather, Camila, Lyza, Tarina, HOPE-3, ACCORD, ADVANCE, CREDENCE).
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}

export const DEID_GOLD_SET_V22: readonly GoldSentence[] = [
  // ---- Chinese, simplified (mainland: county hospitals, township health centres, autonomous areas, schools, homes) ----
  // 1 Guizhou, Qiandongnan Miao-Dong AP, Leishan county hospital, outpatient pharmacy dispensing log (pipe table)
  g(
    '黔东南苗族侗族自治州雷山县人民医院 门诊药房发药记录（2026-03-18）\n序号 | 处方号 | 患者 | 就诊卡号 | 药品 | 发药人 | 核对人\n1 | CF20260318-0412 | 杨秀英 | 0008871234 | 阿莫西林胶囊 0.25g×24 | 吴金花 | 龙启明\n2 | CF20260318-0413 | 李老岩 | 0008871577 | 苗药 艾愈胶囊 | 吴金花 | 龙启明\n3 | CF20260318-0419 | 潘阿里 | 0008870962 | 胰岛素笔芯 | 石美兰 | 龙启明\n备注：3号患者由其子潘文忠代领，身份证 522634195803122718（潘阿里，男，1958年3月12日生），代领人电话 139 8553 2071。\n丹江镇卫生院转诊单号 ZZ-LS-2603-077 已附。\n22:00 石美兰、龙启明 清点毒麻药柜无误。',
    [
      ['address', '黔东南苗族侗族自治州雷山县'],
      ['organization', '人民医院'],
      ['date', '03-18'],
      ['other-id', 'CF20260318-0412'],
      ['name', '杨秀英'], // no trigger
      ['mrn', '0008871234'],
      ['name', '吴金花'], // no trigger
      ['name', '龙启明'], // no trigger
      ['other-id', 'CF20260318-0413'],
      ['name', '李老岩'], // no trigger
      ['mrn', '0008871577'],
      ['name', '吴金花', 1], // no trigger
      ['name', '龙启明', 1], // no trigger
      ['other-id', 'CF20260318-0419'],
      ['name', '潘阿里'], // no trigger
      ['mrn', '0008870962'],
      ['name', '石美兰'], // no trigger
      ['name', '龙启明', 2], // no trigger
      ['name', '潘文忠'],
      ['id-card', '522634195803122718'],
      ['name', '潘阿里', 1], // no trigger
      ['date', '3月12日'],
      ['phone', '139 8553 2071'],
      ['organization', '丹江镇卫生院'],
      ['other-id', 'ZZ-LS-2603-077'],
      ['name', '石美兰', 1], // no trigger
      ['name', '龙启明', 3], // no trigger
    ],
  ),
  // 2 Guangxi, Sanjiang Dong AC, Dudong township health centre, nursing handover book
  g(
    '三江侗族自治县独峒镇卫生院 住院部护理交班本　2026年2月7日 夜班→白班\n床号 姓名 年龄 诊断 交班要点\n3床 吴银娥 42岁 先兆流产 阴道少量流血，黄体酮已用\n5床 杨老干 91岁 慢阻肺急性加重 SpO2 88%，低流量吸氧，家属吴月梅（女儿）陪护 188 7720 3415\n加1床 石金凤 63岁 2型糖尿病 空腹血糖 11.2\n交班：粟丽娟　接班：梁海燕　值班医生：杨通岳\n6:40 石金凤诉头晕，已告知杨通岳复测血糖。\n粟丽娟 已电话联系吴月梅，家属同意转县医院。',
    [
      ['address', '三江侗族自治县'],
      ['organization', '独峒镇卫生院'],
      ['date', '2月7日'],
      ['bed', '3'],
      ['name', '吴银娥'], // no trigger
      ['bed', '5'],
      ['name', '杨老干'], // no trigger
      ['age', '91'],
      ['name', '吴月梅'],
      ['phone', '188 7720 3415'],
      ['bed', '加1'],
      ['name', '石金凤'], // no trigger
      ['name', '粟丽娟'],
      ['name', '梁海燕'],
      ['name', '杨通岳'],
      ['name', '石金凤', 1], // no trigger
      ['name', '杨通岳', 1], // no trigger
      ['name', '粟丽娟', 1], // no trigger
      ['name', '吴月梅', 1], // no trigger
    ],
  ),
  // 3 Inner Mongolia, Oroqen Autonomous Banner hospital, laboratory requisition with a grouped ID number
  g(
    '鄂伦春自治旗人民医院检验科 检验申请单\n申请单号：JY2604110087　条码：8800412267\n姓名：莫日根　性别：男　出生：1947.02.19　民族：鄂伦春\n身份证：150723 19470219 1336\n科室：内一科　床位：12-2　住院号：ZY0041877\n申请项目：血常规、CRP、布鲁氏菌虎红平板凝集试验\n临床诊断：发热待查（牧区接触史）\n申请医生：关晓鹏　采样护士：孟淑珍　采样时间：04-11 07:35\n联系人：葛根塔娜（儿媳）0470-5621389\n居住地：阿里河镇甘河路17号\n关晓鹏 已电话告知葛根塔娜取报告时间。',
    [
      ['address', '鄂伦春自治旗'],
      ['organization', '人民医院'],
      ['other-id', 'JY2604110087'],
      ['other-id', '8800412267'],
      ['name', '莫日根'],
      ['date', '02.19'],
      ['id-card', '150723 19470219 1336'],
      ['bed', '12-2'],
      ['mrn', 'ZY0041877'],
      ['name', '关晓鹏'],
      ['name', '孟淑珍'],
      ['date', '04-11'],
      ['name', '葛根塔娜'],
      ['phone', '0470-5621389'],
      ['address', '阿里河镇甘河路17号'],
      ['name', '关晓鹏', 1], // no trigger
      ['name', '葛根塔娜', 1], // no trigger
    ],
  ),
  // 4 Yunnan, Xishuangbanna Dai AP, Mengla county hospital, pathology report of a Dai child
  g(
    '西双版纳傣族自治州勐腊县人民医院 病理诊断报告书\n病理号：BL26-00734　送检日期：2026年1月22日　报告日期：2026年1月27日\n姓名：玉香（傣族）　性别：女　年龄：13岁　门诊号：MZ2601220318\n身份证号：532823201209250487\n送检医生：岩温（外科）　送检材料：右颈部淋巴结\n镜下：可见 Reed-Sternberg 细胞，CD30(+)、CD15(+)\n病理诊断：经典型霍奇金淋巴瘤，结节硬化型\n诊断医师：刀丽萍　复核：白建华（昆明金域医学检验所会诊）\n监护人：父 岩罕 159 8791 0426，勐捧镇曼么耐村委会3组',
    [
      ['address', '西双版纳傣族自治州勐腊县'],
      ['organization', '人民医院'],
      ['other-id', 'BL26-00734'],
      ['date', '1月22日'],
      ['date', '1月27日'],
      ['name', '玉香'],
      ['mrn', 'MZ2601220318'],
      ['id-card', '532823201209250487'],
      ['name', '岩温'],
      ['name', '刀丽萍'],
      ['name', '白建华'],
      ['organization', '昆明金域医学检验所'],
      ['name', '岩罕'],
      ['phone', '159 8791 0426'],
      ['address', '勐捧镇曼么耐村委会3组'],
    ],
  ),
  // 5 Sichuan, Liangshan Yi AP, Zhaojue township central school, school-doctor child-protection referral
  g(
    '昭觉县谷曲乡中心校 校医室 儿童保护转介单\n转介日期：2026年3月3日　编号：ZJ-ETBH-2026-011\n儿童：吉克阿呷（彝族，男，2015年1月17日生，四年级2班）\n身份证号：513431 2015 0117 2258\n发现情况：左前臂及背部多处条状淤青，自述“阿达喝酒打的”。\n监护人：父 吉克木呷，母 沙马阿果（外出务工，微信 shama_ag0817）\n发现人：校医 阿苏拉则　班主任：曲比史体 177 8345 6602\n已报告：凉山彝族自治州昭觉县公安局城北派出所、县妇联\n接收社工：海来阿支（昭觉县未成年人保护工作站）\n阿苏拉则 于放学后陪同吉克阿呷到乡卫生院拍片。',
    [
      ['address', '昭觉县'],
      ['organization', '谷曲乡中心校'],
      ['date', '3月3日'],
      ['other-id', 'ZJ-ETBH-2026-011'],
      ['name', '吉克阿呷'],
      ['date', '1月17日'],
      ['id-card', '513431 2015 0117 2258'],
      ['name', '吉克木呷'],
      ['name', '沙马阿果'],
      ['account', 'shama_ag0817'],
      ['name', '阿苏拉则'],
      ['name', '曲比史体'],
      ['phone', '177 8345 6602'],
      ['address', '凉山彝族自治州昭觉县'],
      ['organization', '公安局城北派出所'],
      ['name', '海来阿支'],
      ['address', '昭觉县', 2],
      ['organization', '未成年人保护工作站'],
      ['name', '阿苏拉则', 1], // no trigger
      ['name', '吉克阿呷', 1], // no trigger
    ],
  ),
  // 6 Qinghai, Yushu Tibetan AP, tele-consultation transcript with timestamped speakers
  g(
    '【远程会诊记录】玉树藏族自治州人民医院—青海大学附属医院 视频会诊\n时间：2026-02-14 10:05　会诊号：YC-QH-260214-09\n患者 才仁卓玛，女，59岁，住称多县清水河镇\n[10:06] 尼玛扎西（玉树）：患者高原红细胞增多，Hb 228 g/L，头痛三天。\n[10:08] 程立群（西宁）：建议放血疗法，每次 300 ml，同时查 EPO。\n[10:11] 尼玛扎西：好的，家属索南才让在旁，电话 0976-8826354。\n[10:15] 程立群：复查后上传 PACS，账号 ys_rmyy_rad。\n记录：拉毛措',
    [
      ['address', '玉树藏族自治州'],
      ['organization', '人民医院'],
      ['organization', '青海大学附属医院'],
      ['date', '02-14'],
      ['other-id', 'YC-QH-260214-09'],
      ['name', '才仁卓玛'],
      ['address', '称多县清水河镇'],
      ['name', '尼玛扎西'], // no trigger
      ['address', '玉树', 1],
      ['name', '程立群'], // no trigger
      ['address', '西宁'],
      ['name', '尼玛扎西', 1], // no trigger
      ['name', '索南才让'],
      ['phone', '0976-8826354'],
      ['name', '程立群', 1], // no trigger
      ['account', 'ys_rmyy_rad'],
      ['name', '拉毛措'],
    ],
  ),
  // 7 Jilin, Yanbian Korean AP, university hospital CT report with a Hangul / Han name pair
  g(
    '延边大学附属医院 影像科 CT 检查报告\n检查号：CT2603050219　影像号：P00378412\n姓名：김순자 / 金顺子　性别：女　年龄：86岁　出生日期：1939-11-28\n身份证号：222401193911280643\n申请科室：呼吸内科 17 病区 08 床　申请医生：朴成焕\n检查所见：右肺上叶尖段见 2.3×1.9 cm 分叶状肿块，纵隔 4R 区淋巴结肿大。\n印象：右肺上叶占位，考虑周围型肺癌（cT1cN2M0），建议穿刺活检。\n报告医师：崔英爱　审核医师：李东洙　报告时间：2026-03-05 16:42\n家属（侄子）金哲 已电话 0433-2516670 告知。\n崔英爱 已与朴成焕电话沟通。',
    [
      ['organization', '延边大学附属医院'],
      ['other-id', 'CT2603050219'],
      ['mrn', 'P00378412'],
      ['name', '김순자'],
      ['name', '金顺子'], // no trigger
      ['date', '11-28'],
      ['id-card', '222401193911280643'],
      ['bed', '17'],
      ['bed', '08'],
      ['name', '朴成焕'],
      ['name', '崔英爱'],
      ['name', '李东洙'],
      ['date', '03-05'],
      ['name', '金哲'],
      ['phone', '0433-2516670'],
      ['name', '崔英爱', 1], // no trigger
      ['name', '朴成焕', 1], // no trigger
    ],
  ),
  // 8 Hunan, Xiangxi Tujia-Miao AP, Longshan county TCM hospital, voice-dictation ward round without punctuation
  g(
    '语音录入 湘西州龙山县中医院 骨伤科 查房记录 今天是三月二十号 患者彭桂兰女五十岁 身份证四三三一三零一九七五一零一四五八六六 右桡骨远端骨折术后第五天 切口干燥 主任向志刚查房后指示继续石膏托固定 患者丈夫田茂林问能不能回里耶镇养 电话幺三九七四三幺二八八零 向主任说下周二复查片子 记录人 彭晓燕 完毕',
    [
      ['address', '湘西州龙山县'],
      ['organization', '中医院'],
      ['date', '三月二十号'],
      ['name', '彭桂兰'],
      ['id-card', '四三三一三零一九七五一零一四五八六六'],
      ['name', '向志刚'],
      ['name', '田茂林'],
      ['address', '里耶镇'],
      ['phone', '幺三九七四三幺二八八零'],
      ['name', '向', 1],
      ['name', '彭晓燕'],
    ],
  ),
  // 9 Gansu, Linxia Hui AP, Linxia county hospital, adverse drug reaction report (Dongxiang patient)
  g(
    '临夏回族自治州临夏县人民医院 药品不良反应/事件报告表\n报告编号：LX-ADR-2026-0042　首次报告 ☑\n患者姓名：马福祥　男　出生日期：1989年8月30日　民族：东乡族\n身份证号码：622921198908301212　联系电话：0930-6318274 / 131 0930 5562\n原患疾病：肺结核（初治）　住院号：2026001376　床号：感染科 B17 床\n怀疑药品：利福平胶囊（批号 2509117），0.45g qd，2026-01-04 起\n不良反应：用药第12天出现巩膜黄染，ALT 412 U/L，TBil 58 μmol/L\n处理：停药，保肝；1月19日 ALT 降至 96\n报告人：何春燕（临床药师）　科室负责人：马建军\n上报：临夏州药品不良反应监测中心\n何春燕 电话随访马福祥，黄疸减轻。',
    [
      ['address', '临夏回族自治州临夏县'],
      ['organization', '人民医院'],
      ['other-id', 'LX-ADR-2026-0042'],
      ['name', '马福祥'],
      ['date', '8月30日'],
      ['id-card', '622921198908301212'],
      ['phone', '0930-6318274'],
      ['phone', '131 0930 5562'],
      ['mrn', '2026001376'],
      ['bed', 'B17'],
      ['date', '01-04'],
      ['date', '1月19日'],
      ['name', '何春燕'],
      ['name', '马建军'],
      ['address', '临夏州'],
      ['organization', '药品不良反应监测中心'],
      ['name', '何春燕', 1], // no trigger
      ['name', '马福祥', 1], // no trigger
    ],
  ),
  // 10 Ningxia, Guyuan, patient complaint letter with a signature and an e-mail address
  g(
    '投诉信\n固原市人民医院医患关系办公室：\n我叫白玉芳，住原州区南关街道文化巷6号院3号楼2单元402，身份证64040219520227244X，电话180 9547 3316。\n2026年2月26日下午，我在贵院急诊科候诊近四小时，分诊护士杨丽娜态度生硬，值班医生海涛（工号 GY03281）未查体即开药。\n我老伴马德福（74岁）陪同，可作证。请于3月10日前书面答复，邮箱 baiyufang52@163.com。\n白玉芳\n2026年2月28日',
    [
      ['address', '固原市'],
      ['organization', '人民医院'],
      ['name', '白玉芳'], // no trigger
      ['address', '原州区南关街道文化巷6号院3号楼2单元402'],
      ['id-card', '64040219520227244X'],
      ['phone', '180 9547 3316'],
      ['date', '2月26日'],
      ['name', '杨丽娜'],
      ['name', '海涛'],
      ['other-id', 'GY03281'],
      ['name', '马德福'],
      ['date', '3月10日'],
      ['email', 'baiyufang52@163.com'],
      ['name', '白玉芳', 1], // no trigger
      ['date', '2月28日'],
    ],
  ),
  // 11 Xinjiang, Ili Kazakh AP, Yining stomatological hospital, dental chart with FDI tooth numbers
  g(
    '伊犁哈萨克自治州伊宁市口腔医院 口腔科病历（牙位图）\n门诊号：KQ260412-066　就诊：2026-04-12\n姓名：古丽娜尔·托合提　女　47岁　身份证 654002197804113924\n电话：138-9990-2174　住址：伊宁市斯大林街三巷41号\n主诉：左下后牙咬物痛2周\n检查：36 MOD 深龋，叩(+)，冷测(++)；47 缺失；18 部分萌出\nFDI 牙位：36 根管治疗（RCT）第一次，EMS 拔髓，Ca(OH)2 封药\n医师：阿依古丽·买买提　护士：努尔兰\n下次：4月19日 09:30，短信提醒已发',
    [
      ['address', '伊犁哈萨克自治州伊宁市'],
      ['organization', '口腔医院'],
      ['mrn', 'KQ260412-066'],
      ['date', '04-12'],
      ['name', '古丽娜尔·托合提'],
      ['id-card', '654002197804113924'],
      ['phone', '138-9990-2174'],
      ['address', '伊宁市斯大林街三巷41号'],
      ['name', '阿依古丽·买买提'],
      ['name', '努尔兰'],
      ['date', '4月19日'],
    ],
  ),
  // 12 Zhejiang, Jingning She AC, county hospital optometry prescription (refraction values that look like dates)
  g(
    '景宁畲族自治县人民医院眼科 验光配镜处方\n日期：2026年1月9日　编号：YG-0109-27\n姓名：雷晓彤　性别：男　年龄：31　身份证：331127199406125297\n裸眼视力 OD 0.3 OS 0.25；电脑验光 OD -2.25/-0.75×180，OS -2.75/-0.50×175\n主觉验光：OD -2.00DS/-0.50DC×180 → 1.0；OS -2.50DS/-0.50DC×170 → 1.0\n瞳距 63 mm　镜架：依视路 星趣控\n验光师：蓝丽芬（验光员证 3311270288）　医师：钟建民\n取镜：鹤溪街道人民中路56号 明亮眼镜店　0578-5081236\n钟建民 复核后签字，蓝丽芬 已调整处方。',
    [
      ['address', '景宁畲族自治县'],
      ['organization', '人民医院'],
      ['date', '1月9日'],
      ['other-id', 'YG-0109-27'],
      ['name', '雷晓彤'],
      ['id-card', '331127199406125297'],
      ['name', '蓝丽芬'],
      ['license', '3311270288'],
      ['name', '钟建民'],
      ['address', '鹤溪街道人民中路56号'],
      ['organization', '明亮眼镜店'],
      ['phone', '0578-5081236'],
      ['name', '钟建民', 1], // no trigger
      ['name', '蓝丽芬', 1], // no trigger
    ],
  ),
  // 13 Jiangxi, Shangrao, Wuyuan county TCM hospital, physiotherapy treatment record
  g(
    '婺源县中医院康复科 物理治疗记录\n治疗单号：KF-2026-0311-04\n患者：汪德胜　男　66岁　住院号 WY2026-01893　床号 康复病区 305-2\n身份证号：361130196001184133\n诊断：脑梗死恢复期（左侧偏瘫），Brunnstrom 分期 上肢Ⅲ 手Ⅱ 下肢Ⅳ\n今日：Bobath 技术、减重步行训练 20 min，Berg 平衡量表 38/56\n治疗师：俞晓雯　督导：詹国华\n家属汪小红（女儿）诉夜间肩痛，已约 3月16日 超声引导下肩峰下注射。\n回访：江湾镇篁村14号，手机 150 7937 2418\n俞晓雯 与汪小红核对了家庭训练计划。',
    [
      ['address', '婺源县'],
      ['organization', '中医院'],
      ['other-id', 'KF-2026-0311-04'],
      ['name', '汪德胜'],
      ['mrn', 'WY2026-01893'],
      ['bed', '305-2'],
      ['id-card', '361130196001184133'],
      ['name', '俞晓雯'],
      ['name', '詹国华'],
      ['name', '汪小红'],
      ['date', '3月16日'],
      ['address', '江湾镇篁村14号'],
      ['phone', '150 7937 2418'],
      ['name', '俞晓雯', 1], // no trigger
      ['name', '汪小红', 1], // no trigger
    ],
  ),
  // 14 Shanxi, Lüliang, community health centre chronic-disease follow-up, tab-separated spreadsheet export
  g(
    '吕梁市离石区凤山街道社区卫生服务中心　慢病随访导出.xlsx（Sheet1）\n姓名\t性别\t身份证号\t手机\t随访日期\t收缩压\t责任医生\n刘翠英\t女\t141102198509236582\t135 1358 6240\t2026/03/02\t128\t任志强\n高福全\t男\t141102 19580614 025X\t0358-8226147\t2026/03/02\t156\t任志强\n薛小平\t男\t待补录\t187-3580-9916\t2026/03/04\t142\t郝美玲\n导出人：admin_fs02　导出时间：2026-03-05 17:22',
    [
      ['address', '吕梁市离石区'],
      ['organization', '凤山街道社区卫生服务中心'],
      ['name', '刘翠英'], // no trigger
      ['id-card', '141102198509236582'],
      ['phone', '135 1358 6240'],
      ['date', '03/02'],
      ['name', '任志强'], // no trigger
      ['name', '高福全'], // no trigger
      ['id-card', '141102 19580614 025X'],
      ['phone', '0358-8226147'],
      ['date', '03/02', 1],
      ['name', '任志强', 1], // no trigger
      ['name', '薛小平'], // no trigger
      ['phone', '187-3580-9916'],
      ['date', '03/04'],
      ['name', '郝美玲'], // no trigger
      ['account', 'admin_fs02'],
      ['date', '03-05'],
    ],
  ),
  // 15 Fujian, Ningde, genetic-counselling pedigree with relatives' names
  g(
    '宁德市医院遗传咨询门诊 家系调查记录\n先证者：林雅琴，女，1971年3月4日生，身份证 35090219710304182X，乳腺癌（41岁确诊），BRCA1 c.5470_5477del\nⅠ-1 林德水（父）已故，胃癌；Ⅰ-2 郑玉兰（母）健在，89岁\nⅡ-2 林雅琴（先证者）；Ⅱ-3 林雅芳（妹）卵巢癌 2024年去世；Ⅱ-4 林志明（弟）未检测\nⅢ-1 陈思颖（女儿），建议 25 岁起 MRI 筛查\n咨询师：缪慧敏　医师：黄承宗\n先证者联系地址：蕉城区天湖东路8号鼎宏小区5幢1203　电话 0593-2887134\n缪慧敏 已将检测知情同意书交林雅琴签署。',
    [
      ['address', '宁德市'],
      ['organization', '医院'],
      ['name', '林雅琴'],
      ['date', '3月4日'],
      ['id-card', '35090219710304182X'],
      ['name', '林德水'],
      ['name', '郑玉兰'],
      ['name', '林雅琴', 1],
      ['name', '林雅芳'],
      ['name', '林志明'],
      ['name', '陈思颖'],
      ['name', '缪慧敏'],
      ['name', '黄承宗'],
      ['address', '蕉城区天湖东路8号鼎宏小区5幢1203'],
      ['phone', '0593-2887134'],
      ['name', '缪慧敏', 1], // no trigger
      ['name', '林雅琴', 2], // no trigger
    ],
  ),
  // 16 Hainan, Qiongzhong Li-Miao AC, appointment SMS (name followed by 您好)
  g(
    '【琼中黎族苗族自治县人民医院】王亚妹您好，您已预约2026年4月22日上午 产科门诊 吴秋菊 医生（第14号），就诊卡号 QZ00617325。请携带身份证 469030199907213761 及母子健康手册。如需改约请致电 0898-86221054 或回复 TD 退订。导航：营根镇新市场路23号。',
    [
      ['address', '琼中黎族苗族自治县'],
      ['organization', '人民医院'],
      ['name', '王亚妹'], // no trigger
      ['date', '4月22日'],
      ['name', '吴秋菊'],
      ['mrn', 'QZ00617325'],
      ['id-card', '469030199907213761'],
      ['phone', '0898-86221054'],
      ['address', '营根镇新市场路23号'],
    ],
  ),
  // 17 Hubei, Enshi Tujia-Miao AP, organ-donation (OPO) registration form
  g(
    '恩施土家族苗族自治州中心医院 人体器官捐献登记表（OPO）\n捐献编号：HB-OPO-2026-0217　登记日期：2026年2月17日\n潜在捐献者：覃光辉　男　57岁　身份证号 422822196809160930\n户籍：建始县业州镇朝阳路112号\n死亡判定：脑死亡（第二次判定 2月17日 14:20），判定医师：向红军、谭晓丽\n捐献器官：肝脏、双肾、角膜（眼库编号 EK260217-3）\n家属签字：覃玉梅（妻）、覃明杰（子）　联系电话 0718-3326571 / 133 9718 4402\n协调员：邓思远（工号 ES-OPO-011）\n中国人体器官分配与共享计算机系统（COTRS）编号：2026HB00418',
    [
      ['address', '恩施土家族苗族自治州'],
      ['organization', '中心医院'],
      ['other-id', 'HB-OPO-2026-0217'],
      ['date', '2月17日'],
      ['name', '覃光辉'],
      ['id-card', '422822196809160930'],
      ['address', '建始县业州镇朝阳路112号'],
      ['date', '2月17日', 1],
      ['name', '向红军'],
      ['name', '谭晓丽'], // no trigger
      ['other-id', 'EK260217-3'],
      ['name', '覃玉梅'],
      ['name', '覃明杰'],
      ['phone', '0718-3326571'],
      ['phone', '133 9718 4402'],
      ['name', '邓思远'],
      ['other-id', 'ES-OPO-011'],
      ['other-id', '2026HB00418'],
    ],
  ),
  // 18 Liaoning, Dandong, hospital letter reporting an unnatural death to the police (patient aged 96)
  g(
    '丹东市第一医院 医务科\n关于非正常死亡病例报告公安机关的函\n丹东市公安局元宝分局：\n我院急诊科于2026年1月30日 06:12 接收患者于德海，男，1930年2月7日生（96岁），身份证号 210602193002072496，住元宝区兴东街道山上街21号楼3-2，由邻居孙丽华发现倒于自家浴室。入院时已无生命体征，头枕部 4 cm 挫裂伤。\n因死因不明，依规报告。接诊医师：曲振宇（执业证号 110210600012735）\n联系人：医务科 鞠海燕 0415-2812667\n抄送：元宝区卫生健康局\n鞠海燕 已电话通知曲振宇补写抢救记录。',
    [
      ['address', '丹东市'],
      ['organization', '第一医院'],
      ['address', '丹东市', 1],
      ['organization', '公安局元宝分局'],
      ['date', '1月30日'],
      ['name', '于德海'],
      ['date', '1930年2月7日'],
      ['age', '96'],
      ['id-card', '210602193002072496'],
      ['address', '元宝区兴东街道山上街21号楼3-2'],
      ['name', '孙丽华'],
      ['name', '曲振宇'],
      ['license', '110210600012735'],
      ['name', '鞠海燕'],
      ['phone', '0415-2812667'],
      ['address', '元宝区', 1],
      ['name', '鞠海燕', 1], // no trigger
      ['name', '曲振宇', 1], // no trigger
    ],
  ),
  // 19 Heilongjiang, Jiamusi, clinical-trial case report form (initials, subject and randomisation numbers)
  g(
    '佳木斯大学附属第一医院 临床试验病例报告表（CRF）第3访视\n方案号：JMS-HTN-2025-07　中心号：12　受试者编号：12-0087　姓名缩写：W-G-Y\n访视日期：2026-03-26（窗口期 ±3 天）　随机号：R0461\n人口学：男，1957年5月29日生，68岁；身份证核对 230803195705297157 ✔\n血压：坐位 148/92 mmHg，心率 76\n不良事件：踝部水肿 1 级，2026-03-20 开始\n研究者签名：隋立新　日期：2026-03-26\nCRC：冯晓宇　联系 0454-8625330 转 6612\n受试者紧急联系人：王桂英（配偶）158 4540 7719\n隋立新 已审核，冯晓宇 录入 EDC。',
    [
      ['organization', '佳木斯大学附属第一医院'],
      ['other-id', '12-0087'],
      ['name', 'W-G-Y'],
      ['date', '03-26'],
      ['other-id', 'R0461'],
      ['date', '5月29日'],
      ['id-card', '230803195705297157'],
      ['date', '03-20'],
      ['name', '隋立新'],
      ['date', '03-26', 1],
      ['name', '冯晓宇'],
      ['phone', '0454-8625330'],
      ['name', '王桂英'],
      ['phone', '158 4540 7719'],
      ['name', '隋立新', 1], // no trigger
      ['name', '冯晓宇', 1], // no trigger
    ],
  ),
  // 20 Henan, Xinyang, discharge summary addressed to the contracted family doctor
  g(
    '信阳市中心医院 出院小结（致家庭医生）\n尊敬的浉河区五星街道社区卫生服务中心 周海燕医生：\n您签约的居民李秀芝（女，1949年8月21日生，身份证 411502194908213301，住院号 XY20260214077）因“慢性心力衰竭急性加重”于2026年2月14日入住我院心内科12病区23床，2月25日出院。\n出院诊断：HFrEF（LVEF 32%），NYHA Ⅲ级；心房颤动；CKD 3a 期\n出院带药：沙库巴曲缬沙坦 50mg bid，达格列净 10mg qd，利伐沙班 15mg qd\n请于3月4日上门随访。居民住址：浉河区湖东路御景花园7栋502，女儿胡静 139 3761 8054。\n主治医师：易红霞　科室电话 0376-6892213\n易红霞 已电话告知周海燕随访要点。',
    [
      ['address', '信阳市'],
      ['organization', '中心医院'],
      ['address', '浉河区'],
      ['organization', '五星街道社区卫生服务中心'],
      ['name', '周海燕'],
      ['name', '李秀芝'],
      ['date', '8月21日'],
      ['id-card', '411502194908213301'],
      ['mrn', 'XY20260214077'],
      ['date', '2月14日'],
      ['bed', '12'],
      ['bed', '23'],
      ['date', '2月25日'],
      ['date', '3月4日'],
      ['address', '浉河区湖东路御景花园7栋502'],
      ['name', '胡静'],
      ['phone', '139 3761 8054'],
      ['name', '易红霞'],
      ['phone', '0376-6892213'],
      ['name', '易红霞', 1], // no trigger
      ['name', '周海燕', 1], // no trigger
    ],
  ),
  // 21 Anhui, Lu'an, referral letter with letterhead, postcode and a cc list
  g(
    '六安市人民医院\n地址：金安区人民路21号　邮编 237005　电话 0564-3338120\n转诊函\n致：安徽医科大学第一附属医院 肝胆外科 徐立平 教授\n患者张晓燕，女，44岁（1981年3月13日生），身份证 34150219810313506X，就诊卡 LA0046721\n因肝门部胆管癌（Bismuth-Corlette Ⅲa 型）拟行根治术，特转贵院。\n转诊医生：储成龙（医师资格证 201034110341502）\n抄送：金安区三十铺镇卫生院 汪梅；患者丈夫 陶建国（181 5643 0627）\n2026年3月9日',
    [
      ['address', '六安市'],
      ['organization', '人民医院'],
      ['address', '金安区人民路21号'],
      ['address', '237005'],
      ['phone', '0564-3338120'],
      ['organization', '安徽医科大学第一附属医院'],
      ['name', '徐立平'],
      ['name', '张晓燕'],
      ['date', '3月13日'],
      ['id-card', '34150219810313506X'],
      ['mrn', 'LA0046721'],
      ['name', '储成龙'],
      ['license', '201034110341502'],
      ['address', '金安区', 1],
      ['organization', '三十铺镇卫生院'],
      ['name', '汪梅'], // no trigger
      ['name', '陶建国'],
      ['phone', '181 5643 0627'],
      ['date', '3月9日'],
    ],
  ),
  // 22 Jiangsu, Yancheng, wristband and label print log (the same name four times)
  g(
    '盐城市第三人民医院 腕带/标签打印日志\n[腕带] 陈志强 男 63岁 ID:YC3-0098213 床:C2-15 DOB:1962-12-03 过敏:青霉素\n[腕带] 陈志强 男 63岁 ID:YC3-0098213 床:C2-15（补打，原腕带污损）\n[标本标签] 陈志强 血培养 需氧瓶 条码 5206318842 采集 04-02 22:41 采集人 N0417 卞晓琳\n[输液标签] C2-15 陈志强 NS 100ml+头孢曲松 2g ivgtt qd 配液 顾红 核对 卞晓琳\n打印终端 192.168.31.57 操作员 bianxl',
    [
      ['address', '盐城市'],
      ['organization', '第三人民医院'],
      ['name', '陈志强'], // no trigger
      ['mrn', 'YC3-0098213'],
      ['bed', 'C2-15'],
      ['date', '12-03'],
      ['name', '陈志强', 1], // no trigger
      ['mrn', 'YC3-0098213', 1],
      ['bed', 'C2-15', 1],
      ['name', '陈志强', 2], // no trigger
      ['other-id', '5206318842'],
      ['date', '04-02'],
      ['other-id', 'N0417'],
      ['name', '卞晓琳'],
      ['bed', 'C2-15', 2],
      ['name', '陈志强', 3], // no trigger
      ['name', '顾红'],
      ['name', '卞晓琳', 1],
      ['ip', '192.168.31.57'],
      ['account', 'bianxl'],
    ],
  ),
  // 23 Shandong, Linyi, JSON export from a county-district hospital HIS
  g(
    '{"hospital":"临沂市兰山区人民医院","patient":{"name":"孙立华","gender":"M","idCard":"371302197311088771","birth":"1973-11-08","phone":"+86 139-5399-4826","address":"兰山区金雀山街道沂蒙路166号","insurance":{"type":"职工医保","no":"37130200884217"}},"encounter":{"visitNo":"MZ2026041500312","dept":"内分泌科","doctor":{"name":"颜慧","staffNo":"LS1186"},"date":"2026-04-15"},"labs":[{"code":"4548-4","name":"HbA1c","value":8.9,"unit":"%"}]}',
    [
      ['address', '临沂市兰山区'],
      ['organization', '人民医院'],
      ['name', '孙立华'],
      ['id-card', '371302197311088771'],
      ['date', '11-08'],
      ['phone', '+86 139-5399-4826'],
      ['address', '兰山区金雀山街道沂蒙路166号'],
      ['social-security', '37130200884217'],
      ['other-id', 'MZ2026041500312'],
      ['name', '颜慧'],
      ['other-id', 'LS1186'],
      ['date', '04-15'],
    ],
  ),
  // 24 Guangdong, Meizhou, scanned admission slip OCR with spaced characters and misaligned columns
  g(
    '梅 州 市 人 民 医 院　　　　住 院 证\n姓  名  钟 秀 兰        性别 女     年龄 37\n身份证号 4414 0219 8804 1526 29\n入院日期 2026 年 4 月 3 日    科别  妇产科     床号   2- 06\n联系人   张 伟 东（夫）   电话  1 3 9 2 6 7 3 5 4 1 8\n现住址 梅江区 西郊街道 嘉应西路 88 号\n经治医师  黄 思 敏          签 发：李 振 华',
    [
      ['address', '梅 州 市'],
      ['organization', '人 民 医 院'],
      ['name', '钟 秀 兰'],
      ['id-card', '4414 0219 8804 1526 29'],
      ['date', '4 月 3 日'],
      ['bed', '2- 06'],
      ['name', '张 伟 东'],
      ['phone', '1 3 9 2 6 7 3 5 4 1 8'],
      ['address', '梅江区 西郊街道 嘉应西路 88 号'],
      ['name', '黄 思 敏'],
      ['name', '李 振 华'],
    ],
  ),
  // 25 Chongqing, Youyang Tujia-Miao AC, compulsory-treatment (forensic psychiatry) periodic assessment
  g(
    '重庆市酉阳土家族苗族自治县精神卫生中心\n强制医疗诊断评估意见书（定期评估）\n评估对象：冉光明，男，1992年6月30日生，身份证号 500242 19920630 0599\n依据：酉阳土家族苗族自治县人民法院（2024）渝0242刑医1号决定书\n诊断：精神分裂症（F20.0），PANSS 总分 58，HCR-20 中风险\n评估日期：2026年3月20日　评估专家：白杰、石晓芸、冉启富\n监护人：冉茂华（父），住钟多街道桃花源大道西路29号，电话 023-75552841\n意见：建议继续强制医疗，六个月后再评估。\n白杰 于评估当日与冉茂华面谈。',
    [
      ['address', '酉阳土家族苗族自治县'],
      ['organization', '精神卫生中心'],
      ['name', '冉光明'],
      ['date', '6月30日'],
      ['id-card', '500242 19920630 0599'],
      ['address', '酉阳土家族苗族自治县', 1],
      ['organization', '人民法院'],
      ['other-id', '（2024）渝0242刑医1号'],
      ['date', '3月20日'],
      ['name', '白杰'],
      ['name', '石晓芸'], // no trigger
      ['name', '冉启富'], // no trigger
      ['name', '冉茂华'],
      ['address', '钟多街道桃花源大道西路29号'],
      ['phone', '023-75552841'],
      ['name', '白杰', 1], // no trigger
      ['name', '冉茂华', 1], // no trigger
    ],
  ),
  // 26 Shaanxi, Yan'an, middle-school nurse's log (syncope in PE class)
  g(
    '延安市宝塔区凤凰山中学 校医室日志\n2026年4月8日 第三节课后\n初二（2）班 刘欣怡（女，2011年9月9日生，身份证 610602201109091744）体育课跳绳时晕倒约 30 秒，自行苏醒。\n测：BP 96/60，HR 112，指尖血糖 3.1 mmol/L，口服葡萄糖水后 5.6。\n通知班主任 高艳 及家长 刘军（父）136 0911 5287，建议去延安大学附属医院 儿科查心电图。\n校医：惠小梅\n惠小梅 下午电话回访刘军，孩子已到医院。',
    [
      ['address', '延安市宝塔区'],
      ['organization', '凤凰山中学'],
      ['date', '4月8日'],
      ['name', '刘欣怡'], // no trigger
      ['date', '9月9日'],
      ['id-card', '610602201109091744'],
      ['name', '高艳'],
      ['name', '刘军'],
      ['phone', '136 0911 5287'],
      ['organization', '延安大学附属医院'],
      ['name', '惠小梅'],
      ['name', '惠小梅', 1], // no trigger
      ['name', '刘军', 1], // no trigger
    ],
  ),
  // 27 Beijing, Yanqing, medical-care-and-elderly-care centre resident record (resident aged 97)
  g(
    '北京市延庆区永宁镇医养结合中心 入住老人健康档案\n床位：2-118　档案号：YN-YY-0371\n老人：胡淑贞，女，1928年11月4日生，97岁，身份证 110229192811040363\n既往：阿尔茨海默病（MMSE 14/30），骨质疏松，压疮 2 期（骶尾）\n医保：京医通卡 1102290041773\n紧急联系人：孙建新（孙子）010-69182604，住延庆区百泉街道妫水北街12号院3-1-601\n责任护理员：郭淑芬　签约医生：董海\n更新：2026-01-21\n郭淑芬 每日两次为胡淑贞翻身。',
    [
      ['address', '延庆区永宁镇'],
      ['organization', '医养结合中心'],
      ['bed', '2-118'],
      ['other-id', 'YN-YY-0371'],
      ['name', '胡淑贞'],
      ['date', '1928年11月4日'],
      ['age', '97'],
      ['id-card', '110229192811040363'],
      ['social-security', '1102290041773'],
      ['name', '孙建新'],
      ['phone', '010-69182604'],
      ['address', '延庆区百泉街道妫水北街12号院3-1-601'],
      ['name', '郭淑芬'],
      ['name', '董海'],
      ['date', '01-21'],
      ['name', '郭淑芬', 1], // no trigger
      ['name', '胡淑贞', 1], // no trigger
    ],
  ),
  // 28 Shanghai, Chongming, community health centre nursing adverse-event (fall) report
  g(
    '上海市崇明区堡镇社区卫生服务中心 护理不良事件报告\n事件编号：CM-BZ-AE-2026-009　发生时间：2026-02-03 03:15\n事件类型：跌倒（伴轻度伤害）\n当事患者：施美英　女　81岁　住院号 BZ0026418　床号 2-07\n经过：患者夜间自行如厕，床栏未拉起，于卫生间门口跌倒，右额头 2 cm 血肿。\n发现人：护士 龚佳怡；值班医生 黄卫东 查看，CT 未见出血。\n家属：施卫国（儿子）138 1772 6039 已告知，住堡镇星村公路8弄21号。\nMorse 跌倒评分 55 分。报告人：龚佳怡　护士长：沈丽\n黄卫东 已向沈丽口头汇报。',
    [
      ['address', '崇明区'],
      ['organization', '堡镇社区卫生服务中心'],
      ['other-id', 'CM-BZ-AE-2026-009'],
      ['date', '02-03'],
      ['name', '施美英'],
      ['mrn', 'BZ0026418'],
      ['bed', '2-07'],
      ['name', '龚佳怡'],
      ['name', '黄卫东'],
      ['name', '施卫国'],
      ['phone', '138 1772 6039'],
      ['address', '堡镇星村公路8弄21号'],
      ['name', '龚佳怡', 1],
      ['name', '沈丽'],
      ['name', '黄卫东', 1], // no trigger
      ['name', '沈丽', 1], // no trigger
    ],
  ),
  // 29 Tibet, Shigatse, XML referral message between HIS systems
  g(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Referral system="日喀则市人民医院HIS">\n  <Patient>\n    <Name>次仁旺堆</Name>\n    <IDNo>540202197001254514</IDNo>\n    <Birth>1970-01-25</Birth>\n    <Tel>0892-8836617</Tel>\n    <Addr>桑珠孜区城南街道德吉路5号</Addr>\n  </Patient>\n  <From dept="高原病科" doctor="达瓦次仁" staff="RKZ-0921"/>\n  <To org="西藏自治区人民医院" doctor="边巴卓嘎"/>\n  <Diagnosis code="T70.2">慢性高原病</Diagnosis>\n  <Date>2026-02-28</Date>\n</Referral>',
    [
      ['address', '日喀则市'],
      ['organization', '人民医院'],
      ['name', '次仁旺堆'],
      ['id-card', '540202197001254514'],
      ['date', '01-25'],
      ['phone', '0892-8836617'],
      ['address', '桑珠孜区城南街道德吉路5号'],
      ['name', '达瓦次仁'],
      ['other-id', 'RKZ-0921'],
      ['organization', '人民医院', 1],
      ['name', '边巴卓嘎'],
      ['date', '02-28'],
    ],
  ),
  // 30 Tianjin, Jizhou, township health centre family-doctor team QQ group chat
  g(
    '【蓟州区下营镇卫生院 家医团队QQ群】\n于春燕 08:12\n@王丽 今天上午去郭家沟村随访刘淑珍，她血压 178/100，要不要调药？\n王丽 08:20\n先加氨氯地平 5mg，让她儿子张宝林下午来卫生院拿药，电话 150 2205 7781\n马振东 08:31\n收到。刘淑珍身份证 120225196310196022 的慢病卡我已续上，卡号 JZ-MB-006127\n于春燕 08:33\n好的，我12:00前把随访表传到公卫系统（账号 xyzwsy_yu）',
    [
      ['address', '蓟州区'],
      ['organization', '下营镇卫生院'],
      ['name', '于春燕'], // no trigger
      ['name', '王丽'], // no trigger
      ['address', '郭家沟村'],
      ['name', '刘淑珍'], // no trigger
      ['name', '王丽', 1], // no trigger
      ['name', '张宝林'],
      ['phone', '150 2205 7781'],
      ['name', '马振东'], // no trigger
      ['name', '刘淑珍', 1], // no trigger
      ['id-card', '120225196310196022'],
      ['other-id', 'JZ-MB-006127'],
      ['name', '于春燕', 1], // no trigger
      ['account', 'xyzwsy_yu'],
    ],
  ),
  // ---- Chinese, traditional: Taiwan (long-term care, outlying islands, townships), Hong Kong (elderly homes, NT), Macau ----
  // 31 Taiwan, Taitung, long-term care management centre home-service record (Amis patient with his own-language name)
  g(
    '臺東縣長期照顧管理中心 居家服務紀錄（長照2.0）\n個案：林正雄（族名 Kacaw），男，民國45年6月2日生，身分證 V120345876\n住址：臺東市馬蘭里新生路127巷8號\n服務日期：115年3月11日　服務項目：BA07 協助沐浴、BA15 家務協助\n居服員：潘玉蓮（證號 TT-HS-0392）　照專：宋建宏\n主要照顧者：林美惠（女兒）0912-508-374\n備註：Barthel 45 分，右足糖尿病傷口換藥中，已轉介關山慈濟醫院 居家護理所。\n宋建宏 已電話聯繫潘玉蓮調整班表。',
    [
      ['address', '臺東縣'],
      ['organization', '長期照顧管理中心'],
      ['name', '林正雄'],
      ['name', 'Kacaw'],
      ['date', '6月2日'],
      ['id-card', 'V120345876'],
      ['address', '臺東市馬蘭里新生路127巷8號'],
      ['date', '3月11日'],
      ['name', '潘玉蓮'],
      ['license', 'TT-HS-0392'],
      ['name', '宋建宏'],
      ['name', '林美惠'],
      ['phone', '0912-508-374'],
      ['organization', '關山慈濟醫院'],
      ['name', '宋建宏', 1], // no trigger
      ['name', '潘玉蓮', 1], // no trigger
    ],
  ),
  // 32 Taiwan, Penghu, ministry hospital radiology report with the referring clinician and an ROC slash date
  g(
    '衛生福利部澎湖醫院 放射科 檢查報告\n病歷號：PH0082713　檢查號：RX-1150218-044\n姓名：許淑華　性別：女　出生：民國78年4月9日　身分證：X218765306\n轉介醫師：歐陽志豪（家醫科）　報告醫師：顏嘉宏\n檢查：胸部 X 光（PA view）115/02/18\n所見：右下肺野浸潤，肋膈角變鈍。\n印象：右下肺炎合併少量肋膜積液，建議追蹤。\n住址：馬公市西文里新店路168號　電話 (06) 927-3815\n顏嘉宏 已電話通知歐陽志豪。',
    [
      ['organization', '衛生福利部澎湖醫院'],
      ['mrn', 'PH0082713'],
      ['other-id', 'RX-1150218-044'],
      ['name', '許淑華'],
      ['date', '4月9日'],
      ['id-card', 'X218765306'],
      ['name', '歐陽志豪'],
      ['name', '顏嘉宏'],
      ['date', '02/18'],
      ['address', '馬公市西文里新店路168號'],
      ['phone', '(06) 927-3815'],
      ['name', '顏嘉宏', 1], // no trigger
      ['name', '歐陽志豪', 1], // no trigger
    ],
  ),
  // 33 Taiwan, Kinmen, county hospital refill prescription and community pharmacy dispensing
  g(
    '金門縣立醫院 慢性病連續處方箋（第2次調劑）\n姓名：李文雄　身分證 W102938473　健保卡號 0000 4812 7735\n調劑日期：115年1月26日　處方醫師：翁世傑（醫字第 047712 號）\n藥品：Metformin 500mg 1# bid ×28 日；Amlodipine 5mg 1# qd ×28 日\n調劑藥師：許雅婷（藥師證 藥字第 031845 號）\n藥局：金城鎮民生路33號 金湖藥局　(082) 325-617\n下次可調劑：2月23日至3月2日\n許雅婷 已向李文雄說明用藥。',
    [
      ['organization', '金門縣立醫院'],
      ['name', '李文雄'],
      ['id-card', 'W102938473'],
      ['social-security', '0000 4812 7735'],
      ['date', '1月26日'],
      ['name', '翁世傑'],
      ['license', '醫字第 047712 號'],
      ['name', '許雅婷'],
      ['license', '藥字第 031845 號'],
      ['address', '金城鎮民生路33號'],
      ['organization', '金湖藥局'],
      ['phone', '(082) 325-617'],
      ['date', '2月23日'],
      ['date', '3月2日'],
      ['name', '許雅婷', 1], // no trigger
      ['name', '李文雄', 1], // no trigger
    ],
  ),
  // 34 Taiwan, Nantou, Ren'ai township health station, mandatory child-protection report (Atayal child)
  g(
    '南投縣仁愛鄉衛生所 兒少保護通報表（責任通報）\n通報時間：115年4月2日 16:40　案號：NT-CP-1150402-07\n兒少：高小芸（泰雅族），女，8歲，清境國小二年級\n受傷情形：雙上臂對稱性瘀青，左耳後擦傷；自述「爸爸生氣時用皮帶」。\n相對人：高志明（父），同住仁愛鄉大同村山林巷15號\n通報人：醫師 瓦旦·達道　護理師 莊惠君 (049) 280-2237\n已聯繫：南投縣政府社會及勞動處 社工 曾郁婷 0935-628-104',
    [
      ['address', '南投縣仁愛鄉'],
      ['organization', '衛生所'],
      ['date', '4月2日'],
      ['other-id', 'NT-CP-1150402-07'],
      ['name', '高小芸'],
      ['organization', '清境國小'],
      ['name', '高志明'],
      ['address', '仁愛鄉大同村山林巷15號'],
      ['name', '瓦旦·達道'],
      ['name', '莊惠君'],
      ['phone', '(049) 280-2237'],
      ['address', '南投縣', 1],
      ['name', '曾郁婷'],
      ['phone', '0935-628-104'],
    ],
  ),
  // 35 Taiwan, Miaoli, referral reply letter from a regional hospital to a Toufen clinic
  g(
    '大千綜合醫院 轉診回覆單\n致：頭份市 仁愛診所 彭志遠 醫師\n貴院轉介之病患 徐國棟（男，民國60年8月17日生，身分證 K126503917，病歷號 DQ-00593821）\n已於115年2月5日接受心導管檢查，LAD 近端 90% 狹窄，置放 DES 一支。\n出院日期：2月8日。出院用藥：Aspirin 100mg qd、Ticagrelor 90mg bid、Rosuvastatin 10mg qd\n建議於3月10日回本院心臟內科 范振宇 醫師門診追蹤。\n承辦：個管師 黃鈺婷　電話 037-357-125 分機 2210\n地址：苗栗市恭敬里國華路1152號\n黃鈺婷 已寄送影像光碟予彭志遠。',
    [
      ['organization', '大千綜合醫院'],
      ['address', '頭份市'],
      ['organization', '仁愛診所'],
      ['name', '彭志遠'],
      ['name', '徐國棟'],
      ['date', '8月17日'],
      ['id-card', 'K126503917'],
      ['mrn', 'DQ-00593821'],
      ['date', '2月5日'],
      ['date', '2月8日'],
      ['date', '3月10日'],
      ['name', '范振宇'],
      ['name', '黃鈺婷'],
      ['phone', '037-357-125'],
      ['address', '苗栗市恭敬里國華路1152號'],
      ['name', '黃鈺婷', 1], // no trigger
      ['name', '彭志遠', 1], // no trigger
    ],
  ),
  // 36 Taiwan, Yunlin, emergency-department pesticide-poisoning notification
  g(
    '雲林縣斗六市 成大醫院斗六分院 急診 農藥中毒個案通報\n個案：廖國興 男 57歲 身分證 P107843266\n職業：稻農，住雲林縣莿桐鄉饒平村中正路46號\n暴露：巴拉刈（Paraquat）誤飲約 20 ml，時間 115/03/29 約 18:00\n處置：漂白土灌洗、血液灌流，腎功能 Cr 2.4\n毒藥物諮詢中心：值班藥師 張佩珊\n通報人：急診醫師 蔡文彬（員編 DL2087）\n家屬：廖淑惠（姊）05-533-1782\n張佩珊 建議蔡文彬追蹤 Cr。',
    [
      ['address', '雲林縣斗六市'],
      ['organization', '成大醫院斗六分院'],
      ['name', '廖國興'],
      ['id-card', 'P107843266'],
      ['address', '雲林縣莿桐鄉饒平村中正路46號'],
      ['date', '03/29'],
      ['name', '張佩珊'],
      ['name', '蔡文彬'],
      ['other-id', 'DL2087'],
      ['name', '廖淑惠'],
      ['phone', '05-533-1782'],
      ['name', '張佩珊', 1], // no trigger
      ['name', '蔡文彬', 1], // no trigger
    ],
  ),
  // 37 Taiwan, Changhua, application to the compulsory-admission review committee
  g(
    '彰化縣 精神疾病強制住院 審查會 申請書\n嚴重病人：黃美雲，女，民國81年5月14日生，身分證 N203987151\n保護人：黃振發（父）　住 彰化市中山里光復路56巷3號　電話 04-722-1960\n診斷：雙相情緒障礙症，目前躁期伴精神病性特徵（F31.2）\n專科醫師鑑定：(1) 鄭宇翔 醫師 115年1月14日 (2) 洪雅慧 醫師 115年1月15日\n申請醫院：衛生福利部彰化醫院 精神科 急性病房 7A-12\n社工：溫佩如\n溫佩如 已陪同黃振發辦理手續。',
    [
      ['address', '彰化縣'],
      ['name', '黃美雲'],
      ['date', '5月14日'],
      ['id-card', 'N203987151'],
      ['name', '黃振發'],
      ['address', '彰化市中山里光復路56巷3號'],
      ['phone', '04-722-1960'],
      ['name', '鄭宇翔'],
      ['date', '1月14日'],
      ['name', '洪雅慧'],
      ['date', '1月15日'],
      ['organization', '衛生福利部彰化醫院'],
      ['bed', '7A-12'],
      ['name', '溫佩如'],
      ['name', '溫佩如', 1], // no trigger
      ['name', '黃振發', 1], // no trigger
    ],
  ),
  // 38 Taiwan, New Taipei, Sanzhi day-care centre daily record (surname + 奶奶, given name + 阿嬤, a migrant carer)
  g(
    '新北市三芝區 日間照顧中心 每日照護紀錄（115年3月5日）\n長輩：曹秀琴（F227158647），81歲，CDR 1\n08:45 由兒子李建宏送達，量血壓 142/86\n10:30 團體活動：懷舊治療；曹奶奶情緒穩定\n12:10 午餐進食 2/3，吞嚥正常\n14:00 秀琴阿嬤 午睡後稍有混亂，詢問兒子何時來\n16:30 由外籍看護 Siti Rahmawati 接回，住 三芝區埔頭里中山路一段88號3樓\n照服員：吳靜宜　護理師：林宗翰　聯絡 (02) 8635-2716',
    [
      ['address', '三芝區'],
      ['organization', '日間照顧中心'],
      ['date', '3月5日'],
      ['name', '曹秀琴'],
      ['id-card', 'F227158647'],
      ['name', '李建宏'],
      ['name', '曹', 1],
      ['name', '秀琴', 1],
      ['name', 'Siti Rahmawati'],
      ['address', '三芝區埔頭里中山路一段88號3樓'],
      ['name', '吳靜宜'],
      ['name', '林宗翰'],
      ['phone', '(02) 8635-2716'],
    ],
  ),
  // 39 Taiwan, Taoyuan, occupational-injury certificate for a Vietnamese migrant worker (new-format resident certificate)
  g(
    '桃園市 敏盛綜合醫院 職業傷害診斷書\n病人：NGUYEN VAN HUNG 阮文雄，男，1994年7月2日生，居留證 H815037262，護照 C8837215\n雇主：宏達精密工業股份有限公司（觀音區工業五路12號）\n受傷日期：2026年4月1日 於沖床作業時左手食指、中指壓砸傷\n診斷：左手第2、3指遠端指節開放性骨折\n醫師：簡志豪（專科證書 外專醫字第 007314 號）\n廠方聯絡人：陳冠宇 身分證 H119076323 0939-817-205\n翻譯：范氏梅 LINE: mai_tyvn',
    [
      ['organization', '敏盛綜合醫院'],
      ['name', 'NGUYEN VAN HUNG'],
      ['name', '阮文雄'], // no trigger
      ['date', '7月2日'],
      ['id-card', 'H815037262'],
      ['passport', 'C8837215'],
      ['organization', '宏達精密工業股份有限公司'],
      ['address', '觀音區工業五路12號'],
      ['date', '4月1日'],
      ['name', '簡志豪'],
      ['license', '外專醫字第 007314 號'],
      ['name', '陳冠宇'],
      ['id-card', 'H119076323'],
      ['phone', '0939-817-205'],
      ['name', '范氏梅'],
      ['account', 'mai_tyvn'],
    ],
  ),
  // 40 Taiwan, Lienchiang (Matsu), county hospital request for emergency air evacuation
  g(
    '連江縣立醫院 後送申請單（離島緊急醫療）\n病人：王家豪，男，民國88年10月3日生，身分證 Z105632488\n住址：南竿鄉介壽村138號\n診斷：急性闌尾炎併穿孔疑慮，CT 已完成\n申請時間：115年2月11日 21:35　後送目的地：臺北榮民總醫院\n申請醫師：邱俊傑　隨行護理師：陳怡君 0928-331-506\n家屬：王美玲（母）0836-22095\n核定：衛生福利部空中緊急救護諮詢中心 值班 劉冠廷\n邱俊傑 已交班予陳怡君。',
    [
      ['organization', '連江縣立醫院'],
      ['name', '王家豪'],
      ['date', '10月3日'],
      ['id-card', 'Z105632488'],
      ['address', '南竿鄉介壽村138號'],
      ['date', '2月11日'],
      ['organization', '臺北榮民總醫院'],
      ['name', '邱俊傑'],
      ['name', '陳怡君'],
      ['phone', '0928-331-506'],
      ['name', '王美玲'],
      ['phone', '0836-22095'],
      ['name', '劉冠廷'],
      ['name', '邱俊傑', 1], // no trigger
      ['name', '陳怡君', 1], // no trigger
    ],
  ),
  // 41 Hong Kong, Tuen Mun, private care home medication administration record (resident aged 94)
  g(
    '頤康護老院（屯門）\n藥物派發紀錄 MAR　2026年3月\n院友：梁金妹　床位：B12　HKID：K381264(2)　出生日期：1931年5月8日（94歲）\n醫院管理局 屯門醫院 老人科 覆診：4月7日\n藥物：Donepezil 5mg nocte；Amlodipine 5mg mane；Lactulose 10ml bd\n3月14日 08:00 未服 Amlodipine（拒服），由保健員 何美儀 記錄\n3月14日 10:15 已致電女兒 陳麗珍 9163 2748\n院舍地址：屯門新墟青賢街23號地下　主管：姚碧雲　電話 2455 8103\n何美儀 已通知姚碧雲。',
    [
      ['organization', '頤康護老院'],
      ['address', '屯門'],
      ['name', '梁金妹'],
      ['bed', 'B12'],
      ['id-card', 'K381264(2)'],
      ['date', '1931年5月8日'],
      ['age', '94'],
      ['organization', '屯門醫院'],
      ['date', '4月7日'],
      ['date', '3月14日'],
      ['name', '何美儀'],
      ['date', '3月14日', 1],
      ['name', '陳麗珍'],
      ['phone', '9163 2748'],
      ['address', '屯門新墟青賢街23號地下'],
      ['name', '姚碧雲'],
      ['phone', '2455 8103'],
      ['name', '何美儀', 1], // no trigger
      ['name', '姚碧雲', 1], // no trigger
    ],
  ),
  // 42 Hong Kong, Yuen Long, bilingual laboratory request form
  g(
    '博愛醫院（元朗）病理部 化驗申請表 Laboratory Request Form\nName: WONG, Siu Ying 黃小瑩　HKID: P507193(7)　Sex/Age: F/58\nHN: HN26014473(9)　Ward/Bed: M5-22\nRequesting Dr: Dr LAU Ka Chun 劉家俊 (MCHK M14702)\nTests: HbA1c, RFT, LFT, Lipid　Specimen: 2 tubes　Collected: 12/03/2026 07:10 by EN 鄧嘉欣\nLab No: PO26-0312-01877\n病人地址：元朗朗晴邨頌晴樓1508室　電話 6478 2390',
    [
      ['organization', '博愛醫院'],
      ['address', '元朗'],
      ['name', 'WONG, Siu Ying'],
      ['name', '黃小瑩'], // no trigger
      ['id-card', 'P507193(7)'],
      ['mrn', 'HN26014473(9)'],
      ['bed', 'M5-22'],
      ['name', 'LAU Ka Chun'],
      ['name', '劉家俊'], // no trigger
      ['license', 'M14702'],
      ['date', '12/03'],
      ['name', '鄧嘉欣'],
      ['other-id', 'PO26-0312-01877'],
      ['address', '元朗朗晴邨頌晴樓1508室'],
      ['phone', '6478 2390'],
    ],
  ),
  // 43 Hong Kong, Tai Po, two appointment SMS (hospital and elderly centre; 鄭太, 志偉伯伯)
  g(
    '【醫管局】雅麗氏何妙齡那打素醫院 眼科 預約提示：鄭志偉先生，閣下已預約2026年5月6日上午9:45覆診（檔案編號 AHN-EYE-0046119），請攜帶香港身份證 Y742318(5)。查詢：2689 3706。\n【大埔賽馬會長者中心】鄭太：志偉伯伯下週一（5月4日）嘅陪診已安排義工 馮嘉欣，聯絡 5137 6204。WhatsApp 請加 +852 9480 2251。',
    [
      ['organization', '雅麗氏何妙齡那打素醫院'],
      ['name', '鄭志偉'],
      ['date', '5月6日'],
      ['mrn', 'AHN-EYE-0046119'],
      ['id-card', 'Y742318(5)'],
      ['phone', '2689 3706'],
      ['organization', '大埔賽馬會長者中心'],
      ['name', '鄭', 1],
      ['name', '志偉', 1],
      ['date', '5月4日'],
      ['name', '馮嘉欣'],
      ['phone', '5137 6204'],
      ['phone', '+852 9480 2251'],
    ],
  ),
  // 44 Hong Kong, Cheung Chau, incident report of a medication given to the wrong bed (look-alike names)
  g(
    '長洲醫院 Advance Incident Reporting System (AIRS) 事故報告\n事故編號：AIRS-CCH-2026-0188　日期：2026年1月19日 21:30\n地點：內科病房 Bed 08 / Bed 09\n經過：登記護士 羅詠詩 將 Bed 09 病人 吳福來（HN25009931(2)）的 Warfarin 3mg 誤派予 Bed 08 病人 胡福來（HN25010274(6)）。胡福來 未服用，即時被 APN 溫家豪 發現。\n處理：通知當值醫生 Dr. 區俊朗，INR 監察；已向家屬 胡美華（女兒，9231 6508）解釋。\n報告人：病房經理 袁淑貞\n袁淑貞 已與羅詠詩面談。',
    [
      ['organization', '長洲醫院'],
      ['other-id', 'AIRS-CCH-2026-0188'],
      ['date', '1月19日'],
      ['bed', '08'],
      ['bed', '09'],
      ['name', '羅詠詩'],
      ['bed', '09', 1],
      ['name', '吳福來'],
      ['mrn', 'HN25009931(2)'],
      ['bed', '08', 1],
      ['name', '胡福來'],
      ['mrn', 'HN25010274(6)'],
      ['name', '胡福來', 1], // no trigger
      ['name', '溫家豪'],
      ['name', '區俊朗'],
      ['name', '胡美華'],
      ['phone', '9231 6508'],
      ['name', '袁淑貞'],
      ['name', '袁淑貞', 1], // no trigger
      ['name', '羅詠詩', 1], // no trigger
    ],
  ),
  // 45 Hong Kong, Kwai Chung, Mental Health Review Tribunal application (麥太 = surname alone)
  g(
    '精神健康覆核審裁處 Mental Health Review Tribunal\n覆核申請編號：MHRT/2026/0073\n病人：麥子軒（C619027(6)），男，31歲，現羈留於葵涌醫院 男性急症病房 MA3 床位 17\n申請人：麥太 何秀蘭（母親），地址：葵涌翠雲邨翠柏樓2012室，電話 9702 5813\n聆訊日期：2026年4月23日 下午2時30分，聆訊地點：葵涌醫院 會議室 K2\n主診精神科醫生：Dr. 蘇啟明（MCHK M19385）\n病人代表律師：杜婉婷律師（法律援助署轉介，檔案 LA/MH/26/0417）\n杜婉婷 已收到麥子軒的授權書。',
    [
      ['other-id', 'MHRT/2026/0073'],
      ['name', '麥子軒'],
      ['id-card', 'C619027(6)'],
      ['organization', '葵涌醫院'],
      ['bed', 'MA3'],
      ['bed', '17'],
      ['name', '麥', 1],
      ['name', '何秀蘭'],
      ['address', '葵涌翠雲邨翠柏樓2012室'],
      ['phone', '9702 5813'],
      ['date', '4月23日'],
      ['organization', '葵涌醫院', 1],
      ['name', '蘇啟明'],
      ['license', 'M19385'],
      ['name', '杜婉婷'],
      ['other-id', 'LA/MH/26/0417'],
      ['name', '杜婉婷', 1], // no trigger
      ['name', '麥子軒', 1], // no trigger
    ],
  ),
  // 46 Hong Kong, Kwun Tong, private dental chart with a card payment
  g(
    '明德牙科診所（觀塘）\n牙科記錄 Dental Chart\n病人：A836451(9) 黎志華 Lai Chi Wah　DOB 22/09/1968　電話 6812 0375\n電郵：laichiwah68@netvigator.com\n2026-03-17 #46 crown prep，取模，臨時冠；#37 智齒 OPG 示近中阻生\n主診：黃德明牙醫（DCHK D02218）　助理：Kiki 謝\n收費 HK$6,800，Visa 4532 1678 0419 2306\n地址：觀塘協和街101號 8樓 A 室',
    [
      ['organization', '明德牙科診所'],
      ['address', '觀塘'],
      ['id-card', 'A836451(9)'],
      ['name', '黎志華'],
      ['name', 'Lai Chi Wah'], // no trigger
      ['date', '22/09'],
      ['phone', '6812 0375'],
      ['email', 'laichiwah68@netvigator.com'],
      ['date', '03-17'],
      ['name', '黃德明'],
      ['license', 'D02218'],
      ['name', 'Kiki 謝'],
      ['bank-card', '4532 1678 0419 2306'],
      ['address', '觀塘協和街101號 8樓 A 室'],
    ],
  ),
  // 47 Macau, Taipa, community pharmacy dispensing record for a private-hospital prescription
  g(
    '康寧藥房（氹仔）配藥紀錄\n日期：2026年2月20日\n病人：何嘉敏　澳門居民身份證：1384726(3)\n處方來源：科大醫院 家庭醫學科 Dr. 麥文浩（醫生執照 M-2213）\n藥物：Levothyroxine 50mcg qd ×90；Calcium carbonate 600mg qd ×90\n藥劑師：梁佩詩（藥劑師執照 F-0671）\n送藥地址：氹仔 布拉干薩街 88號 海洋花園 金盞苑 12樓 D\n聯絡：+853 6628 4170\n梁佩詩 已致電何嘉敏確認送藥時間。',
    [
      ['organization', '康寧藥房'],
      ['address', '氹仔'],
      ['date', '2月20日'],
      ['name', '何嘉敏'],
      ['id-card', '1384726(3)'],
      ['organization', '科大醫院'],
      ['name', '麥文浩'],
      ['license', 'M-2213'],
      ['name', '梁佩詩'],
      ['license', 'F-0671'],
      ['address', '氹仔 布拉干薩街 88號 海洋花園 金盞苑 12樓 D'],
      ['phone', '+853 6628 4170'],
      ['name', '梁佩詩', 1], // no trigger
      ['name', '何嘉敏', 1], // no trigger
    ],
  ),
  // 48 Macau, Coloane, care-home transfer notice (Macanese resident aged 90, Portuguese and Chinese names)
  g(
    '明愛路環安老院 院友轉院通知\n院友：Maria da Conceição Lopes 羅瑪利亞，女，1935年9月12日生，90歲\n澳門居民身份證：5092813(1)\n因發熱及血氧 88%，於2026年1月8日 03:20 由消防局救護車送往仁伯爵綜合醫院急診。\n當值護士：李敏儀　院長：Sr. Teresa Ho\n已通知兒子 António Lopes，電話 6291 5738，電郵 toni.lopes.mo@gmail.com\n院舍地址：路環 竹灣馬路 27號',
    [
      ['organization', '明愛路環安老院'],
      ['name', 'Maria da Conceição Lopes'],
      ['name', '羅瑪利亞'], // no trigger
      ['date', '1935年9月12日'],
      ['age', '90'],
      ['id-card', '5092813(1)'],
      ['date', '1月8日'],
      ['organization', '仁伯爵綜合醫院'],
      ['name', '李敏儀'],
      ['name', 'Teresa Ho'],
      ['name', 'António Lopes'],
      ['phone', '6291 5738'],
      ['email', 'toni.lopes.mo@gmail.com'],
      ['address', '路環 竹灣馬路 27號'],
    ],
  ),
  // ---- English (no Han character): USA, Canada, Caribbean, Pacific, Gulf, Africa, Mediterranean, Crown dependencies ----
  // 49 USA, Vermont, community pharmacy dispensing log (NPI and DEA with valid check digits, reserved 555-01xx phones)
  g(
    'Green Mountain Apothecary - Dispensing Log\n1187 Railroad St, St. Johnsbury, VT 05819 | (802) 555-0148\nDate filled: 03/12/2026\nRx 7741203 | Hollis Tremblay | DOB 04/22/1951 | gabapentin 300 mg caps #90 | Dr. Abigail Fortin NPI 1578403325 DEA AF4182630 | tech: kmarcotte | RPh: J. Beaulieu\nRx 7741219 | Noreen Lafleur | DOB 11/03/1988 | sertraline 50 mg #30, refill 2 of 5 | NP Casey Whitcomb | tech: kmarcotte | RPh: J. Beaulieu\nCounselled by phone: Noreen (802) 555-0173 - declined\nInsurance: Green Mountain Care Medicaid ID 301847726\nRefill request faxed to Casey Whitcomb; Hollis Tremblay picked up at 16:40.',
    [
      ['organization', 'Green Mountain Apothecary'],
      ['address', '1187 Railroad St'],
      ['address', 'St. Johnsbury'],
      ['address', '05819'],
      ['phone', '(802) 555-0148'],
      ['date', '03/12'],
      ['other-id', '7741203'],
      ['name', 'Hollis Tremblay'], // no trigger
      ['date', '04/22'],
      ['name', 'Abigail Fortin'],
      ['license', '1578403325'],
      ['license', 'AF4182630'],
      ['account', 'kmarcotte'],
      ['name', 'J. Beaulieu'],
      ['other-id', '7741219'],
      ['name', 'Noreen Lafleur'], // no trigger
      ['date', '11/03'],
      ['name', 'Casey Whitcomb'],
      ['account', 'kmarcotte', 1],
      ['name', 'J. Beaulieu', 1],
      ['name', 'Noreen', 1], // no trigger
      ['phone', '(802) 555-0173'],
      ['social-security', '301847726'],
      ['name', 'Casey Whitcomb', 1], // no trigger
      ['name', 'Hollis Tremblay', 1], // no trigger
    ],
  ),
  // 50 USA, Montana, Blackfeet IHS telehealth transcript with speaker turns
  g(
    'Telehealth visit transcript - Blackfeet Community Hospital, Browning, MT (IHS)\nVisit ID TH-20260219-0447 | 02/19/2026 14:02 MST\nPatient: Darlene Many Guns (DOB 09/14/1967), joined by video from Heart Butte\nProvider: Dr. Samuel Okafor (Billings Clinic, remote)\n[14:03] Okafor: Darlene, can you hear me okay?\n[14:03] Many Guns: Yes. My niece Tasha is here with me.\n[14:05] Okafor: Your A1c came back at 9.4 and the foot wound is the same size?\n[14:06] Tasha Running Crane: It looks worse, she was at the Cut Bank clinic Friday.\n[14:09] Okafor: I will send a referral to wound care in Great Falls. Call (406) 555-0132 if fever.\nChart: HRN 0048812 | Blackfeet tribal ID BF-22917',
    [
      ['organization', 'Blackfeet Community Hospital'],
      ['address', 'Browning'],
      ['other-id', 'TH-20260219-0447'],
      ['date', '02/19'],
      ['name', 'Darlene Many Guns'],
      ['date', '09/14'],
      ['address', 'Heart Butte'],
      ['name', 'Samuel Okafor'],
      ['organization', 'Billings Clinic'],
      ['name', 'Okafor', 1], // no trigger
      ['name', 'Darlene', 1], // no trigger
      ['name', 'Many Guns', 1], // no trigger
      ['name', 'Tasha'],
      ['name', 'Okafor', 2], // no trigger
      ['name', 'Tasha Running Crane'], // no trigger
      ['address', 'Cut Bank'],
      ['name', 'Okafor', 3], // no trigger
      ['address', 'Great Falls'],
      ['phone', '(406) 555-0132'],
      ['mrn', '0048812'],
      ['other-id', 'BF-22917'],
    ],
  ),
  // 51 USA, Mississippi, CT radiology report with referring clinician, cc and a critical-result call
  g(
    'University of Mississippi Medical Center - Grenada\nRADIOLOGY REPORT\nPatient: WASHINGTON, LATOYA R | MRN: 60028417 | DOB: 07/30/1979 | Acc#: CT26031144\nExam: CT abdomen/pelvis with contrast, 03/08/2026 22:51\nReferring: Marcus Whitfield, MD (ED) | cc: Keisha Bounds, FNP, Delta Family Clinic, Greenwood\nFindings: 4 mm obstructing calculus at the right UVJ with moderate hydronephrosis. Appendix normal.\nIMPRESSION: Right ureterovesical junction stone, 4 mm.\nDictated by: Priya Raman, MD | Signed 03/09/2026 00:14\nCritical result called to Dr. Whitfield at 23:20, read back verified.\nKeisha Bounds acknowledged the report.',
    [
      ['organization', 'University of Mississippi Medical Center'],
      ['address', 'Grenada'],
      ['name', 'WASHINGTON, LATOYA R'],
      ['mrn', '60028417'],
      ['date', '07/30'],
      ['other-id', 'CT26031144'],
      ['date', '03/08'],
      ['name', 'Marcus Whitfield'],
      ['name', 'Keisha Bounds'],
      ['organization', 'Delta Family Clinic'],
      ['address', 'Greenwood'],
      ['name', 'Priya Raman'],
      ['date', '03/09'],
      ['name', 'Whitfield', 1],
      ['name', 'Keisha Bounds', 1], // no trigger
    ],
  ),
  // 52 USA, Oregon, voice-dictation transcript without punctuation (spoken dates, numbers and address)
  g(
    'dictation start this is doctor elena vasquez dictating on patient gerald pfeiffer date of birth june third nineteen forty eight medical record number four four seven one nine zero two seen today march twenty sixth at providence seaside hospital for follow up of heart failure he lives alone at two twelve north holladay drive in seaside his daughter molly pfeiffer calls every day her number is five zero three five five five zero one six two weight down four pounds on torsemide twenty milligrams plan recheck bmp in one week copy to doctor thomas nguyen astoria end dictation',
    [
      ['name', 'elena vasquez'],
      ['name', 'gerald pfeiffer'],
      ['date', 'june third'],
      ['mrn', 'four four seven one nine zero two'],
      ['date', 'march twenty sixth'],
      ['organization', 'providence seaside hospital'],
      ['address', 'two twelve north holladay drive'],
      ['address', 'seaside', 1],
      ['name', 'molly pfeiffer'],
      ['phone', 'five zero three five five five zero one six two'],
      ['name', 'thomas nguyen'],
      ['address', 'astoria'],
    ],
  ),
  // 53 USA, Rhode Island, child-protective-services hotline intake (quoted nickname, mother's boyfriend)
  g(
    'RI DCYF Child Protective Services - Hotline Intake Summary\nIntake #: CPS-2026-018834 | Received 01/27/2026 16:12\nReporter: Alyssa Medeiros, school nurse, Tiverton Middle School, (401) 555-0119\nChild: Jayden Sousa, DOB 08/05/2014, grade 6\nConcern: arrived with bruising on left cheek in the shape of fingers; states "Rick did it when I spilled the milk".\nHousehold: mother Crystal Sousa; mother\'s boyfriend Richard "Rick" Almeida\nAddress: 48 Fish Road, Apt 2, Tiverton 02878\nPediatric consult: Hasbro Children\'s Hospital child protection program; on-call Dr. Naomi Kessler',
    [
      ['other-id', 'CPS-2026-018834'],
      ['date', '01/27'],
      ['name', 'Alyssa Medeiros'],
      ['organization', 'Tiverton Middle School'],
      ['phone', '(401) 555-0119'],
      ['name', 'Jayden Sousa'],
      ['date', '08/05'],
      ['name', 'Rick'], // no trigger
      ['name', 'Crystal Sousa'],
      ['name', 'Richard'],
      ['name', 'Rick', 1], // no trigger
      ['name', 'Almeida'],
      ['address', '48 Fish Road, Apt 2'],
      ['address', 'Tiverton', 1],
      ['address', '02878'],
      ['organization', "Hasbro Children's Hospital"],
      ['name', 'Naomi Kessler'],
    ],
  ),
  // 54 USA, New Mexico, reference-laboratory surgical pathology report for a Navajo patient
  g(
    'TriCore Reference Laboratories - Surgical Pathology Report\nAccession: S26-004731 | Collected: 02/02/2026 | Received: 02/03/2026\nPatient: Benally, Marvin J. | DOB: 12/17/1960 | MRN (Gallup Indian Medical Center): GIMC-0091733\nSubmitting physician: Rachel Tsosie, DO | Copy: Chinle Comprehensive Health Care Facility\nSpecimen: Liver, core biopsy (segment VI)\nDiagnosis: Hepatocellular carcinoma, moderately differentiated (WHO grade 2); background cirrhosis, METAVIR F4.\nImmunostains: HepPar-1 positive, Arginase-1 positive, glypican-3 patchy.\nPathologist: Wendell Yazzie, MD (electronically signed 02/05/2026)\nWendell Yazzie discussed the case with Rachel Tsosie by phone.',
    [
      ['organization', 'TriCore Reference Laboratories'],
      ['other-id', 'S26-004731'],
      ['date', '02/02'],
      ['date', '02/03'],
      ['name', 'Benally, Marvin J.'],
      ['date', '12/17'],
      ['organization', 'Gallup Indian Medical Center'],
      ['mrn', 'GIMC-0091733'],
      ['name', 'Rachel Tsosie'],
      ['organization', 'Chinle Comprehensive Health Care Facility'],
      ['name', 'Wendell Yazzie'],
      ['date', '02/05'],
      ['name', 'Wendell Yazzie', 1], // no trigger
      ['name', 'Rachel Tsosie', 1], // no trigger
    ],
  ),
  // 55 Canada, Saskatchewan, ward nursing handover (patient aged 93, First Nation address, HSN)
  g(
    'Nursing handover - Unit 4B, Victoria Hospital, Prince Albert SK | 1900 shift | 14-Jan-2026\nRm 412-1  Beatrice Bear, 93 (DOB 1932-06-09), HSN 712 448 309. CAP day 3, ceftriaxone. Daughter Loretta Bear at bedside, cell 306-555-0184. DNR (goals of care signed).\nRm 412-2  Gordon Halvorsen, 71. Post TKR day 1, PCA. Pain 4/10. Wife Ingrid prefers calls after 0800.\nRm 415  Tyson Ahenakew, 19, from Ahtahkakoop Cree Nation. DKA resolving, off insulin drip 1630, AG closed.\nGiven by: RN Jolene Fiddler  Received by: Marc Poirier RN\nJolene Fiddler paged Marc Poirier about Tyson Ahenakew, potassium 3.1.',
    [
      ['bed', '4B'],
      ['organization', 'Victoria Hospital'],
      ['address', 'Prince Albert'],
      ['date', '14-Jan'],
      ['bed', '412-1'],
      ['name', 'Beatrice Bear'], // no trigger
      ['age', '93'],
      ['date', '1932-06-09'],
      ['social-security', '712 448 309'],
      ['name', 'Loretta Bear'],
      ['phone', '306-555-0184'],
      ['bed', '412-2'],
      ['name', 'Gordon Halvorsen'], // no trigger
      ['name', 'Ingrid'],
      ['bed', '415'],
      ['name', 'Tyson Ahenakew'], // no trigger
      ['address', 'Ahtahkakoop Cree Nation'],
      ['name', 'Jolene Fiddler'],
      ['name', 'Marc Poirier'],
      ['name', 'Jolene Fiddler', 1], // no trigger
      ['name', 'Marc Poirier', 1], // no trigger
      ['name', 'Tyson Ahenakew', 1], // no trigger
    ],
  ),
  // 56 Canada, New Brunswick, bilingual laboratory requisition (Acadian names, Canadian postcode)
  g(
    "Horizon Health Network / Réseau de santé Vitalité - Requisition / Demande d'analyses\nHôpital régional Chaleur, Bathurst NB\nPatient: LeBlanc, Yvette Marie | Medicare NB: 104 882 716 | DOB/DDN: 1958-10-21\nAddress/Adresse: 2214 rue Principale, Beresford E8K 1A7 | Tel: 506-555-0127\nOrdering physician/Médecin: Dr Étienne Robichaud (CPMNB 6021)\nCopy to/Copie à: Dr Nadia Haché, Clinique médicale de Petit-Rocher\nTests: CBC, ferritin, B12, TSH | Collected/Prélevé: 2026-03-31 07:40 by/par Josée Landry, MLT\nSpecimen ID: VIT-26-0331-5528\nJosée Landry relabelled the tube for Yvette LeBlanc.",
    [
      ['organization', 'Horizon Health Network'],
      ['organization', 'Réseau de santé Vitalité'],
      ['organization', 'Hôpital régional Chaleur'],
      ['address', 'Bathurst'],
      ['name', 'LeBlanc, Yvette Marie'],
      ['social-security', '104 882 716'],
      ['date', '10-21'],
      ['address', '2214 rue Principale'],
      ['address', 'Beresford'],
      ['address', 'E8K 1A7'],
      ['phone', '506-555-0127'],
      ['name', 'Étienne Robichaud'],
      ['license', '6021'],
      ['name', 'Nadia Haché'],
      ['organization', 'Clinique médicale de Petit-Rocher'],
      ['date', '03-31'],
      ['name', 'Josée Landry'],
      ['other-id', 'VIT-26-0331-5528'],
      ['name', 'Josée Landry', 1], // no trigger
      ['name', 'Yvette LeBlanc'], // no trigger
    ],
  ),
  // 57 Canada, Yukon, appointment SMS and medical-travel confirmation (greeting name, airline)
  g(
    'Whitehorse General Hospital: Hi Kendra, reminder of your appt with Dr. Ahmed Siddiqui (OB) on Tue Apr 14 at 10:30, 5 Hospital Rd. Bring YHCIP card 003-884-217. Flights from Old Crow booked by Medical Travel - ref MT-40772. Reply C to confirm or call 867-555-0141.\n--\nYukon Hospitals: Kendra Charlie confirmed. Escort: Joanne Charlie (mother), seat 14C, Air North flight 4N 571.',
    [
      ['organization', 'Whitehorse General Hospital'],
      ['name', 'Kendra'], // no trigger
      ['name', 'Ahmed Siddiqui'],
      ['date', 'Apr 14'],
      ['address', '5 Hospital Rd'],
      ['social-security', '003-884-217'],
      ['address', 'Old Crow'],
      ['other-id', 'MT-40772'],
      ['phone', '867-555-0141'],
      ['organization', 'Yukon Hospitals'],
      ['name', 'Kendra Charlie'], // no trigger
      ['name', 'Joanne Charlie'],
      ['organization', 'Air North'],
    ],
  ),
  // 58 Trinidad and Tobago, complaint letter from a daughter (street address block, bare signature)
  g(
    '14 Cipero Street\nSan Fernando\nTrinidad and Tobago\n2 March 2026\n\nThe Patient Liaison Officer\nSan Fernando General Hospital\nSouth-West Regional Health Authority\n\nDear Madam,\nRe: My father, Mr. Dhanraj Ramkissoon (hospital no. SFGH-2241987, national ID 19440612038)\nOn 21 February 2026 my father waited eleven hours on a trolley in the A&E. Nurse Candace Phillip told us twice that there was "no bed upstairs". Dr. Aneel Maharaj finally saw him at 3 am.\nI can be reached at 1-868-555-0133 or shivani.ramkissoon@outlook.com.\nYours faithfully,\nShivani Ramkissoon',
    [
      ['address', '14 Cipero Street'],
      ['address', 'San Fernando'],
      ['date', '2 March'],
      ['organization', 'San Fernando General Hospital'],
      ['organization', 'South-West Regional Health Authority'],
      ['name', 'Dhanraj Ramkissoon'],
      ['mrn', 'SFGH-2241987'],
      ['id-card', '19440612038'],
      ['date', '21 February'],
      ['name', 'Candace Phillip'],
      ['name', 'Aneel Maharaj'],
      ['phone', '1-868-555-0133'],
      ['email', 'shivani.ramkissoon@outlook.com'],
      ['name', 'Shivani Ramkissoon'], // no trigger
    ],
  ),
  // 59 Barbados, hospital dental chart with FDI tooth numbers and a card payment
  g(
    "Queen Elizabeth Hospital Dental Department, Martindale's Road, St. Michael, Barbados\nDental chart - Patient: Tamika Greaves-Alleyne | NRN 890314-0172 | DOB 14/03/1989 | Tel 246-555-0166\nDentist: Dr. Kwame Boyce | Hygienist: Shelly-Ann Worrell\n25/02/2026: 16 DO caries, composite restoration; 26 MOD amalgam fracture, crown advised\n36 periapical radiolucency (PA film), RCT referral to Dr. Boyce's colleague Dr. Anil Persaud, Bridgetown Endodontics, Broad Street\nNext visit 11/03/2026 09:00 | Balance BBD 420.00 paid by Mastercard 5178 3490 2716 5535\nShelly-Ann Worrell confirmed the booking with Tamika by text.",
    [
      ['organization', 'Queen Elizabeth Hospital'],
      ['address', "Martindale's Road"],
      ['name', 'Tamika Greaves-Alleyne'],
      ['id-card', '890314-0172'],
      ['date', '14/03'],
      ['phone', '246-555-0166'],
      ['name', 'Kwame Boyce'],
      ['name', 'Shelly-Ann Worrell'],
      ['date', '25/02'],
      ['name', 'Boyce', 1],
      ['name', 'Anil Persaud'],
      ['organization', 'Bridgetown Endodontics'],
      ['address', 'Broad Street'],
      ['date', '11/03'],
      ['bank-card', '5178 3490 2716 5535'],
      ['name', 'Shelly-Ann Worrell', 1], // no trigger
      ['name', 'Tamika', 1], // no trigger
    ],
  ),
  // 60 Bahamas, ward incident (fall) report with a patient witness and an employee number
  g(
    'Princess Margaret Hospital, Nassau - Occurrence / Incident Report\nReport no.: PMH-IR-2026-0312 | Date/time of event: 09/03/2026 02:40\nLocation: Male Medical Ward, bed 22\nPatient: Dwayne Rolle, 58, hospital no. 0417733\nDescription: Patient found on floor beside bed after attempting to climb over rails. Laceration 3 cm to forehead. Seen by Dr. Keva Ferguson, sutured.\nWitness: Trevor Knowles (patient, bed 21)\nFamily notified: sister Patrice Rolle-Cartwright, 242-555-0178\nCompleted by: Staff Nurse Latoya Bain, employee no. 19843 | Reviewed: Nursing Officer Sheryl Munnings\nLatoya Bain informed Keva Ferguson at 02:50.',
    [
      ['organization', 'Princess Margaret Hospital'],
      ['address', 'Nassau'],
      ['other-id', 'PMH-IR-2026-0312'],
      ['date', '09/03'],
      ['bed', '22'],
      ['name', 'Dwayne Rolle'],
      ['mrn', '0417733'],
      ['name', 'Keva Ferguson'],
      ['name', 'Trevor Knowles'],
      ['bed', '21'],
      ['name', 'Patrice Rolle-Cartwright'],
      ['phone', '242-555-0178'],
      ['name', 'Latoya Bain'],
      ['other-id', '19843'],
      ['name', 'Sheryl Munnings'],
      ['name', 'Latoya Bain', 1], // no trigger
      ['name', 'Keva Ferguson', 1], // no trigger
    ],
  ),
  // 61 Guyana, public-hospital discharge letter to a private GP
  g(
    'Georgetown Public Hospital Corporation\nDepartment of Medicine, New Market Street, Georgetown\n\nDISCHARGE LETTER\nTo: Dr. Rohan Singh, Diamond Diagnostic Centre, East Bank Demerara\nRe: Bibi Shamela Khan, 62 yrs, GPHC no. 26-114092, ID card 042118937\nAdmitted 04/01/2026, discharged 12/01/2026\nDiagnosis: Diabetic ketoacidosis precipitated by urinary tract infection; new CKD stage 3b.\nPlan: insulin glargine 18 units nocte; review HbA1c in 3 months; renal clinic 26/02/2026.\nNext of kin: son Faizal Khan, +592 655 0142, Lot 37 Grove Housing Scheme\nSigned: Dr. Ayesha Bacchus, Senior Registrar\nAyesha Bacchus spoke with Faizal Khan before discharge.',
    [
      ['organization', 'Georgetown Public Hospital Corporation'],
      ['address', 'New Market Street'],
      ['address', 'Georgetown', 1],
      ['name', 'Rohan Singh'],
      ['organization', 'Diamond Diagnostic Centre'],
      ['name', 'Bibi Shamela Khan'],
      ['mrn', '26-114092'],
      ['id-card', '042118937'],
      ['date', '04/01'],
      ['date', '12/01'],
      ['date', '26/02'],
      ['name', 'Faizal Khan'],
      ['phone', '+592 655 0142'],
      ['address', 'Lot 37 Grove Housing Scheme'],
      ['name', 'Ayesha Bacchus'],
      ['name', 'Ayesha Bacchus', 1], // no trigger
      ['name', 'Faizal Khan', 1], // no trigger
    ],
  ),
  // 62 Belize, eye-care centre optometry record (village of a Mayan patient, visual acuities like dates)
  g(
    'Belize Eye Care Centre, 19 Albert Street, Belize City\nOptometry record\nClient: Aurelio Chuc | SSB no. 000418276 | DOB 05/06/1974 | Phone 501-622-0195\nFrom San Antonio village, Toledo; referred by Nurse Marisol Teck (Punta Gorda Polyclinic)\n18/03/2026 VA sc OD 6/60 OS 6/18; IOP 31/24 mmHg (Goldmann); C:D 0.8 OD, 0.5 OS\nAssessment: primary open-angle glaucoma OD > OS\nPlan: latanoprost 0.005% nocte OU; timolol 0.5% bd OD; review 15/04/2026\nOptometrist: Sherwin Young, OD\nSherwin Young called Marisol Teck with the plan.',
    [
      ['organization', 'Belize Eye Care Centre'],
      ['address', '19 Albert Street'],
      ['address', 'Belize City'],
      ['name', 'Aurelio Chuc'],
      ['social-security', '000418276'],
      ['date', '05/06'],
      ['phone', '501-622-0195'],
      ['address', 'San Antonio'],
      ['name', 'Marisol Teck'],
      ['organization', 'Punta Gorda Polyclinic'],
      ['date', '18/03'],
      ['date', '15/04'],
      ['name', 'Sherwin Young'],
      ['name', 'Sherwin Young', 1], // no trigger
      ['name', 'Marisol Teck', 1], // no trigger
    ],
  ),
  // 63 Cayman Islands, JSON export from a hospital EHR (patient aged 96, NOK e-mail, insurer)
  g(
    '{"resourceSource":"HSA Cayman - Cerner export","patient":{"mrn":"HSA-0728391","name":"Ebanks, Clifton Oswald","dob":"1929-08-17","age":96,"sex":"M","address":{"line":"221 Bodden Town Road","district":"Bodden Town"},"phone":"+1 345 555 0190","nok":{"name":"Marcia Ebanks-Scott","relation":"daughter","email":"marcia.es@candw.ky"}},"encounter":{"id":"ENC-26-0091177","admit":"2026-03-02T18:40","attending":"Dr. Joel Solomon","location":"Ward 2A bed 07"},"insurance":{"carrier":"CINICO","member":"CIN-40012-88"}}',
    [
      ['mrn', 'HSA-0728391'],
      ['name', 'Ebanks, Clifton Oswald'],
      ['date', '1929-08-17'],
      ['age', '96'],
      ['address', '221 Bodden Town Road'],
      ['address', 'Bodden Town', 1],
      ['phone', '+1 345 555 0190'],
      ['name', 'Marcia Ebanks-Scott'],
      ['email', 'marcia.es@candw.ky'],
      ['other-id', 'ENC-26-0091177'],
      ['date', '03-02'],
      ['name', 'Joel Solomon'],
      ['bed', '2A'],
      ['bed', '07', 1],
      ['organization', 'CINICO'],
      ['other-id', 'CIN-40012-88'],
    ],
  ),
  // 64 Bermuda, genetic-counselling pedigree with relatives' names (Amsterdam II criteria)
  g(
    "King Edward VII Memorial Hospital, Paget - Genetic Counselling Clinic\nPedigree notes, 20/01/2026\nProband: Simone Outerbridge, 38, MRN KEMH-551902, referred by Dr. Leon Trott for family history of early colon cancer\nI-1 Harold Outerbridge (d. 61, colon ca 54); I-2 Winifred Outerbridge nee Smith, 84, well\nII-1 Calvin Outerbridge, 44, colon ca age 39; II-2 Simone (proband); II-3 Dennis Outerbridge, 35, untested\nIII-1 Kaliyah Outerbridge (Calvin's daughter), 15\nPlan: MLH1/MSH2/MSH6/PMS2/EPCAM panel; Amsterdam II criteria met.\nCounsellor: Fiona Swan, MSc | Contact: 441-555-0102, 7 Point Finger Road, Paget DV 04",
    [
      ['organization', 'King Edward VII Memorial Hospital'],
      ['address', 'Paget'],
      ['date', '20/01'],
      ['name', 'Simone Outerbridge'],
      ['mrn', 'KEMH-551902'],
      ['name', 'Leon Trott'],
      ['name', 'Harold Outerbridge'], // no trigger
      ['name', 'Winifred Outerbridge'], // no trigger
      ['name', 'Smith'],
      ['name', 'Calvin Outerbridge'], // no trigger
      ['name', 'Simone', 1],
      ['name', 'Dennis Outerbridge'], // no trigger
      ['name', 'Kaliyah Outerbridge'],
      ['name', 'Calvin', 1], // no trigger
      ['name', 'Fiona Swan'],
      ['phone', '441-555-0102'],
      ['address', '7 Point Finger Road'],
      ['address', 'Paget', 1],
      ['address', 'DV 04'],
    ],
  ),
  // 65 Samoa, school-nurse notes (line-opening student names, rheumatic-fever prophylaxis)
  g(
    'Ministry of Health Samoa - School Health Programme\nSchool nurse notes: Leififi College, Apia\n05/03/2026\nSione Faleolo, Year 9, DOB 11/07/2012 - sore throat 4 days, tender cervical nodes, scarlatiniform rash. Given Bicillin L-A 1.2 MU IM after consent from mother Lusia Faleolo (phone 7521 804).\nMele Tuilagi, Year 11 - asthma, peak flow 210 L/min, salbutamol via spacer.\nTavita Aumua, Year 10 - referred to Tupua Tamasese Meaole Hospital ENT for chronic otitis media.\nNurse: Fetu Lemalu | Principal informed: Mrs. Ana Schwenke',
    [
      ['organization', 'Leififi College'],
      ['address', 'Apia'],
      ['date', '05/03'],
      ['name', 'Sione Faleolo'], // no trigger
      ['date', '11/07'],
      ['name', 'Lusia Faleolo'],
      ['phone', '7521 804'],
      ['name', 'Mele Tuilagi'], // no trigger
      ['name', 'Tavita Aumua'], // no trigger
      ['organization', 'Tupua Tamasese Meaole Hospital'],
      ['name', 'Fetu Lemalu'],
      ['name', 'Ana Schwenke'],
    ],
  ),
  // 66 Tonga, physiotherapy progress note (stroke date, village, CBR worker, apostrophe name)
  g(
    "Vaiola Hospital, Nuku'alofa - Physiotherapy Department\nProgress note 10/02/2026, session 6\nPt: Viliami Tupou-Fifita, 47 M, hosp no. VH-338107, lives Kolonga village, Tongatapu\nDx: left hemiparesis post ischaemic stroke (12/12/2025)\nS: walking to church with a stick; wife Salote says he is less tired.\nO: Berg 41/56; 10MWT 0.62 m/s; MAS elbow flexors 1+\nA/P: continue task-specific training; home visit by Kalolaine Vea (CBR worker) on 17/02.\nPhysio: 'Ofa Taumoepeau, ph 873 4512\nKalolaine Vea and 'Ofa Taumoepeau will review the home ramp.",
    [
      ['organization', 'Vaiola Hospital'],
      ['address', "Nuku'alofa"],
      ['date', '10/02'],
      ['name', 'Viliami Tupou-Fifita'],
      ['mrn', 'VH-338107'],
      ['address', 'Kolonga'],
      ['date', '12/12'],
      ['name', 'Salote'],
      ['name', 'Kalolaine Vea'],
      ['date', '17/02'],
      ['name', "'Ofa Taumoepeau"],
      ['phone', '873 4512'],
      ['name', 'Kalolaine Vea', 1], // no trigger
      ['name', "'Ofa Taumoepeau", 1], // no trigger
    ],
  ),
  // 67 Vanuatu, TB register export with tab separators (villages, DOT supporters)
  g(
    'Vila Central Hospital - TB register export (tab separated)\nTB_No\tName\tSex\tAge\tVillage\tIsland\tPhone\tStart_date\tDOT_supporter\nVCH-TB-26-014\tJohnson Kalsakau\tM\t34\tErakor\tEfate\t5512307\t2026-01-08\tMary Kalo\nVCH-TB-26-015\tLeimara Tari\tF\t27\tFreswota 2\tEfate\t7720194\t2026-01-12\tPastor Ben Natuman\nVCH-TB-26-017\tJimmy Toara\tM\t61\tLuganville (transferred)\tEspiritu Santo\t\t2026-01-19\tself\nExported by: tb_officer2 on 2026-02-01',
    [
      ['organization', 'Vila Central Hospital'],
      ['other-id', 'VCH-TB-26-014'],
      ['name', 'Johnson Kalsakau'], // no trigger
      ['address', 'Erakor'],
      ['phone', '5512307'],
      ['date', '01-08'],
      ['name', 'Mary Kalo'], // no trigger
      ['other-id', 'VCH-TB-26-015'],
      ['name', 'Leimara Tari'], // no trigger
      ['address', 'Freswota 2'],
      ['phone', '7720194'],
      ['date', '01-12'],
      ['name', 'Ben Natuman'],
      ['other-id', 'VCH-TB-26-017'],
      ['name', 'Jimmy Toara'], // no trigger
      ['address', 'Luganville'],
      ['date', '01-19'],
      ['account', 'tb_officer2'],
      ['date', '02-01'],
    ],
  ),
  // 68 Solomon Islands, scanned maternity admission form OCR (spaced digits, 1 for I, doubled spaces)
  g(
    "NATIONAL REFERRAL HOSP1TAL  HONIARA      MATERNITY  ADM1SSION\nName : Florence  Ramoni        Age: 22     Para: G2P1\nHosp No.  NRH  09 8812        Village :  Lilisiana ,  Auki\nHusband   Peter   Fo'oa          Ph 74 61 028\nAdm  date  2 6 / 0 1 / 2026    Time 0315\nMidwife   Janet  Kiriau            Dr   S. Haomae\nEDD 1 4 / 0 2 / 2026   Hb 8.9",
    [
      ['organization', 'NATIONAL REFERRAL HOSP1TAL'],
      ['address', 'HONIARA'],
      ['name', 'Florence  Ramoni'],
      ['mrn', 'NRH  09 8812'],
      ['address', 'Lilisiana'],
      ['address', 'Auki'],
      ['name', "Peter   Fo'oa"],
      ['phone', '74 61 028'],
      ['date', '2 6 / 0 1'],
      ['name', 'Janet  Kiriau'],
      ['name', 'S. Haomae'],
      ['date', '1 4 / 0 2'],
    ],
  ),
  // 69 UAE, Dubai, wristband / specimen / pharmacy label print queue (Emirates ID with valid Luhn digit)
  g(
    'Rashid Hospital, Dubai - Label print queue (Zebra ZD421, 10.44.18.203)\n[WRISTBAND] AL MANSOORI, HAMDAN SAEED | MRN 3009871 | DOB 1987-02-27 | M | EID 784-1987-0412358-1\n[WRISTBAND-ALLERGY] AL MANSOORI, HAMDAN SAEED | NKDA overridden -> PENICILLIN\n[SPECIMEN] 3009871 | ACC 26A0417992 | Trop-I hs | coll 04/03 23:18 by 20417 (Reshma Pillai)\n[PHARMACY] Bed T3-14 | HAMDAN AL MANSOORI | aspirin 300 mg PO stat | checked: Fatima Al Blooshi\nprinted by user rpillai2',
    [
      ['organization', 'Rashid Hospital'],
      ['address', 'Dubai'],
      ['ip', '10.44.18.203'],
      ['name', 'AL MANSOORI, HAMDAN SAEED'], // no trigger
      ['mrn', '3009871'],
      ['date', '02-27'],
      ['id-card', '784-1987-0412358-1'],
      ['name', 'AL MANSOORI, HAMDAN SAEED', 1], // no trigger
      ['mrn', '3009871', 1],
      ['other-id', '26A0417992'],
      ['date', '04/03'],
      ['other-id', '20417'],
      ['name', 'Reshma Pillai'], // no trigger
      ['bed', 'T3-14'],
      ['name', 'HAMDAN AL MANSOORI'], // no trigger
      ['name', 'Fatima Al Blooshi'],
      ['account', 'rpillai2'],
    ],
  ),
  // 70 Qatar, clinical-trial case report form (QID with birth year and country code, CRA e-mail)
  g(
    'Hamad Medical Corporation - Clinical Trial Case Report Form\nSite 03 (Heart Hospital, Doha) | Subject ID: 03-0147 | Initials: A-K-S\nVisit 4 (Week 12) date: 2026-02-16\nQID: 28458607219 | Year of birth: 1984 | Sex: M | Nationality: Pakistani\nSBP 138 / DBP 84 mmHg; eGFR 71 mL/min/1.73m2; K+ 4.6\nAE: none. Con-med change: empagliflozin started 2026-01-30 by Dr. Yousef Al-Kuwari\nInvestigator signature: Dr. Mariam Hassan Al-Thani | CRA: Joseph Mathew (joseph.mathew@cro-mena.com)\nSubject phone (for diary reminders): +974 5501 2278\nJoseph Mathew queried the visit window with Yousef Al-Kuwari.',
    [
      ['organization', 'Hamad Medical Corporation'],
      ['organization', 'Heart Hospital'],
      ['address', 'Doha'],
      ['other-id', '03-0147'],
      ['name', 'A-K-S'],
      ['date', '02-16'],
      ['id-card', '28458607219'],
      ['date', '01-30'],
      ['name', 'Yousef Al-Kuwari'],
      ['name', 'Mariam Hassan Al-Thani'],
      ['name', 'Joseph Mathew'],
      ['email', 'joseph.mathew@cro-mena.com'],
      ['phone', '+974 5501 2278'],
      ['name', 'Joseph Mathew', 1], // no trigger
      ['name', 'Yousef Al-Kuwari', 1], // no trigger
    ],
  ),
  // 71 Oman, referral letter with letterhead (P.O. Box, postal code) and a cc list
  g(
    'SULTAN QABOOS UNIVERSITY HOSPITAL\nP.O. Box 38, Al Khoudh 123, Muscat | Tel +968 2414 4000\n\nReferral to: Dr. Salim Al-Harthy, Consultant Paediatric Cardiologist, Royal Hospital, Muscat\nDate: 07/01/2026\nRe: Baby Layan Khalid Al-Busaidi, DOB 28/12/2025, Hospital No. 1128874, Civil ID 136489205\nA 10-day-old with a loud systolic murmur; echo shows a 6 mm perimembranous VSD with L-R shunt.\nParents: Khalid Al-Busaidi (father) +968 9921 7735; Shaikha Al-Rawahi (mother)\nReferring: Dr. Priyanka Menon, Neonatal Unit\ncc: Ibri Polyclinic (Dr. Nasser Al-Ghafri); family file SQUH-FAM-5517',
    [
      ['organization', 'SULTAN QABOOS UNIVERSITY HOSPITAL'],
      ['address', 'P.O. Box 38'],
      ['address', 'Al Khoudh'],
      ['address', '123'],
      ['address', 'Muscat'],
      ['phone', '+968 2414 4000'],
      ['name', 'Salim Al-Harthy'],
      ['organization', 'Royal Hospital'],
      ['address', 'Muscat', 1],
      ['date', '07/01'],
      ['name', 'Layan Khalid Al-Busaidi'],
      ['date', '28/12'],
      ['mrn', '1128874'],
      ['id-card', '136489205'],
      ['name', 'Khalid Al-Busaidi', 1],
      ['phone', '+968 9921 7735'],
      ['name', 'Shaikha Al-Rawahi'],
      ['name', 'Priyanka Menon'],
      ['organization', 'Ibri Polyclinic'],
      ['name', 'Nasser Al-Ghafri'],
      ['other-id', 'SQUH-FAM-5517'],
    ],
  ),
  // 72 Kuwait, deceased organ-donation record (civil ID with birth date, consenting relatives)
  g(
    'Kuwait Transplant Center - Organ Donation Record\nDonor ref: KTC-D-2026-009 | Hospital: Al-Adan Hospital, ICU bed 11\nDonor: Mr. Fahad Nasser Al-Enezi, civil ID 289041201536, DOB 12/04/1989\nBrain-stem death tests: 1st 22/02/2026 09:10 (Dr. Reem Al-Sabah), 2nd 22/02/2026 15:30 (Dr. Ahmad Bastaki)\nConsent: brother Bader Al-Enezi (+965 9977 1204) and father Nasser Al-Enezi, witnessed by coordinator Sunita Kurian\nOrgans: kidneys x2, liver; corneas to eye bank, tissue no. EB-26-0033\nRecipient (kidney 1): MRN MUB-447812, Mubarak Al-Kabeer Hospital',
    [
      ['organization', 'Kuwait Transplant Center'],
      ['other-id', 'KTC-D-2026-009'],
      ['organization', 'Al-Adan Hospital'],
      ['bed', '11'],
      ['name', 'Fahad Nasser Al-Enezi'],
      ['id-card', '289041201536'],
      ['date', '12/04'],
      ['date', '22/02'],
      ['name', 'Reem Al-Sabah'],
      ['date', '22/02', 1],
      ['name', 'Ahmad Bastaki'],
      ['name', 'Bader Al-Enezi'],
      ['phone', '+965 9977 1204'],
      ['name', 'Nasser Al-Enezi', 1],
      ['name', 'Sunita Kurian'],
      ['other-id', 'EB-26-0033'],
      ['mrn', 'MUB-447812'],
      ['organization', 'Mubarak Al-Kabeer Hospital'],
    ],
  ),
  // 73 Botswana, TB laboratory requisition (Omang with sex digit, village and kgotla address)
  g(
    'Princess Marina Hospital, Gaborone - National TB Reference Laboratory Requisition\nPatient: Boitumelo Kgosietsile | Omang 436521709 | Sex F | DOB 03/11/1990\nResidence: Plot 1142, Mogoditshane; ward Ledumadumane\nCell: +267 71 554 208\nSpecimen: sputum x2 for Xpert MTB/RIF Ultra and culture | Collected 16/02/2026 by Onalenna Seretse (lab assistant)\nRequested by: Dr. Kagiso Motsumi, Block 8 Clinic, staff no. MOH-22741\nHIV status: positive, on TLD; CD4 188\nLab no.: NTRL-26-01972\nOnalenna Seretse delivered the samples; Kagiso Motsumi was informed of the Xpert result.',
    [
      ['organization', 'Princess Marina Hospital'],
      ['address', 'Gaborone'],
      ['name', 'Boitumelo Kgosietsile'],
      ['id-card', '436521709'],
      ['date', '03/11'],
      ['address', 'Plot 1142'],
      ['address', 'Mogoditshane'],
      ['address', 'Ledumadumane'],
      ['phone', '+267 71 554 208'],
      ['date', '16/02'],
      ['name', 'Onalenna Seretse'],
      ['name', 'Kagiso Motsumi'],
      ['organization', 'Block 8 Clinic'],
      ['other-id', 'MOH-22741'],
      ['other-id', 'NTRL-26-01972'],
      ['name', 'Onalenna Seretse', 1], // no trigger
      ['name', 'Kagiso Motsumi', 1], // no trigger
    ],
  ),
  // 74 Namibia, report of an unnatural death to the police for an inquest (coroner-type referral)
  g(
    'Windhoek Central Hospital - Report of Unnatural Death (Inquests Act 6 of 1993)\nTo: Station Commander, Katutura Police Station\nDeceased: Johannes Hamutenya, ID 68091500417, age 57, of Erf 2281 Otjomuise, Windhoek\nBrought in dead: 02/04/2026 01:50 by City of Windhoek ambulance; crew Paulus Shikongo and Anna Nghipondoka\nHistory per neighbour Selma Iipinge: found in a shack with a charcoal brazier burning.\nExamination: cherry-red lividity; COHb on venous sample 41%.\nBody released to the Windhoek Police Mortuary, CR 14/04/2026\nDoctor on duty: Dr. Hilma Amukoto, HPCNA MP 4417 | tel +264 61 203 9146\nPaulus Shikongo handed the body over to the police.',
    [
      ['organization', 'Windhoek Central Hospital'],
      ['organization', 'Katutura Police Station'],
      ['name', 'Johannes Hamutenya'],
      ['id-card', '68091500417'],
      ['address', 'Erf 2281 Otjomuise'],
      ['address', 'Windhoek', 1],
      ['date', '02/04'],
      ['name', 'Paulus Shikongo'],
      ['name', 'Anna Nghipondoka'], // no trigger
      ['name', 'Selma Iipinge'],
      ['other-id', 'CR 14/04/2026'],
      ['name', 'Hilma Amukoto'],
      ['license', 'MP 4417'],
      ['phone', '+264 61 203 9146'],
      ['name', 'Paulus Shikongo', 1], // no trigger
    ],
  ),
  // 75 Rwanda, HIV clinic appointment SMS pair (16-digit national ID, Kinyarwanda greeting)
  g(
    'CHUK Kigali ART clinic: Muraho Uwimana Claudine, your viral load review is on 21/04/2026 at 08:00 with Nurse Jean Bosco Habimana. Bring your ID 1 1985 7 0041237 0 45 and Mutuelle card 0402-118-3377. Questions: 0788 555 104.\nReply from 0722 418 906: Murakoze. My husband Emmanuel Niyonzima will also come, file ART-KG-08841.\nCHUK: Noted. Couple counselling booked with Vestine Mukamana, room 7, Nyarugenge site.',
    [
      ['organization', 'CHUK'],
      ['address', 'Kigali'],
      ['name', 'Uwimana Claudine'], // no trigger
      ['date', '21/04'],
      ['name', 'Jean Bosco Habimana'],
      ['id-card', '1 1985 7 0041237 0 45'],
      ['social-security', '0402-118-3377'],
      ['phone', '0788 555 104'],
      ['phone', '0722 418 906'],
      ['name', 'Emmanuel Niyonzima'],
      ['mrn', 'ART-KG-08841'],
      ['organization', 'CHUK', 1],
      ['name', 'Vestine Mukamana'], // no trigger
      ['bed', '7', 6],
      ['address', 'Nyarugenge'],
    ],
  ),
  // 76 Sierra Leone, facility maternal-death review form
  g(
    'Maternal Death Surveillance and Response - Facility Review Form\nFacility: Princess Christian Maternity Hospital (PCMH), Fourah Bay Road, Freetown\nCase no.: MDSR-WA-2026-031 | Review meeting 12/03/2026\nDeceased: Aminata Kamara, 24, G3P2, from Waterloo; admitted 07/03/2026 21:10, died 08/03/2026 04:35\nCause: postpartum haemorrhage (uterine atony) after home delivery assisted by TBA Mamie Sesay\nDelays: 1 (decision to seek care), 3 (blood not available)\nPanel: Dr. Mohamed Bangura (chair), Midwife Isatu Conteh, Fatmata Jalloh (DHMT), Abu Turay\nNext of kin: husband Alhaji Kargbo, +232 76 555 019',
    [
      ['organization', 'Princess Christian Maternity Hospital'],
      ['address', 'Fourah Bay Road'],
      ['address', 'Freetown'],
      ['other-id', 'MDSR-WA-2026-031'],
      ['date', '12/03'],
      ['name', 'Aminata Kamara'],
      ['address', 'Waterloo'],
      ['date', '07/03'],
      ['date', '08/03'],
      ['name', 'Mamie Sesay'],
      ['name', 'Mohamed Bangura'],
      ['name', 'Isatu Conteh'],
      ['name', 'Fatmata Jalloh'], // no trigger
      ['name', 'Abu Turay'], // no trigger
      ['name', 'Alhaji Kargbo'],
      ['phone', '+232 76 555 019'],
    ],
  ),
  // 77 Liberia, county hospital pharmacy dispensing register (pipe table)
  g(
    'Phebe Hospital, Suakoko, Bong County - Pharmacy Dispensing Register | 03/02/2026\n# | Folder | Patient | Item | Qty | Dispensed by\n1 | PH-26-3381 | Musu Flomo | ACT (artesunate-amodiaquine) | 1 pack | G. Kollie\n2 | PH-26-3385 | Varney Sumo | Amoxicillin 500 mg | 21 | G. Kollie\n3 | PH-26-2907 | Comfort Gbarpolu Tarr | Ferrous sulfate + folic acid | 60 | Prince Wleh\nNote: item 2 collected by his uncle Moses Sumo, phone 0886 555 217. Stock-out of ORS reported to Rev. Dr. Ciatta Zayzay (CHO).\nPharmacist in charge: Esther Massaquoi, LPB reg. PH-0447\nEsther Massaquoi checked the dose for Musu Flomo.',
    [
      ['organization', 'Phebe Hospital'],
      ['address', 'Suakoko'],
      ['date', '03/02'],
      ['mrn', 'PH-26-3381'],
      ['name', 'Musu Flomo'], // no trigger
      ['name', 'G. Kollie'], // no trigger
      ['mrn', 'PH-26-3385'],
      ['name', 'Varney Sumo'], // no trigger
      ['name', 'G. Kollie', 1], // no trigger
      ['mrn', 'PH-26-2907'],
      ['name', 'Comfort Gbarpolu Tarr'], // no trigger
      ['name', 'Prince Wleh'], // no trigger
      ['name', 'Moses Sumo'],
      ['phone', '0886 555 217'],
      ['name', 'Ciatta Zayzay'],
      ['name', 'Esther Massaquoi'],
      ['license', 'PH-0447'],
      ['name', 'Esther Massaquoi', 1], // no trigger
      ['name', 'Musu Flomo', 1], // no trigger
    ],
  ),
  // 78 Malawi, district hospital night-to-day nursing handover (bed numbers, guardians)
  g(
    'Zomba Central Hospital - Female Medical Ward handover, 26/01/2026 07:00\nBed 3: Chisomo Banda, 34, cryptococcal meningitis, LP done, opening pressure 32 cmH2O. Guardian Tiwonge Banda (sister) 0999 555 312.\nBed 9: Agnes Phiri, 68, stroke, NG feeding, turned 2-hourly.\nBed 14: Mercy Nyirenda, 19, severe malaria, IV artesunate dose 3 due 10:00.\nEscalated to Dr. Chikondi Mwale at 02:15 for Bed 14 (Hb 5.1) - 1 unit transfused, donor unit MBTS-26-88107.\nHanded over by: Grace Kachingwe (NMT)  Received by: Yamikani Chirwa\nYamikani Chirwa called Tiwonge Banda at 06:30.',
    [
      ['organization', 'Zomba Central Hospital'],
      ['date', '26/01'],
      ['bed', '3'],
      ['name', 'Chisomo Banda'], // no trigger
      ['name', 'Tiwonge Banda'],
      ['phone', '0999 555 312'],
      ['bed', '9', 3],
      ['name', 'Agnes Phiri'], // no trigger
      ['bed', '14'],
      ['name', 'Mercy Nyirenda'], // no trigger
      ['name', 'Chikondi Mwale'],
      ['bed', '14', 1],
      ['other-id', 'MBTS-26-88107'],
      ['name', 'Grace Kachingwe'],
      ['name', 'Yamikani Chirwa'],
      ['name', 'Yamikani Chirwa', 1], // no trigger
      ['name', 'Tiwonge Banda', 1], // no trigger
    ],
  ),
  // 79 The Gambia, pharmacovigilance adverse-drug-reaction report
  g(
    'Medicines Control Agency - Suspected Adverse Drug Reaction Report\nReport ID: GM-ADR-2026-0058 | Reporter facility: Edward Francis Small Teaching Hospital, Banjul\nPatient initials: F.C. | Sex F | Age 31 | Weight 58 kg | Hospital no. EFSTH-0093514\nSuspect drug: sulfadoxine-pyrimethamine (IPTp), given 18/01/2026 at Brikama Health Centre\nReaction: Stevens-Johnson syndrome, onset 27/01/2026; admitted to Ward 7 bed 4\nOutcome: recovering\nReporter: Lamin Ceesay, pharmacist, lamin.ceesay@efsth.gm, +220 739 5512\nCountersigned: Dr. Awa Njie',
    [
      ['other-id', 'GM-ADR-2026-0058'],
      ['organization', 'Edward Francis Small Teaching Hospital'],
      ['address', 'Banjul'],
      ['name', 'F.C.'],
      ['mrn', 'EFSTH-0093514'],
      ['date', '18/01'],
      ['organization', 'Brikama Health Centre'],
      ['date', '27/01'],
      ['bed', '7', 1],
      ['bed', '4', 1],
      ['name', 'Lamin Ceesay'],
      ['email', 'lamin.ceesay@efsth.gm'],
      ['phone', '+220 739 5512'],
      ['name', 'Awa Njie'],
    ],
  ),
  // 80 Lesotho, video consultation between a mountain clinic and a referral hospital (chat-style)
  g(
    'Telemedicine log - Semonkong Health Centre <-> Queen Mamohato Memorial Hospital, Maseru\nSession TM-26-0214 | 14/02/2026\nPatient: Lineo Mokhothu, F 29, 36 weeks, BP 168/112, proteinuria 3+\nMpho (nurse, Semonkong): Lineo has headache and blurred vision since morning.\nDr. Thabo Lerotholi: Give MgSO4 Zuspan regimen and nifedipine 10 mg, then send her down.\nMpho: The road is washed out. Can MAF fly?\nDr. Lerotholi: Call MAF ops on +266 2231 5540, mission ref to quote QMMH-OB-77.\nHusband Teboho Mokhothu informed, cell +266 5887 4410.',
    [
      ['organization', 'Semonkong Health Centre'],
      ['organization', 'Queen Mamohato Memorial Hospital'],
      ['address', 'Maseru'],
      ['other-id', 'TM-26-0214'],
      ['date', '14/02'],
      ['name', 'Lineo Mokhothu'],
      ['name', 'Mpho'],
      ['address', 'Semonkong', 1],
      ['name', 'Lineo', 1], // no trigger
      ['name', 'Thabo Lerotholi'],
      ['name', 'Mpho', 1], // no trigger
      ['organization', 'MAF'],
      ['name', 'Lerotholi', 1],
      ['organization', 'MAF', 1],
      ['phone', '+266 2231 5540'],
      ['other-id', 'QMMH-OB-77'],
      ['name', 'Teboho Mokhothu'],
      ['phone', '+266 5887 4410'],
    ],
  ),
  // 81 Eswatini, child-protection referral from an outpatient department to social welfare
  g(
    'Mbabane Government Hospital - Child Protection Referral Form\nRef: MGH-CP-2026-044 | Date: 19/02/2026\nChild: Sibusiso Dlamini, male, 9 years, PIN 1601231100874\nPresenting: healed cigarette burns on both forearms; child says "Babe Mandla does it when he is drunk".\nAlleged perpetrator: Mandla Shongwe (stepfather), of Msunduza township, Mbabane\nNon-offending carer: Nomcebo Dlamini (mother), 7604 1183\nExamined by: Dr. Lindiwe Simelane | Nurse: Phindile Maseko\nReferred to: Deputy Prime Minister\'s Office, Social Welfare - officer Thulani Nxumalo; Royal Eswatini Police DCS unit informed.',
    [
      ['organization', 'Mbabane Government Hospital'],
      ['other-id', 'MGH-CP-2026-044'],
      ['date', '19/02'],
      ['name', 'Sibusiso Dlamini'],
      ['id-card', '1601231100874'],
      ['name', 'Mandla'],
      ['name', 'Mandla Shongwe'],
      ['address', 'Msunduza'],
      ['address', 'Mbabane', 1],
      ['name', 'Nomcebo Dlamini'],
      ['phone', '7604 1183'],
      ['name', 'Lindiwe Simelane'],
      ['name', 'Phindile Maseko'],
      ['name', 'Thulani Nxumalo'],
    ],
  ),
  // 82 Malta, Mental Health Commissioner / tribunal papers for a continuing care order
  g(
    'Office of the Commissioner for Mental Health - Application for a Continuing Care Order\nPatient: Josephine Camilleri, ID card 0412876M, DOB 22.09.1979\nAddress: 14, Triq il-Kbira, Mosta MST 1015\nDetained at: Mount Carmel Hospital, Attard, ward M4 since 04.01.2026 (Art. 14 order)\nResponsible specialist: Dr. Matthew Borg Grech (MCM reg. 3318)\nNext of kin / responsible carer: Carmen Camilleri (mother), mob. 7921 0046\nHearing fixed for 23.02.2026 at 10:30; patient advocate Ms. Roberta Zammit\nFile: CMH/CCO/26/019\nMatthew Borg Grech met Carmen Camilleri on the ward.',
    [
      ['name', 'Josephine Camilleri'],
      ['id-card', '0412876M'],
      ['date', '22.09'],
      ['address', '14, Triq il-Kbira'],
      ['address', 'Mosta'],
      ['address', 'MST 1015'],
      ['organization', 'Mount Carmel Hospital'],
      ['address', 'Attard'],
      ['bed', 'M4'],
      ['date', '04.01'],
      ['name', 'Matthew Borg Grech'],
      ['license', '3318'],
      ['name', 'Carmen Camilleri'],
      ['phone', '7921 0046'],
      ['date', '23.02'],
      ['name', 'Roberta Zammit'],
      ['other-id', 'CMH/CCO/26/019'],
      ['name', 'Matthew Borg Grech', 1], // no trigger
      ['name', 'Carmen Camilleri', 1], // no trigger
    ],
  ),
  // 83 Gibraltar, discharge letter to the GP (GHA number, postcode GX11)
  g(
    "St Bernard's Hospital, Harbour Views Road, Gibraltar GX11 1AA\nDischarge letter to: Dr. Paul Bossino, Primary Care Centre, Casemates\nPatient: Mr. Albert Montegriffo, DOB 03/05/1946, GHA no. 104473928\nAddress: 7 Flat Bastion Road, Gibraltar\nAdmitted 27/01/2026 with NSTEMI; PCI to RCA on 28/01/2026; discharged 31/01/2026.\nMedication: aspirin 75 mg, ticagrelor 90 mg bd, bisoprolol 2.5 mg, atorvastatin 80 mg\nFollow-up: cardiac rehab, cardiology clinic with Dr. Sonia Alecio in 6 weeks.\nDaughter Nicole Montegriffo-Pitto asked to be contacted on +350 5401 2276.\nDr. Kieran Ferrary, Cardiology Registrar\nKieran Ferrary copied the letter to Sonia Alecio.",
    [
      ['organization', "St Bernard's Hospital"],
      ['address', 'Harbour Views Road'],
      ['address', 'Gibraltar'],
      ['address', 'GX11 1AA'],
      ['name', 'Paul Bossino'],
      ['address', 'Casemates'],
      ['name', 'Albert Montegriffo'],
      ['date', '03/05'],
      ['social-security', '104473928'],
      ['address', '7 Flat Bastion Road'],
      ['address', 'Gibraltar', 1],
      ['date', '27/01'],
      ['date', '28/01'],
      ['date', '31/01'],
      ['name', 'Sonia Alecio'],
      ['name', 'Nicole Montegriffo-Pitto'],
      ['phone', '+350 5401 2276'],
      ['name', 'Kieran Ferrary'],
      ['name', 'Kieran Ferrary', 1], // no trigger
      ['name', 'Sonia Alecio', 1], // no trigger
    ],
  ),
  // 84 Mauritius, histopathology report (NIC with letter and birth date)
  g(
    'Central Health Laboratory, Candos - Histopathology Report\nLab no.: H26-1187 | Received 09/02/2026 | Reported 16/02/2026\nName: Mrs. Devika Ramdhony | NIC R2107784103129 | Age 44\nHospital: Victoria Hospital, Quatre Bornes, ward 12, reg. no. VH-2026-04417\nClinician: Dr. Jean-Marc Lagesse\nSpecimen: left breast, wide local excision with sentinel node\nDiagnosis: invasive ductal carcinoma NST, Nottingham grade 2 (3+2+2), 18 mm; margins clear; SLN 0/2\nER 8/8, PR 6/8, HER2 1+\nPathologist: Dr. Fatima Joomun-Peerun\nFatima Joomun-Peerun discussed the margins with Jean-Marc Lagesse.',
    [
      ['organization', 'Central Health Laboratory'],
      ['address', 'Candos'],
      ['other-id', 'H26-1187'],
      ['date', '09/02'],
      ['date', '16/02'],
      ['name', 'Devika Ramdhony'],
      ['id-card', 'R2107784103129'],
      ['organization', 'Victoria Hospital'],
      ['address', 'Quatre Bornes'],
      ['bed', '12', 1],
      ['mrn', 'VH-2026-04417'],
      ['name', 'Jean-Marc Lagesse'],
      ['name', 'Fatima Joomun-Peerun'],
      ['name', 'Fatima Joomun-Peerun', 1], // no trigger
      ['name', 'Jean-Marc Lagesse', 1], // no trigger
    ],
  ),
  // 85 Seychelles, radiology report with the referring clinician on another island
  g(
    'Seychelles Hospital, Victoria, Mahe - Department of Radiology\nPatient: ESPARON, Marie-Claire | Hosp. no. SH-0619823 | DOB 17/10/1983\nReferred by: Dr. Bernard Labiche, Baie Ste Anne Hospital, Praslin\nExam: Ultrasound abdomen, 05/03/2026\nFindings: gallbladder with multiple calculi, wall 4 mm, positive sonographic Murphy sign; CBD 5 mm.\nImpression: acute calculous cholecystitis.\nReported by: Dr. Vinod Nair, 05/03/2026 | Typed by: cpayet\nReport sent by e-mail to blabiche.bsa@health.gov.sc',
    [
      ['organization', 'Seychelles Hospital'],
      ['address', 'Victoria'],
      ['name', 'ESPARON, Marie-Claire'],
      ['mrn', 'SH-0619823'],
      ['date', '17/10'],
      ['name', 'Bernard Labiche'],
      ['organization', 'Baie Ste Anne Hospital'],
      ['date', '05/03'],
      ['name', 'Vinod Nair'],
      ['date', '05/03', 1],
      ['account', 'cpayet'],
      ['email', 'blabiche.bsa@health.gov.sc'],
    ],
  ),
  // 86 Isle of Man, referral of a death to the coroner of inquests (NHS number, mod-11 valid)
  g(
    "Noble's Hospital, Strang, Douglas IM4 4RJ\nReferral to HM Coroner of Inquests\nDeceased: Mrs. Margaret Ann Kermode, born 02/02/1934 (aged 92), NHS no. 485 729 3013\nHome: 3 Ballaquayle Road, Douglas IM2 5DF\nDate and time of death: 11/03/2026 05:20, Ward 20\nReason for referral: fall at home 09/03/2026 with fractured neck of femur; death within 48 hours of surgery.\nCertifying doctor unable to issue MCCD. Referring: Dr. Owen Corlett, FY2, bleep 4471\nNext of kin: son Stephen Kermode, Port Erin, 07624 555 318\nOwen Corlett spoke to Stephen Kermode by phone.",
    [
      ['organization', "Noble's Hospital"],
      ['address', 'Strang'],
      ['address', 'Douglas'],
      ['address', 'IM4 4RJ'],
      ['name', 'Margaret Ann Kermode'],
      ['date', '02/02/1934'],
      ['age', '92'],
      ['mrn', '485 729 3013'],
      ['address', '3 Ballaquayle Road'],
      ['address', 'Douglas', 1],
      ['address', 'IM2 5DF'],
      ['date', '11/03'],
      ['bed', '20', 2],
      ['date', '09/03'],
      ['name', 'Owen Corlett'],
      ['name', 'Stephen Kermode'],
      ['address', 'Port Erin'],
      ['phone', '07624 555 318'],
      ['name', 'Owen Corlett', 1], // no trigger
      ['name', 'Stephen Kermode', 1], // no trigger
    ],
  ),
  // 87 Jersey, care-home incident report (resident found wandering, police returned)
  g(
    'Les Ormes Care Home, La Rue du Bocage, St Brelade JE3 8BP\nIncident report no. LOC-26-017 | 28/02/2026 19:45\nResident: Mr. Philip Le Sueur, room 14, Jersey social security no. JY 41 22 19 D\nPhilip was found by a member of the public at Beaumont slip road and returned by States of Jersey Police (PC Darren Renouf, collar 214).\nNo injuries. GP Dr. Helen Pallot (Le Quai Medical) informed at 20:30; family informed: niece Claire Amy.\nReported by: Senior Carer Marta Kowalczyk | Manager: Julian de Gruchy\nDoor alarm code changed; DoLS-equivalent review requested.\nMarta Kowalczyk completed the body map; Julian de Gruchy notified Helen Pallot.',
    [
      ['organization', 'Les Ormes Care Home'],
      ['address', 'La Rue du Bocage'],
      ['address', 'St Brelade'],
      ['address', 'JE3 8BP'],
      ['other-id', 'LOC-26-017'],
      ['date', '28/02'],
      ['name', 'Philip Le Sueur'],
      ['bed', '14'],
      ['social-security', 'JY 41 22 19 D'],
      ['name', 'Philip', 1], // no trigger
      ['address', 'Beaumont'],
      ['name', 'Darren Renouf'],
      ['other-id', '214'],
      ['name', 'Helen Pallot'],
      ['organization', 'Le Quai Medical'],
      ['name', 'Claire Amy'],
      ['name', 'Marta Kowalczyk'],
      ['name', 'Julian de Gruchy'],
      ['name', 'Marta Kowalczyk', 1], // no trigger
      ['name', 'Julian de Gruchy', 1], // no trigger
      ['name', 'Helen Pallot', 1], // no trigger
    ],
  ),
  // 88 Cyprus, physiotherapy notes from a Limassol private clinic (English record)
  g(
    'Ygia Physio Centre, 45 Makariou III Avenue, Limassol 3030\nPhysiotherapy notes - Client: Andreas Christodoulou, ARC 884217, GHS beneficiary no. 1027749318\n03/02/2026 Initial assessment: right shoulder pain 7/10, painful arc 70-120, Neer and Hawkins positive, Jobe weak.\nImpression: supraspinatus tendinopathy. Plan: eccentric loading, ultrasound, 8 sessions.\n17/02/2026 Session 4: pain 4/10, Quick DASH 38 -> 24.\nReferred by Dr. Elena Georgiou (orthopaedic surgeon, Mediterranean Hospital of Cyprus)\nPhysiotherapist: Stelios Ioannou | Client mobile 99 555 382\nStelios Ioannou sent a progress report to Elena Georgiou.',
    [
      ['organization', 'Ygia Physio Centre'],
      ['address', '45 Makariou III Avenue'],
      ['address', 'Limassol'],
      ['address', '3030'],
      ['name', 'Andreas Christodoulou'],
      ['id-card', '884217'],
      ['social-security', '1027749318'],
      ['date', '03/02'],
      ['date', '17/02'],
      ['name', 'Elena Georgiou'],
      ['organization', 'Mediterranean Hospital of Cyprus'],
      ['name', 'Stelios Ioannou'],
      ['phone', '99 555 382'],
      ['name', 'Stelios Ioannou', 1], // no trigger
      ['name', 'Elena Georgiou', 1], // no trigger
    ],
  ),
  // 89 Brunei, discharge summary (IC colour and number, kampong address)
  g(
    'RIPAS Hospital, Bandar Seri Begawan - Discharge Summary\nName: Dayang Nurul Huda binti Haji Abdullah | IC 01-048273 (yellow) | BruHIMS no. 0017738201\nAddress: No. 12, Simpang 88-3, Kampong Rimba, Gadong BE3119\nAdmitted 19/03/2026, discharged 24/03/2026 | Ward 21, bed 6\nDiagnosis: dengue fever with warning signs; platelets nadir 18 x10^9/L on 21/03/2026.\nFollow up: Gadong Health Centre, FBC in 3 days.\nDischarging officer: Dr. Hj. Mohd Azri bin Hj. Yusof | Husband Awang Faizal bin Md Noor, tel 871 5523',
    [
      ['organization', 'RIPAS Hospital'],
      ['address', 'Bandar Seri Begawan'],
      ['name', 'Nurul Huda binti Haji Abdullah'],
      ['id-card', '01-048273'],
      ['mrn', '0017738201'],
      ['address', 'No. 12, Simpang 88-3, Kampong Rimba'],
      ['address', 'Gadong'],
      ['address', 'BE3119'],
      ['date', '19/03'],
      ['date', '24/03'],
      ['bed', '21'],
      ['bed', '6', 2],
      ['date', '21/03'],
      ['organization', 'Gadong Health Centre'],
      ['name', 'Mohd Azri bin Hj. Yusof'],
      ['name', 'Faizal bin Md Noor'],
      ['phone', '871 5523'],
    ],
  ),
  // 90 Maldives, WhatsApp thread between an atoll health centre and the patient's family
  g(
    "[12/01/2026, 08:14] Thinadhoo Regional Hospital: Assalaamu alaikum. Aishath Shiuna's scan is booked for 15/01/2026 at IGMH, Male. Ref IG-26-00931.\n[12/01/2026, 08:20] Ibrahim Rasheed: Shukuriyya. Can her mother Mariyam Zahir come as escort? ID A128845.\n[12/01/2026, 08:31] Thinadhoo Regional Hospital: Yes. Aasandha will cover the ferry, booking code ASD-77120. Patient ID A317702.\n[12/01/2026, 08:33] Ibrahim Rasheed: Ok. My number for the ferry office is 7794412.",
    [
      ['date', '12/01'],
      ['organization', 'Thinadhoo Regional Hospital'],
      ['name', 'Aishath Shiuna'], // no trigger
      ['date', '15/01'],
      ['organization', 'IGMH'],
      ['address', 'Male'],
      ['other-id', 'IG-26-00931'],
      ['date', '12/01', 1],
      ['name', 'Ibrahim Rasheed'], // no trigger
      ['name', 'Mariyam Zahir'],
      ['id-card', 'A128845'],
      ['date', '12/01', 2],
      ['organization', 'Thinadhoo Regional Hospital', 1],
      ['other-id', 'ASD-77120'],
      ['id-card', 'A317702'],
      ['date', '12/01', 3],
      ['name', 'Ibrahim Rasheed', 1], // no trigger
      ['phone', '7794412'],
    ],
  ),
  // 91 Kiribati, outer-island patient transfer handover (names after bed numbers)
  g(
    'Tungaru Central Hospital, Nawerewere, Tarawa - Transfer handover 08/04/2026\nBed 5  Teuea Tabokai, M 52, DM foot sepsis, from Abemama; seen by MA Kaure Tiira before flight.\nBed 6  Nei Tebwa Bwebwe, F 71, hip fracture, arrived on Air Kiribati 4:30 pm with daughter Rutiana.\nBed 8  Baby Tokintekai Ioane, 3 months, severe pneumonia, mother Meeri Ioane, phone 730 55 219.\nSeen by Dr. Tekeraoi Kaiea on arrival; handed over to Sr. Bwere Tannang.',
    [
      ['organization', 'Tungaru Central Hospital'],
      ['address', 'Nawerewere'],
      ['date', '08/04'],
      ['bed', '5'],
      ['name', 'Teuea Tabokai'], // no trigger
      ['name', 'Kaure Tiira'],
      ['bed', '6', 1],
      ['name', 'Tebwa Bwebwe'],
      ['organization', 'Air Kiribati'],
      ['name', 'Rutiana'],
      ['bed', '8', 1],
      ['name', 'Tokintekai Ioane'],
      ['name', 'Meeri Ioane'],
      ['phone', '730 55 219'],
      ['name', 'Tekeraoi Kaiea'],
      ['name', 'Bwere Tannang'],
    ],
  ),
  // 92 Cook Islands, laboratory requisition (Rarotonga village, NHI-style number)
  g(
    'Te Marae Ora - Rarotonga Hospital Laboratory Request\nPatient: Tangaroa Mataiapo Teariki | DOB 29/06/1958 | NHI CKI4417 | Village: Arorangi\nPhone: 22 519 (home), 55 016 (mobile)\nRequesting: Dr. Rongo Puna, Tupapa Health Centre\nTests: creatinine, eGFR, urine ACR, HbA1c, lipids\nCollected: 10/03/2026 07:55 by phlebotomist Mii Tetuanui\nCopy results to: Dr. Sarah Ellison (visiting nephrologist, Auckland City Hospital), sarah.ellison@adhb.example.nz\nSample no.: RAR-26-0310-044\nMii Tetuanui couriered the sample; Rongo Puna reviewed the eGFR.',
    [
      ['name', 'Tangaroa Mataiapo Teariki'],
      ['date', '29/06'],
      ['mrn', 'CKI4417'],
      ['address', 'Arorangi'],
      ['phone', '22 519'],
      ['phone', '55 016'],
      ['name', 'Rongo Puna'],
      ['organization', 'Tupapa Health Centre'],
      ['date', '10/03'],
      ['name', 'Mii Tetuanui'],
      ['name', 'Sarah Ellison'],
      ['organization', 'Auckland City Hospital'],
      ['email', 'sarah.ellison@adhb.example.nz'],
      ['other-id', 'RAR-26-0310-044'],
      ['name', 'Mii Tetuanui', 1], // no trigger
      ['name', 'Rongo Puna', 1], // no trigger
    ],
  ),
  // 93 Puerto Rico, dialysis-unit spreadsheet export in English (tab separated, reserved 555-01xx)
  g(
    'Ponce Kidney Care - chair schedule export (MWF, 2nd shift)\nChair\tPatient\tMRN\tDOB\tPhone\tNephrologist\n04\tCarmen Iris Rodríguez Vélez\tPKC-20417\t1949-12-02\t(787) 555-0106\tDr. Luis Ortiz\n05\tJosé Antonio Santiago\tPKC-20588\t1962-07-19\t(787) 555-0117\tDr. Luis Ortiz\n07\tWilfredo Negrón Cruz\tPKC-19920\t1934-03-08\t(939) 555-0151\tDr. Ana Colón\nNote: Wilfredo (92) transported by ambulance; wife Gladys Rivera signs run sheets.\nExported 2026-01-14 by mvelazquez',
    [
      ['organization', 'Ponce Kidney Care'],
      ['bed', '04'],
      ['name', 'Carmen Iris Rodríguez Vélez'], // no trigger
      ['mrn', 'PKC-20417'],
      ['date', '12-02'],
      ['phone', '(787) 555-0106'],
      ['name', 'Luis Ortiz'],
      ['bed', '05'],
      ['name', 'José Antonio Santiago'], // no trigger
      ['mrn', 'PKC-20588'],
      ['date', '07-19'],
      ['phone', '(787) 555-0117'],
      ['name', 'Luis Ortiz', 1],
      ['bed', '07', 1],
      ['name', 'Wilfredo Negrón Cruz'], // no trigger
      ['mrn', 'PKC-19920'],
      ['date', '1934-03-08'],
      ['phone', '(939) 555-0151'],
      ['name', 'Ana Colón'],
      ['name', 'Wilfredo', 1], // no trigger
      ['age', '92', 1],
      ['name', 'Gladys Rivera'],
      ['date', '01-14'],
      ['account', 'mvelazquez'],
    ],
  ),
  // 94 USA, Maine, complaint letter to a hospice about a home visit (bare signature, PO box)
  g(
    'PO Box 217\nMachias, ME 04654\nMarch 19, 2026\n\nDirector of Patient Experience\nDowneast Hospice Care\n\nTo whom it may concern,\nMy mother, Eleanor Thibodeau, 88, was admitted to your service on February 27. On March 14 the nurse, Brandon Sawyer, did not arrive for the scheduled visit and her pump alarmed for six hours. I called the on-call line (207) 555-0121 four times.\nHer chart number is DHC-31177. I would like a written reply.\nRuth Thibodeau-Carver\nruthtc@example.com',
    [
      ['address', 'PO Box 217'],
      ['address', 'Machias'],
      ['address', '04654'],
      ['date', 'March 19'],
      ['organization', 'Downeast Hospice Care'],
      ['name', 'Eleanor Thibodeau'],
      ['date', 'February 27'],
      ['date', 'March 14'],
      ['name', 'Brandon Sawyer'],
      ['phone', '(207) 555-0121'],
      ['mrn', 'DHC-31177'],
      ['name', 'Ruth Thibodeau-Carver'], // no trigger
      ['email', 'ruthtc@example.com'],
    ],
  ),
  // 95 Saint Lucia, school-nurse visit notes (objects of verbs, list members)
  g(
    'Ministry of Health St Lucia - School Health Visit, Vieux Fort Comprehensive Secondary School\nDate: 24/02/2026 | Nurse: Gemma Joseph, RN\nScreened Form 1 (34 students). Referred: Keon Alexander (VA 6/24 both eyes) to Dr. Shaun Mathurin, Vieux Fort Eye Clinic; Tiana St. Rose and Jaheim Edward (BMI > 95th centile) to the nutrition clinic at St Jude Hospital.\nSaw Kimani Felix for a dog bite to the calf (24 h old) - cleaned, tetanus toxoid given, parent Marcia Felix called on 758 555 0143.\nNext visit 10/03/2026.\nGemma Joseph will follow up Keon Alexander.',
    [
      ['organization', 'Vieux Fort Comprehensive Secondary School'],
      ['date', '24/02'],
      ['name', 'Gemma Joseph'],
      ['name', 'Keon Alexander'], // no trigger
      ['name', 'Shaun Mathurin'],
      ['organization', 'Vieux Fort Eye Clinic'],
      ['name', 'Tiana St. Rose'], // no trigger
      ['name', 'Jaheim Edward'], // no trigger
      ['organization', 'St Jude Hospital'],
      ['name', 'Kimani Felix'], // no trigger
      ['name', 'Marcia Felix'],
      ['phone', '758 555 0143'],
      ['date', '10/03'],
      ['name', 'Gemma Joseph', 1], // no trigger
      ['name', 'Keon Alexander', 1], // no trigger
    ],
  ),
  // 96 Saint Kitts and Nevis, scanned antenatal card OCR with misaligned columns
  g(
    'JOSEPH N. FRANCE GENERAL HOSPITAL     BASSETERRE          ANTENATAL  CARD\nName   Shanice   Liburd               Hosp No   JNF  26 - 0419\nAddr   Lodge   Project ,   Sandy  Point          Tel   869  555  0182\nLMP  0 3 / 0 9 / 2025      EDD   1 0 / 0 6 / 2026\nBlood grp  O  Rh neg  -  anti-D given  1 2 / 0 1 / 2026\nFOB   Kevon   Hanley           Midwife   D.  Browne\nDr   Sylvester   Warner     signed',
    [
      ['organization', 'JOSEPH N. FRANCE GENERAL HOSPITAL'],
      ['address', 'BASSETERRE'],
      ['name', 'Shanice   Liburd'],
      ['mrn', 'JNF  26 - 0419'],
      ['address', 'Lodge   Project'],
      ['address', 'Sandy  Point'],
      ['phone', '869  555  0182'],
      ['date', '0 3 / 0 9'],
      ['date', '1 0 / 0 6'],
      ['date', '1 2 / 0 1'],
      ['name', 'Kevon   Hanley'],
      ['name', 'D.  Browne'],
      ['name', 'Sylvester   Warner'],
    ],
  ),
  // ---- identifier-free clinical items: Chinese ----
  // 97 neurovascular: scores, grades and place-named classifications
  g(
    '蛛网膜下腔出血评估：Hunt-Hess 分级 Ⅲ 级，WFNS Ⅱ 级，改良 Fisher 3 级；CTA 示前交通动脉瘤，Spetzler-Martin 分级不适用。\n短暂性脑缺血发作 ABCD2 评分 5 分，属高危，建议 24 小时内完成 DWI 和颈动脉超声；出院 mRS 1 分。\n尼莫地平 60 mg 每 4 小时一次，共 21 天；经颅多普勒监测血管痉挛（Lindegaard 比值 > 3）。\n参考：AHA/ASA 2023 动脉瘤性蛛网膜下腔出血指南；ICD-10 I60.2，ICD-11 8B01.2。',
  ),
  // 98 Chinese herbs and TCM brands that read like personal names
  g(
    '处方：何首乌 15g，白头翁 15g，马齿苋 30g，胡黄连 6g，使君子 9g，牛蒡子 10g，金银花 15g，连翘 12g，黄芩 9g，石斛 12g，马钱子（制）0.3g 另包。\n水煎服，每日一剂，分 2 次温服，7 剂；马钱子用量不得超过 0.6g。\n中成药：马应龙麝香痔疮膏 外用；仲景牌六味地黄丸 8 丸 tid；黄道益活络油 外搽；何济公止痛退热散 1 包 prn；念慈菴川贝枇杷膏 15 ml tid；黄氏响声丸 20 丸 tid；丽珠得乐 110 mg qid。',
  ),
  // 99 endocrinology: eponyms, brands and lab values
  g(
    '亚急性甲状腺炎（de Quervain 甲状腺炎）：ESR 86 mm/h，FT4 38.2 pmol/L，TSH < 0.01 mIU/L，摄碘率降低；予泼尼松 20 mg qd，逐周减 5 mg。\n鉴别：桥本脑病、Riedel 甲状腺炎、Jod-Basedow 现象、Wolff-Chaikoff 效应。\n席汉综合征复查：皮质醇 82 nmol/L，继续氢化可的松 15 mg/5 mg 分次口服。\n降糖方案：拜糖平 50 mg tid，格华止 0.5 g bid，来得时 14 U qn，诺和锐 4-4-6 U 餐前；HbA1c 8.1%，目标 < 7.0%（ADA 2025）。',
  ),
  // 100 cardiology: risk scores, eponymous signs and brand names (values like dates)
  g(
    '急性前壁心肌梗死 Killip Ⅱ 级，TIMI 评分 5 分，GRACE 评分 168 分（高危）。\n心电图：Wellens 综合征 A 型 T 波改变，不符合 Brugada 1 型；既往无 Wolff-Parkinson-White 预激。\n查体：Kussmaul 征阴性，Beck 三联征阴性，未闻及 Austin Flint 杂音。\n用药：倍他乐克 23.75 mg qd，波立维 75 mg qd，立普妥 40 mg qn，诺欣妥 49/51 mg bid，安博维 150 mg qd。\nCHA2DS2-VASc 3 分，HAS-BLED 2 分；血压 128/76 mmHg，心率 62 次/分。',
  ),
  // 101 zoonoses and place-named infections with ICD-10 codes
  g(
    '发热伴皮疹鉴别：恙虫病（焦痂，外斐反应 OXK 1:320）、立克次体斑点热、钩端螺旋体病、莱姆病（伯氏疏螺旋体）、新疆出血热、森林脑炎、日本脑炎、登革热、基孔肯雅热。\n实验室：PLT 42×10^9/L，ALT 186 U/L，CRP 96 mg/L，PCT 1.8 ng/ml。\n治疗：多西环素 100 mg bid，疗程 7 天；如为钩体病，首剂青霉素警惕赫氏反应（Jarisch-Herxheimer）。\nICD-10：A75.3 恙虫病，A27.9 钩端螺旋体病，A69.2 莱姆病，A84.0 远东森林脑炎，A83.0 日本脑炎。',
  ),
  // 102 orthopaedic fracture classifications and examination eponyms
  g(
    '股骨颈骨折 Garden Ⅳ 型、Pauwels Ⅲ 型，拟行人工全髋关节置换；胫骨平台骨折 Schatzker Ⅴ 型；开放性胫腓骨骨折 Gustilo-Anderson ⅢA 型；踝关节骨折 Weber B 型（AO/OTA 44-B2）。\n膝关节查体：Lachman 试验阳性，McMurray 试验阳性，Apley 研磨试验阴性。\n腕部：Phalen 征、Tinel 征阳性，Finkelstein 试验阴性。\n术后 Harris 髋关节评分 86 分，Constant-Murley 肩关节评分 72 分；利伐沙班 10 mg qd 抗凝 35 天（Caprini 5 分）。',
  ),
  // 103 paediatric syndromes, reflexes and development scales
  g(
    '新生儿 Apgar 评分 1 分钟 7 分、5 分钟 9 分，Ballard 胎龄评估 36 周；原始反射：Moro 反射、Galant 反射存在，Babinski 征阳性（生理性）。\n髋关节：Ortolani 征阴性，Barlow 征阴性。\n门诊鉴别：亨诺-许兰紫癜、唐氏综合征、特纳综合征、克氏综合征、威廉姆斯综合征、安格曼综合征、Wilms 瘤、Legg-Calvé-Perthes 病、Osgood-Schlatter 病。\n发育评估：Denver Ⅱ 筛查可疑，Bayley-Ⅲ 认知 85 分；维生素 D 400 IU qd，铁剂 2 mg/kg/d。',
  ),
  // 104 obstetrics and gynaecology: classifications, place-named criteria, brands
  g(
    '多囊卵巢综合征（鹿特丹标准 2003）：稀发排卵、高雄激素表现、卵巢多囊样改变；AMH 9.6 ng/ml，LH/FSH 2.4。\n促排卵：来曲唑 2.5 mg qd ×5 天，克罗米芬备选；黄体支持：地屈孕酮（达芙通）10 mg bid，黄体酮软胶囊（安琪坦）200 mg qn。\n避孕：达英-35、妈富隆 1 片 qd，21/7 方案。\n阴道分泌物：Nugent 评分 8 分，Amsel 标准 3/4 项符合；宫颈细胞学 TBS 报告 ASC-US，HPV 16 阳性，转阴道镜（FIGO 2018）。',
  ),
  // 105 psychiatry: scales with place names and brand names
  g(
    '评估：PHQ-9 19 分，GAD-7 14 分，耶鲁-布朗强迫量表（Y-BOCS）26 分，爱丁堡产后抑郁量表 15 分，蒙特利尔认知评估 27/30，阳性和阴性症状量表 PANSS 72 分。\n用药调整：舍曲林（左洛复）50 mg → 100 mg qd；帕罗西汀（赛乐特）停用；艾司西酞普兰（来士普）10 mg 备选；喹硫平（思瑞康）25 mg qn 改善睡眠；阿立哌唑（安立复）5 mg qd 增效；黛力新 1 片 qam。\nICD-10：F32.2，F42.2，F53.0；DSM-5-TR 诊断标准。',
  ),
  // 106 oncology: staging systems, response criteria and biological brands
  g(
    '右肺腺癌 cT2aN2M0 ⅢA 期（AJCC 第 8 版），EGFR 19 外显子缺失，PD-L1 TPS 60%，ECOG 1 分。\n方案：奥希替尼 80 mg qd；既往新辅助：培美曲塞 500 mg/m2 + 卡铂 AUC 5，q21d ×4 周期；RECIST 1.1 评效 PR。\n淋巴瘤分期参照 Ann Arbor / Lugano 2014；前列腺癌 Gleason 4+3=7，ISUP 3 级组。\n生物制剂：信迪利单抗（达伯舒）200 mg，替雷利珠单抗（百泽安）200 mg，曲妥珠单抗（赫赛汀）8 mg/kg 负荷，贝伐珠单抗（安维汀）7.5 mg/kg，伊马替尼（格列卫）400 mg qd。',
  ),
  // 107 hepatology and gastroenterology: scores and place-named grades
  g(
    '肝硬化 Child-Pugh B 级（8 分），MELD 评分 16 分；食管静脉曲张 LC 分级 F2，红色征阳性。\n上消化道出血 Glasgow-Blatchford 评分 12 分；反流性食管炎洛杉矶分级 C 级；结肠镜 Mayo 内镜评分 2 分；大便性状布里斯托 6 型；功能性消化不良符合罗马Ⅳ标准。\n幽门螺杆菌根除（第六次全国共识 2022）：艾司奥美拉唑（耐信）20 mg bid + 阿莫西林 1 g bid + 克拉霉素 500 mg bid + 枸橼酸铋钾 220 mg bid，疗程 14 天；13C 尿素呼气试验 DOB 值 28.6。',
  ),
  // 108 nephrology: classifications and brand names
  g(
    'IgA 肾病牛津分型 M1 E0 S1 T1 C0（MEST-C），24 小时尿蛋白 1.86 g，eGFR（CKD-EPI 2021）48 ml/min/1.73m2，KDIGO 2024 分期 G3a A3。\n鉴别：Alport 综合征、Fanconi 综合征、Gitelman 综合征、Liddle 综合征、Goodpasture 综合征（抗 GBM 抗体阴性）。\n透析相关：开同 4 片 tid，骨化三醇 0.25 μg qod，司维拉姆（诺维乐）800 mg tid，罗沙司他（爱瑞卓）100 mg tiw；Hb 98 g/L，iPTH 386 pg/ml，Kt/V 1.32。',
  ),
  // 109 dermatology: eponymous signs, scores and brand names
  g(
    '斑块状银屑病 PASI 18.6，BSA 22%，DLQI 14；Auspitz 征阳性。拟用生物制剂：司库奇尤单抗（可善挺）300 mg，依奇珠单抗（拓咨）80 mg。\n皮肌炎：Gottron 丘疹、向阳疹阳性；CK 2380 U/L。\n鉴别：Stevens-Johnson 综合征/中毒性表皮坏死松解症（SCORTEN 2 分）、Sweet 综合征、Kaposi 肉瘤、Bowen 病、乳房外 Paget 病、雷诺现象、白塞病。\n外用：达克宁乳膏 bid，派瑞松 bid，艾洛松 qd，百多邦 tid。',
  ),
  // 110 respiratory: guidelines with years, place-named definitions, inhaler strengths like dates
  g(
    '重症社区获得性肺炎：CURB-65 3 分，PSI Ⅳ 级；合并 ARDS（柏林定义 2012），PaO2/FiO2 142，PEEP 10 cmH2O。\n慢阻肺稳定期：mMRC 2 级，CAT 18 分；哮喘按 GINA 2024 第 4 级治疗。\n吸入药：沙丁胺醇（万托林）100 μg prn，信必可 160/4.5 μg 2 吸 bid，舒利迭 50/250 μg 1 吸 bid，孟鲁司特（顺尔宁）10 mg qn。\n睡眠呼吸暂停：STOP-Bang 6 分，Mallampati Ⅲ 级，AHI 38 次/小时。',
  ),
  // 111 critical care and nursing risk scales (place- and person-named)
  g(
    '护理评估：Braden 评分 11 分（高危），Morse 跌倒评分 55 分，Norton 评分 12 分，Caprini 血栓风险 6 分，Padua 评分 5 分。\n镇静镇痛：RASS -2 分（Richmond 躁动-镇静评分），CPOT 3 分，CAM-ICU 阴性；右美托咪定 0.4 μg/kg/h。\n病情评分：Glasgow 昏迷评分 E3V4M6，APACHE Ⅱ 22 分，SOFA 9 分，qSOFA 2 分；去甲肾上腺素 0.15 μg/kg/min，乳酸 3.4 mmol/L（拯救脓毒症运动 2021 指南）。',
  ),
  // 112 ophthalmology and ENT eponyms
  g(
    '眼科鉴别：福格特-小柳-原田综合征、霍纳综合征、阿迪瞳孔、Argyll Robertson 瞳孔、马凡综合征晶状体脱位、斯特奇-韦伯综合征、科茨病、Stargardt 病、Best 卵黄样黄斑营养不良、Leber 遗传性视神经病变。\n检查：Snellen 视力 0.4，Ishihara 色觉 17/21，Amsler 方格表阳性，Schirmer 试验 4 mm/5 min，Seidel 试验阴性。\n耳鼻喉：梅尼埃病，Weber 试验偏右，Rinne 试验左侧阴性；Dix-Hallpike 阳性，行 Epley 复位；Ramsay Hunt 综合征待排。',
  ),
  // ---- identifier-free clinical items: English ----
  // 113 neurology eponyms and grading systems
  g(
    'Aneurysmal SAH: Hunt and Hess grade 3, WFNS grade 2, modified Fisher 3; nimodipine 60 mg every 4 h for 21 days. Lindegaard ratio 3.4 on day-7 TCD.\nDifferential for the ataxia: Wernicke encephalopathy (thiamine 500 mg IV tds), Korsakoff syndrome, Miller Fisher variant excluded (anti-GQ1b negative).\nSigns: Brown-Sequard pattern at T4, Horner syndrome on the left, Parinaud syndrome absent, Holmes tremor, Lance-Adams myoclonus after hypoxia, Todd paresis resolved.\nABCD2 score 4; mRS 2 at discharge. ICD-10 I60.2, G31.2.',
  ),
  // 114 cardiology: risk scores named like people, eponymous signs, brands
  g(
    'NSTEMI: GRACE score 142, TIMI 4, HEART score 7, Killip class I. Endocarditis workup per modified Duke criteria (2023 Duke-ISCVID): Osler nodes, Janeway lesions and Roth spots absent.\nECG: no Brugada type 1 pattern, no Wolff-Parkinson-White pre-excitation; Graham Steell murmur not heard, Austin Flint murmur not heard, Beck triad absent, Kussmaul sign absent.\nMedications: Eliquis 5 mg bid, Brilinta 90 mg bid, Lipitor 80 mg nightly, Crestor as alternative, Jardiance 10 mg daily, Farxiga if Jardiance not covered, Entresto 97/103 mg bid.\nBP 132/78, HR 64, LDL-C 1.4 mmol/L (2019 ESC/EAS target < 1.4).',
  ),
  // 115 contraception and women's health brands that read like first names
  g(
    'Contraception counselling: combined options Yaz, Yasmin, Natazia, Lo Loestrin Fe, Sprintec, Aviane, Lutera and Sronyx (levonorgestrel 0.1/20); progestin-only Camila, Heather, Jolivette, Lyza, Tarina Fe 1/20, Nora-BE and Slynd.\nLong-acting: Nexplanon implant, Liletta, Skyla, Kyleena; Annovera ring.\nUS MEC 2024 category 4 for estrogen with migraine with aura; category 2 for DMPA with BMI 32.\nFerritin 9 ng/mL, Hb 10.8 g/dL: ferrous sulfate 325 mg alternate days. Pap per ASCCP 2019: NILM, HPV negative.',
  ),
  // 116 oncology staging eponyms and brand names
  g(
    'Melanoma: Breslow thickness 2.3 mm, Clark level IV, ulceration present, pT3b. Staging per AJCC 8th edition.\nLymphoma: Ann Arbor stage IIB, Lugano 2014 response criteria, Deauville 4 on interim PET. CLL: Binet B, Rai II. Myeloma: Durie-Salmon IIIA, R-ISS II.\nRenal mass Bosniak IIF (2019 update); Fuhrman grade 2; breast Nottingham grade 3; colon Dukes C (pT3N1b).\nSystemic therapy: Keytruda 200 mg q3w, Opdivo 480 mg q4w, Herceptin, Kadcyla, Enhertu 5.4 mg/kg, Tagrisso 80 mg, Imbruvica 420 mg, Venclexta ramp-up, Darzalex Faspro, Revlimid 25 mg d1-21.',
  ),
  // 117 place-named viral and zoonotic diseases with ICD-10 codes
  g(
    'Returned-traveller fever differential: Lassa fever (A96.2), Rift Valley fever (A92.4), Ebola virus disease (A98.4), Chikungunya (A92.0), Ross River fever (B33.1), Murray Valley encephalitis (A83.4), Hendra and Nipah virus infection, Oropouche, Mayaro, Omsk haemorrhagic fever (A98.1), Machupo (Bolivian haemorrhagic fever, A96.1).\nLabs: platelets 38 x10^9/L, AST 412 U/L, lactate 2.9 mmol/L; malaria RDT negative x3.\nIsolation per UKHSA HCID guidance; ribavirin 30 mg/kg loading if Lassa confirmed.',
  ),
  // 118 paediatrics: reflexes, scales and eponymous conditions
  g(
    'Newborn: Apgar 6 and 9, New Ballard 35 weeks; Moro and Galant reflexes present, Babinski upgoing (normal for age); Ortolani and Barlow negative.\nClinic differentials: Henoch-Schonlein purpura, Wilms tumour, Ewing sarcoma, Legg-Calve-Perthes disease, Osgood-Schlatter disease, Sever disease; meningism checked with Kernig and Brudzinski signs.\nDevelopment: Denver II caution in language; Bayley-III cognitive composite 90.\nDosing: amoxicillin 90 mg/kg/day divided bid; paracetamol 15 mg/kg q6h; vitamin D 400 IU daily.',
  ),
  // 119 endocrinology eponyms and brands
  g(
    'Hypoglycaemia evaluation: Whipple triad satisfied; 72-hour fast with insulin 6 uU/mL, C-peptide 0.9 ng/mL at glucose 2.4 mmol/L.\nHypocalcaemia: Chvostek and Trousseau signs positive, corrected calcium 1.82 mmol/L.\nAlso on the list: Conn syndrome (ARR 64), Sheehan syndrome, Nelson syndrome, Kallmann syndrome, Turner syndrome, de Quervain thyroiditis, Riedel thyroiditis, Jod-Basedow and Wolff-Chaikoff effects.\nTherapy: Ozempic 1 mg weekly, Mounjaro 5 mg weekly as alternative, Trulicity, Lantus 18 units, Tresiba, Humalog sliding scale, Janumet 50/1000 bid, Synthroid 88 mcg, Tapazole 10 mg.',
  ),
  // 120 psychiatry: brands that look like names and place-named scales
  g(
    "Scales: PHQ-9 17, GAD-7 12, Y-BOCS 24, CAPS-5 41, Columbia Suicide Severity Rating Scale screen negative, Edinburgh Postnatal Depression Scale 14, Mini-Cog 4/5, Addenbrooke's Cognitive Examination III 84/100.\nMedication history: Zoloft 100 mg, Paxil stopped (discontinuation symptoms), Celexa, Lexapro 10 mg, Wellbutrin XL 150 mg, Effexor XR, Remeron 15 mg at night, Trintellix, Abilify 2 mg augmentation, Rexulti, Vraylar, Latuda, Caplyta, Seroquel 25 mg prn, Lamictal titration 25 mg weekly, Depakote level 78 ug/mL.\nDSM-5-TR F33.1; ICD-11 6A71.1.",
  ),
  // 121 gastroenterology and hepatology scores with place names
  g(
    'Cirrhosis: Child-Pugh C10, MELD 3.0 of 24; alcohol-associated hepatitis with Maddrey discriminant function 48, Lille model 0.52 at day 7 (non-responder).\nUpper GI bleed: Glasgow-Blatchford 14; oesophagitis Los Angeles grade C. Ulcerative colitis: Mayo endoscopic subscore 3, Truelove and Witts severe.\nPancreatitis: revised Atlanta 2012 moderately severe, Ranson 4, Balthazar grade E. Stool Bristol type 7; IBS per Rome IV.\nRifaximin 550 mg bid, lactulose titrated to 2-3 soft stools, terlipressin 1 mg q6h, ceftriaxone 1 g daily.',
  ),
  // 122 orthopaedics and sports medicine: eponymous fractures and tests
  g(
    'Fractures: Garden IV neck of femur (Pauwels III), Schatzker V tibial plateau, Gustilo-Anderson IIIA tibia, Weber B ankle, Mason II radial head, Monteggia and Galeazzi patterns excluded, Colles vs Smith vs Barton wrist, Jones fracture of the fifth metatarsal, Lisfranc and Chopart injuries, Maisonneuve fracture.\nKnee: Lachman positive, McMurray positive, Thessaly test positive, Apley negative. Hand: Phalen and Tinel positive, Finkelstein negative. Neck: Spurling positive at C6.\nEnoxaparin 40 mg daily for 28 days; Harris Hip Score 84; Constant-Murley 70.',
  ),
  // 123 nephrology and urology: eponymous syndromes, classifications and brands
  g(
    'IgA nephropathy, Oxford MEST-C M1 E1 S1 T0 C1; uPCR 210 mg/mmol; eGFR 41 (CKD-EPI 2021); KDIGO 2024 G3b A3.\nTubulopathies considered: Fanconi, Bartter, Gitelman (K 2.9, Mg 0.52), Liddle; anti-GBM (Goodpasture) negative; Alport gene panel sent.\nPost-operative complication Clavien-Dindo IIIa after ureteroscopy. Prostate biopsy Gleason 3+4=7, Grade Group 2.\nCKD-MBD and anaemia: Renvela 800 mg tds, Sensipar 30 mg, Mircera 75 mcg monthly, Aranesp alternative, Kerendia 10 mg daily.',
  ),
  // 124 respiratory and airway assessment
  g(
    'Severe CAP: CURB-65 3, PSI class IV; ARDS by the Berlin definition, P/F 138 on PEEP 12.\nAirway: Mallampati III, Cormack-Lehane grade 2a, STOP-BANG 6; Hamman sign audible (pneumomediastinum). Pancoast tumour and Kartagener syndrome noted on the problem list.\nAsthma GINA 2024 step 5: Dupixent 300 mg q2w, Nucala, Fasenra and Tezspire considered; Advair 250/50 stopped, Breo Ellipta 100/25 daily, Spiriva Respimat 2.5 mcg, Singulair 10 mg nightly.\nCOPD: mMRC 3, CAT 24; FEV1/FVC 0.52, FEV1 41% predicted.',
  ),
  // 125 dermatology: signs, syndromes and brand names that read like people or words
  g(
    'Psoriasis PASI 16.2, DLQI 12: candidates Otezla, Skyrizi 150 mg, Tremfya, Cosentyx, Taltz, Bimzelx.\nDermatomyositis: Gottron papules, heliotrope rash, shawl sign; CK 1940 U/L.\nOther entries: Darier sign (mastocytosis), Kaposi sarcoma, Stevens-Johnson syndrome/Lyell syndrome (SCORTEN 3), Sweet syndrome, Bowen disease, extramammary Paget disease, Hutchinson sign (nasal tip in zoster), Beau lines, Mees lines.\nAtopic dermatitis SCORAD 48: Dupixent loading 600 mg; clobetasol 0.05% bd for 2 weeks then twice weekly.',
  ),
  // 126 critical care and nursing risk tools
  g(
    'Nursing risk: Braden 12, Morse Fall Scale 60, Norton 11, Caprini 7, Padua 5.\nSedation and delirium: RASS -1 (Richmond Agitation-Sedation Scale), CPOT 2, CAM-ICU positive (feature 1 + 2 + 4).\nSeverity: Glasgow Coma Scale E2V1M5 (GCS 8T), APACHE II 26, SOFA 11, qSOFA 3; Surviving Sepsis Campaign 2021 hour-1 bundle.\nInfusions: Precedex 0.5 mcg/kg/h, Levophed 0.2 mcg/kg/min, Vasostrict 0.03 units/min, hydrocortisone 50 mg q6h; lactate 4.1 mmol/L, ScvO2 62%.',
  ),
  // 127 ophthalmology and ENT eponyms with brands
  g(
    'Eye: Snellen 6/12 right, 6/36 left; Ishihara 12/17; Amsler grid distortion; Schirmer 3 mm; Seidel negative; relative afferent pupillary defect (Marcus Gunn) on the left.\nDifferentials: Argyll Robertson pupil, Adie tonic pupil, Horner syndrome, Coats disease, Stargardt disease, Best vitelliform dystrophy, Leber hereditary optic neuropathy, Vogt-Koyanagi-Harada, Sturge-Weber.\nDrops: Lumigan 0.01% nightly, Xalatan as alternative, Restasis bd; intravitreal Eylea 2 mg, Lucentis, Vabysmo.\nENT: Weber lateralises right, Rinne negative left; Dix-Hallpike positive, Epley manoeuvre done; Meniere disease vs Ramsay Hunt syndrome; bleeding from Little area.',
  ),
  // 128 coding and laboratory reference note (LOINC, SNOMED CT, ICD-10-CM, ranges like dates)
  g(
    'Coding note for the diabetes registry: LOINC 4548-4 (HbA1c), 2345-7 (glucose), 2160-0 (creatinine), 718-7 (haemoglobin), 14959-1 (microalbumin/creatinine ratio); SNOMED CT 44054006 (type 2 diabetes mellitus), 38341003 (hypertensive disorder), 431855005 (CKD stage 1); ICD-10-CM E11.65, E11.22, I10, N18.32.\nReference ranges: haemoglobin 13.5-17.5 g/dL, INR target 2.0-3.0, TSH 0.4-4.0 mIU/L, ANA titre 1:40 negative, ferritin 30-400 ng/mL, BP goal < 130/80.\nGuidelines: ADA Standards of Care 2025, KDIGO 2022 diabetes in CKD, NICE NG136, outcome trials HOPE-3, ACCORD, ADVANCE, EMPA-REG OUTCOME, DAPA-CKD and CREDENCE.',
  ),
];
