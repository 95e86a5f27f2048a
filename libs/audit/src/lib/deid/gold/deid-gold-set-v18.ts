import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Eighteenth gold set: outside held-out set 46, written blind by an outside evaluator who read neither the detectors,
 * the deidentifier, the detector data, the de-identification README, the dev-set specs nor any earlier gold set's items
 * (only v17's header comment and its first lines for the file format, the GoldSentence type, the PhiType list, the
 * scoring utility and v17's spec). 140 items: 55 Chinese ones first (simplified, then traditional: Taiwan, Hong Kong),
 * then 55 English ones (US, UK, Ireland, Canada, Australia, New Zealand, India, Singapore, Nigeria, Kenya, South
 * Africa, Philippines), then 30 identifier-free clinical items in both languages dense with eponyms (Parkinson, Graves,
 * Cushing, Hashimoto, Wolff–Parkinson–White, Down, Addison, Crohn, Kawasaki, Guillain–Barré), drugs and brands, doses,
 * lab values with units, ICD-10 / ICD-11 / SNOMED CT codes, guideline names with years and scores, some with place-like
 * eponyms (Ann Arbor staging, Lyme serology, Ottawa ankle rules, Montreal classification, Manchester Triage).
 * Genres: discharge summaries, nursing handovers, referral letters, staff chat messages, patient portal messages,
 * insurance and claim forms, lab reports, consent forms, pharmacy notes, e-mail headers, SMS reminders, audit logs.
 * More than a third of the names carry no trigger word (sentence-opening names, names followed directly by a verb,
 * lists, signatures, @mentions, names as the object of a verb).
 * All identifiers are fictional; check digits (GB 11643 for 身份证, Luhn for cards / SIN / SA ID / NPI / OHIP, NHS
 * mod 11, Verhoeff for Aadhaar, NRIC, Taiwan and Hong Kong ID, Medicare, NHI, PPSN, VIN, DEA) are made valid.
 * Annotation conventions are v17's (v16's):
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
 * Choices this set adds where v17's header is silent: Irish PPSN, UK National Insurance number and Philippine SSS number
 * are `social-security`; Indian ABHA number and Irish medical card number are `other-id`; a town after "from" or on
 * its own in a signature is `address`.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}

