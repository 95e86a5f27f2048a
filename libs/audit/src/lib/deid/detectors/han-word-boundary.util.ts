/**
 * ICU word segmentation (`Intl.Segmenter`, built into Node) tells where a name ends when the word after
 * it is in no list: in "郭建平核对身份" and "薛桂兰下午体温正常" a word of two or more Han characters
 * starts right after the name. A candidate is no name where ICU finds no boundary after its surname
 * ("母亲宋…", "房东李…": the surname character opens a word) or none where the name would end
 * ("高明显升高", "高血压").
 */
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_WORD = /^[\u4e00-\u9fa5]{2,}$/;
/** How far past the candidate to segment: enough for the next word, little enough to stay cheap. */
const LOOKAHEAD = 4;
/** Results by window: a note repeats its names, and ICU costs tens of microseconds a call. */
const CACHE = new Map<string, NameBoundary>();
const CACHE_SIZE = 4096;

/**
 * `word`: boundaries after the surname and at `end`, and a word of two or more Han characters after it;
 * `boundary`: both boundaries only; `none`: the surname or the name ends inside a word.
 */
export type NameBoundary = 'word' | 'boundary' | 'none';

/**
 * What ICU's segmentation says about a name candidate `text[start, end)` whose surname ends at `surnameEnd`;
 * pass `surnameEnd = start` to skip the surname check.
 */
export function nameBoundaryAt({ text, start, surnameEnd, end }: { text: string; start: number; surnameEnd: number; end: number }): NameBoundary {
  const window = text.slice(start, Math.min(text.length, end + LOOKAHEAD));
  const surnameOffset = surnameEnd - start;
  const offset = end - start;
  const key = `${surnameOffset}:${offset}:${window}`;
  const cached = CACHE.get(key);
  if (cached !== undefined) return cached;
  let result: NameBoundary = 'none';
  let surnameStands = surnameOffset === 0;
  for (const { index, segment } of SEGMENTER.segment(window)) {
    if (index === surnameOffset) surnameStands = true;
    if (index < offset) continue;
    if (index === offset && surnameStands) result = HAN_WORD.test(segment) ? 'word' : 'boundary';
    break;
  }
  if (offset >= window.length && surnameStands) result = 'boundary';
  if (CACHE.size >= CACHE_SIZE) CACHE.clear();
  CACHE.set(key, result);
  return result;
}

/** Whether ICU reads `text[start, end)` as one word of its own: 申请 in "申请复印", but not 申 alone there. */
export function isOneWord({ text, start, end }: { text: string; start: number; end: number }): boolean {
  const window = text.slice(start, Math.min(text.length, end + LOOKAHEAD));
  const key = `w${end - start}:${window}`;
  const cached = WORD_CACHE.get(key);
  if (cached !== undefined) return cached;
  let result = false;
  for (const { index, segment } of SEGMENTER.segment(window)) {
    result = index === 0 && segment.length === end - start;
    break;
  }
  if (WORD_CACHE.size >= CACHE_SIZE) WORD_CACHE.clear();
  WORD_CACHE.set(key, result);
  return result;
}
const WORD_CACHE = new Map<string, boolean>();

/** ICU's words of `text`, in order: 张口|受限, 王|芳. */
export function wordSegments(text: string): string[] {
  return Array.from(SEGMENTER.segment(text), ({ segment }) => segment);
}
