import { diffLines } from './line-diff.util';

describe(diffLines.name, () => {
  it('reports nothing changed for equal texts', () => {
    expect(diffLines({ before: 'a\nb', after: 'a\nb' }).every((line) => line.kind === 'same')).toBe(true);
  });

  it('shows a replaced line as removed then added, keeping common lines', () => {
    expect(diffLines({ before: '角色:医生\n回答四部分\n结束', after: '角色:医生\n回答五部分\n结束' })).toEqual([
      { kind: 'same', text: '角色:医生' },
      { kind: 'removed', text: '回答四部分' },
      { kind: 'added', text: '回答五部分' },
      { kind: 'same', text: '结束' },
    ]);
  });

  it('handles lines added at the end and removed at the start', () => {
    expect(diffLines({ before: 'x\ny', after: 'y\nz' })).toEqual([
      { kind: 'removed', text: 'x' },
      { kind: 'same', text: 'y' },
      { kind: 'added', text: 'z' },
    ]);
  });
});
