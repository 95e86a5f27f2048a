import { holdsAny, scanLastGroup } from './regex-scan.util';

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
