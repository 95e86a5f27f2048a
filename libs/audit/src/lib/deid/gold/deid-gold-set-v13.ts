import type { PhiType } from '../deid.types';
import type { GoldSentence } from './deid-gold-set';

/**
 * Thirteenth gold set: an outside evaluator's held-out set (set 40), written by someone who read no de-identification
 * code and scored once, blind, on the code of 2026-12-06 with the first set-39 fixes in the tree (Hong Kong and Macau
 * IDs, wards before beds). 153 items: 75 Chinese or mixed, 78 English (UK, Ireland, US, Canada, Australia, Singapore,
 * Malaysia, India, Nigeria, Kenya); 111 carry 259 identifiers, 42 carry none. Blind: strict recall 0.888, Safe Harbor
 * recall (any class) 0.946, precision 0.931, no identifier-free item changed. Kept as the evaluator annotated it
 * (copied from /work/blind/set-40.ts, unedited). Its annotation conventions:
 *  - names: the name only (no title / 先生 / 医生); surname alone when only the surname is written.
 *  - dates: only the month/day part, unless it is the date of birth of someone aged > 89 (then the whole date / birth year).
 *  - ages: only the number, and only when > 89.
 *  - addresses: city level and below (province / state / country left out); postcodes annotated separately.
 *  - beds / wards: the bed number or ward code itself (not the word 床 / bed / ward).
 *  - phone: the number (messaging handles that are not phone numbers are `account`).
 *  - national health numbers used as patient identifiers (NHS, URN, 病案号, 就诊卡号) are `mrn`;
 *    insurance / beneficiary numbers (健保卡, Medicare, OHIP, NHIF, PPS medical card) are `other-id`;
 *    professional registration numbers (NPI, GMC, DEA, 执业证书) are `license`; staff numbers are `other-id`.
 */
type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];
function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, ...(occurrence !== undefined ? { occurrence } : {}) })) };
}

