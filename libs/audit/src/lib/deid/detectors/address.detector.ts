import { ENGLISH_CITIES, listedChineseCityAt, PROVINCE_LEVEL_NAMES, HONG_KONG_AND_MACAU_AREAS } from '../data/cities';
import type { Detection, PhiDetector } from '../deid.types';
import { clinicalTermLengthAt, isClinicalEnglishProseTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { holdsAny, scanLastGroup, startScan } from '../regex-scan.util';
import { isEnglishWord } from '../english-words';
import { extendIntoTownAndPostcode, scanWorldStreetAddresses } from './world-street-address.scanner';
import { AU_STATES, CANADIAN_PROVINCES, US_STATES } from '../data/region-codes';
import { REGION_NAMES } from '../data/region-names';
import { isUnlistedTown } from './unlisted-town';
import { GIVEN_NAMES } from '../data/english-names';
import { CodeUnitSet } from '../code-unit-set';

/**
 * Chinese addresses are a chain of administrative and street components. A single component
 * ("病区", "肝区", "社区") is anatomy or ward talk far more often than a place, so at least two are needed.
 */
const HAN = String.raw`\u4e00-\u9fa5`;
const ADMIN = String.raw`[${HAN}]{1,7}?(?:特别行政区|自治区|自治州|自治县|省|市|地区|盟|州|新区|区|县|旗|街道|镇|乡|村)`;
// A bare 道 is anatomy (食道, 呼吸道); a numbered or directional one is a road (高新南一道).
// Any 道 before a house number is a road too (鹭江道62号), but for the body's and a building's passages (泪道5号 is a
// probe size, 隧道3号 a catheter's tunnel).
const ROAD_SUFFIX =
  '大道|大街|路|街|巷|弄|胡同|[一二三四五六七八九十东西南北]道|(?<![泪耳窦肠隧鼻食气尿阴胆通管化吸产腔瘘孔宫窍沟轨航渠坑])道(?=[ ]?[甲乙丙丁]?\\d{1,5}(?:-\\d{1,5})?[ ]?号)';
// Digit runs are bounded: unbounded `\d+` made a long digit run quadratic.
// 附N号 is a house behind the numbered one (幸福路12号附3号).
const NUMBER = String.raw`[甲乙丙丁]?\d{1,5}(?:-\d{1,5})?[号弄](?:之[一二三四五六七八九十\d]{1,2}|附\d{1,4}号)?(?:院|楼)?`;
// 园 and 里 close residential compounds (芳城园, 阳光花园北里); inside a chain of components they are places.
const ESTATE_SUFFIX = '小区|花园|家园|公寓|大厦|新村|新城|苑|社区|大院|广场|中心|大楼|商厦|写字楼|科技园|产业园|工业园|园区|园|里';
/** Roads and estates share one lazy prefix run: two separate runs doubled the work at every Han character. */
// In "科苑路" the lazy run stops at the estate suffix 苑: an optional road suffix right after it keeps 路 in the component,
// and a building word keeps the tower of an estate (龙苑大厦, 翠园公寓).
const ROAD_OR_ESTATE = String.raw`[${HAN}A-Za-z0-9]{1,10}?(?:${ROAD_SUFFIX}|${ESTATE_SUFFIX})(?:${ROAD_SUFFIX}|大厦|大楼|商厦|公寓|广场)?`;
/** Buildings, units, rooms — and road sections (人民南路四段), which share the numeral-then-suffix shape. */
// A dashed digit run is a building-unit-room (2-3-401), never a date (2019-06-11, 11-06-2019).
const DASHED_DATE = String.raw`(?:19|20)\d{2}-[01]?\d-[0-3]?\d(?!\d)|[0-3]?\d-[01]?\d-(?:19|20)\d{2}(?!\d)`;
const BUILDING = String.raw`(?:[\d一二三四五六七八九十东西南北中A-Za-z]{1,6}(?:号楼|栋|幢|座|塔|单元|门|室|房|层|楼|组|号|段|期(?=[\d一二三四五六七八九十A-Za-z]{1,6}(?:号楼|栋|幢|座|塔|楼|层)))|(?<![\d-])(?!${DASHED_DATE})\d{1,5}(?:-\d{1,5}){1,2}(?:室|号)?)`;
const COMPONENT = `(?:${ADMIN}|${ROAD_OR_ESTATE}|${NUMBER}|${BUILDING})`;
/** A bare room number closing an address ("2单元502", "7栋1203"), taken in code so the component scan stays cheap. */
const TRAILING_ROOM = /^\d{3,4}(?![\d号弄栋幢座塔层楼组])/;
const CHINESE_ADDRESS = new RegExp(`(?:${COMPONENT}){2,12}`, 'g');
/**
 * Prefilter: the component regex is costly per position, so it only runs inside clauses (runs of at least three Han
 * characters, Latin letters, digits, · and -, between punctuation and spaces) that hold a component suffix character
 * and, after it, another or a digit. Clauses are found from their first suffix character: most hold none.
 */
const SUFFIX_CHARS = '省区市州盟县旗道镇乡村路街巷弄同号楼院园苑寓厦城栋幢座元室层组段';
const SUFFIX_CHAR = new CodeUnitSet(SUFFIX_CHARS);
const SUFFIX_CHAR_OR_DIGIT = new RegExp(`[${SUFFIX_CHARS}\\d]`);
const MIN_CLAUSE_LENGTH = 3;
const COMPONENT_STICKY = new RegExp(COMPONENT, 'y');

/** Words that often sit in front of an address and get swallowed by the lazy Han run. */
const LEADING_CONTEXT = /^.*?(?:家住|现住址|现住|住址|地址|住在|居住在|居住于|居住|户籍地|户籍|籍贯|来自|迁往|住于|住(?=[\u4e00-\u9fa5]{2})|在)[:：]?\s*/;
const PROVINCES = PROVINCE_LEVEL_NAMES;
/** A province name starts the address only when its suffix follows: "天河北路" holds 河北 without being in Hebei. */
const PROVINCE_START = new RegExp(`(?:${PROVINCES})(?=省|市|自治区|壮族|回族|维吾尔|特别行政区)`);
/** Components that name no place of the patient: "本市", "病区", ward and body regions. */
const NON_PLACE_COMPONENT =
  /^(?:我|本|该|外|此|全|城|市|郊|病|肝|肾|心|胸|腹|脐|腰|颈|头|面|背|臀|术|疫|老|新|社)[区市县省镇乡村]$|^(?:[一二三四五六七八九十\d]+|[^\d]{0,3}[科室]\d*)?病区$/;

/** Canada's A9A 9A9 (no D, F, I, O, Q or U) and Ireland's Eircode (a routing key such as D03, then four characters). */
const CANADIAN_POSTCODE = String.raw`[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d`;
const EIRCODE = String.raw`[AC-FHKNPRTV-Y]\d[\dW]\s?[\dAC-FHKNPRTV-Y]{4}`;
/**
 * A house number (a unit, level, lot or named building before it: 4/23, 17-330, Level 3, Lot 12, Riverside Court, Shanti Apartments,), a street of capitalised words (Queen's, St Mary's, O'Connell; initials before Road: 45 MG Road), its type and a
 * direction (Main St N, King Street West), a Singapore unit (#12-03 Singapore 238875), then up to two towns (Clontarf, Dublin 3), a state or province (a state's full name before a ZIP) and a ZIP,
 * UK, Canadian or Irish postcode. The house number is no part of a date (07/19/1949 is no unit 19 of house 1949) and
 * stands on the street's line: "DOB: 07/19/1949↵Dear Dr. DiStefano" holds no address.
 */
/** A telephone, fax or e-mail word after an address opens the next field: "Oban Tel 01631 …" holds no town Tel. */
const CONTACT_WORD = String.raw`(?:Tel|Tél|Phone|Fax|Mob|Mobile|Email|Ph|Cell)\b`;
const ENGLISH_STREET = new RegExp(
  String.raw`\b((?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm|Level|Lvl|Floor)\.?\s{0,2}#?[A-Za-z0-9-]{1,6},?\s{1,3}|(?:Lot|Shop)\s{1,2}(?=\d)|(?:Unit|Flat|Apt)\s{1,2}(?=\d{1,4}[A-Za-z]?\/\d))?(?:[A-Z][a-z]+\s(?:Court|House|Lodge|Mansions|Towers?|Buildings?|Heights|Apartments|Residency|Enclave|Complex|Plaza),\s{1,2}(?=\d))?(?<!\d[\/.-])(?:\d{1,4}[A-Za-z]?[\/-])?\d{1,5}[A-Za-z]?[ \t]+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?(?:(?:(?:[OD]['’])?[A-Z][a-z]+(?:['’]s)?|\d{1,3}(?:st|nd|rd|th)|[A-Z]{2,3}(?=\s(?:Road|Rd|Marg|Street)\b))\.?\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Cres|Pde|Tce|Cct|Circuit|Esplanade|Quay|Highway|Hwy|Parkway|Pkwy|Square|Sq|Grove|Gardens|Gdns|Row|Walk|Mews|Rise|Green|Circle|Cir|Trail|Parade|Vale|Hill|View|Park|Heights|Meadows?|Wharf)\b\.?(?:\s(?:NW|NE|SW|SE|N|S|E|W|North|South|East|West)\b)?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?[A-Za-z0-9-]+)?(?:,?\s{1,2}#\d{1,3}-\d{1,5}[A-Z]?)?(?:,?\s{1,2}Singapore(?:\s{1,2}\d{6}(?!\d))?)?(?:,\s+[A-Z][a-z]+(?:\s(?!${CONTACT_WORD})[A-Z][a-z]+){0,2}(?![a-z])(?:(?<=Dublin)\s\d{1,2}[Ww]?(?![\dA-Za-z]))?)?(?:,\s+Dublin\s\d{1,2}[Ww]?(?![\dA-Za-z]))?(?:,?\s+(?:[A-Z]{2,3}(?![A-Za-z0-9])|(?!${CONTACT_WORD})[A-Z][a-z]+(?:\s(?!${CONTACT_WORD})[A-Z][a-z]+)?(?=\s\d{5}(?!\d))))?(?:,?\s+\d{4,5}(?:-\d{4})?(?![\d]))?(?:,?\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|${CANADIAN_POSTCODE}|${EIRCODE})(?![A-Za-z0-9]))?)`,
  'g',
);
/** Street type before the name, as in French, Spanish and Italian addresses: "9 Rue de Rivoli", "12 Calle Mayor". */
const STREET_TYPE_FIRST = new RegExp(
  String.raw`\b(\d{1,5}[A-Za-z]?,?\s+(?:[Rr]ue|Avenue|Boulevard|Bd|Via|Viale|Calle|Avenida|Rua|Place|[Cc]hemin|Strada)\s+(?:(?:de|du|des|la|le|del|della|di|do|da)\s+)*[A-Z][a-zé'-]+(?:[A-Z][a-zé'-]+)?(?:\s+[A-Z][a-zé'-]+){0,2}(?:(?:\s(?:O|E|Ouest|Est|Nord|Sud))?,\s[A-Z][a-zà-ÿ]+(?:[\s-][A-Z][a-zà-ÿ]+){0,2},?\s(?:${CANADIAN_PROVINCES})\s${CANADIAN_POSTCODE}(?![A-Za-z0-9]))?)`,
  'g',
);
/**
 * Malaysian and Singapore addresses: a house number (with or without No.), the street named after Jalan, Lorong, Persiaran or Lebuh (Jalan SS2/24), then the
 * postcode with its town and the state: "No. 12, Jalan SS2/24, 47300 Petaling Jaya, Selangor".
 */
const MALAY_STREET = new RegExp(
  String.raw`\b((?:(?:No\.?\s?)?\d{1,5}[A-Za-z]?(?:-\d{1,3})?,?\s{1,2})?(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh)\s[A-Z0-9][A-Za-z0-9/]*(?:\s[A-Z0-9][A-Za-z0-9/]*){0,3}(?:,\s{1,2}(?:\d{5}\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?![A-Za-z])){0,3})`,
  'g',
);
/**
 * Indian addresses: a flat, house, door or plot number, then the building, cross or main road, area and city, each
 * between commas, and the six-digit PIN: "Flat 302, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru 560038".
 * A segment must name a building or a road, or the PIN must close it.
 */
const INDIAN_LOCALITY = String.raw`(?:Apartments|Residency|Enclave|Towers?|Complex|Nagar|Colony|Layout|Society|Heights|Cross|Main|Road|Rd|Street|Marg|Sector|Phase|Block|Lane)`;
const INDIAN_ADDRESS = new RegExp(
  String.raw`\b((?:Flat|House|H\.\s?No\.?|Door\s+No\.?|Plot)\s?(?:No\.?\s?)?[A-Za-z0-9/-]{1,8},\s{1,2}(?:(?:\d{1,3}(?:st|nd|rd|th)\s)?[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3},\s{1,2}){1,5}[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2}(?:\s\d{6}(?!\d)|(?<=${INDIAN_LOCALITY}))|(?:Flat|House|Door\s+No\.?|Plot)\s?(?:No\.?\s?)?[A-Za-z0-9/-]{1,8},\s{1,2}(?:[A-Z][A-Za-z]+\s){1,3}${INDIAN_LOCALITY}(?:,\s{1,2}(?:\d{1,3}(?:st|nd|rd|th)\s)?[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3})*(?:\s\d{6}(?!\d))?)`,
  'g',
);
const STREET_TYPES_FIRST = ['Rue', 'rue', 'chemin', 'Avenue', 'Boulevard', 'Bd', 'Via', 'Calle', 'Avenida', 'Rua', 'Place', 'Chemin', 'Strada'];
/**
 * Post-office boxes, with the city, state (US or Australian) and ZIP or postcode that usually follow; in Kenya the
 * postal code follows the box after a hyphen, then the town ("P.O. Box 4521-00100 Nairobi").
 */
const PO_BOX =
  /\b(P\.?\s?O\.?\s{1,3}Box\s{1,3}\d{1,6}(?:-\d{5}(?:,?\s{1,3}[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?![A-Za-z]))?)?(?:,\s{1,3}[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})?(?:,?\s{1,3}[A-Z]{2,3}(?![A-Za-z0-9]))?(?:,?\s{1,3}\d{4,5}(?:-\d{4})?(?!\d))?)/g;
const POSTCODE_LABELLED =
  /(?:邮编|邮政编码|postcode|post\s+code|postal\s+code|zip(?:\s+code)?)\s*(?:[:：]\s*)?(\d{5,6}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\dA-Za-z])/gi;
