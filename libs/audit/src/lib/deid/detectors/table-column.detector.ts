import { clinicalTermLengthAt, isClinicalEnglishWord } from '../clinical-vocabulary';
import type { Detection, PhiDetector } from '../deid.types';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './chinese-surnames';

/**
 * Identifiers in tables: ward lists, nursing handovers and spreadsheets pasted as pipe tables (markdown, with or without
 * a `|---|` row) or as tab-separated rows. A header row names the columns; a cell under a column that names an
 * identifier (床号, 姓名, 住院号, Bed, Patient name, NHS no, 联系电话, Address…) is redacted whole with that class, and a
 * cell under an age column only when the age is over 89. Rows with no such header are read as label/value pairs
 * ("| 姓名 | 徐志摩 | 性别 | 男 |") and cells as a label and its value ("| 姓名 徐志摩 |", "Bed 18"). Other columns (性别,
 * 诊断, Dx, Plan) stay, and a bare "Name" column in a table of drugs or lab results (Dose, Route, Result) names no person.
 */
const PRIORITY = 50;
/** A label written in the same cell as its value is a little less sure than a column header. */
const IN_CELL_SCORE = 0.85;
const OLDEST_KEPT_AGE = 89;
const OLDEST_AGE = 130;

type ColumnClass = 'bed' | 'name' | 'mrn' | 'phone' | 'address' | 'age';

const words = (list: string): string[] =>
  list
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((word) => word.trim())
    .filter(Boolean);

/** Header keys (see `headerKey`: lower case, brackets and a trailing colon dropped, "number"/"#"/"no." read as " no"). */
const ID_HEADERS: Readonly<Record<ColumnClass, readonly string[]>> = {
  bed: words(`床号, 床位, 床位号, 床, 病床, 病床号, bed, bed no, beds, bay, bay/bed, bed/bay, room, room no, ward/bed, bed/ward, ward / bed`),
  name: words(`姓名, 名字, 患者, 病人, 患者姓名, 病人姓名, 家属, 家属姓名, 联系人, 联系人姓名, 紧急联系人, 陪护, 陪护人,
    医生, 医师, 主管医生, 主治医生, 管床医生, 经治医生, 责任医生, 主管医师, 主治医师, 值班医生, 护士, 责任护士, 管床护士, 值班护士,
    交班者, 接班者, 交班护士, 接班护士, 签名, 护士签名, 医生签名,
    name, names, patient, patients, patient name, patient's name, pt, pt name, full name, surname, first name, forename, forenames,
    given name, family name, last name, last, first, lastname, firstname, last_name, first_name, given names, member name, insured name, claimant, contact, contact name, emergency contact, nok, next of kin, doctor, dr, nurse, named nurse,
    consultant, registrar, gp, signed, signature`),
  mrn: words(`住院号, 病历号, 门诊号, 病案号, 登记号, 就诊号, id号, 患者id, 病人id, 住院号/id,
    mrn, mrn no, hospital no, hosp no, nhs no, patient id, pt id, patient no, record no, medical record no, urn, chi, chi no, unit no`),
  phone: words(`电话, 手机, 手机号, 手机号码, 电话号码, 联系电话, 联系方式, 家属电话, 联系人电话, 紧急联系电话,
    phone, phone no, tel, tel no, telephone, telephone no, mobile, mobile no, contact no, nok phone, nok tel`),
  address: words(`住址, 地址, 家庭住址, 现住址, 家庭地址, 居住地址, 户籍地址, 联系地址, address, home address, addr`),
  age: words(`年龄, age`),
};

