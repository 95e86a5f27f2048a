/**
 * City names that the address and organisation detectors read as a place when a phrase says the patient lives there or
 * comes from there ("来自绍兴", "绍兴人", "from Hangzhou", "lives in Leeds"). Bounded lists, written out by hand from
 * public lists (see README.md in this folder); a city outside them is found only with a street, a postcode or an
 * administrative suffix.
 */

/**
 * Prefecture-level cities (地级市) of mainland China, by province, as the Ministry of Civil Affairs lists them in the
 * administrative division codes (GB/T 2260). The four municipalities and the provinces are state-level and stay; 吉林 is a
 * province as well as a city and is left out, and so is 来宾 (also "guest").
 */
const CHINESE_PREFECTURE_CITIES = `
  石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水
  太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
  呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布
  沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛
  长春 四平 辽源 通化 白山 松原 白城
  哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化
  南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁
  杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水
  合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城
  福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德
  南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶
  济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽
  郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店
  武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州
  长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
  广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮
  南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左
  海口 三亚 三沙 儋州
  成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳
  贵阳 六盘水 遵义 安顺 毕节 铜仁
  昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧
  拉萨 日喀则 昌都 林芝 山南 那曲
  西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛
  兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南
  西宁 海东
  银川 石嘴山 吴忠 固原 中卫
  乌鲁木齐 克拉玛依 吐鲁番 哈密`;

export const CHINESE_CITIES: ReadonlySet<string> = new Set(CHINESE_PREFECTURE_CITIES.split(/\s+/).filter(Boolean));

/** Provinces, autonomous regions, municipalities and SARs: state-level, so a name of one alone stays. */
export const PROVINCE_LEVEL_NAMES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';

/** The listed city at the start of `text` (with 市 after it when written), or '' — the longest listed name wins. */
export function listedChineseCityAt(text: string): string {
  for (let length = Math.min(4, text.length); length >= 2; length--) {
    const name = text.slice(0, length);
    if (CHINESE_CITIES.has(name)) return text.charAt(length) === '市' ? `${name}市` : name;
  }
  return '';
}

/** Whether the whole of `name` is a listed city, with or without 市. */
export function isListedChineseCity(name: string): boolean {
  return CHINESE_CITIES.has(name.endsWith('市') ? name.slice(0, -1) : name);
}

/**
 * English city names:
 * - the cities of the United Kingdom with city status (the list of cities kept by the UK Government, 2022), under the
 *   names people write (Hull, Newcastle, Stoke, Brighton, Southend, Derry);
 * - the largest cities of the United States by the Census Bureau's population estimates (New York and Washington left
 *   out: they are also a state);
 * - the provincial capitals and the largest prefecture-level cities of the Chinese list above, in Hanyu Pinyin (Xi'an
 *   also as Xian).
 */
const UK_CITIES = `Bath Birmingham Bradford Brighton Bristol Cambridge Canterbury Carlisle Chelmsford Chester Chichester Colchester
  Coventry Derby Doncaster Durham Ely Exeter Gloucester Hereford Hull Lancaster Leeds Leicester Lichfield Lincoln Liverpool
  London Manchester Milton_Keynes Newcastle Norwich Nottingham Oxford Peterborough Plymouth Portsmouth Preston Ripon Salford
  Salisbury Sheffield Southampton Southend St_Albans Stoke Sunderland Truro Wakefield Wells Westminster Winchester
  Wolverhampton Worcester York Aberdeen Dundee Dunfermline Edinburgh Glasgow Inverness Perth Stirling Bangor Cardiff Newport
  St_Asaph St_Davids Swansea Wrexham Armagh Belfast Derry Londonderry Lisburn Newry`;
const US_CITIES = `Los_Angeles Chicago Houston Phoenix Philadelphia San_Antonio San_Diego Dallas San_Jose Austin Jacksonville
  Fort_Worth Columbus Charlotte Indianapolis San_Francisco Seattle Denver Nashville Oklahoma_City El_Paso Boston Portland
  Las_Vegas Detroit Memphis Louisville Baltimore Milwaukee Albuquerque Tucson Fresno Sacramento Atlanta Miami Omaha
  Minneapolis Cleveland Pittsburgh Cincinnati Tampa New_Orleans St_Louis`;
