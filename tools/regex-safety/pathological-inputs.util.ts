/**
 * Inputs that make a backtracking regex engine go super-linear: a prefix the pattern accepts, then a long
 * run of something a quantifier can eat in more than one way, then a character that makes the match fail.
 * The prefixes and pumped units come from the pattern itself (its literal words, one character of each
 * class) plus text every clinical pattern meets: spaces, digit runs, CJK, full-width punctuation.
 */

const GENERIC_UNITS = [
  ' ',
  '\t',
  '\n',
  '1',
  'a',
  'A',
  'Aa ',
  'x1',
  '患',
  '一',
  '北京市',
  '路',
  '。',
  '，',
  '：',
  ':',
  '.',
  '-',
  '/',
  '(',
  '1-',
  '1 ',
  '1.',
  'a.',
  'a-',
  '12:',
  '1/',
  'ab@',
];
/** Units pumped after each of the pattern's own words: "MRN" + 8,000 spaces + "!" is the classic label attack. */
const AFTER_WORD_UNITS = [' ', '1', '1 ', '1-', 'a', 'A', '患', '：', '　'];
const MIXED = ['患者，：电话 1-a. MRN　病历号Aa;', '住院号ID 12 -：为 #No. ', 'ST段T波II III aVF 导联 '];
const MAX_WORDS = 8;
const MAX_CLASS_UNITS = 10;

const CLASS_ESCAPES: Record<string, string> = { d: '1', D: 'a', s: ' ', S: 'a', w: 'a', W: ' ' };

function readClass(source: string, start: number): { end: number; samples: string[] } {
  const samples: string[] = [];
  let i = start + 1;
  const negated = source[i] === '^';
  if (negated) i++;
  while (i < source.length && source[i] !== ']') {
    let char = source[i] ?? '';
    if (char === '\\') {
      const escaped = source[i + 1] ?? '';
      if (escaped === 'u') {
        char = String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        char = CLASS_ESCAPES[escaped] ?? escaped;
        i += 2;
      }
    } else {
      i += Array.from(source.slice(i, i + 2))[0]?.length ?? 1;
    }
    samples.push(char);
    // Skip the upper end of a range: its first character represents it.
    if (source[i] === '-' && source[i + 1] !== ']') {
      i += source[i + 1] === '\\' ? (source[i + 2] === 'u' ? 7 : 3) : 2;
    }
  }
  return { end: i + 1, samples: negated ? ['a', ' '] : samples };
}

/** Literal words (runs of letters, digits, CJK) and one character from every class and escape. */
export function patternAtoms(regex: RegExp): { words: string[]; units: string[] } {
  const source = regex.source;
  const words = new Set<string>();
  const units = new Set<string>();
  let word = '';
  const endWord = () => {
    if (word.length >= 2) words.add(word);
    word = '';
  };
  for (let i = 0; i < source.length; ) {
    const char = source[i] ?? '';
    if (char === '[') {
      endWord();
      const { end, samples } = readClass(source, i);
      samples.forEach((sample) => units.add(sample));
      i = end;
    } else if (char === '\\') {
      const escaped = source[i + 1] ?? '';
      if (CLASS_ESCAPES[escaped]) {
        endWord();
        units.add(CLASS_ESCAPES[escaped]);
      } else if (/[^A-Za-z0-9]/.test(escaped)) {
        word += escaped;
      } else {
        endWord();
      }
      i += escaped === 'u' ? 6 : 2;
    } else if (char === '{') {
      endWord();
      i = source.indexOf('}', i) + 1 || source.length;
    } else if (char === '(' && source[i + 1] === '?') {
      endWord();
      const named = /^\(\?<[A-Za-z]/.test(source.slice(i, i + 4));
      i = named ? source.indexOf('>', i) + 1 : i + (source[i + 2] === '<' ? 4 : 3);
    } else if ('|()?*+.^$'.includes(char)) {
      endWord();
      i++;
    } else {
      word += char;
      i++;
    }
  }
  endWord();
  return { words: spread([...words], MAX_WORDS), units: spread([...units], MAX_CLASS_UNITS) };
}

/** Up to `count` items taken evenly across the list, so long label lists are sampled end to end. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, k) => items[Math.floor((k * (items.length - 1)) / (count - 1))] as T);
}

/**
 * Most inputs end in '!', which few patterns accept. A pattern whose class includes '!' (trailing punctuation
 * trimmed with `[.!?]+$`) needs the pumped run to end in a character no class accepts instead.
 */
const FAILING_SUFFIXES = ['!', '\u0000'];

function pump(prefix: string, unit: string, length: number, suffix = '!'): string {
  const times = Math.max(1, Math.floor((length - prefix.length - suffix.length) / unit.length));
  return prefix + unit.repeat(times) + suffix;
}

/** One pathological input, written at any length: the same prefix, pumped unit and failing suffix at every length. */
export type PumpedInput = (length: number) => string;

/**
 * The pathological inputs for one pattern, each ending in a character that fails it; built only at the length asked,
 * since a pattern can have 250 of them and most are scanned only at short lengths.
 */
export function pathologicalInputs(regex: RegExp): PumpedInput[] {
  const { words, units } = patternAtoms(regex);
  const recipes = new Map<string, PumpedInput>();
  const add = (prefix: string, unit: string, suffix = '!') => {
    const key = JSON.stringify([prefix, unit, suffix]);
    if (!recipes.has(key)) recipes.set(key, (length) => pump(prefix, unit, length, suffix));
  };
  for (const unit of [...GENERIC_UNITS, ...units]) for (const suffix of FAILING_SUFFIXES) add('', unit, suffix);
  for (const word of words) {
    for (const unit of [...AFTER_WORD_UNITS, ...units]) add(word, unit);
    for (const repeated of [word, `${word} `, `${word}:`, `${word}1`, `${word}一`]) add('', repeated);
  }
  for (const mixed of MIXED) add('', mixed);
  return [...recipes.values()];
}