/** Column names that name no identifier: they make a row a header and are never taken for a label's value. */
const OTHER_HEADERS = new Set(
  words(`序号, 编号, 性别, 诊断, 入院诊断, 主要诊断, 科室, 病区, 病房, 护理级别, 护理等级, 饮食, 备注, 入院日期, 入院时间, 日期, 时间,
    手术, 手术名称, 治疗, 用药, 过敏, 过敏史, 主诉, 处理, 计划, 交班内容, 病情, 病情变化, 生命体征, 体温, 脉搏, 呼吸, 血压, 出入量, 管路,
    风险, 民族, 职业, 婚姻, 状态, 血型, 身高, 体重, 费用, 医保, 类型, 提示, 检查, 检验, 部位, 事项, 内容, 意识, 评分, 措施, 护理措施,
    跌倒风险, 压疮风险, 特殊情况, 病史, 既往史, 现病史, 医嘱, 说明,
    no, #, sex, gender, m/f, dx, diagnosis, diagnoses, problem, problems, issue, issues, plan, plans, notes, note, comments, comment,
    ward, obs, news, news2, allergies, allergy, admitted, admission, admission date, date, doa, los, status, code status, resus,
    dnacpr, dnr, jobs, to do, todo, tasks, background, pmh, history, hx, pc, presenting complaint, mobility, diet, lines, bloods,
    escalation, weight, height, team, specialty, situation, assessment, recommendation, edd, discharge, tta, iv, fluids, cannula,
    catheter, falls risk, pressure areas, skin, observations, vitals, bp, hr, rr, spo2, temp, pain, score, time, outcome, action,
    actions, update, summary, details, information, info, item, value, category`),
);

/** A table with one of these columns lists drugs or results: its bare "Name" column names the drug or the test. */
const DRUG_OR_LAB_HEADERS = new Set(
  words(`drug, drugs, drug name, medication, medications, medicine, meds, dose, dosage, route, frequency, freq, strength, duration,
    indication, test, test name, tests, investigation, result, results, reference range, ref range, range, units, unit, flag,
    药品, 药名, 药物, 药品名称, 剂量, 用法, 用量, 频次, 规格, 途径, 给药途径, 项目, 检验项目, 结果, 参考范围, 参考值, 单位, 名称`),
);
const BARE_NAME_HEADERS = new Set(['name', 'names', '名字']);

const HEADER_CLASS = new Map<string, ColumnClass>();
for (const [type, keys] of Object.entries(ID_HEADERS) as [ColumnClass, readonly string[]][]) {
  for (const key of keys) HEADER_CLASS.set(key, type);
}
for (const key of [...DRUG_OR_LAB_HEADERS]) OTHER_HEADERS.add(key);

/** Labels read inside a cell before their value ("姓名 徐志摩", "Bed 18", "MRN: HZ00284417"): only unambiguous ones. */
const IN_CELL_LABEL = new RegExp(
  String.raw`^(?:(患者姓名|病人姓名|姓名|床位号|床号|床位|住院号|病历号|门诊号|病案号|联系电话|电话|手机号?|年龄|家庭住址|现住址|住址|地址)\s*[:：]?\s*` +
    String.raw`|(Patient\s+name|Pt\s+name|Name|Bed(?:\s+no\.?)?|MRN|Hospital\s+no\.?|NHS\s+no\.?|Patient\s+ID|Phone|Tel|Mobile|Age|Address|NOK|Next\s+of\s+kin)(?:\s*:\s*|\s+))`,
  'i',
);
const IN_CELL_CLASS: ReadonlyArray<[RegExp, ColumnClass]> = [
  [/^(?:患者姓名|病人姓名|姓名|patient\s+name|pt\s+name|name|nok|next\s+of\s+kin)$/i, 'name'],
  [/^(?:床位号|床号|床位|bed(?:\s+no\.?)?)$/i, 'bed'],
  [/^(?:住院号|病历号|门诊号|病案号|mrn|hospital\s+no\.?|nhs\s+no\.?|patient\s+id)$/i, 'mrn'],
  [/^(?:联系电话|电话|手机号?|phone|tel|mobile)$/i, 'phone'],
  [/^(?:年龄|age)$/i, 'age'],
  [/^(?:家庭住址|现住址|住址|地址|address)$/i, 'address'],
];

