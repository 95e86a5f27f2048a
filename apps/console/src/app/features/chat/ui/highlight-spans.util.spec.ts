import { splitBySpans } from './highlight-spans.util';

describe(splitBySpans.name, () => {
  it('returns the whole text when nothing is flagged', () => {
    expect(splitBySpans({ text: 'abc', spans: [] })).toEqual([{ text: 'abc', flag: null }]);
  });

  it('marks spans with the index of their flag, in text order', () => {
    const sut = splitBySpans({
      text: '按KDIGO 2012,可能是AKI',
      spans: [
        { start: 13, end: 15 },
        { start: 1, end: 11 },
      ],
    });
    expect(sut).toEqual([
      { text: '按', flag: null },
      { text: 'KDIGO 2012', flag: 1 },
      { text: ',可', flag: null },
      { text: '能是', flag: 0 },
      { text: 'AKI', flag: null },
    ]);
  });

  it('keeps every character once when spans overlap or run past the end', () => {
    const text = 'abcdef';
    const sut = splitBySpans({
      text,
      spans: [
        { start: 1, end: 4 },
        { start: 2, end: 99 },
      ],
    });
    expect(sut.map((segment) => segment.text).join('')).toBe(text);
    expect(sut.at(-1)).toEqual({ text: 'ef', flag: 1 });
  });
});
