import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Seventeenth gold set: an outside held-out set (set 45), written blind by an outside evaluator who read neither the detectors, the deidentifier, the
 * de-identification README, the dev-set specs nor any earlier gold set's items (only v16's header comment and its first
 * items for the file format, the GoldSentence type, the PhiType list and the scoring utility). 140 items: Chinese first
 * (simplified, then traditional: Taiwan, Hong Kong), then English ones (US, Canada, UK, Ireland, Australia, New Zealand,
 * India, Singapore, Malaysia, Philippines, Nigeria, Kenya, South Africa, Ghana), then 30 identifier-free clinical items in
 * both languages dense with eponyms, drugs and brands, doses, lab values with units, ICD-10 / ICD-11 / SNOMED codes,
 * guideline names with years and scores (some with place-like eponyms: Ann Arbor staging, Lyme serology, Wells score).
 * All identifiers are fictional; check digits (GB 11643, Luhn for cards / SIN / SA ID / NPI / OHIP, NHS mod 11,
 * Medicare, NRIC, NHI, Taiwan and Hong Kong ID, Verhoeff for Aadhaar, VIN, DEA) are made valid. Scored blind once on
 * the code of 2026-12-06 (commit f42f942) and once more on the change it was asked for next; the numbers are in the spec.
 * The request named the forms to include (towns after a facility or "lives in", city + district prefixes, spaced
 * Chinese addresses, wards and beds, organisations without a hospital word), the weak classes of sets 43 and 44.
 * Annotation conventions are v16's (v14's / v15's):
 *  - names: the name only (no title / 先生 / 医生 / Dr); surname alone when only the surname is written;
 *    familiar forms (老张, 小刘, 钟大爷) annotate the part that is a name.
 *  - dates: only the month/day part, unless it is the date of birth of someone aged > 89 (then the whole date).
 *  - ages: only the number, and only when > 89.
 *  - addresses: city level and below (province / state / county / country left out); postcodes annotated separately.
 *  - beds / wards / rooms: the number or code itself (not the word 床 / bed / bay / ward / rm).
 *  - phone (fax too): the number; messaging handles that are not phone numbers are `account`, as are bank accounts.
 *  - patient numbers (住院号, 病案号, 就诊卡号, 病歷號碼, NHS, URN, UHID, hospital / folder no., MRN) are `mrn`;
 *    insurance numbers (医保, Medicare, OHIP, PhilHealth, member / group / policy no.), staff numbers, specimen /
 *    accession / examination numbers and tax numbers are `other-id`; national identity numbers (身份证, 身分證,
 *    香港身份證, NRIC, MyKad, Aadhaar, SA ID) are `id-card`; US SSN and Canadian SIN are `social-security`;
 *    professional registrations (执业证书, GMC, AHPRA, MCR, HPCSA, CPSO, NPI) and driving licences are `license`.
 *  - organisations: hospitals, schools, employers, care homes, insurers named as such.
 * Choices this set adds where v16's header is silent: a city + district prefix written before an institution
 * (成都市武侯区玉林社区卫生服务中心) is an `address` span for the prefix and an `organization` span for the institution;
 * pharmacies, clinics and staffing agencies are organisations; a messaging handle is annotated without its leading @;
 * a vehicle identification number is `vehicle`, a licence plate `plate`, an implant / monitor serial number `device`;
 * national identity numbers of Nigeria (NIN), Kenya and Ghana (Ghana Card) are `id-card`, their health-insurance
 * numbers (NHIA, SHA, NHIS) `other-id`; Indian PAN and Philippine PTR (tax) are `other-id`; DEA, MMC, PRC, KMPDC and
 * Taiwan 醫字 registrations are `license`; NZ NHI is `mrn`.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, ...(occurrence !== undefined ? { occurrence } : {}) })) };
}

