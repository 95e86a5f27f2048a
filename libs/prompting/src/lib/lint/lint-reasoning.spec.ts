import type { LintFlag } from './lint-flag.model';
import { lintClinicalText, lintReasoning } from './lint-reasoning.util';

/** [kind, flagged text, start, end] — compact and exact. */
function summarise(text: string, flags: LintFlag[]): [string, string, number, number][] {
  return flags.map((flag) => [flag.kind, text.slice(flag.start, flag.end), flag.start, flag.end]);
}

describe(lintClinicalText.name, () => {
  it('finds citations, evidence levels, unsupported hedges and undefined abbreviations in Chinese', () => {
    const text =
      '根据KDIGO 2012指南,eGFR 45-59属于G3a期(证据等级A)。利伐沙班可能需要减量。' +
      '《中国高血压防治指南(2018年修订版)》推荐ACEI。2018年中国高血压防治指南也提到。';
    const sut = lintClinicalText(text);
    expect(summarise(text, sut)).toEqual([
      ['guideline-citation', 'KDIGO 2012', 2, 12],
      ['evidence-level', '证据等级A', 32, 37],
      ['unsupported-hedge', '可能', 43, 45],
      ['guideline-citation', '《中国高血压防治指南(2018年修订版)》', 50, 71],
      ['undefined-abbreviation', 'ACEI', 73, 77],
      ['guideline-citation', '2018年中国高血压防治指南', 78, 92],
    ]);
    expect(sut.map((flag) => flag.severity)).toEqual(['info', 'info', 'warning', 'info', 'warning', 'info']);
    expect(sut[2]?.message).toEqual({
      zh: '"可能"所在句子没有引用指南或证据等级',
      en: '"可能" has no guideline or evidence level in the same sentence',
    });
  });

  it('accepts a hedge whose sentence cites a source and flags one whose sentence does not (English)', () => {
    const text =
      'Per the 2023 ESC Guidelines, rivaroxaban is probably contraindicated (Class III, Level C). ' +
      'Bleeding is likely with an active ulcer. The ADA guideline also applies. ' +
      'Start a proton pump inhibitor (PPI) and check the INR.';
    expect(summarise(text, lintClinicalText(text))).toEqual([
      ['guideline-citation', '2023 ESC Guidelines', 8, 27],
      ['evidence-level', 'Class III', 70, 79],
      ['evidence-level', 'Level C', 81, 88],
      ['unsupported-hedge', 'likely', 103, 109],
      ['guideline-without-year', 'ADA', 136, 139],
      ['undefined-abbreviation', 'INR', 214, 217],
    ]);
  });

  it('reads the usual citation shapes', () => {
    const text = 'KDIGO 2012; 2023 ADA; ESC 2023; GOLD 2024; ACC/AHA 2022; 中国高血压防治指南2018; 《急性ST段抬高型心肌梗死诊断和治疗指南(2019)》';
    const sut = lintClinicalText(text).filter((flag) => flag.kind === 'guideline-citation');
    expect(sut.map((flag) => text.slice(flag.start, flag.end))).toEqual([
      'KDIGO 2012',
      '2023 ADA',
      'ESC 2023',
      'GOLD 2024',
      'ACC/AHA 2022',
      '中国高血压防治指南2018',
      '《急性ST段抬高型心肌梗死诊断和治疗指南(2019)》',
    ]);
  });

  it('reads the usual evidence-level shapes', () => {
    const text = 'RCT; meta-analysis; 证据等级A; Class I; Level B; GRADE; Ⅰ类推荐; 随机对照试验; Meta分析; Class IIa';
    const sut = lintClinicalText(text).filter((flag) => flag.kind === 'evidence-level');
    expect(sut.map((flag) => text.slice(flag.start, flag.end))).toEqual([
      'RCT',
      'meta-analysis',
      '证据等级A',
      'Class I',
      'Level B',
      'GRADE',
      'Ⅰ类推荐',
      '随机对照试验',
      'Meta分析',
      'Class IIa',
    ]);
  });

  it('flags an invasive procedure proposed before any non-invasive step', () => {
    const text = '胸痛2小时,建议立即行冠脉造影。随后复查心电图。';
    expect(summarise(text, lintClinicalText(text))).toEqual([['invasive-without-workup', '冠脉造影', 11, 15]]);
  });

  it('accepts an invasive procedure after a non-invasive step, a declined one, and CT angiography', () => {
    expect(lintClinicalText('先做心电图和肌钙蛋白,再考虑冠脉造影。')).toEqual([]);
    expect(lintClinicalText('目前无需胃镜。')).toEqual([]);
    expect(lintClinicalText('Order CT angiography first, then decide on angiography.')).toEqual([]);
  });

  it('flags an English invasive jump with its span', () => {
    const text = 'Chest pain for two hours: proceed directly to coronary angiography.';
    expect(summarise(text, lintClinicalText(text))).toEqual([['invasive-without-workup', 'angiography', 55, 66]]);
  });

  it('treats an abbreviation as spelled out when its expansion appears anywhere, and flags only its first use', () => {
    const defined = 'STEMI患者出血风险高。急性ST段抬高型心肌梗死(STEMI)。proton pump inhibitor PPI. NOAC (non-vitamin K oral anticoagulant).';
    expect(lintClinicalText(defined)).toEqual([]);

    const text = 'HAS-BLED评分≥3提示出血风险高,复查INR;INR目标2-3。';
    expect(summarise(text, lintClinicalText(text))).toEqual([
      ['undefined-abbreviation', 'HAS', 0, 3],
      ['undefined-abbreviation', 'BLED', 4, 8],
      ['undefined-abbreviation', 'INR', 22, 25],
    ]);
  });

  it('leaves ECG wave names, Roman numerals and guideline bodies alone', () => {
    expect(lintClinicalText('ST段抬高,QT间期正常,NYHA分级')).toEqual([expect.objectContaining({ kind: 'undefined-abbreviation', start: 13, end: 17 })]);
    expect(lintClinicalText('心功能III级')).toEqual([]);
  });
});

describe(lintReasoning.name, () => {
  it('lints thought and answer separately with spans into each', () => {
    const sut = lintReasoning({
      thought: '心电图示前壁ST段抬高,肌钙蛋白升高。质子泵抑制剂(PPI)可降低出血风险。',
      answer: '## 建议\n加用PPI。',
    });
    expect(sut.thought).toEqual([]);
    expect(sut.answer).toEqual([
      {
        kind: 'undefined-abbreviation',
        severity: 'warning',
        start: 8,
        end: 11,
        message: { zh: '缩写"PPI"未给出全称', en: 'Abbreviation "PPI" is never spelled out' },
      },
    ]);
  });
});
