import { firstOpeningPosition, forgetLiteralPresence, holdsAny, holdsAnyLowerCasedOpening, openingPositions } from './literal-presence.util';

describe('literal presence (which words a note can hold, read once)', () => {
  it('answers as includes does for literals present and absent', () => {
    const note = '入院记录：住院号ZY20240311，微信号 wx_zhang。Plan discussed with his daughter.';
    expect(holdsAny(note, ['住院号'])).toBe(true);
    expect(holdsAny(note, ['护照', 'passport'])).toBe(false);
    expect(holdsAny(note, ['QQ', 'daughter'])).toBe(true);
    expect(holdsAny(note, ['Daughter'])).toBe(false);
    expect(holdsAnyLowerCasedOpening(note, note.toLowerCase(), [{ literal: 'plan discussed', afterWordEdge: false }])).toBe(true);
  });

  it('never rules out a literal that is there, on random notes and literals (collisions only let absent ones through)', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = 'abcdeABCDE住院号微信 ，。:-0123456789';
    const pick = (length: number) => Array.from({ length }, () => alphabet.charAt(Math.floor(random() * alphabet.length))).join('');
    for (let round = 0; round < 300; round++) {
      const note = pick(5 + Math.floor(random() * 400));
      const literals = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(1 + Math.floor(random() * 4)));
      expect(holdsAny(note, literals)).toBe(literals.some((literal) => note.includes(literal)));
    }
  });

  it('lists every place for an empty opening, once each, and ends (no rule gives one today, but a list must never loop)', () => {
    expect(openingPositions('abc', null, [{ literal: '', afterWordEdge: false }])).toEqual([0, 1, 2, 3]);
    expect(openingPositions('', null, [{ literal: '', afterWordEdge: false }])).toEqual([0]);
    expect(firstOpeningPosition('abc', null, [{ literal: '', afterWordEdge: true }])).toBe(0);
  });

  it('reads a new note when the note changes, and forgets the last one', () => {
    expect(holdsAny('MRN 00482913', ['MRN'])).toBe(true);
    expect(holdsAny('门诊复查', ['MRN'])).toBe(false);
    forgetLiteralPresence();
    expect(holdsAny('门诊复查', ['复查'])).toBe(true);
  });
});
