import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Sixteenth gold set: an outside held-out set (set 44), written blind by an outside evaluator who read neither the
 * detectors, the deidentifier, the de-identification README, the dev-set specs nor any earlier gold set's items (only
 * v15's header comment and file format, v15's spec and the scoring utility). Chinese items first (simplified, then
 * traditional: Taiwan, Hong Kong), then English ones (US, UK, Australia, New Zealand, India, Singapore, Malaysia,
 * Philippines, South Africa, Canada), then identifier-free clinical items in both languages dense with eponyms, drugs
 * and brands, doses, lab values with units, ICD-10 / ICD-11 / SNOMED codes, guideline names with years and scores.
 * All identifiers are fictional; check digits (GB 11643, Luhn, NHS mod 11, Medicare, NRIC, Taiwan and Hong Kong ID,
 * Verhoeff, SA ID, SIN) are made valid so that they look like the real thing. Scored blind once on the code of 2026-12-06
 * (commit 9686b49); the numbers are in the spec. Annotation conventions are v14's / v15's (set 40 / 43):
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
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, ...(occurrence !== undefined ? { occurrence } : {}) })) };
}

export const DEID_GOLD_SET_V16: readonly GoldSentence[] = [
  // ---------------- Chinese (simplified) and mixed: identifiers ----------------
  g(`入院记录  姓名：欧阳秋菊  性别：女  年龄：96岁  住院号：2026-0041873  入院日期：2026-03-14  病史陈述者：女儿`, [
    ['name', `欧阳秋菊`],
    ['age', `96`],
    ['mrn', `2026-0041873`],
    ['date', `03-14`],
  ]),
  g(`韦春燕今日上午10时转入我科，主诉腹痛2天，既往胆囊结石。`, [['name', `韦春燕`]]),
  g(`家属：丈夫 覃志刚、儿子 覃海波、儿媳 莫小玲，均要求保守治疗并已签字。`, [
    ['name', `覃志刚`],
    ['name', `覃海波`],
    ['name', `莫小玲`],
  ]),
  g(`身份证号 440304 19350817 0623，出生日期1935年8月17日，现年91岁，户籍地址深圳市福田区华强北街道振兴路7号振华大厦B座1206。`, [
    ['id-card', `440304 19350817 0623`],
    ['date', `1935年8月17日`],
    ['age', `91`],
    ['address', `深圳市福田区华强北街道振兴路7号振华大厦B座1206`],
  ]),
  g(`【ICU交班群】明天8床那个老爷子转回呼吸科，家属电话 186-0217-3345，让小覃提前联系。`, [
    ['bed', `8`],
    ['phone', `186-0217-3345`],
    ['name', `覃`],
  ]),
  g(`术者：钱国栋；一助：缪静；麻醉：单文博；器械护士：鲍丽。手术时间 2026年5月9日 8:30-11:45。`, [
    ['name', `钱国栋`],
    ['name', `缪静`],
    ['name', `单文博`],
    ['name', `鲍丽`],
    ['date', `5月9日`],
  ]),
  g(`患者现住南京市鼓楼区湖南路街道马台街68号3幢2单元501室，邮编210009。`, [
    ['address', `南京市鼓楼区湖南路街道马台街68号3幢2单元501室`],
    ['address', `210009`],
  ]),
  g(`请把今天的化验单发我邮箱 liuyuting_icu@163.com，或者加我微信号 lyt-0528，谢谢！刘雨婷`, [
    ['email', `liuyuting_icu@163.com`],
    ['account', `lyt-0528`],
    ['name', `刘雨婷`],
  ]),
  g(`退费请汇入患者本人工商银行卡 6222 0210 0311 2458 768，户名：冉德明。`, [
    ['bank-card', `6222 0210 0311 2458 768`],
    ['name', `冉德明`],
  ]),
  g(`病案号 BA0098231 / 门诊号 MZ26031457，医保卡号 1101 0819 2811，北京大学第三医院。`, [
    ['mrn', `BA0098231`],
    ['mrn', `MZ26031457`],
    ['other-id', `1101 0819 2811`],
    ['organization', `北京大学第三医院`],
  ]),
  g(`老祁今天精神好多了，能自己下床走到护士站。`, [['name', `祁`]]),
  g(`会诊意见（神经内科 卜一鸣 副主任医师，工号 N20417）：考虑后循环缺血，建议完善头颅MRA。`, [
    ['name', `卜一鸣`],
    ['other-id', `N20417`],
  ]),
  g(`转诊单：转出医院 上海市第六人民医院，转入医院 复旦大学附属华山医院神经外科，联系人 商丽华 021-5288 9999 转 6201。`, [
    ['organization', `上海市第六人民医院`],
    ['organization', `复旦大学附属华山医院`],
    ['name', `商丽华`],
    ['phone', `021-5288 9999 转 6201`],
  ]),
  g(`患者之子 柏林 电话13701398862，患者之女 柏雪 电话15921776630。`, [
    ['name', `柏林`],
    ['phone', `13701398862`],
    ['name', `柏雪`],
    ['phone', `15921776630`],
  ]),
  g(`出生日期：1928年11月3日（98岁），身份证 110108192811031523，既往体健。`, [
    ['date', `1928年11月3日`],
    ['age', `98`],
    ['id-card', `110108192811031523`],
  ]),
  g(`成都市武侯区玉林南路12号附3号 邓秀兰 收（急诊检验报告复印件）`, [
    ['address', `成都市武侯区玉林南路12号附3号`],
    ['name', `邓秀兰`],
  ]),
  g(`住院号:0716552  床号:ICU-3  姓名:晏红梅  科室:重症医学科  主治:郜建新`, [
    ['mrn', `0716552`],
    ['bed', `ICU-3`],
    ['name', `晏红梅`],
    ['name', `郜建新`],
  ]),
  g(`检验号 L260412-0387，标本类型：血清，采集时间 4月12日 07:15，送检医生 夏侯敏。`, [
    ['other-id', `L260412-0387`],
    ['date', `4月12日`],
    ['name', `夏侯敏`],
  ]),
  g(`车牌号沪A·7K52M的私家车于今日14:20将患者送至急诊，驾驶员自述为患者邻居。`, [['plate', `沪A·7K52M`]]),
  g(`医师执业证书编码：110440300012873，医师签名：龚振华，2026年6月2日。`, [
    ['license', `110440300012873`],
    ['name', `龚振华`],
    ['date', `6月2日`],
  ]),
  g(`养老院：杭州市西湖区金色年华颐养中心，联系人冯院长，0571 8899 2301。`, [
    ['address', `杭州市西湖区`],
    ['organization', `金色年华颐养中心`],
    ['name', `冯`],
    ['phone', `0571 8899 2301`],
  ]),
  g(`监护仪序列号 SN: MX40-2217-0098 报警记录已导出，IP 10.18.6.142。`, [
    ['device', `MX40-2217-0098`],
    ['ip', `10.18.6.142`],
  ]),
  g(`随访请登录 https://fy.zsrmyy.cn/p/ZY88217 查看报告，验证码发至本人手机 13512762276。`, [
    ['url', `https://fy.zsrmyy.cn/p/ZY88217`],
    ['phone', `13512762276`],
  ]),
  g(`陪护：孙女 么晓萌（外地），侄子 仇立新；主要照护人 保姆 阿芳。`, [
    ['name', `么晓萌`],
    ['name', `仇立新`],
    ['name', `芳`],
  ]),
  g(`患者于2026年1月28日在武汉市江岸区胜利街165号家中摔倒，身份证号420106 19340415 0415。`, [
    ['date', `1月28日`],
    ['address', `武汉市江岸区胜利街165号`],
    ['id-card', `420106 19340415 0415`],
  ]),
  g(`包美玲、常红、言子墨三位同学明天跟急诊夜班。`, [
    ['name', `包美玲`],
    ['name', `常红`],
    ['name', `言子墨`],
  ]),
  g(`尊敬的贝先生：您于3月20日在我院所做的胃镜检查报告已出，请凭就诊卡 0028 7611 4053 到二楼取报告。`, [
    ['name', `贝`],
    ['date', `3月20日`],
    ['mrn', `0028 7611 4053`],
  ]),
  g(`患者，男，101岁，由福利院工作人员陪同来诊，福利院：天津市河西区第二社会福利院。`, [
    ['age', `101`],
    ['address', `天津市河西区`],
    ['organization', `第二社会福利院`],
  ]),
  g(`付款银行卡：6217 0028 6000 4213 376（建设银行），持卡人 伍建军，预留手机 177 0123 4568。`, [
    ['bank-card', `6217 0028 6000 4213 376`],
    ['name', `伍建军`],
    ['phone', `177 0123 4568`],
  ]),
  g(`护理交班：15床 鲁桂芝 术后第2天，引流液50ml淡血性；16床 岳山 今晨体温38.6℃，已报告值班医生时亮。`, [
    ['bed', `15`],
    ['name', `鲁桂芝`],
    ['bed', `16`],
    ['name', `岳山`],
    ['name', `时亮`],
  ]),
  g(`QQ：28837164，邮箱 hzchen@zju.edu.cn，浙江大学医学院附属第二医院 陈洪舟。`, [
    ['account', `28837164`],
    ['email', `hzchen@zju.edu.cn`],
    ['organization', `浙江大学医学院附属第二医院`],
    ['name', `陈洪舟`],
  ]),
  g(`患者住广州市越秀区东风东路华侨新村友爱路3巷5号之二，联系电话（020）8761 2290。`, [
    ['address', `广州市越秀区东风东路华侨新村友爱路3巷5号之二`],
    ['phone', `（020）8761 2290`],
  ]),
  g(`姓名,性别,年龄,住院号,入院日期\n景淑珍,女,93,ZY0088127,2026/02/17\n查国强,男,67,ZY0088133,2026/02/18`, [
    ['name', `景淑珍`],
    ['age', `93`],
    ['mrn', `ZY0088127`],
    ['date', `02/17`],
    ['name', `查国强`],
    ['mrn', `ZY0088133`],
    ['date', `02/18`],
  ]),
  g(`护士长 牛丽娜：今晚8病区 23床、24床需要单间隔离（CRE阳性），请和院感科程晓东联系。`, [
    ['name', `牛丽娜`],
    ['bed', `23`],
    ['bed', `24`],
    ['name', `程晓东`],
  ]),
  g(`居民身份证：35020319720615201X？核对后应为350203197206152010，请更正。`, [
    ['id-card', `35020319720615201X`],
    ['id-card', `350203197206152010`],
  ]),
  g(`钟阿婆今日拒绝进食，家属钟永福表示下午过来。`, [
    ['name', `钟`],
    ['name', `钟永福`],
  ]),
  g(`新农合/城乡居民医保号：630104196501010078-01，参保地西宁市城东区。`, [
    ['other-id', `630104196501010078-01`],
    ['address', `西宁市城东区`],
  ]),
  g(`微信聊天记录：【符海燕】12床家属又来问出院的事了\n【宁波】你跟她说等周一查房\n【符海燕】好的👌`, [
    ['name', `符海燕`],
    ['bed', `12`],
    ['name', `宁波`],
    ['name', `符海燕`, 1],
  ]),
  g(`病理号 P2026-11873，送检日期 2026.04.03，报告医师 蓝天、冷雪梅。`, [
    ['other-id', `P2026-11873`],
    ['date', `04.03`],
    ['name', `蓝天`],
    ['name', `冷雪梅`],
  ]),
  g(`家庭住址：重庆市渝中区解放碑民族路188号环球金融中心45楼4503，另在北碚区有住所。`, [
    ['address', `重庆市渝中区解放碑民族路188号环球金融中心45楼4503`],
    ['address', `北碚区`],
  ]),
  g(`患者丈夫 郑凯文（Kevin Zheng），加拿大籍，护照号 HK7723109，手机 +1 604-555-0187。`, [
    ['name', `郑凯文`],
    ['name', `Kevin Zheng`],
    ['passport', `HK7723109`],
    ['phone', `+1 604-555-0187`],
  ]),
  g(`记录者：实习医生 司马云飞 / 审核：上级医师 万里。`, [
    ['name', `司马云飞`],
    ['name', `万里`],
  ]),
  g(`外院：郑州大学第一附属医院 4月2日 CT示右肺上叶结节8mm，门诊号 0012238761。`, [
    ['organization', `郑州大学第一附属医院`],
    ['date', `4月2日`],
    ['mrn', `0012238761`],
  ]),
  g(`救护车 鲁B·W0937 于凌晨3:10到达，随车医生 解晓宁。`, [
    ['plate', `鲁B·W0937`],
    ['name', `解晓宁`],
  ]),
  g(`患者女儿 丁一 说，老人平时住在儿子丁二家（西安市雁塔区小寨东路1号院7栋）。`, [
    ['name', `丁一`],
    ['name', `丁二`],
    ['address', `西安市雁塔区小寨东路1号院7栋`],
  ]),
  g(`知情同意书 患者（签名）：庞桂英  委托代理人：庞军  与患者关系：子  日期：2026年7月1日  谈话医师：石磊`, [
    ['name', `庞桂英`],
    ['name', `庞军`],
    ['date', `7月1日`],
    ['name', `石磊`],
  ]),
  g(`患者为济南市历下区燕山小学退休教师，身份证 370202 1993 0708 5538 为其孙子所有，已核对不符。`, [
    ['address', `济南市历下区`],
    ['organization', `燕山小学`],
    ['id-card', `370202 1993 0708 5538`],
  ]),
  g(`小卢，明天的 PICC 换药帮我顶一下，我请假了。——佳佳`, [
    ['name', `卢`],
    ['name', `佳佳`],
  ]),
  g(`门诊病历：汪淑华，女，89岁，初诊日期 2026-08-21，主诉双膝关节疼痛10年。`, [
    ['name', `汪淑华`],
    ['date', `08-21`],
  ]),
  g(`抄送：医务处 邬主任；质控科 胡晓玲（分机 8832）。`, [
    ['name', `邬`],
    ['name', `胡晓玲`],
    ['phone', `8832`],
  ]),
  // ---------------- Chinese (traditional): Taiwan, Hong Kong ----------------
  g(`病歷號碼：0028813，姓名：林秀琴，身分證字號 A225318042，住址：臺北市大安區和平東路二段106巷7弄3號4樓。`, [
    ['mrn', `0028813`],
    ['name', `林秀琴`],
    ['id-card', `A225318042`],
    ['address', `臺北市大安區和平東路二段106巷7弄3號4樓`],
  ]),
  g(`家屬 黃志明（兒子）手機 0912-345-678；健保卡號 0000 1234 5578。`, [
    ['name', `黃志明`],
    ['phone', `0912-345-678`],
    ['other-id', `0000 1234 5578`],
  ]),
  g(`國立臺灣大學醫學院附設醫院 急診部 主治醫師 蔡宗翰 醫字第 031288 號。`, [
    ['organization', `國立臺灣大學醫學院附設醫院`],
    ['name', `蔡宗翰`],
    ['license', `031288`],
  ]),
  g(`阿嬤今年九十二歲，出生於民國23年3月5日，住在高雄市苓雅區三多三路218號之1。`, [
    ['age', `九十二`],
    ['date', `民國23年3月5日`],
    ['address', `高雄市苓雅區三多三路218號之1`],
  ]),
  g(`LINE：@jenny.hsu0412 許珍妮護理師，負責9A病房 902-2床。`, [
    ['account', `@jenny.hsu0412`],
    ['name', `許珍妮`],
    ['bed', `902-2`],
  ]),
  g(`香港身份證號碼 K385127(3)，地址：九龍旺角彌敦道688號旺角中心一期12樓C室。`, [
    ['id-card', `K385127(3)`],
    ['address', `九龍旺角彌敦道688號旺角中心一期12樓C室`],
  ]),
  g(`陳太（陳梁美玲）今日由女兒 Winnie 陪同覆診，聯絡電話 9123 4567。`, [
    ['name', `陳`],
    ['name', `陳梁美玲`],
    ['name', `Winnie`],
    ['phone', `9123 4567`],
  ]),
  g(`伊利沙伯醫院 急症科 住院編號 HN26004417，轉往 瑪麗醫院 心胸外科。`, [
    ['organization', `伊利沙伯醫院`],
    ['mrn', `HN26004417`],
    ['organization', `瑪麗醫院`],
  ]),
  g(`WhatsApp 訊息：Dr 鄺，3號床個伯伯 SpO2 跌到88%，你幾時到？—— 阿 May`, [
    ['name', `鄺`],
    ['bed', `3`],
    ['name', `May`],
  ]),
  g(`身分證 F120483761 之病患 王建成，於 4/18 轉至 臺中榮民總醫院。`, [
    ['id-card', `F120483761`],
    ['name', `王建成`],
    ['date', `4/18`],
    ['organization', `臺中榮民總醫院`],
  ]),
  g(`居住地址：新北市板橋區文化路一段25巷3弄18號2樓，里長 簡文雄 可協助聯絡。`, [
    ['address', `新北市板橋區文化路一段25巷3弄18號2樓`],
    ['name', `簡文雄`],
  ]),
  g(`Y204816(5) 持證人 何家豪 先生，聯絡 +852 6123 8890，電郵 kh.ho@netvigator.com。`, [
    ['id-card', `Y204816(5)`],
    ['name', `何家豪`],
    ['phone', `+852 6123 8890`],
    ['email', `kh.ho@netvigator.com`],
  ]),
  g(`李伯（李志強，95歲）與妻 梁鳳 同住沙田禾輋邨豐和樓1508室。`, [
    ['name', `李`],
    ['name', `李志強`],
    ['age', `95`],
    ['name', `梁鳳`],
    ['address', `沙田禾輋邨豐和樓1508室`],
  ]),
  g(`轉介信：致 東區尤德夫人那打素醫院 內科，病人 吳玉蓮 自 2026年2月10日起 於本院治療。醫生 葉子健 謹啟`, [
    ['organization', `東區尤德夫人那打素醫院`],
    ['name', `吳玉蓮`],
    ['date', `2月10日`],
    ['name', `葉子健`],
  ]),
  g(`臺北榮總 員工編號 E109827 護理師 游淑芬，分機 2713。`, [
    ['organization', `臺北榮總`],
    ['other-id', `E109827`],
    ['name', `游淑芬`],
    ['phone', `2713`],
  ]),
  // ---------------- English: identifiers (US, UK, AU, NZ, IN, SG, MY, PH, ZA, CA) ----------------
  g(`ADMISSION H&P — Pt: Dorothy Kowalczyk, 94 y/o F, MRN 00482917, DOB 02/11/1932. Admitted 3/14/2026 from Maple Grove Assisted Living.`, [
    ['name', `Dorothy Kowalczyk`],
    ['age', `94`],
    ['mrn', `00482917`],
    ['date', `02/11/1932`],
    ['date', `3/14`],
    ['organization', `Maple Grove Assisted Living`],
  ]),
  g(`Marcus presented to triage at 02:40 with crushing chest pain radiating to the left arm.`, [['name', `Marcus`]]),
  g(`Daughter (Priya Raman-Whitfield) is the health-care proxy; her cell is 617.555.0143 and work email priya.rw@bostonlegal.org.`, [
    ['name', `Priya Raman-Whitfield`],
    ['phone', `617.555.0143`],
    ['email', `priya.rw@bostonlegal.org`],
  ]),
  g(`Home address: 4417 N. Kedzie Ave, Apt 3B, Chicago, IL 60625. SSN 512-44-8703 on file with Blue Cross Blue Shield of Illinois, member ID XOJ884120931.`, [
    ['address', `4417 N. Kedzie Ave, Apt 3B, Chicago`],
    ['address', `60625`],
    ['social-security', `512-44-8703`],
    ['organization', `Blue Cross Blue Shield of Illinois`],
    ['other-id', `XOJ884120931`],
  ]),
  g(`Discussed with Hernandez and Okafor from cardiology; both agree with the plan.`, [
    ['name', `Hernandez`],
    ['name', `Okafor`],
  ]),
  g(`Attending: Rebecca L. Stein, MD (NPI 1639284714). Resident: J. Abernathy. Signed 04/02/2026 17:55.`, [
    ['name', `Rebecca L. Stein`],
    ['license', `1639284714`],
    ['name', `J. Abernathy`],
    ['date', `04/02`],
  ]),
  g(`Co-pay charged to Visa 4012 8812 3456 788 at the front desk; receipt given to patient.`, [['bank-card', `4012 8812 3456 788`]]),
  g(`Hey Tom — bed 14 (Mrs Ferreira) is refusing her insulin again. Can you swing by? Sent from my iPhone, Kayleigh`, [
    ['name', `Tom`],
    ['bed', `14`],
    ['name', `Ferreira`],
    ['name', `Kayleigh`],
  ]),
  g(`Pt states she lives alone at 82 Willow Creek Rd, Boise, ID 83706, and her nephew Dale checks in on weekends.`, [
    ['address', `82 Willow Creek Rd, Boise`],
    ['address', `83706`],
    ['name', `Dale`],
  ]),
  g(`Vehicle: silver Toyota Camry, Texas plate KTW-4821; pt was the restrained driver.`, [['plate', `KTW-4821`]]),
  g(`Radiology accession # RAD-26-0098814 / Exam date 2026-05-19 / Reading radiologist: Anand Venkataraman, MD.`, [
    ['other-id', `RAD-26-0098814`],
    ['date', `05-19`],
    ['name', `Anand Venkataraman`],
  ]),
  g(`Patient portal: https://mychart.stlukes-health.org/patient/88412 — login issues reported, IP 192.168.40.17 blocked.`, [
    ['url', `https://mychart.stlukes-health.org/patient/88412`],
    ['ip', `192.168.40.17`],
  ]),
  g(`Centenarian (age 103), DOB 7 January 1923, resides at Sunrise of Bethesda memory care unit, room 212.`, [
    ['age', `103`],
    ['date', `7 January 1923`],
    ['organization', `Sunrise of Bethesda`],
    ['bed', `212`],
  ]),
  // UK / Ireland
  g(`NHS No: 485 777 3457   Hosp No: RJ1-0048213   Consultant: Mr Alistair Pennington-Smythe, FRCS`, [
    ['mrn', `485 777 3457`],
    ['mrn', `RJ1-0048213`],
    ['name', `Alistair Pennington-Smythe`],
  ]),
  g(`Dear Dr Oyelaran, Thank you for seeing this 91-year-old gentleman, Mr Reginald Ashcombe, of 17 Prebend Gardens, Chiswick, London W4 1TN.`, [
    ['name', `Oyelaran`],
    ['age', `91`],
    ['name', `Reginald Ashcombe`],
    ['address', `17 Prebend Gardens, Chiswick, London`],
    ['address', `W4 1TN`],
  ]),
  g(`Handover 19:30 — Bay 4 bed 2: Siobhan, day 3 post lap chole, for discharge am. Side room 6: barrier nursed, C. diff.`, [
    ['bed', `4`],
    ['bed', `2`],
    ['name', `Siobhan`],
    ['bed', `6`],
  ]),
  g(`Seen with Staff Nurse Bronwyn Llewellyn-Jones on Ward 7B at Royal Gwent Hospital.`, [
    ['name', `Bronwyn Llewellyn-Jones`],
    ['bed', `7B`],
    ['organization', `Royal Gwent Hospital`],
  ]),
  g(`GMC 7048213 — Dr Fiona McAllister, Specialty Registrar. Bleep 2241. Mobile 07700 900 418.`, [
    ['license', `7048213`],
    ['name', `Fiona McAllister`],
    ['phone', `2241`],
    ['phone', `07700 900 418`],
  ]),
  g(`Next of kin: Gareth (son) 01632 960 112; Eileen (sister, lives in Swansea).`, [
    ['name', `Gareth`],
    ['phone', `01632 960 112`],
    ['name', `Eileen`],
    ['address', `Swansea`],
  ]),
  g(`District nurse visit 12/03 — wound reviewed at home (Flat 9, Holloway House, 22 Camden Road, Bath BA1 5HU).`, [
    ['date', `12/03`],
    ['address', `Flat 9, Holloway House, 22 Camden Road, Bath`],
    ['address', `BA1 5HU`],
  ]),
  g(`NHS number 943 476 5919 belongs to the patient's wife, Margaret Hollis; ours is 401 023 2137.`, [
    ['mrn', `943 476 5919`],
    ['name', `Margaret Hollis`],
    ['mrn', `401 023 2137`],
  ]),
  // Australia / NZ
  g(`URN 3318724 | Medicare 2953 18468 1 | Pt: Kylie Nguyen-Tran | DOB 14/09/1986 | Westmead Hospital`, [
    ['mrn', `3318724`],
    ['other-id', `2953 18468 1`],
    ['name', `Kylie Nguyen-Tran`],
    ['date', `14/09`],
    ['organization', `Westmead Hospital`],
  ]),
  g(`Discharged to 3/27 Beach Rd, Coogee NSW 2034 with community nursing; GP Dr Hamish Doyle, Coogee Family Practice, ph (02) 9665 3301.`, [
    ['address', `3/27 Beach Rd, Coogee`],
    ['address', `2034`],
    ['name', `Hamish Doyle`],
    ['organization', `Coogee Family Practice`],
    ['phone', `(02) 9665 3301`],
  ]),
  g(`AHPRA MED0001827394, prescriber Bree Castellano. Script sent to Chemist Warehouse Bondi Junction.`, [
    ['license', `MED0001827394`],
    ['name', `Bree Castellano`],
    ['organization', `Chemist Warehouse`],
    ['address', `Bondi Junction`],
  ]),
  g(`Mum (Aroha) rang at 2100 — Tama is settled at his nan's in Rotorua. NHI: ZAC4829.`, [
    ['name', `Aroha`],
    ['name', `Tama`],
    ['address', `Rotorua`],
    ['mrn', `ZAC4829`],
  ]),
  g(`Ward 12, Middlemore Hospital. Whānau contact: Hemi Parata 021 448 9170.`, [
    ['bed', `12`],
    ['organization', `Middlemore Hospital`],
    ['name', `Hemi Parata`],
    ['phone', `021 448 9170`],
  ]),
  g(`Ambulance Victoria case 26-004417; QLD rego 512 XKP noted at scene.`, [
    ['organization', `Ambulance Victoria`],
    ['other-id', `26-004417`],
    ['plate', `512 XKP`],
  ]),
  // India
  g(`UHID: AIIMS/2026/0483312, Name: Smt. Lakshmi Devi Iyer, Age/Sex: 92/F, Aadhaar 4317 2865 0934.`, [
    ['mrn', `AIIMS/2026/0483312`],
    ['name', `Lakshmi Devi Iyer`],
    ['age', `92`],
    ['id-card', `4317 2865 0934`],
  ]),
  g(`Address: Flat 402, Sai Krupa Apartments, 5th Cross, Malleshwaram, Bengaluru 560003. Attendant: Ramesh (son) +91 98450 22871.`, [
    ['address', `Flat 402, Sai Krupa Apartments, 5th Cross, Malleshwaram, Bengaluru`],
    ['address', `560003`],
    ['name', `Ramesh`],
    ['phone', `+91 98450 22871`],
  ]),
  g(`Referred by Dr. Sandeep Kulkarni (MMC Reg. No. 2009/03/1187), Ruby Hall Clinic, Pune.`, [
    ['name', `Sandeep Kulkarni`],
    ['license', `2009/03/1187`],
    ['organization', `Ruby Hall Clinic`],
    ['address', `Pune`],
  ]),
  g(`IPD No. 26/11873, Bed No. G-14, admitted on 21.04.2026 under Unit III (Prof. Banerjee).`, [
    ['mrn', `26/11873`],
    ['bed', `G-14`],
    ['date', `21.04`],
    ['name', `Banerjee`],
  ]),
  g(`PMJAY card 5X7K2M9QA, employer Tata Consultancy Services, PAN ABCPV4412K.`, [
    ['other-id', `5X7K2M9QA`],
    ['organization', `Tata Consultancy Services`],
    ['other-id', `ABCPV4412K`],
  ]),
  // Singapore / Malaysia
  g(`NRIC S8312456C, Mdm Tan Bee Hoon, 78, staying at Blk 512 Ang Mo Kio Ave 8 #07-1342, S560512. HP 9123 7788.`, [
    ['id-card', `S8312456C`],
    ['name', `Tan Bee Hoon`],
    ['address', `Blk 512 Ang Mo Kio Ave 8 #07-1342`],
    ['address', `S560512`],
    ['phone', `9123 7788`],
  ]),
  g(`Pls inform Sister Noraini at Ward 54, SGH. Pt's son Muhammad Hafiz bin Rosli will come at 3pm.`, [
    ['name', `Noraini`],
    ['bed', `54`],
    ['organization', `SGH`],
    ['name', `Muhammad Hafiz bin Rosli`],
  ]),
  g(`MCR No. M12873J — Dr Goh Wei Ling, Tan Tock Seng Hospital. Case discussed with Ah Seng (brother).`, [
    ['license', `M12873J`],
    ['name', `Goh Wei Ling`],
    ['organization', `Tan Tock Seng Hospital`],
    ['name', `Ah Seng`],
  ]),
  g(`MyKad 550317-10-5523, Encik Rajendran a/l Subramaniam, No. 14, Jalan SS2/24, Petaling Jaya. Tel 03-7876 2210.`, [
    ['id-card', `550317-10-5523`],
    ['name', `Rajendran a/l Subramaniam`],
    ['address', `No. 14, Jalan SS2/24, Petaling Jaya`],
    ['phone', `03-7876 2210`],
  ]),
  g(`T0245718G is the NRIC of the minor; guardian Siti Aishah binte Kamal, email siti.kamal88@gmail.com.`, [
    ['id-card', `T0245718G`],
    ['name', `Siti Aishah binte Kamal`],
    ['email', `siti.kamal88@gmail.com`],
  ]),
  // Philippines
  g(`PhilHealth No. 19-050123456-7 / Patient: Ma. Cristina dela Cruz-Villanueva / Brgy. San Isidro, Antipolo City, Rizal.`, [
    ['other-id', `19-050123456-7`],
    ['name', `Ma. Cristina dela Cruz-Villanueva`],
    ['address', `Brgy. San Isidro, Antipolo City`],
  ]),
  g(`Viber msg from Nurse Joy: "Doc Rommel, si Lola Pacita sa Rm 305 nag-desat, 86% RA." 09171234567`, [
    ['name', `Joy`],
    ['name', `Rommel`],
    ['name', `Pacita`],
    ['bed', `305`],
    ['phone', `09171234567`],
  ]),
  g(`Philippine General Hospital, Taft Ave, Ermita, Manila — PRC License No. 0098712, Dr. Jose Ramon Bautista III.`, [
    ['organization', `Philippine General Hospital`],
    ['address', `Taft Ave, Ermita, Manila`],
    ['license', `0098712`],
    ['name', `Jose Ramon Bautista III`],
  ]),
  // South Africa
  g(`Folder no. 2261874 | ID 3405125093086 | Gogo Nomvula Dlamini, 92 yrs | Chris Hani Baragwanath Academic Hospital`, [
    ['mrn', `2261874`],
    ['id-card', `3405125093086`],
    ['name', `Nomvula Dlamini`],
    ['age', `92`],
    ['organization', `Chris Hani Baragwanath Academic Hospital`],
  ]),
  g(`Thabo and his wife Lerato came in with the child; address 1187 Vilakazi St, Orlando West, Soweto 1804.`, [
    ['name', `Thabo`],
    ['name', `Lerato`],
    ['address', `1187 Vilakazi St, Orlando West, Soweto`],
    ['address', `1804`],
  ]),
  g(`HPCSA MP 0712384 — Dr. Pieter van der Merwe. Medical aid: Discovery Health, member 228741093.`, [
    ['license', `MP 0712384`],
    ['name', `Pieter van der Merwe`],
    ['organization', `Discovery Health`],
    ['other-id', `228741093`],
  ]),
  g(`Cell 082 555 1934 (Zanele) or landline 021 447 2290 after hours.`, [
    ['phone', `082 555 1934`],
    ['name', `Zanele`],
    ['phone', `021 447 2290`],
  ]),
  // Canada
  g(`OHIP 4382-119-875-KT, SIN 046 273 199. Pt: Geneviève Tremblay-Roy, 65 Rue Saint-Denis, Montréal QC H2X 3K4.`, [
    ['other-id', `4382-119-875-KT`],
    ['social-security', `046 273 199`],
    ['name', `Geneviève Tremblay-Roy`],
    ['address', `65 Rue Saint-Denis, Montréal`],
    ['address', `H2X 3K4`],
  ]),
  g(`CPSO #88241, Dr. Wendell Osei, Sunnybrook Health Sciences Centre, fax 416-480-5552.`, [
    ['license', `88241`],
    ['name', `Wendell Osei`],
    ['organization', `Sunnybrook Health Sciences Centre`],
    ['phone', `416-480-5552`],
  ]),
  g(`Spoke w/ Mackenzie (RN, 6 North) re: overnight events; Colton's INR came back 4.1.`, [
    ['name', `Mackenzie`],
    ['bed', `6 North`],
    ['name', `Colton`],
  ]),
  // mixed-format English rows and messages
  g(`last_name,first_name,dob,mrn,phone\nO'Sullivan,Declan,1990-06-12,M0048812,(503) 555-0199\nBaptiste,Jean-Luc,1931-10-30,M0048813,503-555-0172`, [
    ['name', `O'Sullivan`],
    ['name', `Declan`],
    ['date', `06-12`],
    ['mrn', `M0048812`],
    ['phone', `(503) 555-0199`],
    ['name', `Baptiste`],
    ['name', `Jean-Luc`],
    ['date', `1931-10-30`],
    ['mrn', `M0048813`],
    ['phone', `503-555-0172`],
  ]),
  g(`From: k.obrien@stvincents.ie\nTo: wardclerk.stmarys@hse.ie\nRe: transfer of Mr. Patrick Doherty (MRN 770123) on 09 May`, [
    ['email', `k.obrien@stvincents.ie`],
    ['email', `wardclerk.stmarys@hse.ie`],
    ['name', `Patrick Doherty`],
    ['mrn', `770123`],
    ['date', `09 May`],
  ]),
  g(`Thanks Aisling! Will let Bernadette know. - Ciarán`, [
    ['name', `Aisling`],
    ['name', `Bernadette`],
    ['name', `Ciarán`],
  ]),
  g(`Consent witnessed by: ____ Li Na ____ (interpreter, Mandarin) and ____ Ogunleye ____ (RN).`, [
    ['name', `Li Na`],
    ['name', `Ogunleye`],
  ]),
  g(`Infusion pump serial 14B07-22318 alarmed x3; biomedical engineering (ext 4410) notified. Asset tag MLH-PMP-00912.`, [
    ['device', `14B07-22318`],
    ['phone', `4410`],
    ['device', `MLH-PMP-00912`],
  ]),
  g(`Insurance claim form — Policy No. AXA-HK-77120934; Group No. 004812; Claimant: Wong Ka Ming; Date of loss: 18 Feb 2026.`, [
    ['other-id', `AXA-HK-77120934`],
    ['other-id', `004812`],
    ['name', `Wong Ka Ming`],
    ['date', `18 Feb`],
  ]),
  g(`Skype: drnadia.haque | Twitter @NadiaHaqueMD | Dr Nadia Haque, Aga Khan University Hospital.`, [
    ['account', `drnadia.haque`],
    ['account', `@NadiaHaqueMD`],
    ['name', `Nadia Haque`],
    ['organization', `Aga Khan University Hospital`],
  ]),
  g(`Employee ID 00731882 (Walmart distribution centre) — work injury on the 3rd of March; WSIB claim 31188204.`, [
    ['other-id', `00731882`],
    ['organization', `Walmart`],
    ['date', `3rd of March`],
    ['other-id', `31188204`],
  ]),
  g(`Refund to bank account 4471 22983 for Ms Harriet Lim-Sorensen.`, [
    ['account', `4471 22983`],
    ['name', `Harriet Lim-Sorensen`],
  ]),
  g(`Driver licence NSW 18 447 290; DL of husband (Bruce) not sighted.`, [
    ['license', `18 447 290`],
    ['name', `Bruce`],
  ]),
  g(`Grandpa Joe (Joseph Amato, 99) fell at St. Catherine's Nursing Home on Tuesday 11/4.`, [
    ['name', `Joe`],
    ['name', `Joseph Amato`],
    ['age', `99`],
    ['organization', `St. Catherine's Nursing Home`],
    ['date', `11/4`],
  ]),
  g(`Summary faxed to Dr. K. Mensah-Bonsu at 0161 496 0733 (Salford Royal).`, [
    ['name', `K. Mensah-Bonsu`],
    ['phone', `0161 496 0733`],
    ['organization', `Salford Royal`],
  ]),
  g(`Ivy and Rose (twins, age 6) were brought in by their grandmother, Mrs Pearl Whitaker.`, [
    ['name', `Ivy`],
    ['name', `Rose`],
    ['name', `Pearl Whitaker`],
  ]),
  g(`Specimen SPN-2026-448120 received 06-Jun-2026 14:02, collected by phlebotomist D. Reyes.`, [
    ['other-id', `SPN-2026-448120`],
    ['date', `06-Jun`],
    ['name', `D. Reyes`],
  ]),
  // ---------------- identifier-free clinical items (must survive unchanged) ----------------
  g(`诊断：1. 桥本甲状腺炎（ICD-10 E06.3）；2. 亚临床甲状腺功能减退症，TSH 8.6 mIU/L，FT4 11.2 pmol/L，TPOAb >600 IU/mL。`),
  g(`川崎病（不完全型）第6天，予静注人免疫球蛋白 2 g/kg 单次输注 + 阿司匹林 30-50 mg/kg/d 分3次口服，复查超声心动图冠脉Z值2.1。`),
  g(`帕金森病 Hoehn-Yahr 3级，多巴丝肼片（美多芭）125 mg tid，普拉克索 0.25 mg tid，UPDRS-III 评分 34 分。`),
  g(`库欣综合征待排：午夜血皮质醇 412 nmol/L，1 mg 地塞米松抑制试验后皮质醇 138 nmol/L，ACTH 2.1 pmol/L。`),
  g(`房颤，CHA2DS2-VASc 评分 5 分，HAS-BLED 2 分，予利伐沙班（拜瑞妥）15 mg qd，Ccr 42 mL/min。`),
  g(`心衰 NYHA III级，LVEF 32%，NT-proBNP 4876 pg/mL，按《中国心力衰竭诊断和治疗指南2024》加用沙库巴曲缬沙坦钠 50 mg bid、达格列净 10 mg qd。`),
  g(`查体：GCS 13分（E3V4M6），双侧瞳孔等大等圆，直径约3 mm，对光反射灵敏，颈抵抗阴性，Babinski征（-）。`),
  g(`唐氏综合征（21三体综合征）患儿，核型 47,XX,+21，合并房间隔缺损，ICD-11 LD40.0。`),
  g(`格雷夫斯病（Graves病）碘-131治疗后3个月，甲巯咪唑已停用，TRAb 3.2 IU/L，FT3 4.1 pmol/L。`),
  g(`血常规：WBC 12.8×10⁹/L，N 86.3%，Hb 98 g/L，PLT 412×10⁹/L；CRP 86 mg/L，PCT 2.35 ng/mL，乳酸 3.1 mmol/L。`),
  g(`医嘱：头孢曲松钠 2 g ivgtt qd；奥美拉唑 40 mg iv bid；氯化钾缓释片 1 g po tid；低分子肝素钙 4100 IU ih q12h。`),
  g(`预激综合征（Wolff-Parkinson-White 综合征）射频消融术后，心电图示 PR 间期 0.16 s，delta 波消失。`),
  g(`肝功能：ALT 86 U/L，AST 64 U/L，TBil 32.5 μmol/L，DBil 18.2 μmol/L，ALB 31 g/L；Child-Pugh B级（8分），MELD 14分。`),
  g(`术后第3天，切口甲级愈合，引流管已拔除，白细胞计数恢复正常，继续予华法林 2.5 mg qn，目标 INR 2.0-3.0。`),
  g(`按 2023 ESC 急性冠脉综合征指南，GRACE 评分 168 分属高危，建议 24 小时内行冠脉造影。`),
  g(`病理：（胃窦）黏膜慢性炎伴肠上皮化生（中度），Hp（+），Lauren 分型肠型，免疫组化 HER2（2+），Ki-67 约30%。`),
  g(`甲状腺超声：右叶中部低回声结节 1.2 cm×0.9 cm，纵横比>1，边缘不规则，伴微钙化，C-TIRADS 4C 类。`),
  g(`2型糖尿病，HbA1c 9.4%，空腹血糖 11.6 mmol/L，门冬胰岛素 30 注射液 早 16 U 晚 12 U 餐前皮下注射。`),
  g(`阿尔茨海默病，MMSE 18/30，MoCA 14/30，多奈哌齐 5 mg qn，美金刚 10 mg bid；SNOMED CT 26929004。`),
  g(`護理紀錄：病人意識清楚，生命徵象穩定，BP 132/78 mmHg，HR 84次/分，SpO2 97%（鼻導管 2 L/min），疼痛指數 NRS 3分。`),
  g(`診斷：慢性阻塞性肺病急性惡化（J44.1），GOLD 2024 分級 E 組，予 Trelegy Ellipta 1 吸 qd。`),
  g(`高鉀血症 K⁺ 6.4 mmol/L，予 10% 葡萄糖酸鈣 10 mL 靜推，胰島素 10 U 加入 50% 葡萄糖 50 mL，沙丁胺醇霧化。`),
  g(`白内障术后，右眼视力 0.8，眼压 16 mmHg；左眼黄斑裂孔，OCT 示全层裂孔 420 μm。`),
  g(`尿常规：尿蛋白（++），尿潜血（+），24小时尿蛋白定量 2.3 g；肾活检示 IgA 肾病，牛津分型 M1E0S1T1-C0。`),
  g(
    `Impression: Hashimoto's thyroiditis with subclinical hypothyroidism (TSH 7.9 mIU/L); start levothyroxine (Synthroid) 25 mcg daily, recheck TFTs in 6–8 weeks.`,
  ),
  g(`Parkinson's disease, H&Y stage 2.5; carbidopa/levodopa (Sinemet) 25/100 one tab TID, rasagiline 1 mg daily. MDS-UPDRS part III 29.`),
  g(`Cushing's disease suspected: late-night salivary cortisol 9.8 nmol/L ×2, 24-h UFC 412 µg/24h; MRI pituitary shows 6 mm adenoma.`),
  g(`A&E: GCS 14/15 (E4 V4 M6), BP 88/52, HR 128, RR 28, lactate 4.6 mmol/L — sepsis six initiated per NICE NG51 (2016, updated 2024).`),
  g(`AF with CHA2DS2-VASc 4 and HAS-BLED 2; commenced apixaban (Eliquis) 5 mg BD. CrCl 58 mL/min (Cockcroft-Gault).`),
  g(
    `HFrEF, NYHA class II, LVEF 35%. Per 2022 AHA/ACC/HFSA guideline: sacubitril/valsartan 49/51 mg BID, metoprolol succinate 50 mg, spironolactone 25 mg, empagliflozin 10 mg.`,
  ),
  g(`Down syndrome (trisomy 21) with atrioventricular septal defect, repaired at 4 months; ICD-10 Q90.9, Q21.2.`),
  g(`ECG: sinus rhythm 72 bpm, short PR 100 ms, delta waves in I, aVL, V4–V6 — consistent with Wolff-Parkinson-White pattern.`),
  g(`Graves' disease: TRAb 8.4 IU/L, FT4 48 pmol/L; carbimazole 30 mg OD and propranolol 40 mg TDS; counselled on agranulocytosis.`),
  g(`Bloods: Na 128 mmol/L, K 5.9 mmol/L, urea 18.4 mmol/L, creatinine 214 µmol/L, eGFR 24 mL/min/1.73m², Hb 92 g/L, WCC 14.2 ×10⁹/L, CRP 187 mg/L.`),
  g(`Kawasaki disease day 7: IVIG 2 g/kg over 12 h plus high-dose aspirin 80 mg/kg/day; echo shows LAD Z-score +2.8.`),
  g(`Metformin XR 1000 mg BD, gliclazide MR 60 mg mane, Ozempic (semaglutide) 0.5 mg weekly; HbA1c 64 mmol/mol (8.0%).`),
  g(`CXR: right lower lobe consolidation with small parapneumonic effusion; CURB-65 score 3 — admit, IV co-amoxiclav 1.2 g TDS plus clarithromycin 500 mg BD.`),
  g(`Addison's disease on hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg; sick-day rules reinforced. SNOMED CT 363732003.`),
  g(`Guillain-Barré syndrome: CSF protein 1.8 g/L, WCC 2 cells/µL (albuminocytological dissociation); IVIG 0.4 g/kg/day for 5 days. FVC 2.1 L.`),
  g(`Crohn's disease (Montreal A2 L3 B2), faecal calprotectin 820 µg/g; infliximab (Remicade) 5 mg/kg at weeks 0, 2 and 6.`),
  g(`Warfarin held; INR 5.8. Vitamin K 1 mg PO given. Target INR 2.0–3.0 for mechanical mitral valve (St Jude).`),
  g(`Wells score 6 (PE likely); CTPA shows bilateral segmental emboli. Enoxaparin 1 mg/kg SC q12h, then transition to dabigatran (Pradaxa) 150 mg BID.`),
  g(`Bell's palsy, House-Brackmann grade IV; prednisolone 60 mg daily for 5 days then taper, plus eye care with Lacri-Lube nocte.`),
  g(`Lumbar puncture: opening pressure 32 cmH2O; idiopathic intracranial hypertension per modified Dandy criteria; acetazolamide (Diamox) 250 mg BD.`),
  g(`ICD-11 5A11 (type 2 diabetes mellitus), 8A00.0 (Parkinson disease); Charlson Comorbidity Index 5; Clinical Frailty Scale 6.`),
  g(`Plan: KDIGO 2024 CKD stage G3b A2 — continue losartan 50 mg, add dapagliflozin (Forxiga) 10 mg, repeat UACR in 3 months.`),
  g(`Meniere's disease: low-frequency SNHL on audiogram, betahistine 16 mg TDS, salt restriction < 2 g/day.`),
  g(`Apgar 8 and 9 at 1 and 5 minutes; birth weight 3.42 kg, head circumference 34.5 cm; vitamin K 1 mg IM given.`),
];
