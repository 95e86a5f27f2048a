import { forgetNote, holdsAny, lowerCased, mayMatch, openingsOf, scanLastGroup } from './regex-scan.util';

/** The literals of a source's openings, without their word-edge flags. */
const leadingLiterals = (source: string, ignoreCase?: boolean): string[] | null => openingsOf(source, ignoreCase)?.map((opening) => opening.literal) ?? null;

describe('holdsAny (a rule runs only where a literal every match needs is present)', () => {
  it('finds any one of the literals, case as written', () => {
    expect(holdsAny('support worker for Tyreese', ['carer', 'worker'])).toBe(true);
    expect(holdsAny('Support Worker for Tyreese', ['worker'])).toBe(false);
    expect(holdsAny('微信号：zhang_wei', ['QQ', '微信'])).toBe(true);
  });

  it('holds nothing for an empty list or an empty text', () => {
    expect(holdsAny('any text', [])).toBe(false);
    expect(holdsAny('', ['a'])).toBe(false);
  });
});

describe('scanLastGroup', () => {
  it('places each detection on the last capture group', () => {
    const detections = scanLastGroup({ text: '工号：A1234，工号：B5678', regex: /工号：([A-Z]\d{4})/g, type: 'other-id', priority: 50 });
    expect(detections.map(({ start, end }) => [start, end])).toEqual([
      [3, 8],
      [12, 17],
    ]);
  });
});

describe('leadingLiterals (the words a label rule needs before it is run)', () => {
  it('reads the literal each alternative opens with, lower-cased', () => {
    expect(leadingLiterals(String.raw`住院号|MRN|medical\s+record(?:\s+number)?|ID号`)).toEqual(['住院号', 'mrn', 'medical', 'id号']);
  });

  it('passes over \\b and lookarounds, skips an optional leading group and opens a leading group', () => {
    expect(leadingLiterals(String.raw`\b(?:room|rm|bay)(?:\s+no\.?)?`)).toEqual(['room', 'rm', 'bay']);
    expect(leadingLiterals(String.raw`(?:标本|样本)?(?:条形码|条码)号?`)).toEqual(['条形码', '条码']);
    expect(leadingLiterals(String.raw`(?<!(?:specimen|study)\s{0,2})\bID(?=\s{0,2}[:：#])`)).toEqual(['id']);
    expect(leadingLiterals(String.raw`(?:新型)?农村合作医疗[证卡]?`)).toEqual(['农村合作医疗']);
  });

  it('leaves out a character a quantifier makes optional', () => {
    expect(leadingLiterals(String.raw`records?|licen[cs]e`)).toEqual(['record', 'licen']);
  });

  it('gives no literals when an alternative opens with a class or an escape', () => {
    expect(leadingLiterals(String.raw`病历号|[A-Z]{2}\d`)).toBeNull();
    expect(leadingLiterals(String.raw`\d{6}|MRN`)).toBeNull();
  });

  it('keeps a | inside a class or a group inside its alternative', () => {
    expect(leadingLiterals(String.raw`S[|/]N|(?:a|b)c`)).toEqual(['s', 'a', 'b']);
  });
});

describe('mayMatch', () => {
  it('rules a regex out only when the text holds none of the literals its matches open with', () => {
    expect(mayMatch('住院号：ZY20240311', /(?:住院号|MRN)：(\w+)/g)).toBe(true);
    expect(mayMatch('门诊复查', /(?:住院号|MRN)：(\w+)/g)).toBe(false);
    expect(mayMatch('any text', /[A-Z]\d{6}/g)).toBe(true);
  });

  it('reads the lower-cased note for a rule that ignores case, and forgets it when asked', () => {
    expect(mayMatch('Passport No. E1234567', /passport\s+no\.?\s*(\w+)/gi)).toBe(true);
    expect(mayMatch('Passport No. E1234567', /passport\s+no\.?\s*(\w+)/g)).toBe(false);
    expect(lowerCased('Passport No. E1234567')).toBe('passport no. e1234567');
    forgetNote();
    expect(lowerCased('MRN')).toBe('mrn');
  });

  it('needs a literal behind a word edge where the rule guards its start: "line" inside "guideline" is no "Line ID"', () => {
    const handle = /(?<![A-Za-z0-9])(?:微信|\bVX(?=\s)|Line\s+ID)\s*[:：]?\s*(\w+)/gi;
    expect(mayMatch('Per the 2023 ESC ACS guideline, aspirin', handle)).toBe(false);
    expect(mayMatch('guideline; LINE ID: mei_lin', handle)).toBe(true);
    expect(mayMatch('女儿微信：lily', handle)).toBe(true);
    // Lower-casing turns the Kelvin sign into "k"; the rule still matches after it, so the note is not ruled out.
    expect(mayMatch('\u212Aline id abc', handle)).toBe(true);
    forgetNote();
  });

  it('never rules out a note the rule matches, on random notes around guarded and unguarded openings', () => {
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = ['line', 'Line', 'LINE', ' ID', ' id', 'guide', 'x', '9', '_', ' ', '：', '微信', 'vx', 'VX', 'room', 'rm', '\u212A', 'İ', 'abc'];
    const rules = [/(?<![A-Za-z0-9])(?:微信|\bVX(?=\s)|Line\s+ID)\s*[:：]?\s*(\w+)/gi, /\b(?:room|rm)\s*(\d+)/g, /(?<![0-9A-Za-z])(?:x)?line(?:\s+id)?/gi];
    for (let round = 0; round < 2000; round++) {
      const note = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      for (const rule of rules) {
        rule.lastIndex = 0;
        if (rule.test(note)) expect(mayMatch(note, rule), note).toBe(true);
      }
      forgetNote();
    }
  });
});

describe('openingsOf', () => {
  it('marks the openings a \\b or a no-letter-or-digit lookbehind guards, not those after a skipped optional group', () => {
    expect(openingsOf(String.raw`\b(?:room|床位)|(?:ab)?cd|(?<![0-9A-Za-z])(?:x)?yz|(?<![A-Za-z0-9])QQ`)).toEqual([
      { literal: 'room', afterWordEdge: true },
      { literal: '床位', afterWordEdge: false },
      { literal: 'cd', afterWordEdge: false },
      { literal: 'yz', afterWordEdge: false },
      { literal: 'qq', afterWordEdge: true },
    ]);
  });
});
