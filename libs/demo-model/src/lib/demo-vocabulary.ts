/**
 * SentencePiece-style vocabulary for the demo model: Gemma's control tokens, the 256
 * byte-fallback tokens, and a few hundred merged pieces so English and Chinese clinical
 * text tokenises into whole words instead of single bytes.
 */

/** llama.cpp token types (llama_token_type / LLAMA_TOKEN_TYPE_*). */
export enum TokenType {
  Normal = 1,
  Unknown = 2,
  Control = 3,
  Byte = 6,
}

export interface DemoVocabulary {
  tokens: string[];
  scores: number[];
  tokenTypes: TokenType[];
  ids: { pad: number; eos: number; bos: number; unk: number; startOfTurn: number; endOfTurn: number };
}

const SPACE = '\u2581';

const CONTROL_TOKENS = ['<pad>', '<eos>', '<bos>', '<unk>', '<start_of_turn>', '<end_of_turn>', '<unused94>', '<unused95>'];

const ENGLISH_WORDS = (
  'the of and to in is for with on that by as are be this patient patients was or from at an ' +
  'not it which have has can may should if no blood pressure heart rate dose daily mg kg ml mmol ' +
  'kidney renal liver acute chronic disease treatment therapy diagnosis differential mechanism ' +
  'definition recommendation risk pain fever cough infection failure level levels test clinical ' +
  'guideline evidence insulin diabetes glucose creatinine potassium sodium hypertension stroke ' +
  'chest breath years old male female history user model thought answer system you what how when ' +
  'please explain cause causes signs symptoms first line drug drugs monitor serum urine hour hours ' +
  'day days week weeks increase decrease normal high low mild severe'
).split(' ');

const ENGLISH_FRAGMENTS = ['ing', 'ed', 'es', 'er', 'tion', 'al', 'ly', 'ic', 're', 'th', 'he', 'in', 'an', 'on'];

// Frequent characters of Chinese clinical text (患者, 血压, 肾功能 ...).
const CHINESE_CHARACTERS = Array.from(
  '的是在了和有不这为与病患者血压心率肾肝功能急慢性治疗诊断鉴别机制定义建议风险疼痛发热咳嗽感染衰竭水平' +
    '检查临床指南证据胰岛素糖尿尿酸钾钠高低药物剂量每日次用可能一般认为男女岁史症状体征原因监测增加减少正常轻重度',
);

const CHINESE_WORDS = ['患者', '血压', '心率', '肾功能', '治疗', '诊断', '鉴别', '机制', '定义', '建议', '糖尿病', '高血压', '感染', '药物'];

const SINGLE_CHARACTERS = Array.from(
  `${SPACE}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;!?()[]{}<>-_/+*=%'"#@&|\\~\`^$，。：；、！？（）`,
);

function byteToken(byte: number): string {
  return `<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`;
}

/**
 * SentencePiece merges two adjacent pieces only when their concatenation is in the vocabulary,
 * so every word also needs its prefixes to be reachable from single characters.
 */
function withPrefixes(words: readonly string[]): string[] {
  const pieces: string[] = [];
  for (const word of words) {
    const chars = Array.from(word);
    for (let end = 2; end <= chars.length; end++) pieces.push(chars.slice(0, end).join(''));
  }
  return pieces;
}

const FILLER_CONSONANTS = 'bcdfghjklmnprstvwz';
const FILLER_VOWELS = 'aeiou';

/**
 * The `index`-th filler piece: syllables spelled from the index (18 consonants x 5 vowels) and a closing q, every
 * other one opening a word. Plain ASCII, so whatever the model writes with them is valid UTF-8, and all distinct.
 */
function fillerPiece(index: number): string {
  const syllables: string[] = [];
  let rest = index;
  do {
    const syllable = rest % (FILLER_CONSONANTS.length * FILLER_VOWELS.length);
    syllables.push(`${FILLER_CONSONANTS[Math.floor(syllable / FILLER_VOWELS.length)]}${FILLER_VOWELS[syllable % FILLER_VOWELS.length]}`);
    rest = Math.floor(rest / (FILLER_CONSONANTS.length * FILLER_VOWELS.length));
  } while (rest > 0);
  return `${index % 2 ? SPACE : ''}${syllables.join('')}q`;
}

/**
 * `size`: the number of tokens; the demo pieces are padded with filler pieces up to it, so a benchmark model pays
 * for an output layer and sampling over a production-sized vocabulary (MedGemma's has 262,144 tokens). Without
 * it, the demo vocabulary as it always was.
 */
export function buildDemoVocabulary(size?: number): DemoVocabulary {
  const tokens: string[] = [];
  const scores: number[] = [];
  const tokenTypes: TokenType[] = [];
  const seen = new Set<string>();
  const add = (text: string, type: TokenType, score: number): void => {
    if (seen.has(text)) return;
    seen.add(text);
    tokens.push(text);
    scores.push(score);
    tokenTypes.push(type);
  };

  for (const control of CONTROL_TOKENS) add(control, control === '<unk>' ? TokenType.Unknown : TokenType.Control, 0);
  for (let byte = 0; byte < 256; byte++) add(byteToken(byte), TokenType.Byte, 0);

  // Longer pieces score higher so the merge order prefers whole words.
  const merged = [
    ...withPrefixes(ENGLISH_WORDS.map((word) => SPACE + word)),
    ...withPrefixes(ENGLISH_WORDS),
    ...withPrefixes(ENGLISH_FRAGMENTS),
    ...withPrefixes(CHINESE_WORDS),
    '\n\n',
  ];
  for (const piece of merged) add(piece, TokenType.Normal, Array.from(piece).length - tokens.length * 1e-4);
  for (const char of [...SINGLE_CHARACTERS, ...CHINESE_CHARACTERS, '\n']) add(char, TokenType.Normal, -tokens.length * 1e-4);
  if (size !== undefined) {
    if (!Number.isInteger(size) || size < tokens.length) throw new Error(`a demo vocabulary holds at least ${tokens.length} tokens, not ${size}`);
    // Filler pieces end in a q after a vowel and score below every demo piece: clinical text still tokenises into
    // the demo words, and only the model's own output reaches the fillers.
    for (let index = 0; tokens.length < size; index++) add(fillerPiece(index), TokenType.Normal, -1000 - tokens.length * 1e-4);
  }

  const id = (text: string): number => tokens.indexOf(text);
  return {
    tokens,
    scores,
    tokenTypes,
    ids: {
      pad: id('<pad>'),
      eos: id('<eos>'),
      bos: id('<bos>'),
      unk: id('<unk>'),
      startOfTurn: id('<start_of_turn>'),
      endOfTurn: id('<end_of_turn>'),
    },
  };
}
