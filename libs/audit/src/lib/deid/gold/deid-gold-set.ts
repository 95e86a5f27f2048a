import type { PhiType } from '../deid.types';

/**
 * Hand-written gold sentences for MedLocal de-identification, Chinese and English, all synthetic
 * (names, numbers and addresses invented; ID and card numbers computed to pass GB 11643 / Luhn).
 * Each span is what a privacy officer would redact under HIPAA Safe Harbor:
 * - names without their title (Dr [name], [name]医生);
 * - dates: only the month/day part, the year stays ("1958年[3月2日]", "2024-[03-05]", "[March 5], 2024");
 * - ages: only the number, and only over 89;
 * - labelled numbers: the value without its label.
 * Sentences with no spans are clinical text that must survive untouched.
 */
export interface GoldSpan {
  readonly type: PhiType;
  readonly text: string;
  /** Which occurrence of `text` in the sentence, when it appears more than once (0-based). */
  readonly occurrence?: number;
}

export interface GoldSentence {
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

type SpanTuple = readonly [PhiType, string] | readonly [PhiType, string, number];

function g(text: string, spans: readonly SpanTuple[] = []): GoldSentence {
  return { text, spans: spans.map(([type, value, occurrence]) => ({ type, text: value, occurrence })) };
}

export const DEID_GOLD_SET: readonly GoldSentence[] = [
  // --- resident ID (GB 11643) ---
  g('患者身份证号110105194912310024，已核对。', [['id-card', '110105194912310024']]),
  g('身份证：440306198507123417，医保类型：职工医保。', [['id-card', '440306198507123417']]),
  g('公民身份号码 11010519491231002X 与挂号信息一致。', [['id-card', '11010519491231002X']]),
  g('家属提供证件 51010719900101123X 用于登记。', [['id-card', '51010719900101123X']]),
  g('身份证号码：370202195803024579（末位疑似录入错误，待核对）。', [['id-card', '370202195803024579']]),
  g('老证件号码 320583661115004 仍在使用。', [['id-card', '320583661115004']]),
  g('ID card number 330106193206152063 was scanned at admission.', [['id-card', '330106193206152063']]),
  g('The 18-digit resident ID 420106200109091881 belongs to the guardian.', [['id-card', '420106200109091881']]),
  // --- phones ---
  g('联系电话：13812345678，请术前一天通知。', [['phone', '13812345678']]),
  g('家属手机 +86 139-1234-5678 已留存。', [['phone', '+86 139-1234-5678']]),
  g('患者女儿电话 186 0101 2345，白天可联系。', [['phone', '186 0101 2345']]),
  g('科室座机010-65123456转门诊。', [['phone', '010-65123456']]),
  g('如有不适请拨打(021) 64041990咨询。', [['phone', '(021) 64041990']]),
  g('传真：0755-83923456。', [['phone', '0755-83923456']]),
  g('Call the daughter on +44 20 7946 0958 after 6 pm.', [['phone', '+44 20 7946 0958']]),
  g('Patient phone +1 (555) 123-4567, alternate 617-555-0199.', [
    ['phone', '+1 (555) 123-4567'],
    ['phone', '617-555-0199'],
  ]),
  g('Fax results to (617) 555-0123.', [['phone', '(617) 555-0123']]),
  g('Tel: 0086 13911112222 (son).', [['phone', '0086 13911112222']]),
  // --- e-mail, IP, URL ---
  g('检查报告已发送至 zhangwei1975@163.com。', [['email', 'zhangwei1975@163.com']]),
  g('Please email the summary to j.smith@example.org before Friday.', [['email', 'j.smith@example.org']]),
  g('登录日志显示来自192.168.10.23的访问。', [['ip', '192.168.10.23']]),
  g('Request came from 10.0.0.5 and 2001:db8:85a3::8a2e:370:7334.', [
    ['ip', '10.0.0.5'],
    ['ip', '2001:db8:85a3::8a2e:370:7334'],
  ]),
  g('The device at fe80::1ff:fe23:4567:890a uploaded the ECG.', [['ip', 'fe80::1ff:fe23:4567:890a']]),
  g('患者个人主页 https://weibo.com/u/5566778899 上有病情描述。', [['url', 'https://weibo.com/u/5566778899']]),
  g('See the family blog at www.smithfamilyjourney.net/mom for updates.', [['url', 'www.smithfamilyjourney.net/mom']]),
  // --- medical record / inpatient / outpatient / bed ---
  g('住院号：20240305018，科室：心内科。', [['mrn', '20240305018']]),
  g('门诊号 MZ2024001234 复诊。', [['mrn', 'MZ2024001234']]),
  g('病案号为 A0098213，请调阅。', [['mrn', 'A0098213']]),
  g('病历号:ZY-556677，既往史见前次记录。', [['mrn', 'ZY-556677']]),
  g('床号：12，护理级别一级。', [['bed', '12']]),
  g('心内科23床患者今日出院。', [['bed', '23']]),
  g('MRN: 00482913, admitted to cardiology.', [['mrn', '00482913']]),
  g('Medical record number 7730291 was merged.', [['mrn', '7730291']]),
  g('Inpatient no. IP-2024-0042 transferred to bed 12.', [
    ['mrn', 'IP-2024-0042'],
    ['bed', '12'],
  ]),
  g('Hospital number H5521903 on the wristband.', [['mrn', 'H5521903']]),
  // --- bank cards, accounts ---
  g('退费至银行卡号 6222021000123456781。', [['bank-card', '6222021000123456781']]),
  g('卡号：6228 4800 1122 3344 554，开户行工商银行。', [['bank-card', '6228 4800 1122 3344 554']]),
  g('Payment card 4532 0151 1283 0366 was charged.', [['bank-card', '4532 0151 1283 0366']]),
  g('Credit card number 6011000099012340 on file.', [['bank-card', '6011000099012340']]),
  g('He paid with 4319-4012-3456-7897 at the pharmacy.', [['bank-card', '4319-4012-3456-7897']]),
  g('医院账户收款账号：1100 1020 3040 5060 7，请勿外传。', [['account', '1100 1020 3040 5060 7']]),
  g('Account number 88765401 has an outstanding balance.', [['account', '88765401']]),
  // --- social security / insurance ---
  g('医保卡号：310000198765432，参保地上海。', [['other-id', '310000198765432']]),
  g('社保卡号 G23456789 已挂失。', [['social-security', 'G23456789']]),
  g('SSN 123-45-6789 was on the referral form.', [['social-security', '123-45-6789']]),
  g('His social security number is 078-05-1120.', [['social-security', '078-05-1120']]),
  g('Medicare ID 1EG4-TE5-MK73 verified.', [['other-id', '1EG4-TE5-MK73']]),
  g('Insurance ID: XKZ123456789, member of the family plan.', [['other-id', 'XKZ123456789']]),
  // --- passport, licence, plates, VIN, devices ---
  g('护照号 E12345678，签证已过期。', [['passport', 'E12345678']]),
  g('Passport number 533380006 was photocopied.', [['passport', '533380006']]),
  g('外籍患者护照：G87654321。', [['passport', 'G87654321']]),
  g('医师执业证书编号 110440100012345。', [['license', '110440100012345']]),
  g("Driver's licence number D1234567 was used as ID.", [['license', 'D1234567']]),
  g('DEA number AB1234563 on the prescription.', [['license', 'AB1234563']]),
  g('车祸患者，车牌京A12345，由交警送入。', [['plate', '京A12345']]),
  g('家属车辆粤B·D12345停在急诊门口。', [['plate', '粤B·D12345']]),
  g('License plate 7ABC123 recorded by security.', [['plate', '7ABC123']]),
  g('车架号 LSVAU2180N2183294 已登记。', [['vehicle', 'LSVAU2180N2183294']]),
  g('VIN 1HGCM82633A004352 from the accident report.', [['vehicle', '1HGCM82633A004352']]),
  g('起搏器序列号：PJN123456，型号待查。', [['device', 'PJN123456']]),
  g('胰岛素泵设备编号 MMT-780G-NG1234567。', [['device', 'MMT-780G-NG1234567']]),
  g('Pacemaker serial number RNB203456H interrogated.', [['device', 'RNB203456H']]),
  g('The glucose meter with MAC address 00:1A:7D:DA:71:13 paired.', [['device', '00:1A:7D:DA:71:13']]),
  g('IMEI 356938035643809 of the home monitor.', [['device', '356938035643809']]),
  g('标本号：S20240305-0012，送检病理。', [['other-id', 'S20240305-0012']]),
  g('Accession number CT24-118832 for the chest scan.', [['other-id', 'CT24-118832']]),
  // --- dates (year kept) ---
  g('患者出生于1958年3月2日。', [['date', '3月2日']]),
  g('入院日期：2024-03-05，出院日期：2024-03-12。', [
    ['date', '03-05'],
    ['date', '03-12'],
  ]),
  g('于2023年11月手术治疗。', [['date', '11月']]),
  g('3月8日复查血常规。', [['date', '3月8日']]),
  g('末次月经2024/01/20。', [['date', '01/20']]),
  g('DOB 03/02/1958, admitted on March 5, 2024.', [
    ['date', '03/02'],
    ['date', 'March 5'],
  ]),
  g('Surgery was performed on 12 January 2023.', [['date', '12 January']]),
  g('Seen in clinic in Feb 2022 and again on Oct. 3rd, 2023.', [
    ['date', 'Feb'],
    ['date', 'Oct. 3rd'],
  ]),
  g('Discharged 2024.04.18 with follow-up in two weeks.', [['date', '04.18']]),
  g('出生日期：二〇〇一年九月九日。', [['date', '九月九日']]),
  // --- ages over 89 ---
  g('患者，女，92岁，因跌倒入院。', [['age', '92']]),
  g('A 95-year-old woman with hip fracture.', [['age', '95']]),
  g('Aged 91, she lives alone.', [['age', '91']]),
  g('年龄：103，既往体健。', [['age', '103']]),
  g('老人九十三岁，意识清楚。', [['age', '九十三']]),
  g('The patient, a 90 y/o male, declined dialysis.', [['age', '90']]),
  // --- addresses ---
  g('家住北京市朝阳区建国路88号3栋2单元501室。', [['address', '北京市朝阳区建国路88号3栋2单元501室']]),
  g('现住址：广东省深圳市南山区科技园路1号。', [['address', '广东省深圳市南山区科技园路1号']]),
  g('患者来自湖北省黄冈市浠水县兰溪镇。', [['address', '湖北省黄冈市浠水县兰溪镇']]),
  g('住在上海市浦东新区张江镇碧波路690号。', [['address', '上海市浦东新区张江镇碧波路690号']]),
  g('地址：杭州市西湖区文三路阳光小区5幢3单元302室，邮编310012。', [
    ['address', '杭州市西湖区文三路阳光小区5幢3单元302室'],
    ['address', '310012'],
  ]),
  g('She lives at 221B Baker Street, London NW1 6XE.', [['address', '221B Baker Street, London NW1 6XE']]),
  g('Home address: 1600 Pennsylvania Ave, Washington, DC 20500.', [['address', '1600 Pennsylvania Ave, Washington, DC 20500']]),
  g('Mailing to 42 Maple Drive, Apt 3B, Springfield, IL 62704.', [['address', '42 Maple Drive, Apt 3B, Springfield, IL 62704']]),
  g('He resides in Brookline and works nights.', [['address', 'Brookline']]),
  // --- Chinese names ---
  g('患者张三，男，65岁，因胸痛2小时入院。', [['name', '张三']]),
  g('患者王小明因发热就诊。', [['name', '王小明']]),
  g('病人欧阳娜娜，女，34岁。', [['name', '欧阳娜娜']]),
  g('由李明医生会诊后转入ICU。', [['name', '李明']]),
  g('请王主任审核病历。', [['name', '王']]),
  g('陈先生今日复查肌钙蛋白。', [['name', '陈']]),
  g('刘女士诉头晕三天。', [['name', '刘']]),
  g('家属赵建国签署知情同意书。', [['name', '赵建国']]),
  g('紧急联系人：孙丽，关系：女儿。', [['name', '孙丽']]),
  g('姓名：周杰，性别：男。', [['name', '周杰']]),
  g('患者系黄海涛之子，陪同就诊。', [['name', '黄海涛']]),
  g('主治医师：吴刚 记录者：郑晓雪', [
    ['name', '吴刚'],
    ['name', '郑晓雪'],
  ]),
  g('患儿林小宝，3岁，由母亲陪同。', [['name', '林小宝']]),
  g('经张教授同意后调整剂量。', [['name', '张']]),
  g('护士长马丽华已通知家属。', [['name', '马丽华']]),
  g('患者李某某，既往高血压病史。', [['name', '李某某']]),
  g('其女儿高敏电话13600001111。', [
    ['name', '高敏'],
    ['phone', '13600001111'],
  ]),
  // --- English names ---
  g('Patient John Smith was admitted with chest pain.', [['name', 'John Smith']]),
  g('Seen by Dr. Emily Chen in the emergency department.', [['name', 'Emily Chen']]),
  g("Mrs. O'Brien reports improved appetite.", [['name', "O'Brien"]]),
  g('Electronically signed by Michael Brown, MD.', [['name', 'Michael Brown']]),
  g('Name: Maria Garcia; Sex: F.', [['name', 'Maria Garcia']]),
  g('Robert Johnson is a 72-year-old man with COPD.', [['name', 'Robert Johnson']]),
  g('His wife Linda will bring his medications.', [['name', 'Linda']]),
  g('Prof Hashimoto reviewed the biopsy.', [['name', 'Hashimoto']]),
  g('Discussed with Ms Patel and her son David.', [
    ['name', 'Patel'],
    ['name', 'David'],
  ]),
  // --- mixed records ---
  g('患者张伟，男，67岁，住院号ZY20240311，身份证号310115197203051022，于2024年3月11日因胸痛入院，联系电话15912345678。', [
    ['name', '张伟'],
    ['mrn', 'ZY20240311'],
    ['id-card', '310115197203051022'],
    ['date', '3月11日'],
    ['phone', '15912345678'],
  ]),
  g('Mr. James Wilson (MRN 5583021), DOB 07/14/1931, aged 93, lives at 15 Oak Lane, Boston, MA 02115; phone 617-555-0142.', [
    ['name', 'James Wilson'],
    ['mrn', '5583021'],
    ['date', '07/14'],
    ['age', '93', 1],
    ['address', '15 Oak Lane, Boston, MA 02115'],
    ['phone', '617-555-0142'],
  ]),
  g('出院小结：患者刘芳，女，96岁，家住南京市鼓楼区中山路100号，联系人刘强，电话025-83123456。', [
    ['name', '刘芳'],
    ['age', '96'],
    ['address', '南京市鼓楼区中山路100号'],
    ['name', '刘强'],
    ['phone', '025-83123456'],
  ]),
  g('Referred by Dr Ahmed Khan on 2023-09-14; email a.khan@clinic.co.uk.', [
    ['name', 'Ahmed Khan'],
    ['date', '09-14'],
    ['email', 'a.khan@clinic.co.uk'],
  ]),
  g('宋女士（门诊号MZ88213）于2月14日复诊，医保号：430000112233445。', [
    ['name', '宋'],
    ['mrn', 'MZ88213'],
    ['date', '2月14日'],
    ['other-id', '430000112233445'],
  ]),
  g('Patient Sarah Lee, bed 7, has HbA1c 7.2% and eGFR 54.', [
    ['name', 'Sarah Lee'],
    ['bed', '7'],
  ]),
  g('Attending: Dr. Wong. Specimen ID 24-S-00917.', [
    ['name', 'Wong'],
    ['other-id', '24-S-00917'],
  ]),
  g('患者杨帆在2024年2月29日行PCI术，术者郭医生。', [
    ['name', '杨帆'],
    ['date', '2月29日'],
    ['name', '郭'],
  ]),

  // --- clinical text that must survive untouched ---
  g('肌酐132μmol/L，尿素氮8.6mmol/L。'),
  g('WBC 6.2×10⁹/L，Hb 128 g/L，PLT 210×10⁹/L。'),
  g('阿司匹林 100 mg qd，氯吡格雷 75 mg qd。'),
  g('Metformin 500 mg bid, atorvastatin 20 mg qhs.'),
  g('ICD-11 BA41 急性心肌梗死，ICD-10 I21.9。'),
  g('Diagnosis coded as I21.9 (ICD-10) and BA41.Z (ICD-11).'),
  g('按照KDIGO 2012指南进行CKD分期。'),
  g('Per the 2023 ADA Standards of Care, target HbA1c < 7%.'),
  g('参考ESC 2023心力衰竭指南调整用药。'),
  g('心电图示V1-V4导联ST段抬高0.3 mV。'),
  g('BP 165/95 mmHg, HR 102 bpm, SpO2 94% on room air.'),
  g('血压165/95mmHg，心率88次/分。'),
  g('患者，男，65岁，2型糖尿病10年。'),
  g('A 45-year-old woman with Crohn disease on adalimumab.'),
  g('Parkinson disease treated with levodopa/carbidopa 100/25 mg tid.'),
  g('Hashimoto thyroiditis, TSH 8.2 mIU/L.'),
  g('History of Graves disease, Cushing syndrome ruled out.'),
  g('Alzheimer disease, MMSE 18/30.'),
  g('Addison disease on hydrocortisone 20 mg daily.'),
  g('Wilson disease with low ceruloplasmin.'),
  g('Down syndrome with congenital heart disease.'),
  g('帕金森病、克罗恩病、桥本甲状腺炎均为常见疾病名称。'),
  g("左室射血分数（LVEF）45%，E/e' 15。"),
  g('CT示右肺上叶结节8 mm，Lung-RADS 3类。'),
  g('NT-proBNP 3250 pg/mL，肌钙蛋白I 0.82 ng/mL。'),
  g('eGFR 38 mL/min/1.73m²，CKD G3b期。'),
  g('给予呋塞米20 mg静推，每日2次。'),
  g('胰岛素甘精10 U 睡前皮下注射。'),
  g('The patient is 82 years old and lives independently.'),
  g('Aged 67, she has well controlled hypertension.'),
  g('患者88岁，既往体健。'),
  g('HBV DNA 2.35×10^7 IU/mL，HIV RNA 1234567 copies/mL。'),
  g('Take 1-2 tablets every 4-6 hours as needed.'),
  g('术后第3天，引流量50 mL。'),
  g('发病3个月来体重下降5 kg。'),
  g('Follow up in 3 months; repeat echo in 6-12 months.'),
  g('NYHA III级，CHA2DS2-VASc评分4分，HAS-BLED 2分。'),
  g('GCS 15分，Glasgow score normal.'),
  g('The 2019 ESC/EAS guidelines recommend LDL-C < 1.4 mmol/L.'),
  g('INR 2.3，APTT 35 s。'),
  g('Temperature 38.5 °C at 10:30:00, repeat at 14:00.'),
  g('心内科二病区收治，值班医生已查看。'),
  g('高血压3级（极高危），高脂血症。'),
  g('患者于昨日出现胸闷，平素体健。'),
  g('主任医师查房后建议完善冠脉造影。'),
  g('建议社区医院随访，门诊复查。'),
  g('Serum sodium 128 mmol/L, potassium 5.6 mmol/L.'),
  g('Dr. visit scheduled; patient denies chest pain.'),
  g("Lesion at 12 o'clock, 2.5 cm from the nipple."),
  g('Ki-67 30%，ER(+)，PR(-)，HER2 2+。'),
  g('Version 1.2.3 of the order set was used.'),
  g('GFR 15-29 ml/min corresponds to stage 4.'),
  g('双肾区叩击痛阴性，肝区无压痛。'),
  g('Babinski sign negative, Murphy sign positive.'),
  g('Stevens-Johnson syndrome after carbamazepine.'),
  // --- second batch, written after the engine was first tuned (held-out style check) ---
  g('患者钱学森，男，94岁，于2024年1月3日在我院门诊就诊。', [
    ['name', '钱学森'],
    ['age', '94'],
    ['date', '1月3日'],
  ]),
  g('联系人：王建华（患者之子），手机：177-0101-8899。', [
    ['name', '王建华'],
    ['phone', '177-0101-8899'],
  ]),
  g('会诊医师：诸葛亮明，签名时间2024-05-06 10:20。', [
    ['name', '诸葛亮明'],
    ['date', '05-06'],
  ]),
  g('患者家属李红梅要求复印病历。', [['name', '李红梅']]),
  g('由急诊科赵医生接诊，予吸氧处理。', [['name', '赵']]),
  g('患者徐某，女，45岁，门诊号：0012345678。', [
    ['name', '徐某'],
    ['mrn', '0012345678'],
  ]),
  g('病人胡志强主诉反复咳嗽3月。', [['name', '胡志强']]),
  g('患儿之母谢婷婷代诉病史。', [['name', '谢婷婷']]),
  g('身份证号 510107199001011230 (check later).', [['id-card', '510107199001011230']]),
  g('请将结果发送至患者邮箱 li.na_88@qq.com 或微信。', [['email', 'li.na_88@qq.com']]),
  g('住院号：ZY0099881　床号：05', [
    ['mrn', 'ZY0099881'],
    ['bed', '05'],
  ]),
  g('出生日期：1949-10-01，籍贯：四川省成都市。', [
    ['date', '10-01'],
    ['address', '四川省成都市'],
  ]),
  g('家庭住址为天津市和平区南京路219号。', [['address', '天津市和平区南京路219号']]),
  g('患者98岁高龄，心功能差。', [['age', '98']]),
  g('The 91-year-old man was seen by Dr Lopez on 4/12/2024.', [
    ['age', '91'],
    ['name', 'Lopez'],
    ['date', '4/12'],
  ]),
  g('Contact: Jennifer Walsh, (212) 555-0198, jwalsh@mail.com.', [
    ['name', 'Jennifer Walsh'],
    ['phone', '(212) 555-0198'],
    ['email', 'jwalsh@mail.com'],
  ]),
  g('Patient name: Chen Wei. MRN 66120031.', [
    ['name', 'Chen Wei'],
    ['mrn', '66120031'],
  ]),
  g('Mr Thompson, 89, was admitted on 02 June 2024 from 7 Elm Street, Leeds.', [
    ['name', 'Thompson'],
    ['date', '02 June'],
    ['address', '7 Elm Street, Leeds'],
  ]),
  g('Seen at home, 350 Fifth Avenue, New York, NY 10118.', [['address', '350 Fifth Avenue, New York, NY 10118']]),
  g('Prescribed by Dr. A. Gupta; DEA # BG1234563.', [
    ['name', 'A. Gupta'],
    ['license', 'BG1234563'],
  ]),
  g('Her daughter Emma lives in Portland.', [
    ['name', 'Emma'],
    ['address', 'Portland'],
  ]),
  g('Bed 14B, inpatient number 2024-77812.', [
    ['bed', '14B'],
    ['mrn', '2024-77812'],
  ]),
  g('Follow-up scheduled for Jan 15th.', [['date', 'Jan 15th']]),
  g('Device serial no. ZX-99812-A recorded in the implant log.', [['device', 'ZX-99812-A']]),
  g('Connected from IP 172.16.254.1 at night.', [['ip', '172.16.254.1']]),
  g('患者于2022年6月行冠脉支架植入术，支架序列号：SN20220611A。', [
    ['date', '6月'],
    ['device', 'SN20220611A'],
  ]),
  g('退款转入储蓄卡 6217001234567890122。', [['bank-card', '6217001234567890122']]),
  g('新农合号：420000556677，报销比例70%。', [['other-id', '420000556677']]),
  g('驾驶证号 110105197203051029 已核验。', [['license', '110105197203051029']]),
  g('车牌号：沪C·88888，停车场登记。', [['plate', '沪C·88888']]),
  g('患者在 http://192.168.1.20:8080/pacs 上传了影像。', [['url', 'http://192.168.1.20:8080/pacs']]),
  g('Dr. Parkinson examined the patient with Parkinson disease.', [['name', 'Parkinson']]),
  // more text that must survive
  g('患者高热3天，最高体温39.2℃。'),
  g('白细胞计数升高，中性粒细胞比例85%。'),
  g('常规心电图检查未见异常。'),
  g('于今日上午行胸腔穿刺术。'),
  g('2型糖尿病（E11.9），糖化血红蛋白8.1%。'),
  g('Patient presents with fever and productive cough.'),
  g('Signed consent obtained; procedure tolerated well.'),
  g('Troponin peaked at 12:40, repeat ECG at 13:10.'),
  g('Lisinopril 10 mg daily; hold if SBP < 100.'),
  g('The 2021 KDIGO blood pressure guideline was applied.'),
  g('Tanner stage 3, Apgar 8/9.'),
  g('Dose escalation 25-50-100 mg over 3 weeks.'),
  // --- third batch: realistic record fragments, scored before the fixes they prompted ---
  g('入院记录：姓名：马晓东 性别：男 年龄：91岁 出生地：河北省保定市', [
    ['name', '马晓东'],
    ['age', '91'],
    ['address', '河北省保定市'],
  ]),
  g('住址：河北省保定市竞秀区朝阳北大街1号院2号楼 联系人：马丽（女儿）', [
    ['address', '河北省保定市竞秀区朝阳北大街1号院2号楼'],
    ['name', '马丽'],
  ]),
  g('术者：王海军主任医师，助手：李静，麻醉医生：赵雷。', [
    ['name', '王海军'],
    ['name', '李静'],
    ['name', '赵雷'],
  ]),
  g("Mr. Lee's daughter, Anna Lee, can be reached at 415-555-2671.", [
    ['name', 'Lee'],
    ['name', 'Anna Lee'],
    ['phone', '415-555-2671'],
  ]),
  g('The patient was born 11/23/1929 in San Francisco and is now 94.', [
    ['date', '11/23'],
    ['address', 'San Francisco'],
    ['age', '94'],
  ]),
  g("Social worker: Karen O'Neil will arrange home care.", [['name', "Karen O'Neil"]]),
  g('患者丈夫孙建平（电话：13705551234）同意手术。', [
    ['name', '孙建平'],
    ['phone', '13705551234'],
  ]),
  g('于2024年4月1日14:20在局麻下行冠脉造影术，主刀：韩冰。', [
    ['date', '4月1日'],
    ['name', '韩冰'],
  ]),
  g('外院（深圳市人民医院）病历号：SZ-0099231。', [
    ['address', '深圳市'],
    ['organization', '人民医院'],
    ['mrn', 'SZ-0099231'],
  ]),
  g('影像号CT20240401003，报告医师：邓丽。', [
    ['other-id', 'CT20240401003'],
    ['name', '邓丽'],
  ]),
  g('患者母亲宋美玲，联系电话 0571-87654321。', [
    ['name', '宋美玲'],
    ['phone', '0571-87654321'],
  ]),
  g('Nurse Jackie Moore documented vitals at 08:00.', [['name', 'Jackie Moore']]),
  g('Witness: Tom Baker. Interpreter: Li Ming (Mandarin).', [
    ['name', 'Tom Baker'],
    ['name', 'Li Ming'],
  ]),
  g('Her MRN is 0044-1291 and her NHS number 943 476 5919.', [
    ['mrn', '0044-1291'],
    ['mrn', '943 476 5919'],
  ]),
  g('Admission date: 05/03/2024 (dd/mm/yyyy).', [['date', '05/03']]),
  g('Ms. Nguyen, 97, presented on Dec 24, 2023.', [
    ['name', 'Nguyen'],
    ['age', '97'],
    ['date', 'Dec 24'],
  ]),
  g('家属要求将报告寄至江苏省苏州市工业园区星湖街328号。', [['address', '江苏省苏州市工业园区星湖街328号']]),
  g('患者，男，九十五岁，独居。', [['age', '九十五']]),
  g('随访护士：卢晓燕，随访日期：2024-06-18。', [
    ['name', '卢晓燕'],
    ['date', '06-18'],
  ]),
  g('Contact the patient at mary_jones77@yahoo.com or (503) 555-0110 ext. 12.', [
    ['email', 'mary_jones77@yahoo.com'],
    ['phone', '(503) 555-0110'],
  ]),
  g('吴晓燕，女，58岁，因反复头痛就诊。', [['name', '吴晓燕']]),
  // clinical text that must survive (batch three)
  g('患者黄体酮治疗中，白蛋白28 g/L，明日复查。'),
  g('Contact precautions for MRSA; Patient Education provided.'),
  g('HLA-B*5801 negative; LOINC 4548-4; NDC 0002-8215-01.'),
  g('冠脉造影示LAD近段狭窄90%，置入支架1枚。'),
  g('Echo: EF 35%, moderate MR, TAPSE 14 mm.'),
  g('予头孢曲松2.0 g ivgtt qd 抗感染治疗。'),
  g('Potassium 3.1, magnesium 1.6; replete per protocol.'),
  g('复查血常规：WBC 12.3×10^9/L，N% 86.2%。'),
  g('Spirometry: FEV1/FVC 0.62, FEV1 48% predicted (GOLD 3).'),
  g('神志清，精神可，双肺呼吸音粗，未闻及干湿性啰音。'),
  g('Started apixaban 5 mg twice daily per ESC 2020 AF guideline.'),
  // --- fourth batch: fresh phrasings, scored before any fix ---
  g('患者爱人：周敏，职业教师，电话18612349876。', [
    ['name', '周敏'],
    ['phone', '18612349876'],
  ]),
  g('本院职工子女，父亲为我院骨科邱国栋医师。', [['name', '邱国栋']]),
  g('病人姓名：上官云飞，ID号：0098123。', [
    ['name', '上官云飞'],
    ['mrn', '0098123'],
  ]),
  g('2023年10月8日行左肾切除术（浙江大学医学院附属第一医院）。', [
    ['date', '10月8日'],
    ['organization', '浙江大学医学院附属第一医院'],
  ]),
  g('患者于今年5月12日出现黑便。', [['date', '5月12日']]),
  g('户籍地：广西壮族自治区南宁市青秀区民族大道136号。', [['address', '广西壮族自治区南宁市青秀区民族大道136号']]),
  g('工作单位电话：020-87332200转8012。', [['phone', '020-87332200转8012']]),
  g('微信号同手机：15800001234。', [['phone', '15800001234']]),
  g('医保号为 110000887766554，自费比例10%。', [['other-id', '110000887766554']]),
  g('身份证 420106200109091881 与医保信息一致。', [['id-card', '420106200109091881']]),
  g('家属已支付押金，收据编号 SJ2024030500123。', [['other-id', 'SJ2024030500123']]),
  g('The patient, Mrs. Eleanor Price, 92 years old, was found at home.', [
    ['name', 'Eleanor Price'],
    ['age', '92'],
  ]),
  g('DOB: 1931-07-14; admitted 2024-03-05 via ED.', [
    ['date', '07-14'],
    ['date', '03-05'],
  ]),
  g('Her son, Mark, called from 0207 946 0321.', [
    ['name', 'Mark'],
    ['phone', '0207 946 0321'],
  ]),
  g('Pt ID 88213-A; insurance policy number HX-5512-09.', [
    ['mrn', '88213-A'],
    ['other-id', 'HX-5512-09'],
  ]),
  g('Discussed with Dr. Maria Fernandez-Lopez (nephrology).', [['name', 'Maria Fernandez-Lopez']]),
  g('Portal message from bob.harris@outlook.com on Tuesday.', [['email', 'bob.harris@outlook.com']]),
  g('Lives with wife at 9 Rue de Rivoli? No: 18 Kings Road, Brighton BN1 2AB.', [
    ['address', '9 Rue de Rivoli'],
    ['address', '18 Kings Road, Brighton BN1 2AB'],
  ]),
  g('CPAP device serial # 22341987654 returned to vendor.', [['device', '22341987654']]),
  g('Telehealth link https://meet.example-hospital.org/room/4471 sent.', [['url', 'https://meet.example-hospital.org/room/4471']]),
  g('患者，男，101岁，长期卧床。', [['age', '101']]),
  g('护理记录：签名 陈静怡 2024/05/20', [
    ['name', '陈静怡'],
    ['date', '05/20'],
  ]),
  // clinical text that must survive (batch four)
  g('左侧颈内静脉置管，深度12 cm，回抽血畅。'),
  g('Creatinine rose from 1.1 to 2.4 mg/dL over 48 hours (KDIGO stage 2).'),
  g('予甘精胰岛素12 U qn，门冬胰岛素6-6-6 U三餐前。'),
  g('Chest X-ray: no pneumothorax; ET tube 4 cm above the carina.'),
  g('血气分析：pH 7.32，PaCO2 48 mmHg，PaO2 62 mmHg，Lac 2.1 mmol/L。'),
  g('Vancomycin trough 15-20 mg/L target; dose 1 g q12h.'),
  // --- fifth batch: the thinner classes, scored before any fix ---
  g('请将退款汇入患者银行账号 6214 8301 2345 6789 02。', [['account', '6214 8301 2345 6789 02']]),
  g('支付宝账号：13900002222，已退回。', [['account', '13900002222']]),
  g('Direct deposit to account # 000123456789 at First Bank.', [['account', '000123456789']]),
  g('事故车辆苏E·5F8K2，驾驶人为患者本人。', [['plate', '苏E·5F8K2']]),
  g('Vehicle registration number WX21 ABC recorded by police.', [['plate', 'WX21 ABC']]),
  g('车辆识别代号：LFV2A21K8E4123456。', [['vehicle', 'LFV2A21K8E4123456']]),
  g('港澳通行证号 C12345678，护照号码：EA1234567。', [
    ['passport', 'C12345678'],
    ['passport', 'EA1234567'],
  ]),
  g('Passport # X9876543 (Canada) presented at registration.', [['passport', 'X9876543']]),
  g('医师资格证书编号：201011110110101010110。', [['license', '201011110110101010110']]),
  g('NPI 1234567893 for the ordering provider.', [['license', '1234567893']]),
  g('远程会诊终端IP：10.12.0.254，端口8443。', [['ip', '10.12.0.254']]),
  g('Uploaded from host 2001:0db8:0000:0000:0000:ff00:0042:8329.', [['ip', '2001:0db8:0000:0000:0000:ff00:0042:8329']]),
  g('患者在抖音账号 https://v.douyin.com/abc123/ 发布病情视频。', [['url', 'https://v.douyin.com/abc123/']]),
  g('Her fundraising page gofundme.com/f/help-for-anna was shared.', [['url', 'gofundme.com/f/help-for-anna']]),
  g('血糖仪序列号：GM2023-998877；IMEI：490154203237518。', [
    ['device', 'GM2023-998877'],
    ['device', '490154203237518'],
  ]),
  g('病理号：P2024-01234，冰冻切片。', [['other-id', 'P2024-01234']]),
  g('Medicaid number 98765432A is active.', [['other-id', '98765432A']]),
  g('参保号：3201000099887766，参保地南京。', [['other-id', '3201000099887766']]),
  g('Transferred to bed No. 3 of ward 5B.', [['bed', '3']]),
  g('急诊号：JZ240305117，分诊二级。', [['mrn', 'JZ240305117']]),
  // clinical text that must survive (batch five)
  g('床旁超声示下腔静脉变异度>50%，予补液。'),
  g('Plan: CT abdomen, lipase, LFTs; NPO after midnight.'),
  g('阿托伐他汀钙片 20 mg，批号 A23051（药房留存）。'),
  g('Ward 5B handover at 19:00; 2 admissions, 1 discharge.'),
];