/** A cell that holds nothing to redact: empty, a dash, n/a, "same as above", or a placeholder already in place ([姓名], <NAME>, ***). */
const NO_VALUE =
  /^(?:[-‐‑–—―_/\\.·…?？"〃*xX]*|n\/?a|nil|none|null|unknown|tbc|tba|pending|not known|ditto|same|无|空|未知|不详|待定|暂无|同上|\[[^\]]*\]|【[^】]*】|<[^>]*>|［[^］]*］)$/i;
const SEPARATOR_CELL = /^:?[-—=]{2,}:?$/;
const AGE_VALUE = /^(\d{2,3})\s*(?:周岁|岁|y|yo|y\/o|yrs?|years?)?\.?\s*(?:[/,，]?\s*(?:[MFmf]|男|女))?$/;
const HAN = /[\u4e00-\u9fa5]/;
const CHINESE_NAME = /^[\u4e00-\u9fa5]{2,4}(?![\u4e00-\u9fa5·])/;
/** Names of minority peoples written with a middle dot (阿依古丽·买买提): no surname to check. */
const DOTTED_CHINESE_NAME = /^[\u4e00-\u9fa5]{1,8}[·•・][\u4e00-\u9fa5]{1,8}(?![\u4e00-\u9fa5·])/;
const ENGLISH_TITLE = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sister|Sr|Prof)\.?$/;
const ENGLISH_NAME =
  /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sister|Sr|Prof)\.?\s+)?[A-Z][A-Za-z'’-]+(?:,?\s+(?:[A-Z][A-Za-z'’-]*\.?|(?:van|von|de|da|del|di|le|la|bin|al)(?=\s+[A-Z])))*/;

/** Capitalised words that name a place, a service or a relative, not a person ("GP Surgery", "Ward Round", "Daughter Sarah"). */
const NOT_NAME_WORDS = new Set(
  words(`surgery, clinic, hospital, practice, centre, center, unit, department, dept, service, services, team, ward, round, home, care,
    nursing, social, district, community, office, pharmacy, daughter, son, wife, husband, mother, father, brother, sister-in-law,
    partner, friend, neighbour, carer, family, relative, not, no, none, unknown, see, above, below, same, yes, patient, self`),
);
/** Words after a number that make it a time or a dose, not a bed ("bed 3-4 days", "Bed 2 weeks"). */
const UNIT_AFTER = /^\s*(?:days?|d|weeks?|wks?|months?|hours?|hrs?|h|mins?|minutes?|times|mg|ml|g|kg|%|天|周|日|小时|个月|次)(?![A-Za-z])/i;

const MAX_HEADER_LENGTH = 24;
const PLAIN_CELL = /^[\d\u4e00-\u9fa5]*$/;
/** A database column name ("member_name", "claim_id"): read as words ("member name"). */
const SNAKE_CASE = /^[a-z][a-z\d]*(?:_[a-z\d]+)+$/;
/** A database export's header line: lower-case column names, one at least in snake_case ("claim_id,member_name,icd10"). */
const EXPORT_HEADER_LINE = /^(?=[a-z\d,]*_)[a-z][a-z\d_]*(?:,[a-z][a-z\d_]*){2,}\r?$/;
/** Under Ward/Bed the ward comes first ("Elm/6"): the ward names part of the hospital and stays, the bed goes. */
const WARD_BEFORE_BED = /^[A-Za-z][A-Za-z\d ]{0,11}\/(?=\d)/;
const PLAIN_WORDS = /^[A-Za-z\d\u4e00-\u9fa5]+(?: [A-Za-z\d\u4e00-\u9fa5]+)*$/;
const NUMBER_WORD_AT_END = /\b(?:no|number|nr)$/i;

interface Cell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Row {
  readonly cells: readonly Cell[];
  readonly separator: boolean;
}

