import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Fifteenth gold set: an outside held-out set (set 43), written by an outside evaluator who read neither the detectors,
 * the de-identification README nor any earlier gold set's items (only the file format and labelling conventions of v14,
 * and the scoring utility). Chinese items first (simplified, then traditional: Taiwan, Hong Kong), then English ones
 * (US, UK, Ireland, Australia, India, Singapore, Nigeria, Ghana, Canada), then identifier-free clinical sentences in both
 * languages dense with eponyms, drugs and brands, doses, lab values, ICD-10 / ICD-11 codes and guideline names. All
 * identifiers are fictional; check digits (GB 11643, Luhn, NHS mod 11, NRIC, Taiwan and Hong Kong ID, Verhoeff, PPSN)
 * are made valid so that they look like the real thing. Scored blind once on the code of 2026-12-06 (commit 609b88f);
 * the numbers are in the spec. Annotation conventions are v14's (set 40):
 *  - names: the name only (no title / 先生 / 医生 / Dr); surname alone when only the surname is written;
 *    familiar forms (老张, 小刘, 钟大爷) annotate the part that is a name.
 *  - dates: only the month/day part, unless it is the date of birth of someone aged > 89 (then the whole date).
 *  - ages: only the number, and only when > 89.
 *  - addresses: city level and below (province / state / county / country left out); postcodes annotated separately.
 *  - beds / wards / rooms: the number or code itself (not the word 床 / bed / bay / ward / rm).
 *  - phone (fax too): the number; messaging handles that are not phone numbers are `account`, as are bank accounts.
 *  - patient numbers (住院号, 病案号, 就诊卡号, 病歷號碼, NHS, URN, UHID, hospital / folder no., MRN) are `mrn`;
 *    insurance numbers (医保, Medicare, OHIP, member / group / policy no.), staff numbers, specimen / check-up /
 *    accession / examination numbers and tax numbers (PAN) are `other-id`; national identity numbers (身份证, 身分證,
 *    香港身份證, NRIC, Aadhaar, NIN, Ghana Card) are `id-card`; US SSN, Canadian SIN and Irish PPSN are
 *    `social-security`; professional registrations (执业证书, GMC, CPSO, MCR, MDCN, provider no.) and driving licences
 *    are `license`.
 *  - organisations: hospitals, schools, employers, care homes, insurers named as such.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, ...(occurrence !== undefined ? { occurrence } : {}) })) };
}