const CHINESE_CITIES_PINYIN = `Shijiazhuang Tangshan Baoding Taiyuan Datong Hohhot Baotou Shenyang Dalian Anshan Changchun Harbin Daqing
  Nanjing Wuxi Xuzhou Changzhou Suzhou Nantong Yangzhou Zhenjiang Hangzhou Ningbo Wenzhou Jiaxing Huzhou Shaoxing Jinhua
  Taizhou Hefei Wuhu Fuzhou Xiamen Quanzhou Zhangzhou Nanchang Ganzhou Jinan Qingdao Zibo Yantai Weifang Jining Linyi Weihai
  Zhengzhou Kaifeng Luoyang Nanyang Wuhan Yichang Xiangyang Changsha Zhuzhou Hengyang Yueyang Guangzhou Shenzhen Zhuhai
  Shantou Foshan Jiangmen Zhanjiang Huizhou Dongguan Zhongshan Nanning Liuzhou Guilin Haikou Sanya Chengdu Mianyang Yibin
  Nanchong Guiyang Zunyi Kunming Lhasa Xi'an Xian Xianyang Baoji Lanzhou Xining Yinchuan Urumqi`;

/**
 * Large towns that are no cities, written out by hand (names people write; names that are also common given names or
 * surnames, such as Victoria, Regina, Hamilton, Henderson, Madison, Barry, Shannon, Fitzroy, and those that are everyday
 * words or sit in clinical names, such as Reading, Mallow, Surrey, Ann Arbor, left out):
 * - England and Wales: the towns of the Office for National Statistics' "Major Towns and Cities" (December 2015) list,
 *   and the London boroughs people give as where they live (Croydon, Ealing …);
 * - Ireland: the cities and the largest towns of the Central Statistics Office's Census 2016 towns by population;
 * - the United States: the next cities of the Census Bureau's population estimates after US_CITIES;
 * - Australia: the Significant Urban Areas of the Australian Bureau of Statistics (2016);
 * - Canada: the census metropolitan areas and agglomerations of Statistics Canada (2016) with a distinctive name.
 */
const UK_TOWNS = `Barnsley Basildon Basingstoke Bedford Birkenhead Blackburn Blackpool Bolton Bournemouth Bracknell Burnley
  Cheltenham Chesterfield Crawley Darlington Dewsbury Eastbourne Gateshead Gillingham Grimsby Guildford Harlow Harrogate
  Hartlepool Hastings Hemel_Hempstead High_Wycombe Huddersfield Ipswich Kettering Loughborough Luton Maidstone Mansfield
  Middlesbrough Northampton Nuneaton Oldham Poole Redditch Rochdale Rotherham Scunthorpe Slough Solihull Southport
  South_Shields St_Helens Stevenage Stockport Stockton Sutton_Coldfield Swindon Tamworth Telford Walsall Warrington Watford
  West_Bromwich Weston-super-Mare Wigan Woking Worthing Cwmbran Llanelli Merthyr_Tydfil Paisley East_Kilbride
  Livingston Cumbernauld Kilmarnock Ayr Falkirk Greenock Ballymena Craigavon Bangor Coleraine Omagh Croydon Ealing Enfield
  Hackney Haringey Hounslow Islington Lambeth Lewisham Southwark Wandsworth Tottenham Peckham Brixton Bromley Wembley
  Romford Ilford Stratford Woolwich Hammersmith Camden Walthamstow`;
const IRISH_TOWNS = `Dublin Cork Limerick Galway Waterford Kilkenny Drogheda Dundalk Swords Bray Navan Ennis Carlow Tralee Newbridge
  Portlaoise Balbriggan Naas Athlone Mullingar Celbridge Wexford Letterkenny Sligo Clonmel Greystones Malahide Carrigaline
  Leixlip Tullamore Killarney Arklow Cobh Ashbourne Midleton Castlebar Enniscorthy Wicklow Tramore Ballina
  Dungarvan Longford Athy Portmarnock Gorey Tuam`;
