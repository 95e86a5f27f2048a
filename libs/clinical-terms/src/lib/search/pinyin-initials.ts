/**
 * Pinyin initials of Chinese characters without a pinyin table: under the zh collation
 * (ICU, pinyin order) each initial letter owns a contiguous range, so the first character
 * of each range is a boundary. Covers the common (GB2312) characters by their most common
 * reading; polyphones get that reading, rare characters may be missed (then skipped).
 */
const BOUNDARIES: readonly [string, string][] = [
  ['a', '阿'],
  ['b', '八'],
  ['c', '嚓'],
  ['d', '哒'],
  ['e', '妸'],
  ['f', '发'],
  ['g', '旮'],
  ['h', '哈'],
  ['j', '讥'],
  ['k', '咔'],
  ['l', '垃'],
  ['m', '妈'],
  ['n', '拏'],
  ['o', '噢'],
  ['p', '妑'],
  ['q', '七'],
  ['r', '呥'],
  ['s', '仨'],
  ['t', '他'],
  ['w', '屲'],
  ['x', '夕'],
  ['y', '丫'],
  ['z', '帀'],
];

let collator: Intl.Collator | null | undefined;

/** A Node built without full ICU has no zh collation; then pinyin initials are simply not offered. */
function zhCollator(): Intl.Collator | null {
  if (collator === undefined) {
    const candidate = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
    const usable = candidate.resolvedOptions().locale.startsWith('zh') && candidate.compare('阿', '八') < 0 && candidate.compare('八', '嚓') < 0;
    collator = usable ? candidate : null;
  }
  return collator;
}
const cache = new Map<string, string | null>();

function initialOf(char: string): string | null {
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  const zh = zhCollator();
  if (zh === null) return null;
  let result: string | null = null;
  if (/[\u4e00-\u9fff]/.test(char) && zh.compare(char, BOUNDARIES[0][1]) >= 0 && zh.compare(char, '咗') < 0) {
    for (let i = BOUNDARIES.length - 1; i >= 0; i--) {
      if (zh.compare(char, BOUNDARIES[i][1]) >= 0) {
        result = BOUNDARIES[i][0];
        break;
      }
    }
  }
  cache.set(char, result);
  return result;
}

/** "心肌梗死" -> "xjgs"; Latin letters and digits are kept ("2型糖尿病" -> "2xtnb"); null if any character is unknown. */
export function pinyinInitials(term: string): string | null {
  let out = '';
  for (const char of term) {
    if (/[a-z0-9]/i.test(char)) out += char.toLowerCase();
    else if (/[\u4e00-\u9fff]/.test(char)) {
      const initial = initialOf(char);
      if (initial === null) return null;
      out += initial;
    }
  }
  return out.length > 0 ? out : null;
}
