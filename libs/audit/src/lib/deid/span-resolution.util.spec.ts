import { resolveOverlaps } from './span-resolution.util';

describe(resolveOverlaps.name, () => {
  it('keeps the longest of overlapping spans', () => {
    const sut = resolveOverlaps([
      { type: 'url', start: 5, end: 12, priority: 30 },
      { type: 'email', start: 0, end: 12, priority: 60 },
    ]);
    expect(sut).toEqual([{ type: 'email', start: 0, end: 12, priority: 60 }]);
  });

  it('prefers the more specific detector for equal spans and keeps disjoint spans in order', () => {
    const sut = resolveOverlaps([
      { type: 'other-id', start: 20, end: 25, priority: 10 },
      { type: 'account', start: 0, end: 10, priority: 55 },
      { type: 'social-security', start: 0, end: 10, priority: 65 },
    ]);
    expect(sut.map((d) => d.type)).toEqual(['social-security', 'other-id']);
  });
});