export const DEID_GOLD_SET_V13: readonly GoldSentence[] = [
  // ---------------- Chinese: identifiers ----------------
  g(`张建国，男，67岁，因"反复胸闷3年，加重2天"于2026年1月14日入院。`, [
    ['name', `张建国`],
    ['date', `1月14日`],
  ]),
  g(`床旁交班：12床 刘秀英 术后第2天，引流量约30ml，淡血性。`, [
    ['bed', `12`],
    ['name', `刘秀英`],
  ]),
  g(`患者儿子王磊（电话139 1234 5678）已签字。`, [
    ['name', `王磊`],
    ['phone', `139 1234 5678`],
  ]),
  g(`身份证号 440306 19850712 3417，医保类型：城镇职工。`, [['id-card', `440306 19850712 3417`]]),
  g(`住院号：ZY20260113045  病案号 0087321`, [
    ['mrn', `ZY20260113045`],
    ['mrn', `0087321`],
  ]),
  g(
    `出院小结
姓名：李志强    性别：男    年龄：92岁
住院号：2026004512    床号：心内二病区 23床
入院日期：2026-02-03    出院日期：2026-02-17
入院诊断：1.冠状动脉粥样硬化性心脏病 2.高血压病3级（很高危）
出院医嘱：阿司匹林肠溶片 100mg qd，阿托伐他汀钙片 20mg qn。
主治医师：陈晓明`,
    [
      ['name', `李志强`],
      ['age', `92`],
      ['mrn', `2026004512`],
      ['bed', `23`],
      ['date', `02-03`],
      ['date', `02-17`],
      ['name', `陈晓明`],
    ],
  ),
  g(`孙丽华（女，58岁）在深圳市南山区科技园南区高新南七道18号工作时晕倒，由同事送至我院。`, [
    ['name', `孙丽华`],
    ['address', `深圳市南山区科技园南区高新南七道18号`],
  ]),
  g(`联系人：女儿 周婷，微信号 zhouting_0812，手机 +86 186-0211-3344`, [
    ['name', `周婷`],
    ['account', `zhouting_0812`],
    ['phone', `+86 186-0211-3344`],
  ]),
  g(`邮箱 wangfang1985@163.com，请将报告发至该邮箱。`, [['email', `wangfang1985@163.com`]]),
  g(`家住北京市朝阳区望京西园三区312号楼2单元1103室，邮编100102。`, [
    ['address', `朝阳区望京西园三区312号楼2单元1103室`],
    ['address', `100102`],
  ]),
  g(`3月5日查房：患者神清，精神可，诉夜间咳嗽较前减轻。`, [['date', `3月5日`]]),
  g(`转诊单：转往江城市第三人民医院心外科，联系人 黄主任 027-6404 1990。`, [
    ['address', `江城市`],
    ['organization', `第三人民医院`],
    ['name', `黄`],
    ['phone', `027-6404 1990`],
  ]),
  g(`病人陳大文，HKID A123456(3)，電話 9123 4567，住九龍灣德福花園E座12樓F室。`, [
    ['name', `陳大文`],
    ['id-card', `A123456(3)`],
    ['phone', `9123 4567`],
    ['address', `九龍灣德福花園E座12樓F室`],
  ]),
  g(`Discharge 轉往威爾斯親王醫院 for rehab。Contact 兒子 Tony Chan 6234 8890.`, [
    ['organization', `威爾斯親王醫院`],
    ['name', `Tony Chan`],
    ['phone', `6234 8890`],
  ]),
  g(`病患林志明，身分證字號 A123456789，健保卡號 0000 1234 5678，病歷號 12345678。`, [
    ['name', `林志明`],
    ['id-card', `A123456789`],
    ['other-id', `0000 1234 5678`],
    ['mrn', `12345678`, 1],
  ]),
  g(`住址：臺北市大安區忠孝東路四段218號7樓之3`, [['address', `臺北市大安區忠孝東路四段218號7樓之3`]]),
  g(`LINE ID：lin.meihui88，手機 0912-345-678，有事請聯絡。`, [
    ['account', `lin.meihui88`],
    ['phone', `0912-345-678`],
  ]),
  g(`澳門居民身份證 1234567(8)，住址 澳門氹仔海洋花園大馬路25號海洋花園利安閣8樓B。`, [
    ['id-card', `1234567(8)`],
    ['address', `氹仔海洋花園大馬路25號海洋花園利安閣8樓B`],
  ]),
  g(`鏡湖醫院急診轉介：何嘉欣 女 95歲，出生日期 1930年6月2日。`, [
    ['organization', `鏡湖醫院`],
    ['name', `何嘉欣`],
    ['age', `95`],
    ['date', `1930年6月2日`],
  ]),
  g(`[微信群 ICU交班] 赵医生：5床 吴海涛 今晚 PaO2/FiO2 150，准备俯卧位，@钱护士 请联系家属 138 0013 8000`, [
    ['name', `赵`],
    ['bed', `5`],
    ['name', `吴海涛`],
    ['name', `钱`],
    ['phone', `138 0013 8000`],
  ]),
  g(`吴敏 今日复查CT，结果已出，肺部结节较前无明显变化。`, [['name', `吴敏`]]),
  g(`请通知马文涛家属到护士站签字。`, [['name', `马文涛`]]),
  g(
    `| 床号 | 姓名 | 诊断 | 主管医生 |
| 7 | 郑晓燕 | 2型糖尿病 | 冯涛 |
| 8 | 谢宝玲 | 慢性阻塞性肺疾病急性加重 | 冯涛 |`,
    [
      ['bed', `7`],
      ['name', `郑晓燕`],
      ['name', `冯涛`, 0],
      ['bed', `8`],
      ['name', `谢宝玲`],
      ['name', `冯涛`, 1],
    ],
  ),
  g(`处方：阿莫西林胶囊 0.5g tid ×7d。医师：韩冬梅（执业证书编码 110440100012345）`, [
    ['name', `韩冬梅`],
    ['license', `110440100012345`],
  ]),
  g(`退费银行卡号 6222 0212 3456 7890 123，开户行：工行，户名 曹丽。`, [
    ['bank-card', `6222 0212 3456 7890 123`],
    ['name', `曹丽`],
  ]),
  g(`社保卡号：B20314578，医保类型：城镇职工。`, [['social-security', `B20314578`]]),
  g(`车牌号 粤B·D12345 的私家车在院内停车场剐蹭，车主何先生。`, [
    ['plate', `粤B·D12345`],
    ['name', `何`],
  ]),
  g(`心脏起搏器型号 Medtronic Azure XT DR，序列号 RNB204517S。`, [['device', `RNB204517S`]]),
  g(`PACS 访问地址 http://10.12.3.45/pacs/viewer?study=8812345，内网IP 10.12.3.45。`, [
    ['url', `http://10.12.3.45/pacs/viewer?study=8812345`],
    ['ip', `10.12.3.45`, 1],
  ]),
  g(`护理记录：2月28日 14:30 患者在家属陪同下下床活动，步态稳。`, [['date', `2月28日`]]),
  g(`上周二（3月10日）门诊随访，血压控制可。`, [['date', `3月10日`]]),
  g(`出生日期：1985年7月12日，年龄 40岁。`, [['date', `7月12日`]]),
  g(`老人九十三岁，独居于江西省赣州市于都县罗坳镇大坪村，由侄子刘福生照顾。`, [
    ['age', `九十三`],
    ['address', `赣州市于都县罗坳镇大坪村`],
    ['name', `刘福生`],
  ]),
  g(`工作单位：华锐精密机械有限公司，工号 HR-20318。`, [
    ['organization', `华锐精密机械有限公司`],
    ['other-id', `HR-20318`],
  ]),
  g(`孩子在南山区第二实验学校读三年级，班主任邓老师来电询问。`, [
    ['address', `南山区`],
    ['organization', `第二实验学校`],
    ['name', `邓`],
  ]),
  g(`护照号 E12345678，港澳通行证 C87654321。`, [
    ['passport', `E12345678`],
    ['passport', `C87654321`],
  ]),
  g(`驾驶证档案编号 440300123456，准驾车型 C1。`, [['license', `440300123456`]]),
  g(`转诊：湘雅二医院 → 我院。联系人 易主任 0731-8529 5000。`, [
    ['organization', `湘雅二医院`],
    ['name', `易`],
    ['phone', `0731-8529 5000`],
  ]),
  g(`Pt 郭振华 s/p PCI on 1/22，今日 troponin 回落，plan d/c tomorrow，follow up 李教授 clinic。`, [
    ['name', `郭振华`],
    ['date', `1/22`],
    ['name', `李`],
  ]),
  g(`请于 2026年4月8日 上午9点 到门诊三楼 305 诊室复诊。`, [['date', `4月8日`]]),
  g(`检验报告 标本号 S2603150027 送检时间 2026/03/15 08:42 送检医生 汪洋`, [
    ['other-id', `S2603150027`],
    ['date', `03/15`],
    ['name', `汪洋`],
  ]),
  g(`患者孙女叶子陪同就诊。`, [['name', `叶子`]]),
  g(`同意书：本人 高峰 已充分了解手术风险，同意行腹腔镜胆囊切除术。签名：高峰 日期：2026.03.02`, [
    ['name', `高峰`, 0],
    ['name', `高峰`, 1],
    ['date', `03.02`],
  ]),
  g(`QQ：1234567890（家属常用），请勿电话打扰。`, [['account', `1234567890`]]),
  g(`IMEI 86 123456 789012 3 的血糖仪数据已上传。`, [['device', `86 123456 789012 3`]]),
  g(`患者于12月25日圣诞节当天摔倒，右髋疼痛。`, [['date', `12月25日`]]),
  g(`生于一九三三年，现年九十二岁，长期卧床。`, [
    ['date', `一九三三年`],
    ['age', `九十二`],
  ]),
  g(`陈志伟 35岁 男 发热3天 体温39.2℃ 咽拭子甲流抗原阳性`, [['name', `陈志伟`]]),
  g(`门诊号 MZ00451236，就诊卡号 9900123456。`, [
    ['mrn', `MZ00451236`],
    ['mrn', `9900123456`],
  ]),
  g(`家属留言：我是他老婆，叫罗美玲，电话15800001234，明天下午过来。`, [
    ['name', `罗美玲`],
    ['phone', `15800001234`],
  ]),
  g(`居住地：上海市浦东新区张江镇`, [['address', `浦东新区张江镇`]]),
  g(`Adm QMH 2/3, 由 Dr. 梁家輝 接手, bed 8B-21。`, [
    ['organization', `QMH`],
    ['date', `2/3`],
    ['name', `梁家輝`],
    ['bed', `8B-21`],
  ]),
  g(`中華民國 115 年 3 月 9 日 門診追蹤，血壓 132/84 mmHg。`, [['date', `3 月 9 日`]]),
  g(`由急诊转入 RICU 06 床。`, [['bed', `06`]]),
  g(`出院带药由药房发放，取药人 孔令辉（身份证 32058319760415 2816）。`, [
    ['name', `孔令辉`],
    ['id-card', `32058319760415 2816`],
  ]),
  // ---------------- Chinese: no identifiers ----------------
  g(`患者既往有高血压病史10年，血压最高180/110mmHg，规律服用苯磺酸氨氯地平片5mg qd。`),
  g(`查血常规：白细胞 11.2×10^9/L，中性粒细胞百分比 82.3%，血红蛋白 98g/L，血小板 156×10^9/L。`),
  g(`诊断：川崎病（不完全型），予静脉丙种球蛋白 2g/kg 单次输注，阿司匹林 30mg/kg/d 分3次口服。`),
  g(`中医辨证：石淋（湿热下注证），予八正散加减，另予安宫牛黄丸1丸。`),
  g(`甲状腺功能：FT3 8.9pmol/L，FT4 32.1pmol/L，TSH <0.005mIU/L，TRAb 阳性，考虑Graves病；另需排除桥本甲状腺炎（Hashimoto）。`),
  g(`GCS 15/15，双侧瞳孔等大等圆，直径约3mm，对光反射灵敏。NIHSS 2分。`),
  g(`根据KDIGO 2012指南，eGFR 38 ml/min/1.73m²，CKD 3b期，ICD-10编码 N18.3。`),
  g(`心电图示：预激综合征（Wolff-Parkinson-White综合征），δ波明显，PR间期 0.10s。`),
  g(`库欣综合征（Cushing syndrome）待排，已查24小时尿游离皮质醇 568μg/24h。`),
  g(`帕金森病（Parkinson's disease）10年，口服多巴丝肼片（美多芭）250mg tid，剂量调整后震颤改善。`),
  g(`白蛋白 28g/L，予人血白蛋白 10g 静滴 qd×3天，呋塞米 20mg iv。`),
  g(`术后第3天，切口愈合良好，无红肿渗液，体温 37.2℃，予换药。`),
  g(`高血糖高渗状态，血糖 33.6mmol/L，血浆渗透压 342mOsm/L，胰岛素 0.1U/kg/h 持续泵入。`),
  g(`方剂：黄芪30g、当归10g、白术15g、茯苓15g、甘草6g，水煎服，日一剂，共7剂。`),
  g(`Apgar评分 1分钟8分、5分钟10分，出生体重3250g，身长50cm。`),
  g(`HbA1c 8.2%，建议二甲双胍 0.5g bid 联合达格列净 10mg qd，3个月后复查。`),
  g(`腰椎MRI：L4/5椎间盘向左后方突出，压迫硬膜囊，L5/S1椎间盘膨出。`),
  g(`疼痛评分 NRS 6/10，予氨酚羟考酮片 1片 q6h prn，2小时后复评 3/10。`),
  g(`SNOMED CT 38341003 高血压，ICD-11 BA00，按《中国高血压防治指南（2018年修订版）》管理。`),
  g(`钟摆样眼震伴共济失调，考虑Wernicke脑病，予维生素B1 100mg im qd。`),
  // ---------------- English: identifiers ----------------
  g(`Mr John Whitaker, 72, was admitted on 14 March 2026 with a fractured neck of femur.`, [
    ['name', `John Whitaker`],
    ['date', `14 March`],
  ]),
  g(
    `NHS No: 943 476 5919
Hospital No: RTH1234567
DOB: 03/09/1948
Address: 14 Cedar Grove, Headington, Oxford OX3 9DU
GP: Dr Fiona Marsh, Banbury Road Surgery`,
    [
      ['mrn', `943 476 5919`],
      ['mrn', `RTH1234567`],
      ['date', `03/09`],
      ['address', `14 Cedar Grove, Headington, Oxford OX3 9DU`],
      ['name', `Fiona Marsh`],
      ['organization', `Banbury Road Surgery`],
    ],
  ),
  g(`Handover: bay 3 bed 4 - Margaret O'Neill, 94, post-op day 1 hemiarthroplasty, NBM until review.`, [
    ['bed', `3`],
    ['bed', `4`],
    ['name', `Margaret O'Neill`],
    ['age', `94`],
  ]),
  g(`Please call Siobhan on 087 123 4567 re: her father's results (Beaumont Hospital, Dublin 9).`, [
    ['name', `Siobhan`],
    ['phone', `087 123 4567`],
    ['organization', `Beaumont Hospital`],
    ['address', `Dublin 9`],
  ]),
  g(`PPSN 1234567TA; Medical card no. 12345678A.`, [
    ['social-security', `1234567TA`],
    ['other-id', `12345678A`],
  ]),
  g(`Pt Jose Ramirez, SSN 531-72-4408, MRN 00456123, Medicaid ID 98765432B.`, [
    ['name', `Jose Ramirez`],
    ['social-security', `531-72-4408`],
    ['mrn', `00456123`],
    ['other-id', `98765432B`],
  ]),
  g(`Seen in ED at Mercy General 02/14/2026 by Dr. K. Patel (NPI 1234567893).`, [
    ['organization', `Mercy General`],
    ['date', `02/14`],
    ['name', `K. Patel`],
    ['license', `1234567893`],
  ]),
  g(`Address: 2217 W Elm St Apt 4B, Springfield, IL 62704`, [
    ['address', `2217 W Elm St Apt 4B, Springfield`],
    ['address', `62704`],
  ]),
  g(`Emergency contact: daughter - Lisa Chen (cell) +1 (415) 555-0198, lisa.chen77@gmail.com`, [
    ['name', `Lisa Chen`],
    ['phone', `+1 (415) 555-0198`],
    ['email', `lisa.chen77@gmail.com`],
  ]),
  g(`Dorothy is 101 today and still sharp as a tack - family brought cake to the ward.`, [
    ['name', `Dorothy`],
    ['age', `101`],
  ]),
  g(`DOB 11/02/1929 (aged 97). Lives alone in Ballymena.`, [
    ['date', `11/02/1929`],
    ['age', `97`],
    ['address', `Ballymena`],
  ]),
  g(`OHIP 1234-567-890-AB, seen at Sunnybrook, 2075 Bayview Ave, Toronto, ON M4N 3M5.`, [
    ['other-id', `1234-567-890-AB`],
    ['organization', `Sunnybrook`],
    ['address', `2075 Bayview Ave, Toronto`],
    ['address', `M4N 3M5`],
  ]),
  g(`SIN 046 454 286 provided for the disability claim.`, [['social-security', `046 454 286`]]),
  g(`Medicare 2123 45670 1, IHI 8003 6012 3456 7890, URN 556677.`, [
    ['other-id', `2123 45670 1`],
    ['other-id', `8003 6012 3456 7890`],
    ['mrn', `556677`],
  ]),
  g(`Transferred from Royal Darwin to Alice Springs Hospital by RFDS on Tuesday 3 March.`, [
    ['organization', `Royal Darwin`],
    ['organization', `Alice Springs Hospital`],
    ['date', `3 March`],
  ]),
  g(`NRIC S8812345D, HP 9123 4567, Blk 123 Ang Mo Kio Ave 6 #08-1234 Singapore 560123.`, [
    ['id-card', `S8812345D`],
    ['phone', `9123 4567`],
    ['address', `Blk 123 Ang Mo Kio Ave 6 #08-1234`],
    ['address', `560123`],
  ]),
  g(`MyKad 850712-14-5523, pesakit Ahmad bin Ismail, Hospital Kuala Lumpur, wad 5B katil 12.`, [
    ['id-card', `850712-14-5523`],
    ['name', `Ahmad bin Ismail`],
    ['organization', `Hospital Kuala Lumpur`],
    ['bed', `5B`],
    ['bed', `12`, 1],
  ]),
  g(`Aadhaar 2345 6789 0123, ABHA 12-3456-7890-1234, Mob +91 98765 43210.`, [
    ['id-card', `2345 6789 0123`],
    ['other-id', `12-3456-7890-1234`],
    ['phone', `+91 98765 43210`],
  ]),
  g(`Patient Ramesh Kumar s/o Suresh Kumar, 45 yrs, r/o H.No. 12-3-456, Ameerpet, Hyderabad 500016.`, [
    ['name', `Ramesh Kumar`],
    ['name', `Suresh Kumar`],
    ['address', `H.No. 12-3-456, Ameerpet, Hyderabad 500016`],
  ]),
  g(`Thandiwe Nkosi, SA ID 8001015009087, from Soweto, referred by Chris Hani Baragwanath Hospital.`, [
    ['name', `Thandiwe Nkosi`],
    ['id-card', `8001015009087`],
    ['address', `Soweto`],
    ['organization', `Chris Hani Baragwanath Hospital`],
  ]),
  g(`Contact Mrs Adaeze Okafor on 0803 123 4567; she works at Zenith Bank, Victoria Island.`, [
    ['name', `Adaeze Okafor`],
    ['phone', `0803 123 4567`],
    ['organization', `Zenith Bank`],
    ['address', `Victoria Island`],
  ]),
  g(`Wanjiru Kamau, 34, ANC visit at Kenyatta National Hospital; NHIF no. 12345678.`, [
    ['name', `Wanjiru Kamau`],
    ['organization', `Kenyatta National Hospital`],
    ['other-id', `12345678`],
  ]),
  g(
    `[07:42] Sarah K: can someone review bed 14? sats 88% on 4L
[07:44] Tom Reilly: on my way`,
    [
      ['name', `Sarah K`],
      ['bed', `14`],
      ['name', `Tom Reilly`],
    ],
  ),
  g(`WhatsApp +44 7700 900123 (patient's son, Dev).`, [
    ['phone', `+44 7700 900123`],
    ['name', `Dev`],
  ]),
  g(`Vehicle reg AB12 CDE involved; driver (pt) wearing seatbelt, airbag deployed.`, [['plate', `AB12 CDE`]]),
  g(`VIN 1HGCM82633A004352 recorded by police at scene.`, [['vehicle', `1HGCM82633A004352`]]),
  g(`Insulin pump serial no. PUMP-7734-1209 (Tandem t:slim X2) alarmed overnight.`, [['device', `PUMP-7734-1209`]]),
  g(`Portal: https://mychart.stmarys-example.org/patient/88123 ; login email j.whitaker@outlook.com`, [
    ['url', `https://mychart.stmarys-example.org/patient/88123`],
    ['email', `j.whitaker@outlook.com`],
  ]),
  g(`Lab interface down - HL7 from 192.168.14.22 port 2575 not received.`, [['ip', `192.168.14.22`]]),
  g(`Passport no. 123456789 (US), insurance policy AXA-4451-9902.`, [
    ['passport', `123456789`],
    ['other-id', `AXA-4451-9902`],
  ]),
  g(`Bank account for refund: BSB 062-000 acct 1234 5678.`, [['account', `1234 5678`]]),
  g(`Paid by Visa 4539 1488 0343 6467 on 5 Jan.`, [
    ['bank-card', `4539 1488 0343 6467`],
    ['date', `5 Jan`],
  ]),
  g(`Driver's licence 4312 8876 (NSW) sighted.`, [['license', `4312 8876`]]),
  g(`GMC 7012345 - Dr Eleanor Hughes, consultant cardiologist.`, [
    ['license', `7012345`],
    ['name', `Eleanor Hughes`],
  ]),
  g(
    `Dear Dr Okonkwo,
Re: Mrs Patricia Flynn, DOB 22.07.1951, Hosp No K0987654
Thank you for seeing Patricia, who has had 3 episodes of syncope since 9 January.
Yours sincerely,
Dr A. McAllister
Cork University Hospital`,
    [
      ['name', `Okonkwo`],
      ['name', `Patricia Flynn`],
      ['date', `22.07`],
      ['mrn', `K0987654`],
      ['name', `Patricia`, 1],
      ['date', `9 January`],
      ['name', `A. McAllister`],
      ['organization', `Cork University Hospital`],
    ],
  ),
  g(
    `Rx  Amoxicillin 500 mg caps, 1 tds x 5/7
Pt: Liam Byrne  DOB 04/10/2019
Prescriber: Nuala Kerr  MCRN 401234`,
    [
      ['name', `Liam Byrne`],
      ['date', `04/10`],
      ['name', `Nuala Kerr`],
      ['license', `401234`],
    ],
  ),
  g(`Spoke with Raj (nephew) - he'll bring in her meds list tomorrow.`, [['name', `Raj`]]),
  g(`Whitaker declined the flu vaccine.`, [['name', `Whitaker`]]),
  g(`Amanda Brooks-Ferreira was reviewed by physio; mobilising with frame.`, [['name', `Amanda Brooks-Ferreira`]]),
  g(`Staff ID 004521 (HCA) witnessed the fall.`, [['other-id', `004521`]]),
  g(`Employer: Northgate Logistics Ltd, Daventry - forklift driver.`, [
    ['organization', `Northgate Logistics Ltd`],
    ['address', `Daventry`],
  ]),
  g(`School: St. Brigid's National School, Ballyfermot — teacher reports absence seizures.`, [
    ['organization', `St. Brigid's National School`],
    ['address', `Ballyfermot`],
  ]),
  g(`Age 90. Admitted from Sunnyvale Nursing Home.`, [
    ['age', `90`],
    ['organization', `Sunnyvale Nursing Home`],
  ]),
  g(`Next of kin: George (husband) 01632 960 123`, [
    ['name', `George`],
    ['phone', `01632 960 123`],
  ]),
  g(`Admitted 2026-03-18; discharged 2026-03-21; follow-up on the 28th.`, [
    ['date', `03-18`],
    ['date', `03-21`],
    ['date', `28th`],
  ]),
  g(`Surgery booked for Friday 10/04 (UK date) — please confirm with theatre.`, [['date', `10/04`]]),
  g(`He is ninety-two and lives with his daughter in Mullingar.`, [
    ['age', `ninety-two`],
    ['address', `Mullingar`],
  ]),
  g(`Chart: Eduardo Silva | 3W-17 | Attending: Priya Raman, MD`, [
    ['name', `Eduardo Silva`],
    ['bed', `3W-17`],
    ['name', `Priya Raman`],
  ]),
  g(`DEA BR1234563 on the controlled drug script.`, [['license', `BR1234563`]]),
  g(`Please fax results to 020 7946 0012 or email cardiology.admin@northwick-example.nhs.uk`, [
    ['phone', `020 7946 0012`],
    ['email', `cardiology.admin@northwick-example.nhs.uk`],
  ]),
  g(`Referred from Tan Tock Seng to NUH, ward 24 bed 7; NOK Mdm Lim Siew Hoon 8123 4567.`, [
    ['organization', `Tan Tock Seng`],
    ['organization', `NUH`],
    ['bed', `24`],
    ['bed', `7`],
    ['name', `Lim Siew Hoon`],
    ['phone', `8123 4567`],
  ]),
  g(`Health card 9876 543 210 (Ontario); family physician Dr. Marie-Claude Tremblay, CLSC Rosemont.`, [
    ['other-id', `9876 543 210`],
    ['name', `Marie-Claude Tremblay`],
    ['organization', `CLSC Rosemont`],
  ]),
  g(`Born 14 Feb 1931, Mrs Edna Pike presented with confusion.`, [
    ['date', `14 Feb 1931`],
    ['name', `Edna Pike`],
  ]),
  g(`Account no. (hospital billing) 7700123456`, [['account', `7700123456`]]),
  g(`Device: Abbott FreeStyle Libre sensor SN 0M000ABC12D.`, [['device', `0M000ABC12D`]]),
  g(`MAC 00:1B:44:11:3A:B7 on the bedside monitor alarmed twice.`, [['device', `00:1B:44:11:3A:B7`]]),
  // ---------------- English: no identifiers ----------------
  g(`Known Graves' disease on carbimazole 20 mg OD; TSH 0.01 mU/L, free T4 38 pmol/L.`),
  g(`Parkinson's disease (Hoehn and Yahr stage 3), on co-careldopa 25/100 tds and rasagiline 1 mg.`),
  g(`Cushing's reflex noted: BP 210/110, HR 48, GCS 9/15 (E2 V2 M5). CT head requested.`),
  g(`ECG shows delta waves consistent with Wolff-Parkinson-White pattern; QRS 120 ms.`),
  g(`Hashimoto's thyroiditis, anti-TPO > 600 IU/mL, on levothyroxine 100 micrograms daily.`),
  g(`eGFR 42 mL/min/1.73m2 (CKD G3b A2 per KDIGO 2012); hold metformin if eGFR < 30.`),
  g(`Hb 84 g/L, MCV 72 fL, ferritin 6 ug/L. Plan: IV ferric carboxymaltose 1000 mg (Ferinject).`),
  g(`CURB-65 score 3; started co-amoxiclav 1.2 g IV tds plus clarithromycin 500 mg bd. ICD-10 J18.9.`),
  g(`Wells score 4.5, D-dimer 1,240 ng/mL FEU; CTPA negative for PE.`),
  g(`Kawasaki disease day 6 of fever: IVIG 2 g/kg over 12 h and aspirin 80 mg/kg/day in four divided doses.`),
  g(`HbA1c 64 mmol/mol (8.0%). Add empagliflozin 10 mg once daily; review in 3 months.`),
  g(`Troponin I 2,450 ng/L at 0 h and 3,100 ng/L at 3 h. Diagnosis: NSTEMI (SNOMED 401314000).`),
  g(`Glasgow Coma Scale 15/15, pupils 3 mm equal and reactive, Babinski negative bilaterally.`),
  g(`Addisonian crisis suspected: Na 124 mmol/L, K 6.1 mmol/L; hydrocortisone 100 mg IV stat.`),
  g(`Crohn's disease, Montreal classification A2 L3 B1; infliximab 5 mg/kg at weeks 0, 2 and 6.`),
  g(`Hodgkin lymphoma stage IIA, ABVD cycle 3 of 6, neutrophils 1.2 x 10^9/L.`),
  g(`Apgar 7 at 1 minute and 9 at 5 minutes; birth weight 2.9 kg; vitamin K 1 mg IM given.`),
  g(`Bell's palsy, House-Brackmann grade III; prednisolone 60 mg daily for 5 days then taper.`),
  g(`Child-Pugh B (8 points), MELD 14; spironolactone 100 mg and furosemide 40 mg mane.`),
  g(`Alzheimer's dementia, MMSE 18/30; donepezil 5 mg nocte, increase to 10 mg after 4 weeks.`),
  g(`Dupuytren's contracture of the right ring finger, 40 degrees at the MCP joint; Tubiana stage 2.`),
  g(`Down syndrome with AVSD repaired at 6 months; Holter shows occasional ventricular ectopics (Lown grade 2).`),
];
