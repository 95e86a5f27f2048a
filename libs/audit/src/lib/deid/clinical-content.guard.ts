import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, SURNAMES } from './data/english-names';
import type { PhiType } from './deid.types';

/**
 * A last check on every candidate, whichever rule found it: a span that is part of clinical content is no identifier.
 * The name, organisation and address rules read capitalised words, word shapes and places; clinical writing is full of
 * the same shapes (Escherichia Coli, Cheyne Stokes, Nightingale Ward, Ashkenazi Jewish, King's College Criteria, Born in
 * Pakistan, 鲍曼不动杆菌, 方案一：). Removing them loses what the clinician wrote and protects no one, so they are kept here,
 * in one place, rather than in each rule.
 */

/**
 * Genera of the organisms clinicians write, so a capitalised species word after one is no surname ("Escherichia Coli",
 * "Neisseria Meningitidis"). The bacterial, fungal and parasite genera of clinical microbiology (names as the List of
 * Prokaryotic names with Standing in Nomenclature and the standard mycology and parasitology texts give them).
 */
const ORGANISM_GENERA = new Set(
  `escherichia klebsiella pseudomonas clostridioides clostridium staphylococcus streptococcus enterococcus acinetobacter candida
  proteus serratia enterobacter citrobacter haemophilus listeria legionella mycoplasma mycoplasmoides chlamydia chlamydophila
  mycobacterium nocardia actinomyces salmonella shigella campylobacter helicobacter vibrio yersinia bordetella brucella
  francisella pasteurella bartonella borrelia treponema rickettsia aspergillus cryptococcus pneumocystis histoplasma
  coccidioides blastomyces mucor rhizopus plasmodium toxoplasma giardia entamoeba cryptosporidium schistosoma taenia
  echinococcus ascaris enterobius trichuris ancylostoma necator toxocara sarcoptes pediculus corynebacterium bacillus
  cutibacterium propionibacterium eikenella kingella cardiobacterium aggregatibacter gardnerella prevotella porphyromonas
  peptostreptococcus veillonella lactobacillus tropheryma achromobacter aeromonas elizabethkingia chryseobacterium providencia
  hafnia raoultella cronobacter leuconostoc pediococcus abiotrophia granulicatella gemella rothia micrococcus trichophyton
  microsporum epidermophyton malassezia sporothrix fusarium scedosporium talaromyces paracoccidioides neisseria moraxella
  stenotrophomonas morganella burkholderia trichomonas strongyloides coxiella leptospira capnocytophaga ureaplasma
  fusobacterium bacteroides streptobacillus spirillum erysipelothrix nocardiopsis rhodococcus tsukamurella gordonia
  leishmania trypanosoma babesia naegleria acanthamoeba balamuthia cyclospora cystoisospora microsporidia wuchereria brugia
  onchocerca loa dracunculus trichinella fasciola clonorchis opisthorchis paragonimus diphyllobothrium hymenolepis`
    .split(/\s+/)
    .filter(Boolean),
);

/** Eponyms of two names, written with a space or a hyphen ("Cheyne Stokes", "Ehlers-Danlos"). Lower case. */
const TWO_NAME_EPONYMS: readonly (readonly [string, string])[] = `cheyne stokes|ziehl neelsen|ivor lewis|ehlers danlos|kayser fleischer|
  guillain barre|guillain barré|wolff parkinson|parkinson white|stevens johnson|mallory weiss|osler weber|weber rendu|creutzfeldt jakob|
  charcot marie|marie tooth|dubin johnson|peutz jeghers|budd chiari|zollinger ellison|brown sequard|brown séquard|argyll robertson|
  austin flint|carey coombs|graham steell|marcus gunn|holt oram|klippel feil|klippel trenaunay|sturge weber|hippel lindau|arnold chiari|
  dandy walker|legg calve|calve perthes|osgood schlatter|lesch nyhan|prader willi|beckwith wiedemann|wiskott aldrich|chediak higashi|
  bernard soulier|henoch schonlein|henoch schönlein|kimmelstiel wilson|waterhouse friderichsen|jarisch herxheimer|lange nielsen|
  romano ward|lown ganong|ganong levine|fitz hugh|hugh curtis|swan ganz|sengstaken blakemore|roux en|hand schuller|schuller christian|
  letterer siwe|crigler najjar|gilbert meulengracht|von willebrand|von hippel|de quervain|de musset|dressler syndrome|kasabach merritt|
  mayer rokitansky|rokitansky kuster|smith lemli|lemli opitz|sjogren larsson|pierre robin|treacher collins|lennox gastaut|
  west syndrome|tolosa hunt|ramsay hunt|miller fisher|bickerstaff brainstem|devic neuromyelitis|hirschsprung disease|meckel diverticulum|
  glasgow blatchford|child pugh|ann arbor|mini mental|duke treadmill|ranson criteria|rockall score|modified rankin|barthel index|
  jackson pratt|lund browder|hill sachs|charcot leyden`
  .split('|')
  .map((pair) => pair.trim().split(' ') as [string, string])
  .filter((pair) => pair.length === 2);