const MORE_US_CITIES = `Raleigh Virginia_Beach Long_Beach Oakland Tulsa Wichita Bakersfield Anaheim Honolulu Santa_Ana Riverside
  Corpus_Christi Lexington Stockton Saint_Paul St_Paul Newark Greensboro Plano Orlando Irvine Toledo Jersey_City Chula_Vista
  Fort_Wayne St_Petersburg Laredo Scottsdale Reno Winston-Salem Chesapeake Hialeah Fremont Boise Baton_Rouge Spokane
  Des_Moines Tacoma San_Bernardino Modesto Fontana Oxnard Fayetteville Rochester Huntington_Beach Salt_Lake_City
  Grand_Rapids Amarillo Yonkers Akron Little_Rock Huntsville Knoxville Tempe Providence Anchorage Chattanooga
  Tallahassee Sioux_Falls Savannah Hartford Bentonville Tuscaloosa Gainesville`;
const AUSTRALIAN_TOWNS = `Sydney Melbourne Brisbane Adelaide Gold_Coast Canberra Wollongong Geelong Hobart Townsville Cairns Darwin
  Toowoomba Ballarat Bendigo Albury Wodonga Launceston Mackay Rockhampton Bunbury Bundaberg Coffs_Harbour Wagga_Wagga
  Hervey_Bay Mildura Shepparton Port_Macquarie Gladstone Tamworth Traralgon Dubbo Geraldton Nowra Bathurst Warrnambool
  Kalgoorlie Lismore Mandurah Maitland Sunshine_Coast Alice_Springs Devonport Burnie Parramatta Penrith Bondi`;
const CANADIAN_TOWNS = `Toronto Montreal Vancouver Calgary Edmonton Ottawa Winnipeg Quebec_City Mississauga Brampton Kitchener Halifax
  Oshawa Saskatoon Sherbrooke Kelowna Abbotsford Guelph Moncton Brantford Thunder_Bay Saint_John Lethbridge Nanaimo Kamloops
  Fredericton Chilliwack Red_Deer Sarnia Drummondville Saguenay Trois-Rivieres Sudbury Gatineau Markham Burnaby`;

/**
 * Large cities and townships of other countries that patients come from or travel to (South Asia, Africa, the Middle East,
 * East and South-East Asia (Malaysia's larger towns, Singapore's planning areas), Europe, Latin America). Names that are also common given names or surnames (Paris, Sofia,
 * Florence, Victoria, Lima, Medina, Santiago, Salvador, Colombo, Milan, Geneva) are left out.
 */
