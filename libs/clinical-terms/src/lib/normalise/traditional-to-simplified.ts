/**
 * Traditional -> simplified for characters common in clinical text (Taiwan/Hong Kong notes);
 * deliberately small: a full converter is a dictionary problem, this covers the medical core.
 */
const PAIRS =
  '腎肾臟脏壓压癥症診诊斷断藥药醫医貧贫腫肿動动脈脉靜静膽胆結结發发熱热頭头鬱郁憂忧風风濕湿關关節节腦脑腸肠潰溃瘍疡' +
  '氣气嘔呕瀉泻壞坏變变異异過过細细陽阳陰阴檢检驗验測测體体溫温內内癲癫癇痫狀状鈉钠鉀钾鈣钙鐵铁紅红劑剂點点註注' +
  '無无認认見见現现親亲歲岁飽饱衰衰瘡疮徵征綜综嚴严輕轻復复癒愈瘓痪癱瘫顱颅頸颈經经維维鏡镜視视聽听覺觉齒齿齦龈' +
  '瘻瘘療疗術术後后隨随訪访應应癢痒瘧疟亂乱導导滯滞塊块擴扩縮缩聯联脫脱臨临膚肤蕁荨癬癣產产婦妇兒儿嬰婴門门竇窦' +
  '傳传顫颤撲扑創创傷伤損损質质鬆松齡龄惡恶轉转頻频紋纹衛卫囊囊醇醇廔瘘鬧闹膿脓瘀瘀癮瘾蟲虫濾滤壁壁攣挛鹼碱' +
  '膠胶絞绞臥卧嘆叹歷历權权處处區区樞枢糞粪臍脐膩腻鈍钝銳锐縫缝纖纤維维靈灵廣广龍龙鳥鸟麼么僵僵殘残麵面纏缠';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i].codePointAt(0);
    const to = chars[i + 1].codePointAt(0);
    if (from !== undefined && to !== undefined && from !== to) map.set(from, to);
  }
  return map;
})();
