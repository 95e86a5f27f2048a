import { findUnsafeString } from './unsafe-string.util';

describe(findUnsafeString.name, () => {
  it('names the path of a NUL or a lone surrogate, at any depth', () => {
    expect(findUnsafeString({ value: { displayName: 'Zhang\u0000Wei' }, path: '' })).toEqual({ path: 'displayName', problem: 'contains a NUL character' });
    expect(findUnsafeString({ value: { messages: [{ content: 'ok' }, { content: 'x\ud800' }] }, path: '' })).toEqual({
      path: 'messages[1].content',
      problem: 'is not valid Unicode text (a lone surrogate)',
    });
    expect(findUnsafeString({ value: '\udc00', path: 'id' })).toMatchObject({ path: 'id' });
    expect(findUnsafeString({ value: { ['a\u0000']: 1 }, path: '' })).toEqual({ path: 'body', problem: 'has a field name that contains a NUL character' });
  });

  it('accepts every well-formed text, surrogate pairs (emoji, rare CJK) and other control characters included', () => {
    expect(findUnsafeString({ value: { text: '胸痛2小时 😀 𠀀 tab\tline\n', n: 1, list: ['a', null, true] }, path: '' })).toBeUndefined();
  });
});
