import { DeidConfigError, DeidErrorCode } from './deid.error';
import { countFindingsByType, createDeidentifier, deidentify } from './deidentifier';

describe('deidentify', () => {
  const sut = deidentify;

  it('replaces each identifier with its class placeholder and keeps clinical content', () => {
    const result = sut('患者张三，男，65岁，电话13812345678，肌酐132μmol/L，入院日期2024-03-05。');
    expect(result.text).toBe('患者[姓名]，男，65岁，电话[电话]，肌酐132μmol/L，入院日期2024-[日期]。');
  });

  it('reports offsets into the original text and never the value itself', () => {
    const text = 'Patient John Smith, MRN: 00482913, e-mail j.smith@example.org';
    const { findings } = sut(text);
    expect(findings.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['name', 'John Smith'],
      ['mrn', '00482913'],
      ['email', 'j.smith@example.org'],
    ]);
    for (const finding of findings) expect(Object.keys(finding).sort()).toEqual(['detector', 'end', 'score', 'start', 'type']);
  });

  it('keeps the year of dates (HIPAA Safe Harbor) and redacts ages over 89 only', () => {
    expect(sut('出生于1958年3月2日，92岁；DOB 03/02/1958; a 65-year-old').text).toBe('出生于1958年[日期]，[年龄>89]岁；DOB [日期]/1958; a 65-year-old');
  });

  it('resolves overlapping candidates so that the longest wins', () => {
    const { findings } = sut('write to ops@hospital.example.com now');
    expect(findings).toEqual([{ type: 'email', start: 9, end: 33, detector: 'contact', score: 0.9 }]);
  });

  it('is stable on already de-identified text', () => {
    const once = sut('家属赵建国，手机 +86 139-1234-5678，住址：上海市浦东新区张江镇碧波路690号').text;
    expect(sut(once).text).toBe(once);
    expect(sut(once).findings).toEqual([]);
  });

  it('removes hospitals as organisations and beds as beds, and a site may keep facilities', () => {
    const text = '3病区12床患者，外院（北京协和医院）诊断，建议转上级医院。';
    expect(sut(text).text).toBe('[床号]床患者，外院（[机构]）诊断，建议转上级医院。');
    expect(createDeidentifier({ disabledTypes: ['organization'] }).deidentify(text).text).toBe('[床号]床患者，外院（北京协和医院）诊断，建议转上级医院。');
  });

  it('handles empty text', () => {
    expect(sut('')).toEqual({ text: '', findings: [] });
  });
});

describe('createDeidentifier', () => {
  it('adds site patterns, redacting capture group 1 when there is one', () => {
    const sut = createDeidentifier({
      extraPatterns: [
        { type: 'mrn', pattern: /\bXH\d{8}\b/ },
        { type: 'other-id', pattern: /检验条码(\d{10})/ },
      ],
    });
    const text = '协和号XH20240001，检验条码1234567890';
    const result = sut.deidentify(text);
    expect(result.text).toBe('协和号[病历号]，检验条码[编号]');
    expect(result.findings.map((f) => text.slice(f.start, f.end))).toEqual(['XH20240001', '1234567890']);
  });

  it('lets a site override placeholders and switch classes off', () => {
    const sut = createDeidentifier({ placeholders: { name: '[NAME]' }, disabledTypes: ['date'] });
    expect(sut.deidentify('Seen by Dr. Emily Chen on 2024-03-05.').text).toBe('Seen by Dr. [NAME] on 2024-03-05.');
  });

  it('refuses unknown types and patterns that match the empty string', () => {
    const unknown = () => createDeidentifier({ extraPatterns: [{ type: 'shoe-size' as never, pattern: /\d+/ }] });
    const empty = () => createDeidentifier({ extraPatterns: [{ type: 'mrn', pattern: /\d*/ }] });
    expect(unknown).toThrow(DeidConfigError);
    expect(empty).toThrow(expect.objectContaining({ code: DeidErrorCode.PatternMatchesEmpty }));
  });
});

describe('confidence', () => {
  it('gives every finding its detector and a score, and drops findings under the threshold', () => {
    const text = '王建国今日复查，电话13812345678。';
    const all = createDeidentifier().deidentify(text).findings;
    expect(all.map((f) => [f.type, f.detector])).toEqual([
      ['name', 'chinese-name'],
      ['phone', 'contact'],
    ]);
    for (const finding of all) expect(finding.score).toBeGreaterThan(0.5);
    const strict = createDeidentifier({ minScore: 0.95 }).deidentify(text).findings;
    expect(strict.map((f) => f.type)).toEqual([]);
    expect(
      createDeidentifier({ minScore: 0.88 })
        .deidentify(text)
        .findings.map((f) => f.type),
    ).toEqual(['phone']);
  });

  it('refuses a threshold outside 0..1', () => {
    expect(() => createDeidentifier({ minScore: 1.5 })).toThrow(expect.objectContaining({ code: DeidErrorCode.InvalidThreshold }));
    expect(() => createDeidentifier({ minScore: Number.NaN })).toThrow(DeidConfigError);
  });
});

describe(countFindingsByType.name, () => {
  it('counts findings per class', () => {
    const { findings } = deidentify('电话13812345678，手机13912345678，邮箱a@b.cn');
    expect(countFindingsByType(findings)).toEqual({ phone: 2, email: 1 });
  });
});