/**
 * "lives in Ashford", "Born 3rd September 1971 in Cork", "born and raised in Limerick": between "born" and the place only a
 * date or "and raised" ("born at 32 weeks in Special Care" stays). A last one-letter word closes a name before a comma
 * ("Tseung Kwan O, Hong Kong").
 */
const ENGLISH_LIVES_IN =
  /\b(?:[Ll]ives|[Ll]iving|[Rr]esides|[Rr]esiding|[Rr]esident|(?:was\s+)?[Bb]orn(?:,?\s+(?:on|the|of|and\s+(?:raised|bred)|\d{1,4}(?:[/.-]\d{1,4}){0,2}(?:st|nd|rd|th)?,?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6},?)){0,6})\s+(?:in|at)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2}(?:\s[A-Z](?=[,.;:)]|$))?)(?:,\s+[A-Z]{2}\b)?/g;
/** Months, weekdays and ward words that follow "born in" or "lives in" without being a place. */
const NOT_A_PLACE_AFTER_IN =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Winter|Special|Intensive|Neonatal|Theatre|Hospital|The|A|An|Fear|Hope)\b/;
/**
 * An address label's value (group 1): to the end of its line or clause, to the next field after a wide gap, a short
 * label or a telephone or postcode word (邮编, 电话, Tel), or to a full stop before a capital that is not one of
 * `abbreviations` ("St.", "Rd.").
 */
function labelledAddressValue(abbreviations: string): string {
  return String.raw`([^\n;；。，|\t:：]{2,100}?)(?:(?<!\b(?:${abbreviations}))\.(?=\s+[A-Z])|\.?(?=\s{0,2}(?:[\n;；。，|\t]|\s{2}|\s\S{1,12}[:：]|$)|\s(?:电话|邮编|邮政编码|手机|联系电话|Tel\b|Phone\b|Mobile\b|E-?mail\b|Fax\b)))`;
}

/**
 * Whatever follows an address label, to the end of its line, clause or sentence ("Address: 14 Elm Grove, Bristol BS6 6AA",
 * "家庭住址：城关镇东街卫生巷7号"): the label says it is an address, whatever its shape. E-mail, IP and MAC addresses are
 * other classes; "unknown", "NFA", 不详, 同上 name no place.
 */
const LABELLED_ADDRESS = new RegExp(
  String.raw`(?<![Ee]-?mail\s|IP\s?|MAC\s|邮箱|网络|网页)(?:(?:[Hh]ome|[Pp]ostal|[Mm]ailing|[Rr]esidential|[Cc]urrent|[Pp]ermanent|[Pp]atient)\s+[Aa]ddress|Address|ADDRESS|Addr\.?|家庭住址|现住址|户籍地址|通讯地址|联系地址|家庭地址|居住地址|住址|地址)\s{0,2}[:：]\s{0,2}` +
    labelledAddressValue('St|Rd|Ave|Dr|No|Apt|Mt|Ft|Co|Blvd|Ln|Ct|Pl|Sq|Hwy'),
  'g',
);
/**
 * The same after the labels that forms in South Asia, East Africa and Malaysia use for the parts of an address (Vill:,
 * Upazila:, Mohalla:, Residence:, Village:, Alamat:), where the value is shaped like an address or opens with a word that
 * is no English word: "Residence: Nyalenda B, Kisumu East" is a place, "Residence: Nursing home" and "Locality: Rural" say
 * how someone lives. "P.O." stays out: in a note it is "by mouth".
 */
const LABELLED_WORLD_ADDRESS = new RegExp(
  String.raw`\b(?:Residence|Village|Vill\.?|Upazila|Mohalla|Locality|Domicile|Alamat)\s{0,2}[:：]\s{0,2}(?=[A-Z0-9])` +
    labelledAddressValue('St|Rd|Ave|Dr|No|Apt|Mt|Ft|Co|Blvd|Ln|Ct|Pl|Sq|Hwy|Jln'),
  'g',
);
/**
 * Where someone lives, after "r/o" (resident of, in South Asian notes; elsewhere "rule out"), "resident of" or "lives at",
 * only where an address follows: a house number before a named street, a house, flat or plot with its number, or a named
 * hotel, hostel or block ("r/o House 17, Street 9, Mohalla Islampura, Lahore", "Lives at the Marble Arms Hotel, 160 E
 * Hastings St, Room 312"); "r/o MI" and "lives at 2nd floor flat" name no place.
 */
const RESIDENT_OF =
  /(?:\b[Rr]\/[Oo]|\b(?:[Rr]esident\s+of|[Ll]ives\s+at|[Ll]iving\s+at|[Rr]esiding\s+at))\s{1,2}(?:the\s)?((?:\d{1,5}[A-Za-z]?\s+[A-Z][a-z]|(?:House|H\/No\.?|Flat|Apt\.?|Apartment|Unit|Block|Lot|Plot)\s{0,2}(?:No\.?\s{0,2})?\d|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s(?:Hotel|Hostel|Apartments|Mansions|Court|Lodge|Towers?|Estate),)[^\n;]{1,80}?)(?=\.(?:\s|$)|[\n;]|$)/g;
