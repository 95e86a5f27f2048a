import { holdsAny, leadingLiterals, scanLastGroup } from './regex-scan.util';

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
    const detections = scanLastGroup({ text: '工号：A1234，工号：B5678', regex: /工号：([A-Z]\d{4})/g, type: 'id', priority: 50 });
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
