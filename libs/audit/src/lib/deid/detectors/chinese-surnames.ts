/**
 * Common Chinese surnames, compiled by hand: 401 single-character surnames (the frequent ones that
 * head the Ministry of Public Security's yearly surname reports, plus further surnames of the
 * 百家姓 still common today) and 62 compound surnames. Used only to confirm that a word next to a
 * person word (患者X, X医生) is a name, never to find names on its own.
 */
/** Most frequent first (the order of the yearly surname reports), so an index is a frequency rank. */
export const SURNAMES_BY_FREQUENCY: readonly string[] = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤赖洪常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由',
);

export const SINGLE_SURNAMES = new Set(SURNAMES_BY_FREQUENCY);

export const COMPOUND_SURNAMES = new Set([
  '欧阳', '上官', '司马', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '端木', '西门', '南宫', '独孤', '百里', '呼延', '万俟', '澹台', '公冶', '太史', '申屠', '钟离', '闻人',
  '赫连', '拓跋', '鲜于', '左丘', '东郭', '第五', '梁丘', '羊舌', '微生', '公羊', '濮阳', '淳于', '单于', '仲孙',
  '颛孙', '司空', '亓官', '司寇', '子车', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '谷梁', '宰父', '夹谷',
  '段干', '东门', '归海', '公门', '东里', '爱新觉罗',
]);
