/**
 * Names of common Chinese herbal medicines (中药饮片) as the Chinese Pharmacopoeia headings write them: 《中华人民共和国药典》
 * 2020 年版 一部 (Chinese Pharmacopoeia Commission, China Medical Science Press, 2020), 药材和饮片 monographs. Written out
 * from the monograph headings of that volume for the herbs that ward and clinic prescriptions name most, then kept
 * only where the first character is a surname of `../detectors/chinese-surnames.ts` (黄芪, 白芍, 柏子仁, 高良姜): those are
 * the herbs a name detector could take for a person. Names are public facts; the list is MedLocal's.
 */
export const PHARMACOPOEIA_HERB_NAMES: readonly string[] = `
黄芪 黄连 黄芩 黄柏 黄精 白芍 白术 白芷 白及 白果 白前 白薇 白蔹 白扁豆 白茅根 白头翁 白鲜皮 白附子 金银花 金钱草 金樱子
金果榄 金荞麦 石斛 石膏 石菖蒲 石决明 石韦 石榴皮 高良姜 柴胡 党参 丹参 甘草 甘松 甘遂 杜仲 何首乌 柏子仁 连翘 连钱草
陈皮 牛膝 牛蒡子 牛黄 桑叶 桑枝 桑白皮 桑椹 桑寄生 桑螵蛸 海金沙 海藻 海螵蛸 海马 海龙 海风藤 麦冬 麦芽 马齿苋 马钱子
马鞭草 马勃 龙胆 龙眼肉 车前子 车前草 乌梅 乌药 秦皮 秦艽 葛根 薄荷 蒲公英 蒲黄 苏木 苏合香 玉竹 芦根 芦荟 谷精草 谷芽
桂枝 郁金 郁李仁 常山 巴戟天 巴豆 胡椒 胡芦巴 胡黄连 虎杖 花椒 滑石 红花 红参 红景天 姜黄 荆芥 菊花 莱菔子 雷丸 莲子
莲子心 莲房 莲须 凌霄花 鹿茸 鹿角 罗汉果 罗布麻叶 麻黄 明党参 墨旱莲 南沙参 前胡 茜草 羌活 青皮 青蒿 青黛 瞿麦 全蝎 商陆
沙苑子 升麻 水蛭 檀香 天麻 天冬 通草 王不留行 吴茱萸 夏枯草 仙鹤草 香附 辛夷 徐长卿 续断 玄参 延胡索 野菊花 益母草 茵陈
银柴胡 余甘子 禹余粮 远志 泽泻 知母 栀子 朱砂 竹茹 关黄柏 毛诃子 冬虫夏草 冬葵果 冬凌草 木香 木通 木瓜 木贼
`
  .split(/\s+/)
  .filter((name) => name.length > 0);

/**
 * Clinical and everyday words that open with a surname and that the name detectors met in lists and clause openings:
 * ward words (高危, 高龄, 高热, 高度), a cast (石膏 is also a herb), a colour of sputum and of Staphylococcus aureus
 * (金黄色), a food (江米, glutinous rice), a trade name of phenobarbital (鲁米那, Luminal), the ward's health teaching
 * (宣教, as in 护士宣教) and the older transliteration of Hodgkin (何杰金, as in 何杰金淋巴瘤 / 何杰金病, now written 霍奇金).
 * Then findings and anatomy (包块 mass, 包膜 capsule, 曲张 varicose, 房缺 atrial septal defect, 管型 urinary cast, 白带/黄带
 * leucorrhoea, 黄斑 macula, 罗音 rales, 胡桃夹 nutcracker, 高渗 hyperosmolar, 郎飞结 node of Ranvier, 高张盐水 hypertonic saline),
 * an organism (贾第虫 Giardia), drugs (毛果芸香碱 pilocarpine, 丁卡因 tetracaine) and traditional Chinese medicine signs,
 * patterns, formulas, meridians and acupoints (郑声 with 谵语 faint repetitive speech, 洪脉 surging pulse, 戴阳证, 卫分证,
 * 温胆汤, 孙络, 章门, 丰隆, 曲池). Then transliterated eponyms of scales and consensus statements (蒙哥马利-艾森贝格抑郁量表,
 * the Montgomery–Åsberg Depression Rating Scale, MADRS; 艾森克人格问卷, the Eysenck Personality Questionnaire, EPQ; both
 * listed with the word that follows, as 蒙哥马利 and 艾森克 alone may be a foreign patient or a nurse;
 * 马斯特里赫特共识, the Maastricht consensus on Helicobacter pylori), a trade name (潘高寿川贝枇杷露, a loquat-and-fritillary
 * cough syrup, written whole: 潘高寿 alone may be a man's name; a brand in brackets after a vitamin, 维生素 AD（伊可新）,
 * is kept by the clinical-content guard instead, since 伊可新 is also a child's name), 田七 (notoginseng, 三七) and 关木通 (Aristolochiae Manshuriensis Caulis, in the Pharmacopoeia until its
 * 2005 edition dropped it for aristolochic acid: warnings still name it). Only a word that opens the candidate keeps it, so a name before one of them
 * ("李章门诊复查") is still found; words that are also plausible names (郑声, 洪大) are listed only with what follows them.
 */
export const CLINICAL_WORDS_OPENING_WITH_SURNAME: readonly string[] = `
高危 高风险 高龄 高热 高烧 高度 金黄色 江米 鲁米那 宣教 何杰金
包块 包膜 曲张 房缺 管型 白带 黄带 黄斑 罗音 胡桃夹 高渗 郎飞结 高张盐水 高张性 高弹力袜 贾第虫 毛果芸香碱 丁卡因 熊胆粉 安宫牛黄丸 安宫黄体酮
郑声、谵语 郑声谵语 郑声低微 洪脉 洪大有力 戴阳证 卫气营血 卫气 卫分证 卫分 温胆汤 温疟 时疫 孙络 方证 方脉 关格 马脾风 牛程蹇 石水
章门 期门 丰隆 曲池
蒙哥马利-艾森贝格 蒙哥马利－艾森贝格 艾森克人格 马斯特里赫特 潘高寿川贝枇杷露 关木通 田七
`
  .split(/\s+/)
  .filter((word) => word.length > 0);
