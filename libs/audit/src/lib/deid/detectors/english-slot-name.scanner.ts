import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, SURNAMES } from '../data/english-names';
import type { Detection } from '../deid.types';
import { followedByEponymNoun } from './english-name-pair.scorer';
import { HEADING_WORDS } from './english-lone-name.scanner';
import { isEnglishWord } from '../english-words';
import { holdsAny, mayMatch } from '../regex-scan.util';

/**
 * Names found by a slot that only a person fills, where the word itself may be an ordinary word (Bill, Sue, Will,
 * Young) or unlisted (Kat, Becca): a chat speaker after the first line of a chat ("… 🙄 Dev: I'll reinsert"), a word
 * before "(pt's husband)" or "(patient's surname)", a listed name before "from pharmacy" / "from the OT team" and a
 * verb or colon, an initial and surname before a role in brackets ("F. Mahmoud (GP)"), a quoted nickname inside a
 * name (Robert "Bobby" Tran), names in capitals (HOLLY JAMESON, KOWALSKI - bed 4), Korean names with a hyphenated
 * given name (Lee Min-ho) and a lower-case listed first name after "its" / "my son" in a patient's message.
 */
const PRIORITY = 54;
const WORD = String.raw`[A-Z][a-z]{1,14}`;
const NAME_TOKEN = String.raw`(?:[A-Z]['’]|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;

/** "[ward 7 chat]", "[ICU group]", "[Theatres WhatsApp]": a header that says the text is a chat. */
const CHAT_HEADER = /^\s*\[[^\]\n]{0,40}\b(?:chat|group|WhatsApp|Teams|Slack|messages?|thread|Signal)\]/i;
/** A speaker after a line break, a timestamp, a sentence end, a closing bracket or an emoji in a chat. */
const CHAT_SPEAKER = new RegExp(
  String.raw`(?:^|\n|\]\s|\d{1,2}:\d{2}(?:\s?[ap]m)?\]?\s|[.!?)]\s|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]\uFE0F?\s)[ \t]*(${WORD})(?=:\s)`,
  'gu',
);
const CHAT_HEADINGS = new Set(
  `Plan Update Note Notes Re Bed Bay Ward Room Obs Bloods Meds Action Task Jobs Todo Reminder Question Answer Reply Time Date
  Result Results Impression Summary Issue Issues Status Priority Location Subject Handover Admission Discharge Pending Done
  Edit Edited Sent Deleted Image Photo Attachment Link Voice Video Call Missed Yes No Ok Okay Thanks Urgent Update Fyi Also`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Bill (pt's husband)", "Young (patient's surname)": a word before a bracket that says whose relative or name it is. */
const POSSESSIVE_PERSON_BRACKET = new RegExp(
  String.raw`\b(${NAME_TOKEN})(?=\s?\((?:the\s)?(?:pt|patient|client|resident|child|baby)['’]s\s(?:(?:elder|younger|eldest|youngest|older)\s)?(?:wife|husband|son|daughter|mother|mum|mom|father|dad|sister|brother|partner|friend|carer|neighbou?r|niece|nephew|aunt|uncle|cousin|grand[a-z]+|step[a-z]+|fianc[ée]e?|girlfriend|boyfriend|surname|first\s+name|given\s+name|last\s+name|family\s+name|name|nickname|GP|nurse|social\s+worker|key\s?worker)\))`,
  'g',
);

/** "Sue from the OT team will visit", "Will from pharmacy: …", "Choi from the lab called". */
const FROM_TEAM = new RegExp(
  String.raw`\b(${NAME_TOKEN})(?= from (?:the )?(?:[A-Za-z]{2,12} ){0,2}(?:pharmacy|lab|labs|laboratory|team|dept|department|ward|office|desk|switchboard|reception|radiology|physio|dietetics|theatres?|ED|A&E|ICU|ITU|HDU|admin|estates|IT)(?: team)?(?:\s?:|,? (?:called|rang|phoned|said|says|will|is|was|has|had|asked|emailed|texted|confirmed|came|visited|wants|needs|reports|reported)\b))`,
  'g',
);

/**
 * Police, prison, church and civic titles and roles that the title list leaves out: "PC Hughes", "DS Owens",
 * "Pastor Williams", "prison officer Reid", "housing officer Jess Tomlinson".
 */
const OFFICER_TITLE = new RegExp(
  String.raw`\b(?:PC|PCSO|DC|DS|DI|DCI|Sgt|Sergeant|Inspector|Constable|Pastor|Imam|Rabbi|Cllr|Councillor|(?:prison|police|housing|probation|liaison|welfare|attendance|duty|custody)\s+officer)\.?\s(${NAME_TOKEN}(?:\s${NAME_TOKEN})?)`,
  'g',
);

/**
 * "Muthu Krishnan s/o Ramasamy", "Siti d/o Ahmad", "Lakshmi Devi, w/o Raju", "D/O Late Mohan Lal": the father's or
 * husband's name in the son-of / daughter-of / wife-of form of Indian, Malaysian and Singapore records. The name is
 * capitalised (lower-case s/o is "suggestive of" in a clinical note), and a lower-case w/o ("without") counts only
 * right after a name and its comma.
 */
const CHILD_OF = new RegExp(String.raw`(?:\b[SsDd]/[Oo]|\bW/[Oo]|(?<=[a-z],\s)w/o)\s(?:[Ll]ate\s)?(${NAME_TOKEN}(?:\s${NAME_TOKEN})?)`, 'g');
/** "alternate: Tom (617) 555-0187", "NOK Priya 07700 900123": a listed given name right before a phone number. */
const NAME_BEFORE_PHONE = new RegExp(String.raw`\b(${NAME_TOKEN})(?=\s(?:\(\d{2,5}\)\s?\d{3,4}[\s-]?\d{3,4}|\+?\d{2,5}[\s-]?\d{3,4}[\s-]?\d{3,4})(?!\d))`, 'g');
/**
 * Slots only a person fills, for a capitalised pair that may be in no list (Aroha Ngata, Tane Walker): before a date of
 * birth, before "of" and a unit or house number, and after the chart or record it owns ("accessed chart of Deepika Sharma").
 */
const PAIR_BEFORE_PERSON_DETAIL = new RegExp(
  String.raw`\b(${NAME_TOKEN}[ \t]${NAME_TOKEN})(?=[ \t]{1,3}(?:DOB|D\.O\.B\.?|born)\b|[ \t]of[ \t](?:Unit|Flat|Apt|Apartment|No\.)[ \t]?\d|[ \t]of[ \t]\d{1,5}[A-Za-z]?[ \t/-])`,
  'g',
);
/** Malay names with a patronymic: "Nurul Aisyah binti Rahman", "Ahmad bin Ismail", "Muthu a/l Raman". */
const MALAY_PATRONYMIC = new RegExp(
  String.raw`\b(${NAME_TOKEN}(?:[ \t]${NAME_TOKEN}){0,2}[ \t](?:binti|bin|bte|bt|a/l|a/p)[ \t]${NAME_TOKEN}(?:[ \t]${NAME_TOKEN})?)(?![A-Za-z'’-])`,
  'g',
);
const RECORD_OWNER = new RegExp(
  String.raw`\b(?:chart|record|records|notes|file|results|EHR|EMR|account|portal)[ \t]of[ \t](${NAME_TOKEN}[ \t]${NAME_TOKEN})(?![A-Za-z'’-])`,
  'g',
);
/**
 * "kwame: bro the consultant…↵efua: ok", "[07:12] kvasquez: …", "sophie.bell: …", "xiaoli：…": lower-case chat speakers
 * and user names, after a timestamp or not, read only where two different ones open lines.
 */
const LOWER_SPEAKER = /(?:^|\n)[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]?)?([a-z][a-z0-9._]{1,18}[a-z0-9])[:：][ \t]?/g;
/** "pt gave name as Deshawn", "goes by Mo": a name the person gave for themselves. */
const GAVE_NAME_AS = new RegExp(
  String.raw`\b(?:gave\s+(?:(?:his|her|their)\s+)?(?:first\s+)?name\s+as|goes\s+by|calls\s+(?:himself|herself|themselves))\s+(${NAME_TOKEN})`,
  'g',
);
/** "Terry is the pt's brother", "Dawn is the community matron for Mr Pickles": a word the sentence says is a person. */
const IS_THE_PERSON = new RegExp(
  String.raw`\b(${NAME_TOKEN})(?=,?\s(?:is|was)\s(?:(?:the\s)?(?:pt|patient|client|child)['’]s\s(?:wife|husband|son|daughter|mother|mum|father|dad|sister|brother|partner|friend|carer|neighbou?r|niece|nephew|aunt|uncle|cousin|grand[a-z]+)\b|the\s(?:community\s+matron|matron|key\s?worker|support\s+worker|social\s+worker|care\s+coordinator|named\s+nurse|district\s+nurse|health\s+visitor|link\s+worker|advocate|school\s+nurse|family\s+liaison\s+officer)\s(?:for|of|to)\b))`,
  'g',
);
/** "support worker for Tyreese", "key worker for Aaliyah": the person a worker is assigned to. */
const WORKER_FOR = new RegExp(String.raw`\b(?:support|key|link|social|care)\s?worker\s+for\s+(${NAME_TOKEN})(?![A-Za-z'’-])`, 'g');
/** "Baby girl Rodriguez", "baby boy Smith": a newborn known by the family name. */
const BABY_SURNAME = new RegExp(String.raw`\b[Bb]aby\s(?:girl|boy)\s(${NAME_TOKEN})`, 'g');
/** "grace and hope (twins, 3/12)": two names before a bracket that says they are twins or siblings. */
const TWIN_NAMES = /\b([A-Za-z][a-z]{2,14}) (?:and|&) ([A-Za-z][a-z]{2,14}) \((?:twins|twin\s(?:boys|girls|brothers|sisters)|siblings|brothers|sisters)\b/g;
/** "Kai (7) disclosed to teacher": an unlisted word before an age in brackets and a verb. */
const NAME_BRACKETED_AGE = new RegExp(
  String.raw`\b(${NAME_TOKEN}) \(\d{1,2}\)(?= (?:disclosed|said|told|was|is|has|had|attended|presented|lives|reported|reports|and)\b)`,
  'g',
);

/** "F. Mahmoud (GP)", "J. Okafor (consultant)": one initial and a surname before a role in brackets. */
const INITIAL_SURNAME_ROLE = new RegExp(
  String.raw`(?<![A-Za-z.])([A-Z]\.\s?${NAME_TOKEN})(?=\s?\((?:GP|consultant|registrar|SpR|SHO|FY[12]|RN|nurse|midwife|physio|pharmacist|surgeon|radiologist|anaesthetist|referrer|requester|author)\))`,
  'g',
);

/** Robert "Bobby" Tran, Siddharth ("Sid"), María José Ramírez (prefers "Majo"): a nickname in quotes inside or beside a name. */
const QUOTED_NICKNAME_FULL = new RegExp(String.raw`\b(${NAME_TOKEN} ["“'‘]${NAME_TOKEN}["”'’] ${NAME_TOKEN})`, 'g');
const NAME_BRACKETED_NICKNAME = new RegExp(String.raw`\b(${NAME_TOKEN}) \(["“](${NAME_TOKEN})["”]\)`, 'g');
const PREFERS_NICKNAME = new RegExp(String.raw`\((?:prefers|preferred(?:\sname)?|known\sas|goes\sby|called)\s["“](${NAME_TOKEN})["”]\)`, 'g');

/** Names in capitals: a listed given name and a listed surname (HOLLY JAMESON), or a listed surname before "- bed 4". */
const CAPITALS_PAIR = /(?<![A-Za-z'’-])([A-Z]{2,14}) ([A-Z]['’]?[A-Z]{1,16})(?![A-Za-z'’-])/g;
const CAPITALS_SURNAME_BED = /(?:^|\n)[ \t]*([A-Z]{3,16})(?=\s?[-–—,]\s?(?:bed|bay|rm|room|side\s?room)\s?\d)/gi;
const PERSON_AFTER_CAPITALS =
  /^[ ,]{1,2}(?:DOB|D\.O\.B|NHS|MRN|CALLED|RANG|PHONED|SAID|AGED?|\d{1,3}\s?[MF]\b|\(\d{1,3}|\((?:son|daughter|wife|husband|partner|mother|mum|mom|father|dad|sister|brother|NOK|next of kin|friend|carer|niece|nephew)\))/i;

/** Korean names: a surname and a hyphenated two-syllable given name in the Revised or McCune-Reischauer spelling. */
const KOREAN_SURNAMES = new Set(
  `Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Sin Kwon Hwang Ahn An
  Song Yoo Yu Hong Jeon Jun Ko Go Moon Mun Yang Son Sohn Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung Seong Cha Joo Ju Woo Min
  Ryu Yoo Na Jin Ji Um Eom Won Chae Pyo Bang Byun Gil Ma`
    .split(/\s+/)
    .filter(Boolean),
);
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhwy])?(?:yeo|yae|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|k|n|t|l|m|p)?$/;
const KOREAN_NAME = /(?<![A-Za-z'’-])([A-Z][a-z]{1,4}) ([A-Z][a-z]{0,4})-([a-z]{1,5})(?![A-Za-z'’-])/g;
/** "Ji-woo (preferred name Jenny) Kang": a hyphenated Korean given name opening a record, with or without the surname. */
const KOREAN_GIVEN_ALONE = /(?:^|(?<=\n|[.;]\s))([A-Z][a-z]{0,4})-([a-z]{1,5})(?=\s\(|\s[A-Z][a-z]+\b)/g;
/**
 * The hyphenated given name each Korean rule needs, with what the rule wants around it: a note without it is not
 * scanned, since trying either rule at every capital or line start costs more than this ("NT-proBNP" is neither).
 */
const KOREAN_NAME_SHAPE = /[A-Z][a-z]{1,4} [A-Z][a-z]{0,4}-[a-z]/;
const KOREAN_GIVEN_ALONE_SHAPE = /[A-Z][a-z]{0,4}-[a-z]{1,5}\s[(A-Z]/;

/** Hokkien and Teochew names written in Singapore and Malaysia: "Tan Ah Kow", "Lim Boon Huat", "Ah Beng". */
const HOKKIEN_SURNAMES = new Set(
  `Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Seah Foo Leong Lau Yap Tham Cheong Loh
  Pang Quek Heng Kwek Khoo Chew Phua Soh Neo Lai Liew Chin Chee Poh Tng Png Teh Yong Ooi Khor Lee Ting Kuah Gan Ho Hong Boey`
    .split(/\s+/)
    .filter(Boolean),
);
const HOKKIEN_SYLLABLES = new Set(
  `Ah Kow Boon Huat Kah Seng Siew Beng Hock Chye Eng Keng Kiat Kok Leng Liang Meng Peng Swee Teck Thiam Tiong Wee Hwee Geok Bee
  Choo Guat Lay Lian Gek Soon Hui Chin Chee Kiang Kee Hoe Heng Ling Mei Hua Lan Poh Kim Eng Yong Kwang Wah Chai Hong Seong Lip
  Tuan Tong Huay Soo Giok Cheng Hian Joo Siang Khim Sek Chuan Kiong Ann Aik Yeow Yew Ghee Bak Chuang`
    .split(/\s+/)
    .filter(Boolean),
);
const THREE_SYLLABLE_NAME = /(?<![A-Za-z'’-])([A-Z][a-z]{1,5}) ([A-Z][a-z]{1,5}) ([A-Z][a-z]{1,5})(?![A-Za-z'’-])/g;
/** "Ah Beng", "Ah Huat": the familiar prefix Ah before a listed syllable. */
const AH_NAME = /(?<![A-Za-z'’-])(Ah [A-Z][a-z]{1,5})(?![A-Za-z'’-])/g;

/** "its tanya again", "my son jayden", "her mum kamala": a lower-case first name in a patient's own words. */
const LOWER_SELF_OR_RELATIVE = new RegExp(
  String.raw`\b(?:(?:it['’]?s|this\s+is|i\s+am|i['’]?m|im|my\s+name\s+is)|(?:my|her|his|their|our)\s+(?:son|daughter|wife|husband|mum|mom|mother|dad|father|sister|brother|partner|baby|boy|girl|grandson|granddaughter|nan|gran|grandma|grandad|grandpa|niece|nephew))\s+([a-z]{3,12})(?=\s|[,.!?]|$)`,
  'gi',
);
/** "sarah - can u ring mrs jones back": a lower-case listed first name the message opens by addressing. */
const LOWER_ADDRESSEE = /^\s*([a-z]{3,12})\s?[-–—,:]\s{1,2}(?=(?:can|could|would|will|pls|plz|please|are|did|have|just|fyi)\b)/g;
/** "call jessica's mom back": a lower-case listed first name whose relative the message is about. */
const LOWER_POSSESSOR_OF_RELATIVE =
  /(?<![A-Za-z'’])([a-z]{3,12})['’]s\s(?:mom|mum|mam|dad|mother|father|wife|husband|son|daughter|sister|brother|partner|carer|grandma|grandpa|nan|gran)\b/g;
/** "…this week.↵Ken": a listed first name alone on the last line, signing off a message or an email. */
const NAME_LINE_SIGN_OFF = /\n[ \t]*([A-Z][a-z]{2,11})[ \t]*$/;
/** "… together?? - sarah": a lower-case listed first name signing off a message at its end. */
const LOWER_SIGN_OFF = /(?:\s[-–—]{1,2}\s?|\n)([a-z]{3,12})\s*$/g;

function isFreeWord(word: string): boolean {
  return !isClinicalEnglishWord(word) && !isClinicalEnglishTermWord(word);
}

/** A capitalised word that may be part of a name: no section heading, no clinical word. */
function couldBeNameWord(word: string): boolean {
  return !HEADING_WORDS.has(word) && isFreeWord(word);
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Listed given names that are also everyday lower-case words. */
const LOWER_CASE_WORD_NAMES = new Set(
  'don ray bob sandy penny rusty dusty chip ted ben nick pat sue mark bill will grant may june august april dawn hope grace faith joy rose lily ivy holly art gene guy max jack'.split(
    ' ',
  ),
);

function isListedPlainName(word: string): boolean {
  const titled = titleCase(word);
  return GIVEN_NAMES.has(titled) && !AMBIGUOUS_GIVEN_NAMES.has(titled) && !LOWER_CASE_WORD_NAMES.has(word.toLowerCase());
}

function push(detections: Detection[], start: number, value: string, score: number): void {
  detections.push({ type: 'name', start, end: start + value.length, priority: PRIORITY, score });
}

/** Runs `regex` over the text, or skips it when `needsAny` is given and the text holds none of those literals. */
function each(regex: RegExp, text: string, visit: (match: RegExpExecArray) => void, needsAny?: readonly string[]): void {
  if ((needsAny && !holdsAny(text, needsAny)) || !mayMatch(text, regex)) return;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    visit(match);
    if (match[0].length === 0) regex.lastIndex++;
  }
}

function groupStart(match: RegExpExecArray, group: number): number {
  const value = match[group] ?? '';
  return match.index + match[0].lastIndexOf(value);
}

function scanChatSpeakers(text: string, detections: Detection[]): void {
  if (!CHAT_HEADER.test(text)) return;
  each(CHAT_SPEAKER, text, (match) => {
    const word = match[1] ?? '';
    if (CHAT_HEADINGS.has(word) || !couldBeNameWord(word)) return;
    push(detections, groupStart(match, 1), word, 0.75);
  });
}

function scanPersonSlots(text: string, detections: Detection[]): void {
  each(
    POSSESSIVE_PERSON_BRACKET,
    text,
    (match) => {
      const word = match[1] ?? '';
      if (!isFreeWord(word)) return;
      push(detections, match.index, word, 0.8);
    },
    ["'s", '’s'],
  );
  each(
    FROM_TEAM,
    text,
    (match) => {
      const word = match[1] ?? '';
      if (!GIVEN_NAMES.has(word) && !AMBIGUOUS_GIVEN_NAMES.has(word) && !SURNAMES.has(word) && !KOREAN_SURNAMES.has(word) && !HOKKIEN_SURNAMES.has(word))
        return;
      if (!isFreeWord(word)) return;
      push(detections, match.index, word, 0.75);
    },
    [' from '],
  );
  const namedBySlot: readonly (readonly [RegExp, readonly string[]])[] = [
    [GAVE_NAME_AS, ['gave', 'goes', 'calls']],
    [WORKER_FOR, ['worker']],
    [BABY_SURNAME, ['aby']],
  ];
  for (const [regex, needsAny] of namedBySlot) {
    each(
      regex,
      text,
      (match) => {
        const word = match[1] ?? '';
        if (!couldBeNameWord(word)) return;
        push(detections, groupStart(match, 1), word, 0.75);
      },
      needsAny,
    );
  }
  const pairOfPerson = (match: RegExpExecArray) => {
    const value = match[1] ?? '';
    const words = value.split(/[ \t]/);
    if (words.some((word) => !couldBeNameWord(word))) return;
    // At least one word is in no English dictionary or is a listed name: "Date Of" and "Patient Record" are no one.
    if (words.every((word) => isEnglishWord(word.toLowerCase()) && !GIVEN_NAMES.has(word) && !SURNAMES.has(word))) return;
    push(detections, groupStart(match, 1), value, 0.7);
  };
  each(PAIR_BEFORE_PERSON_DETAIL, text, pairOfPerson, ['DOB', 'D.O.B', 'born', ' of ']);
  each(RECORD_OWNER, text, pairOfPerson, [' of ']);
  each(
    MALAY_PATRONYMIC,
    text,
    (match) => {
      const value = match[1] ?? '';
      const words = value.split(/[ \t]/);
      const particle = words.findIndex((word) => /^(?:binti|bin|bte|bt|a\/l|a\/p)$/.test(word));
      // The father's name after the particle is a name: "Recycling bin Collection" has an English word there.
      const father = words.slice(particle + 1);
      if (words.some((word) => !couldBeNameWord(word)) || father.every((word) => isEnglishWord(word.toLowerCase()))) return;
      // "Nurul Aisyah binti Rahman  Ward 5B": a place word the capitalised run took is no part of the name.
      while (words.length > particle + 2 && /^(?:Ward|Bed|Bay|Room|Unit)$/.test(words.at(-1) ?? '')) words.pop();
      push(detections, groupStart(match, 1), words.join(' '), 0.75);
    },
    [' bin', ' bt', ' bte', ' a/'],
  );
  each(
    CHILD_OF,
    text,
    (match) => {
      const value = match[1] ?? '';
      if (value.split(' ').some((word) => !couldBeNameWord(word) || isEnglishWord(word.toLowerCase()))) return;
      push(detections, groupStart(match, 1), value, 0.75);
    },
    ['/o', '/O'],
  );
  each(NAME_BEFORE_PHONE, text, (match) => {
    const word = match[1] ?? '';
    if (!GIVEN_NAMES.has(word) || AMBIGUOUS_GIVEN_NAMES.has(word) || !couldBeNameWord(word)) return;
    push(detections, match.index, word, 0.7);
  });
  each(IS_THE_PERSON, text, (match) => {
    const word = match[1] ?? '';
    if (!couldBeNameWord(word) || /^(?:The|This|That|He|She|It|Who|Which)$/.test(word)) return;
    push(detections, match.index, word, 0.75);
  });
  each(
    TWIN_NAMES,
    text,
    (match) => {
      const first = match[1] ?? '';
      const second = match[2] ?? '';
      const listedOrUnknown = (word: string) =>
        GIVEN_NAMES.has(titleCase(word)) || AMBIGUOUS_GIVEN_NAMES.has(titleCase(word)) || !isEnglishWord(word.toLowerCase());
      if (![first, second].every((word) => isFreeWord(word) && listedOrUnknown(word))) return;
      push(detections, match.index, first, 0.7);
      push(detections, groupStart(match, 2), second, 0.7);
    },
    ['twin', 'sibling', 'brothers', 'sisters'],
  );
  each(
    NAME_BRACKETED_AGE,
    text,
    (match) => {
      const word = match[1] ?? '';
      if (!couldBeNameWord(word)) return;
      if (!GIVEN_NAMES.has(word) && isEnglishWord(word.toLowerCase()) && !/^[A-Z][a-z]{1,3}$/.test(word)) return;
      push(detections, match.index, word, 0.7);
    },
    [' ('],
  );
  each(OFFICER_TITLE, text, (match) => {
    let value = match[1] ?? '';
    const words = value.split(' ');
    if (words.length === 2 && !SURNAMES.has(words[1] ?? '') && isEnglishWord((words[1] ?? '').toLowerCase())) value = words[0] ?? '';
    const first = value.split(' ')[0] ?? '';
    // The title makes an eponym a person ("PC Hughes"): only an eponym noun after it ("Hughes syndrome") undoes it.
    if (HEADING_WORDS.has(first) || value.split(' ').some((word) => isClinicalEnglishWord(word))) return;
    const start = groupStart(match, 1);
    if (followedByEponymNoun(text, start + value.length)) return;
    push(detections, start, value, 0.75);
  });
  each(INITIAL_SURNAME_ROLE, text, (match) => {
    const value = match[1] ?? '';
    const surname = value.replace(/^[A-Z]\.\s?/, '');
    if (!isFreeWord(surname) || isEnglishWord(surname.toLowerCase())) return;
    push(detections, match.index, value, 0.75);
  });
}

function scanNicknames(text: string, detections: Detection[]): void {
  each(
    QUOTED_NICKNAME_FULL,
    text,
    (match) => {
      const value = match[1] ?? '';
      const words = value.split(/[ "“”'‘’]+/).filter(Boolean);
      if (!GIVEN_NAMES.has(words[0] ?? '') || !words.every(isFreeWord)) return;
      push(detections, match.index, value, 0.8);
    },
    ['"', '“', "'", '‘'],
  );
  each(
    NAME_BRACKETED_NICKNAME,
    text,
    (match) => {
      const name = match[1] ?? '';
      const nick = match[2] ?? '';
      if (!isFreeWord(name) || !isFreeWord(nick) || isEnglishWord(name.toLowerCase())) return;
      // The nickname shares the name's first letters ("Siddharth" → "Sid"): a drug and its brand do not.
      if (!name.toLowerCase().startsWith(nick.toLowerCase().slice(0, 2))) return;
      push(detections, match.index, name, 0.75);
      push(detections, groupStart(match, 2), nick, 0.75);
    },
    ['("', '(“'],
  );
  each(
    PREFERS_NICKNAME,
    text,
    (match) => {
      const nick = match[1] ?? '';
      if (!isFreeWord(nick)) return;
      push(detections, groupStart(match, 1), nick, 0.75);
    },
    ['(prefer', '(known', '(goes', '(called'],
  );
}

function scanCapitals(text: string, detections: Detection[]): void {
  each(CAPITALS_PAIR, text, (match) => {
    const first = titleCase(match[1] ?? '');
    const second = titleCase((match[2] ?? '').replace(/['’]/, ''));
    if (!GIVEN_NAMES.has(first) && !AMBIGUOUS_GIVEN_NAMES.has(first)) return;
    const end = match.index + match[0].length;
    const personAfter = PERSON_AFTER_CAPITALS.test(text.slice(end, end + 12));
    if (!SURNAMES.has(second) && !(personAfter && !isEnglishWord(second.toLowerCase()))) return;
    if (AMBIGUOUS_GIVEN_NAMES.has(first) && !personAfter) return;
    if (!isFreeWord(first) || !isFreeWord(second)) return;
    push(detections, match.index, match[0], 0.75);
  });
  each(CAPITALS_SURNAME_BED, text, (match) => {
    const word = match[1] ?? '';
    if (word !== word.toUpperCase()) return;
    const titled = titleCase(word);
    if (!SURNAMES.has(titled) && isEnglishWord(word.toLowerCase())) return;
    if (!isFreeWord(titled) || !isFreeWord(word)) return;
    if (word.length <= 4 && !SURNAMES.has(titled)) return; // NBM, DNAR, ICU
    push(detections, groupStart(match, 1), word, 0.7);
  });
}

function isKoreanGiven(first: string, second: string): boolean {
  return KOREAN_SYLLABLE.test(first.toLowerCase()) && KOREAN_SYLLABLE.test(second);
}

function scanAsianRomanisations(text: string, detections: Detection[]): void {
  if (KOREAN_NAME_SHAPE.test(text)) {
    each(KOREAN_NAME, text, (match) => {
      if (!KOREAN_SURNAMES.has(match[1] ?? '') || !isKoreanGiven(match[2] ?? '', match[3] ?? '')) return;
      push(detections, match.index, match[0], 0.8);
    });
  }
  if (KOREAN_GIVEN_ALONE_SHAPE.test(text)) {
    each(KOREAN_GIVEN_ALONE, text, (match) => {
      if (!isKoreanGiven(match[1] ?? '', match[2] ?? '')) return;
      push(detections, match.index, match[0], 0.7);
      const after = /^\s\((?:preferred\sname|known\sas|aka)\s[A-Z][a-z]+\)\s([A-Z][a-z]{1,6})\b/.exec(text.slice(match.index + match[0].length));
      if (after && KOREAN_SURNAMES.has(after[1] ?? '')) {
        const start = match.index + match[0].length + after[0].length - (after[1] ?? '').length;
        push(detections, start, after[1] ?? '', 0.7);
      }
    });
  }
  each(THREE_SYLLABLE_NAME, text, (match) => {
    const [surname, a, b] = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
    if (!HOKKIEN_SURNAMES.has(surname) || !HOKKIEN_SYLLABLES.has(a) || !HOKKIEN_SYLLABLES.has(b)) return;
    if (!isFreeWord(a) || !isFreeWord(b)) return;
    push(detections, match.index, match[0], 0.75);
  });
  each(AH_NAME, text, (match) => {
    const syllable = (match[1] ?? '').slice(3);
    if (!HOKKIEN_SYLLABLES.has(syllable) || !isFreeWord(syllable)) return;
    push(detections, match.index, match[1] ?? '', 0.7);
  });
}

function scanLowerCaseNames(text: string, detections: Detection[]): void {
  each(LOWER_SELF_OR_RELATIVE, text, (match) => {
    const word = match[1] ?? '';
    if (word !== word.toLowerCase() || !isFreeWord(word)) return;
    // An unlisted word counts only after a relative ("my son jayden") and when it is no English word.
    const relative = !/^(?:it|this|i|im|my\s+name)/i.test(match[0]);
    if (!isListedPlainName(word) && !(relative && word.length >= 4 && !isEnglishWord(word))) return;
    const start = groupStart(match, 1);
    // "my daughter emma rose": a second listed given name runs on as a middle name.
    const next = /^ ([a-z]{3,12})\b/.exec(text.slice(start + word.length));
    const middle = next && GIVEN_NAMES.has(titleCase(next[1] ?? '')) && isFreeWord(next[1] ?? '') ? next[0] : '';
    push(detections, start, word + middle, 0.7);
  });
  if (text.includes(':') || text.includes('：')) {
    const speakers: RegExpExecArray[] = [];
    each(LOWER_SPEAKER, text, (match) => void speakers.push(match));
    const timedSpeakers = new Set(speakers.filter((match) => match[0].includes('[')).map((match) => match[1])).size;
    const plausible = speakers.filter((match) => {
      const word = match[1] ?? '';
      // "sam:", "lee:": a listed name that is also a word counts, since two different speakers must open lines.
      // A user name with a dot, an underscore or a digit is no word at all ("sophie.bell", "j_park2").
      if (/[._\d]/.test(word)) return /[a-z]{3}/.test(word);
      // In a chat log whose lines open with a time ("[09:02] amir: …") the word before the colon is whoever wrote it.
      if (match[0].includes('[') && timedSpeakers >= 2) return isFreeWord(word) && !HEADING_WORDS.has(titleCase(word));
      const nameLike = !isEnglishWord(word) || isListedPlainName(word) || SURNAMES.has(titleCase(word));
      return nameLike && isFreeWord(word) && !HEADING_WORDS.has(titleCase(word));
    });
    if (new Set(plausible.map((match) => match[1])).size >= 2) for (const match of plausible) push(detections, groupStart(match, 1), match[1] ?? '', 0.65);
  }
  each(LOWER_ADDRESSEE, text, (match) => {
    const word = match[1] ?? '';
    if (isListedPlainName(word) && isFreeWord(word)) push(detections, groupStart(match, 1), word, 0.65);
  });
  each(LOWER_POSSESSOR_OF_RELATIVE, text, (match) => {
    const word = match[1] ?? '';
    if (isListedPlainName(word) && isFreeWord(word)) push(detections, groupStart(match, 1), word, 0.65);
  });
  const signedName = NAME_LINE_SIGN_OFF.exec(text.trimEnd());
  if (signedName && isListedPlainName(signedName[1] ?? '') && couldBeNameWord(signedName[1] ?? '')) {
    push(detections, signedName.index + signedName[0].length - (signedName[1] ?? '').length, signedName[1] ?? '', 0.65);
  }
  // The sign-off ends the note: only a note whose last word ends in a lower-case letter can hold one (\s is what trimEnd trims).
  if (/[a-z]$/.test(text.trimEnd()))
    each(LOWER_SIGN_OFF, text, (match) => {
      const word = match[1] ?? '';
      // After a dash ("will do - tom") or a sentence that ended ("… together?? sarah").
      if (!/^\s[-–—]/.test(match[0]) && !/[?!.]/.test(text.slice(Math.max(0, match.index - 3), match.index + 1))) return;
      if (!isListedPlainName(word) || !isFreeWord(word)) return;
      push(detections, groupStart(match, 1), word, 0.65);
    });
}

export function scanEnglishSlotNames(text: string): Detection[] {
  const detections: Detection[] = [];
  scanChatSpeakers(text, detections);
  scanPersonSlots(text, detections);
  scanNicknames(text, detections);
  scanCapitals(text, detections);
  scanAsianRomanisations(text, detections);
  scanLowerCaseNames(text, detections);
  return detections;
}
