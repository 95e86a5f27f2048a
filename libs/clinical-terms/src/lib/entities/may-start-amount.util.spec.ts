import { mayStartAmount } from './may-start-amount.util';

describe(mayStartAmount.name, () => {
  it('holds for exactly the code units that can open /^[\\s:]*\\d/, over the whole of UTF-16', () => {
    const opensAmount = /^[\s:\d]/;
    const disagreeing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (mayStartAmount(code) !== opensAmount.test(String.fromCharCode(code))) disagreeing.push(code);
    }
    expect(disagreeing).toEqual([]);
  });

  it('is false past the end of a text', () => {
    expect(mayStartAmount(''.charCodeAt(0))).toBe(false);
  });
});
