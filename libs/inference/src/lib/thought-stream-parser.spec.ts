import { DEFAULT_THOUGHT_MARKERS, ThoughtStreamParser, type ParsedSegment } from './thought-stream-parser';

// Token streams as llama.cpp detokenised them (MedGemma 1.5 thinking mode and the two plain styles).
const RECORDED_STREAMS = {
  medgemma: [
    '<unused94>',
    'thought',
    '\n',
    'Creat',
    'inine',
    ' rose',
    ' 1',
    '.',
    '8',
    ' mg',
    '/',
    'dL',
    ';',
    ' K',
    'DIGO',
    ' 2012',
    '.',
    '<unused95>',
    '定义',
    '：',
    '急性',
    '肾',
    '损伤',
    '（',
    'AKI',
    '）',
    '。',
  ],
  thoughtTags: ['<', 'thought', '>', 'check', ' dose', '</', 'thou', 'ght', '>', '\n\n', 'Give', ' 5', ' mg', '.'],
  thinkTags: ['<think>', 'hyper', 'kal', 'emia', '?', '</think>', 'Recommend', ' ECG', '.'],
  noThought: ['Blood', ' pressure', ' 150', '/', '95', ' <', 'mm', 'Hg', '>', ' is', ' high', '.'],
} as const;

const EXPECTED = {
  medgemma: { thought: 'Creatinine rose 1.8 mg/dL; KDIGO 2012.', answer: '定义：急性肾损伤（AKI）。' },
  thoughtTags: { thought: 'check dose', answer: 'Give 5 mg.' },
  thinkTags: { thought: 'hyperkalemia?', answer: 'Recommend ECG.' },
  noThought: { thought: '', answer: 'Blood pressure 150/95 <mmHg> is high.' },
} as const;

function run(chunks: readonly string[]): { thought: string; answer: string; events: ParsedSegment[]; inThought: boolean } {
  const sut = new ThoughtStreamParser();
  const events = [...chunks.flatMap((chunk) => sut.feed(chunk)), ...sut.end()];
  return {
    thought: events
      .filter((e) => e.type === 'thought')
      .map((e) => e.delta)
      .join(''),
    answer: events
      .filter((e) => e.type === 'answer')
      .map((e) => e.delta)
      .join(''),
    events,
    inThought: sut.inThought,
  };
}

describe(ThoughtStreamParser.name, () => {
  for (const [name, tokens] of Object.entries(RECORDED_STREAMS) as [keyof typeof RECORDED_STREAMS, readonly string[]][]) {
    describe(`recorded stream "${name}"`, () => {
      const text = tokens.join('');

      it('splits the token stream as recorded', () => {
        const result = run(tokens);
        expect({ thought: result.thought, answer: result.answer }).toEqual(EXPECTED[name]);
      });

      it('gives the same split when the text is cut at every position', () => {
        for (let cut = 0; cut <= text.length; cut++) {
          const result = run([text.slice(0, cut), text.slice(cut)]);
          expect({ cut, thought: result.thought, answer: result.answer }).toEqual({ cut, ...EXPECTED[name] });
        }
      });

      it('gives the same split when cut at every pair of positions', () => {
        for (let a = 0; a <= text.length; a++) {
          for (let b = a; b <= text.length; b++) {
            const result = run([text.slice(0, a), text.slice(a, b), text.slice(b)]);
            if (result.thought !== EXPECTED[name].thought || result.answer !== EXPECTED[name].answer) {
              throw new Error(`cuts ${a},${b}: ${JSON.stringify(result)}`);
            }
          }
        }
      });

      it('gives the same split fed one character at a time', () => {
        const result = run(Array.from(text));
        expect({ thought: result.thought, answer: result.answer }).toEqual(EXPECTED[name]);
      });
    });
  }

  it('emits thought before answer, in stream order', () => {
    const { events } = run(RECORDED_STREAMS.medgemma);
    const order = events.map((e) => e.type).filter((type, i, all) => type !== all[i - 1]);
    expect(order).toEqual(['thought', 'answer']);
  });

  it('keeps an unclosed thought out of the answer', () => {
    const result = run(['<unused94>thought\n', 'still', ' thinking', ' about', ' <unused9']);
    expect(result).toMatchObject({ answer: '', thought: 'still thinking about <unused9', inThought: true });
  });

  it('holds back a possible marker prefix until it is decided', () => {
    const sut = new ThoughtStreamParser();
    expect(sut.feed('Dose <thi')).toEqual([{ type: 'answer', delta: 'Dose ' }]);
    expect(sut.feed('ck> enough')).toEqual([{ type: 'answer', delta: '<thick> enough' }]);
  });

  it('waits for the longer MedGemma marker before opening a thought', () => {
    const sut = new ThoughtStreamParser();
    expect(sut.feed('<unused94>')).toEqual([]);
    expect(sut.feed('thought\nA')).toEqual([{ type: 'thought', delta: 'A' }]);
  });

  it('accepts configured markers only', () => {
    const sut = new ThoughtStreamParser([{ open: '[R]', close: '[/R]' }]);
    const events = [...sut.feed('<think>x</think>[R]why[/R]so'), ...sut.end()];
    expect(events).toEqual([
      { type: 'answer', delta: '<think>x</think>' },
      { type: 'thought', delta: 'why' },
      { type: 'answer', delta: 'so' },
    ]);
  });

  it('refuses empty markers', () => {
    expect(() => new ThoughtStreamParser([{ open: '', close: 'x' }])).toThrow();
    expect(DEFAULT_THOUGHT_MARKERS.length).toBeGreaterThan(0);
  });
});

describe('ThoughtStreamParser after the answer has begun', () => {
  it('treats a marker inside the answer as answer text', () => {
    const sut = new ThoughtStreamParser();
    const segments = [...sut.feed('## Definition\nsee <thi'), ...sut.feed('nk> here'), ...sut.end()];
    expect(segments.map((segment) => segment.type)).toEqual(['answer', 'answer']);
    expect(segments.map((segment) => segment.delta).join('')).toBe('## Definition\nsee <think> here');
    expect(sut.inThought).toBe(false);
  });

  it('opens no second thought after the first one closed', () => {
    const sut = new ThoughtStreamParser();
    const segments = [...sut.feed('<unused94>thought\nplan<unused95>answer <unused94>more'), ...sut.end()];
    expect(segments).toEqual([
      { type: 'thought', delta: 'plan' },
      { type: 'answer', delta: 'answer <unused94>more' },
    ]);
  });
});