/**
 * An address after "r/o" or "lives at" that another reading found in part ends where that reading ends, unless what
 * follows is the room or flat ("…, 3rd floor walk-up" is no part of "45 Elgin St, Ottawa ON K1P 5K7"; "…, Room 312" is).
 */
function withinFoundAddress(text: string, found: Detection, detections: readonly Detection[]): Detection {
  const overlapping = detections.filter((other) => other.start < found.end && found.start < other.end);
  if (overlapping.length === 0) return found;
  const end = Math.max(...overlapping.map((other) => other.end));
  if (end >= found.end || UNIT_TAIL.test(text.slice(end, found.end))) return found;
  return { ...found, end };
}
const UNIT_TAIL = /^,?\s{0,2}(?:Room|Rm|Flat|Apt\.?|Unit|Suite)\s{0,2}[\w-]{1,6}$/;

/** A labelled value that opens with an English word ("Nursing home", "Rural", "Homeless") or a count ("2-storey house") says how, not where. */
function opensWithPlaceName(value: string): boolean {
  const first = /^[A-Za-z]+/.exec(value)?.[0] ?? '';
  return /^\d{1,5}[A-Za-z]?[ ,]+[A-Z]/.test(value) || (first.length > 2 && !isEnglishWord(first.toLowerCase()) && !isClinicalEnglishWord(first));
}
const NO_PLACE_GIVEN = /^(?:\[|不详|未知|无|同上|见|unknown|not\s+known|nfa|n\/a|none|see\s|no\s+fixed|withheld)/i;
/** A named street where the sentence says someone lives on it ("Lives on Maple Street", "a flat on Duke Street"). */
const STREET_LIVED_ON =
  /\b(?:[Ll]ives?|[Ll]iving|[Rr]esides?|[Rr]esiding|[Mm]oved|flat|house|home|bungalow|apartment)\b(?:\s+[a-z]+(?:-[a-z]+)*){0,4}?\s+(?:on|in|off|at)\s+((?:[A-Z][a-z]+\s){1,3}(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Way|Grove|Gardens|Terrace|Place|Court|Boulevard|Square|Row|Walk|Mews|Rise)\b)/g;
/** The words before the street in STREET_LIVED_ON, as they are written (one of them opens every match). */
const WORDS_OF_LIVING_ON = ['Live', 'live', 'Living', 'living', 'esid', 'Moved', 'moved', 'flat', 'house', 'home', 'bungalow', 'apartment'];
/** "resident of Ashford", "a native of Kowloon Tong": a bare town after the phrase. */
const ENGLISH_RESIDENT_OF = /\b(?:[Rr]esident|[Nn]ative|[Rr]esidents)\s+of\s+([A-Z][a-z]+(?:['’][a-z]+)?(?:\s+[A-Z][a-z]+){0,2})/g;
/**
 * Romanised Chinese districts and areas: "Chang'an District, Xi'an", "Pudong New Area", "Haidian District". Words
 * that name an administrative or medical district rather than a place (Health District, School District) are kept, and
 * a county's own services are an organisation's name (Cook County Health, Orange County Jail).
 */
const ROMANISED_DISTRICT =
  /\b((?:[A-Z][a-z]+(?:['’][a-z]+)?\s){1,3}(?:District|New\s+Area|Subdistrict|County|Township|Prefecture)(?!\s(?:Health|Hospital|General|Medical|Council|Jail|Court|Sheriff)\b)(?:,\s[A-Z][a-z]+(?:['’][a-z]+)?(?![A-Za-z]))?)/g;
const NOT_A_DISTRICT_NAME =
  /^(?:Health|School|Central|Federal|Medical|Business|Financial|Hospital|Police|Water|Congressional|Judicial|Lake|Peak|Census|Sanitary|Fire|The|This|Our|Each|Every|Local|Rural|Urban)\b/;
/** Administrative components (朝阳区, 上海市长宁区) standing alone next to a street part that a comma or space split off. */
const ADMIN_RUN_BEFORE = new RegExp(String.raw`(?:[${HAN}]{1,7}?(?:省|市|新区|区|县|镇|乡|街道)){1,3}$`);
const ADMIN_RUN_AFTER = new RegExp(String.raw`^(?:[${HAN}]{1,7}?(?:省|市|新区|区|县|镇|乡|街道)){1,3}`);
const PART_SEPARATOR = /[\s，,、（(]/;
/**
 * Hong Kong addresses name the territory first and end in 道, 街 or 里 and a number: "九龙旺角弥敦道600号",
 * "香港中环德辅道中88号". A bare 道 is anatomy elsewhere (食道), so the territory word must open the run.
 */
const HONG_KONG_CHINESE_ADDRESS = new RegExp(
  String.raw`((?:香港|九龙|九龍|新界)[${HAN}]{1,12}?(?:道|街|里|路|邨|村)[东西南北中]?\d{1,5}(?:-\d{1,5})?号(?:[\dA-Za-z一二三四五六七八九十]{1,4}(?:楼|樓|座|室|层|字楼))*)`,
  'g',
);
/**
 * Hong Kong's districts and the areas people give as home, as notes write them before a street or an estate without the
 * territory ("尖沙咀彌敦道132號美麗華大廈11樓", "跑馬地山村道2號", "柴灣興華一邨 興翠樓 1205室", "黃埔花園第8期11座 23樓C"),
 * in the simplified shadow the detectors read. The 18 District Council districts and their common areas (Hong Kong
 * Government, Planning Department's district maps), written out by hand.
 */
const HONG_KONG_AREAS = HONG_KONG_AND_MACAU_AREAS.join('|');
const HONG_KONG_AREA_ADDRESS = new RegExp(
  String.raw`((?:${HONG_KONG_AREAS})(?:[${HAN}]{1,8}?(?:道|街|里|路)[东西南北中]?\d{1,5}(?:-\d{1,5})?号|[${HAN}]{0,4}?(?:邨|花园))(?:\s?(?:第?[\dA-Za-z一二三四五六七八九十]{1,4}(?:字楼|楼|座|室|层|期|号铺|铺)[A-Z]?|地下|[${HAN}]{2,4}(?:大厦|中心|广场|楼|阁)))*)`,
  'g',
);
/** "Flat B, 12/F, Block 3, Tai Koo Shing": flat, floor (n/F), block and estate of a Hong Kong address. */
const HONG_KONG_FLAT =
  /\b((?:(?:Flat|Room|Rm|Unit)\s?[A-Z0-9]{1,5},\s?)?\d{1,3}\/F\b(?:,?\s?(?:Block|Blk|Tower)\s?[A-Z0-9]{1,3}\b)?(?:,\s(?:[A-Z][a-z]+\s){0,3}[A-Z][a-z]+)?)/g;
const HONG_KONG_FLAT_PART = /^(?:Flat|Room|Rm|Unit)|Block|Blk|Tower/;

/**
 * A town before its state or province written out ("Birthplace: Dayton, Ohio", "Guntur, Andhra Pradesh", "Muar, Johor")
 * and an Irish county with the town before it ("Bearna, Co. Galway"): the region stays, the town and the county go
 * (Safe Harbor keeps nothing smaller than a state). The town is one to three capitalised words, no clinical or insurance
 * word ("Medicaid, Texas" stays).
 */
const TOWN_BEFORE_REGION = new RegExp(String.raw`(?<![A-Za-z'’-])([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?=,\s{1,2}(?:${REGION_NAMES})(?![A-Za-z]))`, 'g');
const IRISH_COUNTY = /(?<![A-Za-z])(?:([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s{1,2})?Co\.\s{1,2}([A-Z][a-z]+)(?![A-Za-z])/g;
const NOT_A_TOWN_WORD =
  /^(?:Medicare|Medicaid|State|University|Department|Government|Commonwealth|Northern|Southern|Eastern|Western|Central|Hospital|Health|Patient|Address|Residence|Birthplace|Born|Lives?|From)$/;
const acceptTown = (value: string) => !value.split(/[ -]/).some((word) => NOT_A_TOWN_WORD.test(word) || isClinicalEnglishWord(word.toLowerCase()));

/** A hospital or clinic is an organisation (organisation.detector.ts), not the patient's address. */
const FACILITY =
  /医院|卫生服务中心|卫生服务站|卫生院|卫生室|卫生所|诊所|保健院|门诊部|养老院|敬老院|福利院|护理院|疗养院|康养中心|颐养院|养护院|安养院|托老所|血站|急救中心|急救站|疾控|疾病预防控制中心|精神卫生中心|医养结合中心|长者中心|卫生中心|医疗站|体检站|照顾管理中心|日间照顾中心/;
/**
 * US city, state and ZIP ("Springfield, IL 62704") and a UK town and postcode ("Manchester M14 5RT"): the state code
 * or the postcode's shape (the inward code never holds C, I, K, M, O or V) says it is a place.
 */
const US_CITY_STATE_ZIP = new RegExp(String.raw`\b([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s{1,2}(?:${US_STATES})\s{1,2}\d{5}(?:-\d{4})?)(?![\d-])`, 'g');
/** A Canadian town, province and postal code ("Halifax, NS B3H 4R2") and an Irish town and Eircode ("Waterford X91 Y2K3"). */
const CANADIAN_TOWN_PROVINCE_POSTCODE = new RegExp(
  String.raw`\b([A-Z][a-zà-ÿ]+(?:[\s-][A-Z][a-zà-ÿ]+){0,2},?\s{1,2}(?:${CANADIAN_PROVINCES})\s{1,2}${CANADIAN_POSTCODE})(?![A-Za-z0-9])`,
  'g',
);
const CANADIAN_POSTCODE_HINT = new RegExp(String.raw`\b(?:${CANADIAN_PROVINCES})\s{1,2}[A-Z]\d[A-Z]`);
const IRISH_TOWN_EIRCODE = new RegExp(String.raw`\b([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:\s\d{1,2}[Ww]?)?,?\s{1,2}${EIRCODE})(?![A-Za-z0-9])`, 'g');
const EIRCODE_HINT = /[A-Z]\d[\dW]\s?[\dA-Z]{4}\b/;
/** An Eircode's last four characters hold a letter and a digit; a code of four digits or four letters is something else. */
const mixesLettersAndDigits = (value: string) => /[A-Z]/.test(value.slice(-4)) && /\d/.test(value.slice(-4));
/** An Australian town, state and postcode ("Bendigo VIC 3550", "Manly NSW 2095"). */
const AU_TOWN_STATE_POSTCODE = new RegExp(String.raw`\b([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},?\s{1,2}(?:${AU_STATES})\s{1,2}\d{4})(?![\d-])`, 'g');
const AU_POSTCODE_HINT = new RegExp(String.raw`\b(?:${AU_STATES})\s{1,2}\d{4}\b`);
/**
 * A named street without a house number, followed by its town and a postcode, a state code or the end of the clause:
 * "Ashby Road, Loughborough", "Hills Road, Cambridge CB2 0QQ", "Mill Lane, Ashbourne, Derbyshire". A street name that
 * holds a clinical word ("Respiratory Drive, Reduced") stays; one after a house number is the street address's.
 */
const STREET_BEFORE_TOWN = new RegExp(
  String.raw`(?<!\d[A-Za-z]?,?\s{1,3})\b((?:[A-Z][a-z]+(?:['’][a-z]+)?\s){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Crescent|Terrace|Grove|Gardens|Boulevard|Mews|Way|Square|Row|Parade),\s[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:(?:\s[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|,?\s(?:${AU_STATES}|${US_STATES})\s\d{4,5})(?![A-Za-z0-9])|(?=\s{0,2}(?:[.;:)\n]|$))))`,
  'g',
);
/** Cheap checks first: most notes hold neither a ZIP after a state code nor a UK postcode. */
const US_ZIP_HINT = /[A-Z]{2}\s{1,2}\d{5}/;
const UK_POSTCODE_HINT = /[A-Z]\d[A-Z\d]?\s\d[A-Z]{2}/;
const UK_TOWN_POSTCODE =
  /(?<![A-Za-z0-9])((?:(?!(?:Address|Home|Postcode|Lives|Living|At|In|The|From|To|Seen|And)\b)[A-Z][a-z]+,?\s)?[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/g;
/**
 * A town or city alone after 家住/现住/居住在 and before the end of the clause (家住绵阳，…): the phrase says it is where
 * the patient lives. Province-level names stay (they are state-level), as do words for a kind of place (农村, 本地),
 * and 现住院 is "now in hospital".
 */
const CHINESE_RESIDENCE_TOWN = new RegExp(
  String.raw`(?:家住|现住(?!院)|现居|居住在|居住于|住在|定居|常住)(?:于|在)?([${HAN}]{2,6})(?=[，,。；;、\s）)]|$)`,
  'g',
);
const NOT_A_TOWN_CHINESE = new RegExp(
  String.raw`^(?:${PROVINCES})(?:省|市)?$|^(?:本地|当地|外地|异地|农村|乡下|城里|城市|城区|市区|郊区|县城|镇上|村里|老家|附近|楼上|楼下|一楼|平房|山区|家中|家里|单位|宿舍|医院|病房|院内|本市|本县|本区|外省|国外|海外|子女家|女儿家|儿子家|亲戚家)$|家$|(?:附近|旁边|对面|一带|周边|家里|家中|楼房|平房)$|^(?:本|该|此)|[层楼]|不详|不明|未知|同上|见上|医院|宾馆|酒店|病房|养老院|福利院`,
);

/**
 * A residential estate after a bare 住 (平时住幸福里小区, 独自住阳光花园, 住沙田第一城12座, 一直住太古城), with the block and
 * flat after it: the estate word says it is a place. 住院, 住址 and 居住/常住/入住 (taken elsewhere or no place) stay; 城 and 里
 * need a name of two characters before them (县城, 这里 stay).
 */
const CHINESE_ESTATE_AFTER_LIVE = new RegExp(
  String.raw`(?<![居常入])住(?!院|址|宿)(?:在|于|进|到)?([${HAN}]{1,8}?(?:小区|花园|家园|新村|公寓|苑|社区|邨|城|里)(?:小区)?(?:[\d一二三四五六七八九十A-Za-z]{1,4}(?:号楼|栋|幢|座|单元|楼|室))*)(?=[，,。；;、\s）)]|$)`,
  'g',
);

function isEstate(value: string): boolean {
  if (NOT_A_TOWN_CHINESE.test(value)) return false;
  const name = /^(.*?)(?:城|里)(?:小区)?(?:[\d一二三四五六七八九十A-Za-z]|$)/.exec(value);
  return value.length >= 3 && !(name && (name[1] ?? '').length < 2);
}

/** A town of two to four characters (宜宾, 绵阳), or a longer name only when it is a residential compound (居仁里小区). */
function isResidenceTown(value: string): boolean {
  if (NOT_A_TOWN_CHINESE.test(value)) return false;
  return value.length <= 4 || /(?:小区|花园|家园|新村|公寓|苑|社区|村)$/.test(value);
}

/**
 * A listed city alone (`data/cities.ts`) where a phrase says the patient comes from it or lives there: after 来自, 老家,
 * 籍贯, 原籍, 出生于, 迁居… (a province may come between: 老家在安徽阜阳), after 在/从/回到 only before a verb of living
 * or working or the end of the clause (在宁波工作; 在大同小异, 从安康角度 stay), and before 人 as a header says where
 * someone is from (男，78岁，绍兴人). Provinces alone stay (state-level), and a city inside a longer address is already
 * part of that address.
 */
const CHINESE_CITY_AFTER_ORIGIN = new RegExp(
  String.raw`(?:来自|老家(?:在|是)?|籍贯|原籍|祖籍|户籍(?:所在)?地?|出生(?:于|在|地)|生于|迁居|搬到|搬至|搬去|移居|定居(?:于|在)?|家住|现住(?!院)|现居|居住(?:在|于)?|住在|常住)\s{0,2}[:：为是]?\s{0,2}((?:${PROVINCE_LEVEL_NAMES})(?:省|自治区)?)?([${HAN}]{2,5})`,
  'g',
);
const CHINESE_CITY_AFTER_PLACE_WORD = new RegExp(String.raw`(?<![存现正所实自好内外潜])(?:在|从|回到|返回)([${HAN}]{2,5})`, 'g');
const AFTER_CITY_OF_LIVING = /^(?:人|工作|打工|务工|上学|读书|居住|生活|定居|出差|经商|来|迁|搬|转|后|[，,。；;、\s）)]|$)/;
const CITY_PERSON = new RegExp(String.raw`([${HAN}]{2,6})人(?=[，,。；;、\s）)]|$)`, 'g');
/**
 * What CITY_PERSON needs, found by its rare 人 first instead of at every Han run: 人 opens the pattern and the two Han
 * characters are read behind it, since V8 tries a leading lookbehind at every position but skips ahead to a leading character.
 */
const CITY_PERSON_END = new RegExp(String.raw`人(?<=[${HAN}]{2}人)(?=[，,。；;、\s）)]|$)`);
const BEFORE_CITY_PERSON = new RegExp(String.raw`(?:[^${HAN}]|[男女岁系是者为]|(?:${PROVINCE_LEVEL_NAMES})省?)$`);

/** The county or district written after a listed city without a separator (周口沈丘县, 温州苍南县, 南充仪陇县). */
const COUNTY_AFTER_CITY = new RegExp(String.raw`^(?:[${HAN}]{1,4}?(?:自治县|县|区|市|旗)){1,2}`);

function scanChineseCities(text: string, detections: Detection[]): void {
  const push = (start: number, city: string) => detections.push({ type: 'address', start, end: start + city.length, priority: 45 });
  let match: RegExpExecArray | null;
  startScan(CHINESE_CITY_AFTER_ORIGIN, text);
  while ((match = CHINESE_CITY_AFTER_ORIGIN.exec(text)) !== null) {
    const run = match[2] ?? '';
    const city = listedChineseCityAt(run);
    if (!city) continue;
    const start = match.index + match[0].length - run.length;
    const county = COUNTY_AFTER_CITY.exec(text.slice(start + city.length, start + city.length + 16))?.[0] ?? '';
    push(start, county && !NON_PLACE_COMPONENT.test(county) && !FACILITY_AHEAD.test(text.slice(start + city.length + county.length)) ? city + county : city);
  }
  startScan(CHINESE_CITY_AFTER_PLACE_WORD, text);
  while ((match = CHINESE_CITY_AFTER_PLACE_WORD.exec(text)) !== null) {
    const run = match[1] ?? '';
    const city = listedChineseCityAt(run);
    const start = match.index + match[0].length - run.length;
    if (city && AFTER_CITY_OF_LIVING.test(text.slice(start + city.length, start + city.length + 2))) push(start, city);
  }
  startScan(CITY_PERSON, text, CITY_PERSON_END);
  while ((match = CITY_PERSON.exec(text)) !== null) {
    const run = (match[1] ?? '').replace(/市$/, '');
    for (let length = Math.min(4, run.length); length >= 2; length--) {
      const start = match.index + run.length - length;
      if (listedChineseCityAt(run.slice(-length)) !== run.slice(-length)) continue;
      if (start > 0 && !BEFORE_CITY_PERSON.test(text.slice(Math.max(0, start - 4), start))) continue;
      push(start, text.charAt(start + length) === '市' ? `${run.slice(-length)}市` : run.slice(-length));
      break;
    }
  }
}

/** Whom someone lives with, between the verb and the place: "lives with his daughter in Mullingar", "living with her partner and two sons in". */
const WITH_COMPANY = String.raw`(?:\s{1,2}with(?:\s{1,2}[a-z]+){1,5}?)?`;
/**
 * A listed city or town alone in English where a phrase puts the patient there: "from Hangzhou", "lives alone in Leeds",
 * "grew up in Glasgow", "moved to Manchester", "native of Belfast", "works in Huddersfield", "a farm outside Tamworth",
 * and a workplace before it ("at Walmart in Bentonville", "at Amazon's Fulfilment Centre in Swindon"). A bare "in" is no
 * such phrase ("Daughter in London", "seen in Leeds clinic"), and a listed name before a ward, clinic or rule word names
 * that (Ashworth Ward, Reading Clinic). Two- and three-word names (Milton Keynes, San Francisco) are tried first.
 */
const ENGLISH_CITY_CONTEXT = new RegExp(
  String.raw`\b(?:[Ff]rom|[Nn]ative\s{1,2}of|(?:[Mm]oved|[Mm]oving|[Rr]elocated|[Rr]elocating|[Ee]migrated)\s{1,2}to|(?:just\s{1,2})?outside|(?:[Ll]ives?|[Ll]iving|[Rr]esides?|[Rr]esiding|[Bb]ased|[Ss]ettled|[Gg]rew\s{1,2}up|[Rr]aised|[Bb]orn|[Ss]tays?|[Ss]taying|[Hh]ome|[Ww]orks?|[Ww]orked|[Ww]orking|[Ee]mployed|[Ff]arms?|[Ff]armed)(?:\s{1,2}(?:alone|locally|independently|together|now|still|currently|nearby))?${WITH_COMPANY}\s{1,2}(?:in|near)|\bat\s{1,2}(?:the\s{1,2})?(?:[A-Z][A-Za-z'’&-]*\s{1,2}){1,4}in)\s{1,2}((?:[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*)(?:\s[A-Z][a-z]+){0,2})`,
  'g',
);
/** A listed name followed by a ward, clinic or building word names that place, not the town ("moved to Ashworth Ward"). */
const INSTITUTION_AFTER =
  /^\s(?:Ward|Unit|Clinic|Hospital|Infirmary|General|Royal|University|College|School|Centre|Center|House|Lodge|Court|Road|Street|Station|Airport|Prison|Bay|Suite|Wing|Building|Practice|Surgery|Rule|Score|Criteria|Classification|Stage)\b/;

function scanEnglishCities(text: string, detections: Detection[]): void {
  startScan(ENGLISH_CITY_CONTEXT, text);
  let match: RegExpExecArray | null;
  while ((match = ENGLISH_CITY_CONTEXT.exec(text)) !== null) {
    const words = (match[1] ?? '').split(' ');
    for (let count = words.length; count >= 1; count--) {
      const name = words.slice(0, count).join(' ');
      if (!ENGLISH_CITIES.has(name)) continue;
      const start = match.index + match[0].length - (match[1] ?? '').length;
      if (INSTITUTION_AFTER.test(text.slice(start + name.length, start + name.length + 16))) break;
      detections.push({ type: 'address', start, end: start + name.length, priority: 45 });
      break;
    }
  }
}

/**
 * A town no list holds, where the sentence says someone lives there, comes from it or moves to it: "She's from
 * Ballinasloe", "Lives alone in Huntly", "drove up from Te Kūiti", "moving to Evanston", "a flat at Rathmines", "brought
 * in from Mbarara", "Gwilym Hughes, 88, from Llanidloes", "discharged home to Tamale", "Ōtorohanga" (macron capitals). The
 * phrases are narrower than for listed cities (a bare "from" is not enough), and every word must pass `isUnlistedTown`
 * (no English, clinical or calendar word), so "Sheltered Housing" and "Lasix" stay (a country is kept by the clinical-content guard).
 */
const UNLISTED_TOWN_CONTEXT = new RegExp(
  String.raw`\b(?:(?:[Ll]ives?|[Ll]iving|[Rr]esides?|[Rr]esiding|[Gg]rew\s{1,2}up|[Ss]ettled)(?:\s{1,2}(?:alone|locally|independently|together|now|still|currently))?${WITH_COMPANY}\s{1,2}in|(?:[Mm]oved|[Mm]oving|[Rr]elocated|[Rr]elocating)\s{1,2}(?:to|(?:here|over)\s{1,2}from)|(?:(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|['’]s|[Cc]omes?|[Cc]ame)|(?:[Dd]rove|[Dd]riven|[Tt]ravelled|[Tt]raveled|[Ff]lew)(?:\s{1,2}(?:up|down|over|in))?)\s{1,2}from|(?:a|the|her|his|their)\s{1,2}(?:flat|house|home|farm|unit|bungalow)\s{1,2}(?:at|in)|\bin\s{1,2}from|\b[1-9]\d{0,2},\s{1,2}from|\bhome\s{1,2}to|\b(?:[Rr]ang|[Rr]ung|[Cc]alled|[Pp]honed|[Ee]mailed|[Ww]rote|[Tt]exted|[Mm]essaged|[Cc]alling|[Rr]inging|[Ww]riting)\s{1,2}from)\s{1,2}((?:[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u024F]+)(?:\s[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u024F]+){0,2})(?![A-Za-z\u00C0-\u024F'’-])`,
  'g',
);
function scanUnlistedTowns(text: string, detections: Detection[]): void {
  startScan(UNLISTED_TOWN_CONTEXT, text);
  let match: RegExpExecArray | null;
  while ((match = UNLISTED_TOWN_CONTEXT.exec(text)) !== null) {
    const value = match[1] ?? '';
    const words = value.split(' ');
    const start = match.index + match[0].length - value.length;
    if (INSTITUTION_AFTER.test(text.slice(start + value.length, start + value.length + 16))) continue;
    // "Te Kūiti": a short Māori or Dutch article opens the name; every other word must be one a place alone can be.
    const named = words[0] === 'Te' || words[0] === 'Den' || words[0] === 'De' ? words.slice(1) : words;
    if (named.length === 0 || !isUnlistedTown(named)) continue;
    detections.push({ type: 'address', start, end: start + value.length, priority: 44 });
  }
}

/**
 * A town no list holds after a person's name and "from" ("Aroha from Kaikohe emailed", "Siân Pritchard, from Llanrwst,"):
 * the words before "from" must be listed given names or no English, clinical or calendar word, so "Kavitha from Pharmacy" and "Letter from
 * Cardiology" keep their second word, and a lower-case word ("Declan from ward 4B") is no town.
 */
const TOWN_AFTER_NAME_FROM = new RegExp(
  String.raw`\b([A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+(?:[ \t][A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+)?),?[ \t]{1,2}from[ \t]{1,2}([A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u024F]+(?:-[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+)?)(?![A-Za-z\u00C0-\u024F'’])`,
  'g',
);

function scanTownsAfterNameFrom(text: string, detections: Detection[]): void {
  if (!text.includes(' from ')) return;
  for (const match of text.matchAll(TOWN_AFTER_NAME_FROM)) {
    const town = match[2] ?? '';
    const named = (match[1] ?? '').split(/[ \t]/);
    if (!named.every((word) => GIVEN_NAMES.has(word) || isUnlistedTown([word])) || !isUnlistedTown(town.split('-'))) continue;
    const start = match.index + match[0].length - town.length;
    if (INSTITUTION_AFTER.test(text.slice(start + town.length, start + town.length + 16))) continue;
    detections.push({ type: 'address', start, end: start + town.length, priority: 44 });
  }
}

/**
 * The town at the end of a clause that says where someone lives, stays or works, past other words of it ("lives alone in a
 * council flat in Wigan", "works nights at the meat plant in Dubbo", "settled at his aunt's house in Kisumu"). The town
 * must be listed, or a word that can only be a place (`isUnlistedTown`): "in Cardiology", "in March" and "in ADLs" stay.
 */
const TOWN_LATER_IN_CLAUSE = new RegExp(
  String.raw`\b(?:[Ll]ives?|[Ll]iving|[Rr]esides?|[Rr]esiding|[Ss]ettled|[Ss]taying|[Ss]tays|[Ww]orks|[Ww]orking)\b[^.;:\n]{1,48}?\s{1,2}in\s{1,2}([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![A-Za-z'’-])`,
  'g',
);

/** A city named with the word City, as the Philippines name theirs ("Quezon City", "San Jose City"). */
const NAMED_CITY = String.raw`[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\sCity`;
/**
 * A city named with the word City after a comma and closing its clause ("PTR No. 4471209, Quezon City.", "…, Cabanatuan
 * City, Nueva Ecija"), its name a word no list or dictionary holds: "Kansas City Cardiomyopathy Questionnaire" stays.
 */
const CITY_AFTER_COMMA = new RegExp(String.raw`(?<=,\s{1,2})(${NAMED_CITY})(?=[,.;\n]|$)`, 'g');

function scanCitiesAfterComma(text: string, detections: Detection[]): void {
  if (!text.includes(' City')) return;
  for (const match of text.matchAll(CITY_AFTER_COMMA)) {
    const value = match[1] ?? '';
    if (!isUnlistedTown(value.split(' ').slice(0, -1))) continue;
    detections.push({ type: 'address', start: match.index, end: match.index + value.length, priority: 44 });
  }
}

function scanTownsLaterInClause(text: string, detections: Detection[]): void {
  startScan(TOWN_LATER_IN_CLAUSE, text);
  for (let match = TOWN_LATER_IN_CLAUSE.exec(text); match !== null; match = TOWN_LATER_IN_CLAUSE.exec(text)) {
    const value = match[1] ?? '';
    const start = match.index + match[0].length - value.length;
    if (INSTITUTION_AFTER.test(text.slice(start + value.length, start + value.length + 16))) continue;
    if (!ENGLISH_CITIES.has(value) && !isUnlistedTown(value.split(' '))) continue;
    if (detections.some((found) => found.start <= start && start < found.end)) continue;
    detections.push({ type: 'address', start, end: start + value.length, priority: 44 });
  }
}

function holdsClinicalWord(value: string): boolean {
  return value.split(/[\s,]+/).some((word) => word.length > 3 && isClinicalEnglishProseTermWord(word));
}

/** The components of `source` from `from` to `to`, read in `source` so a 道 sees the house number after it. */
function componentCount(source: string, from: number, to: number): { count: number; first: string } {
  let index = from;
  let count = 0;
  let first = '';
  while (index < to) {
    COMPONENT_STICKY.lastIndex = index;
    const match = COMPONENT_STICKY.exec(source);
    if (!match) break;
    if (count === 0) first = match[0];
    count++;
    index += match[0].length;
  }
  return { count, first };
}

function trimLeading(candidate: string): number {
  const province = PROVINCE_START.exec(candidate);
  const context = LEADING_CONTEXT.exec(candidate);
  const contextCut = context ? context[0].length : 0;
  if (province && province.index <= 6 && province.index >= contextCut) return province.index;
  return contextCut;
}

/** Separator characters (at most two) between two parts of one address. */
function separatorLength(text: string, index: number, step: 1 | -1): number {
  let length = 0;
  while (length < 2 && PART_SEPARATOR.test(text.charAt(index + step * length + (step < 0 ? -1 : 0)))) length++;
  return length;
}

/** "浦东新区 张杨路500号", "建国路88号，北京市朝阳区": the whole address goes, whichever part comes first. */
function joinSplitParts(text: string, detection: Detection): Detection {
  let { start, end } = detection;
  const gapBefore = separatorLength(text, start, -1);
  if (gapBefore > 0) {
    const before = ADMIN_RUN_BEFORE.exec(text.slice(Math.max(0, start - gapBefore - 24), start - gapBefore));
    if (before) {
      const cut = trimLeading(before[0]);
      const part = before[0].slice(cut);
      if (part.length >= 2 && !NON_PLACE_COMPONENT.test(part)) start = start - gapBefore - part.length;
    }
  }
  const gapAfter = separatorLength(text, end, 1);
  if (gapAfter > 0) {
    const after = ADMIN_RUN_AFTER.exec(text.slice(end + gapAfter, end + gapAfter + 24));
    if (after && !NON_PLACE_COMPONENT.test(after[0])) end = end + gapAfter + after[0].length;
  }
  return start === detection.start && end === detection.end ? detection : { ...detection, start, end };
}

/** A character a clause is made of: a Han character, a Latin letter, a digit, · or -. */
function isClauseCharacter(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fa5) ||
    (code >= 48 && code <= 57) ||
    ((code | 32) >= 97 && (code | 32) <= 122) ||
    code === 0xb7 /* · */ ||
    code === 45 /* - */
  );
}

const SPACED_HOUSE_NUMBER = /^[ \u3000][甲乙丙丁]?\d{1,5}(?:-\d{1,5})?[ ]?号/;

function scanChinese(text: string): Detection[] {
  const detections: Detection[] = [];
  for (let suffix = SUFFIX_CHAR.indexIn(text); suffix >= 0; ) {
    // Suffix characters are Han, so each lies inside a clause; the first one of a clause opens the check.
    let start = suffix;
    while (start > 0 && isClauseCharacter(text.charCodeAt(start - 1))) start--;
    let end = suffix + 1;
    while (end < text.length && isClauseCharacter(text.charCodeAt(end))) end++;
    // A house number typed apart from its road ("营口道 318 号") belongs to the road's clause: a 道 is a road only before one.
    end += SPACED_HOUSE_NUMBER.exec(text.slice(end, end + 16))?.[0].length ?? 0;
    if (end - start >= MIN_CLAUSE_LENGTH) {
      const clause = text.slice(start, end);
      if (SUFFIX_CHAR_OR_DIGIT.test(clause.slice(suffix + 1 - start))) scanClause(clause, start, detections);
    }
    suffix = SUFFIX_CHAR.indexIn(text, end);
  }
  scanSpacedStreetNumbers(text, detections);
  return detections.map((detection) => extendThroughSpacedParts(text, joinSplitParts(text, detection)));
}

/**
 * A street and its house number written apart with no district before them ("鲁迅路 56号"): the street opens the clause
 * (the chain scan sees one part only, its clause ending at the space). Pathways (通路, 旁路, 回路) are no street.
 */
const SPACED_STREET_NUMBER = new RegExp(
  String.raw`(?<![${HAN}])([${HAN}]{1,6}(?:大道|大街|路|街|巷|弄)(?:[一二三四五六七八九十]段)?)[ \u3000]([甲乙丙丁]?\d{1,5}(?:-\d{1,5})?[ ]?号)(?![床病])`,
  'g',
);
const NOT_A_STREET = /(?:通|旁|回|线|电|管|气|血|径|思|道|网|套|歧|出)路$/;

function scanSpacedStreetNumbers(text: string, detections: Detection[]): void {
  if (!text.includes('号')) return;
  SPACED_STREET_NUMBER.lastIndex = 0;
  for (let match = SPACED_STREET_NUMBER.exec(text); match !== null; match = SPACED_STREET_NUMBER.exec(text)) {
    const street = match[1] ?? '';
    const start = match.index + trimLeading(street);
    if (NOT_A_STREET.test(street) || stopInChain(text, match.index, match.index + street.length)) continue;
    if (detections.some((found) => found.start <= start && start < found.end)) continue;
    detections.push({ type: 'address', start, end: match.index + match[0].length, priority: 50 });
  }
}

/**
 * House number, estate, building, unit and room written apart from the street ("天河北路 233 号中信广场 B 座 1806 室",
 * "2 单元 801"): clauses end at a space, so the parts after one are taken here, each with its suffix (号 before 床 or 病
 * is a bed). After a part, estates also end in 城, 府, 湾, 庭, 阁 or 居 (锦艺城, 御景府), which alone name no place. A
 * bare room number closes the address only after a building or unit, at the end of the clause.
 */
const SPACED_ADDRESS_PART = new RegExp(
  String.raw`^(?:[ \u3000]?[\dA-Za-z一二三四五六七八九十]{1,6}[ ]?(?:号楼|栋|幢|座|单元|室|层|楼|巷)(?:之\d{1,2})?|[ \u3000]?[甲乙丙丁]?\d{1,5}(?:-\d{1,5})?[ ]?[号弄](?![床病])|[${HAN}]{1,8}?(?:${ESTATE_SUFFIX}|城|府|湾|庭|阁|居))`,
);
const SPACED_ROOM = /^[ \u3000]\d{2,5}(?=[\s，,。；;（）()]|$)/;
/** Building and room after a house number, as one dashed pair closing the clause ("民族路 166号 2-3"). */
const SPACED_BUILDING_ROOM = /^[ \u3000]\d{1,4}-\d{1,4}(?=[\s，,。；;）)]|$)/;

function spacedRoomAfter(text: string, end: number, rest: string): RegExpExecArray | null {
  const before = text.slice(end - 2, end);
  if (/(?:单元|栋|幢|座|楼|层)$/.test(before)) return SPACED_ROOM.exec(rest);
  return before.endsWith('号') ? SPACED_BUILDING_ROOM.exec(rest) : null;
}

function extendThroughSpacedParts(text: string, detection: Detection): Detection {
  let end = detection.end;
  for (let parts = 0; parts < 8; parts++) {
    const rest = text.slice(end, end + 24);
    const part = SPACED_ADDRESS_PART.exec(rest) ?? spacedRoomAfter(text, end, rest);
    if (!part || (parts === 0 && !/^[ \u3000\d]/.test(part[0]))) break;
    end += part[0].length;
  }
  return end === detection.end ? detection : { ...detection, end };
}

/**
 * Where an address chain must stop: a clinical word of the dictionary (因急性阑尾炎于…: a diagnosis is no street), "in town"
 * after a verb (离镇上, 到县里, 回村里: 镇上 names no town) and a distance in li (十几里山路, 三十多里路, 五里多路; 三里屯 and
 * 五里墩 stay places).
 */
const NO_PLACE_WORD =
  /(?:^|[离到去在回进出往来从返近距住的])[镇村乡县城](?=[上里下])|[一二两三四五六七八九十百千几多余]里(?=山?路|地|远|外|左右|[多余])|[几多余]里/;

function stopInChain(text: string, from: number, to: number): { index: number; length: number } | null {
  const word = NO_PLACE_WORD.exec(text.slice(from, to));
  const wordAt = word ? from + word.index : to;
  for (let index = from; index < Math.min(to, wordAt) - 1; index++) {
    const length = clinicalTermLengthAt(text, index);
    if (length > 0) return { index, length };
  }
  return word ? { index: wordAt, length: word[0].length } : null;
}

/** "株洲市中心医院": a chain that runs up to a hospital word is the hospital's name, an organisation. */
const FACILITY_AHEAD = new RegExp(`^(?:${FACILITY.source})`);

function scanClause(clauseText: string, offset: number, detections: Detection[]): void {
  CHINESE_ADDRESS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CHINESE_ADDRESS.exec(clauseText)) !== null) {
    let end = match.index + match[0].length;
    const stop = stopInChain(clauseText, match.index, end);
    if (stop) {
      // The part before the stop is scanned on its own; the scan goes on after it.
      const resume = stop.index + stop.length;
      if (stop.index > match.index) scanClause(clauseText.slice(match.index, stop.index), offset + match.index, detections);
      CHINESE_ADDRESS.lastIndex = resume;
      continue;
    }
    const cut = trimLeading(match[0]);
    const candidate = match[0].slice(cut);
    const { count, first } = componentCount(clauseText, match.index + cut, end);
    if (count < 2 || NON_PLACE_COMPONENT.test(first)) continue;
    if (!/[省市区县镇乡村路街道巷弄号栋幢室苑]/.test(candidate.slice(first.length))) continue;
    if (FACILITY.test(candidate) || FACILITY_AHEAD.test(clauseText.slice(end, end + 5))) continue;
    if (/(?:单元|门|栋|幢|座|塔|楼|号)$/.test(match[0])) end += TRAILING_ROOM.exec(clauseText.slice(end, end + 5))?.[0].length ?? 0;
    detections.push({ type: 'address', start: offset + match.index + cut, end: offset + end, priority: 50 });
  }
}

/**
 * A Singapore HDB address: the block, the street (Ang Mo Kio Ave 3, Jurong West St 42), the unit (#05-67) and the
 * postcode, taken whole; and a lorong with its number (Toa Payoh Lor 8). "heart block 3" and "Block 2 of" stay: the
 * block needs a capitalised street after it and a street word, a unit or a postcode.
 */
const SINGAPORE_BLOCK =
  /\b((?:Blk|Block)\.?\s{0,2}\d{1,4}[A-Z]?,?(?:\s[A-Z][a-z]+){1,4}(?:\s(?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Cres|Crescent|Lor|Lorong|Central|North|South|East|West|Way|Link|Walk|Close|Place|Circle)\.?)?(?:\s\d{1,3}[A-Z]?)?(?:,?\s{0,2}#\d{1,3}-\d{1,5}[A-Z]?)?(?:,?\sSingapore)?(?:,?\s\d{6})?)(?![A-Za-z0-9-])/g;
/** The name of a barangay, the smallest unit of Philippine local government: "San Isidro", "Molino III", "Poblacion". */
const BARANGAY_NAME = String.raw`[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|[IVX]{1,4})){0,3}`;
/**
 * A Philippine address: block and lot (and phase) of a subdivision, then the street, the barangay, the town or city and
 * the four-digit ZIP code, each after a comma and each optional ("Blk 5 Lot 12, Mabini St., Brgy. San Isidro, Quezon City
 * 1100"). The lot after the block makes it an address; "heart block 3" has none.
 */
const PHILIPPINE_BLOCK_LOT = new RegExp(
  String.raw`\b((?:Blk|Block)\.?\s{0,2}\d{1,4}[A-Z]?,?\s{1,2}(?:Lot|Lt)\.?\s{0,2}\d{1,4}[A-Z]?(?:,?\s(?:Phase|Ph)\.?\s?\d{1,2}[A-Z]?)?(?:,\s{1,2}(?:[A-Z][a-z]+\s){0,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ext|Extension)\b\.?)?(?:,\s{1,2}(?:Brgy|Bgy|Barangay)\.?\s${BARANGAY_NAME})?(?:,\s{1,2}[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})?(?:\s\d{4}(?!\d))?)`,
  'g',
);
/** A barangay named on its own ("Brgy. San Isidro", "Barangay Poblacion"), with the city after it ("…, Antipolo City"). */
const PHILIPPINE_BARANGAY = new RegExp(String.raw`\b((?:(?:Brgy|Bgy)\.?|Barangay)\s${BARANGAY_NAME}(?:,\s{1,2}${NAMED_CITY}\b)?)(?![A-Za-z])`, 'g');
const SINGAPORE_STREET_PART = /\s(?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Cres|Crescent|Lor|Lorong)\b|#\d|\d{6}$/;
const SINGAPORE_LORONG = /\b((?:[A-Z][a-z]+\s){1,3}(?:Lor|Lorong)\s\d{1,2}[A-Z]?)(?![A-Za-z0-9])/g;
/**
 * A house number and a street of any form before a town and a UK postcode ("22 Heol y Felin, Cardiff CF14 2AB", "4 The
 * Paddocks, Leeds LS16 5QR"): the postcode says it is an address even when the street has no English street word.
 */
const NUMBERED_STREET_TOWN_POSTCODE =
  /(?<![\w,.])(\d{1,4}[A-Za-z]?\s(?:[A-Z][a-z]+|The)(?:\s(?:[A-Z][a-z]+|y|yr|'r|de|du|la|le|do|da|del|an|na)){0,4},\s[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2},?\s[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/g;
/**
 * A town and its US state after a word of being or coming somewhere ("in Edison, NJ", "from Tulsa, OK"). MD, DO, PA, OR,
 * IN, ME, OK, HI, DE, CO and ID are also titles, rooms or words, so with them the town must be a listed one.
 */
const US_TOWN_STATE = new RegExp(
  String.raw`(?<=\b(?:in|from|to|near|of|visiting|outside)\s{1,2})([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s{1,2}(?:${US_STATES}))(?![A-Za-z0-9-])(?!\s{1,2}\d)`,
  'g',
);
const AMBIGUOUS_STATE_CODE = /^(?:MD|DO|PA|OR|IN|ME|OK|HI|DE|CO|ID|LA|MA|MS|SC|VA|WA|AL|NE)$/;

function acceptUsTownState(value: string): boolean {
  const [town = '', state = ''] = value.split(/,\s{1,2}/);
  if (holdsClinicalWord(town)) return false;
  return !AMBIGUOUS_STATE_CODE.test(state) || ENGLISH_CITIES.has(town);
}

/**
 * A suburb or town named after a hospital or a practice and a comma ("Prince of Wales Hospital, Randwick.", "St
 * Vincent's Hospital, Darlinghurst;"): one or two capitalised words that close the clause, none an English word of the
 * dictionary unless a listed town ("Hospital, Day 3", "Clinic, Reviewed", "Surgery, Left knee" stay).
 */
const SUBURB_AFTER_FACILITY =
  /(?<=\b(?:Hospital|Infirmary|Medical\sCent(?:re|er)|Health\sCent(?:re|er)|Clinic|Surgery|Practice|Hospice),\s{1,2})([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s{0,2}(?:[.;)\n]|$))/g;
const FACILITY_WORDS = ['Hospital', 'Infirmary', 'Cent', 'Clinic', 'Surgery', 'Practice', 'Hospice'];
/**
 * A named street with a landmark of it after a word of place ("a stabbing at Rye Lane market", "collapsed near Oxford
 * Street station"): the street and the landmark narrow where it happened.
 */
const STREET_LANDMARK =
  /(?<=\b(?:at|near|outside|behind|by|in|on|from|opposite)\s{1,2})((?:[A-Z][a-z]+\s){1,3}(?:Street|Road|Lane|Avenue|High\sStreet|Broadway|Square|Parade|Hill|Green)\s(?:market|station|bus\sstop|tube\sstation|shops|shopping\scent(?:re|er)|car\spark|park|junction|roundabout|underpass|bridge|estate|subway|precinct|mosque|church))\b/g;
const LANDMARK_STREET_WORDS = ['Street', 'Road', 'Lane', 'Avenue', 'Broadway', 'Square', 'Parade', 'Hill', 'Green'];
/**
 * A house number and a street in any language (lower-case particles between its words) before a listed city: "3 Quinta
 * do Lago, Funchal", "14 Rua das Flores, Lisbon". Units, doses and days ("2 Units, Leeds protocol") stay: the words must
 * hold no clinical word and the city must close the clause or be followed by a comma.
 */
const NUMBERED_STREET_CITY =
  /(?<![\w,.])(\d{1,4}[A-Za-z]?\s[A-Z][a-zà-ÿ]+(?:\s(?:[A-Z][a-zà-ÿ]+|do|da|dos|das|de|del|della|di|du|des|la|le|los|las|van|von|der|y|e)){0,4}),\s([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?=\s{0,2}(?:[.,;:)\n]|$))/g;
const NOT_A_STREET_WORD =
  /^(?:Units?|Days?|Weeks?|Months?|Years?|Hours?|Tablets?|Doses?|Times|Cycles?|Puffs?|Drops?|Vials?|Sachets?|Patients?|Beds?|Items?|Of)$/;
/** What CHINESE_ROAD_VENUE needs: the end of a road and the venue right after it. */
const ROAD_THEN_VENUE = /[路道街巷](?:夜市|菜市场|农贸市场|市场|步行街|商业街|公园|广场|地铁站|公交站|车站|天桥|隧道)/;
/** A Chinese road with a venue on it (滨江路夜市, 中山路菜市场, 解放路步行街) after a word of being somewhere. */
const CHINESE_ROAD_VENUE = new RegExp(
  String.raw`(?<=[在于到去从近经])([${HAN}]{2,6}?(?:路|大道|大街|街|巷))(夜市|菜市场|农贸市场|市场|步行街|商业街|公园|广场|地铁站|公交站|车站|天桥|隧道)`,
  'g',
);

function scanPlacesNamedAround(text: string): Detection[] {
  const found: Detection[] = [];
  let match: RegExpExecArray | null;
  // Each rule runs only where a word every one of its matches holds is in the note.
  const facilityNamed = holdsAny(text, FACILITY_WORDS);
  SUBURB_AFTER_FACILITY.lastIndex = 0;
  while (facilityNamed && (match = SUBURB_AFTER_FACILITY.exec(text)) !== null) {
    const value = match[1] ?? '';
    if (NOT_A_PLACE_AFTER_IN.test(value)) continue;
    if (!ENGLISH_CITIES.has(value) && value.split(' ').some((word) => isEnglishWord(word) || holdsClinicalWord(word))) continue;
    found.push({ type: 'address', start: match.index, end: match.index + value.length, priority: 45 });
  }
  const streetNamed = holdsAny(text, LANDMARK_STREET_WORDS);
  STREET_LANDMARK.lastIndex = 0;
  while (streetNamed && (match = STREET_LANDMARK.exec(text)) !== null) {
    if (holdsClinicalWord(match[1] ?? '')) continue;
    found.push({ type: 'address', start: match.index, end: match.index + match[0].length, priority: 46 });
  }
  startScan(NUMBERED_STREET_CITY, text);
  while ((match = NUMBERED_STREET_CITY.exec(text)) !== null) {
    const street = (match[1] ?? '').split(' ').slice(1);
    if (!ENGLISH_CITIES.has(match[2] ?? '') || street.some((word) => NOT_A_STREET_WORD.test(word)) || holdsClinicalWord(street.join(' '))) continue;
    found.push({ type: 'address', start: match.index, end: match.index + match[0].length, priority: 48 });
  }
  if (/路|街|巷|大道/.test(text)) {
    startScan(CHINESE_ROAD_VENUE, text, ROAD_THEN_VENUE);
    while ((match = CHINESE_ROAD_VENUE.exec(text)) !== null) {
      const road = match[1] ?? '';
      let clinical = false;
      for (let i = 0; i < road.length && !clinical; i++) clinical = clinicalTermLengthAt(road, i) > 0;
      if (clinical) continue;
      found.push({ type: 'address', start: match.index, end: match.index + match[0].length, priority: 47 });
    }
  }
  return found;
}

/** "Bearna, Co. Galway": the county and the town before it, each its own span (the comma between stays). */
function scanIrishCounties(text: string): Detection[] {
  if (!text.includes('Co.')) return [];
  const detections: Detection[] = [];
  IRISH_COUNTY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = IRISH_COUNTY.exec(text)) !== null) {
    const [whole, town, county] = match;
    if (town && acceptTown(town)) detections.push({ type: 'address', start: match.index, end: match.index + town.length, priority: 44 });
    if (county) {
      const start = match.index + whole.length - county.length;
      detections.push({ type: 'address', start, end: start + county.length, priority: 44 });
    }
  }
  return detections;
}

export const addressDetector: PhiDetector = {
  name: 'address',
  detect(text: string): Detection[] {
    const detections = [
      ...scanChinese(text),
      ...scanLastGroup({ text, regex: HONG_KONG_CHINESE_ADDRESS, type: 'address', priority: 52 }),
      ...scanLastGroup({ text, regex: HONG_KONG_AREA_ADDRESS, type: 'address', priority: 52 }),
      ...scanLastGroup({ text, regex: HONG_KONG_FLAT, type: 'address', priority: 52, accept: (value) => HONG_KONG_FLAT_PART.test(value), needsAny: ['/F'] }),
      ...scanLastGroup({ text, regex: ENGLISH_STREET, type: 'address', priority: 50 }),
      ...scanLastGroup({ text, regex: STREET_TYPE_FIRST, type: 'address', priority: 50, needsAny: STREET_TYPES_FIRST }),
      ...scanLastGroup({ text, regex: MALAY_STREET, type: 'address', priority: 50, needsAny: ['Jalan', 'Jln', 'Lorong', 'Lrg', 'Persiaran', 'Lebuh'] }),
      ...scanLastGroup({ text, regex: INDIAN_ADDRESS, type: 'address', priority: 50, needsAny: ['Flat', 'House', 'H.', 'Door', 'Plot'] }),
      ...scanLastGroup({ text, regex: PO_BOX, type: 'address', priority: 50, needsAny: ['Box'] }),
      ...scanLastGroup({ text, regex: POSTCODE_LABELLED, type: 'address', priority: 55 }),
      ...scanLastGroup({
        text,
        regex: ENGLISH_LIVES_IN,
        type: 'address',
        priority: 45,
        accept: (value) => !NOT_A_PLACE_AFTER_IN.test(value),
        needsAny: ['ives', 'iving', 'esid', 'orn'],
      }),
      ...scanLastGroup({ text, regex: STREET_LIVED_ON, type: 'address', priority: 45, needsAny: WORDS_OF_LIVING_ON }),
      ...scanLastGroup({ text, regex: ENGLISH_RESIDENT_OF, type: 'address', priority: 45, needsAny: ['esident', 'ative'] }),
      ...scanLastGroup({
        text,
        regex: ROMANISED_DISTRICT,
        type: 'address',
        priority: 45,
        accept: (value) => !NOT_A_DISTRICT_NAME.test(value),
        needsAny: ['District', 'Area', 'County', 'Township', 'Prefecture'],
      }),
      ...(/[住居]/.test(text) ? scanLastGroup({ text, regex: CHINESE_RESIDENCE_TOWN, type: 'address', priority: 45, accept: isResidenceTown }) : []),
      ...(text.includes('住') ? scanLastGroup({ text, regex: CHINESE_ESTATE_AFTER_LIVE, type: 'address', priority: 45, accept: isEstate }) : []),
      ...(/Bl(?:oc)?k/.test(text)
        ? scanLastGroup({ text, regex: SINGAPORE_BLOCK, type: 'address', priority: 52, accept: (value) => SINGAPORE_STREET_PART.test(value) })
        : []),
      ...(/Lor/.test(text) ? scanLastGroup({ text, regex: SINGAPORE_LORONG, type: 'address', priority: 50 }) : []),
      ...(/Bl(?:oc)?k/.test(text) && /\bLo?t\b/.test(text) ? scanLastGroup({ text, regex: PHILIPPINE_BLOCK_LOT, type: 'address', priority: 53 }) : []),
      ...(/B(?:ara|r)?n?ga?y/.test(text) ? scanLastGroup({ text, regex: PHILIPPINE_BARANGAY, type: 'address', priority: 47 }) : []),
      ...scanWorldStreetAddresses(text),
      ...scanLastGroup({ text, regex: TOWN_BEFORE_REGION, type: 'address', priority: 44, accept: acceptTown, needsAny: [', '] }),
      ...scanIrishCounties(text),
      ...(/,\s{1,2}[A-Z]{2}\b/.test(text) ? scanLastGroup({ text, regex: US_TOWN_STATE, type: 'address', priority: 46, accept: acceptUsTownState }) : []),
    ];
    // A town and postcode or a city standing alone; inside a street address it is already part of the longer span.
    const insideAnother = (d: Detection) => detections.some((other) => other.start <= d.start && d.end <= other.end);
    // A labelled address the chain scan already took whole adds nothing.
    if (/[Aa]ddr|ADDRESS|地址|住址/.test(text)) {
      const labelled = scanLastGroup({ text, regex: LABELLED_ADDRESS, type: 'address', priority: 56, accept: (value) => !NO_PLACE_GIVEN.test(value.trim()) });
      detections.push(...labelled.filter((d) => !insideAnother(d)));
    }
    const cities: Detection[] = [];
    if (/(?:St|Rd|Road|Street|Avenue|Ave|Lane|Drive|Close|Crescent|Terrace|Grove|Gardens|Boulevard|Mews|Way|Square|Row|Parade),\s/.test(text)) {
      const streets = scanLastGroup({ text, regex: STREET_BEFORE_TOWN, type: 'address', priority: 48, accept: (value) => !holdsClinicalWord(value) });
      cities.push(...streets);
    }
    if (AU_POSTCODE_HINT.test(text)) cities.push(...scanLastGroup({ text, regex: AU_TOWN_STATE_POSTCODE, type: 'address', priority: 48 }));
    scanChineseCities(text, cities);
    scanEnglishCities(text, cities);
    scanUnlistedTowns(text, cities);
    scanTownsLaterInClause(text, cities);
    scanCitiesAfterComma(text, cities);
    scanTownsAfterNameFrom(text, cities);
    cities.push(...scanPlacesNamedAround(text));
    detections.push(...cities.filter((d) => !insideAnother(d)));
    const townAndCode: { regex: RegExp; accept?: (value: string) => boolean }[] = [
      ...(UK_POSTCODE_HINT.test(text) ? [{ regex: NUMBERED_STREET_TOWN_POSTCODE }] : []),
      ...(US_ZIP_HINT.test(text) ? [{ regex: US_CITY_STATE_ZIP }] : []),
      ...(UK_POSTCODE_HINT.test(text) ? [{ regex: UK_TOWN_POSTCODE }] : []),
      ...(CANADIAN_POSTCODE_HINT.test(text) ? [{ regex: CANADIAN_TOWN_PROVINCE_POSTCODE }] : []),
      ...(EIRCODE_HINT.test(text) ? [{ regex: IRISH_TOWN_EIRCODE, accept: mixesLettersAndDigits }] : []),
    ];
    for (const { regex, accept } of townAndCode) {
      for (const d of scanLastGroup({ text, regex, type: 'address', priority: 48, accept })) if (!insideAnother(d)) detections.push(d);
    }
    // Where no other reading found the address, the label or "r/o", "lives at" before it says where it is.
    if (/[Rr]esid|Vill|Upazila|Mohalla|Locality|Domicile|Alamat|[Rr]\/[Oo]|[Ll]iv(?:es|ing)\s+at/.test(text)) {
      const labelled = scanLastGroup({
        text,
        regex: LABELLED_WORLD_ADDRESS,
        type: 'address',
        priority: 56,
        accept: (value) => !NO_PLACE_GIVEN.test(value.trim()) && opensWithPlaceName(value),
      });
      const residences = scanLastGroup({ text, regex: RESIDENT_OF, type: 'address', priority: 50 })
        .map((d) => withinFoundAddress(text, d, detections))
        .filter((d) => !insideAnother(d));
      detections.push(...labelled.filter((d) => !insideAnother(d)), ...residences);
    }
    return extendIntoTownAndPostcode(text, detections).map((detection) => withoutContactTail(text, detection));
  },
};

/** A telephone or fax word inside an address opens the next field ("…, Oban Tel 01631"): the address ends before it. */
const CONTACT_TAIL = new RegExp(String.raw`[,;]?\s${CONTACT_WORD}`);

function withoutContactTail(text: string, detection: Detection): Detection {
  const tail = CONTACT_TAIL.exec(text.slice(detection.start, detection.end));
  return tail && tail.index > 0 ? { ...detection, end: detection.start + tail.index } : detection;
}
