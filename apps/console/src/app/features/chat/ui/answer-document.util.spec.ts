import { newTurn, type ChatTurn } from '../data-access/chat-turn.model';
import { answerAsMarkdown, answerAsPlainText, type AnswerDocumentLabels } from './answer-document.util';
import { markdownToPlainText } from './markdown-to-plain-text.util';

const LABELS: AnswerDocumentLabels = {
  question: 'Question:',
  sections: { definition: 'Definition', mechanism: 'Mechanism', differential: 'Differential', recommendation: 'Recommendation' },
  sectionMissing: '(not in this answer)',
  notice: 'This answer supports clinical judgement; it does not replace it.',
};

const TURN: ChatTurn = {
  ...newTurn(1, 'AKI fluids?', true),
  state: 'done',
  sections: {
    definition: 'Acute kidney injury is a **rapid** fall in GFR.',
    mechanism: '- hypoperfusion\n- toxins',
    differential: '',
    recommendation: 'Monitor `urine output` & weigh daily.',
  },
};

describe(answerAsMarkdown.name, () => {
  it('keeps the model’s markup under one heading per section, says which section is missing, and ends with the notice', () => {
    expect(answerAsMarkdown({ turn: TURN, labels: LABELS })).toBe(
      [
        '**Question:** AKI fluids?',
        '## Definition\n\nAcute kidney injury is a **rapid** fall in GFR.',
        '## Mechanism\n\n- hypoperfusion\n- toxins',
        '## Differential\n\n_(not in this answer)_',
        '## Recommendation\n\nMonitor `urine output` & weigh daily.',
        '> This answer supports clinical judgement; it does not replace it.',
      ].join('\n\n'),
    );
  });
});

describe(answerAsPlainText.name, () => {
  it('drops the markup but keeps list items apart and the characters the markup escaped', () => {
    expect(answerAsPlainText({ turn: TURN, labels: LABELS })).toBe(
      [
        'Question: AKI fluids?',
        'Definition\nAcute kidney injury is a rapid fall in GFR.',
        'Mechanism\n- hypoperfusion\n- toxins',
        'Differential\n(not in this answer)',
        'Recommendation\nMonitor urine output & weigh daily.',
        'This answer supports clinical judgement; it does not replace it.',
      ].join('\n\n'),
    );
  });
});

describe(markdownToPlainText.name, () => {
  it('reads tables row by row and numbered lists with their numbers', () => {
    expect(markdownToPlainText({ markdown: '| Drug | Dose |\n|---|---|\n| 呋塞米 | 20 mg |\n\n1. first\n2. second' })).toBe(
      'Drug\tDose\n呋塞米\t20 mg\n\n1. first\n2. second',
    );
  });

  it('leaves out markup tags as the page does, keeping the text between them and comparisons such as < 5', () => {
    expect(markdownToPlainText({ markdown: 'K+ < 5 mmol/L, <b>monitor</b> daily<unused95> weekly' })).toBe('K+ < 5 mmol/L, monitor daily weekly');
  });
});
