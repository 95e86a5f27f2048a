import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Twenty-third gold set: outside held-out set 51, written blind by an outside evaluator who read neither the detectors,
 * the deidentifier, the detector data, the de-identification README, the dev-set specs nor any earlier gold set's items
 * (only v22's header comment and its first items for the file format and conventions, the GoldSpan / GoldSentence
 * types, the PhiType list and the layout checks), and who neither ran the de-identifier, any test or any scoring on
 * these items nor saw any score of them; the only thing run was the layout check.
 * 128 items: 48 Chinese ones first (36 simplified, then 12 traditional: 5 Taiwan, 5 Hong Kong, 2 Macau), then 48
 * English ones, then 32 identifier-free clinical items (16 Chinese, 16 English).
 * This round is mainstream: large tertiary (三甲) university, provincial and city hospitals and their ordinary paperwork.
 * Simplified items (27 provinces): Zhejiang 4 (Hangzhou university hospital and city first people's hospital, Wenzhou,
 * Ningbo), Shanghai, Guangdong 3 (Guangzhou university hospital, Guangzhou provincial TCM hospital, Shenzhen), Sichuan
 * (Chengdu), Hubei (Wuhan), Hunan (Changsha), Jiangsu 2 (Nanjing, Suzhou), Shandong 2 (Jinan provincial hospital,
 * Qingdao), Henan (Zhengzhou), Hebei (Shijiazhuang), Fujian 2 (Fuzhou, Xiamen), Anhui (Hefei), Shaanxi (Xi'an), Liaoning
 * (Shenyang), Heilongjiang (Harbin), Jilin (Changchun), Jiangxi (Nanchang), Chongqing, Tianjin, Guangxi (Nanning), Yunnan
 * (Qujing city hospital referring to Kunming), Guizhou (Guiyang), Shanxi (a Taiyuan street community health centre),
 * Inner Mongolia (Hohhot), Beijing 2 (Tiantan, a national MDT clinic), Gansu (Lanzhou), Hainan (Haikou).
 * Traditional items: Taiwan (a Taipei university hospital, Linkou, a Taichung veterans hospital, Kaohsiung, a Hualien
 * home-care LINE group), Hong Kong (Pok Fu Lam, Sha Tin A&E, a Kowloon pathology department, a Happy Valley private
 * hospital, a To Kwa Wan Chinese-medicine clinic), Macau (the public general hospital, a charitable hospital).
 * English items: USA 13 (Boston, Baltimore, Ann Arbor, Rochester MN, an Ohio community cardiology practice, Chicago,
 * Houston, San Francisco, Los Angeles, a New York HL7 feed, an Oakland FHIR bundle, a Georgia family practice portal, an
 * Illinois rheumatology prior authorization), UK 9 (England: Bristol GP, London, Manchester, Leeds, Birmingham; Scotland:
 * Edinburgh, Glasgow; Northern Ireland: Belfast; Wales: Cardiff), Ireland 2 (Dublin, Cork), Australia 4 (Melbourne,
 * Westmead, Brisbane, Fremantle), New Zealand 2 (Auckland, Christchurch), Canada 3 (Toronto, Montreal, Vancouver),
 * Singapore 2, Malaysia 2 (Kuala Lumpur, Penang), Philippines 2 (Manila, Taguig), India 3 (New Delhi, Vellore, Chennai),
 * Pakistan (Karachi), Nigeria (Lagos), Kenya (Nairobi), Ghana (Accra), South Africa 2 (Cape Town, Soweto).
 * Genres: 门诊病历 (electronic, paediatric, TCM), 入院记录 with the full header, 首次病程记录, 日常病程记录, 上级医师查房记录,
 * 会诊记录, 转科记录, 手术记录, 麻醉记录单, 手术知情同意书 and 病危通知书 with patient's, relatives' and doctors' signatures,
 * 出院记录, 死亡病例讨论记录, 护理记录单, 护理交接班报告, 检验 / 病理 / CT 报告 with 送检 and 审核 staff, 长期医嘱单, 处方笺,
 * 随访电话记录, 医保结算清单, 病案首页 (健康卡号, 出生地, 籍贯, 现住址, 户口地址, 邮编, 工作单位, 联系人), 双向转诊单 with its
 * receipt, 体检报告, 儿童预防接种记录, 传染病报告卡, 互联网医院图文问诊, a WeChat group, a DingTalk thread, HIS exports (CSV,
 * pipe, JSON); Taiwan discharge summary, 慢性病連續處方箋, 手術同意書, Focus DAR 護理紀錄, LINE group; Hong Kong discharge
 * summary, A&E record, histopathology, insurance claim, 長者醫療券; Macau referral letter and obstetric discharge. English:
 * H&P, SOAP progress note, discharge summaries, operative report, consult and clinic letters with cc, ED notes, an ED
 * handover sheet, MAR table, surgical pathology, MRI report, HL7 v2 ADT, FHIR R4 JSON, portal messages, a prior
 * authorization form, a GP urgent referral, MDT minutes, a biochemistry report with a phoned critical value, a needs-
 * assessment referral, a polyclinic record, a deposit slip, an outpatient prescription.
 * 96 items carry 1600 identifiers: name 574, date 237, organization 185, address 175, phone 115, mrn 77, bed 60,
 * social-security 45, id-card 39, other-id 39, age 15, license 11, device 7, email 6, account 6, url 2, bank-card 2, ip 2,
 * plate 1, vehicle 1, passport 1 (Chinese items 822 identifiers, English items 778).
 * 205 of the 574 names (35.7 %; 135 of 327 Chinese, 70 of 247 English) have no trigger word at all, counted as strictly
 * as v22 (no title, role, credential or label word, no kinship or relation word, no honorific next to the name, and a
 * role or credential written right after the name counted as a trigger): table, CSV, pipe and HL7 cells, names right after
 * a bed number, chat speakers and @mentions, the second form of a name written side by side (TAN Jiale, YU CHANGHAI,
 * 김순희, CHAN, Chi Ming), quoted nicknames ("Peggy", "Hal", "Gwen", "Dot", "Monching", "Tay"), names as objects (告知,
 * 通知, 交接给, 交班予, 转介, "discussed with", "spoke with", "left voicemail for", "see", "referring", "confirmed by",
 * "by"), names followed by a verb (普建华已于…, 应丽君于…, Joanne to visit…), list members after the first, greetings
 * ("Hi Tamika", "Dear Eimear") and bare signatures; these are marked "// no trigger" on their span lines.
 * All identifiers are fictional; check digits are valid for 身份证 (GB 11643; 13 plain and one grouped 6-8-4; birth date
 * and sex digit matching the text, including a woman born 1932 in a CSV row), Taiwan ID (4, sex digit matching), HKID (6,
 * one with the two-letter WX prefix and check A), bank cards (Luhn: a 19-digit UnionPay card and a Mastercard), NHS numbers
 * (7, mod 11), CHI numbers (2, mod 11, date of birth and sex digit matching), the H&C number (mod 11, 320 range), NRIC and
 * FIN (check letter), Aadhaar (Verhoeff), South African IDs (2, Luhn, birth date and sex block matching), NPI (3, Luhn
 * with 80840), the DEA number (check digit, second letter A for Adeyemi-Clarke), Australian Medicare (4, weighted check
 * digit), the IHI (Luhn), NZ NHI (2, old format mod 11), OHIP (Luhn, with version code), the BC PHN (mod 11) and the PPSN
 * (mod 23); MyKad (birth date, state code, sex parity), the CNIC (sex parity) and RAMQ (surname, given-name initial, birth
 * year, month + 50 for a woman) follow their structure; 医保 / 健康卡号, 健保卡號, Macau BIR, HK hospital numbers, SSNs,
 * Medicaid, plan member IDs, PhilHealth, ABHA, PM-JAY, NIN, Kenyan ID, SHA, Ghana Card, NHIS, the licences and the passport
 * only follow their format. US and Canadian phones use 555-01xx (one toll-free 1-800-555-0183); UK phones use the Ofcom
 * drama ranges and Australian phones the ACMA fictitious ranges; the others are invented numbers in each country's format.
 * Annotation conventions are v22's (names without title / 先生 / 医生 / 主任 / 阿嬤 / 姑娘 / Dr / Mr / Mrs / Ms / Prof; surname
 * alone when only the surname is written (何主任 → 何, 麦主任 → 麦, 方院长 → 方, 田阿嬤 → 田, 梁警員 → 梁); dates only the
 * month/day part unless it is the date of birth of someone aged > 89, then the whole date; ages only the number and only
 * when > 89; addresses city level and below, province / state / island left out, postcodes separate; the city / county /
 * district prefix before an institution an `address` span and the institution an `organization` span; province-level
 * municipalities and special municipalities (北京市, 天津市, 臺北市, 臺中市) left out; ROC dates without their year; ages
 * ≤ 89 left in as distractors).
 * Choices this set adds where v22's header is silent:
 *  - places and institutions: only a city / county / district / league written with its suffix (杭州市, 徐汇区, 曲靖市,
 *    太原市小店区, 西湖区) is split off before an institution; a bare place name fused into a proper name stays inside the
 *    organization (南京鼓楼医院, 林口長庚紀念醫院, 花蓮慈濟醫院, 北京师范大学, 杭州钢铁集团有限公司, 呼和浩特民族学院,
 *    油麻地賽馬會普通科門診診所, 澳門威尼斯人度假村酒店, Royal Infirmary of Edinburgh, Kaiser Permanente Oakland Medical Center),
 *    as do province-level names (海南省人民医院, 山东省立医院, 广东省中医院, 北京协和医院) and township / street names fused into
 *    a centre (坞城街道社区卫生服务中心, 留下街道敬老院); a hospital's short name (重医附一院, 北大深圳医院, CHUM) is an
 *    organization; a town written after an institution and a comma is an `address` (Ann Arbor, Rochester, Glasgow, Belfast,
 *    Manila, Ebute-Metta); a health system or trust written before its hospital is a second organization (Michigan Medicine,
 *    Harris Health, Manchester University NHS Foundation Trust, SingHealth Polyclinics, Cardiff and Vale University Health
 *    Board with its Welsh name); insurers, HMOs and medical aids (保誠保險, Blue Cross and Blue Shield of Illinois, Kaiser
 *    Foundation Health Plan, Peach State Health Plan, Maxicare, AIA Bhd., Discovery Health) and employers are organizations;
 *    public programmes (Medicaid, 职工医保, PM-JAY, NHIA, SHA) are not; an institution's own code (定点医疗机构代码) is not
 *    annotated; a lodge (Sri Lakshmi Residency), a shelter, a care home and a nursery are organizations.
 *  - addresses: US states and their abbreviations, Minnesota, Québec, VIC / NSW / QLD / WA, Uttar Pradesh, Penang, 广西,
 *    内蒙古自治区, 澳門 and the city-state Singapore are left out like provinces; Dublin 1 / Dublin 8, Eircodes, a Ghana
 *    digital address, an HDB block and its unit (#03-215), a flat number, a suite and a unit after a comma, an intersection
 *    (63rd St and S Halsted St) and a village / district line in India are `address`; 籍贯 keeps only the city (广西 → 河池);
 *    HL7 address components are separate spans.
 *  - dates: compact HL7 dates keep only their MMDD part (2026[0321]1432, 1987[0714]); a ROC date of birth of someone
 *    aged > 89 is annotated whole with its ROC year (21年11月2日); export and message timestamps are dates too; "18-Mar",
 *    "04-Jan", "Mar 2", "3rd March", "21st January", "14th April" are whole day-and-month spans; an age at death (享年93岁)
 *    is an age.
 *  - numbers: 健康卡号, 医保卡号, 医保个人编号, 健保卡號, NHS, CHI and H&C numbers, PPSN, Medicare (AU), IHI, DVA Gold Card,
 *    NHI, OHIP, RAMQ, BC PHN, SSNs, Medicaid IDs, health-plan, HMO and medical-aid member numbers, PhilHealth, PM-JAY,
 *    ABHA, NHIA, SHA and NHIS numbers are `social-security`; MyKad, NRIC / FIN, Aadhaar, CNIC, NIN, the Kenyan ID, the
 *    Ghana Card, SA IDs, the Macau BIR and the Philippine senior-citizen (OSCA) ID are `id-card`; 就诊卡号, UR, UHID, folder,
 *    IP and ED numbers are `mrn`; 医保医师代码, 醫師證書字號, HK Medical Council and Chinese-medicine registrations, GMC,
 *    TNMC, NPI and DEA are `license`; a visit account number in HL7, bank accounts (HK, NUBAN) and logins are `account`;
 *    order, report, accession, specimen, blood-bag, vaccination-card, police incident, death- and sick-certificate,
 *    work-permit, policy and group numbers, a FHIR resource id, an interpreter ID and police badge / star numbers are
 *    `other-id`; a VIN is `vehicle`, implant, generator, monitor and scanner serials are `device`; extensions (转, 內線),
 *    vaccine batch numbers, the HL7 message control ID, "120" and ambulance unit numbers are not annotated.
 *  - names: HL7 caret-joined names are one span (RODRIGUEZ^MARIA^ISABEL) and have no trigger unless a credential component
 *    follows (LEVINE^DAVID^A^^^MD); JSON keys (name, family, given, attending, display) count as labels; bin, binti, a/p,
 *    s/o, ap, van der, de la, du, Ó, Ní, Mac and Dela stay inside the name, while d/o and W/o between two people separate
 *    two names; a given name alone (雅婷, 美玲, Declan, Jaylen) is a name; a nickname in quotes is its own span; Aling,
 *    Gogo, Smt., Shri, Dre, Cst. and Sr are titles left out; a name followed only by 本人 has no trigger.
 *  - beds: a clinic room (B2-07, 第12诊室), fused ward-bed codes (7A-23, RICU-04, 東7-12, K12N-18, 8B-21, T-14, P2-17 and the
 *    HL7 location 9N^0912^02), a ward alone (Ward 7A, Ward 42), ED cubicles (A4, C1) and a dialysis chair are `bed`.
 *  - phones: every number is annotated, department lines, fax and the toll-free line included; extensions are not.
 * The 32 identifier-free items carry no identifier at all (not even a month/day) and are dense with eponyms, scores and
 * classifications not used in v22's list (de Winter, Sgarbossa, Aslanger, Osborn, Forrester, Stevenson, Frank, Levine, Lown,
 * Selvester, Vaughan Williams, Kyoto, OLGA / OLGIM, Prague C&M, Seattle protocol, Dieulafoy, Forrest, Rockall, Cameron,
 * Mallory-Weiss, Boerhaave, Zenker, Schatzki, Lauren, Paris, Vienna, ALBI, MELD 3.0, Milan, UCSF, Baveno VII, West Haven,
 * Couinaud, Bismuth-Corlette, Tokyo 2018, Charcot, Reynolds, Courvoisier, Murphy, Cullen, Grey Turner, Kehr, Rovsing,
 * Alvarado, Hinchey, Marine-Lenhart, Plummer, Hurthle, Pemberton, Stellwag, von Graefe, Mobius, Sipple, Wermer, Carney,
 * Waterhouse-Friderichsen, Hoehn-Yahr, MDS-UPDRS, MoCA, Romberg, Hoffmann, Chaddock, Myerson, Lhermitte, Gordon, Oppenheim,
 * Uhthoff, Gowers, Froment, Wartenberg, Miller Fisher, Bickerstaff, Lambert-Eaton, Hughes, Erasmus, McDonald, EDSS,
 * ASPECTS, mTICI, Fazekas, Neer, Hawkins, Sanders, Bohler, Gissane, Lauge-Hansen, Tillaux, Evans, Seinsheimer,
 * Russell-Taylor, Crowe, Tonnis, Kellgren-Lawrence, Outerbridge, Segond, ARCO, Ficat, Frykman, Hoffa, Tscherne,
 * Ruedi-Allgower, Schenck, Essex-Lopresti, Stener, Jefferson, Chance, Denis, Bankart, Hill-Sachs, Latarjet, Bristow,
 * Bennett, Rolando, Brostrom-Gould, Ilizarov, Ponseti, Kessler, Berger, Lee, Haas, ISN/RPS, Banff 2019, Fabry, Dent, Lowe,
 * Denys-Drash, Frasier, Tamm-Horsfall, Kimmelstiel-Wilson, Armanni-Ebstein, Bowman, Henle, Bishop, Leopold, McRoberts,
 * Woods, Rubin, Zavanelli, Ritgen, Mauriceau-Smellie-Veit, Pinard, Kielland, Friedman, B-Lynch, Bakri, Pfannenstiel,
 * Joel-Cohen, Misgav Ladach, Kerr, Asherman, Meigs, Krukenberg, Brenner, MRKH, Nabothian, Bartholin, Skene, Kawasaki,
 * Kobayashi, Kasai (葛西), Hirschsprung, Swenson, Soave, Duhamel, Ladd, Ramstedt, Nuss, Glenn, Fontan, Norwood,
 * Blalock-Taussig, Bhutani, Kramer, Finnegan, Silverman-Andersen, Dubowitz, Westley, PRAM, PECARN, Tanner, Prader, Gesell,
 * Peabody, Listeria, Klebsiella, Acinetobacter baumannii, Nocardia, Brucella, Bartonella, Tropheryma whipplei, Yersinia,
 * Shigella, Salmonella, Francisella, Pasteurella, Widal, Weil-Felix, Howell-Jolly, Cabot, Heinz, Pelger-Huet, Dohle, Auer,
 * Coombs, Evans, Waldenstrom, Burkitt, Castleman, Rosai-Dorfman, Langerhans, Richter, Sezary, Kikuchi-Fujimoto, Sokal,
 * ELTS, Hasford, IPSS-M, R-ISS, FLIPI-2, MIPI, Khorana, Wells, Geneva, PESI, Hampton, Westermark, McConnell, Light,
 * Kartagener, Churg-Strauss, Lofgren, Pancoast, Hamman-Rich, Swyer-James-MacLeod, Mounier-Kuhn, Lady Windermere, Kerley,
 * Fleischner, Fuchs, Terrien, Mooren, Axenfeld-Rieger, Peters, Posner-Schlossman, Eales, Purtscher, Terson, Bell,
 * House-Brackmann, Rinne, Schwabach, Barany, Halmagyi, Fukuda, Gradenigo, Tolosa-Hunt, Kearns-Sayre, Killian, Woodruff,
 * Waldeyer, Ludwig, Auspitz, Koebner, von Zumbusch, Hallopeau, Nikolsky, Wickham, Dennie-Morgan, Hertoghe, Pastia,
 * Forchheimer, Hailey-Hailey, Grover, Jessner, Spitz, Becker, Sutton, Brocq, SCORTEN, Fitzpatrick, HAM-D, MADRS, Y-BOCS,
 * Bush-Francis, CIWA-Ar, COWS, AIMS, Simpson-Angus, Barnes, Capgras, Fregoli, Cotard, Ganser, Munchausen, De Clerambault,
 * Othello, Ekbom, Tourette, Lynch, Li-Fraumeni, Ashkenazi, Factor V Leiden, Hb Constant Spring, Hb Lepore, Hb Bart's,
 * Hb Koln, Hb Zurich, G6PD Mediterranean, APACHE II, SOFA, Ramsay, CPOT, CAM-ICU, Waterlow, Hendrich II, MEWS, Barthel,
 * Swan-Ganz, Sengstaken-Blakemore, Minnesota tube, Foley, Hickman, Groshong, Quinton, Yankauer, Heimlich, Macintosh,
 * Magill, Ambu, Trendelenburg), place-named diseases (马尔堡, 克里米亚-刚果, 落基山斑点热, 圣路易斯脑炎, 委内瑞拉马脑炎,
 * 西尼罗, 寨卡, 汉坦, 克山病, Marburg, Powassan, La Crosse, Jamestown Canyon, Heartland, Bourbon, Kyasanur Forest, Junin,
 * Chapare, Coxsackie, Norwalk), drugs and brands that read like personal names or words (徐长卿, 刘寄奴, 王不留行, 杜仲, 白薇,
 * 连翘, 秦艽, 常山, 苏木, 华佗再造丸, 季德胜蛇药片, 济生肾气丸, 片仔癀, 拜阿司匹灵, 倍林达, 阿乐, 康忻, 万爽力, 依姆多,
 * 沃克, 米雅, 亿活, 康复新液, 诺和锐, 欧唐静, 捷诺维, 拜唐苹, 长秀霖, 美多芭, 森福罗, 息宁, 安理申, 益比奥, 罗盖全, 福斯利诺,
 * 盖平, 苏麦卡, 欣普贝生, 巧特欣, 欣母沛, 雪诺同, 美林, 泰诺林, 普米克令舒, 可必特, 思福妥, 泰阁, 达希纳, 施达赛, 亿珂, 万珂,
 * 瑞复美, 启尔畅, 倍择瑞, 欧乐欣, 富露施, 适利达, 派立明, 阿法根, 典必殊, 海露, 诺适得, 达必妥, 特诺雅, 喜开悦, 普特彼,
 * 爱宁达, 达力士, 方希, 泰瑞沙, 易瑞沙, 凯美纳, 安圣莎, 艾贝宁; Effient, Xarelto, Corlanor, Verquvo, Repatha, Leqvio,
 * Nexletol, Camzyos, Vyndamax, Xifaxan, Kristalose, Ocaliva, Rezdiffra, Vemlidy, Mavyret, Isturisa, Recorlev, Korlym,
 * Signifor, Tepezza, Zepbound, Toujeo, Lyumjev, Baqsimi, Ocrevus, Kesimpta, Briumvi, Mavenclad, Vyvgart, Rystiggo,
 * Ultomiris, Xcopri, Briviact, Valtoco, Jolessa, Amethia, Marlissa, Lillow, Vienva, Aubra, Kelnor, Larin, Loryna, Nikki,
 * Portia, Hailey, Errin, Nora-BE, Charlotte 24 Fe, Gemmily, Jaimiess, Ella, Infanrix hexa, Prevnar 20, Bexsero, Trumenba,
 * Beyfortus, Avycaz, Fetroja, Recarbrio, Xerava, Dalvance, Sivextro, Xofluza, Paxlovid, Veklury, Cresemba, Noxafil,
 * Jakafi, Ojjaara, Scemblix, Iclusig, Xospata, Vanflyta, Tibsovo, Calquence, Brukinsa, Jaypirca, Columvi, Epkinly, Talvey,
 * Elrexfio, Tecvayli, Carvykti, Trelegy, Breztri, Stiolto, Ohtuvayre, Xolair, Ofev, Esbriet, Alyftrek, Kalydeco,
 * Pulmozyme, Tyvaso, Opsumit, Uptravi, Winrevair, Vyzulta, Rhopressa, Rocklatan, Durysta, Xiidra, Miebo, Tyrvaya,
 * Oxervate, Izervay, Syfovre, Beovu, Susvimo, Pavblu, Ilumya, Siliq, Sotyktu, Vtama, Zoryve, Opzelura, Cibinqo, Adbry,
 * Ebglyss, Nemluvio, Litfulo, Leqselvi, Soolantra, Aklief, Winlevi, Filspari, Tarpeyo, Fabhalta, Jynarque, Lokelma,
 * Veltassa, Velphoro, Auryxia, Xphozah, Parsabiv, Korsuva, Jesduvroq, Vafseo, Cobenfy, Auvelity, Zurzuvae, Spravato,
 * Lybalvi, Uzedy, Invega Hafyera, Aristada, Vivitrol, Sublocade, Brixadi, Lucemyra, Qelbree, Jornay PM, Giapreza,
 * Cleviprex, Diprivan, Angiomax, Kcentra, Andexxa, Praxbind, Bridion), historical authors inside book titles (《傅青主女科》,
 * 《景岳全书》), doses and lab values with units, ICD-10 / ICD-10-CM / ICD-11 / SNOMED CT / LOINC / ATC codes, ClinVar and
 * variant nomenclature (BRCA1 c.68_69delAG, EGFR L858R, KRAS G12C, JAK2 V617F, BCR::ABL1 p210, HLA-B*58:01, CYP2C19*2/*3,
 * DPYD c.1905+1G>A), guidelines with years (2023 ESC, 中国2型糖尿病防治指南 2020, 2015 MDS, NCCN 2025 V3, CSCO 2024, GOLD 2025,
 * Fleischner 2017, Lung-RADS v2022, 2022 AHA/ACC/HFSA, IDSA, ACMG/AMP 2015, CKD-EPI 2021), and values that look like dates or
 * identifiers (an age in years and months 2岁3月, MoCA 22/30, MMSE 26/30, MRC 36/60, CAS 5/7, 38+2 周, 36+4 weeks,
 * D1/D4/D8/D11, d1/d4/d8/d11, cycle 3/6, 128/76, 142/88, 88/52, 28/22 mmHg, 0.7/0.5, 20/40, 20/200, 7.29/68/54,
 * 24/26 mg, 45/15 mg, 50/20 mg, 10/10 mg, 1:160, 1:640, 1:64, 1:100, 10000IU, SNOMED 22298006, 49049000, 40956001).
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}

export const DEID_GOLD_SET_V23: readonly GoldSentence[] = [
  // ---- Chinese, simplified (mainland tertiary and city hospitals) ----
  // 1 Zhejiang, Hangzhou, a university first affiliated hospital, admission record (入院记录) with the full header
  g(
    '浙江大学医学院附属第一医院 入院记录\n姓名：沈建国　性别：男　年龄：67岁　民族：汉族　婚姻：已婚\n出生地：绍兴市上虞区　职业：退休工人　身份证号：330604195809143610\n工作单位：杭州钢铁集团有限公司（已退休）\n住址：杭州市拱墅区大关路西三苑7幢2单元501室\n住院号：ZY2026031877　床号：7A-23\n入院时间：2026-03-16 10:42\n病史陈述者：患者本人及其妻俞美琴（可靠）\n联系人：沈立（儿子）　电话：138 5712 6604\n主诉：反复胸闷气促3年，加重伴双下肢水肿1周。\n现病史：患者3年前无明显诱因出现活动后胸闷气促，休息后可缓解。2026年3月9日起气促加重，夜间不能平卧，当日就诊于上虞区人民医院，予呋塞米20mg静推后好转，为进一步诊治由沈立陪同来我院急诊，拟“慢性心力衰竭急性加重”收住。\n既往史：2019年行PCI术，长期服用拜阿司匹灵、立普妥。\n个人史：吸烟30年。婚育史：25岁结婚，育1子。\n家族史：父亲沈阿毛享年93岁，死于脑卒中。\n住院医师：方哲　主任医师：诸葛晓峰',
    [
      ['organization', '浙江大学医学院附属第一医院'],
      ['name', '沈建国'],
      ['address', '绍兴市上虞区'],
      ['id-card', '330604195809143610'],
      ['organization', '杭州钢铁集团有限公司'],
      ['address', '杭州市拱墅区大关路西三苑7幢2单元501室'],
      ['mrn', 'ZY2026031877'],
      ['bed', '7A-23'],
      ['date', '03-16'],
      ['name', '俞美琴'],
      ['name', '沈立'],
      ['phone', '138 5712 6604'],
      ['date', '3月9日'],
      ['address', '上虞区', 1],
      ['organization', '人民医院'],
      ['name', '沈立', 1], // no trigger
      ['name', '沈阿毛'],
      ['age', '93'],
      ['name', '方哲'],
      ['name', '诸葛晓峰'],
    ],
  ),
  // 2 Shanghai, a university-affiliated hospital, electronic outpatient record (门诊病历)
  g(
    '复旦大学附属中山医院 门诊病历（电子）\n就诊日期：2026-04-02 09:14　科室：消化科普通门诊　诊室：B2-07\n姓名：顾佳怡　性别：女　年龄：34岁　门诊号：0012648893\n医保卡号：1A2604318876　联系电话：+86 139-1762-0485\n主诉：上腹隐痛2月余。\n现病史：患者2月前无诱因出现上腹隐痛，餐后明显，2026年2月17日曾于徐汇区中心医院就诊，予奥美拉唑治疗后稍缓解。\n家族史：母亲陆秀英63岁时确诊胃癌，在复旦大学附属肿瘤医院手术。\n处理：1.胃镜检查（预约4月8日上午）；2.C13呼气试验；3.雷贝拉唑10mg bid。\n医生签名：欧阳明轩（工号Z08821）\n检查预约短信已发送至13917620485，顾佳怡本人确认。',
    [
      ['organization', '复旦大学附属中山医院'],
      ['date', '04-02'],
      ['bed', 'B2-07'],
      ['name', '顾佳怡'],
      ['mrn', '0012648893'],
      ['social-security', '1A2604318876'],
      ['phone', '+86 139-1762-0485'],
      ['date', '2月17日'],
      ['address', '徐汇区'],
      ['organization', '中心医院'],
      ['name', '陆秀英'],
      ['organization', '复旦大学附属肿瘤医院'],
      ['date', '4月8日'],
      ['name', '欧阳明轩'],
      ['other-id', 'Z08821'],
      ['phone', '13917620485'],
      ['name', '顾佳怡', 1], // no trigger
    ],
  ),
  // 3 Guangdong, Guangzhou, a university first affiliated hospital, first progress note (首次病程记录) after thrombolysis
  g(
    '中山大学附属第一医院 首次病程记录\n2026-01-21 16:35\n患者梁志强，男，58岁，因“突发右侧肢体无力4小时”于2026-01-21 12:10由“120”送入我院急诊，于14:50收入神经内科14病区23床。\n病例特点：1.中年男性，急性起病。2.既往高血压10年，服“络活喜”5mg qd，吸烟40年。3.查体：BP 172/96mmHg，NIHSS 9分，右侧肢体肌力3级。4.头颅CT未见出血。\n诊疗计划：已于13:42予阿替普酶静脉溶栓（DNT 38min），溶栓知情同意由其妻黄丽珍签署，联系电话 020-8733 5216 / 186 2015 7730。\n梁志强既往在广州白云国际机场股份有限公司从事地勤工作，住广州市白云区机场路嘉禾望岗17号。\n住院医师：谭家乐（TAN Jiale）',
    [
      ['organization', '中山大学附属第一医院'],
      ['date', '01-21'],
      ['name', '梁志强'],
      ['date', '01-21', 1],
      ['bed', '14', 1],
      ['bed', '23'],
      ['name', '黄丽珍'],
      ['phone', '020-8733 5216'],
      ['phone', '186 2015 7730'],
      ['name', '梁志强', 1], // no trigger
      ['organization', '广州白云国际机场股份有限公司'],
      ['address', '广州市白云区机场路嘉禾望岗17号'],
      ['name', '谭家乐'],
      ['name', 'TAN Jiale'], // no trigger
    ],
  ),
  // 4 Sichuan, Chengdu, a university hospital, senior physician ward-round record (上级医师查房记录)
  g(
    '四川大学华西医院 上级医师查房记录\n2026年3月4日 8:30　何振宇主任医师查房\n参加人员：刘晓岚、邓凯、蒲思琪、阿依古丽·吐尔逊、进修医师泽仁卓玛\n患者罗春华，女，71岁，9病区12床，因“反复咳嗽咳痰20年，加重伴发热5天”入院。\n外院资料：2025年11月30日在成都市第三人民医院胸部CT（检查号CT20251130-0457）示右下肺斑片影。\n何主任查房后指出：患者 CURB-65 2分，痰培养铜绿假单胞菌，建议完善支气管镜检查。罗春华之女张敏（电话135 5187 2209）表示理解，同意检查。',
    [
      ['organization', '四川大学华西医院'],
      ['date', '3月4日'],
      ['name', '何振宇'],
      ['name', '刘晓岚'],
      ['name', '邓凯'], // no trigger
      ['name', '蒲思琪'], // no trigger
      ['name', '阿依古丽·吐尔逊'], // no trigger
      ['name', '泽仁卓玛'],
      ['name', '罗春华'],
      ['bed', '9'],
      ['bed', '12'],
      ['date', '11月30日'],
      ['address', '成都市'],
      ['organization', '第三人民医院'],
      ['other-id', 'CT20251130-0457'],
      ['name', '何', 1],
      ['name', '罗春华', 1],
      ['name', '张敏'],
      ['phone', '135 5187 2209'],
    ],
  ),
  // 5 Hubei, Wuhan, a university-affiliated hospital, consultation record (会诊记录) for a patient aged > 89
  g(
    '华中科技大学同济医学院附属协和医院 会诊记录\n会诊单号：HZ202602140031　申请时间：2026-02-14 10:05　紧急程度：急会诊\n患者：熊桂芝　女　92岁　出生日期：1933-07-08\n科室：骨科　床号：30-18　住院号：1036657\n申请科室意见：患者因“右股骨颈骨折”拟行半髋置换术，既往房颤，长期服用华法林，INR 2.8，请心内科会诊评估围术期抗凝。\n申请医师：汪涛　联系电话：027-85726114 转 3207\n会诊意见：CHA2DS2-VASc 5分，HAS-BLED 3分，建议停用华法林，改依诺肝素桥接，术前24小时停药。\n会诊医师：司马文静（心血管内科）　2026-02-14 11:40\n已与其子彭建军、孙女彭雨萱沟通，彭建军表示同意。\n家属联系方式：159 2711 0863（彭建军），现住武汉市江岸区黄浦大街248号',
    [
      ['organization', '华中科技大学同济医学院附属协和医院'],
      ['other-id', 'HZ202602140031'],
      ['date', '02-14'],
      ['name', '熊桂芝'],
      ['age', '92'],
      ['date', '1933-07-08'],
      ['bed', '30-18'],
      ['mrn', '1036657'],
      ['name', '汪涛'],
      ['phone', '027-85726114'],
      ['name', '司马文静'],
      ['date', '02-14', 1],
      ['name', '彭建军'],
      ['name', '彭雨萱'],
      ['name', '彭建军', 1], // no trigger
      ['phone', '159 2711 0863'],
      ['name', '彭建军', 2], // no trigger
      ['address', '武汉市江岸区黄浦大街248号'],
    ],
  ),
  // 6 Hunan, Changsha, a university hospital, transfer-out record (转科记录) after a road crash
  g(
    '中南大学湘雅医院 转出记录\n患者谢卫东，男，45岁，住院号H0987214，因“车祸致多处伤2小时”于2026年3月1日入住急诊ICU 6床。\n入科情况：患者驾驶湘A·7K2Q9小型轿车（车架号LSVAU2180N2183746）与货车相撞，交警事故编号430104120260301007。\n诊疗经过：予输血、胸腔闭式引流，病情稳定。\n转科情况：于2026年3月6日转入创伤骨科3病区41床继续治疗。\n转出医师：易海峰　接收医师：龚子豪\n已告知患者妻子曾晓红，曾晓红签字同意。患者工作单位：长沙市公交集团。',
    [
      ['organization', '中南大学湘雅医院'],
      ['name', '谢卫东'],
      ['mrn', 'H0987214'],
      ['date', '3月1日'],
      ['bed', '6', 1],
      ['plate', '湘A·7K2Q9'],
      ['vehicle', 'LSVAU2180N2183746'],
      ['other-id', '430104120260301007'],
      ['date', '3月6日'],
      ['bed', '3', 5],
      ['bed', '41', 1],
      ['name', '易海峰'],
      ['name', '龚子豪'],
      ['name', '曾晓红'],
      ['name', '曾晓红', 1], // no trigger
      ['address', '长沙市'],
      ['organization', '公交集团'],
    ],
  ),
  // 7 Jiangsu, Nanjing, a city teaching hospital, operation note (手术记录) with the whole theatre team
  g(
    '南京鼓楼医院 手术记录\n姓名：钱文斌　性别：男　年龄：62岁　住院号：G26019873　床号：B12-06\n手术日期：2026年2月26日　开始 08:50　结束 12:35\n术前诊断：胰头占位（胰腺癌可能）\n术中诊断：胰头导管腺癌（冰冻号F26-0912）\n手术名称：腹腔镜胰十二指肠切除术（Whipple）+ Child 法消化道重建\n主刀：仇宏伟　一助：季晨\n麻醉方式：全麻　麻醉医师：单雪梅\n器械护士：缪婷　巡回护士：殷佳、华倩倩\n手术经过：探查肝脏及腹膜未见转移，Kocher 切口游离十二指肠……出血约300ml。\n标本交季晨送病理，病理申请单号BL2602260118。术后向家属钱思远（儿子）展示标本。',
    [
      ['organization', '南京鼓楼医院'],
      ['name', '钱文斌'],
      ['mrn', 'G26019873'],
      ['bed', 'B12-06'],
      ['date', '2月26日'],
      ['other-id', 'F26-0912'],
      ['name', '仇宏伟'],
      ['name', '季晨'],
      ['name', '单雪梅'],
      ['name', '缪婷'],
      ['name', '殷佳'],
      ['name', '华倩倩'], // no trigger
      ['name', '季晨', 1], // no trigger
      ['other-id', 'BL2602260118'],
      ['name', '钱思远'],
    ],
  ),
  // 8 Jiangsu, Suzhou, a university first affiliated hospital, anaesthesia record (麻醉记录单) for a caesarean section
  g(
    '苏州大学附属第一医院 麻醉记录单\n日期：2026.01.09　姓名：陶若曦　性别：女　年龄：29岁　体重：56kg\n住院号：2026004513　科室：妇产科　床号：21\n术前诊断：孕38+2周，G1P0，臀位\nASA II级　麻醉方式：腰硬联合麻醉\n麻醉前访视：01.08 17:00 由冯逸飞访视，患者本人及丈夫邹天宇签署麻醉知情同意书。\n用药：0.5%罗哌卡因 2.4ml 鞘内；去氧肾上腺素 40μg iv ×2。\n麻醉医师：冯逸飞、蒋露　麻醉护士：吴倩\n监护仪序列号：MR-BX2036-77581\n15:20 送回病房，交接给金晓燕。',
    [
      ['organization', '苏州大学附属第一医院'],
      ['date', '01.09'],
      ['name', '陶若曦'],
      ['mrn', '2026004513'],
      ['bed', '21'],
      ['date', '01.08'],
      ['name', '冯逸飞'], // no trigger
      ['name', '邹天宇'],
      ['name', '冯逸飞', 1],
      ['name', '蒋露'], // no trigger
      ['name', '吴倩'],
      ['device', 'MR-BX2036-77581'],
      ['name', '金晓燕'], // no trigger
    ],
  ),
  // 9 Shandong, Jinan, a provincial hospital, informed consent for surgery (手术知情同意书) with signatures
  g(
    '山东省立医院 手术知情同意书\n患者姓名：孔令军　性别：男　年龄：54岁　病案号：S0276541　科室：泌尿外科\n身份证号：370102197111055033\n住址：济南市历下区文化东路72号3号楼1单元402\n拟行手术：经尿道前列腺电切术（TURP）\n手术风险：出血、TUR综合征、尿失禁、逆行射精等。\n患者签名：孔令军　日期：2026年3月12日\n委托人签名：孔祥瑞　与患者关系：儿子　身份证号：370102199706232114\n联系电话：0531-8869 2701　手机：177 6401 5532\n谈话医师签名：颜廷伟　医师执业证书编码：110370100054312\n上级医师签名：公孙宏',
    [
      ['organization', '山东省立医院'],
      ['name', '孔令军'],
      ['mrn', 'S0276541'],
      ['id-card', '370102197111055033'],
      ['address', '济南市历下区文化东路72号3号楼1单元402'],
      ['name', '孔令军', 1],
      ['date', '3月12日'],
      ['name', '孔祥瑞'],
      ['id-card', '370102199706232114'],
      ['phone', '0531-8869 2701'],
      ['phone', '177 6401 5532'],
      ['name', '颜廷伟'],
      ['license', '110370100054312'],
      ['name', '公孙宏'],
    ],
  ),
  // 10 Henan, Zhengzhou, a university first affiliated hospital, discharge record (出院记录) of a patient aged > 89
  g(
    '郑州大学第一附属医院 出院记录\n姓名：王秀兰　性别：女　年龄：90岁　出生日期：1935年11月2日\n身份证号：410702193511020048　医保卡号：H41070200318865\n住院号：ZD26-044187　入院日期：2026-02-03　出院日期：2026-02-17　住院天数：14天\n住址：新乡市红旗区平原路中段189号院\n诊疗经过：2月5日行冠状动脉造影示LAD近段狭窄90%，植入支架1枚，术后予替格瑞洛（倍林达）+阿司匹林。\n出院医嘱：1.一周后社区复查血常规；2.3月3日上午到我院心内科专家门诊复诊；3.随访电话0371-6691 3114。\n陪护：孙子王浩然 152 3718 6650\n主治医师：崔永强',
    [
      ['organization', '郑州大学第一附属医院'],
      ['name', '王秀兰'],
      ['age', '90'],
      ['date', '1935年11月2日'],
      ['id-card', '410702193511020048'],
      ['social-security', 'H41070200318865'],
      ['mrn', 'ZD26-044187'],
      ['date', '02-03'],
      ['date', '02-17'],
      ['address', '新乡市红旗区平原路中段189号院'],
      ['date', '2月5日'],
      ['date', '3月3日'],
      ['phone', '0371-6691 3114'],
      ['name', '王浩然'],
      ['phone', '152 3718 6650'],
      ['name', '崔永强'],
    ],
  ),
  // 11 Hebei, Shijiazhuang, a medical university second hospital, death case discussion (死亡病例讨论记录)
  g(
    '河北医科大学第二医院 死亡病例讨论记录\n讨论日期：2026年1月14日 15:00　地点：重症医学科示教室\n主持人：贾振华（科主任）\n参加人员：刘洋、赵立新、范文静、高鹏、申倩\n患者杨德福，男，76岁，住院号0877563，因“重症肺炎、感染性休克”于2026年1月2日入院，于2026年1月11日 04:26经抢救无效临床死亡。生前住址：石家庄市长安区建设北大街88号。\n住院医师刘洋汇报病史（略）。\n赵立新：入院时 qSOFA 3分，SOFA 11分，乳酸 6.8mmol/L，已按拯救脓毒症运动集束化治疗。\n范文静：痰培养为耐碳青霉烯肺炎克雷伯菌，后期加用头孢他啶阿维巴坦。\n高鹏：死亡原因考虑多器官功能障碍综合征。\n贾主任总结：诊断明确，抢救及时，今后对CRE定植患者应更早隔离。\n记录人：高鹏\n家属杨建民（长子）已于1月11日领取居民死亡医学证明书，编号C130102260000871。',
    [
      ['organization', '河北医科大学第二医院'],
      ['date', '1月14日'],
      ['name', '贾振华'],
      ['name', '刘洋'],
      ['name', '赵立新'], // no trigger
      ['name', '范文静'], // no trigger
      ['name', '高鹏'], // no trigger
      ['name', '申倩'], // no trigger
      ['name', '杨德福'],
      ['mrn', '0877563'],
      ['date', '1月2日'],
      ['date', '1月11日'],
      ['address', '石家庄市长安区建设北大街88号'],
      ['name', '刘洋', 1],
      ['name', '赵立新', 1], // no trigger
      ['name', '范文静', 1], // no trigger
      ['name', '高鹏', 1], // no trigger
      ['name', '贾', 1],
      ['name', '高鹏', 2],
      ['name', '杨建民'],
      ['date', '1月11日', 1],
      ['other-id', 'C130102260000871'],
    ],
  ),
  // 12 Fujian, Fuzhou, a medical university union hospital, haematology nursing record sheet (护理记录单) as a pipe table
  g(
    '福建医科大学附属协和医院 一般护理记录单\n科室：血液科　床号：17　姓名：林玉珠　住院号：1168042　诊断：急性髓系白血病（化疗后骨髓抑制期）\n日期 | 时间 | T | P | R | BP | SpO2 | 病情观察及措施 | 签名\n2026-03-20 | 08:00 | 38.6 | 112 | 22 | 102/64 | 96% | 寒战后发热，抽血培养双套，报告值班医生黄志鹏 | 郑雅琳\n03-20 | 08:30 | — | — | — | — | — | 遵医嘱予美平 1g ivgtt | 郑雅琳\n03-20 | 14:00 | 37.9 | 98 | 20 | 110/70 | 97% | 血小板 8×10^9/L，输注单采血小板1治疗量，血袋号3501202603200417 | 陈丽丽\n03-20 | 20:00 | 37.2 | 88 | 18 | 116/72 | 98% | 患者丈夫吴建峰陪护，告知防跌倒 | 卓佳音\n03-21 | 02:00 | 36.8 | 80 | 18 | 112/70 | 98% | 睡眠可，吴建峰在床旁 | 卓佳音',
    [
      ['organization', '福建医科大学附属协和医院'],
      ['bed', '17'],
      ['name', '林玉珠'],
      ['mrn', '1168042'],
      ['date', '03-20'],
      ['name', '黄志鹏'],
      ['name', '郑雅琳'], // no trigger
      ['date', '03-20', 1],
      ['name', '郑雅琳', 1], // no trigger
      ['date', '03-20', 2],
      ['other-id', '3501202603200417'],
      ['name', '陈丽丽'], // no trigger
      ['date', '03-20', 3],
      ['name', '吴建峰'],
      ['name', '卓佳音'], // no trigger
      ['date', '03-21'],
      ['name', '吴建峰', 1], // no trigger
      ['name', '卓佳音', 1], // no trigger
    ],
  ),
  // 13 Anhui, Hefei, a medical university first affiliated hospital, neurosurgery nursing handover (交接班报告)
  g(
    '安徽医科大学第一附属医院 神经外科 护理交接班报告　2026年4月6日 白班→夜班\n原有42人，入院3人，出院2人，现有43人，病危2人\n【新入】15床 方德胜 男 59岁 脑出血（左基底节），GCS 12分，瞳孔等大，甘露醇125ml q8h\n【病危】8床 储红梅 女 93岁 慢性硬膜下血肿术后，鼻饲，骶尾部压疮2期\n【手术】22床 汤子墨 男 7岁 后颅窝肿瘤切除术后，家长汤磊 手机181 5516 0327\n【出院】4床 夏侯兰 女 46岁\n【转出】加3床 买买提·艾力 男 71岁 转ICU\n交班者：章雨桐　接班者：查文君\n19:40 储红梅家属储明要求加强翻身，已交班予查文君。',
    [
      ['organization', '安徽医科大学第一附属医院'],
      ['date', '4月6日'],
      ['bed', '15'],
      ['name', '方德胜'], // no trigger
      ['bed', '8', 1],
      ['name', '储红梅'], // no trigger
      ['age', '93'],
      ['bed', '22'],
      ['name', '汤子墨'], // no trigger
      ['name', '汤磊'],
      ['phone', '181 5516 0327'],
      ['bed', '4', 3],
      ['name', '夏侯兰'], // no trigger
      ['bed', '加3'],
      ['name', '买买提·艾力'], // no trigger
      ['name', '章雨桐'],
      ['name', '查文君'],
      ['name', '储红梅', 1],
      ['name', '储明'],
      ['name', '查文君', 1], // no trigger
    ],
  ),
  // 14 Shaanxi, Xi'an, a university first affiliated hospital, laboratory report with critical-value call (检验报告单)
  g(
    '西安交通大学第一附属医院 检验报告单\n姓名：党晓娟　性别：女　年龄：41岁　病历号：XJ0001784412\n科室：肾内科　床号：5-31　样本：血清　条码：6101203114\n临床诊断：慢性肾脏病4期\n项目　结果　参考范围　单位\n肌酐　312 ↑　41-81　μmol/L\n尿素　24.6 ↑　2.6-7.5　mmol/L\n钾　6.3 ↑↑　3.5-5.3　mmol/L\n送检医生：雷振东　采样时间：2026-03-11 06:20\n检验者：屈晓燕　审核者：贺国栋　报告时间：2026-03-11 10:48\n*危急值已于 08:12 电话通知雷振东，由屈晓燕报告。检验科电话 029-8532 3021',
    [
      ['organization', '西安交通大学第一附属医院'],
      ['name', '党晓娟'],
      ['mrn', 'XJ0001784412'],
      ['bed', '5-31'],
      ['other-id', '6101203114'],
      ['name', '雷振东'],
      ['date', '03-11'],
      ['name', '屈晓燕'],
      ['name', '贺国栋'],
      ['date', '03-11', 1],
      ['name', '雷振东', 1], // no trigger
      ['name', '屈晓燕', 1], // no trigger
      ['phone', '029-8532 3021'],
    ],
  ),
  // 15 Liaoning, Shenyang, a medical university hospital, breast pathology report (病理诊断报告书)
  g(
    '中国医科大学附属盛京医院 病理诊断报告书\n病理号：S2026-08761　送检日期：2026.02.10　报告日期：2026.02.13\n姓名：关淑芬　性别：女　年龄：52岁　住院号：00931475　科室：乳腺外科　床号：11\n联系地址：沈阳市铁西区兴华北街24号3-2-1\n送检医生：赫连东　标本：左乳肿物及前哨淋巴结\n镜下所见：癌细胞呈巢团状浸润性生长，可见脉管内癌栓。\n免疫组化：ER(90%+)、PR(60%+)、HER2(2+)、Ki-67(约25%+)\n病理诊断：（左乳）浸润性导管癌，Nottingham 组织学分级II级；前哨淋巴结 1/3 见癌转移。\n会诊：建议行 HER2 FISH 检测。\n诊断医师：那日苏　复核医师：富察明月',
    [
      ['organization', '中国医科大学附属盛京医院'],
      ['other-id', 'S2026-08761'],
      ['date', '02.10'],
      ['date', '02.13'],
      ['name', '关淑芬'],
      ['mrn', '00931475'],
      ['bed', '11'],
      ['address', '沈阳市铁西区兴华北街24号3-2-1'],
      ['name', '赫连东'],
      ['name', '那日苏'],
      ['name', '富察明月'],
    ],
  ),
  // 16 Heilongjiang, Harbin, a medical university first affiliated hospital, chest CT report (CT检查报告单)
  g(
    '哈尔滨医科大学附属第一医院 CT检查报告单\n检查号：CT26031400892\n姓名：于长海（YU CHANGHAI）　性别：男　年龄：66岁　住院号：ZY0326671　床号：A-15\n检查设备：Siemens SOMATOM Force（设备序列号 SF-2019-75103）\n检查日期：2026-03-14　检查部位：胸部平扫+增强\n影像所见：右肺上叶尖段见一大小约 2.8×2.3cm 分叶状结节，可见毛刺及胸膜凹陷征，纵隔4R组淋巴结肿大。\n影像诊断：右肺上叶占位，考虑周围型肺癌，Lung-RADS 4B。\n报告医师：邵立军　审核医师：东方晓　报告时间：2026-03-14 16:02\n影像云链接：https://yxy.example.cn/s/YuChangHai0314',
    [
      ['organization', '哈尔滨医科大学附属第一医院'],
      ['other-id', 'CT26031400892'],
      ['name', '于长海'],
      ['name', 'YU CHANGHAI'], // no trigger
      ['mrn', 'ZY0326671'],
      ['bed', 'A-15'],
      ['device', 'SF-2019-75103'],
      ['date', '03-14'],
      ['name', '邵立军'],
      ['name', '东方晓'],
      ['date', '03-14', 1],
      ['url', 'https://yxy.example.cn/s/YuChangHai0314'],
    ],
  ),
  // 17 Jilin, Changchun, a university first hospital, long-term medical orders (长期医嘱单) with signature columns
  g(
    '吉林大学白求恩第一医院 长期医嘱单\n姓名：金顺姬（김순희）　科别：内分泌科　床号：26　住院号：J260118843\n起始 | 时间 | 医嘱内容 | 医生 | 护士 | 停止 | 时间 | 医生 | 护士\n01-18 | 10:20 | 内分泌科护理常规 | 朴成浩 | 崔美兰 | | | |\n01-18 | 10:20 | 二级护理 | 朴成浩 | 崔美兰 | | | |\n01-18 | 10:22 | 门冬胰岛素 6U ih tid ac | 朴成浩 | 崔美兰 | 01-21 | 09:00 | 朴成浩 | 李香玉\n01-21 | 09:02 | 德谷门冬双胰岛素 14U ih qd | 南宫浩 | 李香玉 | | | |\n01-18 | 10:25 | 二甲双胍（格华止）0.5g po tid | 朴成浩 | 崔美兰 | | | |',
    [
      ['organization', '吉林大学白求恩第一医院'],
      ['name', '金顺姬'],
      ['name', '김순희'], // no trigger
      ['bed', '26'],
      ['mrn', 'J260118843'],
      ['date', '01-18'],
      ['name', '朴成浩'], // no trigger
      ['name', '崔美兰'], // no trigger
      ['date', '01-18', 1],
      ['name', '朴成浩', 1], // no trigger
      ['name', '崔美兰', 1], // no trigger
      ['date', '01-18', 2],
      ['name', '朴成浩', 2], // no trigger
      ['name', '崔美兰', 2], // no trigger
      ['date', '01-21'],
      ['name', '朴成浩', 3], // no trigger
      ['name', '李香玉'], // no trigger
      ['date', '01-21', 1],
      ['name', '南宫浩'], // no trigger
      ['name', '李香玉', 1], // no trigger
      ['date', '01-18', 3],
      ['name', '朴成浩', 4], // no trigger
      ['name', '崔美兰', 3], // no trigger
    ],
  ),
  // 18 Jiangxi, Nanchang, a university first affiliated hospital, outpatient prescription (处方笺) with the pharmacists
  g(
    '南昌大学第一附属医院 处方笺（普通）\n费别：职工医保　医保卡号：36010288412377　处方编号：2026031800517\n科别：皮肤科　门诊号：MZ26318004127　开具日期：2026年3月18日\n姓名：涂志明　性别：男　年龄：27岁　体重：68kg\n地址/电话：南昌市青山湖区北京东路699号 134 7912 0368\n临床诊断：寻常痤疮（中度）\nRp：多西环素肠溶胶囊 0.1g×14粒　Sig: 0.1g po qd\n阿达帕林凝胶（达芙文）30g×1支　Sig: 外用 qn\n医师：熊艳　药品金额：¥86.40\n审核药师：辜敏　调配药师：邬佳　核对、发药：漆文彬',
    [
      ['organization', '南昌大学第一附属医院'],
      ['social-security', '36010288412377'],
      ['other-id', '2026031800517'],
      ['mrn', 'MZ26318004127'],
      ['date', '3月18日'],
      ['name', '涂志明'],
      ['address', '南昌市青山湖区北京东路699号'],
      ['phone', '134 7912 0368'],
      ['name', '熊艳'],
      ['name', '辜敏'],
      ['name', '邬佳'],
      ['name', '漆文彬'],
    ],
  ),
  // 19 Chongqing, a medical university first affiliated hospital, post-discharge telephone follow-up (随访电话记录)
  g(
    '重庆医科大学附属第一医院 出院患者电话随访记录\n随访日期：2026-04-10　随访方式：电话　随访人：冉小琴（护士）\n患者：谭德明　男　69岁　出院日期：2026-03-27　出院诊断：COPD急性加重\n联系电话：023-6842 7719（家）、+86 158 2301 4476（女儿谭静）\n护士：您好，请问是谭静吗？我是重医附一院呼吸科的随访护士。\n家属：是的。我爸最近气还是有点紧，上周五在渝北区人民医院复查了血气。\n护士：噻托溴铵（思力华）要每天吸，下次复诊挂蒲光荣主任的号，4月21日周二上午。\n家属：好的。对了，我换号码了，新的是199 2316 8805。\n随访结果：已更新联系电话；患者现住渝北区龙溪街道金龙路256号。',
    [
      ['organization', '重庆医科大学附属第一医院'],
      ['date', '04-10'],
      ['name', '冉小琴'],
      ['name', '谭德明'],
      ['date', '03-27'],
      ['phone', '023-6842 7719'],
      ['phone', '+86 158 2301 4476'],
      ['name', '谭静'],
      ['name', '谭静', 1], // no trigger
      ['organization', '重医附一院'],
      ['address', '渝北区'],
      ['organization', '人民医院'],
      ['name', '蒲光荣'],
      ['date', '4月21日'],
      ['phone', '199 2316 8805'],
      ['address', '渝北区龙溪街道金龙路256号'],
    ],
  ),
  // 20 Tianjin, a medical university general hospital, medical-insurance fund settlement list (医保结算清单)
  g(
    '医疗保障基金结算清单\n定点医疗机构名称：天津医科大学总医院　定点医疗机构代码：H12010100045\n清单流水号：QD1201202602270000381　结算日期：2026-02-27　病案号：0652197\n姓名：穆振海　性别：男　出生日期：1962-08-19　年龄：63　民族：回族\n证件类型：居民身份证　证件号码：120105196208191515\n现住址：天津市河北区中山路金钟河大街12号\n工作单位名称：天津港集团有限公司（退休）\n联系人姓名：穆丽　关系：女儿　联系人电话：022-2631 5548\n医保类型：职工基本医疗保险　参保地：天津市　个人编号：1200000037815529\n入院日期：2026-02-16　出院日期：2026-02-27\n主诊医师姓名：边志刚　主诊医师代码：D120101030167\n医疗机构经办人：病案室',
    [
      ['organization', '天津医科大学总医院'],
      ['other-id', 'QD1201202602270000381'],
      ['date', '02-27'],
      ['mrn', '0652197'],
      ['name', '穆振海'],
      ['date', '08-19'],
      ['id-card', '120105196208191515'],
      ['address', '河北区中山路金钟河大街12号'],
      ['organization', '天津港集团有限公司'],
      ['name', '穆丽'],
      ['phone', '022-2631 5548'],
      ['social-security', '1200000037815529'],
      ['date', '02-16'],
      ['date', '02-27', 1],
      ['name', '边志刚'],
      ['license', 'D120101030167'],
    ],
  ),
  // 21 Guangxi, Nanning, a medical university first affiliated hospital, inpatient front sheet (病案首页) with all its fields
  g(
    '广西医科大学第一附属医院 住院病案首页\n医疗付费方式：城镇职工基本医疗保险　健康卡号：4501030000871226　第2次住院　病案号：B00738255\n姓名：韦美凤　性别：女　出生日期：1958年6月3日　年龄：67岁　国籍：中国\n出生地：河池市宜州区　籍贯：广西河池　民族：壮族\n身份证号：451203195806030629　职业：退休人员　婚姻：已婚\n现住址：南宁市青秀区民族大道131号翡翠园8栋1502　电话：0771-5580236　邮编：530022\n户口地址：河池市宜州区庆远镇中山路44号　邮编：546300\n工作单位及地址：南宁糖业股份有限公司\n联系人姓名：黄国强　关系：丈夫　地址：同患者　电话：139 7718 2045\n入院时间：2026年3月2日10时　入院科别：内分泌科　病房：9病区\n出院时间：2026年3月14日9时　出院科别：内分泌科　病房：9病区　实际住院：12天\n出院诊断：2型糖尿病伴多个并发症　疾病编码：E11.700\n科主任：蓝天佑　主任（副主任）医师：覃海燕　主治医师：莫永东　住院医师：陆秋萍\n责任护士：梁宝珍\n病案质量：甲　质控日期：2026年3月16日',
    [
      ['organization', '广西医科大学第一附属医院'],
      ['social-security', '4501030000871226'],
      ['mrn', 'B00738255'],
      ['name', '韦美凤'],
      ['date', '6月3日'],
      ['address', '河池市宜州区'],
      ['address', '河池', 1],
      ['id-card', '451203195806030629'],
      ['address', '南宁市青秀区民族大道131号翡翠园8栋1502'],
      ['phone', '0771-5580236'],
      ['address', '530022'],
      ['address', '河池市宜州区庆远镇中山路44号'],
      ['address', '546300'],
      ['organization', '南宁糖业股份有限公司'],
      ['name', '黄国强'],
      ['phone', '139 7718 2045'],
      ['date', '3月2日'],
      ['bed', '9', 4],
      ['date', '3月14日'],
      ['bed', '9', 6],
      ['name', '蓝天佑'],
      ['name', '覃海燕'],
      ['name', '莫永东'],
      ['name', '陆秋萍'],
      ['name', '梁宝珍'],
      ['date', '3月16日'],
    ],
  ),
  // 22 Yunnan, a city first people's hospital referring to a Kunming university hospital, two-way referral slip (转诊单) with receipt
  g(
    '双向转诊（转出）单\n转出单位：曲靖市第一人民医院　转入单位：昆明医科大学第一附属医院 神经外科\n患者姓名：普建华　性别：男　年龄：38岁　身份证号：530302198709211737\n联系电话：187 8741 2290　家属：普丽（妻）\n初步诊断：右额叶占位性病变\n主要现病史：2026年1月29日突发四肢抽搐约3分钟，头颅MRI示右额叶 4.1cm 环形强化灶。\n转出原因：需进一步手术治疗\n转诊医生：保志坚　联系电话：0874-3122415　转出日期：2026年2月2日\n—— 回执 ——\n普建华已于2026年2月2日收入我院神经外科，住院号K2602020133。接诊医生：杞明',
    [
      ['address', '曲靖市'],
      ['organization', '第一人民医院'],
      ['organization', '昆明医科大学第一附属医院'],
      ['name', '普建华'],
      ['id-card', '530302198709211737'],
      ['phone', '187 8741 2290'],
      ['name', '普丽'],
      ['date', '1月29日'],
      ['name', '保志坚'],
      ['phone', '0874-3122415'],
      ['date', '2月2日'],
      ['name', '普建华', 1], // no trigger
      ['date', '2月2日', 1],
      ['mrn', 'K2602020133'],
      ['name', '杞明'],
    ],
  ),
  // 23 Guizhou, Guiyang, a medical university affiliated hospital, employee health check report (体检报告) with a station table
  g(
    '贵州医科大学附属医院 健康管理中心 健康体检报告\n体检编号：TJ2603050219　体检日期：2026-03-05\n姓名：罗晓峰　性别：男　年龄：45岁　单位：贵州茅台酒股份有限公司　工号：MT011287\n身份证：520103 19801204 4151\n手机：+86 186-8510-2277　邮箱：luoxf1980@example.com\n科室 | 小结 | 检查医生\n一般检查 | 身高172cm 体重81kg BMI 27.4 血压142/92mmHg | 卯丽\n内科 | 心肺未见异常 | 滕学军\n眼科 | 双眼屈光不正 | 龙雨\n彩超 | 脂肪肝（中度）| 石朝阳\n主检医师：龙雨　总检日期：2026-03-09\n报告查询：https://tj.example.cn/report?no=TJ2603050219&name=luoxiaofeng',
    [
      ['organization', '贵州医科大学附属医院'],
      ['other-id', 'TJ2603050219'],
      ['date', '03-05'],
      ['name', '罗晓峰'],
      ['organization', '贵州茅台酒股份有限公司'],
      ['other-id', 'MT011287'],
      ['id-card', '520103 19801204 4151'],
      ['phone', '+86 186-8510-2277'],
      ['email', 'luoxf1980@example.com'],
      ['name', '卯丽'], // no trigger
      ['name', '滕学军'], // no trigger
      ['name', '龙雨'], // no trigger
      ['name', '石朝阳'], // no trigger
      ['name', '龙雨', 1],
      ['date', '03-09'],
      ['url', 'https://tj.example.cn/report?no=TJ2603050219&name=luoxiaofeng'],
    ],
  ),
  // 24 Shanxi, Taiyuan, a street community health service centre, child vaccination record (预防接种记录)
  g(
    '太原市小店区坞城街道社区卫生服务中心 儿童预防接种记录\n儿童姓名：郝梓涵　性别：女　出生日期：2025年7月16日　出生医院：山西省儿童医院\n预防接种证编号：1401050251160423\n监护人：郝建伟（父）、任晓雯（母）　联系电话：138 3514 6620\n家庭住址：小店区长治路万科城12号楼2单元902\n接种日期 | 疫苗 | 剂次 | 批号 | 部位 | 接种单位 | 接种医生\n2025-07-16 | 乙肝疫苗（CHO） | 1 | 202504B17 | 右上臂 | 山西省儿童医院 | 秦晓梅\n2025-08-18 | 乙肝疫苗 | 2 | 202505A03 | 右上臂 | 本中心 | 段丽萍\n2025-10-17 | 脊灰灭活疫苗（IPV） | 1 | 202507C11 | 左大腿 | 本中心 | 段丽萍\n2026-01-16 | 乙肝疫苗 | 3 | 202509B02 | 右上臂 | 本中心 | 温静\n下次接种：麻腮风疫苗（满8月龄）',
    [
      ['address', '太原市小店区'],
      ['organization', '坞城街道社区卫生服务中心'],
      ['name', '郝梓涵'],
      ['date', '7月16日'],
      ['organization', '山西省儿童医院'],
      ['other-id', '1401050251160423'],
      ['name', '郝建伟'],
      ['name', '任晓雯'],
      ['phone', '138 3514 6620'],
      ['address', '小店区长治路万科城12号楼2单元902'],
      ['date', '07-16'],
      ['organization', '山西省儿童医院', 1],
      ['name', '秦晓梅'], // no trigger
      ['date', '08-18'],
      ['name', '段丽萍'], // no trigger
      ['date', '10-17'],
      ['name', '段丽萍', 1], // no trigger
      ['date', '01-16'],
      ['name', '温静'], // no trigger
    ],
  ),
  // 25 Inner Mongolia, Hohhot, a medical university affiliated hospital, notifiable-disease report card (传染病报告卡)
  g(
    '中华人民共和国传染病报告卡\n卡片编号：150102202602180037　报卡类别：初次报告\n患者姓名：乌日娜　有效证件号：150102199005080284\n性别：女　出生日期：1990年5月8日　年龄：35岁\n工作单位（学校）：呼和浩特民族学院　联系电话：150 4718 2263\n病人属于：本县区　现住址（详填）：内蒙古自治区呼和浩特市新城区海拉尔东路32号院5-3-201\n人群分类：教师　病例分类：确诊病例\n发病日期：2026年2月12日　诊断日期：2026年2月17日\n疾病名称：乙类传染病 布鲁氏菌病\n报告单位：内蒙古医科大学附属医院　联系电话：0471-3451096\n报告医生：巴特尔　填卡日期：2026年2月18日\n备注：发病前在锡林郭勒盟正镶白旗亲戚孟克家中接羔，同住者其其格亦有发热。',
    [
      ['other-id', '150102202602180037'],
      ['name', '乌日娜'],
      ['id-card', '150102199005080284'],
      ['date', '5月8日'],
      ['organization', '呼和浩特民族学院'],
      ['phone', '150 4718 2263'],
      ['address', '呼和浩特市新城区海拉尔东路32号院5-3-201'],
      ['date', '2月12日'],
      ['date', '2月17日'],
      ['organization', '内蒙古医科大学附属医院'],
      ['phone', '0471-3451096'],
      ['name', '巴特尔'],
      ['date', '2月18日'],
      ['address', '锡林郭勒盟正镶白旗'],
      ['name', '孟克'],
      ['name', '其其格'], // no trigger
    ],
  ),
  // 26 Zhejiang, Wenzhou, a medical university first affiliated hospital, internet-hospital text consultation (互联网医院问诊)
  g(
    '温州医科大学附属第一医院互联网医院 图文问诊记录\n订单号：IH20260309004821　问诊时间：2026-03-09 21:14\n就诊人：潘思琪（女，26岁）　就诊卡号：330300012245817\n接诊医生：叶帆（皮肤科 主治医师）\n[21:14] 潘思琪：医生您好，我手臂上起了一片红疹，很痒，已经三天了。\n[21:16] 叶帆：您好，请上传照片。最近有接触新的护肤品或者衣物吗？\n[21:18] 潘思琪：[图片] 前天在鹿城区五马街买了件新毛衣。\n[21:20] 叶帆：考虑接触性皮炎。外用丁酸氢化可的松乳膏（尤卓尔）每天2次，口服氯雷他定（开瑞坦）10mg qn。\n[21:21] 潘思琪：好的，药寄到鹿城区锦绣路1098号锦绣家园3幢，收件人潘思琪，电话135 8772 2081。\n[21:23] 叶帆：处方已开具（处方号RX2603090117）。\n[21:40] 系统：药师缪静已审核通过，快递单号SF1402889316745；诊金退款至银行卡6222 0216 0300 4471 868。',
    [
      ['organization', '温州医科大学附属第一医院'],
      ['other-id', 'IH20260309004821'],
      ['date', '03-09'],
      ['name', '潘思琪'],
      ['mrn', '330300012245817'],
      ['name', '叶帆'],
      ['name', '潘思琪', 1], // no trigger
      ['name', '叶帆', 1], // no trigger
      ['name', '潘思琪', 2], // no trigger
      ['address', '鹿城区五马街'],
      ['name', '叶帆', 2], // no trigger
      ['name', '潘思琪', 3], // no trigger
      ['address', '鹿城区锦绣路1098号锦绣家园3幢'],
      ['name', '潘思琪', 4],
      ['phone', '135 8772 2081'],
      ['name', '叶帆', 3], // no trigger
      ['other-id', 'RX2603090117'],
      ['name', '缪静'],
      ['other-id', 'SF1402889316745'],
      ['bank-card', '6222 0216 0300 4471 868'],
    ],
  ),
  // 27 Guangdong, Shenzhen, a university hospital, cardiology team WeChat group (微信群) with @mentions
  g(
    '【微信群：北大深圳医院心内科医护群（48）】 2026年2月10日\n周晓：@邱俊杰 12床黎伟强肌钙蛋白回来了 2.35 ng/ml，家属在问什么时候做造影\n邱俊杰：收到，我跟麦主任说一下，下午第二台\n陈嘉欣：23床袁国栋家属袁晓琳 138-2876-0915 说明天上午才能来签字\n麦振华：@陈嘉欣 让袁晓琳今天下班前来，明早手术不能等\n周晓：[图片] 5床吴淑贞 91岁 夜里谵妄，已约束，请医生看下\n邱俊杰：好的，马上\n麦振华：今天出院7床、9床，出院小结我已签，周晓安排一下随访',
    [
      ['organization', '北大深圳医院'],
      ['date', '2月10日'],
      ['name', '周晓'], // no trigger
      ['name', '邱俊杰'], // no trigger
      ['bed', '12'],
      ['name', '黎伟强'], // no trigger
      ['name', '邱俊杰', 1], // no trigger
      ['name', '麦'],
      ['name', '陈嘉欣'], // no trigger
      ['bed', '23'],
      ['name', '袁国栋'],
      ['name', '袁晓琳'],
      ['phone', '138-2876-0915'],
      ['name', '麦振华'], // no trigger
      ['name', '陈嘉欣', 1], // no trigger
      ['name', '袁晓琳', 1], // no trigger
      ['name', '周晓', 1], // no trigger
      ['bed', '5', 2],
      ['name', '吴淑贞'], // no trigger
      ['age', '91', 1],
      ['name', '邱俊杰', 2], // no trigger
      ['name', '麦振华', 1], // no trigger
      ['bed', '7', 1],
      ['bed', '9', 2],
      ['name', '周晓', 2], // no trigger
    ],
  ),
  // 28 Zhejiang, Hangzhou, a city first people's hospital, DingTalk notice thread (钉钉消息) about an unidentified patient
  g(
    '【钉钉】杭州市第一人民医院-医务处通知群\n沈晓红（医务处） 2026/3/2 08:31\n各科室：今晚 20:00-22:00 HIS 系统升级，期间请使用应急预案。应急联系人：信息科李斌 0571-5600 7132 转 8021，180 6713 5522。\n张一鸣 2026/3/2 09:05\n@沈晓红 收到。急诊这边杜欣然、姚远值班，已备好纸质处方。\n姚远 2026/3/2 22:41\n急诊收治一名无名氏男性，已报警（警情编号J3301062026030200487），身上有西湖区留下街道敬老院的卡片。\n沈晓红 2026/3/3 07:50\n已联系敬老院方院长：患者为陈阿根，94岁，家属陈国平（侄子）137 5811 2947 下午到院。',
    [
      ['address', '杭州市'],
      ['organization', '第一人民医院'],
      ['name', '沈晓红'],
      ['date', '3/2'],
      ['name', '李斌'],
      ['phone', '0571-5600 7132'],
      ['phone', '180 6713 5522'],
      ['name', '张一鸣'], // no trigger
      ['date', '3/2', 1],
      ['name', '沈晓红', 1], // no trigger
      ['name', '杜欣然'], // no trigger
      ['name', '姚远'], // no trigger
      ['name', '姚远', 1], // no trigger
      ['date', '3/2', 2],
      ['other-id', 'J3301062026030200487'],
      ['address', '西湖区'],
      ['organization', '留下街道敬老院'],
      ['name', '沈晓红', 2], // no trigger
      ['date', '3/3'],
      ['name', '方', 1],
      ['name', '陈阿根'],
      ['age', '94'],
      ['name', '陈国平'],
      ['phone', '137 5811 2947'],
    ],
  ),
  // 29 Shandong, Qingdao, a university affiliated hospital, outpatient registration CSV export (HIS 导出)
  g(
    '# 青岛大学附属医院 门诊挂号明细导出 mz_register.csv\n序号,就诊日期,门诊号,患者姓名,性别,出生日期,身份证号,手机号,科室,医生,医保类型\n1,2026-03-18,MZ0302981,隋洪涛,男,1959-04-22,370202195904220314,13605328871,心内科,徐守军,职工医保\n2,2026-03-18,MZ0300457,欧阳娜,女,1988-12-05,370202198812050462,15866827703,产科,纪晓燕,居民医保\n3,2026-03-18,MZ0318002,宫子轩,男,2019-06-30,370202201906300156,18562710948,儿科,臧立波,自费\n4,2026-03-18,MZ0281734,于淑珍,女,1932-02-28,370202193202280225,0532-82917765,老年科,徐守军,职工医保',
    [
      ['organization', '青岛大学附属医院'],
      ['date', '03-18'],
      ['mrn', 'MZ0302981'],
      ['name', '隋洪涛'], // no trigger
      ['date', '04-22'],
      ['id-card', '370202195904220314'],
      ['phone', '13605328871'],
      ['name', '徐守军'], // no trigger
      ['date', '03-18', 1],
      ['mrn', 'MZ0300457'],
      ['name', '欧阳娜'], // no trigger
      ['date', '12-05'],
      ['id-card', '370202198812050462'],
      ['phone', '15866827703'],
      ['name', '纪晓燕'], // no trigger
      ['date', '03-18', 2],
      ['mrn', 'MZ0318002'],
      ['name', '宫子轩'], // no trigger
      ['date', '06-30'],
      ['id-card', '370202201906300156'],
      ['phone', '18562710948'],
      ['name', '臧立波'], // no trigger
      ['date', '03-18', 3],
      ['mrn', 'MZ0281734'],
      ['name', '于淑珍'], // no trigger
      ['date', '1932-02-28'],
      ['id-card', '370202193202280225'],
      ['phone', '0532-82917765'],
      ['name', '徐守军', 1], // no trigger
    ],
  ),
  // 30 Fujian, Xiamen, a university-affiliated hospital, ward census pipe export (在院患者一览)
  g(
    '[HIS导出] 厦门大学附属中山医院 消化内科 在院患者一览 2026-04-01 07:00\n床号|姓名|性别|年龄|住院号|入院日期|主治医生|责任护士|诊断|联系人|联系电话\n01|蔡文龙|男|56|X0193366|2026-03-25|洪志斌|苏婉婷|肝硬化失代偿期|蔡雅玲|139 5921 4408\n02|王清水|男|90|X0194012|2026-03-28|洪志斌|苏婉婷|上消化道出血|王丽华|0592-2217 536\n05|黄碧霞|女|48|X0194380|2026-03-30|曾少东|林晓玲|急性胰腺炎|许振南|186 5028 7713\n加2|陈金来|男|67|X0194417|2026-03-31|曾少东|林晓玲|胆总管结石|陈美凤|159 0592 6620',
    [
      ['organization', '厦门大学附属中山医院'],
      ['date', '04-01'],
      ['bed', '01', 1],
      ['name', '蔡文龙'], // no trigger
      ['mrn', 'X0193366'],
      ['date', '03-25'],
      ['name', '洪志斌'], // no trigger
      ['name', '苏婉婷'], // no trigger
      ['name', '蔡雅玲'], // no trigger
      ['phone', '139 5921 4408'],
      ['bed', '02', 2],
      ['name', '王清水'], // no trigger
      ['age', '90'],
      ['mrn', 'X0194012'],
      ['date', '03-28'],
      ['name', '洪志斌', 1], // no trigger
      ['name', '苏婉婷', 1], // no trigger
      ['name', '王丽华'], // no trigger
      ['phone', '0592-2217 536'],
      ['bed', '05', 1],
      ['name', '黄碧霞'], // no trigger
      ['mrn', 'X0194380'],
      ['date', '03-30'],
      ['name', '曾少东'], // no trigger
      ['name', '林晓玲'], // no trigger
      ['name', '许振南'], // no trigger
      ['phone', '186 5028 7713'],
      ['bed', '加2'],
      ['name', '陈金来'], // no trigger
      ['mrn', 'X0194417'],
      ['date', '03-31'],
      ['name', '曾少东', 1], // no trigger
      ['name', '林晓玲', 1], // no trigger
      ['name', '陈美凤'], // no trigger
      ['phone', '159 0592 6620'],
    ],
  ),
  // 31 Beijing, a capital medical university hospital, admission JSON from the HIS interface
  g(
    '{"hospital":"首都医科大学附属北京天坛医院","visitId":"V202603170088","patient":{"name":"高振宇","gender":"M","birthDate":"1971-10-03","idNo":"110106197110032371","phone":"+8613801127745","address":"北京市丰台区南四环西路119号院3号楼"},"admission":{"time":"2026-03-17T14:22:00+08:00","ward":"神经外科6病区","bed":"16","attending":"贾永刚","resident":"葛宁"},"contact":{"name":"高蕾","relation":"女儿","phone":"186 0017 2563"},"insurance":{"type":"北京市职工医保","cardNo":"110106003172918"},"device":{"type":"颅内压监护仪","sn":"ICP-3K-0042197"},"clientIp":"172.16.40.23","operator":"tt_gening"}',
    [
      ['organization', '首都医科大学附属北京天坛医院'],
      ['other-id', 'V202603170088'],
      ['name', '高振宇'],
      ['date', '10-03'],
      ['id-card', '110106197110032371'],
      ['phone', '+8613801127745'],
      ['address', '丰台区南四环西路119号院3号楼'],
      ['date', '03-17'],
      ['bed', '6', 4],
      ['bed', '16'],
      ['name', '贾永刚'],
      ['name', '葛宁'],
      ['name', '高蕾'],
      ['phone', '186 0017 2563'],
      ['social-security', '110106003172918'],
      ['device', 'ICP-3K-0042197'],
      ['ip', '172.16.40.23'],
      ['account', 'tt_gening'],
    ],
  ),
  // 32 Gansu, Lanzhou, a university second hospital, paediatric outpatient record (儿科门诊病历), suspected measles
  g(
    '兰州大学第二医院 儿科门诊病历\n就诊时间：2026年1月6日　门诊号：E202601060233\n患儿：马梓轩　男　3岁2月　体重14kg　回族\n家长：马国福（父）　电话：0931-8467302、139 1908 6624\n住址：兰州市城关区雁滩路3099号\n主诉：发热、咳嗽3天，皮疹1天。\n现病史：3天前出现发热，Tmax 39.6℃，伴流涕、结膜充血；幼儿园（兰州市城关区第五幼儿园）同班有类似病例。\n接种史：麻腮风第1剂于2023年11月3日在城关区雁南街道社区卫生服务中心接种。\n查体：耳后及发际斑丘疹，颊黏膜见 Koplik 斑。\n初步诊断：麻疹？\n处理：已电话报告院感科鲁晓琳，并告知马国福居家隔离要求。\n医生：牛建军',
    [
      ['organization', '兰州大学第二医院'],
      ['date', '1月6日'],
      ['mrn', 'E202601060233'],
      ['name', '马梓轩'],
      ['name', '马国福'],
      ['phone', '0931-8467302'],
      ['phone', '139 1908 6624'],
      ['address', '兰州市城关区雁滩路3099号'],
      ['address', '兰州市城关区', 1],
      ['organization', '第五幼儿园'],
      ['date', '11月3日'],
      ['address', '城关区', 2],
      ['organization', '雁南街道社区卫生服务中心'],
      ['name', '鲁晓琳'],
      ['name', '马国福', 1], // no trigger
      ['name', '牛建军'],
    ],
  ),
  // 33 Hainan, Haikou, a provincial people's hospital, daily progress notes (日常病程记录) over three days
  g(
    '海南省人民医院 日常病程记录\n2026-01-27 09:10　18床 符亚妹，女，64岁，腹腔镜右半结肠切除术后第3天。诉切口疼痛较前减轻，已排气，引流液淡血性 40ml。\n2026-01-28 10:30　吉文雄副主任医师查房：切口愈合良好，嘱符亚妹下床活动，拔除引流管。家属林家强（儿子，136 1898 2760）询问出院时间。\n2026-01-29 16:00　患者拟明日出院，出院后回文昌市文城镇休养，已联系文昌市人民医院外科王医生协助拆线。\n记录者：云少华',
    [
      ['organization', '海南省人民医院'],
      ['date', '01-27'],
      ['bed', '18'],
      ['name', '符亚妹'], // no trigger
      ['date', '01-28'],
      ['name', '吉文雄'],
      ['name', '符亚妹', 1], // no trigger
      ['name', '林家强'],
      ['phone', '136 1898 2760'],
      ['date', '01-29'],
      ['address', '文昌市文城镇'],
      ['address', '文昌市', 1],
      ['organization', '人民医院', 1],
      ['name', '王'],
      ['name', '云少华'],
    ],
  ),
  // 34 Guangdong, Guangzhou, a provincial hospital of Chinese medicine, TCM outpatient record (中医门诊病历) with herb names
  g(
    '广东省中医院 中医内科门诊病历\n就诊日期：2026年3月24日　门诊号：0008874521\n姓名：冼伟豪　性别：男　年龄：48岁　工作单位：广州地铁集团有限公司\n主诉：反复胃脘胀痛半年。\n舌脉：舌淡红，苔薄黄腻，脉弦滑。\n中医诊断：胃脘痛（肝胃郁热证）　西医诊断：慢性非萎缩性胃炎\n处方：柴胡10g 黄芩10g 法半夏10g 党参15g 白芍15g 徐长卿15g 刘寄奴10g 蒲公英15g 海螵蛸15g 浙贝母10g 甘草6g ×7剂，日一剂。\n医师：黎汉明（主任中医师）　跟诊：欧阳婧\n代煎配送：快递至海珠区江南大道中178号，收件人冼伟豪，电话137 2505 6813',
    [
      ['organization', '广东省中医院'],
      ['date', '3月24日'],
      ['mrn', '0008874521'],
      ['name', '冼伟豪'],
      ['organization', '广州地铁集团有限公司'],
      ['name', '黎汉明'],
      ['name', '欧阳婧'],
      ['address', '海珠区江南大道中178号'],
      ['name', '冼伟豪', 1],
      ['phone', '137 2505 6813'],
    ],
  ),
  // 35 Zhejiang, Ningbo, a university first affiliated hospital, critical-condition notice (病危通知书) signed by relatives
  g(
    '宁波大学附属第一医院 病危（重）通知书\n患者姓名：应国良　性别：男　年龄：83岁　科室：呼吸与危重症医学科　床号：RICU-04　住院号：NB0871552\n尊敬的患者家属：患者目前诊断为重症肺炎、呼吸衰竭，病情危重，随时可能危及生命，特此通知。\n主管医师签名：邬海波　通知时间：2026年2月3日 21:35\n家属意见：已知悉病情，同意气管插管及有创机械通气。\n家属签名：应丽君　与患者关系：女儿　联系电话：0574-8735 2206、158 8846 1937\n家属签名：应国庆　与患者关系：弟弟\n住址：宁波市海曙区中山西路2号\n应丽君 于 21:50 再次致电邬海波询问病情。',
    [
      ['organization', '宁波大学附属第一医院'],
      ['name', '应国良'],
      ['bed', 'RICU-04'],
      ['mrn', 'NB0871552'],
      ['name', '邬海波'],
      ['date', '2月3日'],
      ['name', '应丽君'],
      ['phone', '0574-8735 2206'],
      ['phone', '158 8846 1937'],
      ['name', '应国庆'],
      ['address', '宁波市海曙区中山西路2号'],
      ['name', '应丽君', 1], // no trigger
      ['name', '邬海波', 1], // no trigger
    ],
  ),
  // 36 Beijing, a national tertiary hospital, multidisciplinary team (MDT) outpatient record for a rare disease
  g(
    '北京协和医院 多学科会诊（MDT）门诊记录\n会诊日期：2026年3月26日 14:00　地点：门诊楼5层第12诊室\n患者：端木雨晴　女　19岁　病案号：P0009317735　学校：北京师范大学　手机：132 4107 8863\n陪同：母亲许蔓，自保定市莲池区来京。\n参会专家：肾内科李雪梅、陈丽萌，风湿免疫科赵岩\n病情摘要：血尿、蛋白尿2年，双侧感音神经性耳聋，前圆锥形晶状体；基因检测 COL4A5 c.2384G>A 杂合变异（报告编号GT26-117032）。\n讨论意见：符合 Alport 综合征（X连锁），建议ACEI治疗、家系验证（其弟端木浩、其父端木立新）。\n记录：夏天　随访邮箱：mdt-followup@example.org',
    [
      ['organization', '北京协和医院'],
      ['date', '3月26日'],
      ['bed', '12'],
      ['name', '端木雨晴'],
      ['mrn', 'P0009317735'],
      ['organization', '北京师范大学'],
      ['phone', '132 4107 8863'],
      ['name', '许蔓'],
      ['address', '保定市莲池区'],
      ['name', '李雪梅'],
      ['name', '陈丽萌'], // no trigger
      ['name', '赵岩'],
      ['other-id', 'GT26-117032'],
      ['name', '端木浩'],
      ['name', '端木立新'],
      ['name', '夏天'],
      ['email', 'mdt-followup@example.org'],
    ],
  ),
  // ---- Chinese, traditional (Taiwan, Hong Kong, Macau) ----
  // 37 Taiwan, Taipei, a national university hospital, discharge summary (出院病歷摘要) with ROC dates
  g(
    '國立臺灣大學醫學院附設醫院 出院病歷摘要\n病歷號：5038172　姓名：陳冠宇　性別：男　出生日期：53年8月14日\n身分證字號：A123918471　健保卡號：000018342265　病房床號：東7-12\n入院日期：115年2月9日　出院日期：115年2月20日\n出院診斷：1.急性前壁ST段上升心肌梗塞 2.第二型糖尿病\n住院經過：入院當日行緊急心導管，左前降支置放塗藥支架一支，術後 Killip I 級。\n出院帶藥：保栓通 75mg QD、冠脂妥 10mg QD、庫魯化 500mg BID\n主治醫師：林奕廷\n聯絡人：陳怡君（妻）　電話：0928-417-356\n住址：臺北市大安區羅斯福路三段128巷7號4樓\n回診：115/03/04 上午 林奕廷醫師門診；心臟復健已轉介王姿穎安排。',
    [
      ['organization', '國立臺灣大學醫學院附設醫院'],
      ['mrn', '5038172'],
      ['name', '陳冠宇'],
      ['date', '8月14日'],
      ['id-card', 'A123918471'],
      ['social-security', '000018342265'],
      ['bed', '東7-12'],
      ['date', '2月9日'],
      ['date', '2月20日'],
      ['name', '林奕廷'],
      ['name', '陳怡君'],
      ['phone', '0928-417-356'],
      ['address', '大安區羅斯福路三段128巷7號4樓'],
      ['date', '03/04'],
      ['name', '林奕廷', 1],
      ['name', '王姿穎'], // no trigger
    ],
  ),
  // 38 Taiwan, Linkou, a memorial hospital, chronic-illness refill prescription (慢性病連續處方箋) and its dispensing
  g(
    '林口長庚紀念醫院 慢性病連續處方箋（第1次調劑）\n處方日期：115年3月5日　可調劑次數：3次　給藥日份：28天\n姓名：張淑芬　出生日期：45年6月30日　身分證號：F203841654\n病歷號碼：2714965　科別：新陳代謝科　健保卡號：000009217734\n電話：(03)396-5521、0935-228-417\n診斷：E11.9 第二型糖尿病；I10 本態性高血壓\n處方：Metformin（庫魯化）500mg BID、Sitagliptin（佳糖維）100mg QD、Amlodipine（脈優）5mg QD\n醫師：吳宗翰　醫師證書字號：031578\n第1次調劑：115/03/05　調劑藥師：劉家豪　調劑藥局：杏一藥局（龜山）',
    [
      ['organization', '林口長庚紀念醫院'],
      ['date', '3月5日'],
      ['name', '張淑芬'],
      ['date', '6月30日'],
      ['id-card', 'F203841654'],
      ['mrn', '2714965'],
      ['social-security', '000009217734'],
      ['phone', '(03)396-5521'],
      ['phone', '0935-228-417'],
      ['name', '吳宗翰'],
      ['license', '031578'],
      ['date', '03/05'],
      ['name', '劉家豪'],
      ['organization', '杏一藥局'],
      ['address', '龜山'],
    ],
  ),
  // 39 Taiwan, Taichung, a veterans general hospital, surgical consent (手術同意書) with the patient's and son's signatures
  g(
    '臺中榮民總醫院 手術同意書\n病人姓名：廖文雄　出生日期：39/01/23　病歷號：3927165\n擬實施之手術：右側全人工膝關節置換術\n一、醫師之聲明：我已經儘量以病人所能瞭解之方式，解釋這項手術之相關資訊。\n手術負責醫師：蕭志明　日期：115年3月19日　時間：14:20\n二、病人之聲明：我瞭解這項手術可能是目前最適當的選擇，但仍可能有風險。\n立同意書人：廖文雄　身分證統一編號：B102746387\n住址：臺中市北屯區崇德路二段46號　電話：04-2241-7763　與病人之關係：本人\n親屬：廖家瑋（兒子）　電話：0921-635-804',
    [
      ['organization', '臺中榮民總醫院'],
      ['name', '廖文雄'],
      ['date', '01/23'],
      ['mrn', '3927165'],
      ['name', '蕭志明'],
      ['date', '3月19日'],
      ['name', '廖文雄', 1],
      ['id-card', 'B102746387'],
      ['address', '北屯區崇德路二段46號'],
      ['phone', '04-2241-7763'],
      ['name', '廖家瑋'],
      ['phone', '0921-635-804'],
    ],
  ),
  // 40 Taiwan, Kaohsiung, a medical university hospital, nursing record (護理紀錄, Focus DAR) of a patient aged > 89 and her foreign caregiver
  g(
    '高雄醫學大學附設中和紀念醫院 護理紀錄（Focus DAR）\n病人：洪麗卿　床號：8B-21　病歷號：1093318　年齡：93歲　出生日期：21年11月2日\n身分證號：E201588377\n115/03/22 08:00 F：睡眠型態紊亂 D：病人主訴夜間睡不好，外籍看護Siti Nurhaliza表示病人凌晨3點起身兩次。A：通知蔡明哲，予 Stilnox（使蒂諾斯）5mg HS prn。R：10:00 病人午睡中。\n115/03/22 14:30 F：家屬探視 D：女兒洪瑞蓮來訪，留電話07-3121101轉7715、手機0975-663-218。A：衛教防跌。\n簽名：李宜蓁 N2',
    [
      ['organization', '高雄醫學大學附設中和紀念醫院'],
      ['name', '洪麗卿'],
      ['bed', '8B-21'],
      ['mrn', '1093318'],
      ['age', '93', 1],
      ['date', '21年11月2日'],
      ['id-card', 'E201588377'],
      ['date', '03/22'],
      ['name', 'Siti Nurhaliza'],
      ['name', '蔡明哲'], // no trigger
      ['date', '03/22', 1],
      ['name', '洪瑞蓮'],
      ['phone', '07-3121101'],
      ['phone', '0975-663-218'],
      ['name', '李宜蓁'],
    ],
  ),
  // 41 Taiwan, Hualien, a Tzu Chi hospital, home-care LINE group (LINE群組) with the family and the caregiver
  g(
    '【LINE群組】花蓮慈濟醫院居家護理－田阿嬤照顧群　115/4/8（三）\n邱雅婷：大家好，我是居家護理師雅婷，明天 10:00 到吉安鄉慶豐村中興路二段87號換鼻胃管。\n田志豪：好的謝謝，我媽這週血糖比較高，早上 236\nDewi Lestari：阿嬤昨天晚上吃很少\n田志豪：Dewi 今天記得量血壓喔\n邱雅婷：@田志豪 請準備健保卡，田阿嬤的卡號是000011873346對嗎？\n田美玲：對，我是女兒美玲，卡在我這，明天我請假在家，電話0910-552-736\n邱雅婷：這次簡醫師也會一起來評估管路',
    [
      ['organization', '花蓮慈濟醫院'],
      ['name', '田'],
      ['date', '4/8'],
      ['name', '邱雅婷'], // no trigger
      ['name', '雅婷', 1],
      ['address', '吉安鄉慶豐村中興路二段87號'],
      ['name', '田志豪'], // no trigger
      ['name', 'Dewi Lestari'], // no trigger
      ['name', '田志豪', 1], // no trigger
      ['name', 'Dewi', 1], // no trigger
      ['name', '邱雅婷', 1], // no trigger
      ['name', '田志豪', 2], // no trigger
      ['name', '田', 4],
      ['social-security', '000011873346'],
      ['name', '田美玲'], // no trigger
      ['name', '美玲', 1],
      ['phone', '0910-552-736'],
      ['name', '邱雅婷', 2], // no trigger
      ['name', '簡'],
    ],
  ),
  // 42 Hong Kong, Pok Fu Lam, a public teaching hospital, bilingual discharge summary (出院摘要)
  g(
    '瑪麗醫院 出院摘要 Discharge Summary\n姓名：陳志明（CHAN, Chi Ming）　性別：男　年齡：72\n香港身份證號碼：D472913(8)　醫院編號：HN23018876(4)　病房／床位：K12N-18\n入院日期：03/02/2026　出院日期：14/02/2026\n診斷：1. 社區型肺炎 2. 慢性阻塞性肺病\n治療：Augmentin 1.2g IV q8h，轉口服 Augmentin 1g BD，共 7 日。\n覆診：葛量洪醫院胸肺科 27/03/2026 上午 9:30\n主診醫生：李家豪醫生\n聯絡人：陳美玲（女兒）9123 8876\n地址：薄扶林置富花園第3座18樓D室',
    [
      ['organization', '瑪麗醫院'],
      ['name', '陳志明'],
      ['name', 'CHAN, Chi Ming'], // no trigger
      ['id-card', 'D472913(8)'],
      ['mrn', 'HN23018876(4)'],
      ['bed', 'K12N-18'],
      ['date', '03/02'],
      ['date', '14/02'],
      ['organization', '葛量洪醫院'],
      ['date', '27/03'],
      ['name', '李家豪'],
      ['name', '陳美玲'],
      ['phone', '9123 8876'],
      ['address', '薄扶林置富花園第3座18樓D室'],
    ],
  ),
  // 43 Hong Kong, Sha Tin, a public teaching hospital, emergency department record (急症室紀錄) of a teenage overdose
  g(
    '威爾斯親王醫院 急症室紀錄 A&E Record\n急症室編號：AE2603180417　到達：18/03/2026 23:47　分流：第2類（危急）\n姓名：何綺雯 HO, Yee Man　年齡：17　香港身份證：Y682054(7)\n學校：沙田培英中學　由同學鄭子晴陪同到院\n主訴：約2小時前服食撲熱息痛（必理痛）約20粒（約10g）。\n處理：N-acetylcysteine，按 Rumack-Matthew 列線圖，4小時血藥濃度 210 mg/L。\n警務人員：梁警員（編號51273）到場登記。\n母親吳淑儀 00:25 到院，電話 6187 3320；住址 沙田禾輋邨豐和樓1012室\n轉介：精神科曾醫生、醫務社工 Cheung Wing Sze',
    [
      ['organization', '威爾斯親王醫院'],
      ['mrn', 'AE2603180417'],
      ['date', '18/03'],
      ['name', '何綺雯'],
      ['name', 'HO, Yee Man'], // no trigger
      ['id-card', 'Y682054(7)'],
      ['organization', '沙田培英中學'],
      ['name', '鄭子晴'],
      ['name', '梁'],
      ['other-id', '51273'],
      ['name', '吳淑儀'],
      ['phone', '6187 3320'],
      ['address', '沙田禾輋邨豐和樓1012室'],
      ['name', '曾'],
      ['name', 'Cheung Wing Sze'],
    ],
  ),
  // 44 Hong Kong, Kowloon, a public hospital, histopathology report (組織病理報告) referred by a general out-patient clinic
  g(
    '伊利沙伯醫院 病理部 組織病理報告 Histopathology Report\n化驗編號：KH26-01587　病人：黃偉強（WONG, Wai Keung）　年齡：58　性別：男\n香港身份證：E815320(9)　醫院編號：HN25044127(1)\n轉介醫生：麥醫生（油麻地賽馬會普通科門診診所）\n收件日期：09/03/2026　報告日期：12/03/2026\n臨床資料：大腸鏡見乙狀結腸 1.5cm 息肉。\n顯微鏡檢查：管狀絨毛狀腺瘤伴高級別異型增生，切緣未見病變。\n病理醫生：林慧珊（LAM Wai Shan）　核對：何家樂（HO Ka-lok）',
    [
      ['organization', '伊利沙伯醫院'],
      ['other-id', 'KH26-01587'],
      ['name', '黃偉強'],
      ['name', 'WONG, Wai Keung'], // no trigger
      ['id-card', 'E815320(9)'],
      ['mrn', 'HN25044127(1)'],
      ['name', '麥'],
      ['organization', '油麻地賽馬會普通科門診診所'],
      ['date', '09/03'],
      ['date', '12/03'],
      ['name', '林慧珊'],
      ['name', 'LAM Wai Shan'], // no trigger
      ['name', '何家樂'],
      ['name', 'HO Ka-lok'], // no trigger
    ],
  ),
  // 45 Hong Kong, Happy Valley, a private hospital, insurance claim form (醫療保險索償表, doctor's part)
  g(
    '養和醫院 醫療保險索償表（醫生填寫部分）\n保險公司：保誠保險　保單編號：PL88217645\n受保人：張嘉欣　香港身份證：Z749163(9)　出生日期：14/09/1985\n僱主：香港上海滙豐銀行有限公司\n入院日期：02/03/2026　出院日期：04/03/2026\n診斷：急性闌尾炎　手術：腹腔鏡闌尾切除術\n主診醫生：譚國豪　香港醫務委員會註冊編號：M14862\n診所地址：中環皇后大道中28號中匯大廈12樓1203室　電話：2523 8817　電郵：drtam.clinic@example.com.hk\n賠償直接存入受保人銀行戶口：004-512-334871-838\n受保人簽署：張嘉欣　日期：05/03/2026',
    [
      ['organization', '養和醫院'],
      ['organization', '保誠保險'],
      ['other-id', 'PL88217645'],
      ['name', '張嘉欣'],
      ['id-card', 'Z749163(9)'],
      ['date', '14/09'],
      ['organization', '香港上海滙豐銀行有限公司'],
      ['date', '02/03'],
      ['date', '04/03'],
      ['name', '譚國豪'],
      ['license', 'M14862'],
      ['address', '中環皇后大道中28號中匯大廈12樓1203室'],
      ['phone', '2523 8817'],
      ['email', 'drtam.clinic@example.com.hk'],
      ['account', '004-512-334871-838'],
      ['name', '張嘉欣', 1],
      ['date', '05/03'],
    ],
  ),
  // 46 Hong Kong, To Kwa Wan, a Chinese-medicine clinic, elderly health-care voucher record (長者醫療券) for a woman aged > 89
  g(
    '長者醫療券使用紀錄（醫健通）\n交易編號：EV202603260017731　服務日期：26/03/2026\n長者姓名：梁桂英 LEUNG, Kwai Ying　香港身份證：C024887(6)\n出生日期：06/05/1933　年齡：92\n服務提供者：周志偉中醫師　註冊編號：004318\n執業地點：仁心中醫診所 土瓜灣馬頭圍道88號地下\n使用金額：HK$500　餘額：HK$1,500\n長者／代表簽署：梁桂英（由外傭Maricel Dela Cruz代簽，身份證WX382715(A)）\n聯絡電話：2715 6632',
    [
      ['other-id', 'EV202603260017731'],
      ['date', '26/03'],
      ['name', '梁桂英'],
      ['name', 'LEUNG, Kwai Ying'], // no trigger
      ['id-card', 'C024887(6)'],
      ['date', '06/05/1933'],
      ['age', '92'],
      ['name', '周志偉'],
      ['license', '004318'],
      ['organization', '仁心中醫診所'],
      ['address', '土瓜灣馬頭圍道88號地下'],
      ['name', '梁桂英', 1],
      ['name', 'Maricel Dela Cruz'],
      ['id-card', 'WX382715(A)'],
      ['phone', '2715 6632'],
    ],
  ),
  // 47 Macau, the public general hospital, referral letter (轉介信) to a Guangzhou university hospital
  g(
    '仁伯爵綜合醫院（Centro Hospitalar Conde de São Januário） 轉介信\n日期：2026年3月11日\n致：廣州醫科大學附屬第一醫院呼吸與危重症醫學科\n病人：歐陽振邦　澳門居民身份證：5217346(3)　出生日期：1955年4月9日\n地址：澳門氹仔布拉干薩街368號海洋花園\n轉介原因：特發性肺纖維化，FVC 48%，DLCO 31%，申請肺移植評估。\n家屬：妻 何潔貞 電話 6685 2217\n轉介醫生：梁安德（Miguel Sousa Leong）　電話：2831 3731 內線 3051',
    [
      ['organization', '仁伯爵綜合醫院'],
      ['organization', 'Centro Hospitalar Conde de São Januário'],
      ['date', '3月11日'],
      ['organization', '廣州醫科大學附屬第一醫院'],
      ['name', '歐陽振邦'],
      ['id-card', '5217346(3)'],
      ['date', '4月9日'],
      ['address', '氹仔布拉干薩街368號海洋花園'],
      ['name', '何潔貞'],
      ['phone', '6685 2217'],
      ['name', '梁安德'],
      ['name', 'Miguel Sousa Leong'], // no trigger
      ['phone', '2831 3731'],
    ],
  ),
  // 48 Macau, a charitable hospital, obstetric discharge record (產科出院紀錄) with the newborn
  g(
    '鏡湖醫院 產科出院紀錄\n病人：林嘉儀（LAM KA I）　澳門居民身份證：1409823(5)　住院號：KW2602154　床號：6B-12\n入院：2026/02/15　出院：2026/02/21\n診斷：妊娠期糖尿病；足月順產一女嬰\n嬰兒：梁梓澄　出生時間：2026/02/16 03:42　體重 3.21kg　Apgar 9-10\n丈夫：梁國輝　手機：6623 9015　工作單位：澳門威尼斯人度假村酒店\n地址：黑沙環新街海濱花園第5座12樓F\n產後6週於塔石衞生中心覆診。\n主診醫生：崔醫生　助產士：Ana Cristina Rodrigues',
    [
      ['organization', '鏡湖醫院'],
      ['name', '林嘉儀'],
      ['name', 'LAM KA I'], // no trigger
      ['id-card', '1409823(5)'],
      ['mrn', 'KW2602154'],
      ['bed', '6B-12'],
      ['date', '02/15'],
      ['date', '02/21'],
      ['name', '梁梓澄'],
      ['date', '02/16'],
      ['name', '梁國輝'],
      ['phone', '6623 9015'],
      ['organization', '澳門威尼斯人度假村酒店'],
      ['address', '黑沙環新街海濱花園第5座12樓F'],
      ['organization', '塔石衞生中心'],
      ['name', '崔'],
      ['name', 'Ana Cristina Rodrigues'],
    ],
  ),
  // ---- English ----
  // 49 USA, Boston, an academic hospital, admission history and physical of a woman aged > 89 (nickname, apostrophe, particle)
  g(
    'MASSACHUSETTS GENERAL HOSPITAL - ADMISSION HISTORY AND PHYSICAL\nPatient: O\'BRIEN, Margaret ("Peggy")   MRN: 4471829   DOB: 02/11/1934   Age: 92   Sex: F\nAdmit date: 03/14/2026   Bed: 12W-21\nAttending: Jonathan R. Whitaker, MD\nPCP: Luis de la Fuente, MD (MGH Chelsea HealthCare Center)\nSource: patient and daughter/HCP Kathleen O\'Brien-Hale, (617) 555-0142\nCC: Fall at home, unable to bear weight on right leg.\nHPI: 92-year-old woman with HFpEF, AF on apixaban (Eliquis) and CKD 3b who tripped over a rug on the evening of 03/13. A neighbor found her and called 911. XR: right intertrochanteric fracture.\nSocial: Widowed; retired teacher (Boston Latin School, 38 years). Lives alone at 85 Winthrop Road, Brookline, MA 02445. Son Declan lives abroad.\nPlan: ortho consulted, Kenji Abe to see tonight; hold apixaban. Goals of care discussed with Peggy and Kathleen at bedside; full code.',
    [
      ['organization', 'MASSACHUSETTS GENERAL HOSPITAL'],
      ['name', "O'BRIEN, Margaret"],
      ['name', 'Peggy'], // no trigger
      ['mrn', '4471829'],
      ['date', '02/11/1934'],
      ['age', '92'],
      ['date', '03/14'],
      ['bed', '12W-21'],
      ['name', 'Jonathan R. Whitaker'],
      ['name', 'Luis de la Fuente'],
      ['organization', 'MGH Chelsea HealthCare Center'],
      ['name', "Kathleen O'Brien-Hale"],
      ['phone', '(617) 555-0142'],
      ['age', '92', 1],
      ['date', '03/13'],
      ['organization', 'Boston Latin School'],
      ['address', '85 Winthrop Road'],
      ['address', 'Brookline'],
      ['address', '02445'],
      ['name', 'Declan'],
      ['name', 'Kenji Abe'], // no trigger
      ['name', 'Peggy', 1], // no trigger
      ['name', 'Kathleen', 1], // no trigger
    ],
  ),
  // 50 USA, Baltimore, an academic hospital, internal-medicine progress note (SOAP)
  g(
    'The Johns Hopkins Hospital - Internal Medicine Progress Note\nDate: 2026-04-04   Hospital day 5\nPatient: Darnell Washington-Reyes   54 y/o M   MRN: JH-00982213   Room: 8114-A\nS: No acute events overnight per Tasha Greene. Reports improved dyspnea; ate breakfast.\nO: T 37.1, HR 88, BP 128/74, SpO2 95% RA. Cr 2.1 (from 2.6). K 4.4.\nA/P: 54M with ADHF and AKI on CKD 3a.\n1. ADHF: net -1.2 L; continue furosemide 80 mg IV BID. Discussed with wife Angela, who will bring home meds.\n2. AKI: appreciate renal recs (Dr. Hyun-woo Park, fellow). Avoid NSAIDs.\n3. Dispo: likely home Monday with Chesapeake Home Health; left voicemail for Monique Reyes (410-555-0187) re: transport.\nSigned: Emily Zhang, MD, PGY-2   04/04/2026 17:52',
    [
      ['organization', 'The Johns Hopkins Hospital'],
      ['date', '04-04'],
      ['name', 'Darnell Washington-Reyes'],
      ['mrn', 'JH-00982213'],
      ['bed', '8114-A'],
      ['name', 'Tasha Greene'], // no trigger
      ['name', 'Angela'],
      ['name', 'Hyun-woo Park'],
      ['organization', 'Chesapeake Home Health'],
      ['name', 'Monique Reyes'], // no trigger
      ['phone', '410-555-0187'],
      ['name', 'Emily Zhang'],
      ['date', '04/04'],
    ],
  ),
  // 51 USA, Ann Arbor, an academic health system, cardiology discharge summary with implant serial numbers
  g(
    'Michigan Medicine - University Hospital, Ann Arbor, MI\nDISCHARGE SUMMARY\nPatient: Kowalczyk, Stanley J.   MRN: 031-774-5620   DOB: 09/30/1941\nAdmitted: Mar 2, 2026   Discharged: Mar 9, 2026\nDiagnoses: 1. Severe aortic stenosis s/p TAVR (26 mm SAPIEN 3 Ultra RESILIA, serial 8142337). 2. Complete heart block s/p dual-chamber pacemaker (Medtronic Azure, SN RNH619402S).\nDisposition: Glacier Hills Senior Living (assisted living); report called to Dana Whitcomb.\nFollow-up: PCP Pieter van der Berg, MD (Saline Family Medicine) on March 17; device clinic in 2 weeks.\nContact: daughter Linda Kowalczyk-Moore, (734) 555-0163, linda.km@example.com\nDictated by Samuel Okafor, MD',
    [
      ['organization', 'Michigan Medicine'],
      ['organization', 'University Hospital'],
      ['address', 'Ann Arbor'],
      ['name', 'Kowalczyk, Stanley J.'],
      ['mrn', '031-774-5620'],
      ['date', '09/30'],
      ['date', 'Mar 2'],
      ['date', 'Mar 9'],
      ['device', '8142337'],
      ['device', 'RNH619402S'],
      ['organization', 'Glacier Hills Senior Living'],
      ['name', 'Dana Whitcomb'], // no trigger
      ['name', 'Pieter van der Berg'],
      ['organization', 'Saline Family Medicine'],
      ['date', 'March 17'],
      ['name', 'Linda Kowalczyk-Moore'],
      ['phone', '(734) 555-0163'],
      ['email', 'linda.km@example.com'],
      ['name', 'Samuel Okafor'],
    ],
  ),
  // 52 USA, Rochester MN, a clinic, operative report of a gastric bypass with the theatre team
  g(
    "MAYO CLINIC - Rochester, Minnesota\nOPERATIVE REPORT\nPatient: Ingrid Solberg-Haugen   Clinic #: 8-442-197   Age: 47\nDate of operation: 18-Mar-2026\nSurgeon: Thomas K. Lindqvist, MD   Assistant: Aisha Bello-Ogunleye, MD (fellow)\nAnesthesiologist: Rajesh Iyer, MD\nPreoperative diagnosis: Class III obesity (BMI 43.8) with T2DM and OSA\nProcedure: Laparoscopic Roux-en-Y gastric bypass\nFindings: small hiatal hernia, repaired; Petersen's space closed.\nEnergy device: Harmonic generator G11, serial GEN11-48372\nEBL 20 mL. Counts correct x2, confirmed by J. Halvorsen.\nDr. Lindqvist was present and scrubbed for the entire procedure.\nSpoke with Erik Solberg by phone (507-555-0119) at 13:05.",
    [
      ['organization', 'MAYO CLINIC'],
      ['address', 'Rochester'],
      ['name', 'Ingrid Solberg-Haugen'],
      ['mrn', '8-442-197'],
      ['date', '18-Mar'],
      ['name', 'Thomas K. Lindqvist'],
      ['name', 'Aisha Bello-Ogunleye'],
      ['name', 'Rajesh Iyer'],
      ['device', 'GEN11-48372'],
      ['name', 'J. Halvorsen'], // no trigger
      ['name', 'Lindqvist', 1],
      ['name', 'Erik Solberg'], // no trigger
      ['phone', '507-555-0119'],
    ],
  ),
  // 53 USA, Ohio, a community cardiology practice, consult letter to the primary-care physician (cc list, nickname, NPI)
  g(
    'BUCKEYE HEART & VASCULAR ASSOCIATES\n4150 Tuller Road, Dublin, OH 43017 | Tel (614) 555-0128\nMarch 20, 2026\nAngela M. DiStefano, DO\nWorthington Primary Care\nRE: Harold Jenkins ("Hal")   DOB: 07/19/1949\nDear Dr. DiStefano,\nThank you for asking me to see Mr. Jenkins, a 76-year-old retired Honda of America machinist, for exertional chest pressure. I saw Hal today with his wife, Doris. Stress echo on 03/06/2026 showed inferior hypokinesis at 7 METs.\nPlan: coronary CTA; start metoprolol succinate (Toprol-XL) 25 mg daily; return in 4 weeks.\nSincerely,\nVikram S. Malhotra, MD, FACC   NPI 1748392051',
    [
      ['organization', 'BUCKEYE HEART & VASCULAR ASSOCIATES'],
      ['address', '4150 Tuller Road'],
      ['address', 'Dublin'],
      ['address', '43017'],
      ['phone', '(614) 555-0128'],
      ['date', 'March 20'],
      ['name', 'Angela M. DiStefano'],
      ['organization', 'Worthington Primary Care'],
      ['name', 'Harold Jenkins'],
      ['name', 'Hal'], // no trigger
      ['date', '07/19'],
      ['name', 'DiStefano', 1],
      ['name', 'Jenkins', 1],
      ['organization', 'Honda of America'],
      ['name', 'Hal', 1], // no trigger
      ['name', 'Doris'],
      ['date', '03/06'],
      ['name', 'Vikram S. Malhotra'],
      ['license', '1748392051'],
    ],
  ),
  // 54 USA, Chicago, a county hospital, emergency department physician note of a gunshot wound
  g(
    'JOHN H. STROGER, JR. HOSPITAL OF COOK COUNTY - EMERGENCY DEPARTMENT PHYSICIAN NOTE\nArrival: 04/12/2026 02:17 via CFD Ambulance 42\nPatient: Jamal T. Robinson   23 M   MRN: 0092-447-31\nCC: GSW left thigh\nHPI: Per CPD Officer M. Kowalski (Star #18842), patient was shot near 63rd St and S Halsted St around 01:50. Friend "Tay" drove him in; no LOC.\nExam: 1 cm entry wound anteromedial L thigh, no exit; distal pulses 2+; ABI 1.0.\nImaging: XR femur - no fracture; retained fragment.\nDenise Robinson arrived 03:10 and was updated at bedside; cell 312-555-0134.\nDispo: admitted to Trauma, bed T-14; trauma attending Dr. Chinedu Okonkwo aware.\nNote by: María Guadalupe Hernández-Soto, MD',
    [
      ['organization', 'JOHN H. STROGER, JR. HOSPITAL OF COOK COUNTY'],
      ['date', '04/12'],
      ['name', 'Jamal T. Robinson'],
      ['mrn', '0092-447-31'],
      ['name', 'M. Kowalski'],
      ['other-id', '18842'],
      ['address', '63rd St and S Halsted St'],
      ['name', 'Tay'], // no trigger
      ['name', 'Denise Robinson'], // no trigger
      ['phone', '312-555-0134'],
      ['bed', 'T-14'],
      ['name', 'Chinedu Okonkwo'],
      ['name', 'María Guadalupe Hernández-Soto'],
    ],
  ),
  // 55 USA, Houston, a public hospital, medication administration record (MAR) table
  g(
    'Harris Health - Ben Taub Hospital   MEDICATION ADMINISTRATION RECORD\nPatient: NGUYEN, Thi Mai   MRN: BT7718204   Rm/Bed: 512-2   DOB: 11/08/1946   Allergies: penicillin\nDate: 01/27/2026\nTime | Medication | Dose/Route | Given by | Witness/Comment\n0800 | metoprolol tartrate (Lopressor) | 25 mg PO | C. Ramirez |\n0800 | apixaban (Eliquis) | 5 mg PO | - | HELD per Dr. Gallagher (procedure)\n1130 | insulin lispro (Humalog) | 4 units SC | J. Okoro | B. Tran\n1300 | vancomycin | 1,250 mg IV | C. Ramirez | trough 14.2\n2100 | atorvastatin (Lipitor) | 40 mg PO | Kimberly Nguyen-Lam |\nVietnamese interpreter by phone (interpreter ID 22871); daughter Linh Tran present at 2100.',
    [
      ['organization', 'Harris Health'],
      ['organization', 'Ben Taub Hospital'],
      ['name', 'NGUYEN, Thi Mai'],
      ['mrn', 'BT7718204'],
      ['bed', '512-2'],
      ['date', '11/08'],
      ['date', '01/27'],
      ['name', 'C. Ramirez'], // no trigger
      ['name', 'Gallagher'],
      ['name', 'J. Okoro'], // no trigger
      ['name', 'B. Tran'], // no trigger
      ['name', 'C. Ramirez', 1], // no trigger
      ['name', 'Kimberly Nguyen-Lam'], // no trigger
      ['other-id', '22871'],
      ['name', 'Linh Tran'],
    ],
  ),
  // 56 USA, San Francisco, an academic health system, surgical pathology report
  g(
    'UCSF Health - Department of Pathology\nSURGICAL PATHOLOGY REPORT\nAccession: S26-11873   MRN: 50847731   Patient: Li, Wen-Hsuan   Sex: F   DOB: 05/06/1978\nCollected: 02/18/2026   Reported: 02/21/2026\nSubmitting physician: Rebecca Tsai-Goldberg, MD\nClinical history: 47F with 1.8 cm right thyroid nodule, Bethesda V on FNA.\nFINAL DIAGNOSIS: Thyroid, right lobe, lobectomy: papillary thyroid carcinoma, classic type, 1.6 cm; margins negative; no lymphovascular invasion; BRAF V600E detected.\nElectronically signed: Adewale Ogunbiyi, MD',
    [
      ['organization', 'UCSF Health'],
      ['other-id', 'S26-11873'],
      ['mrn', '50847731'],
      ['name', 'Li, Wen-Hsuan'],
      ['date', '05/06'],
      ['date', '02/18'],
      ['date', '02/21'],
      ['name', 'Rebecca Tsai-Goldberg'],
      ['name', 'Adewale Ogunbiyi'],
    ],
  ),
  // 57 USA, Los Angeles, a medical center, MRI report with scanner serial and workstation IP
  g(
    "Cedars-Sinai Medical Center - Imaging\nMRI BRAIN WITH AND WITHOUT CONTRAST\nAccession: CS-MR-2026-0441872   Patient: Hakobyan, Armen   MRN: 6612093   DOB: 12/02/1962\nExam date: 03/30/2026 09:41   Scanner: MAGNETOM Vida 3T (SN 175623)\nOrdering: Shira Ben-David, MD (Neurology)   Fax: 310-555-0172\nComparison: MRI 11/04/2025 at Providence Saint John's Health Center.\nFindings: 14 mm enhancing extra-axial mass along the left sphenoid wing with a dural tail; no edema.\nImpression: left sphenoid wing meningioma, slightly enlarged (was 11 mm).\nResults discussed with Dr. Ben-David by phone at 10:32 by Naveen Krishnamurthy, MD.\nWorkstation: 10.42.7.115",
    [
      ['organization', 'Cedars-Sinai Medical Center'],
      ['other-id', 'CS-MR-2026-0441872'],
      ['name', 'Hakobyan, Armen'],
      ['mrn', '6612093'],
      ['date', '12/02'],
      ['date', '03/30'],
      ['device', '175623'],
      ['name', 'Shira Ben-David'],
      ['phone', '310-555-0172'],
      ['date', '11/04'],
      ['organization', "Providence Saint John's Health Center"],
      ['name', 'Ben-David', 1],
      ['name', 'Naveen Krishnamurthy'],
      ['ip', '10.42.7.115'],
    ],
  ),
  // 58 USA, New York, an HL7 v2 ADT^A01 admission message (carets, compact dates, SSN, Medicaid ID)
  g(
    '# NewYork-Presbyterian ADT feed\nMSH|^~\\&|EPIC|FAC01|CLOVERLEAF|LAB01|202603211432||ADT^A01^ADT_A01|MSG00417725|P|2.5.1\nEVN|A01|202603211430|||JSMITH22^SMITH^JOANNE\nPID|1||88231940^^^MRN^MR||RODRIGUEZ^MARIA^ISABEL^^^^L|ACOSTA^^^^^^M|19870714|F|||4417 BROADWAY^APT 6C^NEW YORK^NY^10040^USA^H||(212)555-0191^PRN^PH~(917)555-0146^PRN^CP|||S||V00417725|531-82-6604\nNK1|1|RODRIGUEZ^CARLOS^^^^^L|SPO^Spouse||(917)555-0158\nPV1|1|I|9N^0912^02||||1467583922^LEVINE^DAVID^A^^^MD|||MED\nIN1|1|MCD01||NEW YORK STATE MEDICAID|||||||||||||RODRIGUEZ^MARIA^ISABEL|SEL|19870714||||||||||||||||||||||||||||AB12345C',
    [
      ['organization', 'NewYork-Presbyterian'],
      ['date', '0321'],
      ['date', '0321', 1],
      ['account', 'JSMITH22'],
      ['name', 'SMITH^JOANNE'], // no trigger
      ['mrn', '88231940'],
      ['name', 'RODRIGUEZ^MARIA^ISABEL'], // no trigger
      ['name', 'ACOSTA'], // no trigger
      ['date', '0714'],
      ['address', '4417 BROADWAY'],
      ['address', 'APT 6C'],
      ['address', 'NEW YORK'],
      ['address', '10040'],
      ['phone', '(212)555-0191'],
      ['phone', '(917)555-0146'],
      ['account', 'V00417725'],
      ['social-security', '531-82-6604'],
      ['name', 'RODRIGUEZ^CARLOS'], // no trigger
      ['phone', '(917)555-0158'],
      ['bed', '9N^0912^02'],
      ['license', '1467583922'],
      ['name', 'LEVINE^DAVID^A'],
      ['name', 'RODRIGUEZ^MARIA^ISABEL', 1], // no trigger
      ['date', '0714', 1],
      ['social-security', 'AB12345C'],
    ],
  ),
  // 59 USA, Oakland, an integrated health system, FHIR R4 Bundle (Patient and Coverage) as JSON
  g(
    '{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"kp-4471209","identifier":[{"type":{"text":"MRN"},"value":"11000457382"},{"system":"http://hl7.org/fhir/sid/us-ssn","value":"531-72-4468"}],"name":[{"family":"Tanaka-Morales","given":["Keiko","Ana"]}],"telecom":[{"system":"phone","value":"510-555-0176"},{"system":"email","value":"keiko.tm@example.net"}],"gender":"female","birthDate":"1990-02-17","address":[{"line":["2250 Telegraph Ave","Unit 305"],"city":"Oakland","state":"CA","postalCode":"94612"}],"generalPractitioner":[{"display":"Samuel Aronson, MD"}],"managingOrganization":{"display":"Kaiser Permanente Oakland Medical Center"}}},{"resource":{"resourceType":"Coverage","subscriberId":"KPN884172935","payor":[{"display":"Kaiser Foundation Health Plan"}],"period":{"start":"2026-01-01"}}}]}',
    [
      ['other-id', 'kp-4471209'],
      ['mrn', '11000457382'],
      ['social-security', '531-72-4468'],
      ['name', 'Tanaka-Morales'],
      ['name', 'Keiko'],
      ['name', 'Ana'],
      ['phone', '510-555-0176'],
      ['email', 'keiko.tm@example.net'],
      ['date', '02-17'],
      ['address', '2250 Telegraph Ave'],
      ['address', 'Unit 305'],
      ['address', 'Oakland'],
      ['address', '94612'],
      ['name', 'Samuel Aronson'],
      ['organization', 'Kaiser Permanente Oakland Medical Center'],
      ['social-security', 'KPN884172935'],
      ['organization', 'Kaiser Foundation Health Plan'],
      ['date', '01-01'],
    ],
  ),
  // 60 USA, Georgia, a family-medicine practice, patient-portal message thread (greetings, bare signatures)
  g(
    'Patient portal message thread - Oakhurst Family Medicine\nFrom: Tamika Brooks (portal user tbrooks_atl88)   To: Eleanor Vance, MD - Care Team   Sent: Tue 2/10/2026 7:42 AM\nSubject: Jaylen fever\nHi Dr. Vance, my son Jaylen (DOB 8/3/2019) has had a fever of 102.4 since Sunday night and is pulling at his right ear. Motrin helps a little. Can we be seen today? My new cell is 404-555-0153. Thanks, Tamika\nFrom: Marisol Ortega, LPN   Sent: Tue 2/10/2026 8:15 AM\nHi Tamika, Dr. Vance can see Jaylen at 11:20 today at our office (755 Commerce Dr, Suite 400, Decatur, GA 30030). Please bring his Peach State Health Plan card (member ID PSH0094471822). - Marisol',
    [
      ['organization', 'Oakhurst Family Medicine'],
      ['name', 'Tamika Brooks'],
      ['account', 'tbrooks_atl88'],
      ['name', 'Eleanor Vance'],
      ['date', '2/10'],
      ['name', 'Jaylen'], // no trigger
      ['name', 'Vance', 1],
      ['name', 'Jaylen', 1],
      ['date', '8/3'],
      ['phone', '404-555-0153'],
      ['name', 'Tamika', 1], // no trigger
      ['name', 'Marisol Ortega'],
      ['date', '2/10', 1],
      ['name', 'Tamika', 2], // no trigger
      ['name', 'Vance', 2],
      ['name', 'Jaylen', 2], // no trigger
      ['address', '755 Commerce Dr'],
      ['address', 'Suite 400'],
      ['address', 'Decatur'],
      ['address', '30030'],
      ['organization', 'Peach State Health Plan'],
      ['social-security', 'PSH0094471822'],
      ['name', 'Marisol', 1], // no trigger
    ],
  ),
  // 61 USA, Illinois, a rheumatology practice, specialty-drug prior-authorization form (NPI and DEA)
  g(
    'PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY\nTo: Blue Cross and Blue Shield of Illinois, Pharmacy Prior Authorization, Fax 1-800-555-0183\nDate of request: 01/15/2026   Urgency: Standard\nMEMBER  Name: Dolores Esperanza Villanueva   DOB: 10/22/1958   Member ID: XOF912447385   Group #: 084421\nPRESCRIBER  Name: Benjamin Adeyemi-Clarke, MD   Specialty: Rheumatology   NPI: 1284570367   DEA: BA7342164\nPractice: North Shore Rheumatology, 2100 Pfingsten Rd, Glenview, IL 60026\nPhone: 847-555-0138\nMEDICATION: adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL, 1 pen SC every 14 days, qty 2 per 28 days\nDiagnosis: M05.79 Rheumatoid arthritis with rheumatoid factor of multiple sites\nPrevious therapy: methotrexate 20 mg weekly x 7 months (DAS28-CRP 5.1); hydroxychloroquine (Plaquenil) x 4 months\nPrescriber signature: B. Adeyemi-Clarke',
    [
      ['organization', 'Blue Cross and Blue Shield of Illinois'],
      ['phone', '1-800-555-0183'],
      ['date', '01/15'],
      ['name', 'Dolores Esperanza Villanueva'],
      ['date', '10/22'],
      ['social-security', 'XOF912447385'],
      ['other-id', '084421'],
      ['name', 'Benjamin Adeyemi-Clarke'],
      ['license', '1284570367'],
      ['license', 'BA7342164'],
      ['organization', 'North Shore Rheumatology'],
      ['address', '2100 Pfingsten Rd'],
      ['address', 'Glenview'],
      ['address', '60026'],
      ['phone', '847-555-0138'],
      ['name', 'B. Adeyemi-Clarke'],
    ],
  ),
  // 62 UK, England, Bristol, a GP surgery, urgent suspected-cancer referral letter (NHS number mod 11)
  g(
    'Clifton Downs Medical Centre   Tel: 0117 496 0321\n9 March 2026\nUrgent suspected cancer referral (lower GI) - Colorectal Team, Bristol Royal Infirmary\nPatient: Mr Graham Peter Thistlethwaite   DOB: 21/06/1957   NHS No: 485 217 0932\nAddress: Flat 3, 41 Cotham Road, Bristol BS6 6DR   Mobile: 07700 900417\nDear Colleague,\nI would be grateful if you would see Graham, a 68-year-old retired postman, with 8 weeks of change in bowel habit and a FIT of 212 ug Hb/g. Hb 104 g/L, ferritin 9. His wife, Maureen, reports 5 kg weight loss. He lives with Maureen and cares for his brother, Alan, who has Down syndrome.\nYours sincerely,\nSiobhan McCarthy-Rees (GMC 7012845)',
    [
      ['organization', 'Clifton Downs Medical Centre'],
      ['phone', '0117 496 0321'],
      ['date', '9 March'],
      ['organization', 'Bristol Royal Infirmary'],
      ['name', 'Graham Peter Thistlethwaite'],
      ['date', '21/06'],
      ['social-security', '485 217 0932'],
      ['address', 'Flat 3'],
      ['address', '41 Cotham Road'],
      ['address', 'Bristol', 1],
      ['address', 'BS6 6DR'],
      ['phone', '07700 900417'],
      ['name', 'Graham', 1], // no trigger
      ['name', 'Maureen'],
      ['name', 'Maureen', 1], // no trigger
      ['name', 'Alan'],
      ['name', 'Siobhan McCarthy-Rees'], // no trigger
      ['license', '7012845'],
    ],
  ),
  // 63 UK, England, London, a foundation trust, discharge summary with TTO (hospital and NHS numbers)
  g(
    "St Thomas' Hospital, London\nDISCHARGE SUMMARY (TTO)\nPatient: ADEBAYO, Olufunmilayo   Hospital No: R4482917   NHS No: 621 904 4789   DOB: 17/09/1961\nWard: 4   Bed: 12   Admitted: 02/03/2026   Discharged: 07/03/2026\nConsultant: Mr Alistair Fairbrother (Urology)\nDiagnosis: obstructing 7 mm left VUJ calculus; ureteroscopy and laser fragmentation on 04/03/2026, JJ stent in situ.\nFollow-up: stent removal (flexible cystoscopy) on 14th April 2026.\nNext of kin: Tunde Adebayo (son), 07700 900263\nTTO: tamsulosin MR 400 micrograms OD for 4 weeks; paracetamol 1 g QDS PRN.\nCompleted by: Dr Hannah O'Connell (FY1)",
    [
      ['organization', "St Thomas' Hospital"],
      ['address', 'London'],
      ['name', 'ADEBAYO, Olufunmilayo'],
      ['mrn', 'R4482917'],
      ['social-security', '621 904 4789'],
      ['date', '17/09'],
      ['bed', '4', 4],
      ['bed', '12'],
      ['date', '02/03'],
      ['date', '07/03'],
      ['name', 'Alistair Fairbrother'],
      ['date', '04/03'],
      ['date', '14th April'],
      ['name', 'Tunde Adebayo'],
      ['phone', '07700 900263'],
      ['name', "Hannah O'Connell"],
    ],
  ),
  // 64 UK, England, Manchester, a foundation trust, lung-cancer MDT minutes (staff list, three patients, one aged > 89)
  g(
    'Manchester University NHS Foundation Trust - Wythenshawe Hospital\nLUNG CANCER MDT - Thursday 19 February 2026\nPresent: R. Chaudhry (chair), J. Fitzgerald-Hughes, E. van der Merwe, K. Achterberg, S. Mistry, Joanne Kettle, Leanne Brennan\n1. Dennis WHITWORTH, 71, NHS 738 450 1628, M2264810. CT: 3.4 cm RUL mass, PET-avid, N0; EBUS negative. Outcome: for VATS right upper lobectomy (Mr Fitzgerald-Hughes). CNS to telephone Mr Whitworth today.\n2. Gwendolyn PRYCE-JONES ("Gwen"), 91, NHS 402 917 3659, M1987733. PS 3; biopsy: squamous cell carcinoma. Outcome: best supportive care; Joanne to visit Gwen with her daughter Cerys at Ashbourne House Care Home, Sale.\nMinutes: L. Brennan',
    [
      ['organization', 'Manchester University NHS Foundation Trust'],
      ['organization', 'Wythenshawe Hospital'],
      ['date', '19 February'],
      ['name', 'R. Chaudhry'],
      ['name', 'J. Fitzgerald-Hughes'], // no trigger
      ['name', 'E. van der Merwe'], // no trigger
      ['name', 'K. Achterberg'], // no trigger
      ['name', 'S. Mistry'], // no trigger
      ['name', 'Joanne Kettle'], // no trigger
      ['name', 'Leanne Brennan'], // no trigger
      ['name', 'Dennis WHITWORTH'], // no trigger
      ['social-security', '738 450 1628'],
      ['mrn', 'M2264810'],
      ['name', 'Fitzgerald-Hughes', 1],
      ['name', 'Whitworth'],
      ['name', 'Gwendolyn PRYCE-JONES'], // no trigger
      ['name', 'Gwen', 1], // no trigger
      ['age', '91'],
      ['social-security', '402 917 3659'],
      ['mrn', 'M1987733'],
      ['name', 'Joanne', 1], // no trigger
      ['name', 'Gwen', 2], // no trigger
      ['name', 'Cerys'],
      ['organization', 'Ashbourne House Care Home'],
      ['address', 'Sale'],
      ['name', 'L. Brennan'],
    ],
  ),
  // 65 UK, England, Leeds, a teaching-hospital trust, children's emergency department letter to the GP with safeguarding check
  g(
    "Leeds General Infirmary - Children's Emergency Department\nED DISCHARGE LETTER TO GP\nAttendance: 14/01/2026 23:05   ED No: LGI-26-0041877\nChild: Oliver James PEMBERTON   DOB: 30/08/2021   NHS No: 624 803 1576\nAddress: 7 Ashville Avenue, Leeds LS6 1LX\nGP: Dr Rukhsana Qureshi, Hyde Park Surgery   Nursery: Little Acorns Day Nursery\nPresenting complaint: superficial partial-thickness scald (2% TBSA) to left forearm from a mug of tea.\nHistory given by mother, Chloe Pemberton, and her partner, Ryan Daley; account consistent with injury and development.\nSafeguarding: no previous attendances; health visitor Amanda Cole (0113 496 0725) informed.\nSeen by: Dr Kwame Asante-Mensah (ST4 Paediatrics)",
    [
      ['organization', 'Leeds General Infirmary'],
      ['date', '14/01'],
      ['mrn', 'LGI-26-0041877'],
      ['name', 'Oliver James PEMBERTON'],
      ['date', '30/08'],
      ['social-security', '624 803 1576'],
      ['address', '7 Ashville Avenue'],
      ['address', 'Leeds', 1],
      ['address', 'LS6 1LX'],
      ['name', 'Rukhsana Qureshi'],
      ['organization', 'Hyde Park Surgery'],
      ['organization', 'Little Acorns Day Nursery'],
      ['name', 'Chloe Pemberton'],
      ['name', 'Ryan Daley'],
      ['name', 'Amanda Cole'],
      ['phone', '0113 496 0725'],
      ['name', 'Kwame Asante-Mensah'],
    ],
  ),
  // 66 UK, England, Birmingham, a university hospitals trust, renal clinic letter to the GP
  g(
    'Queen Elizabeth Hospital Birmingham\nRenal Outpatients   Clinic date: 3rd March 2026   Typed: 05/03/2026\nDr Fatima Zahra Al-Amin, Small Heath Medical Practice\nDear Dr Al-Amin,\nRe: Mrs Parveen AKHTAR   DOB 12/12/1968   NHS No 418 337 2909   Hosp No Q1046682\n88 Coventry Road, Small Heath, Birmingham B10 0RX\nDiagnoses: CKD G4 A3 secondary to diabetic nephropathy; hypertension.\nI reviewed Parveen with her husband, Mohammed Rafiq, and their daughter, Sana, who interpreted. eGFR 18, ACR 142 mg/mmol.\nPlan: transplant work-up; low-clearance clinic; hepatitis B vaccination.\nYours sincerely,\nDr Harjit Singh Bhogal, Consultant Nephrologist',
    [
      ['organization', 'Queen Elizabeth Hospital Birmingham'],
      ['date', '3rd March'],
      ['date', '05/03'],
      ['name', 'Fatima Zahra Al-Amin'],
      ['organization', 'Small Heath Medical Practice'],
      ['name', 'Al-Amin', 1],
      ['name', 'Parveen AKHTAR'],
      ['date', '12/12'],
      ['social-security', '418 337 2909'],
      ['mrn', 'Q1046682'],
      ['address', '88 Coventry Road'],
      ['address', 'Small Heath', 1],
      ['address', 'Birmingham', 1],
      ['address', 'B10 0RX'],
      ['name', 'Parveen', 1], // no trigger
      ['name', 'Mohammed Rafiq'],
      ['name', 'Sana'],
      ['name', 'Harjit Singh Bhogal'],
    ],
  ),
  // 67 UK, Scotland, Edinburgh, a health board hospital, medicine-of-the-elderly discharge letter (CHI number, aged > 89)
  g(
    'Royal Infirmary of Edinburgh\nMedicine of the Elderly - Discharge Letter\nPatient: Mrs Isobel Mary MacLeod   CHI: 0407323163   DOB: 04/07/1932   Age: 93\nAddress: Flat 2F1, 17 Marchmont Crescent, Edinburgh EH9 1HN\nAdmitted 22/01/2026 with delirium secondary to a UTI; discharged 06/02/2026 to Blackford Brae Care Home (interim placement).\nWelfare attorney: nephew, Alasdair Ross (0131 496 0812).\nGP: Dr Morag Cunningham, Bruntsfield Medical Practice\nClinical Frailty Scale 6; 4AT 2 on discharge.',
    [
      ['organization', 'Royal Infirmary of Edinburgh'],
      ['name', 'Isobel Mary MacLeod'],
      ['social-security', '0407323163'],
      ['date', '04/07/1932'],
      ['age', '93', 1],
      ['address', 'Flat 2F1'],
      ['address', '17 Marchmont Crescent'],
      ['address', 'Edinburgh', 1],
      ['address', 'EH9 1HN'],
      ['date', '22/01'],
      ['date', '06/02'],
      ['organization', 'Blackford Brae Care Home'],
      ['name', 'Alasdair Ross'],
      ['phone', '0131 496 0812'],
      ['name', 'Morag Cunningham'],
      ['organization', 'Bruntsfield Medical Practice'],
    ],
  ),
  // 68 UK, Scotland, Glasgow, a health board, biochemistry cumulative report with a phoned critical result (CHI number)
  g(
    'Queen Elizabeth University Hospital, Glasgow\nDepartment of Clinical Biochemistry - CUMULATIVE REPORT\nPatient: McGREGOR, Ewan   CHI: 151179 4275   Sex: M   Location: Ward 7A\nRequesting clinician: Dr Aileen Docherty   Sample no: 26F114472   Collected: 21/02/2026 07:45\nSodium 118 mmol/L (133-146) CRITICAL; potassium 3.4; urea 2.1; creatinine 54 umol/L; serum osmolality 251 mOsm/kg\nComment: phoned to Staff Nurse Kirsty Baird, Ward 7A, at 09:02 by Iain Kerr (BMS).\nAuthorised by: Dr Craig Henderson, Consultant Clinical Scientist',
    [
      ['organization', 'Queen Elizabeth University Hospital'],
      ['address', 'Glasgow'],
      ['name', 'McGREGOR, Ewan'],
      ['social-security', '151179 4275'],
      ['bed', '7A'],
      ['name', 'Aileen Docherty'],
      ['other-id', '26F114472'],
      ['date', '21/02'],
      ['name', 'Kirsty Baird'],
      ['bed', '7A', 1],
      ['name', 'Iain Kerr'],
      ['name', 'Craig Henderson'],
    ],
  ),
  // 69 UK, Northern Ireland, Belfast, a health and social care trust, fracture clinic letter (H&C number, Irish-language name)
  g(
    'Royal Victoria Hospital, Belfast\nFracture clinic tel: 028 9649 6031\nFRACTURE CLINIC   Date: 16/03/2026\nPatient: Mr Ciarán Ó Súilleabháin   DOB: 28/02/1988   H&C No: 320 471 9855\nAddress: 12 Glen Road, Belfast BT11 8BU\nEmployer: Harland & Wolff (welder)   GP: Dr Róisín McAleese, Beechmount Medical Centre\nInjury: FOOSH at work on 09/03/2026; right distal radius fracture, dorsally angulated 25 degrees.\nPlan: MUA and K-wiring on the day-case list; consented by Mr Declan Magee.',
    [
      ['organization', 'Royal Victoria Hospital'],
      ['address', 'Belfast'],
      ['phone', '028 9649 6031'],
      ['date', '16/03'],
      ['name', 'Ciarán Ó Súilleabháin'],
      ['date', '28/02'],
      ['social-security', '320 471 9855'],
      ['address', '12 Glen Road'],
      ['address', 'Belfast', 1],
      ['address', 'BT11 8BU'],
      ['organization', 'Harland & Wolff'],
      ['name', 'Róisín McAleese'],
      ['organization', 'Beechmount Medical Centre'],
      ['date', '09/03'],
      ['name', 'Declan Magee'],
    ],
  ),
  // 70 UK, Wales, Cardiff, a university health board, bilingual gastroenterology clinic letter (Welsh particle ap)
  g(
    "Cardiff and Vale University Health Board / Bwrdd Iechyd Prifysgol Caerdydd a'r Fro\nUniversity Hospital of Wales\nGastroenterology Clinic - 11 February 2026\nPatient: Mr Rhys ap Gwilym   DOB: 06/10/1975   NHS No: 681 230 4573   Hosp No: C4471983\nAddress: 5 Heol y Felin, Cardiff CF14 6NB   Tel: 029 2018 0447\nDiagnosis: ulcerative colitis (E3), Mayo endoscopic subscore 2\nDear Dr Jenkins,\nI saw Rhys today with his partner Gethin Morgan. Faecal calprotectin 840 ug/g despite mesalazine 4.8 g. We will start vedolizumab (Entyvio) after TB and hepatitis screening.\nYours sincerely,\nDr Angharad Pritchard-Evans, Consultant Gastroenterologist\ncc: Dr Owain Jenkins, Birchgrove Surgery",
    [
      ['organization', 'Cardiff and Vale University Health Board'],
      ['organization', "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro"],
      ['organization', 'University Hospital of Wales'],
      ['date', '11 February'],
      ['name', 'Rhys ap Gwilym'],
      ['date', '06/10'],
      ['social-security', '681 230 4573'],
      ['mrn', 'C4471983'],
      ['address', '5 Heol y Felin'],
      ['address', 'Cardiff', 1],
      ['address', 'CF14 6NB'],
      ['phone', '029 2018 0447'],
      ['name', 'Jenkins'],
      ['name', 'Rhys', 1], // no trigger
      ['name', 'Gethin Morgan'],
      ['name', 'Angharad Pritchard-Evans'],
      ['name', 'Owain Jenkins'],
      ['organization', 'Birchgrove Surgery'],
    ],
  ),
  // 71 Ireland, Dublin, a teaching hospital, acute medical unit discharge summary (PPSN, medical card, Eircodes)
  g(
    "St James's Hospital\nAcute Medical Assessment Unit - DISCHARGE SUMMARY\nPatient: Ms Aoife Ní Bhriain   MRN: 1148273   DOB: 19/04/1996   PPSN: 8234517O\nAddress: 14 The Steelworks, Foley Street, Dublin 1, D01 X2P7   Mobile: +353 87 415 2290\nAdmitted 27/02/2026; discharged 01/03/2026.\nDiagnosis: diabetic ketoacidosis, new presentation of type 1 diabetes (GAD antibodies positive).\nGP: Dr Cathal Ó Murchú, Liberties Family Practice   NOK: father, Pádraig Ó Briain, 086 732 4419\nDiabetes CNS Gráinne Fitzpatrick will phone Aoife within 48 hours.",
    [
      ['organization', "St James's Hospital"],
      ['name', 'Aoife Ní Bhriain'],
      ['mrn', '1148273'],
      ['date', '19/04'],
      ['social-security', '8234517O'],
      ['address', '14 The Steelworks'],
      ['address', 'Foley Street'],
      ['address', 'Dublin 1'],
      ['address', 'D01 X2P7'],
      ['phone', '+353 87 415 2290'],
      ['date', '27/02'],
      ['date', '01/03'],
      ['name', 'Cathal Ó Murchú'],
      ['organization', 'Liberties Family Practice'],
      ['name', 'Pádraig Ó Briain'],
      ['phone', '086 732 4419'],
      ['name', 'Gráinne Fitzpatrick'],
      ['name', 'Aoife', 1], // no trigger
    ],
  ),
  // 72 Ireland, Cork, a university hospital, cardiology clinic letter to the GP (greeting by first name)
  g(
    "Cork University Hospital\nDepartment of Cardiology - Clinic Letter   Date: 24 March 2026\nDr Eimear Crowley, Ballincollig Family Practice\nRe: Mr Seán O'Donovan, DOB 03/03/1951, MRN CUH0577321, 5 Maryborough Hill, Douglas, Cork T12 R6F2\nDear Eimear,\nThank you for referring Seán with palpitations. Holter: paroxysmal AF, burden 18%. CHA2DS2-VASc 3. I have started apixaban 5 mg BD and bisoprolol 2.5 mg OD. His wife Nóirín asked about driving; I have advised that he may continue.\nYours sincerely,\nProf. Conor Mac Cárthaigh, Consultant Cardiologist",
    [
      ['organization', 'Cork University Hospital'],
      ['date', '24 March'],
      ['name', 'Eimear Crowley'],
      ['organization', 'Ballincollig Family Practice'],
      ['name', "Seán O'Donovan"],
      ['date', '03/03'],
      ['mrn', 'CUH0577321'],
      ['address', '5 Maryborough Hill'],
      ['address', 'Douglas'],
      ['address', 'Cork', 1],
      ['address', 'T12 R6F2'],
      ['name', 'Eimear', 1], // no trigger
      ['name', 'Seán', 1], // no trigger
      ['name', 'Nóirín'],
      ['name', 'Conor Mac Cárthaigh'],
    ],
  ),
  // 73 Australia, Melbourne, a public hospital, general-medicine discharge summary (Medicare and IHI check digits)
  g(
    'The Royal Melbourne Hospital\nDISCHARGE SUMMARY - General Medicine\nPatient: Mr Nikolaos PAPADOPOULOS   UR: 2048817   DOB: 05/09/1948\nMedicare No: 2953 10473 1   IHI: 8003 6081 7294 6352\nAdmitted: 11/03/2026   Discharged: 19/03/2026\nDiagnoses: community-acquired pneumonia (CURB-65 2); hyponatraemia (Na 126) secondary to SIADH.\nGP: Dr Thi Huong Pham, Brunswick Family Medical Centre, 412 Sydney Road, Brunswick VIC 3056, (03) 5550 1182\nNOK: son Con Papadopoulos, 0491 570 156',
    [
      ['organization', 'The Royal Melbourne Hospital'],
      ['name', 'Nikolaos PAPADOPOULOS'],
      ['mrn', '2048817'],
      ['date', '05/09'],
      ['social-security', '2953 10473 1'],
      ['social-security', '8003 6081 7294 6352'],
      ['date', '11/03'],
      ['date', '19/03'],
      ['name', 'Thi Huong Pham'],
      ['organization', 'Brunswick Family Medical Centre'],
      ['address', '412 Sydney Road'],
      ['address', 'Brunswick', 1],
      ['address', '3056'],
      ['phone', '(03) 5550 1182'],
      ['name', 'Con Papadopoulos'],
      ['phone', '0491 570 156'],
    ],
  ),
  // 74 Australia, Sydney west, a public hospital, emergency department medical handover sheet (names in table cells)
  g(
    "Westmead Hospital - Emergency Department - medical handover 07/02/2026 22:00\nBed | Patient | Age | MRN | Issue | Doctor | Nurse\nA4 | Layla HADDAD-KHOURY | 34 | 08771426 | 32/40, BP 168/112, headache, 3+ protein | Tomasz Wiśniewski | Priya Desai\nA7 | Barry O'KEEFFE | 91 | 08120347 | fall, right NOF fracture | Tomasz Wiśniewski | Hamish Lowe\nB2 | Mohammad Reza AHMADI | 45 | 08779921 | renal colic, 6 mm VUJ stone | Chloe Tran | Hamish Lowe\nC1 | Jarrah WILLIAMS | 19 | 08781105 | asthma, 3 back-to-back salbutamol | Chloe Tran | Grace Liu\nLayla: MgSO4 per protocol, IV labetalol, to Birth Unit when a bed is free; husband Georges Khoury (0491 571 302) at bedside. Medicare 4182 73654 2.\nBarry: ortho aware, fascia iliaca block done; daughter Fiona O'Keeffe rang, call back on 0491 570 112.",
    [
      ['organization', 'Westmead Hospital'],
      ['date', '07/02'],
      ['bed', 'A4'],
      ['name', 'Layla HADDAD-KHOURY'], // no trigger
      ['mrn', '08771426'],
      ['name', 'Tomasz Wiśniewski'], // no trigger
      ['name', 'Priya Desai'], // no trigger
      ['bed', 'A7'],
      ['name', "Barry O'KEEFFE"], // no trigger
      ['age', '91'],
      ['mrn', '08120347'],
      ['name', 'Tomasz Wiśniewski', 1], // no trigger
      ['name', 'Hamish Lowe'], // no trigger
      ['bed', 'B2'],
      ['name', 'Mohammad Reza AHMADI'], // no trigger
      ['mrn', '08779921'],
      ['name', 'Chloe Tran'], // no trigger
      ['name', 'Hamish Lowe', 1], // no trigger
      ['bed', 'C1'],
      ['name', 'Jarrah WILLIAMS'], // no trigger
      ['mrn', '08781105'],
      ['name', 'Chloe Tran', 1], // no trigger
      ['name', 'Grace Liu'], // no trigger
      ['name', 'Layla', 1], // no trigger
      ['name', 'Georges Khoury'],
      ['phone', '0491 571 302'],
      ['social-security', '4182 73654 2'],
      ['name', 'Barry', 1], // no trigger
      ['name', "Fiona O'Keeffe"],
      ['phone', '0491 570 112'],
    ],
  ),
  // 75 Australia, Brisbane, a women's hospital laboratory, pathology report with a phoned result
  g(
    "Central Laboratory, Royal Brisbane and Women's Hospital\nPatient: WATEGO, Kirra Jade   UR: 1774092   DOB: 14/02/2001   Sex: F   Medicare: 2330 91873 1\nLab No: 26-063-4471   Collected: 04/03/2026 10:20   Reported: 15:48\nRequesting doctor: Dr Liam O'Halloran, Inala Community Health Centre, 64 Wirraway Parade, Inala QLD 4077\nResults: beta-hCG 48,200 IU/L; Hb 112 g/L; blood group O RhD negative; antibody screen negative.\nComment: result phoned to Dr O'Halloran at 15:30 by Sam Whitlock.",
    [
      ['organization', "Royal Brisbane and Women's Hospital"],
      ['name', 'WATEGO, Kirra Jade'],
      ['mrn', '1774092'],
      ['date', '14/02'],
      ['social-security', '2330 91873 1'],
      ['other-id', '26-063-4471'],
      ['date', '04/03'],
      ['name', "Liam O'Halloran"],
      ['organization', 'Inala Community Health Centre'],
      ['address', '64 Wirraway Parade'],
      ['address', 'Inala', 1],
      ['address', '4077'],
      ['name', "O'Halloran", 1],
      ['name', 'Sam Whitlock'], // no trigger
    ],
  ),
  // 76 Australia, Fremantle, a general practice, referral letter to a tertiary respiratory clinic (DVA card, nickname)
  g(
    'South Terrace Medical Centre   Ph (08) 5550 1437\n12 January 2026\nDr Yusuf Rahimi, Respiratory Medicine, Fiona Stanley Hospital\nDear Dr Rahimi,\nRe: Mrs Beverley Anne ASHWORTH-CLARKE, DOB 23/05/1944, Medicare 5206 44180 3, DVA Gold Card WX904417\n14 Ellen Street, Fremantle WA 6160; Ph 0491 572 618\nI would be grateful if you could see Bev, an 81-year-old ex-smoker (50 pack-years) with a 2.1 cm spiculated LLL nodule on CT. Her husband, Ron, is her carer.\nKind regards,\nDr Mei-Lin Goh (MBBS FRACGP)',
    [
      ['organization', 'South Terrace Medical Centre'],
      ['phone', '(08) 5550 1437'],
      ['date', '12 January'],
      ['name', 'Yusuf Rahimi'],
      ['organization', 'Fiona Stanley Hospital'],
      ['name', 'Rahimi', 1],
      ['name', 'Beverley Anne ASHWORTH-CLARKE'],
      ['date', '23/05'],
      ['social-security', '5206 44180 3'],
      ['social-security', 'WX904417'],
      ['address', '14 Ellen Street'],
      ['address', 'Fremantle'],
      ['address', '6160'],
      ['phone', '0491 572 618'],
      ['name', 'Bev', 1], // no trigger
      ['name', 'Ron'],
      ['name', 'Mei-Lin Goh'],
    ],
  ),
  // 77 New Zealand, Auckland, a city hospital, cardiology discharge summary (NHI with check digit, whanau)
  g(
    'Auckland City Hospital\nDISCHARGE SUMMARY - Cardiology, Ward 42\nPatient: Tama Rangi NGATA   NHI: HRT4316   DOB: 17/10/1966\nAddress: 23 Bairds Road, Ōtara, Auckland 2023\nAdmitted 01/04/2026 with inferior STEMI; primary PCI to RCA; LVEF 45%.\nWhānau: Aroha Ngata (021 478 2291), Wiremu Ngata.\nGP: Dr Hemi Walker, East Tāmaki Healthcare\nCardiac rehabilitation: Greenlane Clinical Centre, first session in 2 weeks.\nDischarged 05/04/2026.',
    [
      ['organization', 'Auckland City Hospital'],
      ['bed', '42'],
      ['name', 'Tama Rangi NGATA'],
      ['social-security', 'HRT4316'],
      ['date', '17/10'],
      ['address', '23 Bairds Road'],
      ['address', 'Ōtara'],
      ['address', 'Auckland', 1],
      ['address', '2023'],
      ['date', '01/04'],
      ['name', 'Aroha Ngata'],
      ['phone', '021 478 2291'],
      ['name', 'Wiremu Ngata'], // no trigger
      ['name', 'Hemi Walker'],
      ['organization', 'East Tāmaki Healthcare'],
      ['organization', 'Greenlane Clinical Centre'],
      ['date', '05/04'],
    ],
  ),
  // 78 New Zealand, Christchurch, a public hospital, older-persons needs-assessment referral for a woman aged > 89
  g(
    'Christchurch Hospital\nOlder Persons Health - Referral for Needs Assessment\nPatient: Mrs Dorothy Eileen FAIRWEATHER ("Dot")   NHI: PLD7750   DOB: 12/12/1931   Age: 94\nAddress: 2/118 Papanui Road, Merivale, Christchurch 8014\nLives alone; daughter Janet Ruddock lives in Timaru (03 688 4172) and visits fortnightly.\nRequest: district nursing via Nurse Maude for leg ulcer dressings; personal cares twice daily.\nReferrer: Dr Andrew McKenzie-Reid (Geriatrician), 10/03/2026',
    [
      ['organization', 'Christchurch Hospital'],
      ['name', 'Dorothy Eileen FAIRWEATHER'],
      ['name', 'Dot'], // no trigger
      ['social-security', 'PLD7750'],
      ['date', '12/12/1931'],
      ['age', '94'],
      ['address', '2/118 Papanui Road'],
      ['address', 'Merivale'],
      ['address', 'Christchurch', 1],
      ['address', '8014'],
      ['name', 'Janet Ruddock'],
      ['address', 'Timaru'],
      ['phone', '03 688 4172'],
      ['organization', 'Nurse Maude'],
      ['name', 'Andrew McKenzie-Reid'],
      ['date', '10/03'],
    ],
  ),
  // 79 Canada, Toronto, an academic health network, transplant consultation note (OHIP with version code)
  g(
    'Toronto General Hospital\nCONSULTATION NOTE - Multi-Organ Transplant   Date: 2026-02-24\nPatient: TREMBLAY-SINGH, Ananya   MRN: 4170982   OHIP: 4829-173-055-KJ   DOB: 1983-06-11\nReferring: Dr. Gurpreet Sandhu, Brampton Civic Hospital (William Osler Health System)\nReason: kidney transplant assessment; ESRD from IgA nephropathy, on hemodialysis since 2023 at Etobicoke General Hospital, chair 14.\nPotential living donor: brother Rohan Singh (DOB 1987-01-30), 416-555-0148.\nPlan: HLA typing, crossmatch, donor work-up; cPRA pending.',
    [
      ['organization', 'Toronto General Hospital'],
      ['date', '02-24'],
      ['name', 'TREMBLAY-SINGH, Ananya'],
      ['mrn', '4170982'],
      ['social-security', '4829-173-055-KJ'],
      ['date', '06-11'],
      ['name', 'Gurpreet Sandhu'],
      ['organization', 'Brampton Civic Hospital'],
      ['organization', 'William Osler Health System'],
      ['organization', 'Etobicoke General Hospital'],
      ['bed', '14'],
      ['name', 'Rohan Singh'],
      ['date', '01-30'],
      ['phone', '416-555-0148'],
    ],
  ),
  // 80 Canada, Montreal, a university hospital centre, hepatology discharge summary (RAMQ number, French titles)
  g(
    "Centre hospitalier de l'Université de Montréal (CHUM)\nDISCHARGE SUMMARY - Hepatology\nPatient: GAGNON, Marie-Ève   RAMQ: GAGM 8562 1512   Dossier: 0088127\nAdmission: 2026-03-02   Discharge: 2026-03-13\nDiagnosis: acute alcohol-associated hepatitis, Maddrey 41, Lille score 0.31 at day 7 (responder).\nFamily physician: Dre Josée Lapointe-Bélanger, GMF du Plateau\nContact: spouse Jean-François Ouellet, 514-555-0167\nAttending: Dr Étienne St-Pierre",
    [
      ['organization', "Centre hospitalier de l'Université de Montréal"],
      ['organization', 'CHUM'],
      ['name', 'GAGNON, Marie-Ève'],
      ['social-security', 'GAGM 8562 1512'],
      ['mrn', '0088127'],
      ['date', '03-02'],
      ['date', '03-13'],
      ['name', 'Josée Lapointe-Bélanger'],
      ['organization', 'GMF du Plateau'],
      ['name', 'Jean-François Ouellet'],
      ['phone', '514-555-0167'],
      ['name', 'Étienne St-Pierre'],
    ],
  ),
  // 81 Canada, Vancouver, a general hospital, emergency psychiatry consult (BC PHN with mod-11 check, constable badge)
  g(
    'Vancouver General Hospital\nEMERGENCY PSYCHIATRY CONSULT   Date: 2026-01-19 21:40\nPatient: Joseph THUNDERCHILD   PHN: 9873 645 122   DOB: 1994-08-03\nAddress: no fixed address; stays at Union Gospel Mission, 601 East Hastings Street\nBrought by police (Cst. Harjinder Gill, badge 3318) under s.28 Mental Health Act.\nCollateral: sister Raven Thunderchild, 778-555-0124.\nPlan: certified (Form 4) by Dr. Min-jun Seo; admit to psychiatry, bed P2-17.',
    [
      ['organization', 'Vancouver General Hospital'],
      ['date', '01-19'],
      ['name', 'Joseph THUNDERCHILD'],
      ['social-security', '9873 645 122'],
      ['date', '08-03'],
      ['organization', 'Union Gospel Mission'],
      ['address', '601 East Hastings Street'],
      ['name', 'Harjinder Gill'],
      ['other-id', '3318'],
      ['name', 'Raven Thunderchild'],
      ['phone', '778-555-0124'],
      ['name', 'Min-jun Seo'],
      ['bed', 'P2-17'],
    ],
  ),
  // 82 Singapore, a general hospital, inpatient discharge summary (NRIC with check letter, medical certificate)
  g(
    'Singapore General Hospital\nINPATIENT DISCHARGE SUMMARY\nPatient: TAN MEI LING, RACHEL   NRIC: S8812457Z   DOB: 14/07/1988   Ward/Bed: 57-12\nAdmitted: 23/03/2026   Discharged: 27/03/2026\nDiagnosis: diabetic ketoacidosis, type 1 diabetes; insulin pump education done.\nMedical certificate: MC2603270415, 12 days, for employer DBS Bank Ltd\nNOK: husband Lim Wei Jie Bryan, 9847 2316\nFollow-up: Bukit Merah Polyclinic on 10/04/2026\nDoctor: Dr Nurul Huda binte Ismail, MO',
    [
      ['organization', 'Singapore General Hospital'],
      ['name', 'TAN MEI LING, RACHEL'],
      ['id-card', 'S8812457Z'],
      ['date', '14/07'],
      ['bed', '57-12'],
      ['date', '23/03'],
      ['date', '27/03'],
      ['other-id', 'MC2603270415'],
      ['organization', 'DBS Bank Ltd'],
      ['name', 'Lim Wei Jie Bryan'],
      ['phone', '9847 2316'],
      ['organization', 'Bukit Merah Polyclinic'],
      ['date', '10/04'],
      ['name', 'Nurul Huda binte Ismail'],
    ],
  ),
  // 83 Singapore, a polyclinic, consultation of a migrant worker (FIN with check letter, s/o)
  g(
    'SingHealth Polyclinics - Bedok Polyclinic\nCONSULTATION RECORD   Date: 02/02/2026\nPatient: MD RAFIQUL ISLAM   FIN: G7345128R   DOB: 02/01/1992   Nationality: Bangladeshi\nWork permit no.: 045892173   Employer: Kim Seng Construction Pte Ltd\nDormitory: Blk 12 Tuas South Avenue 1, #03-215, Singapore 637221   Phone: 8294 5531\nComplaint: crush injury right index finger at worksite; XR: tuft fracture distal phalanx.\nSeen by: Dr Goh Kah Wai\nCompany safety officer: Mr Selvaraj s/o Muthu, 9662 0843',
    [
      ['organization', 'SingHealth Polyclinics'],
      ['organization', 'Bedok Polyclinic'],
      ['date', '02/02'],
      ['name', 'MD RAFIQUL ISLAM'],
      ['id-card', 'G7345128R'],
      ['date', '02/01'],
      ['other-id', '045892173'],
      ['organization', 'Kim Seng Construction Pte Ltd'],
      ['address', 'Blk 12 Tuas South Avenue 1'],
      ['address', '#03-215'],
      ['address', '637221'],
      ['phone', '8294 5531'],
      ['name', 'Goh Kah Wai'],
      ['name', 'Selvaraj s/o Muthu'],
      ['phone', '9662 0843'],
    ],
  ),
  // 84 Malaysia, Kuala Lumpur, a public hospital, obstetric discharge note (MyKad, binti / bin, a/p)
  g(
    'Hospital Kuala Lumpur\nObstetrics & Gynaecology - DISCHARGE NOTE\nPatient: NURUL AISYAH BINTI AHMAD FAUZI   MyKad: 950314-14-5872   RN: HKL/26/0448127\nAddress: No. 17, Jalan Wangsa 3/2, 53300 Kuala Lumpur\nAdmitted 08/02/2026; SVD on 09/02/2026, baby girl 3.1 kg; discharged 11/02/2026.\nHusband: Muhammad Hafiz bin Roslan (MyKad 920621-10-6123), 012-384 7265, employer Tenaga Nasional Berhad\nDischarged by: Dr Kavitha a/p Subramaniam, MO',
    [
      ['organization', 'Hospital Kuala Lumpur'],
      ['name', 'NURUL AISYAH BINTI AHMAD FAUZI'],
      ['id-card', '950314-14-5872'],
      ['mrn', 'HKL/26/0448127'],
      ['address', 'No. 17, Jalan Wangsa 3/2'],
      ['address', '53300'],
      ['address', 'Kuala Lumpur', 1],
      ['date', '08/02'],
      ['date', '09/02'],
      ['date', '11/02'],
      ['name', 'Muhammad Hafiz bin Roslan'],
      ['id-card', '920621-10-6123'],
      ['phone', '012-384 7265'],
      ['organization', 'Tenaga Nasional Berhad'],
      ['name', 'Kavitha a/p Subramaniam'],
    ],
  ),
  // 85 Malaysia, Penang, a private hospital, cardiology clinic letter with insurer policy
  g(
    'Island Hospital, Penang\nCardiology Clinic - 16 March 2026\nPatient: Mr Lim Chee Keong   MyKad: 620809-07-5511   MRN: IH-0037712\nAddress: 21, Lorong Burma 3, 10250 George Town\nInsurer: AIA Bhd., policy no. U842217064\nEcho: LVEF 35%; NT-proBNP 2,140 pg/mL. Started sacubitril/valsartan (Entresto) 24/26 mg BD.\nTan Siew Lan will monitor his BP at home (016-442 8719).\nDr Ravindran s/o Krishnan, Consultant Cardiologist',
    [
      ['organization', 'Island Hospital'],
      ['date', '16 March'],
      ['name', 'Lim Chee Keong'],
      ['id-card', '620809-07-5511'],
      ['mrn', 'IH-0037712'],
      ['address', '21, Lorong Burma 3'],
      ['address', '10250'],
      ['address', 'George Town'],
      ['organization', 'AIA Bhd.'],
      ['other-id', 'U842217064'],
      ['name', 'Tan Siew Lan'], // no trigger
      ['phone', '016-442 8719'],
      ['name', 'Ravindran s/o Krishnan'],
    ],
  ),
  // 86 Philippines, Manila, a national university hospital, dengue discharge summary (PhilHealth PIN, barangay address, Aling)
  g(
    'Philippine General Hospital, Manila\nDepartment of Medicine - Discharge Summary\nPatient: DELA PAZ-VILLANUEVA, Maria Cristina   Hospital No.: 2026-0124471   PhilHealth PIN: 12-051873294-6\nAddress: Blk 5 Lot 12, Bagong Silang, Caloocan City\nDate admitted: January 15, 2026   Date discharged: January 20, 2026\nDiagnosis: dengue fever with warning signs, NS1 positive; platelet nadir 18,000.\nWatcher: Rodel Villanueva (husband), +63 917 482 3316\nReferred by barangay health worker Aling Nena.\nAttending: Dr. Jose Ma. Santos-Reyes',
    [
      ['organization', 'Philippine General Hospital'],
      ['address', 'Manila'],
      ['name', 'DELA PAZ-VILLANUEVA, Maria Cristina'],
      ['mrn', '2026-0124471'],
      ['social-security', '12-051873294-6'],
      ['address', 'Blk 5 Lot 12'],
      ['address', 'Bagong Silang'],
      ['address', 'Caloocan City'],
      ['date', 'January 15'],
      ['date', 'January 20'],
      ['name', 'Rodel Villanueva'],
      ['phone', '+63 917 482 3316'],
      ['name', 'Nena'],
      ['name', 'Jose Ma. Santos-Reyes'],
    ],
  ),
  // 87 Philippines, Taguig, a private medical center, admission and deposit slip (HMO card, Mastercard with Luhn)
  g(
    'St. Luke\'s Medical Center - Global City, 32nd Street cor. Rizal Drive, Taguig City\nADMISSION DATA AND DEPOSIT SLIP   Date: 03/08/2026\nPatient: CHUA, Benedict Anthony Sy   Age: 67   Room: 1418\nHMO: Maxicare, card no. 1200-0448-7716-3   Senior Citizen (OSCA) ID: 13-76-00-12447\nDeposit: PHP 100,000 by Mastercard 5400 2871 3369 0428\nContact: daughter Jennifer Chua-Lim, +63 918 226 4471, jcl.family@example.com\nAdmitting physician: Dr. Ramon Ilagan ("Monching")',
    [
      ['organization', "St. Luke's Medical Center - Global City"],
      ['address', '32nd Street cor. Rizal Drive'],
      ['address', 'Taguig City'],
      ['date', '03/08'],
      ['name', 'CHUA, Benedict Anthony Sy'],
      ['bed', '1418'],
      ['organization', 'Maxicare'],
      ['social-security', '1200-0448-7716-3'],
      ['id-card', '13-76-00-12447'],
      ['bank-card', '5400 2871 3369 0428'],
      ['name', 'Jennifer Chua-Lim'],
      ['phone', '+63 918 226 4471'],
      ['email', 'jcl.family@example.com'],
      ['name', 'Ramon Ilagan'],
      ['name', 'Monching'], // no trigger
    ],
  ),
  // 88 India, New Delhi, a national institute, neurology discharge summary (Aadhaar with Verhoeff check, W/o, village address)
  g(
    'All India Institute of Medical Sciences\nDepartment of Neurology - Discharge Summary\nUHID: 104572219   Patient: Smt. Kamla Devi   W/o Shri Ram Prasad   Age/Sex: 58 Y / F\nAadhaar: 4918 3762 0517   PM-JAY ID: PMJAY-UP-33180072\nAddress: House No. 214, Gali No. 6, Sangam Vihar, New Delhi 110080\nNative place: Village Baraura, District Kaushambi, Uttar Pradesh\nDOA: 02-02-2026   DOD: 12-02-2026\nDiagnosis: Guillain-Barré syndrome (AMAN variant), Hughes grade 4 at nadir; treated with IVIg 2 g/kg.\nAttendant: son Rajesh Kumar, Mob: +91 98110 47236\nConsultant: Prof. Anuradha Mukherjee   SR: Dr. Harpreet Kaur Sandhu',
    [
      ['organization', 'All India Institute of Medical Sciences'],
      ['mrn', '104572219'],
      ['name', 'Kamla Devi'],
      ['name', 'Ram Prasad'],
      ['id-card', '4918 3762 0517'],
      ['social-security', 'PMJAY-UP-33180072'],
      ['address', 'House No. 214'],
      ['address', 'Gali No. 6'],
      ['address', 'Sangam Vihar'],
      ['address', 'New Delhi'],
      ['address', '110080'],
      ['address', 'Village Baraura'],
      ['address', 'District Kaushambi'],
      ['date', '02-02'],
      ['date', '12-02'],
      ['name', 'Rajesh Kumar'],
      ['phone', '+91 98110 47236'],
      ['name', 'Anuradha Mukherjee'],
      ['name', 'Harpreet Kaur Sandhu'],
    ],
  ),
  // 89 India, Vellore, a Christian medical college, discharge of a patient from Bangladesh (passport, lodge address)
  g(
    'Christian Medical College, Vellore\nDepartment of Haematology - Discharge Summary\nHospital No.: 418872G   Patient: Mr. Md. Abdul Karim Sarkar, 46/M   Passport No.: BX0458217   Nationality: Bangladeshi\nLocal address: Sri Lakshmi Residency, Thottapalayam, Vellore\nDiagnosis: chronic myeloid leukaemia, chronic phase; BCR-ABL1 (p210) 42% IS; Sokal low risk. Started imatinib 400 mg OD.\nAttendant: wife Shahnaz Begum, +880 1711 428 639\nUnit: Haematology II - Dr. Arul Jebaraj Samuel\nReview on 28/04/2026 with BCR-ABL1 by RQ-PCR.',
    [
      ['organization', 'Christian Medical College'],
      ['address', 'Vellore'],
      ['mrn', '418872G'],
      ['name', 'Md. Abdul Karim Sarkar'],
      ['passport', 'BX0458217'],
      ['organization', 'Sri Lakshmi Residency'],
      ['address', 'Thottapalayam'],
      ['address', 'Vellore', 1],
      ['name', 'Shahnaz Begum'],
      ['phone', '+880 1711 428 639'],
      ['name', 'Arul Jebaraj Samuel'],
      ['date', '28/04'],
    ],
  ),
  // 90 India, Chennai, a private hospital group, outpatient prescription with brands (ABHA number, initial-first Tamil name)
  g(
    'Apollo Hospitals, Chennai\nOP PRESCRIPTION   Date: 18/03/2026   UHID: APJ1.0012948731\nPatient: Mr. R. Venkatesan, 62/M   ABHA No: 91-4417-2286-5530   Mobile: +91 94440 17382\nDx: T2DM with CKD G3a; HTN\nRx: 1. Tab. Glycomet GP 2 (metformin + glimepiride) 1-0-1 x 30 days\n2. Tab. Telma 40 (telmisartan) 0-0-1\n3. Tab. Rosuvas 10 (rosuvastatin) 0-0-1\nReview after 3 months with HbA1c, creatinine, UACR.\nDoctor: Dr. Lakshmi Narayanan, MD, DM (Endo)   Reg. No.: TNMC 78123\nDispensed at Apollo Pharmacy, Anna Nagar by S. Meenakshi',
    [
      ['organization', 'Apollo Hospitals'],
      ['address', 'Chennai'],
      ['date', '18/03'],
      ['mrn', 'APJ1.0012948731'],
      ['name', 'R. Venkatesan'],
      ['social-security', '91-4417-2286-5530'],
      ['phone', '+91 94440 17382'],
      ['name', 'Lakshmi Narayanan'],
      ['license', '78123'],
      ['organization', 'Apollo Pharmacy'],
      ['address', 'Anna Nagar'],
      ['name', 'S. Meenakshi'], // no trigger
    ],
  ),
  // 91 Pakistan, Karachi, a university hospital, paediatric discharge summary (CNIC of the father, d/o)
  g(
    "The Aga Khan University Hospital, Karachi\nPaediatrics - Discharge Summary   MR#: 896-44-17\nPatient: Ayesha Noor d/o Muhammad Tariq   Age: 6 years   Father's CNIC: 42101-5832174-3\nAddress: House R-112, Block 13-D/2, Gulshan-e-Iqbal, Karachi   Phone: +92 300 2417 885\nSchool: The City School\nAdmitted: 04-Jan-2026   Discharged: 09-Jan-2026\nDiagnosis: enteric fever, XDR Salmonella Typhi (blood culture); treated with meropenem then azithromycin.\nConsultant: Dr. Shazia Rehman",
    [
      ['organization', 'The Aga Khan University Hospital'],
      ['address', 'Karachi'],
      ['mrn', '896-44-17'],
      ['name', 'Ayesha Noor'],
      ['name', 'Muhammad Tariq'],
      ['id-card', '42101-5832174-3'],
      ['address', 'House R-112'],
      ['address', 'Block 13-D/2'],
      ['address', 'Gulshan-e-Iqbal'],
      ['address', 'Karachi', 1],
      ['phone', '+92 300 2417 885'],
      ['organization', 'The City School'],
      ['date', '04-Jan'],
      ['date', '09-Jan'],
      ['name', 'Shazia Rehman'],
    ],
  ),
  // 92 Nigeria, Lagos, a university teaching hospital, obstetric referral letter (NIN, bank account for a refund)
  g(
    'Lagos University Teaching Hospital\nDepartment of Obstetrics & Gynaecology - Referral Letter   Date: 21st January 2026\nTo: The Consultant, Federal Medical Centre, Ebute-Metta\nPatient: Mrs Chiamaka Adaeze Okonkwo-Bello, 29 years   Hosp. No.: LUTH/26/004871\nNIN: 38146572091   NHIA No.: NHIA-LAG-0047712\nAddress: 14, Adeniran Ogunsanya Street, Surulere, Lagos\nHusband: Mr Emeka Okonkwo-Bello, 0803 447 2196; employer First Bank of Nigeria Ltd\nDeposit refund account (GTBank): 0123894761\nReason: 34 weeks, placenta praevia major, for delivery where NICU cot is available.\nDr. Oluwaseun Adeyemi, Senior Registrar',
    [
      ['organization', 'Lagos University Teaching Hospital'],
      ['date', '21st January'],
      ['organization', 'Federal Medical Centre'],
      ['address', 'Ebute-Metta'],
      ['name', 'Chiamaka Adaeze Okonkwo-Bello'],
      ['mrn', 'LUTH/26/004871'],
      ['id-card', '38146572091'],
      ['social-security', 'NHIA-LAG-0047712'],
      ['address', '14, Adeniran Ogunsanya Street'],
      ['address', 'Surulere'],
      ['address', 'Lagos', 1],
      ['name', 'Emeka Okonkwo-Bello'],
      ['phone', '0803 447 2196'],
      ['organization', 'First Bank of Nigeria Ltd'],
      ['account', '0123894761'],
      ['name', 'Oluwaseun Adeyemi'],
    ],
  ),
  // 93 Kenya, Nairobi, a national referral hospital, casualty clinical notes (national ID, SHA number, apostrophe in a Luo name)
  g(
    "Kenyatta National Hospital\nCasualty - Clinical Notes   IP No.: 2026-004417   Date: 12/02/2026\nPatient: Wanjiru Njeri Kamau, 34F   National ID: 28471936   SHA No.: SHA-2847193-6\nPhone (M-Pesa): 0722 418 306   Residence: Laini Saba, Kibera, Nairobi\nEmployer: Safaricom PLC\nComplaint: fever, jaundice and dark urine for 5 days; RDT for malaria negative; ALT 1,840 U/L; HAV IgM positive.\nNext of kin: Otieno Ochieng (husband), 0733 215 884\nClinician: Dr. Achieng' Odhiambo",
    [
      ['organization', 'Kenyatta National Hospital'],
      ['mrn', '2026-004417'],
      ['date', '12/02'],
      ['name', 'Wanjiru Njeri Kamau'],
      ['id-card', '28471936'],
      ['social-security', 'SHA-2847193-6'],
      ['phone', '0722 418 306'],
      ['address', 'Laini Saba'],
      ['address', 'Kibera'],
      ['address', 'Nairobi'],
      ['organization', 'Safaricom PLC'],
      ['name', 'Otieno Ochieng'],
      ['phone', '0733 215 884'],
      ['name', "Achieng' Odhiambo"],
    ],
  ),
  // 94 Ghana, Accra, a teaching hospital, child-health discharge (Ghana Card, NHIS, digital address)
  g(
    'Korle Bu Teaching Hospital\nDepartment of Child Health - Discharge Summary   Folder No.: KBTH/26/11874\nPatient: Kofi Mensah Asante-Boateng, 8 yrs   NHIS No.: 14872653\nMother: Akosua Boatemaa, Ghana Card GHA-712498356-4, 024 418 6632\nAddress: House No. C214/7, Abossey Okai, Accra; digital address GA-183-8164\nSchool: Accra Academy\nAdmitted 03/02/2026 with sickle cell vaso-occlusive crisis (HbSS); discharged 08/02/2026 on hydroxyurea.\nDoctor: Dr. Yaw Owusu-Ansah',
    [
      ['organization', 'Korle Bu Teaching Hospital'],
      ['mrn', 'KBTH/26/11874'],
      ['name', 'Kofi Mensah Asante-Boateng'],
      ['social-security', '14872653'],
      ['name', 'Akosua Boatemaa'],
      ['id-card', 'GHA-712498356-4'],
      ['phone', '024 418 6632'],
      ['address', 'House No. C214/7'],
      ['address', 'Abossey Okai'],
      ['address', 'Accra'],
      ['address', 'GA-183-8164'],
      ['organization', 'Accra Academy'],
      ['date', '03/02'],
      ['date', '08/02'],
      ['name', 'Yaw Owusu-Ansah'],
    ],
  ),
  // 95 South Africa, Cape Town, an academic hospital, trauma discharge summary (SA ID with Luhn, medical aid)
  g(
    'Groote Schuur Hospital\nTrauma Unit - Discharge Summary   Folder No.: 20918847\nPatient: Mr Thabo Sipho Mokoena   SA ID: 780315 5123 086   Age: 47\nAddress: 14 Ntlazane Road, Gugulethu, Cape Town 7750\nEmployer: Shoprite Checkers (Pty) Ltd   Medical aid: Discovery Health, member no. 447182236\nAdmitted 22/02/2026 after an assault: stab wound left chest, haemothorax, ICD inserted; discharged 28/02/2026.\nNOK: wife Nomvula Mokoena, 082 447 3319\nDr Pieter du Plessis, Registrar',
    [
      ['organization', 'Groote Schuur Hospital'],
      ['mrn', '20918847'],
      ['name', 'Thabo Sipho Mokoena'],
      ['id-card', '780315 5123 086'],
      ['address', '14 Ntlazane Road'],
      ['address', 'Gugulethu'],
      ['address', 'Cape Town'],
      ['address', '7750'],
      ['organization', 'Shoprite Checkers (Pty) Ltd'],
      ['organization', 'Discovery Health'],
      ['social-security', '447182236'],
      ['date', '22/02'],
      ['date', '28/02'],
      ['name', 'Nomvula Mokoena'],
      ['phone', '082 447 3319'],
      ['name', 'Pieter du Plessis'],
    ],
  ),
  // 96 South Africa, Soweto, an academic hospital, paediatric HIV clinic progress note (mother's SA ID, Gogo)
  g(
    'Chris Hani Baragwanath Academic Hospital, Soweto\nPaediatric HIV Clinic - Progress Note   Date: 2026/03/17\nPatient: Lerato Dlamini   DOB: 2017/11/04   Folder: 55127410\nMother: Zanele Dlamini, SA ID 9506220811084, cell 072 615 4408\nLives with grandmother (carer), Gogo Nomsa, in Chiawelo; clinic: Chiawelo Community Health Centre\nVL < 50 copies/mL on DTG/ABC/3TC; weight 24 kg; disclosure discussed with Zanele.\nAdherence counselling by Themba Nkosi. Dr Refilwe Mahlangu',
    [
      ['organization', 'Chris Hani Baragwanath Academic Hospital'],
      ['address', 'Soweto'],
      ['date', '03/17'],
      ['name', 'Lerato Dlamini'],
      ['date', '11/04'],
      ['mrn', '55127410'],
      ['name', 'Zanele Dlamini'],
      ['id-card', '9506220811084'],
      ['phone', '072 615 4408'],
      ['name', 'Nomsa'],
      ['address', 'Chiawelo'],
      ['organization', 'Chiawelo Community Health Centre'],
      ['name', 'Zanele', 1], // no trigger
      ['name', 'Themba Nkosi'], // no trigger
      ['name', 'Refilwe Mahlangu'],
    ],
  ),
  // ---- Identifier-free clinical items, Chinese ----
  // 97 cardiology: ECG eponyms, haemodynamic classes, statin and antiplatelet brands, guideline years, ICD codes
  g(
    '心内科病程：胸痛 2 小时入院，心电图 V2-V4 导联呈 de Winter T 波改变，Sgarbossa 标准阴性，Aslanger 型不支持；Forrester 分型 II 型，Stevenson 分型暖湿型，NYHA III 级。耳垂见 Frank 征，胸痛时握拳置于胸前（Levine 征阳性）。予拜阿司匹灵 300mg + 倍林达 180mg 负荷，阿乐 40mg qn，康忻 2.5mg qd，万爽力 35mg bid，依姆多 30mg qd。hs-cTnI 2.38 ng/mL（<0.04），NT-proBNP 1860 pg/mL，LDL-C 3.42 mmol/L，Lp(a) 86 mg/dL。BP 128/76 mmHg，HR 92 次/分，QTc 468ms，Lown 分级 4A 级室性早搏。依据《2023 ESC 急性冠脉综合征管理指南》及《中国经皮冠状动脉介入治疗指南（2016）》，ICD-10 I21.0，ICD-11 BA41.0。',
  ),
  // 98 gastroenterology: endoscopic classifications named after places and people, H. pylori regimen with brand names
  g(
    '胃镜：胃窦黏膜红白相间，京都胃炎分类评分 4 分，OLGA II 期、OLGIM I 期（新悉尼系统活检 5 块）；食管下段 Barrett 食管，布拉格 C2M4，按西雅图方案每 2cm 四象限活检；胃体小弯 Dieulafoy 病变伴活动性渗血（Forrest Ib），Rockall 评分 5 分，Glasgow-Imrie 不适用。贲门见 Mallory-Weiss 撕裂，裂孔疝内 Cameron 溃疡。病理：肠型腺癌（Lauren 分型），巴黎分型 0-IIc，维也纳分类 C4.4。方案：伏诺拉生（沃克）20mg bid + 阿莫西林 1g tid + 枸橼酸铋钾 220mg bid ×14 天，米雅 40mg tid，亿活 250mg bid，康复新液 10ml tid。13C 尿素呼气试验 DOB 18.6，ATC A02BC08。',
  ),
  // 99 endocrinology: thyroid and adrenal eponyms, insulin and SGLT2 brands, lab values with units
  g(
    '内分泌会诊意见：格雷夫斯病合并桥本甲状腺炎（Hashitoxicosis），另需排除 Marine-Lenhart 综合征；甲状腺 II 度肿大，Pemberton 征阳性，Stellwag 征、von Graefe 征阳性，Möbius 征阴性。TSH <0.005 mIU/L，FT4 48.2 pmol/L，FT3 21.6 pmol/L，TRAb 12.6 IU/L，TPOAb >1300 IU/mL。1mg 过夜地塞米松抑制试验皮质醇 52 nmol/L，排除库欣综合征；ACTH 兴奋试验正常，非艾迪生病。降糖：诺和锐30 早 14U 晚 10U，欧唐静 10mg qd，捷诺维 100mg qd，拜唐苹 50mg tid；停用长秀霖。HbA1c 8.6%，FPG 9.8 mmol/L，C 肽 0.92 ng/mL。参照《中国 2 型糖尿病防治指南（2020 年版）》，ATC A10BK03，ICD-10 E05.001。',
  ),
  // 100 neurology: Parkinson staging and bedside signs named after people, dopaminergic brands, scores that look like dates
  g(
    '神经内科查体：帕金森病 Hoehn-Yahr 2.5 期，MDS-UPDRS III 32 分，MoCA 22/30，MMSE 26/30；Romberg 征阳性，Hoffmann 征阴性，Chaddock 征阳性，Myerson 征阳性，Lhermitte 征阴性，Gordon 征、Oppenheim 征未引出。鉴别：路易体痴呆、多系统萎缩（MSA-P 型）、进行性核上性麻痹（Richardson 型）、Wilson 病（铜蓝蛋白 0.26 g/L，K-F 环阴性）。用药：美多芭 125mg tid，森福罗 0.25mg tid，息宁控释片 1 片 qn，安理申 5mg qn。头颅 MRI Fazekas 2 级。依据 2015 MDS 帕金森病临床诊断标准及《中国帕金森病治疗指南（第四版）》，ICD-10 G20，SNOMED CT 49049000。',
  ),
  // 101 orthopaedics: fracture classifications, radiographic angles and operations named after people
  g(
    '骨科术前讨论：右肱骨近端骨折 Neer 三部分；左跟骨 Sanders IIB 型，Böhler 角 12°，Gissane 角 138°；右踝 Lauge-Hansen 旋后外旋 IV 度合并 Tillaux 骨折；对侧股骨转子间 Evans I 型、Seinsheimer III 型；髋臼发育不良 Crowe II 型，Tönnis 1 级；膝关节 Kellgren-Lawrence 3 级，髌骨软骨 Outerbridge III 度，胫骨平台 Segond 骨折；股骨头坏死 ARCO 3A 期（Ficat III 期）。肩关节复发性脱位见骨性 Bankart 损伤及 Hill-Sachs 损伤，拟行 Latarjet 术；拇指 Bennett 骨折与 Rolando 骨折鉴别，掌指关节尺侧 Stener 损伤；陈旧踝扭伤行 Brostrom-Gould 术；马蹄内翻足行 Ponseti 石膏矫形；屈肌腱改良 Kessler 缝合。AO/OTA 31-A2.2，VAS 6 分。',
  ),
  // 102 traditional Chinese medicine: herbs and patent medicines that read like personal names, classical book titles
  g(
    '中医处方：柴胡 12g 白芍 15g 当归 10g 茯苓 15g 白术 12g 炙甘草 6g 薄荷 6g（后下）徐长卿 15g 王不留行 10g 刘寄奴 10g 杜仲 15g 续断 15g 白薇 10g 连翘 12g 秦艽 10g 常山 6g 苏木 9g ×14 剂，水煎服，日一剂。中成药：华佗再造丸 8g tid，季德胜蛇药片外敷，济生肾气丸 1 丸 bid，六味地黄丸 8 粒 tid，片仔癀 1 粒 qd。方选逍遥散合完带汤（《傅青主女科》）加减，佐以《景岳全书》左归丸之意。舌淡红，苔薄白，脉弦细，尺脉沉。忌生冷辛辣，孕妇慎用王不留行、刘寄奴、苏木。',
  ),
  // 103 nephrology: glomerular classifications, dialysis adequacy, phosphate binders and ESA brands
  g(
    '肾内科：IgA 肾病（Berger 病）牛津分型 MEST-C M1 E0 S1 T1 C0，Lee 分级 III 级，Haas 分级 IV 级；另一例狼疮性肾炎 ISN/RPS IV-G (A/C) 型，移植肾活检 Banff 2019 分类 IIA 型急性 T 细胞介导排斥。Fabry 病 α-Gal A 活性 0.8 nmol/h/mg，Dent 病与 Lowe 综合征待基因排除；Tamm-Horsfall 蛋白管型。透析处方：4h/次，3 次/周，Kt/V 1.32，URR 68%；iPTH 612 pg/mL，血磷 2.21 mmol/L，Ca×P 4.8。药物：益比奥 10000IU 每周 1 次，罗盖全 0.25μg qd，福斯利诺 500mg tid，盖平 25mg qd，苏麦卡 15mg qd（ADPKD，Mayo 分级 1C）。Scr 486 μmol/L，eGFR 9 ml/min/1.73m²（CKD-EPI）。',
  ),
  // 104 obstetrics: labour scores and manoeuvres named after people, uterotonic brands, gestational ages that look like dates
  g(
    '产房记录：G2P1，孕 38+2 周，宫颈 Bishop 评分 5 分，予欣普贝生（地诺前列酮栓）10mg 促宫颈成熟；Leopold 四步触诊头位、LOA。第二产程肩难产，行 McRoberts 手法 + 耻骨上加压，Woods 旋转后娩出；会阴保护采用改良 Ritgen 手法。胎盘娩出后宫缩乏力，予巧特欣（卡贝缩宫素）100μg iv、欣母沛 250μg im，Bakri 球囊填塞，备 B-Lynch 缝合；产后出血 1200ml，Hb 78 g/L，休克指数 1.1。新生儿 1 分钟 8 分、5 分钟 10 分，体重 3820g，身长 51cm。既往 Asherman 综合征宫腔粘连分离术后，黄体支持用雪诺同 90mg qd、达芙通 10mg bid。产程图参照 Friedman 曲线及 2020 版新产程标准。',
  ),
  // 105 paediatrics: Kawasaki disease and surgeries named after people (Kasai), an age written in years and months, brand syrups
  g(
    '儿科病例讨论：患儿 2岁3月，发热 6 天，诊断川崎病（完全型），Kobayashi 评分 5 分（高危），超声心动图左前降支 Z 值 +2.8；予 IVIG 2g/kg 单次 + 阿司匹林 30-50mg/kg/d，后改 3-5mg/kg/d。另一患儿胆道闭锁行 Kasai 手术（葛西手术）后三个月，胆红素下降至 28 μmol/L；先天性巨结肠（Hirschsprung 病）拟行 Soave 或 Duhamel 术；肠旋转不良行 Ladd 术；肥厚性幽门狭窄行 Ramstedt 幽门环肌切开术；单心室已完成 Glenn 术，拟 Fontan 术。黄疸按 Bhutani 曲线评估，Kramer 分区 3 区。退热：美林 5ml（布洛芬混悬液），泰诺林 3ml；雾化普米克令舒 1mg + 可必特 2.5ml bid。Gesell 发育量表 DQ 86，Peabody 运动量表正常。',
  ),
  // 106 infectious diseases: organisms named after people, place-named haemorrhagic fevers and encephalitides, serological titres
  g(
    '感染科会诊：脑脊液培养单核细胞增生李斯特菌，血培养鲍曼不动杆菌（CRAB）及肺炎克雷伯菌（KPC-2 型），痰检诺卡菌弱抗酸染色阳性；既往布鲁氏菌病虎红试验阳性。肥达反应 O 1:160、H 1:80，外斐反应 OX19 1:640、OXK 1:80。鉴别：马尔堡出血热、克里米亚-刚果出血热、落基山斑点热、圣路易斯脑炎、委内瑞拉马脑炎、西尼罗热、寨卡病毒病、汉坦病毒肺综合征、克山病。治疗：头孢他啶阿维巴坦（思福妥）2.5g q8h，替加环素（泰阁）首剂 100mg，复方磺胺甲噁唑 2 片 bid；多西环素 100mg bid。PCT 8.6 ng/mL，CRP 186 mg/L，G 试验 210 pg/mL。',
  ),
  // 107 haematology: cell inclusions and syndromes named after people, driver mutations, tyrosine-kinase-inhibitor brands
  g(
    '血液科：外周血涂片见 Howell-Jolly 小体、Cabot 环、Pelger-Huët 样异常及 Döhle 小体，骨髓见 Auer 小体；直接 Coombs 试验阳性，伴免疫性血小板减少，考虑 Evans 综合征；另一例华氏巨球蛋白血症（Waldenström，MYD88 L265P 阳性）。骨髓增殖性肿瘤：JAK2 V617F 等位基因负荷 38%，CALR 第 9 外显子阴性，MPL W515L 阴性；CML BCR::ABL1 p210 IS 0.08%，T315I 阴性，Sokal 评分 0.92，ELTS 低危。AML：FLT3-ITD 阳性，NPM1 突变，IDH1 R132H。用药：达希纳 300mg bid，施达赛 100mg qd，亿珂 420mg qd，万珂 1.3mg/m² d1/d4/d8/d11，瑞复美 25mg d1-21。Hb 86 g/L，PLT 23×10^9/L，LDH 486 U/L。',
  ),
  // 108 respiratory: COPD and pulmonary-embolism scores, syndromes named after people and places, inhaler brands, blood-gas values
  g(
    '呼吸科：慢阻肺 GOLD 2025 E 组，CAT 24 分，mMRC 3 级，FEV1/FVC 0.58，FEV1 48% 预计值；动脉血气 pH 7.31，PaCO2 62 mmHg，PaO2 54 mmHg。肺栓塞 Wells 评分 6 分，修订 Geneva 评分 8 分，PESI IV 级，CT 示 Hampton 驼峰征及 Westermark 征，超声见 McConnell 征，心电图 S1Q3T3。胸水符合 Light 标准渗出液。鉴别：Kartagener 综合征、EGPA（Churg-Strauss）、Löfgren 综合征、Pancoast 瘤、Swyer-James 综合征、Mounier-Kuhn 综合征、Lady Windermere 综合征（右中叶鸟分枝杆菌）。吸入：启尔畅 1 吸 qd，倍择瑞 2 吸 bid，欧乐欣 1 粒 qd，富露施 600mg bid。结节随访按 Fleischner 学会 2017 指南，Lung-RADS v2022 4A。',
  ),
  // 109 ophthalmology and ENT: corneal and retinal eponyms, tuning-fork tests, eye-drop brands, acuity and pressure pairs
  g(
    '眼科及耳鼻喉科：Fuchs 角膜内皮营养不良，Terrien 边缘变性，Mooren 溃疡，Axenfeld-Rieger 综合征伴房角发育异常；Posner-Schlossman 综合征发作期眼压 46 mmHg，Eales 病玻璃体积血，Purtscher 视网膜病变，Terson 综合征。视力 右 0.3（-2.50DS）左 0.8，眼压 28/22 mmHg，C/D 0.7/0.5。用药：适利达 qn，派立明 bid，阿法根 tid，典必殊眼膏 qn，海露 qid，雷珠单抗（诺适得）0.5mg 玻璃体腔注射。耳科：Bell 麻痹 House-Brackmann III 级，Rinne 试验阴性，Schwabach 试验延长，Gradenigo 综合征待排；Tolosa-Hunt 综合征与 Kearns-Sayre 综合征鉴别；Killian 裂隙憩室、Waldeyer 环淋巴组织增生、Ludwig 咽峡炎。',
  ),
  // 110 dermatology: signs and diseases named after people (Hailey-Hailey), severity scores, biologic and topical brands
  g(
    '皮肤科：寻常型银屑病 PASI 18.4，BSA 22%，DLQI 14，Auspitz 征阳性，Koebner 现象阳性；另见 von Zumbusch 型泛发性脓疱型银屑病、Hallopeau 连续性肢端皮炎。天疱疮 Nikolsky 征阳性，扁平苔藓 Wickham 纹，特应性皮炎 Dennie-Morgan 褶及 Hertoghe 征，EASI 24；家族性良性慢性天疱疮（Hailey-Hailey 病）与 Grover 病鉴别；Spitz 痣、Becker 痣、Sutton 晕痣；中毒性表皮坏死松解 SCORTEN 3 分。治疗：达必妥 300mg q2w，特诺雅 100mg，喜开悦 150mg，普特彼 0.1% bid，爱宁达 bid，达力士 qd，方希 20mg qd。Fitzpatrick IV 型皮肤，窄谱 UVB 0.5 J/cm² 起始。',
  ),
  // 111 molecular pathology: variant nomenclature, pharmacogenomic alleles, targeted-drug brands, LOINC and ATC codes
  g(
    '分子病理报告：肺腺癌 EGFR 21 外显子 L858R 突变（丰度 18.6%），19 外显子缺失阴性，T790M 阴性；KRAS G12C 阴性，ALK（EML4-ALK）融合阴性，ROS1 阴性，MET 14 外显子跳跃阴性，RET 阴性，NTRK 阴性；PD-L1（22C3）TPS 60%，TMB 12 mut/Mb，MSS。乳腺：BRCA1 c.68_69delAG（p.Glu23fs）胚系致病变异，HER2 IHC 2+/FISH 阴性。药物基因组：HLA-B*58:01 阴性，HLA-B*15:02 阴性，CYP2C19*2/*3（慢代谢），UGT1A1*28 杂合，DPYD*2A 阴性，NUDT15 R139C 杂合。推荐：泰瑞沙 80mg qd（ATC L01EB04），备选易瑞沙、凯美纳、安圣莎。依据 NCCN 2025 V3 及 CSCO 2024 非小细胞肺癌诊疗指南；LOINC 21667-1。',
  ),
  // 112 ICU nursing: sedation and delirium scales, devices named after people and places, infusion orders with concentrations
  g(
    'ICU 护理：APACHE II 24 分，SOFA 9 分，qSOFA 2 分；镇静 Ramsay 3 分，CPOT 2 分，CAM-ICU 阳性；压力性损伤 Waterlow 16 分，跌倒 Hendrich II 6 分，NRS 2002 营养风险 4 分，Barthel 指数 35 分，MEWS 5 分。管路：Swan-Ganz 导管（PCWP 18 mmHg），三腔二囊管（Sengstaken-Blakemore）胃囊 200ml、食管囊 40mmHg，Foley 导尿管 16Fr，Hickman 导管，Yankauer 吸引头；头低足高（Trendelenburg）位。泵入：去甲肾上腺素 8mg/50ml 以 6ml/h，咪达唑仑 50mg/50ml 以 4ml/h，右美托咪定（艾贝宁）200μg/50ml 0.4μg/kg/h，舒芬太尼 50μg/50ml 3ml/h。呼吸机 PEEP 10cmH2O，FiO2 0.5，氧合指数 128，BP 88/52 mmHg。',
  ),
  // ---- Identifier-free clinical items, English ----
  // 113 cardiology: ECG eponyms, haemodynamic profiles, brands named like people or words, codes
  g(
    'Cardiology consult: ECG shows de Winter T waves in V2-V4; Sgarbossa criteria negative; no Aslanger pattern; Osborn waves absent at 36.8 C. Forrester subset II, Stevenson "warm and wet", NYHA class III, Frank sign bilaterally, Levine sign during pain. Selvester QRS score 6. Load with Effient 60 mg, continue Xarelto 15 mg (CrCl 42 mL/min), start Corlanor 5 mg BID and Verquvo 2.5 mg daily; lipid plan Repatha 140 mg q2wk or Leqvio 284 mg, Nexletol if statin intolerant; Camzyos and Vyndamax discussed for HCM and ATTR-CM respectively. hs-TnI 2,380 ng/L, NT-proBNP 1,860 pg/mL, LVEF 35-40%, BP 142/88 mmHg, QTc 468 ms, Lown grade 4A. Per 2023 ESC ACS guidelines and 2022 AHA/ACC/HFSA HF guideline. ICD-10-CM I21.09, SNOMED CT 22298006, LOINC 89579-7.',
  ),
  // 114 hepatology and surgery: liver staging, biliary classifications, abdominal signs named after people, brands
  g(
    "Hepatology/HPB conference: cirrhosis with ALBI grade 2, MELD 3.0 of 24, West Haven grade 2 encephalopathy; HCC BCLC stage B within Milan but outside UCSF criteria, segment VII by Couinaud; varices managed per Baveno VII. Perihilar cholangiocarcinoma Bismuth-Corlette IIIa; acute cholangitis Tokyo Guidelines 2018 grade II with Charcot's triad, no Reynolds' pentad; palpable gallbladder (Courvoisier sign) and negative Murphy's sign. Pancreatitis: Cullen and Grey Turner signs absent, Kehr sign present after splenic injury. Appendicitis: Rovsing positive, Alvarado 8; diverticulitis Hinchey III. Upper GI: Mallory-Weiss tear vs Boerhaave, Zenker diverticulum, Schatzki ring, Cameron lesions. Meds: Xifaxan 550 mg BID, Kristalose 20 g, Ocaliva 5 mg, Rezdiffra 80 mg, Vemlidy 25 mg, Mavyret 3 tabs daily. Na 128, INR 1.9, bilirubin 4.2 mg/dL, albumin 2.7 g/dL.",
  ),
  // 115 endocrinology: thyroid, pituitary and adrenal eponyms, brands named like words, lab units
  g(
    'Endocrine note: Graves disease with coexisting Hashimoto thyroiditis; Marine-Lenhart syndrome and Plummer disease considered on scintigraphy; Hurthle cell nodule, Bethesda IV. Pemberton sign positive. Screening for Sipple syndrome (MEN2A, RET C634R) and Wermer syndrome (MEN1); Carney complex excluded; Waterhouse-Friderichsen history noted in sibling. Cushing disease: late-night salivary cortisol 9.8 nmol/L, 1 mg DST cortisol 142 nmol/L; Isturisa 2 mg BID started, Recorlev and Korlym alternatives, Signifor LAR discussed. Thyroid eye disease CAS 5/7: Tepezza 10 mg/kg then 20 mg/kg q3wk x 8. Diabetes: Zepbound 5 mg weekly, Toujeo 32 units, Lyumjev with meals, Baqsimi for rescue. TSH <0.01 mIU/L, FT4 3.8 ng/dL, TRAb 14.2 IU/L, HbA1c 9.1%, C-peptide 0.2 ng/mL. MODY 3 (HNF1A) testing ordered. ICD-10 E05.00, E24.0, ATC H02CA02.',
  ),
  // 116 neurology: neuropathies and demyelination named after people, disability scores, antibody titres, brands
  g(
    'Neurology: Guillain-Barre syndrome, AMAN variant, Hughes disability grade 4, MRC sum score 36/60, Erasmus GBS Outcome Score 5; Miller Fisher overlap with anti-GQ1b positive; Bickerstaff brainstem encephalitis excluded; Lambert-Eaton ruled out (VGCC negative). Exam: Romberg positive, Hoffmann absent, Lhermitte negative, Uhthoff phenomenon reported, Gowers sign negative, Froment sign positive on the left, Wartenberg sign present. MS by 2017 McDonald criteria, EDSS 3.5; anti-MOG 1:100, AQP4-IgG negative. Stroke: ASPECTS 8, mTICI 2b after thrombectomy, Fazekas grade 2. Options: Ocrevus 600 mg, Kesimpta 20 mg monthly, Briumvi, Mavenclad; myasthenia: Vyvgart, Rystiggo, Ultomiris; epilepsy: Xcopri 200 mg, Briviact 100 mg BID, Valtoco 10 mg for clusters. ICD-10 G61.0, SNOMED CT 40956001.',
  ),
  // 117 orthopaedics: fracture and dislocation classifications, angles and procedures named after people
  g(
    "Orthopaedic trauma list: proximal humerus Neer 4-part; talar neck Hawkins III with later Hawkins sign on radiograph; calcaneus Sanders IIB, Bohler angle 12 degrees, critical angle of Gissane 138 degrees; ankle Lauge-Hansen SER IV with juvenile Tillaux fragment; distal radius Frykman VIII; distal femur Hoffa fracture; open tibia Tscherne C2; pilon Ruedi-Allgower III; knee dislocation Schenck KD-IIIM with Segond fracture; intertrochanteric Evans I, subtrochanteric Russell-Taylor IA; Essex-Lopresti injury; boxer's fracture of fifth metacarpal; Stener lesion of the thumb UCL; Jefferson and hangman's fractures; Chance fracture at L1, Denis three-column model unstable. Procedures: Latarjet vs Bristow for bony Bankart with engaging Hill-Sachs; Brostrom-Gould repair; Ilizarov frame; Ponseti casting with Achilles tenotomy; modified Kessler repair of FDP. Kellgren-Lawrence 4, Outerbridge IV, Ficat III, Crowe II, Tonnis 2. AO/OTA 44-B2.",
  ),
  // 118 obstetrics and gynaecology: manoeuvres and incisions named after people and a place, contraceptive brands named like women
  g(
    'L&D and gynaecology: G3P2 at 36+4 weeks, Bishop score 6, Leopold manoeuvres cephalic; shoulder dystocia resolved with McRoberts, suprapubic pressure, Woods screw then Rubin II; Zavanelli not required. Breech delivery with Mauriceau-Smellie-Veit; Pinard stethoscope used; Kielland forceps rotation; Friedman curve reviewed. PPH: B-Lynch suture and Bakri balloon. Caesarean through Pfannenstiel with Joel-Cohen entry (Misgav Ladach technique), Kerr uterine incision. Gynae: Asherman syndrome, Meigs syndrome, Krukenberg tumour, Brenner tumour, MRKH syndrome, Nabothian cysts, Bartholin abscess (Word catheter), Skene gland cyst. Contraception options discussed: Jolessa, Amethia, Marlissa, Lillow, Vienva, Aubra, Kelnor, Larin, Loryna, Nikki, Portia, Hailey, Errin, Nora-BE, Charlotte 24 Fe, Gemmily, Jaimiess; emergency Ella 30 mg. BP 152/98, urine PCR 0.42 mg/mg, platelets 96 x10^9/L.',
  ),
  // 119 paediatrics: Kawasaki disease, paediatric operations named after people, developmental and jaundice tools, vaccine brands
  g(
    "Paediatric handover: complete Kawasaki disease day 6, Kobayashi score 5, LAD Z-score +2.8; IVIG 2 g/kg and high-dose aspirin. Biliary atresia post-Kasai portoenterostomy; Hirschsprung disease for Swenson vs Soave vs Duhamel pull-through; malrotation after Ladd procedure; pyloric stenosis post-Ramstedt pyloromyotomy; pectus excavatum for Nuss bar; single ventricle after Glenn, awaiting Fontan; HLHS stage 1 Norwood with Blalock-Taussig shunt. Neonate: jaundice plotted on Bhutani nomogram (high-intermediate zone), Kramer zone 3; Finnegan score 9; Silverman-Andersen 4; Ballard-equivalent Dubowitz 37 weeks. Croup: Westley score 4; asthma PRAM 6; PECARN low risk; Tanner stage 3; Prader orchidometer 8 mL. Vaccines: Infanrix hexa, Prevnar 20, Bexsero, Trumenba; Beyfortus 50 mg given. Antipyretics: Children's Motrin 7.5 mL, Tylenol 160 mg/5 mL.",
  ),
  // 120 infectious diseases: place-named viruses, organisms named after people, titres that look like dates or ratios, antimicrobial brands
  g(
    'ID consult: CSF culture Listeria monocytogenes; blood cultures Klebsiella pneumoniae (KPC) and Acinetobacter baumannii; BAL Nocardia farcinica; prior Brucella melitensis; cat-scratch Bartonella henselae; Whipple disease Tropheryma whipplei PCR negative; Yersinia, Shigella and Salmonella stool PCR negative; Francisella and Pasteurella considered after animal exposure. Travel differential: Marburg, Crimean-Congo haemorrhagic fever, Rocky Mountain spotted fever, St. Louis encephalitis, Venezuelan equine encephalitis, Powassan, La Crosse, Jamestown Canyon, Heartland and Bourbon viruses, Kyasanur Forest disease, Junin and Chapare arenaviruses, Zika, West Nile, Coxsackie B, Norwalk-like virus. Serology: RPR 1:64, TPPA reactive, Widal O 1:160, Weil-Felix OX-K 1:640. Therapy: Avycaz 2.5 g q8h, Fetroja 2 g q8h, Recarbrio, Xerava, Dalvance 1,500 mg once, Sivextro 200 mg; antivirals Xofluza, Paxlovid, Veklury; antifungals Cresemba, Noxafil. Procalcitonin 8.6 ng/mL.',
  ),
  // 121 haematology and oncology: cell inclusions named after people, driver variants, regimen days that look like dates, brands
  g(
    'Heme/onc tumour board: smear with Howell-Jolly bodies, Cabot rings, Heinz bodies on supravital stain, pseudo-Pelger-Huet cells, Dohle bodies; Auer rods in blasts. Direct Coombs 3+, Evans syndrome; Waldenstrom macroglobulinemia MYD88 L265P; Burkitt lymphoma with MYC rearrangement; Castleman disease (iMCD); Rosai-Dorfman; Langerhans cell histiocytosis BRAF V600E; Richter transformation; Sezary syndrome; Kikuchi-Fujimoto lymphadenitis. MPN: JAK2 V617F VAF 38%, CALR exon 9 negative, MPL W515L negative; CML BCR::ABL1 p210, T315I negative, Sokal 0.92, ELTS low, Hasford 780; AML FLT3-ITD, NPM1, IDH1 R132H, TP53 wild type. Scores: IPSS-M moderate-low, R-ISS II, FLIPI-2 3, MIPI high, Khorana 3. Regimens: R-CHOP-21 x 6, bortezomib D1/D4/D8/D11, cycle 3/6. Brands: Jakafi, Ojjaara, Scemblix, Iclusig, Xospata, Vanflyta, Tibsovo, Calquence, Brukinsa, Jaypirca, Columvi, Epkinly, Talvey, Elrexfio, Tecvayli, Carvykti.',
  ),
  // 122 respiratory: COPD and PE scores, radiographic signs named after people, eponymous syndromes, inhaler brands, blood gases written as slashes
  g(
    "Pulmonary consult: COPD GOLD 2025 group E, CAT 24, mMRC 3, FEV1/FVC 0.58, FEV1 48% predicted; ABG 7.29/68/54 on 2 L. PE: Wells 6, revised Geneva 8, PESI class IV, sPESI 2; CTPA with Hampton hump and Westermark sign; echo McConnell sign; ECG S1Q3T3. Effusion exudative by Light's criteria. Differential: Kartagener syndrome, EGPA (Churg-Strauss), Lofgren syndrome, Pancoast tumour with Horner features, Hamman-Rich syndrome, Swyer-James-MacLeod, Mounier-Kuhn, Lady Windermere syndrome (MAC in the lingula); Kerley B lines on CXR. Inhalers: Trelegy Ellipta 1 puff daily, Breztri Aerosphere 2 puffs BID, Stiolto Respimat, Ohtuvayre nebulised; biologics Xolair; ILD: Ofev 150 mg BID, Esbriet; CF: Alyftrek, Kalydeco, Pulmozyme; PAH: Tyvaso, Opsumit, Uptravi, Winrevair. Nodule follow-up per Fleischner 2017, Lung-RADS v2022 4B. ICD-10 J44.1, I26.99.",
  ),
  // 123 ophthalmology and ENT: corneal and retinal eponyms, acuity and pressure pairs that look like dates, eye-drop brands
  g(
    'Eye and ENT clinic: Fuchs endothelial dystrophy, Terrien marginal degeneration, Mooren ulcer, Axenfeld-Rieger syndrome, Peters anomaly; Posner-Schlossman crisis with IOP 46 mmHg; Eales disease with vitreous haemorrhage; Purtscher retinopathy after chest compression; Terson syndrome. VA 20/40 OD, 20/200 OS; IOP 28/22 mmHg; C/D 0.7/0.5; Amsler grid distortion. Drops: Vyzulta QHS, Rhopressa, Rocklatan, Durysta implant, Xiidra BID, Miebo QID, Tyrvaya nasal spray, Oxervate x 8 weeks; GA: Izervay, Syfovre; nAMD: Beovu, Susvimo, Pavblu. ENT: Bell palsy House-Brackmann III; Weber lateralises left, Rinne negative left, Schwabach shortened; Barany chair, Halmagyi head impulse positive, Fukuda stepping test rotates 60 degrees; Gradenigo syndrome, Tolosa-Hunt, Kearns-Sayre excluded; Killian dehiscence, Woodruff plexus bleed, Waldeyer ring hypertrophy, Ludwig angina.',
  ),
  // 124 dermatology: signs and diseases named after people (Hailey-Hailey, Sutton), severity indices, biologic and topical brands
  g(
    'Dermatology: plaque psoriasis PASI 18.4, BSA 22%, DLQI 14, Auspitz sign and Koebner phenomenon positive; generalised pustular psoriasis of von Zumbusch and acrodermatitis continua of Hallopeau. Pemphigus vulgaris with Nikolsky sign; lichen planus with Wickham striae; atopic dermatitis EASI 24 with Dennie-Morgan folds and Hertoghe sign; scarlet fever with Pastia lines; rubella with Forchheimer spots. Hailey-Hailey disease vs Grover disease; Jessner lymphocytic infiltrate; Spitz naevus, Becker naevus, Sutton halo naevus; pseudopelade of Brocq; TEN SCORTEN 3; alopecia areata SALT 60; melanoma AJCC 8th T2a. Fitzpatrick phototype IV. Therapy: Ilumya, Siliq, Sotyktu 6 mg, Vtama cream, Zoryve foam, Opzelura BID, Cibinqo 100 mg, Adbry, Ebglyss, Nemluvio, Litfulo, Leqselvi, Soolantra, Aklief, Winlevi.',
  ),
  // 125 nephrology: transplant and glomerular classifications named after a place and people, dialysis adequacy, binder and potassium brands
  g(
    'Renal grand round: IgA nephropathy (Berger disease) MEST-C M1 E0 S1 T1 C0; lupus nephritis ISN/RPS class IV-G (A/C); diabetic nephropathy with Kimmelstiel-Wilson nodules and Armanni-Ebstein change; transplant biopsy Banff 2019 category 4, acute TCMR IIA; Fabry disease alpha-Gal A 0.8 nmol/h/mg; Dent disease and Lowe syndrome; Denys-Drash vs Frasier (WT1); Tamm-Horsfall casts; Bowman capsule crescents in 40% of glomeruli; loop of Henle diuretics. HD: Kt/V 1.32, URR 68%, iPTH 612 pg/mL, phosphate 6.8 mg/dL. Meds: Filspari 200 mg, Tarpeyo 16 mg, Fabhalta 200 mg BID, Jynarque 45/15 mg (ADPKD Mayo class 1C), Lokelma 10 g, Veltassa 8.4 g, Velphoro, Auryxia, Xphozah, Parsabiv, Korsuva, Jesduvroq, Vafseo. Creatinine 5.5 mg/dL, eGFR 9 mL/min/1.73 m2 (CKD-EPI 2021). ICD-10-CM N02.8, N18.5.',
  ),
  // 126 psychiatry: rating scales named after people, delusional syndromes named after people and a literary character, brands
  g(
    'Psychiatry: MDD severe, PHQ-9 21, HAM-D 24, MADRS 32 (Montgomery-Asberg), C-SSRS ideation without plan; OCD Y-BOCS 28; catatonia Bush-Francis 14; alcohol withdrawal CIWA-Ar 18; opioid withdrawal COWS 14; tardive dyskinesia AIMS 9, Simpson-Angus 4, Barnes Akathisia 2. Phenomenology: Capgras and Fregoli delusions, Cotard syndrome, Ganser syndrome, Munchausen by proxy concern, De Clerambault erotomania, Othello syndrome, Ekbom delusional parasitosis, Tourette disorder. Plan: Cobenfy 50/20 mg BID titrated to 100/20 mg, Auvelity 45/105 mg BID, Zurzuvae 50 mg x 14 days for PPD, Spravato 56 mg, Lybalvi 10/10 mg, Uzedy 100 mg monthly, Invega Hafyera every 6 months, Aristada 882 mg, Vivitrol 380 mg, Sublocade 300 mg, Brixadi, Lucemyra 0.18 mg, Qelbree 200 mg, Jornay PM 40 mg. Lithium 0.8 mmol/L. DSM-5-TR F32.2.',
  ),
  // 127 laboratory genetics: founder variants named after places and peoples, haemoglobin variants named after places and a family, pharmacogenomics
  g(
    "Genetics report: BRCA2 c.5946delT (Ashkenazi founder), MLH1 c.1852_1854del (Lynch syndrome), TP53 R337H (Li-Fraumeni, Brazilian founder), CFTR F508del/G542X, Factor V Leiden heterozygous, prothrombin G20210A negative, MTHFR C677T homozygous, HFE C282Y/H63D compound heterozygote, APOE e3/e4. Haemoglobinopathy: Hb Constant Spring, Hb Lepore, Hb Bart's hydrops, Hb E, Hb Koln, Hb Zurich; G6PD Mediterranean variant, activity 1.2 U/g Hb. Pharmacogenomics: HLA-B*57:01 negative, HLA-B*15:02 negative, CYP2D6*4/*10 intermediate metaboliser, CYP2C9*2/*3, VKORC1 -1639G>A, SLCO1B1*5, TPMT*3A, NUDT15 R139C, DPYD c.1905+1G>A. LOINC 4548-4 HbA1c 6.1%, LOINC 2093-3 cholesterol 5.4 mmol/L, LOINC 33914-3 eGFR 72. ClinVar VCV000017661. ACMG/AMP 2015 criteria PVS1, PM2.",
  ),
  // 128 ICU nursing: devices named after people and a place, sedation and risk scales, infusion concentrations, ventilator ratios
  g(
    'ICU nursing flowsheet: APACHE II 24, SOFA 9, qSOFA 2, CAM-ICU positive, CPOT 3, Waterlow 16, Hendrich II 6, MEWS 5, Barthel 35. Lines and tubes: Swan-Ganz catheter (PCWP 18 mmHg, CI 1.9), Sengstaken-Blakemore then Minnesota tube (gastric balloon 450 mL), Foley 16 Fr, Hickman line, Groshong PICC, Quinton dialysis catheter, Yankauer suction, Heimlich valve on chest drain, Pleur-evac at -20 cmH2O; Macintosh 4 blade, Magill forceps, Ambu bag at bedside, Bair Hugger at 38 C; reverse Trendelenburg 30 degrees. Infusions: norepinephrine 8 mg/250 mL at 12 mcg/min, Giapreza 20 ng/kg/min, Cleviprex 2 mg/h, Diprivan 30 mcg/kg/min, Angiomax 0.15 mg/kg/h; reversal agents Kcentra, Andexxa, Praxbind and Bridion stocked. Vent: PEEP 10, FiO2 0.5, PaO2/FiO2 128, plateau 27/PEEP 10 (driving 17). BP 88/52, MAP 64.',
  ),
];
