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
  g('Patient phone +1 (555) 123-4567, alternate 617-555-0199.', [['phone', '+1 (555) 123-4567'], ['phone', '617-555-0199']]),
  g('Fax results to (617) 555-0123.', [['phone', '(617) 555-0123']]),
  g('Tel: 0086 13911112222 (son).', [['phone', '0086 13911112222']]),
  // --- e-mail, IP, URL ---
  g('检查报告已发送至 zhangwei1975@163.com。', [['email', 'zhangwei1975@163.com']]),
  g('Please email the summary to j.smith@example.org before Friday.', [['email', 'j.smith@example.org']]),
  g('登录日志显示来自192.168.10.23的访问。', [['ip', '192.168.10.23']]),
  g('Request came from 10.0.0.5 and 2001:db8:85a3::8a2e:370:7334.', [['ip', '10.0.0.5'], ['ip', '2001:db8:85a3::8a2e:370:7334']]),
  g('The device at fe80::1ff:fe23:4567:890a uploaded the ECG.', [['ip', 'fe80::1ff:fe23:4567:890a']]),
  g('患者个人主页 https://weibo.com/u/5566778899 上有病情描述。', [['url', 'https://weibo.com/u/5566778899']]),
  g('See the family blog at www.smithfamilyjourney.net/mom for updates.', [['url', 'www.smithfamilyjourney.net/mom']]),
  // --- medical record / inpatient / outpatient / bed ---
  g('住院号：20240305018，科室：心内科。', [['mrn', '20240305018']]),
  g('门诊号 MZ2024001234 复诊。', [['mrn', 'MZ2024001234']]),
  g('病案号为 A0098213，请调阅。', [['mrn', 'A0098213']]),
  g('病历号:ZY-556677，既往史见前次记录。', [['mrn', 'ZY-556677']]),
  g('床号：12，护理级别一级。', [['mrn', '12']]),
  g('心内科23床患者今日出院。', [['mrn', '23']]),
  g('MRN: 00482913, admitted to cardiology.', [['mrn', '00482913']]),
  g('Medical record number 7730291 was merged.', [['mrn', '7730291']]),
  g('Inpatient no. IP-2024-0042 transferred to bed 12.', [['mrn', 'IP-2024-0042'], ['mrn', '12']]),
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
  g('医保卡号：310000198765432，参保地上海。', [['social-security', '310000198765432']]),
  g('社保卡号 G23456789 已挂失。', [['social-security', 'G23456789']]),
  g('SSN 123-45-6789 was on the referral form.', [['social-security', '123-45-6789']]),
  g('His social security number is 078-05-1120.', [['social-security', '078-05-1120']]),
  g('Medicare ID 1EG4-TE5-MK73 verified.', [['social-security', '1EG4-TE5-MK73']]),
  g('Insurance ID: XKZ123456789, member of the family plan.', [['social-security', 'XKZ123456789']]),
  // --- passport, licence, plates, VIN, devices ---
  g('护照号 E12345678，签证已过期。', [['passport', 'E12345678']]),
  g('Passport number 533380006 was photocopied.', [['passport', '533380006']]),
  g('外籍患者护照：G87654321。', [['passport', 'G87654321']]),
  g('医师执业证书编号 110440100012345。', [['license', '110440100012345']]),
  g('Driver\'s licence number D1234567 was used as ID.', [['license', 'D1234567']]),
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
  g('入院日期：2024-03-05，出院日期：2024-03-12。', [['date', '03-05'], ['date', '03-12']]),
  g('于2023年11月手术治疗。', [['date', '11月']]),
  g('3月8日复查血常规。', [['date', '3月8日']]),
  g('末次月经2024/01/20。', [['date', '01/20']]),
  g('DOB 03/02/1958, admitted on March 5, 2024.', [['date', '03/02'], ['date', 'March 5']]),
  g('Surgery was performed on 12 January 2023.', [['date', '12 January']]),
  g('Seen in clinic in Feb 2022 and again on Oct. 3rd, 2023.', [['date', 'Feb'], ['date', 'Oct. 3rd']]),
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
  g('地址：杭州市西湖区文三路阳光小区5幢3单元302室，邮编310012。', [['address', '杭州市西湖区文三路阳光小区5幢3单元302室'], ['address', '310012']]),
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
  g('主治医师：吴刚 记录者：郑晓雪', [['name', '吴刚'], ['name', '郑晓雪']]),
  g('患儿林小宝，3岁，由母亲陪同。', [['name', '林小宝']]),
  g('经张教授同意后调整剂量。', [['name', '张']]),
  g('护士长马丽华已通知家属。', [['name', '马丽华']]),
  g('患者李某某，既往高血压病史。', [['name', '李某某']]),
  g('其女儿高敏电话13600001111。', [['name', '高敏'], ['phone', '13600001111']]),
  // --- English names ---
  g('Patient John Smith was admitted with chest pain.', [['name', 'John Smith']]),
  g('Seen by Dr. Emily Chen in the emergency department.', [['name', 'Emily Chen']]),
  g('Mrs. O\'Brien reports improved appetite.', [['name', 'O\'Brien']]),
  g('Electronically signed by Michael Brown, MD.', [['name', 'Michael Brown']]),
  g('Name: Maria Garcia; Sex: F.', [['name', 'Maria Garcia']]),
  g('Robert Johnson is a 72-year-old man with COPD.', [['name', 'Robert Johnson']]),
  g('His wife Linda will bring his medications.', [['name', 'Linda']]),
  g('Prof Hashimoto reviewed the biopsy.', [['name', 'Hashimoto']]),
  g('Discussed with Ms Patel and her son David.', [['name', 'Patel'], ['name', 'David']]),
  // --- mixed records ---
  g(
    '患者张伟，男，67岁，住院号ZY20240311，身份证号310115197203051022，于2024年3月11日因胸痛入院，联系电话15912345678。',
    [['name', '张伟'], ['mrn', 'ZY20240311'], ['id-card', '310115197203051022'], ['date', '3月11日'], ['phone', '15912345678']],
  ),
  g(
    'Mr. James Wilson (MRN 5583021), DOB 07/14/1931, aged 93, lives at 15 Oak Lane, Boston, MA 02115; phone 617-555-0142.',
    [['name', 'James Wilson'], ['mrn', '5583021'], ['date', '07/14'], ['age', '93', 1], ['address', '15 Oak Lane, Boston, MA 02115'], ['phone', '617-555-0142']],
  ),
  g('出院小结：患者刘芳，女，96岁，家住南京市鼓楼区中山路100号，联系人刘强，电话025-83123456。', [
    ['name', '刘芳'], ['age', '96'], ['address', '南京市鼓楼区中山路100号'], ['name', '刘强'], ['phone', '025-83123456'],
  ]),
  g('Referred by Dr Ahmed Khan on 2023-09-14; email a.khan@clinic.co.uk.', [['name', 'Ahmed Khan'], ['date', '09-14'], ['email', 'a.khan@clinic.co.uk']]),
  g('宋女士（门诊号MZ88213）于2月14日复诊，医保号：430000112233445。', [['name', '宋'], ['mrn', 'MZ88213'], ['date', '2月14日'], ['social-security', '430000112233445']]),
  g('Patient Sarah Lee, bed 7, has HbA1c 7.2% and eGFR 54.', [['name', 'Sarah Lee'], ['mrn', '7']]),
  g('Attending: Dr. Wong. Specimen ID 24-S-00917.', [['name', 'Wong'], ['other-id', '24-S-00917']]),
  g('患者杨帆在2024年2月29日行PCI术，术者郭医生。', [['name', '杨帆'], ['date', '2月29日'], ['name', '郭']]),

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
  g('左室射血分数（LVEF）45%，E/e\' 15。'),
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
  g('Lesion at 12 o\'clock, 2.5 cm from the nipple.'),
  g('Ki-67 30%，ER(+)，PR(-)，HER2 2+。'),
  g('Version 1.2.3 of the order set was used.'),
  g('GFR 15-29 ml/min corresponds to stage 4.'),
  g('双肾区叩击痛阴性，肝区无压痛。'),
  g('Babinski sign negative, Murphy sign positive.'),
  g('Stevens-Johnson syndrome after carbamazepine.'),
];
