import type { GoldSentence } from './deid-gold-set';

/**
 * Tenth gold set: an outside evaluator's held-out set (dev set 23), written by someone who read no de-identification
 * code, scored once blind and only then used to fix what it showed. 160 items: 80 Chinese (mainland, Hong Kong, Taiwan)
 * and 80 English (US, UK, Australia, Canada, India, Singapore, Malaysia, Korea, Vietnam); 110 carry 254 identifiers
 * (97 names), 50 carry none and are built to tempt a detector (eponyms, drugs, codes, herbal medicines, Grace/Will/Hope/Rose
 * in clinical use). Its annotation: a street address from the road or street down to the room, without city, district or
 * postcode; a date keeps its year outside the span; an identifier found under another class counts as missed.
 * Four annotations follow MedLocal's documented rules instead of the evaluator's: a weekday anchored to the note's week
 * (下周一, 上周三) names one day and is a `date`; a bank where an account is held (（工商银行）) is an `organization`; a
 * hospital reference after "ref" (SGH/2024/08812) is an `other-id`, as every reference after ref or report is.
 */
export const DEID_GOLD_SET_V10: readonly GoldSentence[] = [
  {
    text: '王建国，男，67岁，因反复胸闷3年、加重2天于2024年3月5日入院，住院号ZY20240305117。',
    spans: [
      { type: 'name', text: '王建国' },
      { type: 'date', text: '3月5日' },
      { type: 'mrn', text: 'ZY20240305117' },
    ],
  },
  {
    text: '张丽华：李秀英今天空腹血糖6.8，餐后11.2。\n刘伟：好的，我跟欧阳明轩主任说一下。',
    spans: [
      { type: 'name', text: '张丽华' },
      { type: 'name', text: '李秀英' },
      { type: 'name', text: '刘伟' },
      { type: 'name', text: '欧阳明轩' },
    ],
  },
  {
    text: '身份证号：110108198003071233，联系电话：13812345678。',
    spans: [
      { type: 'id-card', text: '110108198003071233' },
      { type: 'phone', text: '13812345678' },
    ],
  },
  {
    text: '主任好，18床家属诸葛明亮刚来电话，手机13957216408，说明天上午来办出院。',
    spans: [
      { type: 'bed', text: '18' },
      { type: 'name', text: '诸葛明亮' },
      { type: 'phone', text: '13957216408' },
    ],
  },
  {
    text: '上官婉清 女 92岁 阿尔茨海默病 住址：上海市徐汇区漕溪北路398号5号楼1203室',
    spans: [
      { type: 'name', text: '上官婉清' },
      { type: 'age', text: '92' },
      { type: 'address', text: '漕溪北路398号5号楼1203室' },
    ],
  },
  {
    text: '交班：3床赵德胜，术后第一天，引流液约50ml；5床钱淑芬，夜间睡眠差，已予艾司唑仑1mg口服。',
    spans: [
      { type: 'bed', text: '3' },
      { type: 'name', text: '赵德胜' },
      { type: 'bed', text: '5', occurrence: 1 },
      { type: 'name', text: '钱淑芬' },
    ],
  },
  { text: '今天陪孙子孙浩然来复诊的是他奶奶，她说孩子昨晚又发烧到39.2℃。', spans: [{ type: 'name', text: '孙浩然' }] },
  {
    text: '请把化验单发到邮箱 chenjing1985@163.com，或者加我微信 cj_doctor88。',
    spans: [
      { type: 'email', text: 'chenjing1985@163.com' },
      { type: 'account', text: 'cj_doctor88' },
    ],
  },
  {
    text: '门诊号：MZ0023871，医保号：310000198765432，就诊科室：内分泌科。',
    spans: [
      { type: 'mrn', text: 'MZ0023871' },
      { type: 'other-id', text: '310000198765432' },
    ],
  },
  {
    text: '家属：母亲黄桂兰，父亲石建军，哥哥白云飞，均体健。',
    spans: [
      { type: 'name', text: '黄桂兰' },
      { type: 'name', text: '石建军' },
      { type: 'name', text: '白云飞' },
    ],
  },
  {
    text: '于2023年11月12日在北京协和医院行甲状腺全切术，术后病理：乳头状癌。',
    spans: [
      { type: 'date', text: '11月12日' },
      { type: 'organization', text: '北京协和医院' },
    ],
  },
  {
    text: '转诊单：兹有马晓东因急性心梗转至复旦大学附属中山医院心内科，联系人：马丽，电话021-64041990。',
    spans: [
      { type: 'name', text: '马晓东' },
      { type: 'organization', text: '复旦大学附属中山医院' },
      { type: 'name', text: '马丽' },
      { type: 'phone', text: '021-64041990' },
    ],
  },
  { text: '昨天晚上司马光辉又说胸口痛，值班医生给了硝酸甘油0.5mg舌下含服。', spans: [{ type: 'name', text: '司马光辉' }] },
  {
    text: '皇甫嵩，男，1929年5月3日生，现年95岁，因肺部感染入院。',
    spans: [
      { type: 'name', text: '皇甫嵩' },
      { type: 'date', text: '1929年5月3日' },
      { type: 'age', text: '95' },
    ],
  },
  {
    text: '退费银行卡号：6222 0210 0112 3456 789，开户行：中国工商银行上海分行，户名：何美玲。',
    spans: [
      { type: 'bank-card', text: '6222 0210 0112 3456 789' },
      { type: 'organization', text: '中国工商银行上海分行' },
      { type: 'name', text: '何美玲' },
    ],
  },
  {
    text: '车牌号沪A8K2J7的车停在急诊门口挡住救护车通道，车主闫振华请速挪车。',
    spans: [
      { type: 'plate', text: '沪A8K2J7' },
      { type: 'name', text: '闫振华' },
    ],
  },
  {
    text: '护士长，帮我查一下欧阳娜娜的出院小结，住院号是0098213。',
    spans: [
      { type: 'name', text: '欧阳娜娜' },
      { type: 'mrn', text: '0098213' },
    ],
  },
  {
    text: '病人陳大文，香港身份證號碼 A123456(3)，住九龍旺角彌敦道688號旺角中心一期12樓B室。',
    spans: [
      { type: 'name', text: '陳大文' },
      { type: 'id-card', text: 'A123456(3)' },
      { type: 'address', text: '彌敦道688號旺角中心一期12樓B室' },
    ],
  },
  {
    text: '林志明，身分證字號 A123456789，健保卡號 0000 1234 5678，住台北市大安區忠孝東路四段100號3樓。',
    spans: [
      { type: 'name', text: '林志明' },
      { type: 'id-card', text: 'A123456789' },
      { type: 'other-id', text: '0000 1234 5678' },
      { type: 'address', text: '忠孝東路四段100號3樓' },
    ],
  },
  { text: '92岁老太太，跌倒后右髋部疼痛，X线示股骨颈骨折。', spans: [{ type: 'age', text: '92' }] },
  {
    text: '邱淑贞（女，45岁）于2024年6月18日就诊于广州市第一人民医院，门诊号GZ1-884720。',
    spans: [
      { type: 'name', text: '邱淑贞' },
      { type: 'date', text: '6月18日' },
      { type: 'address', text: '广州市' },
      { type: 'organization', text: '第一人民医院' },
      { type: 'mrn', text: 'GZ1-884720' },
    ],
  },
  {
    text: '我是覃卫东的女儿，我爸上周三做的胃镜，报告什么时候出？我QQ是 284731956。',
    spans: [
      { type: 'name', text: '覃卫东' },
      { type: 'date', text: '上周三' },
      { type: 'account', text: '284731956' },
    ],
  },
  {
    text: '血透室：今日上机 9床 雷永红 干体重58.5kg；11床 蒋国栋 内瘘杂音良好。',
    spans: [
      { type: 'bed', text: '9' },
      { type: 'name', text: '雷永红' },
      { type: 'bed', text: '11' },
      { type: 'name', text: '蒋国栋' },
    ],
  },
  {
    text: '护照号E12345678，国籍中国，入境日期2024-07-02，隔离期满后转入我科。',
    spans: [
      { type: 'passport', text: 'E12345678' },
      { type: 'date', text: '07-02' },
    ],
  },
  { text: '起搏器型号：美敦力 Azure XT DR，序列号 RNB123456S，电池状态良好。', spans: [{ type: 'device', text: 'RNB123456S' }] },
  {
    text: '工号 HR20190345 的护士吕晓燕今天请病假，由葛春燕顶班。',
    spans: [
      { type: 'other-id', text: 'HR20190345' },
      { type: 'name', text: '吕晓燕' },
      { type: 'name', text: '葛春燕' },
    ],
  },
  {
    text: '诊断证明：郝仁杰因腰椎间盘突出症于浙江大学医学院附属第二医院住院治疗，住院日期2024年1月8日至1月20日。',
    spans: [
      { type: 'name', text: '郝仁杰' },
      { type: 'organization', text: '浙江大学医学院附属第二医院' },
      { type: 'date', text: '1月8日' },
      { type: 'date', text: '1月20日' },
    ],
  },
  {
    text: '你好，我是武汉市第五中学的班主任，学生袁梓涵在体育课上晕倒了，家长电话15827364910。',
    spans: [
      { type: 'address', text: '武汉市' },
      { type: 'organization', text: '第五中学' },
      { type: 'name', text: '袁梓涵' },
      { type: 'phone', text: '15827364910' },
    ],
  },
  {
    text: '病历号：BL-2024-006713；戚雅琴；出生：1958年2月14日；住址：上海市黄浦区建国东路351弄12号201室。',
    spans: [
      { type: 'mrn', text: 'BL-2024-006713' },
      { type: 'name', text: '戚雅琴' },
      { type: 'date', text: '2月14日' },
      { type: 'address', text: '建国东路351弄12号201室' },
    ],
  },
  { text: '家庭住址：北京市朝阳区建国路88号SOHO现代城2号楼1506室。', spans: [{ type: 'address', text: '建国路88号SOHO现代城2号楼1506室' }] },
  {
    text: '转告万红梅：她丈夫童国庆的CT结果已出，请来取。',
    spans: [
      { type: 'name', text: '万红梅' },
      { type: 'name', text: '童国庆' },
    ],
  },
  {
    text: '申请人：欧阳修远，医保卡号：G44010600012345，参保类型：城镇职工，地址：杭州市西湖区文三路259号昌地火炬大厦1号楼8层。',
    spans: [
      { type: 'name', text: '欧阳修远' },
      { type: 'other-id', text: 'G44010600012345' },
      { type: 'address', text: '文三路259号昌地火炬大厦1号楼8层' },
    ],
  },
  {
    text: '今晨查房：12床 易小川 体温37.8℃，咳黄痰，予头孢曲松2g ivgtt qd。',
    spans: [
      { type: 'bed', text: '12' },
      { type: 'name', text: '易小川' },
    ],
  },
  {
    text: 'IP地址 192.168.10.25 的终端在23:14登录了郑海波的电子病历账号。',
    spans: [
      { type: 'ip', text: '192.168.10.25' },
      { type: 'name', text: '郑海波' },
    ],
  },
  {
    text: '预约链接：https://yuyue.szhospital.cn/p/8837421 ，请于7月3日前完成缴费。',
    spans: [
      { type: 'url', text: 'https://yuyue.szhospital.cn/p/8837421' },
      { type: 'date', text: '7月3日' },
    ],
  },
  { text: '驾驶证档案编号 320100123456，事故认定书已复印存档。', spans: [{ type: 'license', text: '320100123456' }] },
  {
    text: 'VIN码 LSVAU2180N2183456 的车辆在高速上追尾，驾驶员冯子豪送至我院急诊。',
    spans: [
      { type: 'vehicle', text: 'LSVAU2180N2183456' },
      { type: 'name', text: '冯子豪' },
    ],
  },
  {
    text: '陶然说他昨晚没睡好，夏雨也是，两人都要求加安眠药。',
    spans: [
      { type: 'name', text: '陶然' },
      { type: 'name', text: '夏雨' },
    ],
  },
  { text: '会诊意见（心内科 谷建平）：建议加用美托洛尔缓释片47.5mg qd。', spans: [{ type: 'name', text: '谷建平' }] },
  {
    text: '出院带药已交给女儿柏玉洁，嘱1周后于四川大学华西医院门诊复查。',
    spans: [
      { type: 'name', text: '柏玉洁' },
      { type: 'organization', text: '四川大学华西医院' },
    ],
  },
  { text: '长孙子墨 男 3岁 发热待查 已完善血培养', spans: [{ type: 'name', text: '长孙子墨' }] },
  {
    text: '快递地址：深圳市南山区高新南七道18号深圳湾科技大厦A座2201，收件人牛金凤，电话0755-86012345。',
    spans: [
      { type: 'address', text: '高新南七道18号深圳湾科技大厦A座2201' },
      { type: 'name', text: '牛金凤' },
      { type: 'phone', text: '0755-86012345' },
    ],
  },
  {
    text: '阮氏秋 越南籍 女 34岁 护照号 C1234567 妊娠32周，暂住东莞市长安镇振安中路128号',
    spans: [
      { type: 'name', text: '阮氏秋' },
      { type: 'passport', text: 'C1234567' },
      { type: 'address', text: '振安中路128号' },
    ],
  },
  {
    text: '病患李淑芬於2024年4月2日在臺大醫院接受心導管檢查，病歷號 A0012345。',
    spans: [
      { type: 'name', text: '李淑芬' },
      { type: 'date', text: '4月2日' },
      { type: 'organization', text: '臺大醫院' },
      { type: 'mrn', text: 'A0012345' },
    ],
  },
  {
    text: '聯絡人：何嘉欣（女兒），手機 9123 4567，住址：香港北角英皇道250號北角城中心18樓C室',
    spans: [
      { type: 'name', text: '何嘉欣' },
      { type: 'phone', text: '9123 4567' },
      { type: 'address', text: '英皇道250號北角城中心18樓C室' },
    ],
  },
  { text: '呼吸机序列号 SN: PB840-3510098，今日更换管路。', spans: [{ type: 'device', text: 'PB840-3510098' }] },
  {
    text: '已将结果发送至 wangfang_md@pumch.cn，王芳医生请查收。',
    spans: [
      { type: 'email', text: 'wangfang_md@pumch.cn' },
      { type: 'name', text: '王芳' },
    ],
  },
  {
    text: '急诊留观8床，苗壮壮，男，19岁，酒精中毒，已予纳洛酮，家住成都市武侯区人民南路四段27号附5号。',
    spans: [
      { type: 'bed', text: '8' },
      { type: 'name', text: '苗壮壮' },
      { type: 'address', text: '人民南路四段27号附5号' },
    ],
  },
  {
    text: '下午3点，付强带着他外婆去了第三人民医院的发热门诊。',
    spans: [
      { type: 'name', text: '付强' },
      { type: 'organization', text: '第三人民医院' },
    ],
  },
  {
    text: '医疗费退款请转至账户 1001 2345 6789 0123 456（工商银行），户名 党小兵。',
    spans: [
      { type: 'account', text: '1001 2345 6789 0123 456' },
      { type: 'organization', text: '工商银行' },
      { type: 'name', text: '党小兵' },
    ],
  },
  {
    text: '核对身份：单思远，身份证 440106197506120454，与腕带信息一致。',
    spans: [
      { type: 'name', text: '单思远' },
      { type: 'id-card', text: '440106197506120454' },
    ],
  },
  {
    text: '【预约成功】尊敬的阎女士，您已预约2024年9月10日上午眼科门诊，就诊卡号 JZK0098812。',
    spans: [
      { type: 'name', text: '阎' },
      { type: 'date', text: '9月10日' },
      { type: 'mrn', text: 'JZK0098812' },
    ],
  },
  {
    text: '邻床病友说，宁静和安然昨天一起出院了。',
    spans: [
      { type: 'name', text: '宁静' },
      { type: 'name', text: '安然' },
    ],
  },
  {
    text: '夜班护士：施雨桐；白班：褚卫红、卫晓光。',
    spans: [
      { type: 'name', text: '施雨桐' },
      { type: 'name', text: '褚卫红' },
      { type: 'name', text: '卫晓光' },
    ],
  },
  {
    text: '居民身份证 320502193108190626，1931年8月19日出生，现年93岁，独居，由社区送来。',
    spans: [
      { type: 'id-card', text: '320502193108190626' },
      { type: 'date', text: '1931年8月19日' },
      { type: 'age', text: '93', occurrence: 2 },
    ],
  },
  { text: '患者高血压病史10年，规律服用氨氯地平5mg qd，血压控制在130/80mmHg左右。', spans: [] },
  { text: '皮肤巩膜黄染，总胆红素86.4μmol/L，直接胆红素52.1μmol/L，考虑梗阻性黄疸。', spans: [] },
  { text: '血常规：白细胞12.3×10^9/L，中性粒细胞百分比85.6%，血红蛋白98g/L，血小板156×10^9/L。', spans: [] },
  { text: '石膏固定后左前臂肿胀明显，桡动脉搏动可触及，指端血运良好。', spans: [] },
  { text: '中药处方：黄芪30g、当归12g、白术15g、茯苓15g、甘草6g、柴胡9g，水煎服，每日一剂。', spans: [] },
  { text: '诊断：1.2型糖尿病（E11.9）；2.桥本甲状腺炎（E06.3）；3.慢性肾脏病3a期（N18.31）。', spans: [] },
  { text: '根据KDIGO 2012指南，eGFR 45 ml/min/1.73m²属于G3a期，建议每6个月复查尿白蛋白/肌酐比值。', spans: [] },
  { text: '帕金森病，规律服用多巴丝肼片0.25g tid，近期出现剂末现象。', spans: [] },
  { text: '格雷夫斯病（Graves病），甲巯咪唑10mg bid，FT3 8.9pmol/L，FT4 32.1pmol/L，TSH<0.005mIU/L。', spans: [] },
  { text: '库欣综合征待排，午夜血皮质醇 18.5μg/dL，小剂量地塞米松抑制试验未被抑制。', spans: [] },
  { text: '心电图示预激综合征（WPW综合征），delta波明显，建议射频消融。', spans: [] },
  { text: '安宫牛黄丸1丸口服，同时静滴醒脑静注射液20ml。', spans: [] },
  { text: '术后第3天，切口无红肿渗出，引流管已拔除，嘱下床活动。', spans: [] },
  { text: '乙肝表面抗原阳性，HBV-DNA 2.3×10^5 IU/mL，给予恩替卡韦0.5mg qd抗病毒治疗。', spans: [] },
  { text: '日間尿量1200毫升，夜尿3次，下肢輕度凹陷性水腫。', spans: [] },
  { text: 'ICD-11编码：5A11（2型糖尿病），BA00（原发性高血压）。', spans: [] },
  { text: '护理：每2小时翻身一次，骶尾部压红已好转，继续使用泡沫敷料。', spans: [] },
  { text: '六味地黄丸、金匮肾气丸、逍遥丸、黄连上清丸均为常用中成药。', spans: [] },
  { text: '甲状腺功能：TSH 4.8 mIU/L，游离T4 12.6 pmol/L，抗TPO抗体 356 IU/mL，考虑桥本病。', spans: [] },
  { text: '复查胸部CT：右肺上叶磨玻璃结节约8mm，较前无明显变化，建议12个月后随访（Fleischner 2017）。', spans: [] },
  { text: '华法林3mg qn，INR 2.4，目标范围2.0-3.0，下周一复查凝血。', spans: [{ type: 'date', text: '下周一' }] },
  { text: '主任，昨天那个房颤的老先生今早心率降到了78次/分，还要继续胺碘酮吗？', spans: [] },
  { text: '甲狀腺機能亢進，服用卡比馬唑（Carbimazole）10mg每日兩次，白血球4.2×10^9/L。', spans: [] },
  { text: '文拉法辛缓释胶囊75mg qd，汉密尔顿抑郁量表（HAMD）评分由24分降至12分。', spans: [] },
  { text: '病理：（胃窦）慢性萎缩性胃炎伴肠上皮化生，幽门螺杆菌（+），SNOMED CT 8493009。', spans: [] },
  {
    text: 'John Smith, 67M, admitted 03/14/2024 with CAP; MRN 00482913.',
    spans: [
      { type: 'name', text: 'John Smith' },
      { type: 'date', text: '03/14' },
      { type: 'mrn', text: '00482913' },
    ],
  },
  {
    text: "Handover: bed 7 — Mary O'Brien, post-op day 2 lap chole, pain controlled on PRN oxycodone 5 mg.",
    spans: [
      { type: 'bed', text: '7' },
      { type: 'name', text: "Mary O'Brien" },
    ],
  },
  { text: 'grace said her mum rose at 5 and took the ramipril, will check bp later', spans: [{ type: 'name', text: 'grace' }] },
  {
    text: 'Dear Dr Patel, Thank you for seeing Mrs Priya Raghunathan (DOB 12/08/1956, NHS number 943 476 5919) with worsening breathlessness.',
    spans: [
      { type: 'name', text: 'Patel' },
      { type: 'name', text: 'Priya Raghunathan' },
      { type: 'date', text: '12/08' },
      { type: 'mrn', text: '943 476 5919' },
    ],
  },
  {
    text: 'Insurance: Medicare MBI 1EG4-TE5-MK73; SSN on file 536-22-8471.',
    spans: [
      { type: 'other-id', text: '1EG4-TE5-MK73' },
      { type: 'social-security', text: '536-22-8471' },
    ],
  },
  {
    text: 'Call Hope Williams on 0412 345 678 if any change overnight.',
    spans: [
      { type: 'name', text: 'Hope Williams' },
      { type: 'phone', text: '0412 345 678' },
    ],
  },
  { text: 'Lives at Unit 4, 17 Banksia Crescent, Parramatta NSW with her daughter.', spans: [{ type: 'address', text: 'Unit 4, 17 Banksia Crescent' }] },
  {
    text: "Referred from St Vincent's Hospital by Dr Anh Nguyen for ERCP.",
    spans: [
      { type: 'organization', text: "St Vincent's Hospital" },
      { type: 'name', text: 'Anh Nguyen' },
    ],
  },
  { text: '92 y/o F with dementia, found on floor by carer, ?NOF fracture.', spans: [{ type: 'age', text: '92' }] },
  {
    text: 'Mr. Rajesh Kumar Sharma, Aadhaar 2345 6789 0124, residing at Flat 12B, Shanti Apartments, 45 MG Road, admitted to AIIMS under Medicine unit 3.',
    spans: [
      { type: 'name', text: 'Rajesh Kumar Sharma' },
      { type: 'id-card', text: '2345 6789 0124' },
      { type: 'address', text: 'Flat 12B, Shanti Apartments, 45 MG Road' },
      { type: 'organization', text: 'AIIMS' },
    ],
  },
  {
    text: 'Tan Wei Ming, NRIC S8812345Z, of Blk 123 Ang Mo Kio Ave 3 #05-123, ward 7B bed 22, Tan Tock Seng Hospital.',
    spans: [
      { type: 'name', text: 'Tan Wei Ming' },
      { type: 'id-card', text: 'S8812345Z' },
      { type: 'address', text: 'Blk 123 Ang Mo Kio Ave 3 #05-123' },
      { type: 'bed', text: '22' },
      { type: 'organization', text: 'Tan Tock Seng Hospital' },
    ],
  },
  {
    text: 'Siti Nurhaliza binti Ahmad, 45F, referred from Klinik Kesihatan Ampang with poorly controlled DM.',
    spans: [
      { type: 'name', text: 'Siti Nurhaliza binti Ahmad' },
      { type: 'organization', text: 'Klinik Kesihatan Ampang' },
    ],
  },
  { text: 'Email results to jennifer.walsh@outlook.com and cc the GP.', spans: [{ type: 'email', text: 'jennifer.walsh@outlook.com' }] },
  {
    text: 'Portal link: https://mychart.stanfordhealthcare.org/patient/88213457 (expires in 7 days)',
    spans: [{ type: 'url', text: 'https://mychart.stanfordhealthcare.org/patient/88213457' }],
  },
  { text: 'Pacemaker interrogation: Medtronic Azure XT DR, serial RNA203948H, battery 9.5 yrs.', spans: [{ type: 'device', text: 'RNA203948H' }] },
  {
    text: 'OHIP 1234-567-890-AB, seen at Sunnybrook Health Sciences Centre on Feb 3, 2024.',
    spans: [
      { type: 'other-id', text: '1234-567-890-AB' },
      { type: 'organization', text: 'Sunnybrook Health Sciences Centre' },
      { type: 'date', text: 'Feb 3' },
    ],
  },
  {
    text: 'Kim Min-jun, 34M, Korean national, passport M12345678, fever after travel.',
    spans: [
      { type: 'name', text: 'Kim Min-jun' },
      { type: 'passport', text: 'M12345678' },
    ],
  },
  { text: "Nguyen Thi Lan's INR was 4.2 this morning — withhold warfarin tonight.", spans: [{ type: 'name', text: 'Nguyen Thi Lan' }] },
  { text: 'Spoke to WILL HARRIS (son) re: DNR; he agrees.', spans: [{ type: 'name', text: 'WILL HARRIS' }] },
  { text: "Driver's licence D1234-56789-01234 (Ontario) recorded at triage.", spans: [{ type: 'license', text: 'D1234-56789-01234' }] },
  {
    text: 'Plate 7ABC123 (CA) involved in MVC; VIN 1HGCM82633A004352.',
    spans: [
      { type: 'plate', text: '7ABC123' },
      { type: 'vehicle', text: '1HGCM82633A004352' },
    ],
  },
  {
    text: 'Staff ID 004521 (RN Karen Lee) administered the dose at 14:05.',
    spans: [
      { type: 'other-id', text: '004521' },
      { type: 'name', text: 'Karen Lee' },
    ],
  },
  {
    text: 'Access from 10.24.198.7 flagged for chart of Rose Mitchell.',
    spans: [
      { type: 'ip', text: '10.24.198.7' },
      { type: 'name', text: 'Rose Mitchell' },
    ],
  },
  {
    text: 'DOB: 07/04/1929 (age 95). Lives alone at 1180 Peachtree St NE, Apt 12C, Atlanta.',
    spans: [
      { type: 'date', text: '07/04/1929' },
      { type: 'age', text: '95' },
      { type: 'address', text: '1180 Peachtree St NE, Apt 12C' },
    ],
  },
  { text: 'Copay paid with Visa 4532 0151 1283 0366.', spans: [{ type: 'bank-card', text: '4532 0151 1283 0366' }] },
  {
    text: 'Refund to Michael Brown, Chase checking account 000123456789.',
    spans: [
      { type: 'name', text: 'Michael Brown' },
      { type: 'account', text: '000123456789' },
    ],
  },
  {
    text: 'Paging Dr. Ashok Venkataraman to bed 14, cardiology.',
    spans: [
      { type: 'name', text: 'Ashok Venkataraman' },
      { type: 'bed', text: '14' },
    ],
  },
  {
    text: 'sarah - can u ring mrs jones back re her INR? 07700 900123',
    spans: [
      { type: 'name', text: 'sarah' },
      { type: 'name', text: 'jones' },
      { type: 'phone', text: '07700 900123' },
    ],
  },
  {
    text: 'Discharged from Royal Prince Alfred Hospital on 21 June 2024 to Lourdes Residential Aged Care.',
    spans: [
      { type: 'organization', text: 'Royal Prince Alfred Hospital' },
      { type: 'date', text: '21 June' },
      { type: 'organization', text: 'Lourdes Residential Aged Care' },
    ],
  },
  {
    text: 'Telehealth via WhatsApp +65 9123 4567 with Mdm Lim Siew Hoon.',
    spans: [
      { type: 'phone', text: '+65 9123 4567' },
      { type: 'name', text: 'Lim Siew Hoon' },
    ],
  },
  {
    text: 'Inpatient no. IP-2024-118273; outpatient no. OP778812.',
    spans: [
      { type: 'mrn', text: 'IP-2024-118273' },
      { type: 'mrn', text: 'OP778812' },
    ],
  },
  {
    text: 'Home: 8 Parkinson Street, Bondi. Daughter Addison Hughes visits daily.',
    spans: [
      { type: 'address', text: '8 Parkinson Street' },
      { type: 'name', text: 'Addison Hughes' },
    ],
  },
  {
    text: 'Darren Whitfield of 27 Harehills Lane, Hosp No. RX12345678, Leeds General Infirmary, Ward 28.',
    spans: [
      { type: 'name', text: 'Darren Whitfield' },
      { type: 'address', text: '27 Harehills Lane' },
      { type: 'mrn', text: 'RX12345678' },
      { type: 'organization', text: 'Leeds General Infirmary' },
    ],
  },
  { text: 'Medicaid ID 987654321A — check eligibility before discharge.', spans: [{ type: 'other-id', text: '987654321A' }] },
  {
    text: 'Contact: priya.s@gmail.com / @priya_s_92 on Telegram.',
    spans: [
      { type: 'email', text: 'priya.s@gmail.com' },
      { type: 'account', text: '@priya_s_92' },
    ],
  },
  { text: "Arjun's mother says he had two febrile seizures at home last week.", spans: [{ type: 'name', text: 'Arjun' }] },
  {
    text: 'ED triage 01:40 — Daniel Cohen, BIBA from 221 King Street West, Apt 1504 after fall, GCS 15.',
    spans: [
      { type: 'name', text: 'Daniel Cohen' },
      { type: 'address', text: '221 King Street West, Apt 1504' },
    ],
  },
  {
    text: 'Angela (daughter) (617) 555-0142 is next of kin; alternate: Tom (617) 555-0187.',
    spans: [
      { type: 'name', text: 'Angela' },
      { type: 'phone', text: '(617) 555-0142' },
      { type: 'name', text: 'Tom' },
      { type: 'phone', text: '(617) 555-0187' },
    ],
  },
  {
    text: 'SGH ref SGH/2024/08812 for Muthu Krishnan s/o Ramasamy, Singapore General Hospital.',
    spans: [
      { type: 'other-id', text: 'SGH/2024/08812' },
      { type: 'name', text: 'Muthu Krishnan' },
      { type: 'name', text: 'Ramasamy' },
      { type: 'organization', text: 'Singapore General Hospital' },
    ],
  },
  { text: 'Passport No. 533380006 (US) scanned into chart.', spans: [{ type: 'passport', text: '533380006' }] },
  {
    text: 'Referred by Lakeside Family Practice, 2301 Oak Avenue, Suite 200, Evanston.',
    spans: [
      { type: 'organization', text: 'Lakeside Family Practice' },
      { type: 'address', text: '2301 Oak Avenue, Suite 200' },
    ],
  },
  {
    text: 'Transferred Elena Petrova to room 412B via Hoyer lift.',
    spans: [
      { type: 'name', text: 'Elena Petrova' },
      { type: 'bed', text: '412B' },
    ],
  },
  {
    text: 'Fax consult to Dr. Samuel Okafor at Toronto Western Hospital, fax 416-603-5800.',
    spans: [
      { type: 'name', text: 'Samuel Okafor' },
      { type: 'organization', text: 'Toronto Western Hospital' },
      { type: 'phone', text: '416-603-5800' },
    ],
  },
  {
    text: 'She works as a cashier at Woolworths Chatswood and lives with her partner, Liam.',
    spans: [
      { type: 'organization', text: 'Woolworths Chatswood' },
      { type: 'name', text: 'Liam' },
    ],
  },
  {
    text: 'Medical record number: 1029384756. Admitted: 2024-02-29.',
    spans: [
      { type: 'mrn', text: '1029384756' },
      { type: 'date', text: '02-29' },
    ],
  },
  {
    text: 'Aged 101, Florence Nightingale-Baker was seen by physio today.',
    spans: [
      { type: 'age', text: '101' },
      { type: 'name', text: 'Florence Nightingale-Baker' },
    ],
  },
  {
    text: 'UHID 2024/CMC/55321, bed 36, Christian Medical College Vellore.',
    spans: [
      { type: 'mrn', text: '2024/CMC/55321' },
      { type: 'bed', text: '36' },
      { type: 'organization', text: 'Christian Medical College Vellore' },
    ],
  },
  {
    text: 'Anjali Deshmukh and Rohan Mehta were both exposed at the same wedding in Pune.',
    spans: [
      { type: 'name', text: 'Anjali Deshmukh' },
      { type: 'name', text: 'Rohan Mehta' },
    ],
  },
  { text: 'Pls ask Huong Tran (Holter lab) to upload the results.', spans: [{ type: 'name', text: 'Huong Tran' }] },
  {
    text: 'GP: Dr Fiona McAllister, Kingsway Medical Centre, 14 Kingsway, Glasgow.',
    spans: [
      { type: 'name', text: 'Fiona McAllister' },
      { type: 'organization', text: 'Kingsway Medical Centre' },
      { type: 'address', text: '14 Kingsway' },
    ],
  },
  { text: 'Glucometer serial GM-55-009812 replaced; old one returned to Abbott.', spans: [{ type: 'device', text: 'GM-55-009812' }] },
  { text: "Her Instagram @hopefully.healing posts about her Crohn's flares.", spans: [{ type: 'account', text: '@hopefully.healing' }] },
  {
    text: 'Tran Van Duc, BC PHN 9876 543 210, seen at Vancouver General Hospital.',
    spans: [
      { type: 'name', text: 'Tran Van Duc' },
      { type: 'other-id', text: '9876 543 210' },
      { type: 'organization', text: 'Vancouver General Hospital' },
    ],
  },
  {
    text: 'Brian rang — Mrs Ng is now staying at 3/45 Collins Street.',
    spans: [
      { type: 'name', text: 'Brian' },
      { type: 'name', text: 'Ng' },
      { type: 'address', text: '3/45 Collins Street' },
    ],
  },
  {
    text: 'Jack Wilson, Medicare no. 2123 45670 1, presented 9 March with chest pain.',
    spans: [
      { type: 'name', text: 'Jack Wilson' },
      { type: 'other-id', text: '2123 45670 1' },
      { type: 'date', text: '9 March' },
    ],
  },
  { text: "Known Graves' disease, on carbimazole 20 mg daily; TSH <0.01 mU/L, free T4 38 pmol/L.", spans: [] },
  { text: "Hashimoto's thyroiditis (E06.3) — levothyroxine 100 mcg od, recheck TFTs in 6 weeks.", spans: [] },
  { text: 'ECG: Wolff-Parkinson-White pattern with short PR and delta waves; refer to EP.', spans: [] },
  { text: "Cushing's syndrome suspected; 1 mg overnight dexamethasone suppression test cortisol 212 nmol/L.", spans: [] },
  { text: "Parkinson's disease, Hoehn and Yahr stage 2; Sinemet 25/100 one tab TDS.", spans: [] },
  { text: 'AKI stage 2 per KDIGO 2012; creatinine 212 µmol/L from baseline 98.', spans: [] },
  { text: 'Will need repeat FBC in the morning; Hb 84 g/L, plt 96 x10^9/L.', spans: [] },
  { text: 'Hope is that the swelling settles with elevation and ice.', spans: [] },
  { text: 'Rose spots on the trunk noted; blood cultures x2 sent for suspected enteric fever.', spans: [] },
  { text: 'Grace period for insulin pump supplies ends next month; continue NovoRapid via pen meanwhile.', spans: [] },
  { text: 'Started on Eliquis (apixaban) 5 mg BD for AF, CHA2DS2-VASc 4, HAS-BLED 2.', spans: [] },
  { text: 'Hodgkin lymphoma stage IIA, ABVD cycle 3 day 1; neutrophils 1.8.', spans: [] },
  { text: "Bell's palsy on the left; prednisolone 50 mg for 10 days plus eye care.", spans: [] },
  { text: 'SNOMED CT 44054006 (Diabetes mellitus type 2); ICD-10-CM E11.65.', spans: [] },
  { text: 'GOLD 2023 group E; continue Trelegy Ellipta one puff daily.', spans: [] },
  { text: 'Mantoux 12 mm; QuantiFERON-TB Gold Plus positive; refer to TB clinic.', spans: [] },
  { text: 'Glasgow Coma Scale 14 (E4 V4 M6); Wells score 4.5 — CTPA requested.', spans: [] },
  { text: 'lasix 40 iv bd, strict fluid balance, daily weights, K 3.3 → replace', spans: [] },
  { text: "Addison's disease on hydrocortisone 10/5/5 mg; sick day rules reviewed.", spans: [] },
  { text: 'Guillain-Barré syndrome: IVIG 0.4 g/kg/day for 5 days; FVC 2.1 L.', spans: [] },
  { text: 'Troponin hs 45 ng/L → 112 ng/L at 3h; NSTEMI pathway per ESC 2023.', spans: [] },
  { text: "Baker's cyst ruptured, Doppler negative for DVT; NSAIDs and rest.", spans: [] },
  { text: 'Down syndrome with AVSD repair in infancy; annual echo stable.', spans: [] },
  { text: 'Tab. Dolo 650 SOS, Tab. Pan 40 OD before breakfast, Syp. Cremaffin 15 ml HS.', spans: [] },
  { text: 'Brown-Séquard pattern after stab injury; MRI C-spine booked for Monday.', spans: [] },
];