export const DEID_GOLD_SET_V15: readonly GoldSentence[] = [
  // ---------------- Chinese (simplified) and mixed: identifiers ----------------
  g(`出院记录：孙秀英，女，94岁，住院号 ZY2026-031877，于2026年3月2日因"反复胸闷气促5年，加重3天"入院。`, [
    ['name', `孙秀英`],
    ['age', `94`],
    ['mrn', `ZY2026-031877`],
    ['date', `3月2日`],
  ]),
  g(`身份证号：310104 1932 0518 0429，出生日期1932年5月18日，现住上海市徐汇区漕溪北路398弄12号1702室。`, [
    ['id-card', `310104 1932 0518 0429`],
    ['date', `1932年5月18日`],
    ['address', `上海市徐汇区漕溪北路398弄12号1702室`],
  ]),
  g(`联系人：女儿 陈晓燕 139 1763 2284；儿子陈建国（在外地）。`, [
    ['name', `陈晓燕`],
    ['phone', `139 1763 2284`],
    ['name', `陈建国`],
  ]),
  g(`【心内科护士群】@黄丽萍 12床张阿姨今早空腹血糖11.3，要不要加量？我微信 huanglp_0917，有事直接找我`, [
    ['name', `黄丽萍`],
    ['bed', `12`],
    ['name', `张`],
    ['account', `huanglp_0917`],
  ]),
  g(`王主任：您好！兹介绍我院患者李卫东（男，67岁，就诊卡号 0003 2871 5564）前往贵院心外科就诊，联系电话 0571-8723 6690。浙江省人民医院 心内科 周敏`, [
    ['name', `王`],
    ['name', `李卫东`],
    ['mrn', `0003 2871 5564`],
    ['phone', `0571-8723 6690`],
    ['organization', `浙江省人民医院`],
    ['name', `周敏`],
  ]),
  g(`检验报告单  姓名：欧阳明辉  性别：男  年龄：45岁  标本号：B26030417  送检医生：林志强  送检日期：2026-03-04  审核：郑雪`, [
    ['name', `欧阳明辉`],
    ['other-id', `B26030417`],
    ['name', `林志强`],
    ['date', `03-04`],
    ['name', `郑雪`],
  ]),
  g(`马建华 昨晚22:40诉头痛，BP 178/102 mmHg，已予硝苯地平10 mg舌下含服。`, [['name', `马建华`]]),
  g(`何淑贞今日复查肌酐 186 μmol/L，较前上升，通知主治医师。`, [['name', `何淑贞`]]),
  g(`床旁交班：8床 罗德胜，术后第2天，引流液80 ml，淡红色；9床 蔡美玲，今日出院。`, [
    ['bed', `8`],
    ['name', `罗德胜`],
    ['bed', `9`],
    ['name', `蔡美玲`],
  ]),
  g(`退费账户（农行）6228 4800 4312 5670，户名 钱玉兰。`, [
    ['bank-card', `6228 4800 4312 5670`],
    ['name', `钱玉兰`],
  ]),
  g(`医保卡号：3301 0600 2617 8845，参保地：杭州市。`, [
    ['other-id', `3301 0600 2617 8845`],
    ['address', `杭州市`],
  ]),
  g(`家属QQ 2847 119 630，邮箱 zhangfan1988@163.com`, [
    ['account', `2847 119 630`],
    ['email', `zhangfan1988@163.com`],
  ]),
  g(`家庭住址：广东省广州市天河区林和西路 9号 耀中广场B座 2301房`, [['address', `广州市天河区林和西路 9号 耀中广场B座 2301房`]]),
  g(`身份证 440106-19850923-3512，已与医保信息核对一致。`, [['id-card', `440106-19850923-3512`]]),
  g(`工号 HR-20417 的护士 谢婷婷 负责3床。`, [
    ['other-id', `HR-20417`],
    ['name', `谢婷婷`],
    ['bed', `3`],
  ]),
  g(`患儿邓子宇（小名"豆豆"），7岁，就读于成都市泡桐树小学。`, [
    ['name', `邓子宇`],
    ['name', `豆豆`],
    ['address', `成都市`],
    ['organization', `泡桐树小学`],
  ]),
  g(`转诊单：转出医院 南京鼓楼医院，转入医院 江苏省人民医院，患者 吴国栋，身份证 320583199103072685。`, [
    ['organization', `南京鼓楼医院`],
    ['organization', `江苏省人民医院`],
    ['name', `吴国栋`],
    ['id-card', `320583199103072685`],
  ]),
  g(`手机：138-0013-7492（本人），152 0871 3306（妻子 杨慧）`, [
    ['phone', `138-0013-7492`],
    ['phone', `152 0871 3306`],
    ['name', `杨慧`],
  ]),
  g(`随访问卷已发至 liu.xiaomei@zs-hospital.cn，线上填写地址：https://followup.zs-hospital.cn/q/8f3k2`, [
    ['email', `liu.xiaomei@zs-hospital.cn`],
    ['url', `https://followup.zs-hospital.cn/q/8f3k2`],
  ]),
  g(`PACS 登录异常：工作站 10.23.118.47 于 2026年3月6日 14:22 多次尝试，用户 radio_wangp。`, [
    ['ip', `10.23.118.47`],
    ['date', `3月6日`],
    ['account', `radio_wangp`],
  ]),
  g(`执业证书编码：110420000338217，主治医师 冯晓东。`, [
    ['license', `110420000338217`],
    ['name', `冯晓东`],
  ]),
  g(`CT检查号 CT20260307-0412，检查时间 2026年3月7日，报告医师 韩冰，审核医师 曹永刚。`, [
    ['other-id', `CT20260307-0412`],
    ['date', `3月7日`],
    ['name', `韩冰`],
    ['name', `曹永刚`],
  ]),
  g(`自述在华为技术有限公司工作，常年加班；蒋立新陪诊。`, [
    ['organization', `华为技术有限公司`],
    ['name', `蒋立新`],
  ]),
  g(`贾玉珍 91岁 今晨跌倒，右腕肿痛，已行X线检查。`, [
    ['name', `贾玉珍`],
    ['age', `91`],
  ]),
  g(`出生日期：1933-11-27（92岁），独居，子女在外地。`, [
    ['date', `1933-11-27`],
    ['age', `92`],
  ]),
  g(`@小刘 13床彭德华家属还没签手术同意书，帮忙打一下电话 186 2237 5519，谢谢！——夏琳`, [
    ['name', `刘`],
    ['bed', `13`],
    ['name', `彭德华`],
    ['phone', `186 2237 5519`],
    ['name', `夏琳`],
  ]),
  g(`工资卡 6217 0012 3456 7893，开户人：唐雨涵`, [
    ['bank-card', `6217 0012 3456 7893`],
    ['name', `唐雨涵`],
  ]),
  g(`入院时间：2026年2月28日 09:15；出院时间：2026年3月9日。`, [
    ['date', `2月28日`],
    ['date', `3月9日`],
  ]),
  g(`母亲：宋桂兰（62岁，退休教师）；父亲：宋明（已故）`, [
    ['name', `宋桂兰`],
    ['name', `宋明`],
  ]),
  g(`现住址：江苏省苏州市工业园区星湖街 328号 独墅湖花园 6幢 1单元 502室，邮编 215123。`, [
    ['address', `苏州市工业园区星湖街 328号 独墅湖花园 6幢 1单元 502室`],
    ['address', `215123`],
  ]),
  g(`证件号码 510105 197806 117937，有效期至2036年。`, [['id-card', `510105 197806 117937`]]),
  g(`门诊病历号：MZ00871234；医保个人编号：1101 0819 9401 0233`, [
    ['mrn', `MZ00871234`],
    ['other-id', `1101 0819 9401 0233`],
  ]),
  g(`Referral from 北京协和医院: 患者 Zhao Lihua（赵丽华），DOB 1991-03-07，MRN 00482913。`, [
    ['organization', `北京协和医院`],
    ['name', `Zhao Lihua`],
    ['name', `赵丽华`],
    ['date', `03-07`],
    ['mrn', `00482913`],
  ]),
  g(`家属微信号：wxid_k9m2ab7qz31，请加好友后发送检查单照片。`, [['account', `wxid_k9m2ab7qz31`]]),
  g(`车牌号 沪A·7K392，停放于地下车库B2。`, [['plate', `沪A·7K392`]]),
  g(`护理交接：钟大爷夜间睡眠差，凌晨2点自行拔除留置针。`, [['name', `钟`]]),
  g(`主刀：骆文博；一助：金晓晨；麻醉：白露。`, [
    ['name', `骆文博`],
    ['name', `金晓晨`],
    ['name', `白露`],
  ]),
  g(`护照号码 E58213964，拟出国继续治疗。`, [['passport', `E58213964`]]),
  g(`保险理赔申请表：被保险人 邱雪梅，保单号 P2026-8817-3320，理赔金额 ¥12,860.00，收款账户 6222 0210 0234 5614。`, [
    ['name', `邱雪梅`],
    ['other-id', `P2026-8817-3320`],
    ['bank-card', `6222 0210 0234 5614`],
  ]),
  g(`2026年3月3日查房记录：诉乏力，主任医师梁国华查房后指示复查电解质。`, [
    ['date', `3月3日`],
    ['name', `梁国华`],
  ]),
  g(`老人今年九十六岁，独居，由保姆照顾。`, [['age', `九十六`]]),
  g(`患儿 毛思琪，生于 2019年6月3日，体重18 kg。`, [
    ['name', `毛思琪`],
    ['date', `6月3日`],
  ]),
  g(`1床 白秀珍 2床 齐国强`, [
    ['bed', `1`],
    ['name', `白秀珍`],
    ['bed', `2`],
    ['name', `齐国强`],
  ]),
  g(`tang.jun@163.com 是家属邮箱，请勿外传。`, [['email', `tang.jun@163.com`]]),
  g(`检查图像已上传：http://pan.example.cn/s/1aB2cD3e ，请在72小时内下载。`, [['url', `http://pan.example.cn/s/1aB2cD3e`]]),
  g(`单位电话 (020) 8762-3351，下班后请打家里。`, [['phone', `(020) 8762-3351`]]),
  g(`员工编号 E-0031827，所属单位：国家电网江苏省电力有限公司`, [
    ['other-id', `E-0031827`],
    ['organization', `国家电网江苏省电力有限公司`],
  ]),
  g(`体检编号 TJ2603090117，姓名 卢秋菊，出生 1930年10月5日（96岁）`, [
    ['other-id', `TJ2603090117`],
    ['name', `卢秋菊`],
    ['date', `1930年10月5日`],
    ['age', `96`],
  ]),
  g(`晚班 戴宁 → 夜班 潘玉洁：15床 付长江 低钾 3.1 mmol/L，已补钾。`, [
    ['name', `戴宁`],
    ['name', `潘玉洁`],
    ['bed', `15`],
    ['name', `付长江`],
  ]),
  g(`鲁迅路 56号 3单元 401（绍兴市越城区），老人一楼独居。`, [
    ['address', `鲁迅路 56号 3单元 401`],
    ['address', `绍兴市越城区`],
  ]),
  g(`老吴今天精神好多了，早饭吃了一个鸡蛋。`, [['name', `吴`]]),
  g(`身份证 35020319560722183 1，末位手写不清，已拍照留档。`, [['id-card', `35020319560722183 1`]]),
  g(`范志刚、范志强兄弟轮流陪护，夜间由范志强负责。`, [
    ['name', `范志刚`],
    ['name', `范志强`],
    ['name', `范志强`, 1],
  ]),
  g(`外院资料：2026年1月在武汉协和医院行PCI术，植入支架2枚。`, [['organization', `武汉协和医院`]]),
  g(`邵春燕 13760 228 914 已预约下周二复诊。`, [
    ['name', `邵春燕`],
    ['phone', `13760 228 914`],
  ]),
  g(`重庆市渝中区解放碑民族路 166号 2-3，身份证500103196903045729，联系人 龚德贵。`, [
    ['address', `重庆市渝中区解放碑民族路 166号 2-3`],
    ['id-card', `500103196903045729`],
    ['name', `龚德贵`],
  ]),
  g(`出院带药由药剂科 严晓雯（工号 YJ0725）核对。`, [
    ['name', `严晓雯`],
    ['other-id', `YJ0725`],
  ]),
  // ---------------- Chinese (traditional): identifiers ----------------
  g(`出院摘要：病人 張志明，男，91歲，病歷號碼 A0938271，於2026年1月18日入院，診斷：社區獲得性肺炎。`, [
    ['name', `張志明`],
    ['age', `91`],
    ['mrn', `A0938271`],
    ['date', `1月18日`],
  ]),
  g(`身分證字號：F224635718，聯絡電話：0912-345-678，地址：台北市大安區忠孝東路四段 216巷 5弄 3號 4樓`, [
    ['id-card', `F224635718`],
    ['phone', `0912-345-678`],
    ['address', `台北市大安區忠孝東路四段 216巷 5弄 3號 4樓`],
  ]),
  g(`香港身份證 K538216(5)，住址：九龍旺角彌敦道 688號 旺角中心 12樓 B室，電話 9123 4567。`, [
    ['id-card', `K538216(5)`],
    ['address', `旺角彌敦道 688號 旺角中心 12樓 B室`],
    ['phone', `9123 4567`],
  ]),
  g(`[WhatsApp] 陳姑娘：阿婆（李鳳嬌）今朝食咗半碗粥，血壓 132/78。我哋下晝三點嚟探佢。—— 佢個仔 Kelvin`, [
    ['name', `陳`],
    ['name', `李鳳嬌`],
    ['name', `Kelvin`],
  ]),
  g(`轉介信 致：仁濟醫院 內科 病人黃錦輝先生，香港身份證 Y204719(3)，聯絡電話 6234 8871。`, [
    ['organization', `仁濟醫院`],
    ['name', `黃錦輝`],
    ['id-card', `Y204719(3)`],
    ['phone', `6234 8871`],
  ]),
  g(`林秀鳳 93歲 長照中心轉入，身分證 A128395049，家屬 林文雄 0933 218 466。`, [
    ['name', `林秀鳳`],
    ['age', `93`],
    ['id-card', `A128395049`],
    ['name', `林文雄`],
    ['phone', `0933 218 466`],
  ]),
  g(`健保卡號 0000 4127 8893，就診於臺大醫院 家庭醫學部，主治醫師 吳宗憲。`, [
    ['other-id', `0000 4127 8893`],
    ['organization', `臺大醫院`],
    ['name', `吳宗憲`],
  ]),
  g(`高雄市苓雅區四維三路 2號 8樓之1，郵遞區號 802，電子郵件 mei.hsu@kimo.com.tw`, [
    ['address', `高雄市苓雅區四維三路 2號 8樓之1`],
    ['address', `802`],
    ['email', `mei.hsu@kimo.com.tw`],
  ]),
  // ---------------- English: identifiers ----------------
  g(`DISCHARGE SUMMARY — Massachusetts General Hospital. Patient: Dolores Whitfield, 92 y/o F, MRN 004417829, admitted 02/14/2026 for CHF exacerbation.`, [
    ['organization', `Massachusetts General Hospital`],
    ['name', `Dolores Whitfield`],
    ['age', `92`],
    ['mrn', `004417829`],
    ['date', `02/14`],
  ]),
  g(`SSN 521-37-8846; Medicare Beneficiary ID 1EG4-TE5-MK73.`, [
    ['social-security', `521-37-8846`],
    ['other-id', `1EG4-TE5-MK73`],
  ]),
  g(`Home: 1847 Larkspur Lane, Apt 3B, Boulder, CO 80302. Cell (303) 555-0187.`, [
    ['address', `1847 Larkspur Lane, Apt 3B, Boulder`],
    ['address', `80302`],
    ['phone', `(303) 555-0187`],
  ]),
  g(`Marisol Ortega called back at 3pm, still vomiting, advised to come to the ED.`, [['name', `Marisol Ortega`]]),
  g(`Dear Dr Patel, Re: Mr Gareth Llewellyn, DOB 03/09/1958, NHS No. 485 777 3457, 14 Clover Close, Swindon SN2 7QT.`, [
    ['name', `Patel`],
    ['name', `Gareth Llewellyn`],
    ['date', `03/09`],
    ['mrn', `485 777 3457`],
    ['address', `14 Clover Close, Swindon`],
    ['address', `SN2 7QT`],
  ]),
  g(`Kind regards, Dr Fiona McAllister, Consultant Rheumatologist, Royal Devon University Healthcare NHS Foundation Trust. GMC 4829173.`, [
    ['name', `Fiona McAllister`],
    ['organization', `Royal Devon University Healthcare NHS Foundation Trust`],
    ['license', `4829173`],
  ]),
  g(`Patient: Siobhán Ní Bhriain, PPSN 8712345B, MRN 0391827, Beaumont Hospital, Dublin 9.`, [
    ['name', `Siobhán Ní Bhriain`],
    ['social-security', `8712345B`],
    ['mrn', `0391827`],
    ['organization', `Beaumont Hospital`],
    ['address', `Dublin 9`],
  ]),
  g(`Seen in clinic with her husband Pádraig; lives in Ballincollig, Co. Cork, Eircode P31 X2V8.`, [
    ['name', `Pádraig`],
    ['address', `Ballincollig`],
    ['address', `P31 X2V8`],
  ]),
  g(`Mrs Noeline Gartside (URN 7734019), 97 years, from Unit 4/22 Banksia Street, Toowong QLD 4066, Medicare 2953 41870 1.`, [
    ['name', `Noeline Gartside`],
    ['mrn', `7734019`],
    ['age', `97`],
    ['address', `Unit 4/22 Banksia Street, Toowong`],
    ['address', `4066`],
    ['other-id', `2953 41870 1`],
  ]),
  g(`ISBAR: Bed 14 — Kev Doherty, 58, post lap chole, obs stable, wife Shazza on 0412 884 305.`, [
    ['bed', `14`],
    ['name', `Kev Doherty`],
    ['name', `Shazza`],
    ['phone', `0412 884 305`],
  ]),
  g(`Patient name: Ramesh Venkataraman, Aadhaar 5823 4917 3601, UHID AIIMS/2026/118734, All India Institute of Medical Sciences, New Delhi.`, [
    ['name', `Ramesh Venkataraman`],
    ['id-card', `5823 4917 3601`],
    ['mrn', `AIIMS/2026/118734`],
    ['organization', `All India Institute of Medical Sciences`],
    ['address', `New Delhi`],
  ]),
  g(`Ph: +91 98450 23761 / 080-2658 4410, email: priya.nair87@gmail.com`, [
    ['phone', `+91 98450 23761`],
    ['phone', `080-2658 4410`],
    ['email', `priya.nair87@gmail.com`],
  ]),
  g(`Address: Flat 302, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru 560038.`, [
    ['address', `Flat 302, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru`],
    ['address', `560038`],
  ]),
  g(`NRIC S8123456F, Tan Wei Ling, 68F, Blk 512 Bedok North Ave 3 #08-214, Singapore 460512, HP 9123 8876.`, [
    ['id-card', `S8123456F`],
    ['name', `Tan Wei Ling`],
    ['address', `Blk 512 Bedok North Ave 3 #08-214`],
    ['address', `460512`],
    ['phone', `9123 8876`],
  ]),
  g(`Referred by Dr Lim Boon Keng from Tan Tock Seng Hospital, MCR M12873J.`, [
    ['name', `Lim Boon Keng`],
    ['organization', `Tan Tock Seng Hospital`],
    ['license', `M12873J`],
  ]),
  g(`Name: Chukwuemeka Okonkwo-Eze, Hosp. No. LUTH/26/04417, NIN 48291736054, Phone 0803 412 7790.`, [
    ['name', `Chukwuemeka Okonkwo-Eze`],
    ['mrn', `LUTH/26/04417`],
    ['id-card', `48291736054`],
    ['phone', `0803 412 7790`],
  ]),
  g(`Address: 12 Adeola Odeku Street, Victoria Island, Lagos. Next of kin: Mrs Ngozi Okonkwo (wife), 0706 118 2234.`, [
    ['address', `12 Adeola Odeku Street, Victoria Island, Lagos`],
    ['name', `Ngozi Okonkwo`],
    ['phone', `0706 118 2234`],
  ]),
  g(`Funmilayo is a 34-year-old teacher at Queen's College Yaba, G3P2, booked at 14 weeks.`, [
    ['name', `Funmilayo`],
    ['organization', `Queen's College Yaba`],
  ]),
  g(`Patient: Étienne Gagnon-Lavoie, OHIP 5584-213-907-KT, SIN 046 123 451, Sunnybrook Health Sciences Centre, Toronto.`, [
    ['name', `Étienne Gagnon-Lavoie`],
    ['other-id', `5584-213-907-KT`],
    ['social-security', `046 123 451`],
    ['organization', `Sunnybrook Health Sciences Centre`],
    ['address', `Toronto`],
  ]),
  g(`CPSO #84217 — Dr. Harpreet Sandhu, 2075 Bayview Avenue, Toronto ON M4N 3M5, fax 416-480-5502.`, [
    ['license', `84217`],
    ['name', `Harpreet Sandhu`],
    ['address', `2075 Bayview Avenue, Toronto`],
    ['address', `M4N 3M5`],
    ['phone', `416-480-5502`],
  ]),
  g(`OKAFOR, Bartholomew — 47M — presenting with crushing chest pain radiating to left arm.`, [
    ['name', `OKAFOR`],
    ['name', `Bartholomew`],
  ]),
  g(`Spoke with daughter Renee (cell 617.555.0143) re: code status; she is HCP.`, [
    ['name', `Renee`],
    ['phone', `617.555.0143`],
  ]),
  g(`Member ID: XQH918273645, Group No. 00871-BX, Blue Cross Blue Shield of Illinois; DOB 07/22/1931 (age 94).`, [
    ['other-id', `XQH918273645`],
    ['other-id', `00871-BX`],
    ['organization', `Blue Cross Blue Shield of Illinois`],
    ['date', `07/22/1931`],
    ['age', `94`],
  ]),
  g(`Portal: https://mychart.northshore-health.org/patient/88213 — questions to j.kowalczyk@northshore-health.org`, [
    ['url', `https://mychart.northshore-health.org/patient/88213`],
    ['email', `j.kowalczyk@northshore-health.org`],
  ]),
  g(`Login from 192.168.40.117 flagged; infusion pump serial PMX-3391-A7 quarantined.`, [
    ['ip', `192.168.40.117`],
    ['device', `PMX-3391-A7`],
  ]),
  g(`Bay 3, bed 6: Doris Pennington, 90, NEWS 5, daughter Julie visiting at 14:00.`, [
    ['bed', `3`],
    ['bed', `6`],
    ['name', `Doris Pennington`],
    ['age', `90`],
    ['name', `Julie`],
  ]),
  g(`Hospital number RJ1 447293, attended St Thomas' Hospital A&E on 19 January 2026.`, [
    ['mrn', `RJ1 447293`],
    ['organization', `St Thomas' Hospital`],
    ['date', `19 January`],
  ]),
  g(`[WhatsApp 07:42] Hi it's Bev from ward 7, can u ring Mr Achterberg's son on 07700 900 461 re discharge x`, [
    ['name', `Bev`],
    ['bed', `7`, 1],
    ['name', `Achterberg`],
    ['phone', `07700 900 461`],
  ]),
  g(`Discharged to Sunnyvale Aged Care, 18 Wattle Rd, Bendigo VIC 3550. GP: Dr Anh Nguyen, Provider No. 2417895T.`, [
    ['organization', `Sunnyvale Aged Care`],
    ['address', `18 Wattle Rd, Bendigo`],
    ['address', `3550`],
    ['name', `Anh Nguyen`],
    ['license', `2417895T`],
  ]),
  g(`Mr. Subramaniam, 93 yrs, PAN ABKPS4821L, brought by grandson Karthik.`, [
    ['name', `Subramaniam`],
    ['age', `93`],
    ['other-id', `ABKPS4821L`],
    ['name', `Karthik`],
  ]),
  g(`Lakshmi Devi c/o burning micturition x3 days, urine R/E pus cells 20-25/hpf.`, [['name', `Lakshmi Devi`]]),
  g(`Ah Hock's daughter msg: "Papa fell at home again, can we bring forward appt on 12 Mar?"`, [
    ['name', `Ah Hock`],
    ['date', `12 Mar`],
  ]),
  g(`Kwabena Asante-Mensah, Korle Bu Teaching Hospital, folder no. KBTH-26-7781, Ghana Card GHA-719283746-4.`, [
    ['name', `Kwabena Asante-Mensah`],
    ['organization', `Korle Bu Teaching Hospital`],
    ['mrn', `KBTH-26-7781`],
    ['id-card', `GHA-719283746-4`],
  ]),
  g(`Works night shifts at the Tyson Foods plant in Springdale; ammonia exposure on 3/2/26.`, [
    ['organization', `Tyson Foods`],
    ['address', `Springdale`],
    ['date', `3/2`],
  ]),
  g(`Accession #: S26-004817  Collected: 03/05/2026 08:12  Ordering: Mendelsohn, Ruth MD`, [
    ['other-id', `S26-004817`],
    ['date', `03/05`],
    ['name', `Mendelsohn`],
    ['name', `Ruth`],
  ]),
  g(`Card on file: 4556 7301 2345 6784 exp 09/28 (Visa), cardholder Gloria Estefan-Ruiz.`, [
    ['bank-card', `4556 7301 2345 6784`],
    ['name', `Gloria Estefan-Ruiz`],
  ]),
  g(`Driver's licence D1234-56789-01234 sighted at registration.`, [['license', `D1234-56789-01234`]]),
  g(`Passport no. 563829104; returned from West Africa 2 weeks ago, malaria film requested.`, [['passport', `563829104`]]),
  g(`Marguerite says he has been confused since Tuesday and not eating.`, [['name', `Marguerite`]]),
  g(`Mary-Kate O'Donoghue (DOB 1929-08-30, 97) transferred from Mercy University Hospital.`, [
    ['name', `Mary-Kate O'Donoghue`],
    ['date', `1929-08-30`],
    ['age', `97`],
    ['organization', `Mercy University Hospital`],
  ]),
  g(`Riverside Medical Practice, 22 Quay Street, Truro TR1 2HE. Tel 01872 555 230.`, [
    ['organization', `Riverside Medical Practice`],
    ['address', `22 Quay Street, Truro`],
    ['address', `TR1 2HE`],
    ['phone', `01872 555 230`],
  ]),
  g(`Family group chat: WhatsApp +234 812 334 9021 (Tunde), Telegram @ada_obi_91.`, [
    ['phone', `+234 812 334 9021`],
    ['name', `Tunde`],
    ['account', `@ada_obi_91`],
  ]),
  g(`Shift report: rm 412B, Mr. Pelletier, French-speaking, wife Ghislaine at bedside.`, [
    ['bed', `412B`],
    ['name', `Pelletier`],
    ['name', `Ghislaine`],
  ]),
  g(`Staff ID 30417 (RN Jessica Tran) administered 2 mg IV morphine at 0315.`, [
    ['other-id', `30417`],
    ['name', `Jessica Tran`],
  ]),
  g(`Hernandez-Vega reports 10/10 pain, requesting hydromorphone.`, [['name', `Hernandez-Vega`]]),
  g(`Age 101. Lives alone in sheltered housing in Harrogate; neighbour Brian checks daily.`, [
    ['age', `101`],
    ['address', `Harrogate`],
    ['name', `Brian`],
  ]),
  g(`Ref: Christian Medical College, Vellore; Hosp. No. 482913K; consultant Dr. Thomas Mathew.`, [
    ['organization', `Christian Medical College`],
    ['address', `Vellore`],
    ['mrn', `482913K`],
    ['name', `Thomas Mathew`],
  ]),
  g(`Appointment at NUH Medical Centre on 3 April 2026, 10:30am; contact nurse Siti Nurhaliza at 6772 5511.`, [
    ['organization', `NUH Medical Centre`],
    ['date', `3 April`],
    ['name', `Siti Nurhaliza`],
    ['phone', `6772 5511`],
  ]),
  g(`Patient's vehicle (plate 7XKR482) was towed from the ER lot.`, [['plate', `7XKR482`]]),
  g(`Dr. Oluwaseun Adeyemi (MDCN/R/48217) reviewed at University College Hospital, Ibadan.`, [
    ['name', `Oluwaseun Adeyemi`],
    ['license', `MDCN/R/48217`],
    ['organization', `University College Hospital`],
    ['address', `Ibadan`],
  ]),
  g(`Contact: jono.mcgregor@outlook.com.au or 02 9382 7714 (after hours).`, [
    ['email', `jono.mcgregor@outlook.com.au`],
    ['phone', `02 9382 7714`],
  ]),
  g(`Prakash and Meenal Joshi, parents of the infant, consented to circumcision.`, [
    ['name', `Prakash`],
    ['name', `Meenal Joshi`],
  ]),
  g(`Reimbursement to A/c 50100287341925 (HDFC), account holder Anand Kulkarni.`, [
    ['account', `50100287341925`],
    ['name', `Anand Kulkarni`],
  ]),
  g(`Mrs Wong Mei Ling, 95, Cantonese-speaking, son Kenneth interprets.`, [
    ['name', `Wong Mei Ling`],
    ['age', `95`],
    ['name', `Kenneth`],
  ]),
  g(`Thanks Gwen — Colm will cover Aoife's 2pm scope list today.`, [
    ['name', `Gwen`],
    ['name', `Colm`],
    ['name', `Aoife`],
  ]),
  g(`NHS 943 476 5919 / 4010232137 (duplicate record, merge requested).`, [
    ['mrn', `943 476 5919`],
    ['mrn', `4010232137`],
  ]),
  g(`Bisi Adebayo-Williams 0809-221-7734 — wants results by SMS, not email.`, [
    ['name', `Bisi Adebayo-Williams`],
    ['phone', `0809-221-7734`],
  ]),
  // ---------------- identifier-free clinical items: Chinese ----------------
  g(`诊断：帕金森病（ICD-10 G20），予多巴丝肼片 125 mg tid，普拉克索 0.25 mg tid。`),
  g(`格雷夫斯病（Graves病）伴甲亢，FT4 48.6 pmol/L，TSH <0.005 mIU/L，予甲巯咪唑 10 mg bid。`),
  g(`桥本甲状腺炎（Hashimoto甲状腺炎），TPOAb 586 IU/mL，左甲状腺素钠（优甲乐）50 μg qd。`),
  g(`克罗恩病（Crohn病，ICD-10 K50.9），予英夫利西单抗 5 mg/kg 静滴，第0、2、6周诱导。`),
  g(`心电图示预激综合征（Wolff-Parkinson-White综合征），delta波明显，建议射频消融。`),
  g(`库欣综合征待排：午夜唾液皮质醇升高，1 mg地塞米松抑制试验未被抑制。`),
  g(`根据《中国2型糖尿病防治指南（2020年版）》，HbA1c 8.2%，加用达格列净 10 mg qd。`),
  g(`二尖瓣机械瓣置换术后（St. Jude 27 mm），华法林 3 mg qd，INR目标 2.5–3.5。`),
  g(`阿尔茨海默病（ICD-11 8A20），MMSE 18分，予多奈哌齐 5 mg qn。`),
  g(`血常规：WBC 12.6×10^9/L，N 86.3%，Hb 102 g/L，PLT 356×10^9/L；CRP 78 mg/L，PCT 1.2 ng/mL。`),
  g(`川崎病：发热5天，球结膜充血，草莓舌，予丙种球蛋白 2 g/kg 及阿司匹林 30 mg/kg/d。`),
  g(`吉兰-巴雷综合征（Guillain-Barré综合征），脑脊液蛋白-细胞分离，予IVIG 0.4 g/(kg·d) ×5天。`),
  g(`霍奇金淋巴瘤 IIB期，ABVD方案第3周期，博来霉素肺毒性监测DLCO。`),
  g(`系统性红斑狼疮（SLE），抗dsDNA 212 IU/mL，C3 0.52 g/L，予羟氯喹 200 mg bid，泼尼松 30 mg qd。`),
  g(`依据 2023 ESC 心衰指南，射血分数 35%，启动沙库巴曲缬沙坦（诺欣妥）50 mg bid、恩格列净 10 mg qd。`),
  g(`Barrett食管伴低级别上皮内瘤变，予雷贝拉唑 20 mg bid，6个月后复查胃镜。`),
  g(`肝功能：ALT 156 U/L，AST 98 U/L，TBIL 34.2 μmol/L，ALB 31 g/L；Child-Pugh B级，MELD 14分。`),
  g(`艾迪生病（Addison病）：晨皮质醇 48 nmol/L，ACTH 312 pg/mL，予氢化可的松 20 mg/10 mg。`),
  g(`Stevens-Johnson综合征，考虑卡马西平所致，HLA-B*1502 阳性，立即停药。`),
  g(`梅尼埃病发作期，予倍他司汀 12 mg tid，低盐饮食。`),
  g(`贝尔面瘫（Bell麻痹），House-Brackmann III级，予泼尼松 60 mg qd ×5天后减量。`),
  g(`Apgar评分 1分钟8分、5分钟9分，出生体重 3250 g，胎龄39⁺²周。`),
  g(`診斷：類風濕性關節炎，DAS28 5.1，予甲氨蝶呤 15 mg 每週一次及葉酸 5 mg。`),
  g(`心房顫動（CHA₂DS₂-VASc 4分），予阿哌沙班（Eliquis）5 mg 每日兩次。`),
  // ---------------- identifier-free clinical items: English ----------------
  g(`Known Parkinson's disease (ICD-10 G20), on Sinemet 25/100 one tab TDS and rasagiline 1 mg OD.`),
  g(`Graves' disease: TRAb 12.4 IU/L, free T4 41 pmol/L; started carbimazole 40 mg daily per 2016 ATA guidelines.`),
  g(`Hashimoto's thyroiditis on levothyroxine (Synthroid) 100 mcg daily; TSH 2.1 mIU/L.`),
  g(`Crohn's disease (K50.0), ileocolonic, on adalimumab (Humira) 40 mg SC every 2 weeks.`),
  g(`ECG: short PR, delta waves, consistent with Wolff-Parkinson-White pattern; refer to electrophysiology.`),
  g(`Cushing's syndrome suspected: 24-h urinary free cortisol 612 nmol/24h, late-night salivary cortisol raised.`),
  g(`Mechanical aortic valve (St. Jude Medical Regent 23 mm) on warfarin, target INR 2.5-3.5.`),
  g(`Addisonian crisis: Na 124 mmol/L, K 6.1 mmol/L; hydrocortisone 100 mg IV stat then 50 mg QDS.`),
  g(`Per KDIGO 2024 guideline, eGFR 38 mL/min/1.73m², ACR 45 mg/mmol — start dapagliflozin (Forxiga) 10 mg OD.`),
  g(`Hodgkin lymphoma stage IIA, completed 4 cycles ABVD; interim PET Deauville score 2.`),
  g(`Bell's palsy, House-Brackmann grade IV; prednisolone 60 mg OD for 5 days, then taper.`),
  g(`Guillain-Barré syndrome: CSF protein 1.8 g/L, WCC 2; IVIG 2 g/kg over 5 days.`),
  g(`Ménière's disease: betahistine 16 mg TDS; audiogram shows low-frequency SNHL.`),
  g(`Barrett's oesophagus C2M4 without dysplasia; continue omeprazole 40 mg BD, surveillance OGD in 3 years (BSG 2013).`),
  g(`Raynaud's phenomenon secondary to systemic sclerosis; nifedipine MR 30 mg OD.`),
  g(`Kawasaki disease day 6: IVIG 2 g/kg and aspirin 80 mg/kg/day; echo shows no coronary aneurysm.`),
  g(`Alzheimer's dementia (ICD-11 6D80), MoCA 17/30; donepezil (Aricept) 10 mg nocte.`),
  g(`Sjögren's syndrome: anti-Ro positive, Schirmer test 3 mm at 5 min; hydroxychloroquine 200 mg BD.`),
  g(`Tetralogy of Fallot with Blalock-Taussig shunt in infancy; now severe pulmonary regurgitation.`),
  g(`Wells score 6, D-dimer 2.4 mg/L FEU; CTPA confirms PE; started apixaban 10 mg BD for 7 days.`),
  g(`HbA1c 64 mmol/mol (8.0%); metformin 1 g BD plus semaglutide (Ozempic) 0.5 mg weekly per NICE NG28.`),
  g(`Lyme disease with erythema migrans; doxycycline 100 mg BD for 14 days.`),
  g(`Down syndrome with atrioventricular septal defect and Eisenmenger physiology; SpO2 84% on room air.`),
  g(`Glasgow Coma Scale 13 (E3 V4 M6); CT head shows no acute intracranial haemorrhage.`),
  g(`Addison's disease on fludrocortisone 100 mcg OD; Conn's syndrome excluded (aldosterone/renin ratio 18).`),
  g(`Hirschsprung disease s/p Swenson pull-through; Meckel's diverticulum noted incidentally.`),
];
