import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Fourteenth gold set: an outside held-out set (set 42), written before any de-identification code or earlier gold
 * set was read, and scored once, blind, on the code of 2026-12-06 (commit 7beff7f). Chinese and mixed items first
 * (discharge summaries, referral letters, nursing handovers, lab slips, WeChat messages), then English ones (UK,
 * Ireland, US, Canada, Australia, Singapore, Malaysia, India, South Africa, Kenya, Nigeria, Ghana, Philippines), then
 * identifier-free clinical sentences in both languages. All identifiers are fictional; check digits are made valid so
 * that they look like the real thing. 168 items: 85 Chinese or mixed, 83 English; 120 carry 263 identifiers, 48 carry
 * none. Blind: strict recall 0.863, Safe Harbor recall (any class) 0.897, precision 0.923, one identifier-free item
 * changed ("St. Jude" as a name). One annotation was corrected after the blind run, before any code was read: the age
 * in "1933年2月14日（93岁）" is the second "93", not the one inside the year. Annotation conventions (those of set 40):
 *  - names: the name only (no title / 先生 / 医生 / Dr); surname alone when only the surname is written;
 *    familiar forms (老张, 小芳) annotate the part that is a name.
 *  - dates: only the month/day part, unless it is the date of birth of someone aged > 89 (then the whole date).
 *  - ages: only the number, and only when > 89.
 *  - addresses: city level and below (province / state / country left out); postcodes annotated separately.
 *  - beds / wards: the bed number or ward code itself (not the word 床 / bed / ward).
 *  - phone: the number; messaging handles that are not phone numbers are `account`, as are bank account numbers.
 *  - patient numbers (住院号, 病案号, 就诊卡号, NHS, URN, hospital no.) are `mrn`; insurance numbers, staff numbers,
 *    specimen / check-up numbers are `other-id`; national identity numbers (身份证, NRIC, MyKad, Aadhaar) are
 *    `id-card`; professional registrations (执业证书, NPI, CPSO) and driving licences are `license`.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, ...(occurrence !== undefined ? { occurrence } : {}) })) };
}

