import { AnswerSectionParser, parseAnswer } from './answer-section-parser';
import type { AnswerSectionEvent } from './answer-section-parser';
import { EN_ANSWER, ZH_ANSWER, ZH_ANSWER_LOOSE_HEADINGS } from './fixtures/answers.fixture';
import { matchSectionHeading } from './match-section-heading.util';
import { splitThought } from './split-thought.util';

function chunks(text: string, size: number): string[] {
  const characters = [...text];
  const result: string[] = [];
  for (let index = 0; index < characters.length; index += size) {
    result.push(characters.slice(index, index + size).join(''));
  }
  return result;
}

function streamThrough(deltas: readonly string[]) {
  const sut = new AnswerSectionParser();
  const events: AnswerSectionEvent[] = deltas.flatMap((delta) => sut.push(delta));
  const end = sut.end();
  return { events: [...events, ...end.events], answer: end.answer };
}

describe(AnswerSectionParser.name, () => {
  it('splits a Chinese answer into the four sections', () => {
    const { answer } = streamThrough([ZH_ANSWER]);
    expect(answer.present).toEqual(['definition', 'mechanism', 'differential', 'recommendation']);
    expect(answer.missing).toEqual([]);
    expect(answer.empty).toEqual([]);
    expect(answer.inOrder).toBe(true);
    expect(answer.preamble).toBe('');
    expect(answer.sections.definition).toBe('活动性消化道溃疡是指胃或十二指肠黏膜存在未愈合的溃疡,伴或不伴出血。');
    expect(answer.sections.recommendation).toBe('1. 暂停利伐沙班,评估出血风险。\n2. 予质子泵抑制剂(PPI)治疗。');
  });

  it.each([1, 2, 3, 5, 11])('gives the same result when the answer arrives %i characters at a time', (size) => {
    for (const fixture of [ZH_ANSWER, ZH_ANSWER_LOOSE_HEADINGS, EN_ANSWER]) {
      const whole = streamThrough([fixture]);
      const streamed = streamThrough(chunks(fixture, size));
      expect(streamed.answer).toEqual(whole.answer);
      expect(streamed.events.filter((event) => event.type === 'section-start')).toEqual(whole.events.filter((event) => event.type === 'section-start'));
    }
  });

  it('recognises a heading split across deltas in the middle of its marks and word', () => {
    const { events, answer } = streamThrough(['前言\n#', '# 定', '义\n内容A\n## 机', '制\n内容B']);
    expect(events).toEqual([
      { type: 'text', section: null, text: '前言\n' },
      { type: 'section-start', section: 'definition', heading: '## 定义' },
      { type: 'text', section: 'definition', text: '内容A\n' },
      { type: 'section-start', section: 'mechanism', heading: '## 机制' },
      { type: 'text', section: 'mechanism', text: '内容B' },
    ]);
    expect(answer.missing).toEqual(['differential', 'recommendation']);
  });

  it('emits prose before its line ends so the console can show it while streaming', () => {
    const sut = new AnswerSectionParser();
    sut.push('## Definition\n');
    expect(sut.push('An active')).toEqual([{ type: 'text', section: 'definition', text: 'An active' }]);
  });

  it('tolerates numbering and markdown variants in Chinese', () => {
    const { answer } = streamThrough(chunks(ZH_ANSWER_LOOSE_HEADINGS, 4));
    expect(answer.preamble).toBe('先说结论:需权衡出血与血栓风险。');
    expect(answer.sections).toEqual({
      definition: '活动性消化道溃疡是未愈合的黏膜缺损。',
      mechanism: '抗凝药物增加出血风险。',
      differential: '应激性溃疡。',
      recommendation: '暂停抗凝,予PPI。',
    });
  });

  it('tolerates numbering, bold, "Differential diagnosis" and inline "Recommendation:" in English', () => {
    const { answer } = streamThrough(chunks(EN_ANSWER, 7));
    expect(answer.present).toEqual(['definition', 'mechanism', 'differential', 'recommendation']);
    expect(answer.sections.differential).toBe('Stress ulcer; bleeding from a gastrointestinal malignancy.');
    expect(answer.sections.recommendation).toBe('hold rivaroxaban and start a proton pump inhibitor (PPI).\nReassess after endoscopy.');
  });

  it('flags missing, empty and out-of-order sections', () => {
    const sut = parseAnswer('## 鉴别\n应激性溃疡\n## 定义\n\n## 鉴别\n肿瘤出血\n');
    expect(sut.present).toEqual(['definition', 'differential']);
    expect(sut.missing).toEqual(['mechanism', 'recommendation']);
    expect(sut.empty).toEqual(['definition']);
    expect(sut.headingOrder).toEqual(['differential', 'definition', 'differential']);
    expect(sut.inOrder).toBe(false);
    expect(sut.sections.differential).toBe('应激性溃疡\n肿瘤出血');
  });

  it('refuses input after end', () => {
    const sut = new AnswerSectionParser();
    sut.end();
    expect(() => sut.push('x')).toThrow(/after end/);
  });
});

describe(matchSectionHeading.name, () => {
  it.each([
    ['## 定义', 'definition'],
    ['## 1. 定义', 'definition'],
    ['**定义**', 'definition'],
    ['一、定义', 'definition'],
    ['（二）发病机制', 'mechanism'],
    ['鉴别诊断：', 'differential'],
    ['4. **建议**：', 'recommendation'],
    ['Definition:', 'definition'],
    ['### Differential diagnosis', 'differential'],
    ['## Mechanism of action', 'mechanism'],
    ['**Recommendations:**', 'recommendation'],
    ['## 鉴别 (Differential)', 'differential'],
    ['【鉴别诊断】', 'differential'],
    ['【建议】暂停抗凝', 'recommendation'],
  ])('reads %s as a heading', (line, section) => {
    expect(matchSectionHeading({ line, lineComplete: true })?.section).toBe(section);
  });

  it.each(['Definition of STEMI requires ST elevation in two contiguous leads.', '鉴别要点在于疼痛性质。', '## Definitely not a heading', '建议患者戒烟。'])(
    'keeps prose as prose: %s',
    (line) => {
      expect(matchSectionHeading({ line, lineComplete: true })).toBeNull();
    },
  );

  it('waits for the end of the line unless the heading is closed', () => {
    expect(matchSectionHeading({ line: '## 定义', lineComplete: false })).toBeNull();
    expect(matchSectionHeading({ line: 'Definition: an unhealed', lineComplete: false })).toEqual({
      section: 'definition',
      heading: 'Definition:',
      rest: 'an unhealed',
    });
  });
});

describe(splitThought.name, () => {
  it('separates the MedGemma thought from the answer', () => {
    expect(splitThought('<unused94>thought\n患者62岁。<unused95>## 定义\n内容')).toEqual({
      thought: '患者62岁。',
      answer: '## 定义\n内容',
    });
  });

  it('treats an unclosed thought as all thought and text without markers as all answer', () => {
    expect(splitThought('<unused94>thought\ncut off')).toEqual({ thought: 'cut off', answer: '' });
    expect(splitThought('## 定义\nx')).toEqual({ thought: '', answer: '## 定义\nx' });
  });
});