const TWO_NAME_EPONYM_KEYS = new Set(TWO_NAME_EPONYMS.map(([first, second]) => `${first} ${second}`));
/** First names of the pairs: a word that opens none needs no pair key built for it. */
const TWO_NAME_EPONYM_FIRSTS = new Set(TWO_NAME_EPONYMS.map(([first]) => first));

/** A virus named after a place is an organism: "Ross River virus", "West Nile virus", "Rift Valley virus". */
const VIRUS_AFTER = /^[\s-]virus(?:es)?\b/i;
/**
 * A disease, a staging system or a fever named after a place ("West Nile neuroinvasive disease", "Rift Valley fever",
 * "Hong Kong Liver Cancer staging"): the words before it name no person. Only a kind of the disease may stand between:
 * "Annie Smith with fever" is a person.
 */
const PLACE_NAMED_DISEASE_AFTER =
  /^ (?:(?:neuroinvasive|haemorrhagic|hemorrhagic|spotted|virus) )?(?:disease|fever|encephalitis)\b(?![- ]free)|^ (?:[A-Z][a-z]+ )?(?:Cancer|Disease|Fever|Syndrome)\b/;
/**
 * A common name before its Latin binomial (a Latin species ending: annua, officinalis, sinensis) or before "oil" names a
 * plant: "Sweet Annie (Artemisia annua)", "Olive oil"; "Oksana Shevchenko (Ukrainian refugee)" is a person.
 */
const PLANT_AFTER = /^(?: \([A-Z][a-z]+ [a-z]{2,}(?:a|us|um|is|ii|ae|es|ensis|oides)\)| oil\b)/;

/** A ward, wing or unit named after a person or a place names where in a hospital, not who: "Nightingale Ward". */
const WARD_AFTER = /^[\s-]?(?:Ward|Wing|Unit|Suite|Pavilion|Theatre|Theatres|Annexe)\b/;
const WARD_LAST = /\s(?:Ward|Wing|Unit|Suite|Pavilion)$/;
/** "LAU Kwok Wing": a surname in capitals before given names is a person; wards are not written so. */
const CAPITALS_SURNAME_FIRST = /^[A-Z]{2,}\s[A-Z][a-z]/;
/**
 * "Agnes Ward" is a person; "Nightingale Ward", "transferred to Florence Ward" or "then Poppy Ward" (a given name that is
 * also a word: wards are named after flowers and trees) is where she lies.
 */
