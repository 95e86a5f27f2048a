/**
 * The systematic synonym layer: spellings a clinician uses for a dictionary form that the
 * dictionary need not list one by one. Each rule is a plain string rewrite (no user-text regex).
 *
 * - a type/degree/grade/stage number written as an Arabic digit, a Chinese numeral, a Roman
 *   numeral (Ⅱ or II) before 型/度/级/期 ("2型" = "二型" = "Ⅱ型" = "II型"), and "type 2" = "type II";
 * - British and American spelling (haemorrhage/hemorrhage, oedema/edema, anaemia/anemia, ...);
 * - an eponym with or without the possessive ("Hashimoto thyroiditis" = "Hashimoto's thyroiditis");
 * - oedema of a named site with its degree and pitting written in ("双下肢轻度凹陷性水肿" = "双下肢水肿",
 *   "bilateral pitting leg oedema" = "bilateral leg oedema"): the site decides the code, not the grade.
 */
const NUMERAL_FORMS: readonly (readonly string[])[] = [
  ['1', '一', 'Ⅰ', 'I'],
  ['2', '二', 'Ⅱ', 'II'],
  ['3', '三', 'Ⅲ', 'III'],
  ['4', '四', 'Ⅳ', 'IV'],
];
const QUALIFIER_SUFFIXES = ['型', '度', '级', '期'];
/** Each set of numeral forms with its forms longest first, so "III" is not read as "I" + "II" (sorted once). */
const NUMERAL_FORMS_LONGEST_FIRST: readonly (readonly [readonly string[], readonly string[]])[] = NUMERAL_FORMS.map((numerals) => [
  numerals,
  [...numerals].sort((a, b) => b.length - a.length),
]);

/** British -> American stems; applied both ways. Ordered longest first where they overlap. */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['haemorrh', 'hemorrh'],
  ['haemat', 'hemat'],
  ['haemo', 'hemo'],
  ['haem', 'hem'],
  ['aemia', 'emia'],
  ['oedema', 'edema'],
  ['oesophag', 'esophag'],
  ['ischaem', 'ischem'],
  ['diarrhoea', 'diarrhea'],
  ['dyspnoea', 'dyspnea'],
  ['apnoea', 'apnea'],
  ['orrhoea', 'orrhea'],
  ['faecal', 'fecal'],
  ['paediatric', 'pediatric'],
  ['tumour', 'tumor'],
  ['coeliac', 'celiac'],
  ['oestrogen', 'estrogen'],
  ['anaesth', 'anesth'],
  ['gynaec', 'gynec'],
  ['foetal', 'fetal'],
  ['ischaemia', 'ischemia'],
  ['sulph', 'sulf'],
  ['generalised', 'generalized'],
  ['localised', 'localized'],
  ['nebulised', 'nebulized'],
];

const TYPE_WORD = /type /i;
const TYPE_NUMBER = /^(.*\btype )(1|2|I|II)(\b.*)$/i;

function numeralVariants(form: string): string[] {
  const out: string[] = [];
  for (const suffix of QUALIFIER_SUFFIXES) {
    const at = form.indexOf(suffix);
    if (at <= 0) continue;
    for (const [numerals, longestFirst] of NUMERAL_FORMS_LONGEST_FIRST) {
      for (const numeral of longestFirst) {
        if (form.slice(at - numeral.length, at) !== numeral) continue;
        const head = form.slice(0, at - numeral.length);
        // A Latin letter right before "I"/"II" is part of a word ("HIV型"), not a numeral.
        if (/[A-Za-z]$/.test(head) && /^[IV]+$/.test(numeral)) break;
        for (const other of numerals) if (other !== numeral) out.push(`${head}${other}${form.slice(at)}`);
        break;
      }
    }
  }
  // Most forms name no type: one substring test passes them over before the backtracking pattern.
  const type = TYPE_WORD.test(form) ? TYPE_NUMBER.exec(form) : null;
  if (type !== null) {
    const swap: Record<string, string> = { '1': 'I', '2': 'II', i: '1', ii: '2' };
    const other = swap[type[2].toLowerCase()] ?? swap[type[2]];
    if (other !== undefined) out.push(`${type[1]}${other}${type[3]}`);
  }
  return out;
}

/** Any British or American stem: most forms have none and are passed over with one regex test. */
const ANY_STEM = new RegExp(SPELLINGS.flatMap(([uk, us]) => [uk, us]).join('|'));
/** "hem" stems are turned British only at a word start ("chemotherapy" keeps its "hem"); compiled once. */
const TO_BRITISH: readonly ((text: string) => string)[] = SPELLINGS.map(([uk, us]) => {
  if (!us.startsWith('hem')) return (text: string) => text.split(us).join(uk);
  const atWordStart = new RegExp(`\\b${us}`, 'g');
  return (text: string) => text.replace(atWordStart, uk);
});

function spellingVariants(form: string): string[] {
  const lower = form.toLowerCase();
  if (!ANY_STEM.test(lower)) return [];
  const out = new Set<string>();
  let american = lower;
  for (const [uk, us] of SPELLINGS) american = american.split(uk).join(us);
  // British from the all-American form, so no stem is converted twice ("oedema" never "ooedema").
  let british = american;
  for (const toBritish of TO_BRITISH) british = toBritish(british);
  if (american !== lower) out.add(american);
  if (british !== lower && british !== american) out.add(british);
  return [...out];
}

