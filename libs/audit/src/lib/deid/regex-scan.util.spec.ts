import {
  forgetNote,
  holdsAny,
  lowerCased,
  matchStarts,
  mayMatch,
  openingsOf,
  scanGroupSpans,
  scanLastGroup,
  startLiteralsOf,
  startScan,
} from './regex-scan.util';

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

describe('startLiteralsOf (where every match of a rule starts)', () => {
  const starts = (source: string, ignoreCase?: boolean) =>
    startLiteralsOf(source, ignoreCase)?.map(({ literal, afterWordEdge }) => (afterWordEdge ? `^${literal}` : literal)) ?? null;

  it('gives both the starts of a leading optional group and those of what follows it', () => {
    expect(starts(String.raw`(?:标本|样本)?(?:条形码|条码)号?`)).toEqual(['标本', '样本', '条形码', '条码']);
    expect(starts(String.raw`(?<![0-9A-Za-z])(?:x)?yz`)).toEqual(['^xyz', '^yz']);
  });

  it('reads a group alternative by alternative with what follows it, so an alternative of lookarounds only passes to the rest', () => {
    expect(starts(String.raw`(?=编号)(?:(?<![\u4e00-\u9fa5])|(?<=个案|病例))编号`)).toEqual(['编号']);
    expect(starts(String.raw`\b(?:room|rm)(?:\s+no\.?)?|床位`)).toEqual(['^room', '^rm', '床位']);
  });

  it('opens a leading class of a few plain characters, in the case the rule reads', () => {
    expect(starts(String.raw`\b[IO]P\s+no`)).toEqual(['^ip', '^op']);
    expect(starts(String.raw`[Mm]edical\s+card`, false)).toEqual(['Medical', 'medical']);
    expect(starts(String.raw`[STFGM]\d{7}`, false)).toEqual(['S', 'T', 'F', 'G', 'M']);
  });

  it('goes on through a class of a few plain characters inside a word, accented Latin letters included', () => {
    expect(starts(String.raw`T[ée]l\.?|M[óo]vil|Tel[ée]fono`)).toEqual(['tél', 'tel', 'móvil', 'movil', 'teléfono', 'telefono']);
    expect(starts(String.raw`ab[cd]?e`)).toEqual(['ab']);
  });

  it('does not read past a repeated group: a second round of the group may stand where what follows it would', () => {
    expect(starts(String.raw`(?:ab)+cd`)).toEqual(['ab']);
    expect(starts(String.raw`(?:ab){2}cd`)).toEqual(['ab']);
    expect(starts(String.raw`(?:Dr|Mr)+ Smith`)).toEqual(['dr', 'mr']);
    expect(starts(String.raw`(?:ab)*cd`)).toEqual(['ab', 'cd']);
    expect(starts(String.raw`(?:ab)?cd`)).toEqual(['abcd', 'cd']);
    expect(starts(String.raw`(?:ab){1}cd`)).toEqual(['abcd']);
    expect(matchStarts('ababcd', /(?:ab)+cd/g)).toEqual([0, 2]);
  });

  it('gives none where a match may start at a class, an escape, an optional class or a cased letter outside ASCII', () => {
    expect(starts(String.raw`MRN|[A-Z]{2}\d`)).toBeNull();
    expect(starts(String.raw`\d{6}|MRN`)).toBeNull();
    expect(starts(String.raw`[ab]?c`)).toBeNull();
    expect(starts('µg|mg')).toBeNull();
    expect(starts('Ωmega|omega')).toBeNull();
    expect(starts('Ωmega|omega', false)).toEqual(['Ωmega', 'omega']);
  });
});

describe('matchStarts and the scans that use it', () => {
  /** Every match a plain exec loop finds, as [index, text]. */
  const allMatches = (regex: RegExp, text: string): [number, string][] => {
    const found: [number, string][] = [];
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) found.push([match.index, match[0]]);
    return found;
  };

  /** scanLastGroup's loop as it was before it was given match starts: a plain exec loop over the whole note. */
  const everyLastGroup = (regex: RegExp, text: string, accept: (value: string, match: RegExpExecArray) => boolean) => {
    const found: { type: 'mrn'; start: number; end: number; priority: number }[] = [];
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const value =
        [...match]
          .slice(1)
          .reverse()
          .find((group) => group !== undefined) ?? match[0];
      if (value.length === 0) continue;
      if (!accept(value, match)) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      const end = match.index + match[0].length - (match[0].endsWith(value) ? 0 : match[0].length - (match[0].lastIndexOf(value) + value.length));
      found.push({ type: 'mrn', start: end - value.length, end, priority: 50 });
    }
    return found;
  };

  it('lists where a match can start, and none for a rule whose words are absent', () => {
    expect(matchStarts('MRN 123; mrn 456; xMRN 7', /\b(?:MRN|住院号)\s*(\d+)/gi)).toEqual([0, 9]);
    expect(matchStarts('门诊复查', /\b(?:MRN|住院号)\s*(\d+)/gi)).toEqual([]);
    forgetNote();
  });

  it('leaves a rule to a whole-note scan where its starts are single characters, digits or unknown', () => {
    expect(matchStarts('S1234567A', /[STFGM]\d{7}[A-Z]/g)).toBeNull();
    expect(matchStarts('1/123456/7', /(?:1|5)\/\d{6}/g)).toBeNull();
    expect(matchStarts('AB12', /[A-Z]{2}\d{2}/g)).toBeNull();
    // İ lower-cases to two code units: positions in the lower-cased note no longer line up.
    expect(matchStarts('İ MRN 1', /mrn\s(\d)/gi)).toBeNull();
    forgetNote();
  });

  it('finds what a plain exec loop finds, on random notes, for scanLastGroup, scanGroupSpans and startScan', () => {
    let seed = 5;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = ['MRN', 'mrn', '住院号', '号', ' ', '：', '12', '345', 'x', 'Bed', 'bed ', 'room', 'rm', 'İ', '\u212A', '标本', '条码', '\n'];
    const rules = [
      /(?:住院号码?|MRN|\b[IO]P\s+no)\s*[:：]?\s*(\d+)/gi,
      /\b(?:room|rm|bed)(?:\s+no\.?)?\s*(\d{1,4})(?!\d)/gi,
      /(?:标本|样本)?(?:条形码|条码)号?\s*(\d+)/g,
      /(?<![A-Za-z0-9])(?:MRN|mrn)(\s*)/g,
    ];
    for (let round = 0; round < 1500; round++) {
      const note = Array.from({ length: 1 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      for (const rule of rules) {
        const expected = allMatches(rule, note);
        const rejectSecond = (_value: string, match: RegExpExecArray) => match.index % 2 === 0;
        const scanned = scanLastGroup({ text: note, regex: rule, type: 'mrn', priority: 50, accept: rejectSecond, retryInsideRejected: true });
        expect(scanned, note).toEqual(everyLastGroup(rule, note, rejectSecond));
        const spans: number[] = [];
        scanGroupSpans(rule, note, 0, (start) => spans.push(start));
        expect(spans, note).toEqual(expected.map(([index]) => index));
        startScan(rule, note);
        const first = rule.exec(note);
        expect(first?.index, note).toBe(expected[0]?.[0]);
      }
      forgetNote();
    }
  });
});