export const DEID_GOLD_SET_V17: readonly GoldSentence[] = [
  // ---------------- Chinese (simplified) and mixed: identifiers ----------------
  g(`出院小结  姓名：冼玉兰  性别：女  年龄：93岁  病案号：B0762145  入院日期：2026-02-03  出院日期：2026-02-17  科室：老年医学科 12病区 27床`, [
    ['name', `冼玉兰`],
    ['age', `93`],
    ['mrn', `B0762145`],
    ['date', `02-03`],
    ['date', `02-17`],
    ['bed', `12`],
    ['bed', `27`],
  ]),
  g(`邝志坚昨夜血压波动至186/102mmHg，已予乌拉地尔泵入，今晨复测142/88mmHg。`, [['name', `邝志坚`]]),
  g(`夜班交接：3床 甘淑贞 术后第1天，引流通畅；5床 庞德胜 血糖偏高；11床 聂小凤 明早空腹抽血。`, [
    ['bed', `3`],
    ['name', `甘淑贞`],
    ['bed', `5`],
    ['name', `庞德胜`],
    ['bed', `11`],
    ['name', `聂小凤`],
  ]),
  g(`身份证号：330106193204110329，住址：杭州市西湖区 文三路 188号 5幢 2单元 601室，联系电话 0571-8823 6417。`, [
    ['id-card', `330106193204110329`],
    ['address', `杭州市西湖区 文三路 188号 5幢 2单元 601室`],
    ['phone', `0571-8823 6417`],
  ]),
  g(`2026年1月8日在成都市武侯区玉林社区卫生服务中心首诊，血压170/96mmHg，后转入我院。`, [
    ['date', `1月8日`],
    ['address', `成都市武侯区`],
    ['organization', `玉林社区卫生服务中心`],
  ]),
  g(`【微信】刘姐您好，我是桂花社区卫生服务站的护士小蒙，阿姨的复诊约在3月20日上午，有事加我微信 mengxy_0906 或打 139 7714 2208。`, [
    ['name', `刘`],
    ['organization', `桂花社区卫生服务站`],
    ['name', `蒙`],
    ['date', `3月20日`],
    ['account', `mengxy_0906`],
    ['phone', `139 7714 2208`],
  ]),
  g(
    `转诊单：兹有我院患者戚国华（男，58岁），因冠脉三支病变转至南京市鼓楼区金陵康和医院心血管内科进一步诊治。转诊医生：糜晓东（执业证书编码 110320000012875）。`,
    [
      ['name', `戚国华`],
      ['address', `南京市鼓楼区`],
      ['organization', `金陵康和医院`],
      ['name', `糜晓东`],
      ['license', `110320000012875`],
    ],
  ),
  g(
    `检验报告单  标本号：S2603140087  姓名：尉迟兰芳  性别：女  年龄：91岁  送检科室：肾内科  床号：36  采样时间：2026-03-14 06:10  报告时间：2026-03-14 09:45  检验者：贝文静  审核者：牛建新`,
    [
      ['other-id', `S2603140087`],
      ['name', `尉迟兰芳`],
      ['age', `91`],
      ['bed', `36`],
      ['date', `03-14`],
      ['date', `03-14`, 1],
      ['name', `贝文静`],
      ['name', `牛建新`],
    ],
  ),
  g(`医保结算单：参保人卢秀梅，医保卡号 1301 0219 5411 0806，个人编号 31000012846597，工作单位：唐山市开平区福源纺织厂。`, [
    ['name', `卢秀梅`],
    ['other-id', `1301 0219 5411 0806`],
    ['other-id', `31000012846597`],
    ['address', `唐山市开平区`],
    ['organization', `福源纺织厂`],
  ]),
  g(`退费银行卡号 6228 4800 7713 5629，持卡人梁凤仪（患者之女），请财务科于4月2日前办理。`, [
    ['bank-card', `6228 4800 7713 5629`],
    ['name', `梁凤仪`],
    ['date', `4月2日`],
  ]),
  g(`对公转账：户名 温州市鹿城区康宁护理院，账号 3301 0402 0000 1876 543，用途：3月护理费。`, [
    ['address', `温州市鹿城区`],
    ['organization', `康宁护理院`],
    ['account', `3301 0402 0000 1876 543`],
  ]),
  g(`交通伤：麦家辉驾驶的小型轿车（车牌 粤B·7Q2K5，车架号 LSVAU2181N2183457）于5月6日22时许在深圳市南山区 高新南七道 与货车相撞。`, [
    ['name', `麦家辉`],
    ['plate', `粤B·7Q2K5`],
    ['vehicle', `LSVAU2181N2183457`],
    ['date', `5月6日`],
    ['address', `深圳市南山区 高新南七道`],
  ]),
  g(`起搏器植入记录：型号 Adapta ADDR01，序列号 PWB218840H，植入日期 2026-01-22，术者 蔺晓峰，助手 符佳。`, [
    ['device', `PWB218840H`],
    ['date', `01-22`],
    ['name', `蔺晓峰`],
    ['name', `符佳`],
  ]),
  g(`家属代诉：老人出生于1934年9月7日，今年91岁，独居于苏州市姑苏区 平江路 42号，女儿在上海工作。`, [
    ['date', `1934年9月7日`],
    ['age', `91`],
    ['address', `苏州市姑苏区 平江路 42号`],
    ['address', `上海`],
  ]),
  g(`岳桂香、褚明亮两位今晚均需q2h翻身，褚明亮骶尾部压力性损伤2期，已贴泡沫敷料。`, [
    ['name', `岳桂香`],
    ['name', `褚明亮`],
    ['name', `褚明亮`, 1],
  ]),
  g(`请将会诊意见发送至 linhx_icu@jkrmyy-mail.cn，联系人：林慧心（工号 ZJ20417）。`, [
    ['email', `linhx_icu@jkrmyy-mail.cn`],
    ['name', `林慧心`],
    ['other-id', `ZJ20417`],
  ]),
  g(`患者自述曾在 https://yisheng.jiankang365.cn/u/yanwei2019 上咨询，平台记录的登录IP为 183.62.47.109。`, [
    ['url', `https://yisheng.jiankang365.cn/u/yanwei2019`],
    ['ip', `183.62.47.109`],
  ]),
  g(`郁明辉持因私护照 EJ5820713 赴港复查，签证有效期至7月31日。`, [
    ['name', `郁明辉`],
    ['passport', `EJ5820713`],
    ['date', `7月31日`],
  ]),
  g(`家属QQ：2874410365，备用邮箱 2874410365@qq.com。`, [
    ['account', `2874410365`],
    ['email', `2874410365@qq.com`],
  ]),
  g(`主任，17床的邵老太今天家属来了，她儿子邵建军说想转去杭州市上城区望江养老院，手续我跟社工小贺对接。`, [
    ['bed', `17`],
    ['name', `邵`],
    ['name', `邵建军`],
    ['address', `杭州市上城区`],
    ['organization', `望江养老院`],
    ['name', `贺`],
  ]),
  g(`知情同意书  患者：缪金凤  委托代理人：缪永强（关系：儿子，身份证 510104196811232816，手机 158 8273 0416）  签署日期：2026年4月9日`, [
    ['name', `缪金凤`],
    ['name', `缪永强`],
    ['id-card', `510104196811232816`],
    ['phone', `158 8273 0416`],
    ['date', `4月9日`],
  ]),
  g(`CT检查报告  检查号：CT26040917  影像号：1208853  姓名：骆爱华  年龄：89岁  申请科室：急诊科  检查时间：2026/04/09 21:33`, [
    ['other-id', `CT26040917`],
    ['other-id', `1208853`],
    ['name', `骆爱华`],
    ['date', `04/09`],
  ]),
  g(`| 床号 | 姓名 | 诊断 | 责任护士 |\n| 21 | 丁秋月 | 慢阻肺急性加重 | 欧阳倩 |\n| 22 | 包国庆 | 社区获得性肺炎 | 欧阳倩 |`, [
    ['bed', `21`],
    ['name', `丁秋月`],
    ['name', `欧阳倩`],
    ['bed', `22`],
    ['name', `包国庆`],
    ['name', `欧阳倩`, 1],
  ]),
  g(`出院带药可到上海市徐汇区康泰堂大药房购买，或致电 021-6438 2071 预约配送。`, [
    ['address', `上海市徐汇区`],
    ['organization', `康泰堂大药房`],
    ['phone', `021-6438 2071`],
  ]),
  g(`职业史：2003年起在东莞市长安镇鸿宇五金制品有限公司从事抛光工作，接触粉尘约20年。`, [
    ['address', `东莞市长安镇`],
    ['organization', `鸿宇五金制品有限公司`],
  ]),
  g(`老人一直住在南宁市兴宁区 民生路 3号院，儿子在柳州打工，逢年过节才回来。`, [
    ['address', `南宁市兴宁区 民生路 3号院`],
    ['address', `柳州`],
  ]),
  g(`由急诊抢救室转入9病区35床，主管医生晏立群，责任护士卜佳佳。`, [
    ['bed', `9`],
    ['bed', `35`],
    ['name', `晏立群`],
    ['name', `卜佳佳`],
  ]),
  g(`华国英，出生日期：1966-04-14，本次就诊日期：2026-05-02，上次住院 2025-11-19，均因哮喘急性发作。`, [
    ['name', `华国英`],
    ['date', `04-14`],
    ['date', `05-02`],
    ['date', `11-19`],
  ]),
  g(`@蒋丽娜 麻烦把21床的病理号 P2026-03317 发我一下，我微信号 dr_wuhaoran。——吴浩然`, [
    ['name', `蒋丽娜`],
    ['bed', `21`],
    ['other-id', `P2026-03317`],
    ['account', `dr_wuhaoran`],
    ['name', `吴浩然`],
  ]),
  g(`老钟今天精神好些，能自己下床走到护士站，女儿钟晓雯下午来陪护。`, [
    ['name', `钟`],
    ['name', `钟晓雯`],
  ]),
  g(`以上情况请知悉。\n此致\n敬礼\n汕头潮南康复医院 神经内科 戴文轩\n2026年6月3日`, [
    ['organization', `汕头潮南康复医院`],
    ['name', `戴文轩`],
    ['date', `6月3日`],
  ]),
  g(`登记信息核对：段秀芝 身份证 130102 19541108 0624 医保类别 城乡居民`, [
    ['name', `段秀芝`],
    ['id-card', `130102 19541108 0624`],
  ]),
  g(`危急值报告：18床房建国 血钾 6.8 mmol/L，住院号 0038215，已于14:20电话通知值班医生冷海燕。`, [
    ['bed', `18`],
    ['name', `房建国`],
    ['mrn', `0038215`],
    ['name', `冷海燕`],
  ]),
  g(`邮寄地址：武汉市洪山区 珞喻路 1037号 华中小区 7栋 1单元 502，邮编 430074。`, [
    ['address', `武汉市洪山区 珞喻路 1037号 华中小区 7栋 1单元 502`],
    ['address', `430074`],
  ]),
  g(`商业保险：安康人寿保险股份有限公司，理赔报案号 AK2026051800734，保单号 P0000882716453，理赔款打入银行卡 6217 0020 8812 3403。`, [
    ['organization', `安康人寿保险股份有限公司`],
    ['other-id', `AK2026051800734`],
    ['other-id', `P0000882716453`],
    ['bank-card', `6217 0020 8812 3403`],
  ]),
  g(`患儿就读于长沙市雨花区枫林小学三年级，班主任向老师电话 0731-8562 0174。`, [
    ['address', `长沙市雨花区`],
    ['organization', `枫林小学`],
    ['name', `向`],
    ['phone', `0731-8562 0174`],
  ]),
  g(`陪护人：护工阿娟（好帮手家政服务有限公司，电话 180 2915 6637）。`, [
    ['name', `娟`],
    ['organization', `好帮手家政服务有限公司`],
    ['phone', `180 2915 6637`],
  ]),
  g(`Pt 颜振邦, 72M, admitted via ED on 2026-03-28, MRN 0451729, allergic to penicillin.`, [
    ['name', `颜振邦`],
    ['date', `03-28`],
    ['mrn', `0451729`],
  ]),
  g(`谭奶奶今年102岁，耳背，交流需大声，儿媳宋春兰每日探视。`, [
    ['name', `谭`],
    ['age', `102`],
    ['name', `宋春兰`],
  ]),
  g(`佩戴动态心电记录仪（设备编号 DMS-300-71842），请于5月12日上午归还至心电图室。`, [
    ['device', `DMS-300-71842`],
    ['date', `5月12日`],
  ]),
  g(`押金已通过微信转账，付款人微信号 wxid_7k2m9q4p8s，备注：17床 施桂兰。`, [
    ['account', `wxid_7k2m9q4p8s`],
    ['bed', `17`],
    ['name', `施桂兰`],
  ]),
  g(`身份证 500103193106174524，出生日期 1931-06-17，95岁，由女儿申请居家护理评估。`, [
    ['id-card', `500103193106174524`],
    ['date', `1931-06-17`],
    ['age', `95`],
  ]),
  g(`杜振华（患者之子）在北京市海淀区中关村创智科技有限公司任职，工作证号 CZ-008127，要求开具陪护假证明。`, [
    ['name', `杜振华`],
    ['address', `北京市海淀区`],
    ['organization', `中关村创智科技有限公司`],
    ['other-id', `CZ-008127`],
  ]),
  g(`ICU床旁：12床 吕老伯 呼吸机参数 PC 18/PEEP 8，FiO2 45%，家属吕燕电话 136 0271 5580。`, [
    ['bed', `12`],
    ['name', `吕`],
    ['name', `吕燕`],
    ['phone', `136 0271 5580`],
  ]),
  g(`医生您好，我是2号床林阿婆的外孙女，我叫黄诗琪，外婆现在住在厦门市思明区 鹭江道 8号 之3，能不能安排上门换药？`, [
    ['bed', `2`],
    ['name', `林`],
    ['name', `黄诗琪`],
    ['address', `厦门市思明区 鹭江道 8号 之3`],
  ]),

  // ---------------- Chinese (traditional): Taiwan, Hong Kong ----------------
  g(`病歷號碼：7702315  姓名：簡淑惠  身分證字號：A223158673  出生日期：民國22年3月5日（93歲）`, [
    ['mrn', `7702315`],
    ['name', `簡淑惠`],
    ['id-card', `A223158673`],
    ['date', `民國22年3月5日`],
    ['age', `93`],
  ]),
  g(`住址：臺中市西屯區 臺灣大道三段 99號 12樓之3，電話 (04) 2358-7126。`, [
    ['address', `臺中市西屯區 臺灣大道三段 99號 12樓之3`],
    ['phone', `(04) 2358-7126`],
  ]),
  g(`轉介單：請轉至高雄市三民區聖恩醫院復健科，聯絡人 鄭雅婷 護理師。`, [
    ['address', `高雄市三民區`],
    ['organization', `聖恩醫院`],
    ['name', `鄭雅婷`],
  ]),
  g(`家屬林郁婷用LINE傳訊：「我是阿嬤的孫女，LINE ID: yuting_0316，阿嬤明天會回診。」`, [
    ['name', `林郁婷`],
    ['account', `yuting_0316`],
  ]),
  g(`蕭阿土今早血糖 312 mg/dL，已依醫囑給予 Humalog 6 單位，蕭太太在旁協助進食。`, [
    ['name', `蕭阿土`],
    ['name', `蕭`, 1],
  ]),
  g(`病人：鍾美寶 (CHUNG Mei Po)  香港身份證：K485219(2)  病房：7B  床號：23  入院日期：2026年3月2日`, [
    ['name', `鍾美寶`],
    ['name', `CHUNG Mei Po`],
    ['id-card', `K485219(2)`],
    ['bed', `7B`],
    ['bed', `23`],
    ['date', `3月2日`],
  ]),
  g(`佢住喺觀塘 秀茂坪邨 秀明樓 1512室，由女兒 Winnie 照顧，電話 9134 2876。`, [
    ['address', `觀塘 秀茂坪邨 秀明樓 1512室`],
    ['name', `Winnie`],
    ['phone', `9134 2876`],
  ]),
  g(`院友黎金好（96歲）由慈安護老院（深水埗）送院，醫院編號 HN26041187。`, [
    ['name', `黎金好`],
    ['age', `96`],
    ['organization', `慈安護老院`],
    ['address', `深水埗`],
    ['mrn', `HN26041187`],
  ]),
  g(`陪診者身份證 XA120394(8)，與病人關係：兒子陳卓軒，WhatsApp 6218 4470。`, [
    ['id-card', `XA120394(8)`],
    ['name', `陳卓軒`],
    ['phone', `6218 4470`],
  ]),
  g(`醫囑開立：邱建宏醫師（醫字第031752號）；病人身分證 F128403961，健保卡號 0000 4417 8325。`, [
    ['name', `邱建宏`],
    ['license', `031752`],
    ['id-card', `F128403961`],
    ['other-id', `0000 4417 8325`],
  ]),

  // ---------------- English: identifiers ----------------
  // US
  g(
    `DISCHARGE SUMMARY\nPatient: Dorothy Mae Kowalczyk    DOB: 02/11/1931    Age: 95    MRN: 00482917\nAdmitted: 03/02/2026    Discharged: 03/09/2026\nAttending: Rashid Farouqi, MD    PCP: Dr. Ellen Whitcombe, Mercy Family Practice, Dubuque`,
    [
      ['name', `Dorothy Mae Kowalczyk`],
      ['date', `02/11/1931`],
      ['age', `95`],
      ['mrn', `00482917`],
      ['date', `03/02`],
      ['date', `03/09`],
      ['name', `Rashid Farouqi`],
      ['name', `Ellen Whitcombe`],
      ['organization', `Mercy Family Practice`],
      ['address', `Dubuque`],
    ],
  ),
  g(`Called Marisol back re: her INR of 4.1 — she will hold tonight's warfarin and come to the anticoagulation clinic Thursday.`, [['name', `Marisol`]]),
  g(`Guarantor: Terrence Boateng-Wills, SSN 412-67-3095, Granite Mutual Health member ID W284 1177 903, group 0086214; card on file 4532 0177 4012 8833.`, [
    ['name', `Terrence Boateng-Wills`],
    ['social-security', `412-67-3095`],
    ['organization', `Granite Mutual Health`],
    ['other-id', `W284 1177 903`],
    ['other-id', `0086214`],
    ['bank-card', `4532 0177 4012 8833`],
  ]),
  g(`Lives with her husband at 2214 Old Orchard Rd, Apt 3B, Lancaster, PA 17601; daughter Keisha checks in daily.`, [
    ['address', `2214 Old Orchard Rd, Apt 3B, Lancaster`],
    ['address', `17601`],
    ['name', `Keisha`],
  ]),
  g(`Prescriber: Hannah Okonkwo-Reyes, NP — NPI 1729045637, DEA MO4817269.`, [
    ['name', `Hannah Okonkwo-Reyes`],
    ['license', `1729045637`],
    ['license', `MO4817269`],
  ]),
  g(`Medtronic Azure XT DR pacemaker, serial RNB604218S, implanted 14 Jan 2026 at Treasure Valley Heart Institute, Boise.`, [
    ['device', `RNB604218S`],
    ['date', `14 Jan`],
    ['organization', `Treasure Valley Heart Institute`],
    ['address', `Boise`],
  ]),
  g(`Portal message from ray.delgado58@protonmail.com (IP 73.158.20.44) asking to update the photo on https://portal.sierravistahealth.org/u/rdelgado58.`, [
    ['email', `ray.delgado58@protonmail.com`],
    ['ip', `73.158.20.44`],
    ['url', `https://portal.sierravistahealth.org/u/rdelgado58`],
  ]),
  g(`MVC: restrained driver of a 2019 Ford F-150 (Texas plate KTW-4821, VIN 1FTEW1EP4NKD42871), T-boned on I-35 just south of Waco.`, [
    ['plate', `KTW-4821`],
    ['vehicle', `1FTEW1EP4NKD42871`],
    ['address', `Waco`],
  ]),
  g(`Brandon Tsosie's identity was checked against his Arizona driver license D04728153 before release of records.`, [
    ['name', `Brandon Tsosie`],
    ['license', `D04728153`],
  ]),
  // Canada
  g(`Referral to Dr. Aurélie Tremblay, Kawartha Lakeshore Hospital, Peterborough. OHIP 4716-239-589-KX; SIN 527 190 631.`, [
    ['name', `Aurélie Tremblay`],
    ['organization', `Kawartha Lakeshore Hospital`],
    ['address', `Peterborough`],
    ['other-id', `4716-239-589-KX`],
    ['social-security', `527 190 631`],
  ]),
  g(`Ahmed and his brother Yusuf drove in from Dearborn for the 9 am slot; interpreter not needed.`, [
    ['name', `Ahmed`],
    ['name', `Yusuf`],
    ['address', `Dearborn`],
  ]),
  // UK
  g(
    `Dear Dr Pemberton,\nRe: Gwendolyn Ashworth, DOB 17/06/1929, NHS No. 485 777 3457, Hosp No. RX0742281\n12 Larkspur Close, Harrogate HG2 8QT\nThank you for seeing this 96-year-old lady with recurrent falls.`,
    [
      ['name', `Pemberton`],
      ['name', `Gwendolyn Ashworth`],
      ['date', `17/06/1929`],
      ['mrn', `485 777 3457`],
      ['mrn', `RX0742281`],
      ['address', `12 Larkspur Close, Harrogate`],
      ['address', `HG2 8QT`],
      ['age', `96`],
    ],
  ),
  g(`Moved from Ward 23 to Ward 7, Bay 4, bed 6 overnight; Nkechi on nights is aware and has updated the board.`, [
    ['bed', `23`],
    ['bed', `7`],
    ['bed', `4`],
    ['bed', `6`],
    ['name', `Nkechi`],
  ]),
  g(`Seen by Dr Oluwaseun Adeyemi (GMC 7048316), geriatrics registrar, at Wyre Valley General Hospital, Lancaster.`, [
    ['name', `Oluwaseun Adeyemi`],
    ['license', `7048316`],
    ['organization', `Wyre Valley General Hospital`],
    ['address', `Lancaster`],
  ]),
  g(`9434765919 – Ifor Prydderch, 93, from Llandeilo, brought in by ambulance with hypothermia after a night on the kitchen floor.`, [
    ['mrn', `9434765919`],
    ['name', `Ifor Prydderch`],
    ['age', `93`],
    ['address', `Llandeilo`],
  ]),
  g(`Discharged back to Meadowbank Lodge care home; key worker Shona to collect the blister packs from Gilmour's Pharmacy, Paisley.`, [
    ['organization', `Meadowbank Lodge`],
    ['name', `Shona`],
    ['organization', `Gilmour's Pharmacy`],
    ['address', `Paisley`],
  ]),
  g(`Administered by Staff Nurse Priya Raghunathan (NMC PIN 09I4572E, staff no. 118762) at 22:00.`, [
    ['name', `Priya Raghunathan`],
    ['license', `09I4572E`],
    ['other-id', `118762`],
  ]),
  g(`WhatsApp from Bev (daughter): "Mum's been ever so confused since Tuesday, can someone ring me on 07700 914382?"`, [
    ['name', `Bev`],
    ['phone', `07700 914382`],
  ]),
  // Ireland
  g(`Patient: Siobhán Ní Bhriain, 91 yrs, Eircode H91 X2R7; GP Dr Cathal Mac Giolla Phádraig, Oughterard.`, [
    ['name', `Siobhán Ní Bhriain`],
    ['age', `91`],
    ['address', `H91 X2R7`],
    ['name', `Cathal Mac Giolla Phádraig`],
    ['address', `Oughterard`],
  ]),
  g(
    `Transferred from St Bríd's Community Hospital, Ballinasloe to our Acute Medical Unit on 4 February with a CURB-65 of 3; Niamh from bed management arranged it.`,
    [
      ['organization', `St Bríd's Community Hospital`],
      ['address', `Ballinasloe`],
      ['date', `4 February`],
      ['name', `Niamh`],
    ],
  ),
  // Australia
  g(`Beryl Hutchins — Medicare card 2950 47160 1, URN 0917734 — lives alone in Toowoomba since her husband passed.`, [
    ['name', `Beryl Hutchins`],
    ['other-id', `2950 47160 1`],
    ['mrn', `0917734`],
    ['address', `Toowoomba`],
  ]),
  g(`Discharge summary authored by Dr Mitchell Nguyen (AHPRA MED0001874523), Ward 5B, Top End Regional Hospital, Darwin.`, [
    ['name', `Mitchell Nguyen`],
    ['license', `MED0001874523`],
    ['bed', `5B`],
    ['organization', `Top End Regional Hospital`],
    ['address', `Darwin`],
  ]),
  g(`Home: Unit 4/27 Banksia Street, Mount Gravatt QLD 4122. NOK: Craig (son) 0412 558 903.`, [
    ['address', `Unit 4/27 Banksia Street, Mount Gravatt`],
    ['address', `4122`],
    ['name', `Craig`],
    ['phone', `0412 558 903`],
  ]),
  g(`RN handover — Mavis (Rm 14) at Wattle Grove Aged Care refused her 0800 meds again; family notified.`, [
    ['name', `Mavis`],
    ['bed', `14`],
    ['organization', `Wattle Grove Aged Care`],
  ]),
  // New Zealand
  g(`NHI ZKP4412, Hemi Te Rangi, 94, from Ōpōtiki, admitted under General Medicine at Eastern Bay Hospital, Whakatāne.`, [
    ['mrn', `ZKP4412`],
    ['name', `Hemi Te Rangi`],
    ['age', `94`],
    ['address', `Ōpōtiki`],
    ['organization', `Eastern Bay Hospital`],
    ['address', `Whakatāne`],
  ]),
  // India
  g(`UHID: KMC/2026/018834  Name: Lakshmi Narayanan Iyer  Age/Sex: 92/F  Aadhaar: 4827 1960 3517  Passport: Z4821937  Ward: Geriatric Medicine, Bed G-14`, [
    ['mrn', `KMC/2026/018834`],
    ['name', `Lakshmi Narayanan Iyer`],
    ['age', `92`],
    ['id-card', `4827 1960 3517`],
    ['passport', `Z4821937`],
    ['bed', `G-14`],
  ]),
  g(`Ramesh's son Kunal called from Surat asking to shift him to Shreeji Multispeciality Hospital, Vadodara.`, [
    ['name', `Ramesh`],
    ['name', `Kunal`],
    ['address', `Surat`],
    ['organization', `Shreeji Multispeciality Hospital`],
    ['address', `Vadodara`],
  ]),
  g(`Cashless claim: Suraksha General Insurance, policy SGI/HL/2026/004512; PAN ABCPK4821L; reimbursement to savings account 50100248813726.`, [
    ['organization', `Suraksha General Insurance`],
    ['other-id', `SGI/HL/2026/004512`],
    ['other-id', `ABCPK4821L`],
    ['account', `50100248813726`],
  ]),
  g(`Opinion given by Dr. Ananya Deshpande (MMC Reg. No. 2011/08/2743) on 7-5-2026 at Pune.`, [
    ['name', `Ananya Deshpande`],
    ['license', `2011/08/2743`],
    ['date', `7-5`],
    ['address', `Pune`],
  ]),
  // Singapore
  g(`Patient: Tan Ah Kow, NRIC S0517462G, 95 years old, lives at Blk 210 Toa Payoh Lorong 8, #11-342, Singapore 310210.`, [
    ['name', `Tan Ah Kow`],
    ['id-card', `S0517462G`],
    ['age', `95`],
    ['address', `Blk 210 Toa Payoh Lorong 8, #11-342`],
    ['address', `310210`],
  ]),
  g(`Reviewed by Dr Wong Kai Xiang (MCR M71234Z) on the ward round, Ward 56 Bed 12.`, [
    ['name', `Wong Kai Xiang`],
    ['license', `M71234Z`],
    ['bed', `56`],
    ['bed', `12`, 1],
  ]),
  g(`Hi Sister Fatimah, this is Mdm Lim's daughter Joanne, pls WhatsApp me at +65 9123 4867 when her bed 32 is ready. Thx!`, [
    ['name', `Fatimah`],
    ['name', `Lim`],
    ['name', `Joanne`],
    ['phone', `+65 9123 4867`],
    ['bed', `32`],
  ]),
  // Malaysia
  g(`IC No: 580611-14-5127. Name: Rosnah binti Abdullah. Address: No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.`, [
    ['id-card', `580611-14-5127`],
    ['name', `Rosnah binti Abdullah`],
    ['address', `No. 12, Jalan Mawar 3, Taman Sri Muda`],
    ['address', `40400`],
    ['address', `Shah Alam`],
  ]),
  g(`Works as a lorry driver for Syarikat Pengangkutan Maju Jaya Sdn Bhd in Klang; referred from Klinik Kesihatan Bandar Botanik.`, [
    ['organization', `Syarikat Pengangkutan Maju Jaya Sdn Bhd`],
    ['address', `Klang`],
    ['organization', `Klinik Kesihatan Bandar Botanik`],
  ]),
  // Philippines
  g(`PhilHealth No. 12-050892173-4; Patient: Ma. Corazon Dela Cruz-Santos, 90 y/o, Brgy. San Isidro, Antipolo City, Rizal.`, [
    ['other-id', `12-050892173-4`],
    ['name', `Ma. Corazon Dela Cruz-Santos`],
    ['age', `90`],
    ['address', `Brgy. San Isidro, Antipolo City`],
  ]),
  g(`Jhun-jhun's family was reached via Facebook Messenger (facebook.com/jhunjhun.bautista.92) and Viber 0917 842 6631.`, [
    ['name', `Jhun-jhun`],
    ['url', `facebook.com/jhunjhun.bautista.92`],
    ['phone', `0917 842 6631`],
  ]),
  g(`Attending: Dr. Rogelio Manalastas, PRC Lic. No. 0098213, PTR No. 4471209, Quezon City.`, [
    ['name', `Rogelio Manalastas`],
    ['license', `0098213`],
    ['other-id', `4471209`],
    ['address', `Quezon City`],
  ]),
  // Nigeria
  g(`Name: Chukwuemeka Obi   Hosp. No.: FMCA/2026/04417   NIN: 48213960751   NHIA No.: NHIA-LAG-0098812`, [
    ['name', `Chukwuemeka Obi`],
    ['mrn', `FMCA/2026/04417`],
    ['id-card', `48213960751`],
    ['other-id', `NHIA-LAG-0098812`],
  ]),
  g(`Adaeze brought her grandmother in from Nsukka; the old woman is said to be 97 and has never attended a clinic.`, [
    ['name', `Adaeze`],
    ['address', `Nsukka`],
    ['age', `97`],
  ]),
  g(`Deposit of ₦150,000 paid by the son, Tunde Bakare, by transfer from account 0123847759.`, [
    ['name', `Tunde Bakare`],
    ['account', `0123847759`],
  ]),
  // Kenya
  g(`Patient: Wanjiru Kamau, ID No. 27841936, SHA No. SHA-0048812736, from Githunguri, Kiambu County.`, [
    ['name', `Wanjiru Kamau`],
    ['id-card', `27841936`],
    ['other-id', `SHA-0048812736`],
    ['address', `Githunguri`],
  ]),
  g(`Referred by Dr. Achieng Odhiambo (KMPDC A9821) from St. Monica Mission Hospital, Kisii, with obstructed labour.`, [
    ['name', `Achieng Odhiambo`],
    ['license', `A9821`],
    ['organization', `St. Monica Mission Hospital`],
    ['address', `Kisii`],
  ]),
  // South Africa
  g(`ID number 3101285960087 (Mr Johannes van der Merwe, 95), resident at Huis Silwerjare, Stellenbosch.`, [
    ['id-card', `3101285960087`],
    ['name', `Johannes van der Merwe`],
    ['age', `95`],
    ['organization', `Huis Silwerjare`],
    ['address', `Stellenbosch`],
  ]),
  g(`Folder no. 2290456 — seen by Dr Pieter Botha (HPCSA MP0712384) at Tygervallei Provincial Hospital, Bellville; Sister Nomvula Dlamini to follow up.`, [
    ['mrn', `2290456`],
    ['name', `Pieter Botha`],
    ['license', `MP0712384`],
    ['organization', `Tygervallei Provincial Hospital`],
    ['address', `Bellville`],
    ['name', `Nomvula Dlamini`],
  ]),
  // Ghana
  g(`Ghana Card GHA-718204536-3, NHIS No. 09813447 — Kofi Mensah-Bonsu, reviewed at Ridge Hills Polyclinic, Accra.`, [
    ['id-card', `GHA-718204536-3`],
    ['other-id', `09813447`],
    ['name', `Kofi Mensah-Bonsu`],
    ['organization', `Ridge Hills Polyclinic`],
    ['address', `Accra`],
  ]),
  g(`Ama and Yaw Asante (twins) discharged home to Kumasi on 11 May with mum Efua.`, [
    ['name', `Ama`],
    ['name', `Yaw Asante`],
    ['address', `Kumasi`],
    ['date', `11 May`],
    ['name', `Efua`],
  ]),
  // mixed shapes
  g(`EXAM: CT HEAD WO CONTRAST   ACC#: 88201347   PT: HARGROVE, EULALIA   DOB: 1934-08-22 (91Y)   REF: DR. S. PATEL   LOCATION: ED BED 14`, [
    ['other-id', `88201347`],
    ['name', `HARGROVE, EULALIA`],
    ['date', `1934-08-22`],
    ['age', `91`],
    ['name', `S. PATEL`],
    ['bed', `14`],
  ]),
  g(`Travelling on US passport 563918274 with her spouse Marguerite; travel insurer Atlas Assist has been notified.`, [
    ['passport', `563918274`],
    ['name', `Marguerite`],
    ['organization', `Atlas Assist`],
  ]),
  g(`Gloria in 12 is NPO after midnight; Mr. Halvorsen in 14 pulled his PIV again.`, [
    ['name', `Gloria`],
    ['bed', `12`],
    ['name', `Halvorsen`],
    ['bed', `14`],
  ]),
  g(`I, Precious Nkosi, hereby consent to a Caesarean section and blood transfusion if required. Witness: Lindiwe Mthembu. Date: 2 March 2026.`, [
    ['name', `Precious Nkosi`],
    ['name', `Lindiwe Mthembu`],
    ['date', `2 March`],
  ]),
  g(`Specimen ID: 26-HAE-004471   Collected: 12/04/2026 07:15   Patient: Mohd Faizal bin Rahman   Ward 9A Bed 22   Hospital Lembah Perak`, [
    ['other-id', `26-HAE-004471`],
    ['date', `12/04`],
    ['name', `Mohd Faizal bin Rahman`],
    ['bed', `9A`],
    ['bed', `22`],
    ['organization', `Hospital Lembah Perak`],
  ]),
  g(`Please contact me on Telegram @drkavitha_kl for the MRI slot — Kavitha, radiology liaison.`, [
    ['account', `drkavitha_kl`],
    ['name', `Kavitha`],
  ]),
  g(`Edna Sørensen is a 100-year-old woman from Gimli, Manitoba, brought in by her grandson Lars in his pickup (Manitoba plate HKB 492).`, [
    ['name', `Edna Sørensen`],
    ['age', `100`],
    ['address', `Gimli`],
    ['name', `Lars`],
    ['plate', `HKB 492`],
  ]),
  g(`Kind regards,\nFiona McTavish\nClinical Nurse Specialist, Tissue Viability\nfiona.mctavish2@nhs.net | 0131 496 0872`, [
    ['name', `Fiona McTavish`],
    ['email', `fiona.mctavish2@nhs.net`],
    ['phone', `0131 496 0872`],
  ]),
  g(`He works the night shift at Riverside Poultry Processing in Siler City and is insured through Blue Ridge Mutual (SSN 231-58-7740 on the claim form).`, [
    ['organization', `Riverside Poultry Processing`],
    ['address', `Siler City`],
    ['organization', `Blue Ridge Mutual`],
    ['social-security', `231-58-7740`],
  ]),

  // ---------------- identifier-free clinical items (Chinese) ----------------
  g(`诊断：1.桥本甲状腺炎 2.甲状腺功能减退症（ICD-10 E06.3），予优甲乐 50 μg qd 口服，6周后复查 TSH、FT4。`),
  g(`川崎病（ICD-10 M30.3）患儿，予丙种球蛋白 2 g/kg 单次静滴联合阿司匹林 30-50 mg/kg/d，复查超声心动图未见冠状动脉瘤。`),
  g(`帕金森病 Hoehn-Yahr 3期，现服多巴丝肼（美多芭）125 mg tid、普拉克索 0.25 mg tid，UPDRS-III 评分 32 分。`),
  g(`Graves病伴甲亢性心脏病，FT3 18.6 pmol/L，FT4 54.2 pmol/L，TRAb 12.4 IU/L，予甲巯咪唑（赛治）10 mg bid、普萘洛尔 10 mg tid。`),
  g(`库欣综合征筛查：午夜血皮质醇 412 nmol/L，1 mg 地塞米松抑制试验后皮质醇 186 nmol/L，ACTH 3.2 pmol/L，提示ACTH非依赖性。`),
  g(`唐氏综合征（21三体综合征，ICD-11 LD40.0）合并房室间隔缺损，NT-proBNP 1860 pg/mL，拟行Rastelli分型评估。`),
  g(`急性缺血性脑卒中，NIHSS 12分，GCS 13分（E3V4M6），发病3.5小时内予阿替普酶 0.9 mg/kg 静脉溶栓，参照《中国急性缺血性脑卒中诊治指南2023》。`),
  g(`房颤患者 CHA2DS2-VASc 评分 4 分、HAS-BLED 2 分，改用利伐沙班（拜瑞妥）20 mg qd，肌酐清除率 68 mL/min。`),
  g(`2型糖尿病（ICD-10 E11.9），HbA1c 8.7%，空腹血糖 9.8 mmol/L，加用司美格鲁肽（诺和泰）0.25 mg 每周一次，二甲双胍（格华止）0.5 g tid 继续。`),
  g(`克罗恩病（蒙特利尔分型 A2L3B1），CDAI 265，予英夫利西单抗（类克）5 mg/kg 第0、2、6周诱导，同时排查结核（T-SPOT 阴性）。`),
  g(`肝硬化 Child-Pugh B级（8分），MELD 14分，白蛋白 28 g/L，总胆红素 46 μmol/L，INR 1.6，予螺内酯 40 mg + 呋塞米 20 mg qd。`),
  g(`阿尔茨海默病，MMSE 18分，MoCA 14分，予多奈哌齐（安理申）5 mg qn，美金刚 10 mg bid，排除路易体痴呆与Wernicke脑病。`),
  g(`吉兰-巴雷综合征，脑脊液蛋白 1.86 g/L，细胞数 3×10^6/L，呈蛋白-细胞分离，予IVIG 0.4 g/(kg·d)×5天，Hughes功能分级 4级。`),
  g(`SNOMED CT 44054006（2型糖尿病）；ICD-11 5A11；依据《中国2型糖尿病防治指南（2020年版）》，LDL-C 目标 < 1.8 mmol/L，阿托伐他汀（立普妥）20 mg qn。`),
  g(`系统性红斑狼疮合并干燥综合征、雷诺现象，抗dsDNA 286 IU/mL，补体C3 0.52 g/L，SLEDAI-2K 10分，予羟氯喹（纷乐）0.2 g bid、泼尼松 30 mg qd。`),

  // ---------------- identifier-free clinical items (English) ----------------
  g(
    `Graves' disease with ophthalmopathy (ICD-10 E05.00); TSH <0.01 mIU/L, free T4 48 pmol/L; started carbimazole 40 mg daily and propranolol 40 mg tds per the 2016 ATA guidelines.`,
  ),
  g(`Hashimoto's thyroiditis, anti-TPO 612 IU/mL; levothyroxine (Synthroid) 75 mcg once daily, recheck TSH in 6 weeks.`),
  g(`Known Parkinson's disease on co-careldopa (Sinemet) 25/100 three times daily and rasagiline 1 mg; Hoehn and Yahr stage 2.5, MDS-UPDRS part III 28.`),
  g(
    `Cushing's syndrome screen: late-night salivary cortisol 14.2 nmol/L, 24-h urinary free cortisol 412 nmol/24 h; Cushing's triad absent (BP 128/76, HR 84).`,
  ),
  g(`Down syndrome (trisomy 21, SNOMED CT 41040004) with atlantoaxial instability; flexion-extension views show ADI 5 mm.`),
  g(`NIHSS 17 on arrival, Glasgow Coma Scale 11 (E3 V3 M5); CT ASPECTS 8; tenecteplase 0.25 mg/kg given per the 2019 AHA/ASA guidelines.`),
  g(`AF with CHA2DS2-VASc 5 and HAS-BLED 3; switched from warfarin to apixaban (Eliquis) 5 mg BD; CrCl 54 mL/min.`),
  g(`Type 2 diabetes (ICD-11 5A11), HbA1c 64 mmol/mol (8.0%); add semaglutide (Ozempic) 0.25 mg weekly, continue metformin 1 g BD; eGFR 58 mL/min/1.73m².`),
  g(`Kawasaki disease, day 6 of fever; IVIG 2 g/kg and aspirin 80 mg/kg/day; echo: LAD Z-score +2.1.`),
  g(`Addison's disease on hydrocortisone 10/5/5 mg and fludrocortisone 100 micrograms; sick-day rules reviewed; Na 131 mmol/L, K 5.4 mmol/L.`),
  g(`Crohn's disease (Montreal A2 L3 B2), Harvey-Bradshaw index 9, faecal calprotectin 880 µg/g; started adalimumab (Humira) 160 mg then 80 mg at week 2.`),
  g(`Wells score 6 (PE likely), D-dimer 2.4 mg/L FEU; CTPA confirmed segmental PE; enoxaparin (Clexane) 1.5 mg/kg daily; PESI class II.`),
  g(`CURB-65 score 3; co-amoxiclav (Augmentin) 1.2 g IV TDS plus clarithromycin 500 mg BD as per BTS 2009 guidance; CRP 214 mg/L, WCC 18.3 × 10^9/L.`),
  g(`Hodgkin lymphoma stage IIB (Ann Arbor), treated with ABVD x 6; Deauville score 2 on interim PET; pembrolizumab (Keytruda) reserved for relapse.`),
  g(`Bell's palsy, House-Brackmann grade IV; prednisolone 60 mg for 5 days then taper; Guillain-Barré syndrome and Lyme serology excluded. SNOMED 193093009.`),
];
