import { AhoCorasick } from './aho-corasick';

describe(AhoCorasick.name, () => {
  it('reports every occurrence including overlapping and nested ones', () => {
    const sut = new AhoCorasick<string>();
    for (const word of ['he', 'she', 'his', 'hers']) sut.add(word, word);
    sut.build();
    const found: string[] = [];
    sut.scan('ushers', ({ start, end, payloads }) => found.push(`${payloads.join('|')}@${start}-${end}`));
    expect(found).toEqual(['she@1-4', 'he@2-4', 'hers@2-6']);
  });

  it('finds Chinese patterns without word boundaries', () => {
    const sut = new AhoCorasick<string>();
    sut.add('心肌梗死', 'mi');
    sut.add('梗死', 'infarct');
    const found: string[] = [];
    sut.scan('急性心肌梗死后', ({ payloads, start }) => found.push(`${payloads[0]}@${start}`));
    expect(found).toEqual(['mi@2', 'infarct@4']);
  });

  it('finds exactly the occurrences a naive search finds, over thousands of patterns sharing prefixes', () => {
    const alphabet = ['a', 'b', 'c', '心', '肌', '梗', '死', ' '];
    let state = 7;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    const word = (length: number) => Array.from({ length }, () => alphabet[next(alphabet.length)]).join('');
    const patterns = [...new Set(Array.from({ length: 3000 }, () => word(1 + next(6))))];
    const text = word(5000);
    const { found, expected } = scannedAndNaive(patterns, text);
    expect(found.sort()).toEqual(expected.sort());
  });

  it('finds exactly the occurrences a naive search finds where nodes have dozens of children', () => {
    // Forty characters from both ends of the BMP: after a common first character most nodes branch many ways.
    const alphabet = [...'abcdefghijklmnopqrstuvwxyz0123', ...'心肌梗死肺炎糖尿', '\u00b5', '\uffe5'];
    let state = 11;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      // The high bits: the low bits of this generator repeat with a short period.
      return (state >>> 16) % n;
    };
    const word = (length: number) => Array.from({ length }, () => alphabet[next(alphabet.length)]).join('');
    const patterns = [...new Set(Array.from({ length: 6000 }, () => word(1 + next(4))))];
    const text = word(20000);
    const { found, expected } = scannedAndNaive(patterns, text);
    expect(found.length).toBeGreaterThan(20000);
    expect(found.sort()).toEqual(expected.sort());
  });
});

/** Every occurrence of `patterns` in `text` as the automaton reports it and as a naive search finds it, as `pattern@start-end`. */
function scannedAndNaive(patterns: readonly string[], text: string): { found: string[]; expected: string[] } {
  const sut = new AhoCorasick<string>();
  for (const pattern of patterns) sut.add(pattern, pattern);
  sut.build();
  const found: string[] = [];
  sut.scanEach(text, (start, end, payloads) => found.push(...payloads.map((payload) => `${payload}@${start}-${end}`)));
  const expected: string[] = [];
  for (const pattern of patterns) {
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) expected.push(`${pattern}@${at}-${at + pattern.length}`);
  }
  return { found, expected };
}