const PLACE_PREPOSITION_BEFORE = /\b(?:to|on|from|in|at|onto|into|off)\s(?:the\s)?$/i;
function namesAWard(text: string, start: number, words: readonly string[]): boolean {
  const first = words[0] ?? '';
  return !GIVEN_NAMES.has(first) || AMBIGUOUS_GIVEN_NAMES.has(first) || PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * A word with the ending of a disease, an operation or a finding in English, German or French is no part of a name
 * ("Hashimoto-Thyreoiditis", "Arterielle Hypertonie", "Tachykardie"); names end so too rarely to count.
 */
const DISEASE_SUFFIX = /(?:itis|osis|ämie|aemia|pathie|pathy|algie|algia|tonie|kardie|plasie|trophie|sklerose|ektomie|ectomy|otomie|otomy|urie|uria)$/i;

/** Ancestry and ethnicity written as a clinical fact (BRCA testing, thalassaemia screening). */
const ETHNICITY_WORDS = new Set(
  `ashkenazi sephardi sephardic mizrahi jewish caucasian hispanic latino latina afro-caribbean caribbean mediterranean
  han hui uyghur tibetan zhuang hakka cantonese hokkien aboriginal maori pasifika inuit romani`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Ancestry words that are also romanised Chinese given names (Dr Lim Jia Hui, Ms Tan Hui Min, Han Wei Ming): ancestry only
 * before a word that says so ("Han Chinese", "Hui Muslim", "Zhuang ethnicity") or alone.
 */
const GIVEN_NAME_ETHNICITY_WORDS = new Set(['han', 'hui', 'zhuang']);
const ANCESTRY_NOUN_AFTER =
  /^[\s-]*(?:chinese|muslims?|people|peoples|nationality|ethnicity|ethnic|minority|descent|ancestry|origin|background|family|heritage)\b/i;
function namesAncestry(text: string, span: string, end: number): boolean {
  const words = span.split(/[\s,]+/);
  return words.some((word, index) => {
    // The part before the first hyphen ("Han-Chinese" reads as "han"), without splitting the word.
    const dash = word.indexOf('-');
    const lower = (dash < 0 ? word : word.slice(0, dash)).toLowerCase();
    if (!ETHNICITY_WORDS.has(lower)) return false;
    if (!GIVEN_NAME_ETHNICITY_WORDS.has(lower) || words.length === 1) return true;
    const after = index + 1 < words.length ? words.slice(index + 1).join(' ') : text.slice(end, end + 24);
    return ANCESTRY_NOUN_AFTER.test(after);
  });
}
/** Words of a role or a service that follow a title-like word ("Nurse Specialist", "Speech and Language Therapy"). */
const ROLE_WORDS = new Set(
  `specialist specialists practitioner practitioners speech language therapy therapist therapists lead coordinator manager
  assistant associate fellow trainee consultant registrar technician technologist sister matron`
    .split(/\s+/)
    .filter(Boolean),
);
/** Scores and criteria named after an institution: "King's College Criteria", "Cleveland Clinic incontinence score". */
const SCORE_AFTER =
  /^\s(?:[a-z]+\s)?(?:criteria|criterion|score|scores|scale|index|classification|questionnaire|grading|grade|staging|rule|protocol|formula)\b/i;
/** Countries are no subdivision smaller than a state (HIPAA Safe Harbor B): "Born in Pakistan". */
const COUNTRIES = new Set(
  `afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium bolivia
  bosnia botswana brazil bulgaria burma cambodia cameroon canada chile china colombia congo croatia cuba cyprus czechia denmark
  ecuador egypt eritrea estonia ethiopia fiji finland france gambia georgia germany ghana greece guatemala guinea guyana haiti
  honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait
  laos latvia lebanon liberia libya lithuania malawi malaysia mali malta mexico moldova mongolia montenegro morocco mozambique
  myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland
  portugal qatar romania russia rwanda samoa senegal serbia sierra singapore slovakia slovenia somalia spain sudan sweden
  switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan
  venezuela vietnam yemen zambia zimbabwe scotland wales england`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Chinese clinical words that open with a surname character and that the clinical dictionary does not hold: organisms
 * (鲍曼不动杆菌 Acinetobacter baumannii), eponyms (艾森曼格综合征 Eisenmenger), traditional Chinese medicine diagnoses
 * (石淋 urinary stone) and plan headings (方案一：).
 */
const CHINESE_CLINICAL_WORDS: readonly string[] =
  `鲍曼不动杆菌 鲍曼 艾森曼格综合征 艾森曼格 石淋 热淋 血淋 膏淋 劳淋 方案 王道 计划 原则 嗜麦芽窄食单胞菌 洋葱伯克霍尔德菌
  阴沟肠杆菌 肺炎克雷伯菌 屎肠球菌 粪肠球菌 白色念珠菌 白念珠菌 光滑念珠菌 热带念珠菌 近平滑念珠菌 曲霉 毛霉 马尔尼菲篮状菌 马尔尼菲青霉 华支睾吸虫
  卡氏肺孢子菌 耶氏肺孢子菌 洪格尔 贝赫切特 费城染色体 伯基特 霍奇金 卡波西 雷诺 席汉 库欣 艾迪生 甘露醇 甘油果糖 甘精胰岛素`
    .split(/\s+/)
    .filter(Boolean);

const LATIN_LETTER = /[A-Za-z\u00C0-\u017F'’]/;
/** The Latin word right before `start` and one space or hyphen ("Escherichia" before "Coli"), read by hand: linear. */
function latinWordBefore(text: string, start: number): string {
  if (start === 0 || !/[\s-]/.test(text.charAt(start - 1))) return '';
  let from = start - 1;
  while (from > 0 && start - from <= 30 && LATIN_LETTER.test(text.charAt(from - 1))) from--;
  return text.slice(from, start - 1);
}

function wordsAround(text: string, start: number, end: number): { before: string; span: string; after: string } {
  const before = latinWordBefore(text, start);
  const after = /^[\s-]([A-Za-z\u00C0-\u017F'’]+)/.exec(text.slice(end, end + 30))?.[1] ?? '';
  return { before, span: text.slice(start, end), after };
}

function isOrganism(words: readonly string[], before: string): boolean {
  if (words.some((word) => ORGANISM_GENERA.has(word.toLowerCase()))) return true;
  // "Escherichia [Coli]": the species word alone, right after its genus.
  return ORGANISM_GENERA.has(before.toLowerCase());
}

function isTwoNameEponym(words: readonly string[], before: string, after: string): boolean {
  const lower = [before, ...words, after].map((word) => word.toLowerCase());
  for (let i = 0; i + 1 < lower.length; i++) {
    if (TWO_NAME_EPONYM_FIRSTS.has(lower[i] as string) && TWO_NAME_EPONYM_KEYS.has(`${lower[i]} ${lower[i + 1]}`)) return true;
  }
  return false;
}

const LONGEST_CHINESE_CLINICAL_WORD = Math.max(...CHINESE_CLINICAL_WORDS.map((word) => word.length));
/** The words by their first character: each position of the window is looked up once, instead of a search per word. */
const CHINESE_CLINICAL_WORDS_BY_FIRST_CHAR = new Map<string, string[]>();
for (const word of CHINESE_CLINICAL_WORDS) {
  const words = CHINESE_CLINICAL_WORDS_BY_FIRST_CHAR.get(word.charAt(0));
  if (words) words.push(word);
  else CHINESE_CLINICAL_WORDS_BY_FIRST_CHAR.set(word.charAt(0), [word]);
}

function holdsChineseClinicalWord(text: string, start: number, end: number): boolean {
  // Only the words that can overlap the span are looked for, in a window around it (not the whole text each time).
  const from = Math.max(0, start - LONGEST_CHINESE_CLINICAL_WORD + 1);
  const windowEnd = Math.min(text.length, end + LONGEST_CHINESE_CLINICAL_WORD - 1);
  // Any occurrence inside the window that overlaps the span: the span is part of it (鲍曼 in 鲍曼不动杆菌).
  for (let at = from; at < end; at++) {
    const words = CHINESE_CLINICAL_WORDS_BY_FIRST_CHAR.get(text.charAt(at));
    if (words === undefined) continue;
    for (const word of words) {
      if (at + word.length > start && at + word.length <= windowEnd && text.startsWith(word, at)) return true;
    }
  }
  return false;
}

/** A scale or criteria named after a person or place and written whole ("New Wilson Index", "Ranson Criteria"). */
const SCORE_WORD_LAST = /\s(?:Index|Score|Criteria|Classification|Rule|Scale|Staging)$/;
/** A capitalised word right before: "San Francisco syncope rule" names a rule after a city, not a person. */
const CAPITALISED_WORD_BEFORE = /[A-Z][a-z]+\s$/;
/**
 * A brand in brackets after its drug (维得利珠单抗（安吉优）, 乌司奴单抗（喜达诺）, 硝苯地平控释片（拜新同）): the drug's stem or
 * form ends right before the bracket.
 */
const DRUG_BEFORE_BRACKET =
  /(?:维生素\s?[A-Za-z][A-Za-z0-9]{0,3}\s?|单抗|注射液|注射剂|替尼|普利|沙坦|洛尔|地平|他汀|西林|霉素|沙星|拉唑|格列[\u4e00-\u9fa5]{1,2}|胰岛素|肝素|肽|片|胶囊|颗粒|口服液|滴眼液|喷雾剂|贴剂|混悬液|干混悬剂|散|丸)[（(]$/;

/**
 * A brand named before its drug and dose in brackets, alone or first of two ("Camila or Heather (norethindrone 0.35 mg
 * POP)", "Grace (levothyroxine 50 mcg)"): contraceptive and generic brands read like given names.
 */
/**
 * Only where the sentence is about a choice of drug, or where the brand opens a line and the sentence says what a drug
 * is for ("Ella (ulipristal acetate 30 mg) is effective…", "… must be taken"): "Gave Margaret (paracetamol 1 g)",
 * "Margaret (oxycodone 5 mg PRN) settled overnight" and "Edith (warfarin 3 mg) is due an INR" are people.
 */
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/;
const DRUG_PREDICATE_AFTER_BRACKET = /^[^)\n]{0,60}\)\s(?:(?:is|are)\s(?:effective|indicated|licensed|contraindicated)|must\s+be\s+taken|works\b)/;
const CHOICE_OF_DRUG_BEFORE =
  /(?:options?|brands?|switch(?:ed)?\s+to|start(?:ed)?\s+on|commenced\s+on|prescribed|trial\s+of|chang(?:e|ed)\s+to|continue|discussed|offered|choices?|or|and)[^.\n]{0,40}$/i;
const BRAND_BEFORE_GENERIC_AND_DOSE =
  /^(?:\s(?:or|and|\/)\s[A-Z][a-z]+)?\s?\([a-z][a-z-]{3,}(?:\s?[/+]\s?[a-z][a-z-]{3,}|\s(?:acetate|sodium|potassium|hydrochloride|maleate|besilate|besylate|mesylate|succinate|tartrate|fumarate|citrate|phosphate|sulfate|sulphate|bromide|calcium|magnesium))*\s\d+(?:\.\d+)?\s?(?:mg|mcg|µg|microgram|g|mL|ml|IU|units?)\b/;

/**
 * What follows a drug and never a person: a dose right after one word ("emergency Ella 30 mg"), or the inhaler, pen or
 * release form of a brand ("Stiolto Respimat", "Trelegy Ellipta", "Humalog KwikPen").
 */
const DOSE_UNIT = String.raw`(?:mg|mcg|µg|g|mL|ml|IU|units?)`;
const DOSE_RIGHT_AFTER = new RegExp(String.raw`^\s\d{1,5}(?:\.\d{1,3})?\s?${DOSE_UNIT}\b`);
const DRUG_FORM_WORD =
  /^(?:Respimat|Ellipta|Aerosphere|HFA|Diskus|Turbuhaler|Handihaler|HandiHaler|Breezhaler|Genuair|Spiromax|Evohaler|Accuhaler|FlexPen|FlexTouch|KwikPen|SoloStar|Penfill|Autoinjector|Sensoready)$/;
/**
 * An eponym before the manoeuvre, the touch or the guideline year it names ("Leopold manoeuvres", "Leopold 四步触诊",
 * "Fleischner 2017"): one word alone, as a person would need more than that.
 */
const EPONYM_USE_AFTER = /^(?:\s(?:manoeuvres?|maneuvers?|grips?|technique|method)\b|\s?(?:四步|手法|触诊|法则)|\s(?:19|20)\d{2}(?![\d/.\-年]))/;
/** Viruses named after a river, a town or a valley, written in a list without the word virus ("Zika, West Nile"). */
const VIRUS_NAMES = new Set(
  'Zika Chikungunya Dengue Nipah Hendra Lassa Ebola Marburg Mayaro Oropouche Powassan Usutu Hantaan Coxsackie Norwalk Sindbis Junin Machupo Chapare Guanarito Nile Kyasanur Omsk Crimean Heartland Bourbon Jamestown Rift'.split(
    ' ',
  ),
);

/**
 * Eponyms written with a capital inside, as a surname with a particle is (LeFort, DiGeorge, VonWillebrand, DeBakey): a
 * classification, a syndrome or a disease, not a person.
 */
const CAMEL_CASE_EPONYMS = new Set(
  'LeFort DiGeorge VonWillebrand VonHippel VonRecklinghausen VonGierke DeBakey DeMeester DeQuervain LaPlace VanNuys DeLee LeVeen DeToni DeSanctis LaCrosse DeMorsier DeGrouchy DeClerambault LaTourette DeLange VanBuchem VanderWoude'.split(
    ' ',
  ),
);

/** The place words of a virus's name: West Nile, Rift Valley, Kyasanur Forest. */
const VIRUS_PLACE_WORD = /^(?:West|East|River|Valley|Forest|Fever|Crimean|Congo)$/;

const TITLE_BEFORE_NAME = /\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s$/;
const CAPITALISED_WORD_BEFORE_NAME = /\b[A-Z][a-z]+\s$/;
const CAPITALISED_WORD_AFTER_NAME = /^\s[A-Z][a-z]+/;

/**
 * Whether the word names a person elsewhere in the note, beside a title or another capitalised name ("Mia Chen, 4 yrs.
 * Gave Mia 240 mg", "Leopold Brandt … Leopold 2026 review"): then the guard for a drug or an eponym does not hold.
 */
function namesSomeoneElsewhere(text: string, word: string, at: number): boolean {
  // Only a reading that leaves the candidate itself out counts.
  const apart = (start: number, end: number) => end <= at || start >= at + word.length;
  for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + 1)) {
    const end = index + word.length;
    if (/\w/.test(text.charAt(index - 1)) || /\w/.test(text.charAt(end))) continue;
    const title = TITLE_BEFORE_NAME.exec(text.slice(Math.max(0, index - 8), index));
    if (title && apart(index - title[0].length, end)) return true;
    const next = CAPITALISED_WORD_AFTER_NAME.exec(text.slice(end, end + 40));
    if (next && apart(index, end + next[0].length)) return true;
    const previous = CAPITALISED_WORD_BEFORE_NAME.exec(text.slice(Math.max(0, index - 40), index));
    if (previous && apart(index - previous[0].length, end)) return true;
  }
  return false;
}

/** A word of the given-name or surname lists. */
const isListedNamePart = (word: string) => GIVEN_NAMES.has(word) || SURNAMES.has(word);

/** A Han name right before 综合征 or 瞳孔 is a transliterated eponym (斯特奇-韦伯综合征, 阿迪瞳孔): nobody's name stands there. */
const HAN_EPONYM_NOUN_AFTER = /^(?:综合征|综合症|瞳孔)/;

/** Where a list's clause ends: a semicolon, a colon, a line break, or a full stop that is no decimal point. */
const endsListClause = (text: string, index: number): boolean => {
  const char = text.charAt(index);
  return char === ';' || char === ':' || char === '\n' || (char === '.' && !/\d/.test(text.charAt(index + 1)));
};
const DOSE = new RegExp(String.raw`(?<![\d.])\d{1,6}(?:\.\d{1,4})?\s?${DOSE_UNIT}(?:\/kg)?\b`, 'g');
const CONTRACEPTIVE_HEAD = /\b(?:progest(?:in|ogen)-only|combined|COCs?|POPs?|brands?|pills?)\s$/;
const ITEM_BEFORE = /(?:^|,|\bor|\band|\/)\s{0,2}$/;
const ITEM_AFTER = new RegExp(String.raw`^\s{0,2}(?:$|,|\bor\b|\band\b|\/|\s\d+(?:\.\d+)?\s?${DOSE_UNIT}\b)`);

/**
 * A brand written as an item of a list of drugs ("Imbruvica 420 mg, Venclexta 400 mg, Darzalex Faspro, Revlimid 25 mg",
 * "progestin-only Camila or Heather"): the item is the candidate alone (or after a contraceptive head word), and the
 * list's clause holds two doses, or such a head word. "Meds given by Heather Smith: aspirin 300 mg, …" stays a person:
 * "by Heather Smith" is more than the name, and the colon ends the clause.
 */
function isBrandInDrugList(text: string, start: number, end: number): boolean {
  let clauseStart = start;
  while (clauseStart > 0 && start - clauseStart < 200 && !endsListClause(text, clauseStart - 1)) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < text.length && clauseEnd - end < 200 && !endsListClause(text, clauseEnd)) clauseEnd++;
  const before = text.slice(clauseStart, start);
  const after = text.slice(end, clauseEnd);
  const headed = CONTRACEPTIVE_HEAD.test(before);
  if (!headed && !ITEM_BEFORE.test(before)) return false;
  if (!ITEM_AFTER.test(after)) return false;
  return headed || (text.slice(clauseStart, clauseEnd).match(DOSE)?.length ?? 0) >= 2;
}

/** Whether the candidate span of `type` at [start, end) is clinical content rather than an identifier. */
export function coversClinicalContent(text: string, type: PhiType, start: number, end: number): boolean {
  if (type !== 'name' && type !== 'organization' && type !== 'address') return false;
  const { before, span, after } = wordsAround(text, start, end);
  const words = span.split(/[\s,-]+/).filter(Boolean);
  if (/[\u4e00-\u9fa5]/.test(span) && holdsChineseClinicalWord(text, start, end)) return true;
  if (type === 'name') {
    if (DRUG_BEFORE_BRACKET.test(text.slice(Math.max(0, start - 8), start))) return true;
    if (
      words.length === 1 &&
      BRAND_BEFORE_GENERIC_AND_DOSE.test(text.slice(end, end + 80)) &&
      (CHOICE_OF_DRUG_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
        (LINE_START_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && DRUG_PREDICATE_AFTER_BRACKET.test(text.slice(end, end + 80))))
    )
      return true;
    if (SCORE_WORD_LAST.test(span) || words.some((word) => CAMEL_CASE_EPONYMS.has(word))) return true;
    if (
      words.length === 1 &&
      /^[A-Z][a-z]+$/.test(span) &&
      (DOSE_RIGHT_AFTER.test(text.slice(end, end + 16)) || EPONYM_USE_AFTER.test(text.slice(end, end + 16))) &&
      !namesSomeoneElsewhere(text, span, start)
    )
      return true;
    if (DRUG_FORM_WORD.test(words[words.length - 1] ?? '') || words.every((word) => VIRUS_NAMES.has(word) || VIRUS_PLACE_WORD.test(word))) return true;
    if (/[\u4e00-\u9fa5]$/.test(span) && HAN_EPONYM_NOUN_AFTER.test(text.slice(end, end + 3))) return true;
    // A two-word item whose second word is a listed name ("Camila Ruiz") is a person, whatever the list holds.
    if (/^[A-Z]/.test(span) && (words.length === 1 || (words.length === 2 && !isListedNamePart(words[1] ?? ''))) && isBrandInDrugList(text, start, end))
      return true;
    if (words.length === 1 && CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && SCORE_AFTER.test(text.slice(end, end + 40)))
      return true;
    if (isOrganism(words, before) || isTwoNameEponym(words, before, after) || VIRUS_AFTER.test(text.slice(end, end + 8))) return true;
    // Only where a word of the span names no one: "Jack Wilson fever 39.2" and "Amy Wong encephalitis panel" are people.
    if (PLACE_NAMED_DISEASE_AFTER.test(text.slice(end, end + 40)) && !words.every(isListedNamePart)) return true;
    if (PLANT_AFTER.test(text.slice(end, end + 40))) return true;
    if (WARD_AFTER.test(text.slice(end, end + 12)) || (WARD_LAST.test(span) && !CAPITALS_SURNAME_FIRST.test(span) && namesAWard(text, start, words)))
      return true;
    // "Han Chinese", "Han-Chinese", "Ashkenazi": ancestry. A hyphenated given name that ends in one ("Huang Po-Han") is a person.
    if (namesAncestry(text, span, end)) return true;
    if (words.length === 1 && ROLE_WORDS.has(span.toLowerCase())) return true;
    if (words.some((word) => DISEASE_SUFFIX.test(word))) return true;
    // A name does not run across a line break ("CRP 95 mg/L.↵Diagnostic" is no initial and surname).
    if (/\n/.test(span.trim())) return true;
    return false;
  }
  // "Ehlers-Danlos Clinic", "Danlos Clinic": a syndrome's clinic, whole or read from the middle of its hyphenated name.
  if (type === 'organization')
    return (
      SCORE_AFTER.test(text.slice(end, end + 40)) ||
      /[A-Za-z]-$/.test(text.slice(Math.max(0, start - 2), start)) ||
      TWO_NAME_EPONYM_KEYS.has(`${words[0] ?? ''} ${words[1] ?? ''}`.toLowerCase())
    );
  return words.length <= 2 && COUNTRIES.has(span.toLowerCase());
}
