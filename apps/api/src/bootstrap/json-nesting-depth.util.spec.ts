import { exceedsJsonNestingDepth } from './json-nesting-depth.util';

const check = (text: string, maxDepth = 3) => exceedsJsonNestingDepth({ json: Buffer.from(text), maxDepth });

describe(exceedsJsonNestingDepth.name, () => {
  it('accepts nesting up to the limit, objects and arrays alike', () => {
    expect(check('{"a":[{"b":1}]}')).toBe(false);
    expect(check('[[[]]]')).toBe(false);
    expect(check('{"a":1}{"b":2}')).toBe(false);
  });

  it('refuses one level more', () => {
    expect(check('{"a":[{"b":[1]}]}')).toBe(true);
    expect(check('[[[[]]]]')).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(check('{"a":"[[[[{{{{"}')).toBe(false);
    expect(check('{"a":"\\"[[[[[["}')).toBe(false);
    expect(check('{"a":"\\\\","b":[[[[1]]]]}')).toBe(true);
  });

  it('handles thousands of levels without recursion', () => {
    const depth = 100_000;
    expect(exceedsJsonNestingDepth({ json: Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`), maxDepth: 64 })).toBe(true);
  });
});