/**
 * Eponyms clinicians write with or without the possessive. A list, not "any capitalised word":
 * dictionary names are in sentence case ("Chest pain"), so capitals alone do not mark a name.
 */
const EPONYMS = new Set([
  'Addison',
  'Alzheimer',
  'Barrett',
  'Behcet',
  'Bell',
  'Bowen',
  'Buerger',
  'Burkitt',
  'Conn',
  'Crohn',
  'Cushing',
  'Down',
  'Dressler',
  'Dupuytren',
  'Ewing',
  'Fournier',
  'Graves',
  'Guillain',
  'Hashimoto',
  'Hirschsprung',
  'Hodgkin',
  'Huntington',
  'Kaposi',
  'Kawasaki',
  'Korsakoff',
  'Legg',
  'Ludwig',
  'Marfan',
  'Meniere',
  'Paget',
  'Parkinson',
  'Perthes',
  'Raynaud',
  'Reiter',
  'Reye',
  'Sheehan',
  'Sjogren',
  'Still',
  'Takayasu',
  'Tietze',
  'Tourette',
  'Turner',
  'Wernicke',
  'Whipple',
  'Wilms',
  'Wilson',
  'Zenker',
]);
const EPONYM_FORM = /^([A-Z][a-z]+)('s|')? (\S.*)$/;

function possessiveVariants(form: string): string[] {
  const eponym = EPONYM_FORM.exec(form);
  if (eponym === null || !EPONYMS.has(eponym[1])) return [];
  const [, name, possessive, rest] = eponym;
  // "Graves disease" = "Graves' disease"; "Crohn disease" = "Crohn's disease".
  const owned = name.endsWith('s') ? `${name}'` : `${name}'s`;
  return possessive === undefined ? [`${owned} ${rest}`] : [`${name} ${rest}`];
}

const OEDEMA_DEGREES = ['', '轻度', '中度', '重度', '明显'];
const OEDEMA_PITTING = ['', '凹陷性', '可凹性', '指凹性'];
const CHINESE_SITE_OEDEMA = /^(\p{Script=Han}+?)(水肿|浮肿)$/u;
const ENGLISH_SITE_OEDEMA = /^((?:\S+ )*)(\S+) (oedema|edema)$/;

function oedemaQualifierVariants(form: string): string[] {
  // Every oedema form ends in its word: the others are passed over before either pattern is tried.
  if (!(form.endsWith('肿') || form.endsWith('edema'))) return [];
  const chinese = CHINESE_SITE_OEDEMA.exec(form);
  if (chinese !== null) {
    const [, site, oedema] = chinese;
    if (/凹|度/.test(site)) return [];
    return OEDEMA_DEGREES.flatMap((degree) => OEDEMA_PITTING.map((pitting) => `${site}${degree}${pitting}${oedema}`)).filter((variant) => variant !== form);
  }
  const english = ENGLISH_SITE_OEDEMA.exec(form);
  if (english === null || english[2] === 'pitting') return [];
  const [, before, site, oedema] = english;
  return [`${before}pitting ${site} ${oedema}`, `pitting ${form}`];
}

/** Every spelling of a dictionary form the matcher should also accept (the form itself excluded). */
/**
 * English symptom nouns a clinician writes in the plural ("fevers", "headaches", "night sweats", "2 falls"): a list
 * of countable nouns rather than a rule, so adjectives ("febrile") and mass nouns ("dyspnoea", "pallor") never grow an "s".
 */
const COUNTABLE_SYMPTOM_NOUNS: ReadonlySet<string> = new Set([
  'ache',
  'headache',
  'backache',
  'fever',
  'sweat',
  'chill',
  'rigor',
  'rigour',
  'cramp',
  'spasm',
  'pain',
  'seizure',
  'fit',
  'fall',
  'ulcer',
  'vesicle',
  'blister',
  'nodule',
  'lesion',
  'bruise',
  'palpitation',
  'hallucination',
  'disturbance',
  'nosebleed',
  'faint',
  'blackout',
  'tremor',
  'jerk',
  'wheeze',
  'crackle',
  'crep',
  'murmur',
  'floater',
  'nightmare',
  'flashback',
  'delusion',
  'obsession',
  'compulsion',
  'sore',
  'swelling',
  'lump',
  'episode',
]);
const PLURAL_ES = /(?:sh|ch|x|ss)$/;

/** The plural of an English symptom name whose last word is a countable noun; none for anything else. */
export function symptomPluralVariants(form: string): string[] {
  // The lookbehind starts the word only where a run of letters starts: without it every position of a long run is
  // tried and the scan is quadratic.
  const last = /(?<![a-z])([a-z]+)$/.exec(form);
  if (last === null || !/^[a-z -]+$/.test(form) || !COUNTABLE_SYMPTOM_NOUNS.has(last[1])) return [];
  return [`${form}${PLURAL_ES.test(form) ? 'es' : 's'}`];
}

export function surfaceVariants(form: string): string[] {
  const numerals = numeralVariants(form);
  const spellings = spellingVariants(form);
  const possessives = possessiveVariants(form);
  const oedemas = oedemaQualifierVariants(form);
  // Most dictionary forms have no variant at all: no set to build for them.
  if (numerals.length + spellings.length + possessives.length + oedemas.length === 0) return [];
  const variants = new Set<string>();
  for (const variant of numerals) variants.add(variant);
  for (const variant of spellings) variants.add(variant);
  for (const variant of possessives) variants.add(variant);
  for (const variant of oedemas) variants.add(variant);
  variants.delete(form);
  return [...variants];
}