const WORLD_CITIES = `Chennai Mumbai Delhi New_Delhi Kolkata Bangalore Bengaluru Hyderabad Pune Ahmedabad Jaipur Lucknow Kanpur Nagpur
  Kochi Coimbatore Madurai Mysore Mysuru Thiruvananthapuram Trivandrum Surat Patna Bhopal Indore Chandigarh Amritsar Ludhiana Varanasi
  Karachi Lahore Islamabad Rawalpindi Peshawar Faisalabad Multan Dhaka Chittagong Sylhet Kathmandu Kabul Kandahar Tehran Mashhad
  Baghdad Basra Mosul Erbil Riyadh Jeddah Mecca Dubai Abu_Dhabi Sharjah Doha Kuwait_City Muscat Amman Beirut Damascus Aleppo Homs
  Cairo Khartoum Addis_Ababa Nairobi Mombasa Kisumu Kampala Kigali Dar_es_Salaam Lusaka Harare Bulawayo Lilongwe Blantyre Maputo
  Johannesburg Soweto Pretoria Durban Cape_Town Port_Elizabeth Lagos Abuja Kaduna Ibadan Enugu Accra Kumasi Dakar Conakry Freetown
  Monrovia Bamako Abidjan Kinshasa Lubumbashi Luanda Mogadishu Hargeisa Asmara Tunis Algiers Oran Casablanca Marrakesh Rabat Tripoli
  Benghazi Manila Quezon_City Cebu Davao Jakarta Surabaya Bandung Medan Kuala_Lumpur Penang Ipoh Johor_Bahru Kuching Bangkok
  Petaling_Jaya Subang_Jaya Shah_Alam Klang Seremban Melaka Kota_Kinabalu Kuantan Alor_Setar Kota_Bharu Kuala_Terengganu Miri
  Sibu Putrajaya Tampines Ang_Mo_Kio Bedok Yishun Hougang Sengkang Punggol Toa_Payoh Bukit_Batok Bukit_Panjang Choa_Chu_Kang
  Pasir_Ris Jurong_West Jurong_East Serangoon Bishan Geylang Sembawang
  Chiang_Mai Hanoi Ho_Chi_Minh_City Saigon Phnom_Penh Yangon Mandalay Vientiane Seoul Busan Incheon Tokyo Osaka Kyoto Yokohama
  Taipei Kaohsiung Taichung Ulaanbaatar Almaty Tashkent Bishkek Moscow Kyiv Kiev Kharkiv Odesa Odessa Lviv Warsaw Krakow Gdansk
  Wroclaw Bucharest Budapest Prague Belgrade Zagreb Sarajevo Tirana Athens Thessaloniki Istanbul Ankara Izmir Lisbon Madrid Barcelona
  Seville Lyon Marseille Munich Hamburg Frankfurt Cologne Vienna Zurich Amsterdam Rotterdam Brussels Antwerp Copenhagen Stockholm
  Gothenburg Oslo Helsinki Rome Turin Naples Palermo Vilnius Tallinn Minsk Tbilisi Yerevan Baku Funchal Port-au-Prince Havana
  Santo_Domingo Mexico_City Guadalajara Monterrey Tijuana Bogota Bogotá Medellin Medellín Quito Guayaquil Caracas Buenos_Aires
  Montevideo Asuncion Asunción Sao_Paulo São_Paulo Rio_de_Janeiro Brasilia Recife`;

export const ENGLISH_CITIES: ReadonlySet<string> = new Set(
  [UK_CITIES, US_CITIES, CHINESE_CITIES_PINYIN, UK_TOWNS, IRISH_TOWNS, MORE_US_CITIES, AUSTRALIAN_TOWNS, CANADIAN_TOWNS, WORLD_CITIES]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.replace(/_/g, ' ')),
);

/**
 * Districts and neighbourhoods of Hong Kong (the 18 districts and the places people write for them, in simplified
 * characters, as the detectors read traditional text) and the parts of Macau (氹仔, 路环, 路氹, 澳门半岛): a place written
 * before a street or in brackets after an institution ("博愛醫院（元朗）").
 */
export const HONG_KONG_AND_MACAU_AREAS: readonly string[] =
  `中西区 中环 上环 西营盘 坚尼地城 半山 湾仔 铜锣湾 跑马地 天后 炮台山 北角 鲗鱼涌 太古 筲箕湾 柴湾 小西湾 杏花村
  香港仔 鸭脷洲 薄扶林 黄竹坑 赤柱 油麻地 尖沙咀 佐敦 旺角 太子 大角咀 深水埗 长沙湾 荔枝角 美孚 石硖尾 九龙城 何文田 土瓜湾
  红磡 黄埔 九龙塘 黄大仙 钻石山 新蒲岗 慈云山 观塘 牛头角 九龙湾 蓝田 秀茂坪 油塘 将军澳 西贡 沙田 大围 马鞍山 火炭 大埔
  上水 粉岭 元朗 天水围 屯门 荃湾 葵涌 葵芳 青衣 荔景 东涌 离岛 长洲
  氹仔 路环 路氹 澳门半岛`
    .split(/\s+/)
    .filter(Boolean);
