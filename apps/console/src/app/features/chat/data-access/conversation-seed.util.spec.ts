import type { PatientProfileDto } from '@medlocal/contracts';
import { newTurn, type ChatTurn } from './chat-turn.model';
import { conversationSeed } from './conversation-seed.util';

const PROFILE: PatientProfileDto = {
  age: { value: 65, turn: 1 },
  sex: null,
  diagnoses: [
    { id: 'chronic-kidney-disease', name: { zh: '慢性肾脏病', en: 'Chronic kidney disease' }, uncertain: false, turn: 1, edited: true },
    { id: 'essential-hypertension', name: { zh: '原发性高血压', en: 'Essential hypertension' }, uncertain: false, turn: 1 },
  ],
  deniedDiagnoses: [],
  labs: [],
  drugs: [{ id: 'metformin', name: '二甲双胍', dose: 850, unit: 'mg', turn: 1, edited: true }],
  allergies: [{ substance: 'penicillin', turn: 1 }],
  vitals: [{ kind: 'BP', value: '150/90', unit: 'mmHg', turn: 1 }],
  ecgFindings: [{ id: 'st-elevation (V1, V2)', finding: 'st-elevation', leads: ['V1', 'V2'], negated: false, turn: 1 }],
};

function answered(question: string, answer: string, state: ChatTurn['state'] = 'done'): ChatTurn {
  return { ...newTurn(1, question, true), answer, state };
}

describe(conversationSeed.name, () => {
  const sut = conversationSeed;

  it('takes the answered turns only, question and visible answer', () => {
    const seed = sut({ turns: [answered('Q1', 'A1'), answered('Q2', 'partial', 'stopped'), answered('Q3', 'A3')], profile: null });

    expect(seed).toEqual({
      turns: [
        { question: 'Q1', answer: 'A1' },
        { question: 'Q3', answer: 'A3' },
      ],
      facts: [],
    });
  });

  it('keeps the newest 50 answered turns', () => {
    const turns = Array.from({ length: 52 }, (_, index) => answered(`Q${index + 1}`, `A${index + 1}`));

    const seed = sut({ turns, profile: null });

    expect(seed.turns).toHaveLength(50);
    expect(seed.turns[0].question).toBe('Q3');
  });

  it('lists every fact, with the values a clinician corrects and the name of a diagnosis they corrected', () => {
    expect(sut({ turns: [], profile: PROFILE }).facts).toEqual([
      { kind: 'age', value: 65 },
      { kind: 'diagnosis', key: 'chronic-kidney-disease', value: '慢性肾脏病' },
      { kind: 'diagnosis', key: 'essential-hypertension' },
      { kind: 'drug', key: 'metformin', value: 850 },
      { kind: 'allergy', key: 'penicillin' },
      { kind: 'vital', key: 'BP', value: '150/90' },
      { kind: 'ecg', key: 'st-elevation (V1, V2)' },
    ]);
  });
});