/** The name a header cell gives its column, normalised: "**Bed No.**" → "bed no", "年龄(岁)" → "年龄", "NHS number:" → "nhs no". */
function headerKey(text: string): string {
  // Numbers, Han words and long text need no normalising: the common cells of a table body stay cheap.
  if (text.length > MAX_HEADER_LENGTH || PLAIN_CELL.test(text)) return text;
  if (SNAKE_CASE.test(text)) return text.replace(/_/g, ' ');
  if (PLAIN_WORDS.test(text) && !NUMBER_WORD_AT_END.test(text)) return text.toLowerCase();
  let header = trimEndChars(text.replace(/^[*_`]+/, ''), '*_`');
  if (header.endsWith(':') || header.endsWith('：')) header = header.slice(0, -1).trimEnd();
  if (header.endsWith(')') || header.endsWith('）')) {
    const open = Math.max(header.lastIndexOf('('), header.lastIndexOf('（'));
    if (open >= 0) header = header.slice(0, open).trimEnd();
  }
  header = header.toLowerCase().replace(/\s+/g, ' ');
  const numberWord = NUMBER_WORD_END.exec(header);
  if (numberWord) header = `${header.slice(0, numberWord.index).trimEnd()} no`;
  return header.trim();
}

/** "bed no", "nhs number", "room #", checked at the end only (fixed-length alternatives: linear). */
const NUMBER_WORD_END = /(?:#|\bno\.?|\bnumber|\bnr\.?)$/;

/** `text` without any of `chars` at its end (by hand: an end-anchored repeat is quadratic on long input). */
function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

function isLabel(key: string): boolean {
  return HEADER_CLASS.has(key) || OTHER_HEADERS.has(key);
}

/** Spaces, tabs, carriage returns and the ideographic space around a cell's text. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0x3000 || code === 0xa0;
}

function trimmedCell(text: string, start: number, end: number): Cell {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Cells of a pipe row; the empty edges of "| a | b |" are no cells, empty cells inside are (they keep the columns aligned). */
function pipeRow(text: string, lineStart: number, lineEnd: number): Row {
  const cells: Cell[] = [];
  let cellStart = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    const char = i < lineEnd ? text.charAt(i) : '|';
    if ((char === '|' || char === '｜') && text.charAt(i - 1) !== '\\') {
      cells.push(trimmedCell(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  if (cells.length > 1 && cells[0]?.text === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]?.text === '') cells.pop();
  return { cells, separator: cells.length > 0 && cells.every((cell) => SEPARATOR_CELL.test(cell.text)) };
}

function tabRow(text: string, lineStart: number, lineEnd: number): Row {
  const cells: Cell[] = [];
  let cellStart = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i === lineEnd || text.charAt(i) === '\t') {
      cells.push(trimmedCell(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  return { cells, separator: false };
}

/** Cells of a comma-separated row; a comma inside double quotes belongs to its cell ("Kawasaki disease, adult"). */
function csvRow(text: string, lineStart: number, lineEnd: number): Row {
  const cells: Cell[] = [];
  let cellStart = lineStart;
  let quoted = false;
  for (let i = lineStart; i <= lineEnd; i++) {
    const char = i < lineEnd ? text.charAt(i) : ',';
    if (char === '"') quoted = !quoted;
    else if (char === ',' && (!quoted || i === lineEnd)) {
      const cell = trimmedCell(text, cellStart, i);
      // A quoted cell's value is inside its quotes ("Reyes, Carlito Jr.").
      const quotedValue = cell.end - cell.start >= 2 && cell.text.startsWith('"') && cell.text.endsWith('"');
      cells.push(quotedValue ? trimmedCell(text, cell.start + 1, cell.end - 1) : cell);
      cellStart = i + 1;
    }
  }
  return { cells, separator: false };
}

/**
 * A comma-separated export's header: three or more short cells without digits, one of them an identifier column
 * ("日期,床号,姓名,年龄", "mrn,last,first,dob"). Commas are everywhere in prose, so only such a header opens a block, and
 * only the rows after it with as many cells continue it.
 */
/** Column names as a database exports them: lower case, one at least in snake_case ("claim_id,member_name,icd10"). */
function isExportHeader(row: Row): boolean {
  return row.cells.every((cell) => /^[a-z][a-z\d_]*$/.test(cell.text)) && row.cells.some((cell) => SNAKE_CASE.test(cell.text));
}

function isCsvHeader(row: Row): boolean {
  if (row.cells.length < 3) return false;
  // A database export names its columns in snake_case ("claim_id,member_name,icd10"): no prose reads like that, so its
  // unknown columns and digits do not matter.
  const exported = isExportHeader(row);
  if (!exported && !row.cells.every((cell) => cell.text !== '' && cell.text.length <= MAX_HEADER_LENGTH && !/\d/.test(cell.text))) return false;
  const keys = row.cells.map((cell) => headerKey(cell.text));
  // Every column of an export has a name, but not every name is one MedLocal knows: one unknown column is allowed.
  if (!exported && keys.filter((key) => !isLabel(key)).length > 1) return false;
  return columnClasses(keys).some((type) => type !== null);
}

/** Consecutive lines of one kind (pipe rows, tab rows, comma-separated rows under a header); any other line ends the block. */
function tableBlocks(text: string): Row[][] {
  const blocks: Row[][] = [];
  let current: Row[] = [];
  let currentKind = '';
  let csvCells = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let kind = /[|｜]/.test(line) ? 'pipe' : line.includes('\t') ? 'tab' : '';
    let csv: Row | null = null;
    // A header holds no digit, so a prose line with one is read as cells only inside a table already open.
    if (kind === '' && line.includes(',') && (currentKind === 'csv' || !/\d/.test(line) || EXPORT_HEADER_LINE.test(line))) {
      csv = csvRow(text, lineStart, lineEnd);
      const continues = currentKind === 'csv' && csv.cells.length === csvCells;
      if (continues || isCsvHeader(csv)) {
        // A second header line starts a table of its own.
        if (!continues && current.length > 0) {
          blocks.push(current);
          current = [];
        }
        kind = 'csv';
        if (!continues) csvCells = csv.cells.length;
      }
    }
    if (kind !== currentKind && current.length > 0) {
      blocks.push(current);
      current = [];
    }
    currentKind = kind;
    if (kind === 'pipe') current.push(pipeRow(text, lineStart, lineEnd));
    else if (kind === 'tab') current.push(tabRow(text, lineStart, lineEnd));
    else if (kind === 'csv' && csv) current.push(csv);
    lineStart = lineEnd + 1;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** The identifier class of each column; a bare "Name" beside Dose or Result names a drug or a test. */
function columnClasses(keys: readonly string[]): (ColumnClass | null)[] {
  const drugOrLab = keys.some((key) => DRUG_OR_LAB_HEADERS.has(key));
  return keys.map((key) => {
    const type = HEADER_CLASS.get(key) ?? null;
    return type === 'name' && drugOrLab && BARE_NAME_HEADERS.has(key) ? null : type;
  });
}

/**
 * A header row: a separator row follows it, or it names an identifier column, every cell reads as a column name (no
 * digits, short), and the row below is data of as many cells, not the next label/value row ("| 年龄 | 93 |" under
 * "| 姓名 | 徐志摩 |").
 */
function isHeaderRow(row: Row, next: Row | undefined, separatorFollows: boolean): boolean {
  const filled = row.cells.filter((cell) => cell.text !== '');
  if (separatorFollows) return filled.length > 0;
  if (!next || next.cells.length !== row.cells.length || filled.length < 2) return false;
  const keys = row.cells.map((cell) => headerKey(cell.text));
  const classes = columnClasses(keys);
  const firstId = classes.findIndex((type) => type !== null);
  if (firstId === -1) return false;
  if (isExportHeader(row)) return true;
  // A label followed by a value it accepts ("| 姓名 | 徐志摩 | 籍贯 | 浙江 |") is a label/value row, not column names.
  const holdsValue = classes.some((type, i) => {
    const value = row.cells[i + 1];
    return type !== null && value !== undefined && !isLabel(keys[i + 1] ?? '') && labelledValue(type, value, true) !== null;
  });
  if (holdsValue) return false;
  if (!keys.every((key, i) => key === '' || isLabel(key) || (!/\d/.test(row.cells[i]?.text ?? '') && key.length <= MAX_HEADER_LENGTH))) return false;
  return !isLabel(headerKey(next.cells[firstId]?.text ?? ''));
}

function ageDetection(cell: Cell, score?: number): Detection | null {
  const match = AGE_VALUE.exec(cell.text);
  const value = match?.[1];
  if (!value) return null;
  const age = Number(value);
  if (age <= OLDEST_KEPT_AGE || age > OLDEST_AGE) return null;
  const start = cell.start + cell.text.indexOf(value);
  return withScore({ type: 'age', start, end: start + value.length, priority: PRIORITY }, score);
}

function withScore(detection: Detection, score: number | undefined): Detection {
  return score === undefined ? detection : { ...detection, score };
}

/** Length of the person's name that opens `value`, or 0: a Chinese name with a listed surname, a dotted name, or English capitalised words. */
function nameLengthAt(value: string): number {
  const dotted = DOTTED_CHINESE_NAME.exec(value);
  if (dotted) return dotted[0].length;
  const chinese = CHINESE_NAME.exec(value);
  if (chinese) {
    const name = chinese[0];
    const surname = COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length > 2 ? 2 : SINGLE_SURNAMES.has(name.charAt(0)) ? 1 : 0;
    if (surname === 0 || clinicalTermLengthAt(name, 0) >= 2) return 0;
    return name.length;
  }
  if (HAN.test(value.charAt(0))) return 0;
  const english = trimEndChars(ENGLISH_NAME.exec(value)?.[0] ?? '', ', \t\n');
  const tokens = english.split(/[\s,]+/).filter(Boolean);
  const titled = ENGLISH_TITLE.test(tokens[0] ?? '');
  if (tokens.length < 2 || (!titled && tokens.length > 4)) return 0;
  const plain = (token: string) => trimEndChars(token, ".'’").toLowerCase();
  if (tokens.some((token) => isClinicalEnglishWord(plain(token)) || OTHER_HEADERS.has(plain(token)) || NOT_NAME_WORDS.has(plain(token)))) return 0;
  return english.length;
}

/** The value a label in front of it names (a label cell's neighbour, or the rest of a cell), checked for its class. */
function labelledValue(type: ColumnClass, cell: Cell, wholeCell: boolean, score?: number): Detection | null {
  const text = cell.text;
  if (text === '' || NO_VALUE.test(text)) return null;
  if (type === 'age') return ageDetection(cell, score);
  let length = 0;
  let ward = 0;
  if (type === 'name') {
    length = nameLengthAt(text);
    // A label cell's neighbour is the value whole ("Joan Carter (wife)"); inside a cell only the name is taken.
    if (length > 0 && wholeCell && /^\s*[（(][^）)]{1,12}[）)]$/.test(text.slice(length))) length = text.length;
  } else if (type === 'bed') {
    ward = WARD_BEFORE_BED.exec(text)?.[0].length ?? 0;
    length = /^(?:[A-Za-z]{0,4}[-\s]?)?\d{1,3}(?:[-\s]?[A-Za-z\d]{1,4})?(?:号?床)?/.exec(text.slice(ward))?.[0].length ?? 0;
  } else if (type === 'mrn') {
    length = /^(?=[A-Za-z\d-]*\d)[A-Za-z\d][A-Za-z\d-]{2,24}(?:\s\d{3,4}){0,3}/.exec(text)?.[0].length ?? 0;
  } else if (type === 'phone') {
    const phone = /^\+?[\d(][\d\s()-]{5,20}\d/.exec(text)?.[0] ?? '';
    length = phone.replace(/\D/g, '').length >= 7 ? phone.length : 0;
  } else if (type === 'address') {
    length = text.length >= 4 && (HAN.test(text) || /\d/.test(text)) ? text.length : 0;
  }
  if (length === 0) return null;
  if (wholeCell && ward + length !== text.length && type !== 'name') return null;
  // Inside a cell the value ends at a space or a mark, and a unit after a number makes it no bed or age ("Bed 3-4 days").
  const after = text.slice(ward + length);
  if (after !== '' && (!/^[\s,，;；。.)）/]/.test(after) || UNIT_AFTER.test(after))) return null;
  return withScore({ type, start: cell.start + ward, end: cell.start + ward + length, priority: PRIORITY }, score);
}

/** A label and its value in one cell: "姓名 徐志摩", "Bed 18", "MRN: HZ00284417". */
function scanInCell(cell: Cell, detections: Detection[]): void {
  const match = IN_CELL_LABEL.exec(cell.text);
  if (!match) return;
  const label = (match[1] ?? match[2] ?? '').trim();
  const type = IN_CELL_CLASS.find(([pattern]) => pattern.test(label))?.[1];
  if (!type) return;
  const offset = match[0].length;
  if (offset >= cell.text.length) return;
  const rest: Cell = { start: cell.start + offset, end: cell.end, text: cell.text.slice(offset) };
  const found = labelledValue(type, rest, false, IN_CELL_SCORE);
  if (found) detections.push(found);
}

/** A row of label/value pairs: "| 姓名 | 徐志摩 | 性别 | 男 |", "| Name | John Carter | Age | 93 |". */
function scanKeyValueRow(row: Row, detections: Detection[]): void {
  const keys = row.cells.map((cell) => headerKey(cell.text));
  const classes = columnClasses(keys);
  for (let i = 0; i < row.cells.length; i++) {
    const type = classes[i];
    const value = row.cells[i + 1];
    if (type && value && !isLabel(keys[i + 1] ?? '')) {
      const found = labelledValue(type, value, true);
      if (found) detections.push(found);
      i++;
      continue;
    }
    const cell = row.cells[i];
    if (cell) scanInCell(cell, detections);
  }
}

function scanColumns(row: Row, classes: readonly (ColumnClass | null)[], detections: Detection[]): void {
  row.cells.forEach((cell, i) => {
    const type = classes[i];
    if (!type) {
      scanInCell(cell, detections);
      return;
    }
    if (cell.text === '' || NO_VALUE.test(cell.text)) return;
    if (type === 'age') {
      const age = ageDetection(cell);
      if (age) detections.push(age);
      return;
    }
    const ward = type === 'bed' ? (WARD_BEFORE_BED.exec(cell.text)?.[0].length ?? 0) : 0;
    detections.push({ type, start: cell.start + ward, end: cell.end, priority: PRIORITY });
  });
}

function scanBlock(rows: readonly Row[], detections: Detection[]): void {
  let columns: (ColumnClass | null)[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || row.separator) continue;
    const separatorFollows = rows[i + 1]?.separator === true;
    const next = separatorFollows ? rows[i + 2] : rows[i + 1];
    if (isHeaderRow(row, next, separatorFollows)) {
      const classes = columnClasses(row.cells.map((cell) => headerKey(cell.text)));
      columns = classes.some((type) => type !== null) ? classes : null;
      if (columns) columns.length = row.cells.length;
      continue;
    }
    if (columns && row.cells.length === columns.length) scanColumns(row, columns, detections);
    else scanKeyValueRow(row, detections);
  }
}

export const tableColumnDetector: PhiDetector = {
  name: 'table-column',
  detect(text: string): Detection[] {
    if (!/[|｜\t]/.test(text) && !(text.includes(',') && text.includes('\n'))) return [];
    const detections: Detection[] = [];
    for (const block of tableBlocks(text)) scanBlock(block, detections);
    return detections;
  },
};
