import { withoutNul } from './without-nul.util';

describe(withoutNul.name, () => {
  const sut = withoutNul;

  it('drops NUL characters and keeps every other character', () => {
    expect(sut({ text: 'a\u0000b\u0000\u0000c 肌酐\n\t' })).toBe('abc 肌酐\n\t');
  });

  it('gives back text without NUL as it is', () => {
    expect(sut({ text: '## 定义\n急性肾损伤' })).toBe('## 定义\n急性肾损伤');
  });
});
