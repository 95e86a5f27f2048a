import type { GoldSentence } from './deid-gold-set';

/**
 * Eleventh gold set: an outside evaluator's held-out set (dev set 24), written by someone who read no de-identification
 * code, scored blind twice (on the code before the round, and after the dev set 23 fixes) and only then used to fix what
 * it showed. 149 items: 75 Chinese (mainland, Hong Kong, Taiwan) and 74 English (US, UK, Ireland, Australia, New
 * Zealand, Canada, India, Singapore, Malaysia, the Philippines, Nigeria); 50 carry no identifier. Its annotation: an
 * address with the city and postcode that run on from it; staff names are names; "SURNAME, Given" is two name spans.
 * Seven annotations follow MedLocal's documented rules instead of the evaluator's: a weekday anchored to the note's
 * week (下周一, 本周三, next monday) is a `date`; a bank branch where an account is held is an `organization`; a
 * specimen number is an `other-id`; a postcode after its label is an `address`. One item is left out for a later round:
 * a lower-case chat that names a hospital by a given name ("mark said … at the Alfred").
 */
export const DEID_GOLD_SET_V11: readonly GoldSentence[] = [
  {
    text: '【夜班交班】12床 王建国，男，67岁，高血压3级、2型糖尿病，今晨BP 168/95mmHg，已予硝苯地平控释片30mg口服，复测142/88mmHg。留置针通畅，夜间尿量1200ml。',
    spans: [
      { type: 'bed', text: '12' },
      { type: 'name', text: '王建国' },
    ],
  },
  {
    text: '急诊预检分诊 2024年11月3日 21:40\n姓名：欧阳明轩  性别：男  年龄：92岁\n主诉：胸闷气促2小时，SpO2 89%，分诊级别II级，送抢救室。',
    spans: [
      { type: 'date', text: '11月3日' },
      { type: 'name', text: '欧阳明轩' },
      { type: 'age', text: '92' },
    ],
  },
  {
    text: '患者姓名：李秀兰  身份证号：320106195804172045  住院号：ZY20240315027  入院日期：2024-03-15  入院诊断：慢性阻塞性肺疾病急性加重',
    spans: [
      { type: 'name', text: '李秀兰' },
      { type: 'id-card', text: '320106195804172045' },
      { type: 'mrn', text: 'ZY20240315027' },
      { type: 'date', text: '03-15' },
    ],
  },
  {
    text: '手术记录\n手术名称：腹腔镜胆囊切除术\n术者：陈志强  一助：刘洋  麻醉医师：司马燕\n术中见胆囊壁增厚约0.6cm，胆囊管内嵌顿结石一枚，出血约10ml。',
    spans: [
      { type: 'name', text: '陈志强' },
      { type: 'name', text: '刘洋' },
      { type: 'name', text: '司马燕' },
    ],
  },
  {
    text: '张伟：明天上午我带我妈去复旦大学附属中山医院复查甲状腺，她医保卡号是0131 0078 2145，挂号要用吗？\n何晓东：要的，带上社保卡。',
    spans: [
      { type: 'name', text: '张伟' },
      { type: 'organization', text: '复旦大学附属中山医院' },
      { type: 'other-id', text: '0131 0078 2145' },
      { type: 'name', text: '何晓东' },
    ],
  },
  {
    text: '| 姓名 | 赵静 | 性别 | 女 | 年龄 | 45岁 |\n| 门诊号 | MZ0087342 | 科室 | 内分泌科 | 标本 | 血清 |\n| TSH | 0.02 mIU/L ↓ | FT4 | 38.6 pmol/L ↑ | TRAb | 12.4 IU/L ↑ |',
    spans: [
      { type: 'name', text: '赵静' },
      { type: 'mrn', text: 'MZ0087342' },
    ],
  },
  {
    text: '出院小结\n黄志明，男，58岁，因“反复上腹痛3月”于2023年12月18日入院，胃镜病理示胃窦低级别上皮内瘤变，2023年12月28日出院。现住址：广州市天河区天河路385号太古汇2座1806室。',
    spans: [
      { type: 'name', text: '黄志明' },
      { type: 'date', text: '12月18日' },
      { type: 'date', text: '12月28日' },
      { type: 'address', text: '广州市天河区天河路385号太古汇2座1806室' },
    ],
  },
  {
    text: '药房留言：孙悦的华法林剂量调整为2.5mg qd，今日INR 2.8，请病房核对后回电0571-87236688转药剂科。',
    spans: [
      { type: 'name', text: '孙悦' },
      { type: 'phone', text: '0571-87236688' },
    ],
  },
  {
    text: '理赔申请书\n被保险人：钟离秀梅\n证件号码：440304196109235825\n理赔款收款卡号：6217 0012 3456 7893\n就诊医院：深圳市人民医院',
    spans: [
      { type: 'name', text: '钟离秀梅' },
      { type: 'id-card', text: '440304196109235825' },
      { type: 'bank-card', text: '6217 0012 3456 7893' },
      { type: 'address', text: '深圳市' },
      { type: 'organization', text: '人民医院' },
    ],
  },
  {
    text: '病人陳大文，香港身份證號碼K608123(1)，於2024年5月6日經急症室入住瑪麗醫院內科病房，床號23，住址九龍旺角彌敦道688號旺角中心1期12樓B室，診斷社區性肺炎。',
    spans: [
      { type: 'name', text: '陳大文' },
      { type: 'id-card', text: 'K608123(1)' },
      { type: 'date', text: '5月6日' },
      { type: 'organization', text: '瑪麗醫院' },
      { type: 'bed', text: '23', occurrence: 1 },
      { type: 'address', text: '九龍旺角彌敦道688號旺角中心1期12樓B室' },
    ],
  },
  {
    text: '林怡君，身分證字號F227318465，健保卡號000012345678，113年8月2日於臺大醫院接受甲狀腺全切除術。戶籍地址：臺北市大安區忠孝東路四段181號5樓',
    spans: [
      { type: 'name', text: '林怡君' },
      { type: 'id-card', text: 'F227318465' },
      { type: 'other-id', text: '000012345678' },
      { type: 'date', text: '8月2日' },
      { type: 'organization', text: '臺大醫院' },
      { type: 'address', text: '臺北市大安區忠孝東路四段181號5樓' },
    ],
  },
  { text: '覃海燕的血常规出来了：白细胞15.6×10^9/L，中性粒细胞87%，CRP 96mg/L，已通知值班医生。', spans: [{ type: 'name', text: '覃海燕' }] },
  {
    text: '家属联系人：妻子汪美玲（139 1745 2286），儿子汪浩然（186-2091-7734），女儿汪欣怡。',
    spans: [
      { type: 'name', text: '汪美玲' },
      { type: 'phone', text: '139 1745 2286' },
      { type: 'name', text: '汪浩然' },
      { type: 'phone', text: '186-2091-7734' },
      { type: 'name', text: '汪欣怡' },
    ],
  },
  { text: '医生：您叫什么名字？\n病人：禤国强。\n医生：哪里不舒服？\n病人：右边膝盖肿了三天，晚上痛得睡不着。', spans: [{ type: 'name', text: '禤国强' }] },
  { text: '上官婉清  女  34岁  孕2产1  孕38+2周\n胎心 142次/分，宫缩规律，宫口开3cm，拟送产房。', spans: [{ type: 'name', text: '上官婉清' }] },
  {
    text: '检验报告单  标本号：2024110800315\n送检科室：心内科  8床  亓振华\n肌钙蛋白I 2.31 ng/mL ↑  NT-proBNP 4860 pg/mL ↑  肌酐 132 μmol/L',
    spans: [
      { type: 'bed', text: '8', occurrence: 1 },
      { type: 'name', text: '亓振华' },
      { type: 'other-id', text: '2024110800315' },
    ],
  },
  {
    text: '微信转发：冼嘉欣妈妈，孩子的出院带药阿莫西林克拉维酸钾按体重每次7.5ml，一天两次，吃满7天，下周一回来复诊。',
    spans: [
      { type: 'name', text: '冼嘉欣' },
      { type: 'date', text: '下周一' },
    ],
  },
  {
    text: '投保人诸葛明亮，手机15910387264，邮箱zhugeml@163.com，住址北京市海淀区中关村南大街5号院3号楼2单元601。',
    spans: [
      { type: 'name', text: '诸葛明亮' },
      { type: 'phone', text: '15910387264' },
      { type: 'email', text: 'zhugeml@163.com' },
      { type: 'address', text: '北京市海淀区中关村南大街5号院3号楼2单元601' },
    ],
  },
  {
    text: '转科记录：佘立新，因急性前壁心肌梗死行PCI术，术后转入CCU，3床，主管医师詹文博。',
    spans: [
      { type: 'name', text: '佘立新' },
      { type: 'bed', text: '3' },
      { type: 'name', text: '詹文博' },
    ],
  },
  {
    text: '刘桂芳 医保卡号：1101 0200 8734 5519  参保地：北京市  结算方式：职工医保  住址：朝阳区安贞里三区12号楼4门201',
    spans: [
      { type: 'name', text: '刘桂芳' },
      { type: 'other-id', text: '1101 0200 8734 5519' },
      { type: 'address', text: '朝阳区安贞里三区12号楼4门201' },
    ],
  },
  {
    text: '入院护理评估\n入院时间：2025年1月9日 10:20\n逄淑珍，女，95岁，由养老院送入，来自和睦家园养老院，Braden评分11分，跌倒高风险。',
    spans: [
      { type: 'date', text: '1月9日' },
      { type: 'name', text: '逄淑珍' },
      { type: 'age', text: '95' },
      { type: 'organization', text: '和睦家园养老院' },
    ],
  },
  {
    text: '出生日期：1930年2月14日  姓名：端木振邦  年龄：95岁  诊断：股骨颈骨折（S72.001）',
    spans: [
      { type: 'date', text: '1930年2月14日' },
      { type: 'name', text: '端木振邦' },
      { type: 'age', text: '95' },
    ],
  },
  {
    text: '门诊病历  门诊号0012873645\n主诉：双手震颤半年。\n隗建平既往高血压病史，否认糖尿病，查体：静止性震颤，齿轮样强直。',
    spans: [
      { type: 'mrn', text: '0012873645' },
      { type: 'name', text: '隗建平' },
    ],
  },
  {
    text: '家庭医生签约单  签约居民：杨帆  签约医生：朱丽华  所属机构：杭州市上城区小营街道社区卫生服务中心',
    spans: [
      { type: 'name', text: '杨帆' },
      { type: 'name', text: '朱丽华' },
      { type: 'address', text: '杭州市上城区' },
      { type: 'organization', text: '小营街道社区卫生服务中心' },
    ],
  },
  {
    text: '术前讨论：皇甫嵩林，男，71岁，拟行全髋关节置换术，术前Hb 108g/L，Alb 32g/L，请裴晓燕主任会诊。',
    spans: [
      { type: 'name', text: '皇甫嵩林' },
      { type: 'name', text: '裴晓燕' },
    ],
  },
  { text: '吴志远今天下午三点出现寒战，T 39.2℃，已抽血培养两套，遵医嘱予哌拉西林他唑巴坦4.5g ivgtt q8h。', spans: [{ type: 'name', text: '吴志远' }] },
  {
    text: '周梦琪 13567890321 明天早上8点空腹抽血，别忘了带上次的CT片子',
    spans: [
      { type: 'name', text: '周梦琪' },
      { type: 'phone', text: '13567890321' },
    ],
  },
  {
    text: '银行账户信息（用于退费）：户名马晓军，账号1001 2308 0900 4521 667，开户行：中国工商银行北京朝阳支行。',
    spans: [
      { type: 'name', text: '马晓军' },
      { type: 'account', text: '1001 2308 0900 4521 667' },
      { type: 'organization', text: '中国工商银行北京朝阳支行' },
    ],
  },
  {
    text: '会诊意见：慕容雪，甲状腺功能提示甲亢，考虑Graves病可能性大，建议甲巯咪唑10mg tid，2周后复查肝功能及血常规。会诊医师：唐国栋',
    spans: [
      { type: 'name', text: '慕容雪' },
      { type: 'name', text: '唐国栋' },
    ],
  },
  {
    text: '患者工作单位：上海宝山钢铁股份有限公司，工号BG207815，因职业性噪声聋申请工伤认定。',
    spans: [
      { type: 'organization', text: '上海宝山钢铁股份有限公司' },
      { type: 'other-id', text: 'BG207815' },
    ],
  },
  {
    text: '胰岛素泵更换记录：邓雨萱，泵型号 MiniMed 780G，序列号NG2219847H，基础率0.45U/h。',
    spans: [
      { type: 'name', text: '邓雨萱' },
      { type: 'device', text: 'NG2219847H' },
    ],
  },
  {
    text: '交通事故伤者：罗海峰，驾驶车辆车牌号沪A·5K823，车架号LSVAU2187N2123456，伤后头痛呕吐，GCS 14分。',
    spans: [
      { type: 'name', text: '罗海峰' },
      { type: 'plate', text: '沪A·5K823' },
      { type: 'vehicle', text: 'LSVAU2187N2123456' },
    ],
  },
  {
    text: '令狐晨，学生，学号2021013456，就读于四川大学，因发热咳嗽3天就诊，甲流抗原阳性。',
    spans: [
      { type: 'name', text: '令狐晨' },
      { type: 'other-id', text: '2021013456' },
      { type: 'organization', text: '四川大学' },
    ],
  },
  {
    text: '远程会诊链接：https://telemed.wchscu.cn/room/8391-2204  登录IP：218.89.112.47  参会：梁思成、贺小龙',
    spans: [
      { type: 'url', text: 'https://telemed.wchscu.cn/room/8391-2204' },
      { type: 'ip', text: '218.89.112.47' },
      { type: 'name', text: '梁思成' },
      { type: 'name', text: '贺小龙' },
    ],
  },
  {
    text: '护照号码：EA4127893  姓名：宋佳怡  国籍：中国  出境体检项目：胸片、HIV抗体、梅毒螺旋体抗体',
    spans: [
      { type: 'passport', text: 'EA4127893' },
      { type: 'name', text: '宋佳怡' },
    ],
  },
  {
    text: '医师执业证书编码：110440100012783  执业医师：韦宏伟  执业范围：内科专业',
    spans: [
      { type: 'license', text: '110440100012783' },
      { type: 'name', text: '韦宏伟' },
    ],
  },
  {
    text: '驾驶证号410102197506143014，苗建军，体检结论：双眼矫正视力均达5.0，合格。',
    spans: [
      { type: 'license', text: '410102197506143014' },
      { type: 'name', text: '苗建军' },
    ],
  },
  {
    text: 'QQ：284719365  微信：wxid_k8s92jd0l  这是田甜的，有事找她',
    spans: [
      { type: 'account', text: '284719365' },
      { type: 'account', text: 'wxid_k8s92jd0l' },
      { type: 'name', text: '田甜' },
    ],
  },
  {
    text: '病区：骨科二病区  41床  蔺春花  住院号：1093847  术后第2天，引流量50ml，色淡红。',
    spans: [
      { type: 'bed', text: '41' },
      { type: 'name', text: '蔺春花' },
      { type: 'mrn', text: '1093847' },
    ],
  },
  {
    text: '葛优美和卢俊两位患者均为青霉素皮试阳性，已在床头卡及腕带上标注过敏。',
    spans: [
      { type: 'name', text: '葛优美' },
      { type: 'name', text: '卢俊' },
    ],
  },
  {
    text: '医保电脑号8804217363，身份证330106198811042711，童嘉豪，住河南省周口市郸城县宁平镇李楼村3组，今日门诊特殊病种（尿毒症透析）登记。',
    spans: [
      { type: 'other-id', text: '8804217363' },
      { type: 'id-card', text: '330106198811042711' },
      { type: 'name', text: '童嘉豪' },
      { type: 'address', text: '河南省周口市郸城县宁平镇李楼村3组' },
    ],
  },
  {
    text: '電子郵件：chanmw@ha.org.hk  聯絡人：陳美華姑娘  伊利沙伯醫院腎科',
    spans: [
      { type: 'email', text: 'chanmw@ha.org.hk' },
      { type: 'name', text: '陳美華' },
      { type: 'organization', text: '伊利沙伯醫院' },
    ],
  },
  {
    text: '許志明先生 於長庚紀念醫院門診追蹤，病歷號9843217，HbA1c 7.8%。',
    spans: [
      { type: 'name', text: '許志明' },
      { type: 'organization', text: '長庚紀念醫院' },
      { type: 'mrn', text: '9843217' },
    ],
  },
  {
    text: '5月12日 鲍秀英 尿培养：大肠埃希菌＞10^5 CFU/mL，ESBL阳性，对美罗培南敏感',
    spans: [
      { type: 'date', text: '5月12日' },
      { type: 'name', text: '鲍秀英' },
    ],
  },
  {
    text: '截图里那个人叫仝小磊，他爸仝德明上周在咱们科做的冠脉造影',
    spans: [
      { type: 'name', text: '仝小磊' },
      { type: 'name', text: '仝德明' },
    ],
  },
  {
    text: '联系地址：成都市武侯区人民南路四段17号附5号1栋1单元302室，邮编610041',
    spans: [
      { type: 'address', text: '成都市武侯区人民南路四段17号附5号1栋1单元302室' },
      { type: 'address', text: '610041' },
    ],
  },
  { text: '白雪今日血糖：空腹6.8mmol/L，早餐后2h 11.2mmol/L，午餐后2h 9.6mmol/L', spans: [{ type: 'name', text: '白雪' }] },
  {
    text: '随访登记：金秀珍 身份证440303194708131627 固话(0755)83921746 地址深圳市福田区华强北路1002号赛格广场28楼',
    spans: [
      { type: 'name', text: '金秀珍' },
      { type: 'id-card', text: '440303194708131627' },
      { type: 'phone', text: '(0755)83921746' },
      { type: 'address', text: '深圳市福田区华强北路1002号赛格广场28楼' },
    ],
  },
  {
    text: '值班护士：蒋欣然  接班护士：范雨桐  17床患者夜间入睡可，无特殊。',
    spans: [
      { type: 'name', text: '蒋欣然' },
      { type: 'name', text: '范雨桐' },
      { type: 'bed', text: '17' },
    ],
  },
  {
    text: '欧阳娜娜：大夫，我爸今天在北京大学第一医院查的肌酐是186，严重吗？\n吕博：比上次高了，明天带报告来门诊。',
    spans: [
      { type: 'name', text: '欧阳娜娜' },
      { type: 'organization', text: '北京大学第一医院' },
      { type: 'name', text: '吕博' },
    ],
  },
  { text: '高血压合并糖尿病患者，血压控制目标<130/80mmHg，首选ACEI或ARB类药物，如培哚普利4mg qd。', spans: [] },
  { text: '新生儿黄疸，总胆红素256μmol/L，已达光疗指征，予蓝光照射，每4小时复测经皮胆红素。', spans: [] },
  { text: '白细胞12.3×10^9/L，中性粒细胞百分比82.5%，降钙素原0.8ng/mL，考虑细菌感染，予头孢曲松2g qd。', spans: [] },
  { text: '右前臂石膏固定后，注意观察手指血运、感觉及活动，如有青紫麻木及时告知医护人员。', spans: [] },
  { text: '痰培养：金黄色葡萄球菌（MRSA），对万古霉素、利奈唑胺敏感，对苯唑西林耐药。', spans: [] },
  { text: '患者下周一复查甲功，继续左甲状腺素钠片50μg qd，桥本甲状腺炎诊断明确。', spans: [{ type: 'date', text: '下周一' }] },
  { text: '帕金森病患者服用多巴丝肼片0.25g tid，症状波动明显，可加用恩他卡朋。', spans: [] },
  { text: '库欣综合征筛查：午夜血皮质醇480nmol/L，1mg地塞米松抑制试验未被抑制。', spans: [] },
  { text: '中药处方：黄芪30g、当归10g、白术15g、茯苓15g、甘草6g，水煎服，日一剂。', spans: [] },
  { text: '诊断：2型糖尿病（E11.9）、原发性高血压（I10）、高脂血症（E78.5）', spans: [] },
  { text: '根据《中国2型糖尿病防治指南（2020年版）》，二甲双胍为首选一线用药。', spans: [] },
  { text: '昨日夜间患者诉胸痛，心电图示V1-V4导联ST段抬高0.3mV，立即启动胸痛中心流程。', spans: [] },
  { text: '术后第三天，切口无红肿渗液，体温36.8℃，拔除尿管后自行排尿通畅。', spans: [] },
  { text: '艾迪生病（原发性肾上腺皮质功能减退症）需终身氢化可的松替代治疗，应激时剂量加倍。', spans: [] },
  { text: '面神经炎（贝尔麻痹）：左侧额纹消失，闭眼不全，予泼尼松30mg qd，甲钴胺0.5mg tid。', spans: [] },
  { text: '下午查房：继续安宫牛黄丸1丸口服，监测血压及神志变化，明天再评估吞咽功能。', spans: [] },
  { text: '血气分析：pH 7.28，PaCO2 58mmHg，PaO2 62mmHg，HCO3- 26.5mmol/L，提示Ⅱ型呼吸衰竭。', spans: [] },
  { text: '陈皮、半夏、茯苓、甘草组成二陈汤，主治湿痰证。', spans: [] },
  { text: '凝血功能：PT 14.2s，APTT 38.6s，INR 1.18，D-二聚体 2.36mg/L FEU。', spans: [] },
  { text: '本周三上午行胃镜检查，检查前禁食8小时，禁水2小时。', spans: [{ type: 'date', text: '本周三' }] },
  { text: '病歷摘要：高血壓、糖尿病控制不佳，建議加用恩格列淨10mg每日一次，三個月後覆診。', spans: [] },
  { text: '血紅素 9.8 g/dL，白血球 11200/μL，血小板 18.5萬/μL，疑似缺鐵性貧血。', spans: [] },
  { text: '格雷夫斯眼病活动期，CAS评分4分，予甲泼尼龙冲击治疗，累计剂量4.5g。', spans: [] },
  { text: '金银花、连翘、黄芩各10g，石膏30g先煎，治疗风热感冒。', spans: [] },
  { text: '老年痴呆评估：MMSE 18分，MoCA 14分，建议多奈哌齐5mg qn。', spans: [] },
  {
    text: 'ED TRIAGE 0214h\nMarcus Delgado, 54M, c/o crushing central chest pain radiating to L arm x 40 min. MRN 4418203. SSN 524-71-3389. BP 92/60, HR 112. ESI 2, STEMI alert called.',
    spans: [
      { type: 'name', text: 'Marcus Delgado' },
      { type: 'mrn', text: '4418203' },
      { type: 'social-security', text: '524-71-3389' },
    ],
  },
  {
    text: "Dear Dr Okonjo,\nRe: Siobhan O'Sullivan, DOB 14/07/1961, NHS No. 4010232137\nI reviewed this lady in the rheumatology clinic at Leeds General Infirmary today. She has seropositive rheumatoid arthritis and I have started methotrexate 15 mg weekly with folic acid 5 mg.",
    spans: [
      { type: 'name', text: 'Okonjo' },
      { type: 'name', text: "Siobhan O'Sullivan" },
      { type: 'date', text: '14/07' },
      { type: 'mrn', text: '4010232137' },
      { type: 'organization', text: 'Leeds General Infirmary' },
    ],
  },
  {
    text: 'Handover bed 7: Grace Mensah, 3/7 post lap chole, obs stable, tolerating diet, for d/c tomorrow if LFTs trending down.',
    spans: [
      { type: 'bed', text: '7' },
      { type: 'name', text: 'Grace Mensah' },
    ],
  },
  {
    text: "hi its priya here, mum's sugars were 14.2 this morning even after the lantus, should we up it to 20 units?",
    spans: [{ type: 'name', text: 'priya' }],
  },
  {
    text: "PPSN: 6728391F\nName: Ciarán Ó Briain\nAddress: 22 Clontarf Road, Dublin 3, D03 X2Y7\nReferred by GP to St James's Hospital for colonoscopy.",
    spans: [
      { type: 'social-security', text: '6728391F' },
      { type: 'name', text: 'Ciarán Ó Briain' },
      { type: 'address', text: '22 Clontarf Road, Dublin 3, D03 X2Y7' },
      { type: 'organization', text: "St James's Hospital" },
    ],
  },
  {
    text: 'Medicare card 4295816742 - Tane Walker of Unit 4/27 Beach Road, Bondi NSW 2026, presented to Royal Melbourne Hospital ED after a fall from ladder, ?L wrist fracture.',
    spans: [
      { type: 'other-id', text: '4295816742' },
      { type: 'name', text: 'Tane Walker' },
      { type: 'address', text: 'Unit 4/27 Beach Road, Bondi NSW 2026' },
      { type: 'organization', text: 'Royal Melbourne Hospital' },
    ],
  },
  {
    text: 'NHI: CGC2142  Aroha Ngata  DOB 03/11/1988  GP: Kaiti Medical Centre\nAddress: 12 Karaka Street, Ponsonby, Auckland 1011',
    spans: [
      { type: 'mrn', text: 'CGC2142' },
      { type: 'name', text: 'Aroha Ngata' },
      { type: 'date', text: '03/11' },
      { type: 'organization', text: 'Kaiti Medical Centre' },
      { type: 'address', text: '12 Karaka Street, Ponsonby, Auckland 1011' },
    ],
  },
  {
    text: 'OHIP health card 5843 092 718  SIN 728 146 531\nJean-Luc Tremblay, 62, seen at Sunnybrook Health Sciences Centre for AF with RVR. Home: 2150 Yonge Street, Apt 1702, Toronto, ON M4S 2A5.',
    spans: [
      { type: 'other-id', text: '5843 092 718' },
      { type: 'social-security', text: '728 146 531' },
      { type: 'name', text: 'Jean-Luc Tremblay' },
      { type: 'organization', text: 'Sunnybrook Health Sciences Centre' },
      { type: 'address', text: '2150 Yonge Street, Apt 1702, Toronto, ON M4S 2A5' },
    ],
  },
  {
    text: 'Aadhaar: 4821 9037 1529\nPatient: Venkatesh Subramanian, 48 y, admitted to Apollo Hospitals, Greams Road on 12 Aug 2024 with DKA.\nResidence: Flat 302, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru 560038',
    spans: [
      { type: 'id-card', text: '4821 9037 1529' },
      { type: 'name', text: 'Venkatesh Subramanian' },
      { type: 'organization', text: 'Apollo Hospitals, Greams Road' },
      { type: 'date', text: '12 Aug' },
      { type: 'address', text: 'Flat 302, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru 560038' },
    ],
  },
  {
    text: 'NRIC S8734215H, Tan Wei Ling, 39F, of Blk 123 Ang Mo Kio Ave 3, #08-456, Singapore 560123, referred from polyclinic to Tan Tock Seng Hospital for ?dengue, platelet 42 x10^9/L.',
    spans: [
      { type: 'id-card', text: 'S8734215H' },
      { type: 'name', text: 'Tan Wei Ling' },
      { type: 'address', text: 'Blk 123 Ang Mo Kio Ave 3, #08-456, Singapore 560123' },
      { type: 'organization', text: 'Tan Tock Seng Hospital' },
    ],
  },
  {
    text: 'MyKad: 780512-14-5631  Nurul Aisyah binti Rahman  Ward 5B bed 14  dx: community acquired pneumonia\nAlamat: No. 12, Jalan SS2/24, 47300 Petaling Jaya, Selangor',
    spans: [
      { type: 'id-card', text: '780512-14-5631' },
      { type: 'name', text: 'Nurul Aisyah binti Rahman' },
      { type: 'bed', text: '14', occurrence: 1 },
      { type: 'address', text: 'No. 12, Jalan SS2/24, 47300 Petaling Jaya, Selangor' },
    ],
  },
  {
    text: 'PhilHealth No.: 19-050123456-7\nPatient: Maria Luisa Dela Cruz\nAdmitted March 5, 2024 at Philippine General Hospital\nDx: Dengue fever with warning signs',
    spans: [
      { type: 'other-id', text: '19-050123456-7' },
      { type: 'name', text: 'Maria Luisa Dela Cruz' },
      { type: 'date', text: 'March 5' },
      { type: 'organization', text: 'Philippine General Hospital' },
    ],
  },
  {
    text: 'NIN 73920481635. Chukwuemeka Obi, 35M, admitted to Lagos University Teaching Hospital with severe malaria, parasitaemia 8%. Address: Plot 14, Adeola Odeku Street, Victoria Island, Lagos.',
    spans: [
      { type: 'id-card', text: '73920481635' },
      { type: 'name', text: 'Chukwuemeka Obi' },
      { type: 'organization', text: 'Lagos University Teaching Hospital' },
      { type: 'address', text: 'Plot 14, Adeola Odeku Street, Victoria Island, Lagos' },
    ],
  },
  {
    text: 'BARNES, Harold   MRN: 00982761   DOB: 1929-04-22   Age: 95\nAdmitted from Sunrise Meadows Care Home with delirium and UTI.',
    spans: [
      { type: 'name', text: 'BARNES' },
      { type: 'name', text: 'Harold' },
      { type: 'mrn', text: '00982761' },
      { type: 'date', text: '1929-04-22' },
      { type: 'age', text: '95' },
      { type: 'organization', text: 'Sunrise Meadows Care Home' },
    ],
  },
  {
    text: 'Operation note\nSurgeon: Mr Rajesh Patel\nAssistant: Emily Hughes\nAnaesthetist: Dr Fiona MacLeod\nProcedure: Right total knee replacement under spinal. Tourniquet time 78 min. EBL 200 ml.',
    spans: [
      { type: 'name', text: 'Rajesh Patel' },
      { type: 'name', text: 'Emily Hughes' },
      { type: 'name', text: 'Fiona MacLeod' },
    ],
  },
  {
    text: 'Pharmacy: please note Will Thompson is on apixaban 5 mg BD - hold for 48h pre-op. Call ext or mobile 0412 558 903.',
    spans: [
      { type: 'name', text: 'Will Thompson' },
      { type: 'phone', text: '0412 558 903' },
    ],
  },
  {
    text: "Rose Fitzgerald called the ward at 1400 asking about her husband's CT result; advised consultant will discuss tomorrow.",
    spans: [{ type: 'name', text: 'Rose Fitzgerald' }],
  },
  {
    text: 'WhatsApp from +234 803 441 7762: Doc good evening, this is Ngozi Adeyemi, my baby still has fever 38.9 after the paracetamol, should I bring her back?',
    spans: [
      { type: 'phone', text: '+234 803 441 7762' },
      { type: 'name', text: 'Ngozi Adeyemi' },
    ],
  },
  {
    text: 'Speaker 1 (Dr. Anand Krishnan): How long have you had the cough?\nSpeaker 2 (Lakshmi Iyer): About three weeks, doctor, with blood sometimes.',
    spans: [
      { type: 'name', text: 'Anand Krishnan' },
      { type: 'name', text: 'Lakshmi Iyer' },
    ],
  },
  {
    text: 'Email j.morrison82@gmail.com re appointment. Lives at 1457 Maple Avenue, Apt 3B, Springfield, IL 62704. Home phone (217) 555-0148.',
    spans: [
      { type: 'email', text: 'j.morrison82@gmail.com' },
      { type: 'address', text: '1457 Maple Avenue, Apt 3B, Springfield, IL 62704' },
      { type: 'phone', text: '(217) 555-0148' },
    ],
  },
  {
    text: 'Discharge summary - Hope Nakamura, admitted January 14, 2025, discharged January 19, 2025. Dx: acute pancreatitis, gallstone. Plan: lap chole at Kaiser Permanente Oakland Medical Center.',
    spans: [
      { type: 'name', text: 'Hope Nakamura' },
      { type: 'date', text: 'January 14' },
      { type: 'date', text: 'January 19' },
      { type: 'organization', text: 'Kaiser Permanente Oakland Medical Center' },
    ],
  },
  {
    text: 'Insurance claim form\nMember ID: XJH847293015\nGroup: 0047821\nInsured: Bill Hendricks\nProvider: Mayo Clinic\nDate of service: 2024-06-18',
    spans: [
      { type: 'other-id', text: 'XJH847293015' },
      { type: 'name', text: 'Bill Hendricks' },
      { type: 'organization', text: 'Mayo Clinic' },
      { type: 'date', text: '06-18' },
    ],
  },
  {
    text: '| Name | Amara Nwosu | MRN | H7723019 |\n| Ward | Acute Medical Unit | Bed | 22 |\n| Na | 128 mmol/L | K | 5.9 mmol/L |',
    spans: [
      { type: 'name', text: 'Amara Nwosu' },
      { type: 'mrn', text: 'H7723019' },
      { type: 'bed', text: '22' },
    ],
  },
  {
    text: 'Nurse handover 07:00\nBed 3 June Robertson - NOF #, post-op day 1, Hb 86, for 1 unit RBC.\nBed 4 Desmond Kaur - COPD exac, on 2L O2, sats 91%.',
    spans: [
      { type: 'bed', text: '3' },
      { type: 'name', text: 'June Robertson' },
      { type: 'bed', text: '4' },
      { type: 'name', text: 'Desmond Kaur' },
    ],
  },
  {
    text: "Passport No. 561208734 (USA). Kevin O'Brien requires fitness-to-fly letter after DVT, on rivaroxaban 20 mg daily.",
    spans: [
      { type: 'passport', text: '561208734' },
      { type: 'name', text: "Kevin O'Brien" },
    ],
  },
  {
    text: 'UK driving licence MORGA657054SM9IJ - Sarah Morgan advised not to drive for 6 months following first seizure per DVLA guidance.',
    spans: [
      { type: 'license', text: 'MORGA657054SM9IJ' },
      { type: 'name', text: 'Sarah Morgan' },
    ],
  },
  {
    text: 'GMC No. 7012845 - Dr Olumide Bankole, FY2, Queen Elizabeth Hospital Birmingham',
    spans: [
      { type: 'license', text: '7012845' },
      { type: 'name', text: 'Olumide Bankole' },
      { type: 'organization', text: 'Queen Elizabeth Hospital Birmingham' },
    ],
  },
  {
    text: 'Staff ID E204718 - Sean Gallagher, porter, needlestick injury from used insulin pen at 10:15. Source bloods requested.',
    spans: [
      { type: 'other-id', text: 'E204718' },
      { type: 'name', text: 'Sean Gallagher' },
    ],
  },
  {
    text: 'Card on file for copay: 4532 0151 1283 0366  cardholder Linda Alvarez',
    spans: [
      { type: 'bank-card', text: '4532 0151 1283 0366' },
      { type: 'name', text: 'Linda Alvarez' },
    ],
  },
  {
    text: 'Refund to IBAN IE58 BOFI 9000 1710 0289 52, account holder Declan Byrne',
    spans: [
      { type: 'account', text: 'IE58 BOFI 9000 1710 0289 52' },
      { type: 'name', text: 'Declan Byrne' },
    ],
  },
  {
    text: 'Pacemaker interrogation: device serial PJN402781S, battery 8.5 yrs, RV threshold 0.75 V @ 0.4 ms. Arthur Pennington, 91-year-old, asymptomatic.',
    spans: [
      { type: 'device', text: 'PJN402781S' },
      { type: 'name', text: 'Arthur Pennington' },
      { type: 'age', text: '91' },
    ],
  },
  {
    text: 'MVA: driver of vehicle reg LK19 XWE, VIN SAJAA01T65FN12345, Tom Fairbanks, GCS 15, seatbelt sign across chest.',
    spans: [
      { type: 'plate', text: 'LK19 XWE' },
      { type: 'vehicle', text: 'SAJAA01T65FN12345' },
      { type: 'name', text: 'Tom Fairbanks' },
    ],
  },
  {
    text: 'Remote login from 203.0.113.76 accessed chart of Deepika Sharma; audit flagged. Portal link: https://mychart.northwell.edu/patient/records/88231',
    spans: [
      { type: 'ip', text: '203.0.113.76' },
      { type: 'name', text: 'Deepika Sharma' },
      { type: 'url', text: 'https://mychart.northwell.edu/patient/records/88231' },
    ],
  },
  {
    text: "kwame: bro the consultant wants to see grandma again thursday, her creatinine is 240 now\nefua: ok i'll take her",
    spans: [
      { type: 'name', text: 'kwame' },
      { type: 'name', text: 'efua' },
    ],
  },
  {
    text: 'Referral letter\nFrom: Dr Aisling Murphy, Ennis Road Medical Centre, 14 Ennis Road, Limerick V94 F6X2\nTo: Cardiology OPD\nRe: Patrick Doyle, 93 yrs, new AF, CHA2DS2-VASc 5.',
    spans: [
      { type: 'name', text: 'Aisling Murphy' },
      { type: 'organization', text: 'Ennis Road Medical Centre' },
      { type: 'address', text: '14 Ennis Road, Limerick V94 F6X2' },
      { type: 'name', text: 'Patrick Doyle' },
      { type: 'age', text: '93' },
    ],
  },
  {
    text: "Mei Ling Chong (+65 9123 4587) wants to reschedule her colonoscopy; she's on metformin and needs bowel prep instructions.",
    spans: [
      { type: 'name', text: 'Mei Ling Chong' },
      { type: 'phone', text: '+65 9123 4587' },
    ],
  },
  {
    text: 'Admission 03:40. Rahul Verma, 29, IT engineer at Infosys, employee no. INF-778104, collapsed at the office, troponin negative, ECG shows Brugada pattern type 1.',
    spans: [
      { type: 'name', text: 'Rahul Verma' },
      { type: 'organization', text: 'Infosys' },
      { type: 'other-id', text: 'INF-778104' },
    ],
  },
  {
    text: 'Address: Flat 2, 47 Cathcart Street, Greenock PA15 1BN. CHI 1506584713. Next of kin Moira Campbell (daughter).',
    spans: [
      { type: 'address', text: 'Flat 2, 47 Cathcart Street, Greenock PA15 1BN' },
      { type: 'mrn', text: '1506584713' },
      { type: 'name', text: 'Moira Campbell' },
    ],
  },
  {
    text: 'Lab report | Patient: GONZALEZ, ISABELLA | Collected: 2024-09-30 | HbA1c 9.4% | eGFR 54 mL/min/1.73m2',
    spans: [
      { type: 'name', text: 'GONZALEZ' },
      { type: 'name', text: 'ISABELLA' },
      { type: 'date', text: '09-30' },
    ],
  },
  {
    text: "Oluwaseun rang again about his mum's warfarin, INR 4.6 today. Advised omit tonight's dose and recheck.",
    spans: [{ type: 'name', text: 'Oluwaseun' }],
  },
  {
    text: 'Student no. s3849201 (University of Auckland) - Liam Tuhoe seen at student health, meningococcal vaccine given.',
    spans: [
      { type: 'other-id', text: 's3849201' },
      { type: 'organization', text: 'University of Auckland' },
      { type: 'name', text: 'Liam Tuhoe' },
    ],
  },
  {
    text: 'Care home: Willowbrook Nursing Home, 88 Old Bath Road, Cheltenham GL53 7DR. Resident Dorothy Fielding born 2 February 1931.',
    spans: [
      { type: 'organization', text: 'Willowbrook Nursing Home' },
      { type: 'address', text: '88 Old Bath Road, Cheltenham GL53 7DR' },
      { type: 'name', text: 'Dorothy Fielding' },
      { type: 'date', text: '2 February 1931' },
    ],
  },
  {
    text: 'From: nurse.alim@hkl.gov.my\nTo: wardclerk\nSubject: Siti Hajar discharge TTO - amlodipine 10mg OD, atorvastatin 40mg ON.',
    spans: [
      { type: 'email', text: 'nurse.alim@hkl.gov.my' },
      { type: 'name', text: 'Siti Hajar' },
    ],
  },
  {
    text: 'Practising certificate MED0001872364 (AHPRA). Locum Dr Priyanka Nair will cover ward 6 on 22 December 2024.',
    spans: [
      { type: 'license', text: 'MED0001872364' },
      { type: 'name', text: 'Priyanka Nair' },
      { type: 'date', text: '22 December' },
    ],
  },
  {
    text: 'Phone consult with Ravi Menon on 98450 31277: fever 3 days, NS1 positive, advised oral fluids and CBC tomorrow.',
    spans: [
      { type: 'name', text: 'Ravi Menon' },
      { type: 'phone', text: '98450 31277' },
    ],
  },
  {
    text: "Patient transferred from Makati Medical Center to St. Luke's Medical Center on Oct 3, 2024 for PCI.",
    spans: [
      { type: 'organization', text: 'Makati Medical Center' },
      { type: 'organization', text: "St. Luke's Medical Center" },
      { type: 'date', text: 'Oct 3' },
    ],
  },
  {
    text: "Ward round - Jack Nolan bed 11: Bell's palsy improving, continue prednisolone taper. Eileen Kavanagh bed 12: Graves', on carbimazole 20 mg.",
    spans: [
      { type: 'name', text: 'Jack Nolan' },
      { type: 'bed', text: '11' },
      { type: 'name', text: 'Eileen Kavanagh' },
      { type: 'bed', text: '12' },
    ],
  },
  {
    text: 'May Chen missed her dialysis session today. Husband Bill says she has been confused since Sunday.',
    spans: [
      { type: 'name', text: 'May Chen' },
      { type: 'name', text: 'Bill' },
    ],
  },
  {
    text: 'Fatima Bello 0800hrs: BP 158/96, pre-eclampsia bloods sent, MgSO4 loading 4 g over 20 min. Husband Ibrahim at bedside, contact 0802 337 6619.',
    spans: [
      { type: 'name', text: 'Fatima Bello' },
      { type: 'name', text: 'Ibrahim' },
      { type: 'phone', text: '0802 337 6619' },
    ],
  },
  { text: "Will review in clinic in 6 weeks with repeat TFTs. Continue carbimazole 10 mg OD for Graves' disease.", spans: [] },
  { text: 'Hope to step down to oral antibiotics once CRP < 50 and afebrile for 48h.', spans: [] },
  { text: 'Lactate rose from 2.1 to 4.8 mmol/L despite 30 ml/kg crystalloid; start noradrenaline per Surviving Sepsis Campaign 2021.', spans: [] },
  { text: "Cushing's syndrome suspected: late-night salivary cortisol elevated x2, 24h UFC 412 nmol/24h.", spans: [] },
  { text: 'Addisonian crisis - give hydrocortisone 100 mg IV stat then 50 mg QDS, IV 0.9% saline 1L over 1h.', spans: [] },
  { text: "Bell's palsy, House-Brackmann grade III. Prednisolone 60 mg OD for 5 days then taper; eye protection at night.", spans: [] },
  { text: "Parkinson's disease, H&Y stage 2. Sinemet 25/100 TDS, consider rasagiline 1 mg.", spans: [] },
  { text: "Hashimoto's thyroiditis, TPO Ab > 600 IU/mL, TSH 8.9 mU/L. Start levothyroxine 50 mcg.", spans: [] },
  { text: 'Dx: Type 2 DM (E11.65), CKD stage 3a (N18.31), SNOMED CT 44054006. Plan per KDIGO 2022 and ADA Standards of Care 2024.', spans: [] },
  { text: 'may need a repeat echo in June if symptoms persist; EF 45% today.', spans: [] },
  { text: 'Mark the operative site before transfer to theatre; consent signed, NBM from midnight.', spans: [] },
  { text: 'Bill the procedure under CPT 43239 (EGD with biopsy). No complications.', spans: [] },
  { text: 'Grace period for the prior authorisation ends Friday; pharmacy to resubmit for Ozempic 0.5 mg weekly.', spans: [] },
  { text: 'next monday: repeat U&E, Mg, PO4. K was 3.1 today, on Sando-K 2 tabs TDS.', spans: [{ type: 'date', text: 'next monday' }] },
  { text: 'Augmentin 625 mg TDS x 7/7, paracetamol 1 g QDS PRN, ibuprofen 400 mg TDS with food.', spans: [] },
  { text: 'Wells score 4.5 - PE likely; CTPA requested. D-dimer 1.8 mg/L FEU.', spans: [] },
  { text: 'Troponin T hs 14 -> 86 ng/L at 3h; NSTEMI, load aspirin 300 mg + ticagrelor 180 mg, fondaparinux 2.5 mg SC.', spans: [] },
  { text: 'ABG on 28% Venturi: pH 7.31, pCO2 7.4 kPa, pO2 8.2 kPa, HCO3 27. Type 2 RF, start BiPAP 14/5.', spans: [] },
  { text: 'Glasgow Coma Scale 14 (E4 V4 M6), Apgar 9 at 5 min, Bishop score 7 - proceed with ARM.', spans: [] },
  { text: 'Down syndrome with AVSD repair in infancy, now Eisenmenger physiology, sats 84% RA.', spans: [] },
  { text: "Crohn's disease on adalimumab 40 mg fortnightly; calprotectin 620 ug/g, consider switch to ustekinumab.", spans: [] },
  { text: 'Hodgkin lymphoma stage IIA, ABVD cycle 3 of 6 due. Neutrophils 1.2, proceed per protocol.', spans: [] },
  { text: 'Rose Bengal test negative. Brucella serology pending. Continue doxycycline 100 mg BD.', spans: [] },
  { text: 'hydroxychloroquine 200mg bd, hba1c 58 mmol/mol, bmi 31.2 - refer to dietitian per NICE NG28', spans: [] },
  { text: 'NEWS2 (RCP 2017) score 6, escalate to outreach within 30 min.', spans: [] },
];
