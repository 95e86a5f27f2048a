import { CodeUnitSet } from './code-unit-set';

describe(CodeUnitSet.name, () => {
  const sut = new CodeUnitSet('省市区');

  it('finds the next code unit of the set, as a regex class does', () => {
    const note = '住址：河北省保定市竞秀区';
    const byRegex = [...note.matchAll(/[省市区]/g)].map((match) => match.index);
    const bySet: number[] = [];
    for (let at = sut.indexIn(note); at >= 0; at = sut.indexIn(note, at + 1)) bySet.push(at);
    expect(bySet).toEqual(byRegex);
  });

  it('answers -1 past the end and for a note without any', () => {
    expect(sut.indexIn('门诊复查')).toBe(-1);
    expect(sut.indexIn('省', 1)).toBe(-1);
    expect(sut.has('市'.charCodeAt(0))).toBe(true);
    expect(sut.has('a'.charCodeAt(0))).toBe(false);
  });
});