export const DEID_GOLD_SET_V14: readonly GoldSentence[] = [
  // ---------------- Chinese and mixed: identifiers ----------------
  g(`出院小结\u3000患者刘桂芳，女，93岁，身份证 110105 19330214 0620，因"跌倒后左髋疼痛1天"于2026年2月11日入院。`, [
    ['name', `刘桂芳`],
    ['age', `93`],
    ['id-card', `110105 19330214 0620`],
    ['date', `2月11日`],
  ]),
  g(`出生日期：1933年2月14日（93岁），既往高血压病史20年。`, [
    ['date', `1933年2月14日`],
    ['age', `93`, 1],
  ]),
  g(`转诊单：兹有我院心内科患者陈志强（住院号 2026013387）转贵院行PCI术，联系人其女陈晓雯 138-1672-4059。`, [
    ['name', `陈志强`],
    ['mrn', `2026013387`],
    ['name', `陈晓雯`],
    ['phone', `138-1672-4059`],
  ]),
  g(`护理记录 03-07 22:10 患者诉切口疼痛，NRS 5分，遵医嘱予帕瑞昔布40mg iv，责任护士：周婷（工号 N20417）。`, [
    ['date', `03-07`],
    ['name', `周婷`],
    ['other-id', `N20417`],
  ]),
  g(`孙主任您好，我是昨天门诊那个甲状腺结节的病人家属，我妈叫何淑珍，B超报告发您看看`, [
    ['name', `孙`],
    ['name', `何淑珍`],
  ]),
  g(`何淑珍 TI-RADS 4a类，建议细针穿刺。`, [['name', `何淑珍`]]),
  g(`银行卡号 6222 0212 3456 7890 128 开户人 欧阳明辉，退款请汇至此账户。`, [
    ['bank-card', `6222 0212 3456 7890 128`],
    ['name', `欧阳明辉`],
  ]),
  g(`患者家属要求把报告发到邮箱 liwenjing1987@163.com，或加微信 lwj_19870603。`, [
    ['email', `liwenjing1987@163.com`],
    ['account', `lwj_19870603`],
  ]),
  g(`家住广州市天河区天河北路 233 号中信广场 B 座 1806 室，邮编 510620。`, [
    ['address', `广州市天河区天河北路 233 号中信广场 B 座 1806 室`],
    ['address', `510620`],
  ]),
  g(`阿依古丽·买买提，女，45岁，维吾尔族，因"发热伴咳嗽5天"入院。`, [['name', `阿依古丽·买买提`]]),
  g(`今天查房，王建军说夜里又咳了，痰里带点血丝。`, [['name', `王建军`]]),
  g(`老张今天精神好多了，早饭吃了半碗粥。`, [['name', `张`]]),
  g(`小芳妈妈：宝宝昨晚体温38.9℃，吃了布洛芬混悬液5ml，现在37.6℃。`, [['name', `小芳`]]),
  g(`检验报告单 姓名：赵丽娟 性别：女 年龄：52岁 科室：内分泌科 床号：17 标本号：2603120458 送检日期：2026-03-12`, [
    ['name', `赵丽娟`],
    ['bed', `17`],
    ['other-id', `2603120458`],
    ['date', `03-12`],
  ]),
  g(`糖化血红蛋白 8.2%，空腹血糖 9.6 mmol/L，请赵丽娟本周四复诊。`, [['name', `赵丽娟`]]),
  g(`联系电话：0755-2683 4471（座机），手机 159 8821 0346。`, [
    ['phone', `0755-2683 4471`],
    ['phone', `159 8821 0346`],
  ]),
  g(`患者身份证号码为320102-19880917-4523，与医保卡信息一致。`, [['id-card', `320102-19880917-4523`]]),
  g(`主刀：黄文涛 一助：林晓 麻醉：邓佳琪 巡回：许丹`, [
    ['name', `黄文涛`],
    ['name', `林晓`],
    ['name', `邓佳琪`],
    ['name', `许丹`],
  ]),
  g(`病人叫马丽，住在成都市武侯区玉林南路 16 号 3 栋 2 单元 501。`, [
    ['name', `马丽`],
    ['address', `成都市武侯区玉林南路 16 号 3 栋 2 单元 501`],
  ]),
  g(`请于3月20日上午8点空腹到门诊三楼抽血，并携带既往检查资料。`, [['date', `3月20日`]]),
  g(`患者孙女 吴思琪 电话 186 0213 7745 微信同号`, [
    ['name', `吴思琪`],
    ['phone', `186 0213 7745`],
  ]),
  g(`冯德华先生 97 岁，出生于 1929 年 8 月 11 日，身份证 370202192908111568。`, [
    ['name', `冯德华`],
    ['age', `97`],
    ['date', `1929 年 8 月 11 日`],
    ['id-card', `370202192908111568`],
  ]),
  g(`门诊病历 就诊卡号：0012 8834 5521 患者：韩雪梅`, [
    ['mrn', `0012 8834 5521`],
    ['name', `韩雪梅`],
  ]),
  g(`患者系退休教师，与老伴郑国庆同住于杭州市西湖区文三路 478 号华星小区 12 幢 3 单元 602 室。`, [
    ['name', `郑国庆`],
    ['address', `杭州市西湖区文三路 478 号华星小区 12 幢 3 单元 602 室`],
  ]),
  g(`@李医生 3床的病人今天下午转ICU了吗？ @护士长-徐敏 已经转了`, [
    ['name', `李`],
    ['bed', `3`],
    ['name', `徐敏`],
  ]),
  g(`QQ：847 261 935，患者本人 QQ 号，随访用。`, [['account', `847 261 935`]]),
  g(`随访电话打给患者女儿，号码 +86 135-1098-2264，未接通。`, [['phone', `+86 135-1098-2264`]]),
  g(`2026年1月5日 患者于我院行腹腔镜胆囊切除术，术后恢复良好。`, [['date', `1月5日`]]),
  g(`陶红梅 女 34岁 G2P1 孕38+2周 因"规律腹痛4小时"入院`, [['name', `陶红梅`]]),
  g(`签名：主治医师 谢振宇 2026.03.18`, [
    ['name', `谢振宇`],
    ['date', `03.18`],
  ]),
  g(`护士站：12病区 36床 钱玉兰 今晨血压 168/95 mmHg，已报告值班医生。`, [
    ['bed', `12`],
    ['bed', `36`],
    ['name', `钱玉兰`],
  ]),
  g(`身份证：4401 0619 9203 0573 11，手机：13925106688`, [
    ['id-card', `4401 0619 9203 0573 11`],
    ['phone', `13925106688`],
  ]),
  g(`家属黎少华（患者之夫）称患者近一周食欲差。`, [['name', `黎少华`]]),
  g(`患者持港澳居民来往内地通行证 H10293847，联系电话 +852 6123 8874。`, [
    ['passport', `H10293847`],
    ['phone', `+852 6123 8874`],
  ]),
  g(`张医生，我爸周三做完胃镜，病理结果出来了吗？他叫卢永福，住院号 730216。`, [
    ['name', `张`],
    ['name', `卢永福`],
    ['mrn', `730216`],
  ]),
  g(`卢永福胃窦活检：慢性萎缩性胃炎伴肠化（中度），Hp（+）。`, [['name', `卢永福`]]),
  g(`会诊意见：同意目前诊疗方案。会诊医师：呼吸科 覃海燕 执业证书编号 110440100012345`, [
    ['name', `覃海燕`],
    ['license', `110440100012345`],
  ]),
  g(`入院时间：2026-02-27 09:42 出院时间：2026-03-09 10:15`, [
    ['date', `02-27`],
    ['date', `03-09`],
  ]),
  g(`患者叶秀兰为独居老人，92岁，由社区网格员邱明负责联系。`, [
    ['name', `叶秀兰`],
    ['age', `92`],
    ['name', `邱明`],
  ]),
  g(`患者家属通过银行转账缴费，卡号 6228 4800 4512 7393（农业银行）。`, [['bank-card', `6228 4800 4512 7393`]]),
  g(`患者现住南京市玄武区珠江路 88 号新世界中心 A 座 2209，户籍地江苏省盐城市。`, [
    ['address', `南京市玄武区珠江路 88 号新世界中心 A 座 2209`],
    ['address', `盐城市`],
  ]),
  g(`李思远，男，8岁，因"发热3天，皮疹1天"就诊。其母亲杨雪 联系电话 177 2834 5610。`, [
    ['name', `李思远`],
    ['name', `杨雪`],
    ['phone', `177 2834 5610`],
  ]),
  g(`宝宝出生日期 2026年1月8日，出生体重3.2kg，Apgar评分9-10分。`, [['date', `1月8日`]]),
  g(`核酸采样点：武汉市武昌区中南路 99 号，采样人员工号 WH0932。`, [
    ['address', `武汉市武昌区中南路 99 号`],
    ['other-id', `WH0932`],
  ]),
  g(`请通知 26 床家属（患者 宋建平 之子 宋涛）来医生办公室谈话。`, [
    ['bed', `26`],
    ['name', `宋建平`],
    ['name', `宋涛`],
  ]),
  g(`患者通过互联网医院复诊，用户名 songtao2026。`, [['account', `songtao2026`]]),
  g(`体检编号 TJ20260315-0087 方静怡 女 41岁`, [
    ['other-id', `TJ20260315-0087`],
    ['name', `方静怡`],
  ]),
  g(`患者蒋玉珍 1930年5月出生，现96岁，长期卧床。`, [
    ['name', `蒋玉珍`],
    ['date', `1930年5月`],
    ['age', `96`],
  ]),
  g(`下午护理交班：彭大爷（45床）晚饭后血糖 14.3 mmol/L，已予门冬胰岛素 4U 皮下注射。`, [
    ['name', `彭`],
    ['bed', `45`],
  ]),
  g(`"陆医生，谢谢您！我是曾美玲，下周二还要复查吗？"`, [
    ['name', `陆`],
    ['name', `曾美玲`],
  ]),
  g(`患者车牌号 粤B·D36K82 停在地下车库，家属请求帮忙挪车。`, [['plate', `粤B·D36K82`]]),
  g(`救护车出车记录：接诊地址 西安市雁塔区小寨西路 26 号，联系人 任伟 180 9123 4408`, [
    ['address', `西安市雁塔区小寨西路 26 号`],
    ['name', `任伟`],
    ['phone', `180 9123 4408`],
  ]),
  g(`患者，男，41岁，身份证号：610103-198412-035272`, [['id-card', `610103-198412-035272`]]),
  g(`医师签名：潘\u3000磊（工号 002173）`, [
    ['name', `潘\u3000磊`],
    ['other-id', `002173`],
  ]),
  g(`Discharge summary（中英文）：Patient 高淑英 (Gao Shuying), 91 y, admitted 2026-01-22.`, [
    ['name', `高淑英`],
    ['name', `Gao Shuying`],
    ['age', `91`],
    ['date', `01-22`],
  ]),
  g(`复查：请魏晨于 4月2日 复查血常规、肝肾功能。`, [
    ['name', `魏晨`],
    ['date', `4月2日`],
  ]),
  g(`家属电话 021 6437 2290（患者儿媳 范丽）`, [
    ['phone', `021 6437 2290`],
    ['name', `范丽`],
  ]),
  g(`病案号：00735219；ID号：P0048821；`, [
    ['mrn', `00735219`],
    ['mrn', `P0048821`],
  ]),
  g(`今晚值班是谭志刚，有事打他手机 133 0571 9826。`, [
    ['name', `谭志刚`],
    ['phone', `133 0571 9826`],
  ]),
  g(`石家庄市长安区建设北大街 52 号 3 单元 401 室 常春燕 收`, [
    ['address', `石家庄市长安区建设北大街 52 号 3 单元 401 室`],
    ['name', `常春燕`],
  ]),
  g(`病人家属诸葛文静来电询问探视时间。`, [['name', `诸葛文静`]]),
  // ---------------- English: identifiers ----------------
  g(`Dear Dr Okafor, thank you for seeing Mrs Margaret Ellison, DOB 14/03/1931, NHS No. 485 777 3457, who is 95 years old.`, [
    ['name', `Okafor`],
    ['name', `Margaret Ellison`],
    ['date', `14/03/1931`],
    ['mrn', `485 777 3457`],
    ['age', `95`],
  ]),
  g(`Mrs Ellison lives alone at 14 Larkspur Close, Harrogate HG2 7QP and her daughter Susan visits twice a week.`, [
    ['name', `Ellison`],
    ['address', `14 Larkspur Close, Harrogate`],
    ['address', `HG2 7QP`],
    ['name', `Susan`],
  ]),
  g(`Susan can be reached on 07700 900461 or susan.ellison@btinternet.com.`, [
    ['name', `Susan`],
    ['phone', `07700 900461`],
    ['email', `susan.ellison@btinternet.com`],
  ]),
  g(`Seen in clinic today with her son, Declan O'Rourke, who reports increased confusion since 2 February.`, [
    ['name', `Declan O'Rourke`],
    ['date', `2 February`],
  ]),
  g(`PPS medical card no. 4829163J, GP: Dr Niamh Gallagher, Ballinasloe.`, [
    ['other-id', `4829163J`],
    ['name', `Niamh Gallagher`],
    ['address', `Ballinasloe`],
  ]),
  g(`Patient: Robert "Bob" Kowalski   MRN: 00482913   DOB: 07/22/1958   Room 4117-B`, [
    ['name', `Robert`],
    ['name', `Bob`],
    ['name', `Kowalski`],
    ['mrn', `00482913`],
    ['date', `07/22`],
    ['bed', `4117-B`],
  ]),
  g(`Mr. Kowalski is a 67-year-old retired machinist from Toledo, Ohio presenting with exertional chest pain.`, [
    ['name', `Kowalski`],
    ['address', `Toledo`],
  ]),
  g(`Please call his wife Linda at (419) 555-0187 with results.`, [
    ['name', `Linda`],
    ['phone', `(419) 555-0187`],
  ]),
  g(`Insurance: Medicare beneficiary ID 1EG4-TE5-MK73.`, [['other-id', `1EG4-TE5-MK73`]]),
  g(`Referring provider Anjali Raman, MD, NPI 1487290367.`, [
    ['name', `Anjali Raman`],
    ['license', `1487290367`],
  ]),
  g(`Ms Tan Mei Ling, a 58-year-old lady from Tampines (NRIC S7812345A), was reviewed on 3 Mar 2026.`, [
    ['name', `Tan Mei Ling`],
    ['address', `Tampines`],
    ['id-card', `S7812345A`],
    ['date', `3 Mar`],
  ]),
  g(`Her handphone is +65 9123 4587 and she prefers WhatsApp.`, [['phone', `+65 9123 4587`]]),
  g(`Mr Rajesh Kumar Iyer (Aadhaar 4821 7730 5126) attended OPD at our Chennai unit on 12.01.2026.`, [
    ['name', `Rajesh Kumar Iyer`],
    ['id-card', `4821 7730 5126`],
    ['address', `Chennai`],
    ['date', `12.01`],
  ]),
  g(`Mobile +91 98401 22763; alternate 044-2434 5561.`, [
    ['phone', `+91 98401 22763`],
    ['phone', `044-2434 5561`],
  ]),
  g(`Nursing note 0300: Pt (Hollis, Edna) restless, pulled at IV line; 1:1 sitter requested. K. Mbeki RN #44871`, [
    ['name', `Hollis`],
    ['name', `Edna`],
    ['name', `Mbeki`],
    ['other-id', `44871`],
  ]),
  g(`edna's granddaughter jess called again, wants update, number on file`, [
    ['name', `edna`],
    ['name', `jess`],
  ]),
  g(`hi dr patel, pt in bay 6 (mr whitfield) spiking 38.9, bloods sent, can u review? thx, Chloe`, [
    ['name', `patel`],
    ['bed', `6`],
    ['name', `whitfield`],
    ['name', `Chloe`],
  ]),
  g(`Text from Sipho Ndlovu 082 555 0193: "Doc, the pills make me dizzy, can I stop?"`, [
    ['name', `Sipho Ndlovu`],
    ['phone', `082 555 0193`],
  ]),
  g(`Australian Medicare number 2950 38171 1 recorded at triage.`, [['other-id', `2950 38171 1`]]),
  g(`Lives with partner Tomasz at Unit 5/27 Grevillea Street, Toowong QLD 4066.`, [
    ['name', `Tomasz`],
    ['address', `Unit 5/27 Grevillea Street, Toowong`],
    ['address', `4066`],
  ]),
  g(`Ph 0412 387 590 (Tomasz).`, [
    ['phone', `0412 387 590`],
    ['name', `Tomasz`],
  ]),
  g(`OHIP 5584-486-674-YM, Dr. Geneviève Tremblay, CPSO #74219`, [
    ['other-id', `5584-486-674-YM`],
    ['name', `Geneviève Tremblay`],
    ['license', `74219`],
  ]),
  g(`Address: 118 Rue Saint-Denis, Apt 3, Montréal QC H2X 3K8`, [
    ['address', `118 Rue Saint-Denis, Apt 3, Montréal`],
    ['address', `H2X 3K8`],
  ]),
  g(`Good morning Amara, your mum Mrs Chidinma Eze is stable after surgery; visiting hours are 4-6pm.`, [
    ['name', `Amara`],
    ['name', `Chidinma Eze`],
  ]),
  g(`NHIF no. 2304 8811 09; Mrs Wanjiru Kamau; P.O. Box 4521-00100 Nairobi`, [
    ['other-id', `2304 8811 09`],
    ['name', `Wanjiru Kamau`],
    ['address', `P.O. Box 4521-00100 Nairobi`],
  ]),
  g(`Kamau W., F, 94 yrs, known hypertensive, presented 14/2/26 with left-sided weakness.`, [
    ['name', `Kamau`],
    ['age', `94`],
    ['date', `14/2`],
  ]),
  g(`DOB 02/09/1931 – aged 94 – lives in a care home in Swansea.`, [
    ['date', `02/09/1931`],
    ['age', `94`],
    ['address', `Swansea`],
  ]),
  g(`Ward 7B, bed 12: Mr. Dafydd Pritchard, hospital no. K2283941.`, [
    ['bed', `7B`],
    ['bed', `12`],
    ['name', `Dafydd Pritchard`],
    ['mrn', `K2283941`],
  ]),
  g(`Staff ID 0093 4127 (Nurse Priya Shah) administered the 2100 dose.`, [
    ['other-id', `0093 4127`],
    ['name', `Priya Shah`],
  ]),
  g(`Telegram @dr_liam_b or Signal +44 7911 123456`, [
    ['account', `@dr_liam_b`],
    ['phone', `+44 7911 123456`],
  ]),
  g(`Skype: jdoherty.physio; Instagram @kellyrunsfar`, [
    ['account', `jdoherty.physio`],
    ['account', `@kellyrunsfar`],
  ]),
  g(`Refund to sort code 20-45-77, account 43928811 (Mr G. Holloway).`, [
    ['account', `20-45-77`],
    ['account', `43928811`],
    ['name', `Holloway`],
  ]),
  g(`Patient read her card number 5378 1234 5678 9018 over the phone to pay the co-pay.`, [['bank-card', `5378 1234 5678 9018`]]),
  g(`Visa 4556-7301-2345-6784 on file for the self-pay account.`, [['bank-card', `4556-7301-2345-6784`]]),
  g(`Jonathan Reyes-Whitaker, 44, was brought in by EMS from 2250 Magnolia Ave, Apt 12C, Long Beach, CA 90806.`, [
    ['name', `Jonathan Reyes-Whitaker`],
    ['address', `2250 Magnolia Ave, Apt 12C, Long Beach`],
    ['address', `90806`],
  ]),
  g(`SSN 512-44-9081 on the consent form must be redacted.`, [['social-security', `512-44-9081`]]),
  g(`Driver's licence D4417-28830-61209 seen at registration.`, [['license', `D4417-28830-61209`]]),
  g(`Passport no. P1294883A (Philippines), flew Manila to Sydney on 28 Feb.`, [
    ['passport', `P1294883A`],
    ['date', `28 Feb`],
  ]),
  g(`Fatima Al-Sayed's blood glucose was 18.2 mmol/L this morning.`, [['name', `Fatima Al-Sayed`]]),
  g(`Reviewed with Prof. Henrik Lindqvist (consultant) and Dr. Siobhán Ní Bhriain (SpR).`, [
    ['name', `Henrik Lindqvist`],
    ['name', `Siobhán Ní Bhriain`],
  ]),
  g(`Appointment confirmed for Tuesday 17 March at 10:40 with Mr. Oduya.`, [
    ['date', `17 March`],
    ['name', `Oduya`],
  ]),
  g(`Mr Lim Boon Keng, IC 680512-10-5523, from Petaling Jaya, was admitted with dengue.`, [
    ['name', `Lim Boon Keng`],
    ['id-card', `680512-10-5523`],
    ['address', `Petaling Jaya`],
  ]),
  g(`Emergency contact: Marguerite (sister) 0161 496 0733`, [
    ['name', `Marguerite`],
    ['phone', `0161 496 0733`],
  ]),
  g(`Medtronic pacemaker, serial PZK604312H, implanted 2019; checked today, battery 7 years.`, [['device', `PZK604312H`]]),
  g(`Abernathy is due for her B12 injection next week.`, [['name', `Abernathy`]]),
  g(`Spoke to Grace this afternoon; she understands the plan for CT-guided biopsy.`, [['name', `Grace`]]),
  g(`The patient, Hamish McLeod, aged 91, was found on the floor by his neighbour Morag.`, [
    ['name', `Hamish McLeod`],
    ['age', `91`],
    ['name', `Morag`],
  ]),
  g(`Employee No: MH-20419 | Dept: Radiology | Reporting radiologist: Dr Olusegun Adeyemi`, [
    ['other-id', `MH-20419`],
    ['name', `Olusegun Adeyemi`],
  ]),
  g(`Result phoned to Kwame Mensah (pt) on 0244 123 456 at 16:20 on 09/03.`, [
    ['name', `Kwame Mensah`],
    ['phone', `0244 123 456`],
    ['date', `09/03`],
  ]),
  g(`Born 11 November 1928 (age 97), Mr Alastair Finch-Hatton remains independent with a frame.`, [
    ['date', `11 November 1928`],
    ['age', `97`],
    ['name', `Alastair Finch-Hatton`],
  ]),
  g(`URN 3318842 — BROWN, Kylie — DOB 19/06/1979`, [
    ['mrn', `3318842`],
    ['name', `BROWN`],
    ['name', `Kylie`],
    ['date', `19/06`],
  ]),
  g(`Lab accession no. 26-MB-004417 for Ms Ortega.`, [
    ['other-id', `26-MB-004417`],
    ['name', `Ortega`],
  ]),
  g(`Email from r.nakamura@outlook.jp about her father Hiroshi Nakamura's discharge.`, [
    ['email', `r.nakamura@outlook.jp`],
    ['name', `Hiroshi Nakamura`],
  ]),
  g(`Telehealth link sent to liam.brennan77@gmail.com for Mr. Brennan.`, [
    ['email', `liam.brennan77@gmail.com`],
    ['name', `Brennan`],
  ]),
  g(`Pt name: Nguyen Thi Lan; interpreter (Vietnamese) booked for 24/03.`, [
    ['name', `Nguyen Thi Lan`],
    ['date', `24/03`],
  ]),
  g(`Mrs. Parkinson was reviewed in clinic for her Parkinson's disease.`, [['name', `Parkinson`, 0]]),
  g(`Dr Addison explained Addison's disease to the patient's wife, Helen.`, [
    ['name', `Addison`, 0],
    ['name', `Helen`],
  ]),
  g(`Called Mrs Okonkwo-Bello at home (+234 803 555 0172), no answer; will retry tomorrow.`, [
    ['name', `Okonkwo-Bello`],
    ['phone', `+234 803 555 0172`],
  ]),
  g(`Thanks Ruth, I'll see Mr Doyle after the ward round.`, [
    ['name', `Ruth`],
    ['name', `Doyle`],
  ]),
  // ---------------- Chinese: no identifiers ----------------
  g(`诊断：1. 2型糖尿病（E11.65）伴周围神经病变 2. 慢性肾脏病3b期（N18.32） 3. 高血压病3级 极高危`),
  g(`予阿托伐他汀钙片 20mg qn、氯吡格雷 75mg qd、阿司匹林肠溶片 100mg qd 口服。`),
  g(`血常规：WBC 12.4×10^9/L，N% 86.2%，Hb 86 g/L，PLT 312×10^9/L；CRP 86 mg/L，PCT 2.35 ng/mL。`),
  g(`考虑帕金森病（Hoehn-Yahr 2.5期），予多巴丝肼片 125mg tid。`),
  g(`桥本甲状腺炎，TSH 8.62 mIU/L，FT4 10.3 pmol/L，TPOAb >600 IU/mL。`),
  g(`肝硬化失代偿期，Child-Pugh B级（8分），MELD 评分 14分。`),
  g(`依据《中国2型糖尿病防治指南（2020年版）》，HbA1c 控制目标 <7.0%。`),
  g(`格林-巴利综合征，予静脉注射人免疫球蛋白 0.4 g/(kg·d) ×5天。`),
  g(`心电图：窦性心律，V1-V4 导联 ST 段抬高 0.2-0.4 mV，考虑急性前壁心肌梗死（I21.0），Killip Ⅰ级。`),
  g(`甘精胰岛素 12 U 睡前皮下注射，二甲双胍 0.5 g tid 餐中服。`),
  g(`头孢曲松 2 g ivgtt qd，联合阿奇霉素 0.5 g qd，疗程 7-10 天。`),
  g(`胃镜：巴雷特食管（C2M4，布拉格分类），活检示低级别上皮内瘤变。`),
  g(`川崎病，冠脉 Z 值 2.8，予丙种球蛋白 2 g/kg 单次输注及阿司匹林 30-50 mg/(kg·d)。`),
  g(`格拉斯哥昏迷评分 E3V4M6 = 13分，双侧瞳孔等大等圆，直径 3 mm，对光反射灵敏。`),
  g(`尿常规：蛋白 ++，潜血 +，24小时尿蛋白定量 3.2 g；血清白蛋白 26 g/L。`),
  g(`CHA2DS2-VASc 评分 4分，HAS-BLED 评分 2分，予利伐沙班 15 mg qd（eGFR 42 mL/min/1.73m²）。`),
  g(`库欣综合征待排，午夜血皮质醇 412 nmol/L，1 mg 地塞米松抑制试验未被抑制。`),
  g(`病理：乳腺浸润性导管癌，ER(90%+)，PR(60%+)，HER2(1+)，Ki-67 约 30%，pT2N1M0，ⅡB期。`),
  g(`根据 KDIGO 2012 指南及 2024 年更新，CKD G3bA2 患者应每 6 个月监测 eGFR。`),
  g(`韦尼克脑病可能，予维生素 B1 200 mg 肌注 tid。`),
  g(`硝苯地平控释片 30 mg qd，血压控制在 130-140/80-90 mmHg。`),
  g(`阿尔茨海默病，MMSE 18/30，MoCA 14/30，予多奈哌齐 5 mg qn。`),
  g(`患者既往于2019年行甲状腺全切术，术后长期口服左甲状腺素钠片 100 μg qd。`),
  g(`霍奇金淋巴瘤ⅡB期，ABVD方案第3周期，多柔比星 25 mg/m² d1、d15。`),
  // ---------------- English: no identifiers ----------------
  g(`Impression: Guillain-Barré syndrome; started IVIG 0.4 g/kg/day for 5 days.`),
  g(`Known Crohn's disease (ICD-10 K50.90) on adalimumab 40 mg SC every 2 weeks.`),
  g(`Labs: Na 131 mmol/L, K 5.6 mmol/L, creatinine 182 µmol/L, eGFR 28 mL/min/1.73m², HbA1c 62 mmol/mol (7.8%).`),
  g(`Continue apixaban 5 mg BD, ramipril 2.5 mg OD, bisoprolol 1.25 mg OD and atorvastatin 80 mg ON.`),
  g(`Per the 2023 ESC Guidelines for the management of acute coronary syndromes, ticagrelor 90 mg BD for 12 months.`),
  g(`GOLD 2024 group E; FEV1/FVC 0.58, FEV1 41% predicted; ICD-10 J44.1.`),
  g(`Hodgkin lymphoma stage IIB, ABVD cycle 3 of 6; Reed-Sternberg cells on biopsy.`),
  g(`Wells score 6, D-dimer 2,340 ng/mL FEU; CTPA confirmed saddle embolus.`),
  g(`Glasgow Coma Scale 14 (E4 V4 M6); pupils equal and reactive, 3 mm.`),
  g(`Gleason 3+4=7 (Grade Group 2), PSA 8.4 ng/mL, cT2b N0 M0.`),
  g(`Stevens-Johnson syndrome suspected after lamotrigine; SCORTEN 2.`),
  g(`INR 2.3 on warfarin 4 mg; target 2.0–3.0 for mechanical mitral valve (St. Jude).`),
  g(`Troponin I 0.86 ng/mL at 0 h and 1.42 ng/mL at 3 h; BNP 1,240 pg/mL; LOINC 10839-9.`),
  g(`Graves' disease with TSH <0.01 mIU/L, free T4 48 pmol/L; carbimazole 20 mg OD.`),
  g(`Hartmann's procedure in 2021; stoma reversal planned per NICE NG147 (2019).`),
  g(`Mallory-Weiss tear on OGD; Rockall score 3, Glasgow-Blatchford 8.`),
  g(`Metformin 1 g BD, empagliflozin 10 mg OD, insulin glargine (Lantus) 18 units at 22:00.`),
  g(`Cushing's syndrome excluded: 1 mg overnight dexamethasone suppression cortisol 32 nmol/L.`),
  g(`Sjögren's syndrome, anti-Ro 52 positive, Schirmer test 3 mm at 5 min.`),
  g(`NYHA class III, LVEF 30% on echo; sacubitril/valsartan 49/51 mg BD per ACC/AHA 2022.`),
  g(`ICD-10 E11.65, I10, N18.4; SNOMED CT 44054006; CPT 99214.`),
  g(`Bell's palsy (House-Brackmann grade IV); prednisolone 60 mg OD for 5 days plus valaciclovir 1 g TDS.`),
  g(`Apgar 8 and 9 at 1 and 5 minutes; birth weight 3,420 g; vitamin K 1 mg IM given.`),
  g(`Kaposi sarcoma lesions on the left shin; CD4 count 180 cells/µL, HIV viral load 4,200 copies/mL.`),
];
