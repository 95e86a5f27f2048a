import { AnswerSectionParser } from './answer/answer-section-parser';
import { splitThought } from './answer/split-thought.util';
import { buildPrompt } from './budget/build-prompt.util';
import { lintReasoning } from './lint/lint-reasoning.util';
import { emptyPatientProfile } from './profile/patient-profile.model';
import { mergeTurnFacts } from './profile/merge-turn-facts.util';
import type { TurnFacts } from './profile/turn-facts.model';
import { emptyTurnFacts } from './profile/turn-facts.model';
import { assessQuestion } from './question/assess-question.util';
import { SEED_CREATININE, SEED_RIVAROXABAN, SEED_STEMI } from './testing/seed-conversation.fixture';
import { getShippedTemplate } from './templates/shipped-templates.util';
import type { PromptTemplate } from './templates/prompt-template.model';

// The three-turn seed conversation, facts as clinical-terms would hand them over.
const turns: { text: string; facts: TurnFacts }[] = [
  {
    text: '62岁男性,急性前壁STEMI,肌酐132μmol/L',
    facts: {
      ...emptyTurnFacts(),
      age: 62,
      sex: 'male',
      diagnoses: [SEED_STEMI],
      labs: [SEED_CREATININE],
    },
  },
  {
    text: '目前用利伐沙班15mg qd',
    facts: { ...emptyTurnFacts(), drugs: [SEED_RIVAROXABAN] },
  },
  { text: '如果合并活动性消化道溃疡,还能继续用吗?', facts: emptyTurnFacts() },
];

const rawGeneration =
  '<unused94>thought\n患者62岁男性,前壁STEMI,肌酐132μmol/L。依据KDIGO 2012评估肾功能。活动性溃疡出血风险高,可能需要停用抗凝药。<unused95>' +
  '## 定义\n活动性消化道溃疡指未愈合的黏膜缺损。\n\n## 机制\n利伐沙班抑制Xa因子,增加溃疡出血。\n\n' +
  '## 鉴别\n应激性溃疡;消化道肿瘤出血。\n\n## 建议\n先查血常规和大便潜血,再行胃镜评估。\n';

describe('clinical chat flow', () => {
  it('carries the seed conversation from facts to a parsed, linted answer', async () => {
    const template = getShippedTemplate({ name: 'clinical-system', language: 'zh' }) as PromptTemplate;
    let profile = emptyPatientProfile();
    const history: { role: 'user' | 'assistant'; content: string }[] = [];
    turns.forEach((turn, index) => {
      profile = mergeTurnFacts(profile, turn.facts, index + 1);
    });
    for (const turn of turns.slice(0, 2)) {
      history.push({ role: 'user', content: turn.text }, { role: 'assistant', content: '已记录。' });
    }
    const question = turns[2]?.text ?? '';

    expect(assessQuestion(question, turns[2]?.facts ?? emptyTurnFacts(), profile)).toEqual({ generic: false });

    const sut = await buildPrompt({
      template,
      profile,
      history,
      question,
      contextSize: 4096,
      reserveForAnswer: 1024,
      countTokens: (text) => [...text].length,
      turnOverheadTokens: 5,
      today: '2026-11-28',
    });
    expect(sut.systemText).toContain('患者: 62岁 男\n诊断: 急性前壁ST段抬高型心肌梗死(BA41.0,T1)\n检验: 肌酐 132 μmol/L ↑(T1)\n用药: 利伐沙班 15mg qd(T2)');
    expect(sut.droppedTurns).toBe(0);

    const { thought, answer } = splitThought(rawGeneration);
    const parser = new AnswerSectionParser();
    for (let index = 0; index < answer.length; index += 3) parser.push(answer.slice(index, index + 3));
    const parsed = parser.end().answer;
    expect(parsed.missing).toEqual([]);
    expect(parsed.inOrder).toBe(true);

    const lint = lintReasoning({ thought, answer });
    expect(lint.thought.map((flag) => [flag.kind, thought.slice(flag.start, flag.end)])).toEqual([
      ['undefined-abbreviation', 'STEMI'],
      ['guideline-citation', 'KDIGO 2012'],
      ['unsupported-hedge', '可能'],
    ]);
    expect(lint.answer).toEqual([]);
  });
});