export const DEID_GOLD_SET_V18: readonly GoldSentence[] = [
  // ---- Chinese, simplified ----
  g(
    '出院小结：患者欧阳静怡，女，67岁，住院号ZY20260318-0457，于2026年3月2日入院，3月18日出院。诊断：2型糖尿病伴周围神经病变（E11.4）。主管医生：司马永清；出院后至杭州市西湖区翠苑街道社区卫生服务中心随访。',
    [
      ['name', '欧阳静怡'],
      ['mrn', 'ZY20260318-0457'],
      ['date', '3月2日'],
      ['date', '3月18日'],
      ['name', '司马永清'],
      ['address', '杭州市西湖区'],
      ['organization', '翠苑街道社区卫生服务中心'],
    ],
  ),
  g('交班：12床亓官梦瑶，胆囊切除术后第二天，引流液约30ml淡血性。家属亓官建国 139 5712 8846，夜间如有异常请联系。值班护士：濮阳丽', [
    ['bed', '12'],
    ['name', '亓官梦瑶'],
    ['name', '亓官建国'],
    ['phone', '139 5712 8846'],
    ['name', '濮阳丽'],
  ]),
  g('【科室群】@钟离晓彤 明天上午的门诊你替我一下，我去开省质控会。——谷梁辰', [
    ['name', '钟离晓彤'],
    ['name', '谷梁辰'],
  ]),
  g('转诊单\n姓名：禚雪梅　性别：女　身份证号：510107 19861123 5420\n联系地址：四川省成都市武侯区玉林南路12号3栋2单元502室\n转入医院：四川大学华西医院', [
    ['name', '禚雪梅'],
    ['id-card', '510107 19861123 5420'],
    ['address', '成都市武侯区玉林南路12号3栋2单元502室'],
    ['organization', '四川大学华西医院'],
  ]),
  g('冼嘉欣想问一下，我妈上周做的CT报告什么时候能出来？检查号CT2603150882，谢谢医生。', [
    ['name', '冼嘉欣'],
    ['other-id', 'CT2603150882'],
  ]),
  g('药师备注：和伟峰（工号 YS0392）已核对处方，华法林钠片3mg qd，INR目标2.0–3.0。患者自述另在康宁堂大药房自购阿司匹林肠溶片。', [
    ['name', '和伟峰'],
    ['other-id', 'YS0392'],
    ['organization', '康宁堂大药房'],
  ]),
  g('商业保险理赔申请表｜被保险人：晏子墨｜保单号：PA-2025-88310472｜收款银行卡号：6222 0210 0236 4578 919｜承保机构：安平人寿保险股份有限公司', [
    ['name', '晏子墨'],
    ['other-id', 'PA-2025-88310472'],
    ['bank-card', '6222 0210 0236 4578 919'],
    ['organization', '安平人寿保险股份有限公司'],
  ]),
  g('检验报告单  标本号：2603120457  姓名：万俟秀兰  年龄：92岁  科室：老年医学科  床号：07  送检日期：2026-03-12  报告日期：2026-03-13  审核者：雷娜', [
    ['other-id', '2603120457'],
    ['name', '万俟秀兰'],
    ['age', '92'],
    ['bed', '07'],
    ['date', '03-12'],
    ['date', '03-13'],
    ['name', '雷娜'],
  ]),
  g(
    '手术知情同意书：本人公羊志远（身份证号330106193308170211），现年九十二岁，同意行经尿道前列腺电切术。患者签字：公羊志远  授权委托人：公羊敏（女儿），电话0571-8816 2390  日期：2026年1月9日',
    [
      ['name', '公羊志远'],
      ['id-card', '330106193308170211'],
      ['age', '九十二'],
      ['name', '公羊志远', 1],
      ['name', '公羊敏'],
      ['phone', '0571-8816 2390'],
      ['date', '1月9日'],
    ],
  ),
  g('社工澹台婉清与家属沟通：患者独居，住广州市天河区龙口西路88号龙苑大厦B座1704室，邻居桑德胜每日送饭。', [
    ['name', '澹台婉清'],
    ['address', '广州市天河区龙口西路88号龙苑大厦B座1704室'],
    ['name', '桑德胜'],
  ]),
  g('护工詹春花反映18床夜间躁动、拔输液管，已通知值班医生。', [
    ['name', '詹春花'],
    ['bed', '18'],
  ]),
  g('门诊病历  姓名：羊舌子健  就诊卡号：3301 0288 1275  出生日期：1975年1月8日  主诉：反复上腹痛3月。既往乙肝病毒携带。', [
    ['name', '羊舌子健'],
    ['mrn', '3301 0288 1275'],
    ['date', '1月8日'],
  ]),
  g('快递寄送地址：江苏省 南京市 玄武区 中山路 128号 4栋 1单元 602室，收件人：逄立军 138-1597-2046（病历复印件）', [
    ['address', '南京市 玄武区 中山路 128号 4栋 1单元 602室'],
    ['name', '逄立军'],
    ['phone', '138-1597-2046'],
  ]),
  g('随访地址：四川省成都市锦江区人民南路二段18号附3号锦华苑5栋2单元1806室；紧急联系人：其夫 佘永康，18980467352。', [
    ['address', '成都市锦江区人民南路二段18号附3号锦华苑5栋2单元1806室'],
    ['name', '佘永康'],
    ['phone', '18980467352'],
  ]),
  g('晓雯，17床家属又来问费用了，你让住院处的宓红霞跟他们解释一下。', [
    ['name', '晓雯'],
    ['bed', '17'],
    ['name', '宓红霞'],
  ]),
  g('家属留的联系方式：微信号 lin_yueqing1988，QQ 2837461950，请在复查前一周提醒。', [
    ['account', 'lin_yueqing1988'],
    ['account', '2837461950'],
  ]),
  g('随访平台报错：用户 xuanyuan.hong@zjmed-mail.cn 登录失败，来源IP 10.24.183.61，详情见 https://followup.xhyy-internal.cn/case/88213', [
    ['email', 'xuanyuan.hong@zjmed-mail.cn'],
    ['ip', '10.24.183.61'],
    ['url', 'https://followup.xhyy-internal.cn/case/88213'],
  ]),
  g('值班医师：东方明哲，工号 H02317，医师执业证书编码 110330100028713。', [
    ['name', '东方明哲'],
    ['other-id', 'H02317'],
    ['license', '110330100028713'],
  ]),
  g('患者系货车司机，受雇于鸿运达物流有限公司，驾驶车牌号浙A·7K29Q的货车于1月22日凌晨在高速上追尾。', [
    ['organization', '鸿运达物流有限公司'],
    ['plate', '浙A·7K29Q'],
    ['date', '1月22日'],
  ]),
  g('患者由福寿康养老院送入，98岁，长期卧床，护理员荀小燕陪同。', [
    ['organization', '福寿康养老院'],
    ['age', '98'],
    ['name', '荀小燕'],
  ]),
  g('查房时请再评估一下蒯志刚的切口愈合情况，必要时请整形外科会诊。', [['name', '蒯志刚']]),
  g('本周夜班：井晓光、冀文博、訾海燕、郗雨桐，请互相提醒交接压疮高危患者。', [
    ['name', '井晓光'],
    ['name', '冀文博'],
    ['name', '訾海燕'],
    ['name', '郗雨桐'],
  ]),
  g('起搏器型号 Medtronic Azure XT DR MRI，序列号 RNB604381S，2025年11月3日于恩泽医疗中心植入。', [
    ['device', 'RNB604381S'],
    ['date', '11月3日'],
    ['organization', '恩泽医疗中心'],
  ]),
  g('病程记录：2026.2.14 复查血常规 WBC 1.2×10^9/L；2026/02/16 加用重组人粒细胞刺激因子；二〇二六年二月十八日 体温恢复正常。记录人：阚卫东', [
    ['date', '2.14'],
    ['date', '02/16'],
    ['date', '二月十八日'],
    ['name', '阚卫东'],
  ]),
  g('如有疑问请拨打科室电话 0755-2683 1147 转 8021，或直接联系伍美玲 186 2045 7713。', [
    ['phone', '0755-2683 1147'],
    ['name', '伍美玲'],
    ['phone', '186 2045 7713'],
  ]),
  g('老年科会诊：患者91周岁，既往持续性房颤，CHA2DS2-VASc 5分，HAS-BLED 3分；其配偶九十六岁，同住。', [
    ['age', '91'],
    ['age', '九十六'],
  ]),
  g('门诊挂号：钭晓婷 440305199207140029 医保卡号 S44030588127360 预约2月27日上午复诊。', [
    ['name', '钭晓婷'],
    ['id-card', '440305199207140029'],
    ['other-id', 'S44030588127360'],
    ['date', '2月27日'],
  ]),
  g('老年综合评估：姓名 母锡林，出生日期 1931年12月26日，身份证 350203193112260055，居住于厦门市思明区鹭江道62号之三。', [
    ['name', '母锡林'],
    ['date', '1931年12月26日'],
    ['id-card', '350203193112260055'],
    ['address', '厦门市思明区鹭江道62号之三'],
  ]),
  g('与患者之子沟通病情，表示理解。患者儿媳厉婷婷要求复印全部病历。', [['name', '厉婷婷']]),
  g('聂海涛昨晚又喝了半斤白酒，今早空腹血糖18.6 mmol/L，请内分泌科会诊。', [['name', '聂海涛']]),
  g('患儿男，9岁，就读于文澜实验小学四年级，班主任仉老师反映其上课注意力不集中。', [
    ['organization', '文澜实验小学'],
    ['name', '仉'],
  ]),
  g('退费申请：退款账户 6228 4804 0256 4890 133（农业银行），户名 殳佳琪，经办人：财务科 符晓东。', [
    ['bank-card', '6228 4804 0256 4890 133'],
    ['name', '殳佳琪'],
    ['name', '符晓东'],
  ]),
  g('@祁晓 会诊意见发我邮箱 dr.qi.x@163.com 吧，我下午三点前看完回你。', [
    ['name', '祁晓'],
    ['email', 'dr.qi.x@163.com'],
  ]),
  g('转科记录：转入浙江大学医学院附属第二医院心内科CCU 3床继续治疗。', [
    ['organization', '浙江大学医学院附属第二医院'],
    ['bed', '3'],
  ]),
  g('职业史：在鑫达塑胶制品厂从事注塑工作12年，长期接触苯乙烯，未规范佩戴防护口罩。', [['organization', '鑫达塑胶制品厂']]),
  g('您好，我是卜凡，上次开的二甲双胍缓释片吃完了，能线上续方吗？我的就诊卡号是 0008726451。', [
    ['name', '卜凡'],
    ['mrn', '0008726451'],
  ]),
  g('医嘱：定于2026年4月7日（周二）上午复查甲功，如有心悸加重随时就诊。——主治医师 淳于建平', [
    ['date', '4月7日'],
    ['name', '淳于建平'],
  ]),
  g('禤志明拒绝进一步行胃镜检查，已签署拒绝诊疗知情同意书，家属在场。', [['name', '禤志明']]),
  g('交接班：21床 段干秋实 血压160/95mmHg，已予硝苯地平控释片30mg口服；23床 左丘雅琴 拒绝夜间翻身，已宣教。', [
    ['bed', '21'],
    ['name', '段干秋实'],
    ['bed', '23'],
    ['name', '左丘雅琴'],
  ]),
  g('家庭住址：北京市朝阳区望京街道阜通东大街6号院3号楼2单元1103，邮编100102；联系电话：010-64718825。', [
    ['address', '北京市朝阳区望京街道阜通东大街6号院3号楼2单元1103'],
    ['address', '100102'],
    ['phone', '010-64718825'],
  ]),
  g('护士长付丽娜：明早八点交班请大家带上压疮评估表，@应晓岚 负责准备护理质控数据。', [
    ['name', '付丽娜'],
    ['name', '应晓岚'],
  ]),
  g('低保救助申请：申请人 呼延雪，身份证号 610113 19881206 442X，低保证号 DB6101130457，开户账户 6217 0028 6004 5123 741。', [
    ['name', '呼延雪'],
    ['id-card', '610113 19881206 442X'],
    ['other-id', 'DB6101130457'],
    ['bank-card', '6217 0028 6004 5123 741'],
  ]),
  g('患者1930年生，现居湖南省长沙市岳麓区麓山南路932号湖大家属区12栋，由侄子照顾。', [
    ['date', '1930'],
    ['address', '长沙市岳麓区麓山南路932号湖大家属区12栋'],
  ]),
  g('远程会诊申请：申请医院 龙泉市人民医院，会诊专家 武汉协和医院 滕子京教授，会诊时间 2026年5月12日 14:00。', [
    ['address', '龙泉市'],
    ['organization', '人民医院'],
    ['organization', '武汉协和医院'],
    ['name', '滕子京'],
    ['date', '5月12日'],
  ]),
  g('@所有人 今天的病例讨论改到14楼示教室，汇报人：第五思远，点评：公冶长青。', [
    ['name', '第五思远'],
    ['name', '公冶长青'],
  ]),
  // ---- Chinese, traditional (Taiwan, Hong Kong) ----
  g('病歷號碼：0028714563　姓名：歐陽美惠　身分證字號：A223458712　地址：臺北市大安區復興南路一段107巷5號3樓　電話：(02)2708-3361', [
    ['mrn', '0028714563'],
    ['name', '歐陽美惠'],
    ['id-card', 'A223458712'],
    ['address', '臺北市大安區復興南路一段107巷5號3樓'],
    ['phone', '(02)2708-3361'],
  ]),
  g('護理紀錄：詹淑芬護理師交班，15床 邱阿嬤 九十三歲，今日進食約半碗，無嗆咳。', [
    ['name', '詹淑芬'],
    ['bed', '15'],
    ['name', '邱'],
    ['age', '九十三'],
  ]),
  g('門診日期：民國115年3月5日，下次回診：115/04/02。主治醫師 林育賢（醫字第031742號）', [
    ['date', '3月5日'],
    ['date', '04/02'],
    ['name', '林育賢'],
    ['license', '031742'],
  ]),
  g('香港身份證號碼：K582614(4)，住址：九龍旺角彌敦道688號旺角中心一期12樓B室，聯絡電話：9128 4476。', [
    ['id-card', 'K582614(4)'],
    ['address', '九龍旺角彌敦道688號旺角中心一期12樓B室'],
    ['phone', '9128 4476'],
  ]),
  g('@陳嘉欣 麻煩幫手睇下22床個K+，啱啱出咗6.1。— Ivan', [
    ['name', '陳嘉欣'],
    ['bed', '22'],
    ['name', 'Ivan'],
  ]),
  g('區志強由沙田慈愛護老院轉介，身份證Y307215(9)，出生日期1933年2月4日，今日因發熱入院。', [
    ['name', '區志強'],
    ['address', '沙田'],
    ['organization', '慈愛護老院'],
    ['id-card', 'Y307215(9)'],
    ['date', '1933年2月4日'],
  ]),
  g('轉診單：轉診至高雄榮民總醫院，聯絡人 社工 鄭雅婷 07-342-2121 分機7135。', [
    ['organization', '高雄榮民總醫院'],
    ['name', '鄭雅婷'],
    ['phone', '07-342-2121'],
  ]),
  g('家屬LINE ID：mei_0815tw，健保卡號 0000 4471 2859，請於出院前一天通知。', [
    ['account', 'mei_0815tw'],
    ['other-id', '0000 4471 2859'],
  ]),
  g('騎乘車號 MKT-5082 機車自撞，由新北市板橋區文化路一段188巷12號住處鄰居送醫。', [
    ['plate', 'MKT-5082'],
    ['address', '新北市板橋區文化路一段188巷12號'],
  ]),
  g('黃子晴今天出院，藥物教育已完成，請藥局 王藥師 核對 Eliquis 5mg bid 之處方。', [
    ['name', '黃子晴'],
    ['name', '王'],
  ]),
  // ---- English ----
  g(
    'DISCHARGE SUMMARY — Patient: Darnell Okafor-Reyes, MRN 004781265, DOB 07/14/1961. Admitted 02/03/2026, discharged 02/09/2026 to Sunrise Meadows Assisted Living, 1187 Maple Ridge Dr, Apt 4B, Dayton, OH 45402.',
    [
      ['name', 'Darnell Okafor-Reyes'],
      ['mrn', '004781265'],
      ['date', '07/14'],
      ['date', '02/03'],
      ['date', '02/09'],
      ['organization', 'Sunrise Meadows Assisted Living'],
      ['address', '1187 Maple Ridge Dr, Apt 4B, Dayton'],
      ['address', '45402'],
    ],
  ),
  g(
    'Claim form: Member ID XHW883402917, Group No. 0047821, Payer: Keystone Mutual Health Plan. Subscriber SSN 412-68-3095. Rendering provider NPI 1672543901, DEA BM4729159.',
    [
      ['other-id', 'XHW883402917'],
      ['other-id', '0047821'],
      ['organization', 'Keystone Mutual Health Plan'],
      ['social-security', '412-68-3095'],
      ['license', '1672543901'],
      ['license', 'BM4729159'],
    ],
  ),
  g('Kayla can you swap my Thursday night? Jorge said he would cover bed 14 if you take the admits.', [
    ['name', 'Kayla'],
    ['name', 'Jorge'],
    ['bed', '14'],
  ]),
  g(
    'Dear Dr Pemberton-Whyte, Re: Siobhan Gallagher, NHS No 485 777 3457, 14 Cranbourne Terrace, Leyton, London E10 6QA. Thank you for seeing this 58-year-old woman with suspected Graves disease.',
    [
      ['name', 'Pemberton-Whyte'],
      ['name', 'Siobhan Gallagher'],
      ['mrn', '485 777 3457'],
      ['address', '14 Cranbourne Terrace, Leyton, London'],
      ['address', 'E10 6QA'],
    ],
  ),
  g('Kind regards,\nAyodele Bankole-Smith\nConsultant Geriatrician, GMC 7284519\nWhitfield Lane Surgery, Sheffield', [
    ['name', 'Ayodele Bankole-Smith'],
    ['license', '7284519'],
    ['organization', 'Whitfield Lane Surgery'],
    ['address', 'Sheffield'],
  ]),
  g('Tadhg Ó Súilleabháin, PPSN 6418273S, MRN 3317824, lives at 27 Sráid an Mhuilinn, Bandon, Co. Cork P72 XK80 with his sister Áine.', [
    ['name', 'Tadhg Ó Súilleabháin'],
    ['social-security', '6418273S'],
    ['mrn', '3317824'],
    ['address', '27 Sráid an Mhuilinn, Bandon'],
    ['address', 'P72 XK80'],
    ['name', 'Áine'],
  ]),
  g('OHIP 5123-347-808-KT, SIN 046 454 286. Employer: Northgate Logistics Inc., Mississauga. Family physician Dr. Harpreet Sandhu, CPSO #84213.', [
    ['other-id', '5123-347-808'],
    ['social-security', '046 454 286'],
    ['organization', 'Northgate Logistics'],
    ['address', 'Mississauga'],
    ['name', 'Harpreet Sandhu'],
    ['license', '84213'],
  ]),
  g('Medicare 2951 47381 1, 42 Wattle St, Fitzroy VIC 3065. NOK Brendan (son) 0412 558 903.', [
    ['other-id', '2951 47381 1'],
    ['address', '42 Wattle St, Fitzroy'],
    ['address', '3065'],
    ['name', 'Brendan'],
    ['phone', '0412 558 903'],
  ]),
  g('NHI HRB5471. Aroha Ngata rang from Ōtaki asking about her koro in bed 6, call back on 021 774 3092.', [
    ['mrn', 'HRB5471'],
    ['name', 'Aroha Ngata'],
    ['address', 'Ōtaki'],
    ['bed', '6'],
    ['phone', '021 774 3092'],
  ]),
  g(
    'UHID MS-26-0048213 | Aadhaar 4918 7635 2034 | Ramesh Chandra Iyer, 67 y, Flat 302, Sai Krupa Apartments, 14th Cross, Malleshwaram, Bengaluru 560003 | Mob +91 98450 23617',
    [
      ['mrn', 'MS-26-0048213'],
      ['id-card', '4918 7635 2034'],
      ['name', 'Ramesh Chandra Iyer'],
      ['address', 'Flat 302, Sai Krupa Apartments, 14th Cross, Malleshwaram, Bengaluru'],
      ['address', '560003'],
      ['phone', '+91 98450 23617'],
    ],
  ),
  g('Polyclinic referral: NRIC S8742163E, Blk 338 Ang Mo Kio Ave 1 #08-1472, Singapore 560338. Referring doctor MCR M71528A, Ang Mo Kio Polyclinic.', [
    ['id-card', 'S8742163E'],
    ['address', 'Blk 338 Ang Mo Kio Ave 1 #08-1472'],
    ['address', '560338'],
    ['license', 'M71528A'],
    ['organization', 'Ang Mo Kio Polyclinic'],
  ]),
  g('NIN 48215730964, NHIA No. NHIA/LAG/221/0083. Folasade Adeyemi-Cole, 12 Adeola Odeku Street, Victoria Island, Lagos; phone 0803 451 2769.', [
    ['id-card', '48215730964'],
    ['other-id', 'NHIA/LAG/221/0083'],
    ['name', 'Folasade Adeyemi-Cole'],
    ['address', '12 Adeola Odeku Street, Victoria Island, Lagos'],
    ['phone', '0803 451 2769'],
  ]),
  g('Wanjiru Kamau (ID No. 28471936, SHA No. SHA-0127-4482-91) from Nyeri was referred by Dr Otieno at Kiganjo Health Centre.', [
    ['name', 'Wanjiru Kamau'],
    ['id-card', '28471936'],
    ['other-id', 'SHA-0127-4482-91'],
    ['address', 'Nyeri'],
    ['name', 'Otieno'],
    ['organization', 'Kiganjo Health Centre'],
  ]),
  g(
    'Thandiwe Mokoena, ID 9203170839089, Protea Health Medical Scheme member no. 330981774, 17 Jacaranda Avenue, Hatfield, Pretoria 0083. Attending: Dr L. Naidoo, HPCSA MP0572318.',
    [
      ['name', 'Thandiwe Mokoena'],
      ['id-card', '9203170839089'],
      ['organization', 'Protea Health Medical Scheme'],
      ['other-id', '330981774'],
      ['address', '17 Jacaranda Avenue, Hatfield, Pretoria'],
      ['address', '0083'],
      ['name', 'L. Naidoo'],
      ['license', 'MP0572318'],
    ],
  ),
  g(
    'PhilHealth PIN 19-025748391-6. Ma. Cristina dela Cruz, Brgy. San Isidro, Cabanatuan City, Nueva Ecija. Attending: Dr. Ramon Villanueva, PRC Lic. No. 0123984.',
    [
      ['other-id', '19-025748391-6'],
      ['name', 'Ma. Cristina dela Cruz'],
      ['address', 'Brgy. San Isidro, Cabanatuan City'],
      ['name', 'Ramon Villanueva'],
      ['license', '0123984'],
    ],
  ),
  g("Hi, my mother's Lasix was changed yesterday and her ankles are still swollen. Can someone call me back at (614) 555-0187? Thanks, Marisol", [
    ['phone', '(614) 555-0187'],
    ['name', 'Marisol'],
  ]),
  g('Handover: bed 12 Mrs Pritchard, 93, NEWS2 4, on IV fluids; bed 15 Ken confused overnight, son Gareth visiting at 2pm.', [
    ['bed', '12'],
    ['name', 'Pritchard'],
    ['age', '93'],
    ['bed', '15'],
    ['name', 'Ken'],
    ['name', 'Gareth'],
  ]),
  g('Accession #: LC26-0412987  Collected: 03/11/2026 08:42  Patient: WHITLOCK, EUGENE T  DOB: 03/02/1934 (92 y)', [
    ['other-id', 'LC26-0412987'],
    ['date', '03/11'],
    ['name', 'WHITLOCK, EUGENE T'],
    ['date', '03/02/1934'],
    ['age', '92'],
  ]),
  g('Portal alert: account jmorales84 signed in from 172.31.204.17; if this was not you, reset at https://mychart.lakeshore-health.org/reset?u=jmorales84', [
    ['account', 'jmorales84'],
    ['ip', '172.31.204.17'],
    ['url', 'https://mychart.lakeshore-health.org/reset?u=jmorales84'],
  ]),
  g('Please page Lucinda Marrow before 6 pm; she wants to consent the patient herself.', [['name', 'Lucinda Marrow']]),
  g('Present at MDT: Priya Raghunathan, Tomasz Wiśniewski, Chidi Eze, Fiona McAlister.', [
    ['name', 'Priya Raghunathan'],
    ['name', 'Tomasz Wiśniewski'],
    ['name', 'Chidi Eze'],
    ['name', 'Fiona McAlister'],
  ]),
  g(
    'Rx refill: Metformin 500 mg BD x 30 days for Suresh Balakrishnan, dispensed at Sri Lakshmi Medicals, Velachery, Chennai (Drug Lic. No. TN-CHN-20B-4417).',
    [
      ['name', 'Suresh Balakrishnan'],
      ['organization', 'Sri Lakshmi Medicals'],
      ['address', 'Velachery, Chennai'],
      ['license', 'TN-CHN-20B-4417'],
    ],
  ),
  g('I, Harold Q. Brennan, born March 3, 1930, consent to the insertion of a permanent pacemaker. Witness: Dolores Vick, RN.', [
    ['name', 'Harold Q. Brennan'],
    ['date', 'March 3, 1930'],
    ['name', 'Dolores Vick'],
  ]),
  g("Hi Niamh, it's Declan from ward 4B. Your dad's bloods are back and the consultant will ring you after 3.", [
    ['name', 'Niamh'],
    ['name', 'Declan'],
    ['bed', '4B'],
  ]),
  g('ID verified at registration: Ohio driver license RT482916; car parked in visitor lot, plate HJK 4471.', [
    ['license', 'RT482916'],
    ['plate', 'HJK 4471'],
  ]),
  g('Trauma note: restrained driver, 2019 Toyota Corolla, VIN 2T1BURHE3KC247815, airbag deployed. Brought in by Medic 12.', [['vehicle', '2T1BURHE3KC247815']]),
  g('Insulin pump serial PX7T-20418-KQ; CGM transmitter ID 8GQ4MX; both checked by biomed.', [
    ['device', 'PX7T-20418-KQ'],
    ['device', '8GQ4MX'],
  ]),
  g('Marie-Ève Tremblay, from Trois-Rivières, seen 2026-01-28; follow-up booked for 18 Feb 2026 at CLSC des Forges.', [
    ['name', 'Marie-Ève Tremblay'],
    ['address', 'Trois-Rivières'],
    ['date', '01-28'],
    ['date', '18 Feb'],
    ['organization', 'CLSC des Forges'],
  ]),
  g('A ninety-one-year-old retired shearer from Ballarat presented with painless jaundice.', [
    ['age', 'ninety-one'],
    ['address', 'Ballarat'],
  ]),
  g('Wei Ling pls check on Mdm Tan in 7A-12, her daughter called at 9 asking for the discharge letter.', [
    ['name', 'Wei Ling'],
    ['name', 'Tan'],
    ['bed', '7A-12'],
  ]),
  g('Hello Achieng, your antenatal appointment at Lakeside Maternal Clinic is on 14/04/2026 at 9:00. Reply 1 to confirm.', [
    ['name', 'Achieng'],
    ['organization', 'Lakeside Maternal Clinic'],
    ['date', '14/04'],
  ]),
  g('Sipho Ndlovu was brought in by his employer, Ridgeback Mining (Pty) Ltd, after a fall underground.', [
    ['name', 'Sipho Ndlovu'],
    ['organization', 'Ridgeback Mining (Pty) Ltd'],
  ]),
  g('Please fax records to 503-555-0149 or email hrecords@cascadia-ortho.com, attn: Bev.', [
    ['phone', '503-555-0149'],
    ['email', 'hrecords@cascadia-ortho.com'],
    ['name', 'Bev'],
  ]),
  g('SSS No. 34-2219857-6; employer: Bayanihan BPO Solutions, Inc., Makati City.', [
    ['social-security', '34-2219857-6'],
    ['organization', 'Bayanihan BPO Solutions'],
    ['address', 'Makati City'],
  ]),
  g("National Insurance number JT 48 21 93 B. Daughter Megan attends St Brigid's Primary School, Coventry.", [
    ['social-security', 'JT 48 21 93 B'],
    ['name', 'Megan'],
    ['organization', "St Brigid's Primary School"],
    ['address', 'Coventry'],
  ]),
  g('IP No. 2026/00417 | Kavitha Subramaniam | DOA 12-Jan-2026 | DOD 19-Jan-2026 | Dx: dengue fever with warning signs', [
    ['mrn', '2026/00417'],
    ['name', 'Kavitha Subramaniam'],
    ['date', '12-Jan'],
    ['date', '19-Jan'],
  ]),
  g('Patient is a 101-year-old woman admitted from Rosewood Manor care home; her husband, aged 90, is also a resident there.', [
    ['age', '101'],
    ['organization', 'Rosewood Manor'],
    ['age', '90'],
  ]),
  g('Signed: Chukwuemeka Obi (son), Tel 0812 330 4478, Enugu', [
    ['name', 'Chukwuemeka Obi'],
    ['phone', '0812 330 4478'],
    ['address', 'Enugu'],
  ]),
  g("Nursing note by Jess O'Loughlin RN (AHPRA NMW0001823456): pressure injury stage 2 sacrum, photo uploaded.", [
    ['name', "Jess O'Loughlin"],
    ['license', 'NMW0001823456'],
  ]),
  g('@tnguyen can you re-time the vanc trough for bed 9? thx - Rob', [
    ['account', 'tnguyen'],
    ['bed', '9'],
    ['name', 'Rob'],
  ]),
  g('Mrs Okonkwo-Hale was last seen in clinic on the 3rd of February and again on Tuesday 24 February 2026.', [
    ['name', 'Okonkwo-Hale'],
    ['date', '3rd of February'],
    ['date', '24 February'],
  ]),
  g("Reached the patient's niece, Brianna Castellanos, at 720.555.0163; she will bring the POLST form.", [
    ['name', 'Brianna Castellanos'],
    ['phone', '720.555.0163'],
  ]),
  g('123 Rue Saint-Denis, app. 5, Montréal, QC H2X 3K8 — mailing address for Guy Lapointe, RAMQ LAPG 4211 0519.', [
    ['address', '123 Rue Saint-Denis, app. 5, Montréal'],
    ['address', 'H2X 3K8'],
    ['name', 'Guy Lapointe'],
    ['other-id', 'LAPG 4211 0519'],
  ]),
  g('Ngaio from Tauranga emailed ngaio.rewiti@xtra-mail.co.nz asking whether her mum can have visitors on Saturday.', [
    ['name', 'Ngaio'],
    ['address', 'Tauranga'],
    ['email', 'ngaio.rewiti@xtra-mail.co.nz'],
  ]),
  g('Please send the scanned consent to Dr Emeka Nwosu at University College Hospital, Ibadan, before 5 pm.', [
    ['name', 'Emeka Nwosu'],
    ['organization', 'University College Hospital'],
    ['address', 'Ibadan'],
  ]),
  g('Co-pay taken by card 4556 7320 3891 0061 (cardholder Lionel Ashworth), receipt emailed.', [
    ['bank-card', '4556 7320 3891 0061'],
    ['name', 'Lionel Ashworth'],
  ]),
  g('From: Dr Anjali Deshmukh <a.deshmukh@sahyadri-care.in>\nSent: 5 March 2026 10:14\nTo: Ward 7 nurses\nSubject: Mr Joshi, 92, fall risk', [
    ['name', 'Anjali Deshmukh'],
    ['email', 'a.deshmukh@sahyadri-care.in'],
    ['date', '5 March'],
    ['bed', '7'],
    ['name', 'Joshi'],
    ['age', '92'],
  ]),
  g('ABHA 91-4417-2286-3059 created for Lakshmi Devi, w/o Raju, Vill. Kothapalli, Mandal Ghatkesar, Medchal district.', [
    ['other-id', '91-4417-2286-3059'],
    ['name', 'Lakshmi Devi'],
    ['name', 'Raju'],
    ['address', 'Vill. Kothapalli, Mandal Ghatkesar'],
  ]),
  g('Courier: specimens for Ms Rangi Parata to Kōtuku Laboratories, 37 Carlyle St, Sydenham, Christchurch 8023.', [
    ['name', 'Rangi Parata'],
    ['organization', 'Kōtuku Laboratories'],
    ['address', '37 Carlyle St, Sydenham, Christchurch'],
    ['address', '8023'],
  ]),
  g('Teleconsult from 196.201.14.77 (Nairobi): Dr Muthoni Kariuki, KMPDC A9142, reviewed baby Kiprop Langat.', [
    ['ip', '196.201.14.77'],
    ['address', 'Nairobi'],
    ['name', 'Muthoni Kariuki'],
    ['license', 'A9142'],
    ['name', 'Kiprop Langat'],
  ]),
  g('Mr Eoin Fitzgerald of 8 Ashgrove Park, Ballincollig, Co. Cork attended ED on 02/03/2026 with chest pain; Medical Card No. 0417 2233 K.', [
    ['name', 'Eoin Fitzgerald'],
    ['address', '8 Ashgrove Park, Ballincollig'],
    ['date', '02/03'],
    ['other-id', '0417 2233 K'],
  ]),
  g('Handover sheet: Edna, 94, DNACPR in place, NHS 943 476 5919; next of kin Maureen on 07700 900481.', [
    ['name', 'Edna'],
    ['age', '94'],
    ['mrn', '943 476 5919'],
    ['name', 'Maureen'],
    ['phone', '07700 900481'],
  ]),
  g('Prior auth approved by BlueHarbor Health Insurance, ref PA-7781-20455, valid through 06/30/2026.', [
    ['organization', 'BlueHarbor Health Insurance'],
    ['other-id', 'PA-7781-20455'],
    ['date', '06/30'],
  ]),
  g('Encounter logged from workstation IP 192.168.40.23 by user k.hollis; patient Deshawn Reed, MRN 55-19-804.', [
    ['ip', '192.168.40.23'],
    ['account', 'k.hollis'],
    ['name', 'Deshawn Reed'],
    ['mrn', '55-19-804'],
  ]),
  g('Lab report — Specimen ID: 26-HEM-004512. Received: 11-Mar-2026. Patient name: Oluwaseun Adebayo. Reporting pathologist: Dr. F. Kuye, MDCN/R/48271.', [
    ['other-id', '26-HEM-004512'],
    ['date', '11-Mar'],
    ['name', 'Oluwaseun Adebayo'],
    ['name', 'F. Kuye'],
    ['license', 'MDCN/R/48271'],
  ]),
  // ---- identifier-free clinical items ----
  g(
    '出院诊断：1. 帕金森病（G20，ICD-11 8A00.0），Hoehn-Yahr 3级；2. 桥本甲状腺炎（E06.3）。出院带药：多巴丝肼片（美多芭）125mg tid，左甲状腺素钠片（优甲乐）50μg qd。',
  ),
  g('库欣综合征待排：午夜唾液皮质醇 12.4 nmol/L，1mg地塞米松抑制试验后皮质醇 138 nmol/L，ACTH 3.1 pmol/L，建议行肾上腺增强CT。'),
  g('Graves病伴甲亢性心脏病，TRAb 18.6 IU/L，FT4 48.2 pmol/L，TSH <0.005 mIU/L；予甲巯咪唑（赛治）20mg qd，普萘洛尔10mg tid。'),
  g('心电图示预激综合征（Wolff-Parkinson-White综合征，I45.6），可见δ波，建议电生理检查及射频消融。'),
  g('唐氏综合征（Q90.9）合并房室间隔缺损，NT-proBNP 2150 pg/mL，参照《中国心力衰竭诊断和治疗指南2024》调整利尿剂。'),
  g('川崎病第8天，IVIG 2g/kg单次输注，阿司匹林30–50mg/kg/d分次口服，冠状动脉Z值+2.8。'),
  g('格林-巴利综合征（G61.0），Hughes功能评分4分，予丙种球蛋白0.4g/(kg·d)×5天，每日监测FVC。'),
  g('社区获得性肺炎，CURB-65 2分，PSI III级，按2016年版中国成人CAP指南予头孢曲松2g qd联合阿奇霉素0.5g qd。'),
  g('克罗恩病（K50.0）回盲部受累，CDAI 280，予英夫利西单抗（类克）5mg/kg第0、2、6周诱导缓解。'),
  g('阿尔茨海默病，MMSE 18分、MoCA 14分，加用多奈哌齐（安理申）5mg qn，2周后如无不适增至10mg。'),
  g('急性缺血性卒中，NIHSS 9分，发病3.5小时，予阿替普酶0.9mg/kg（最大剂量90mg）静脉溶栓，格拉斯哥昏迷评分E3V4M5。'),
  g('布鲁氏菌病（A23.9），虎红平板凝集试验阳性，试管凝集1:400，予多西环素100mg bid联合利福平600mg qd，疗程6周。'),
  g('SNOMED CT 44054006（2型糖尿病），HbA1c 8.9%，eGFR 52 mL/min/1.73m²，加用恩格列净（欧唐静）10mg qd，停用格列本脲。'),
  g('房颤CHA₂DS₂-VASc 4分、HAS-BLED 2分，予利伐沙班（拜瑞妥）20mg qd，参考2020 ESC房颤管理指南；肝功能Child-Pugh A级。'),
  g('艾迪生病（E27.1）肾上腺危象：血钠124 mmol/L，血钾5.9 mmol/L，予氢化可的松100mg静推，之后50mg q6h。'),
  g("Impression: Parkinson's disease (G20), Hoehn and Yahr stage 2.5; started Sinemet CR 50/200 mg nocte and rasagiline (Azilect) 1 mg daily."),
  g("Graves' disease with orbitopathy, CAS 4/7; TRAb 12.3 IU/L; methimazole 30 mg daily and selenium 100 mcg bd per the EUGOGO 2021 guidelines."),
  g(
    "Cushing's syndrome workup: 24-h urinary free cortisol 412 nmol/24 h, late-night salivary cortisol 9.8 nmol/L; refer for inferior petrosal sinus sampling.",
  ),
  g("Hashimoto's thyroiditis (E06.3), anti-TPO 856 IU/mL, TSH 9.4 mIU/L; levothyroxine 75 mcg daily, recheck TSH in 6 weeks."),
  g('ECG: delta waves, PR 100 ms, consistent with Wolff–Parkinson–White pattern (I45.6); avoid adenosine, consider flecainide pending EP study.'),
  g('Down syndrome (Q90.9): atlantoaxial instability screening due; TSH annually per AAP 2022 health supervision guidance.'),
  g('Wells score 6.5, PERC not applicable; CTPA confirmed segmental PE. Start apixaban (Eliquis) 10 mg bd for 7 days then 5 mg bd.'),
  g('Ottawa ankle rules negative; Glasgow Coma Scale 15; Canadian C-spine rule applied, no imaging required.'),
  g('Lyme serology (two-tier, ELISA then Western blot) positive; erythema migrans treated with doxycycline 100 mg bd for 14 days per IDSA 2020.'),
  g('Ann Arbor stage IIB Hodgkin lymphoma (ICD-11 2B30.0); ABVD cycle 3 of 6, Deauville score 2 on interim PET.'),
  g('NYHA class III, LVEF 30%; sacubitril/valsartan (Entresto) 49/51 mg bd and dapagliflozin (Forxiga) 10 mg daily per the 2022 AHA/ACC/HFSA guideline.'),
  g("Addison's disease on hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg; sick-day rules reviewed, Na 136 mmol/L, K 4.6 mmol/L."),
  g("Crohn's disease, Montreal classification A2 L3 B1, Harvey-Bradshaw index 9; ustekinumab (Stelara) 90 mg SC every 8 weeks."),
  g("Alzheimer's disease, MMSE 21/30; donepezil (Aricept) 10 mg nocte, memantine titration; SNOMED CT 26929004."),
  g('Kawasaki disease day 7: IVIG 2 g/kg, aspirin 80 mg/kg/day in four doses; echo coronary Z-score +2.1. Manchester Triage category orange.'),
];
