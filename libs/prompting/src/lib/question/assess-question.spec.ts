import { emptyPatientProfile } from '../profile/patient-profile.model';
import { mergeTurnFacts } from '../profile/merge-turn-facts.util';
import type { TurnFacts } from '../profile/turn-facts.model';
import { emptyTurnFacts } from '../profile/turn-facts.model';
import { assessQuestion, GENERIC_QUESTION_MESSAGE, QUESTION_REWRITE_TEMPLATE } from './assess-question.util';

const commonCold: TurnFacts = {
  ...emptyTurnFacts(),
  // ICD-10 J00 "Acute nasopharyngitis [common cold]".
  diagnoses: [{ id: 'common-cold', name: { zh: '感冒', en: 'common cold' }, icd10: 'J00', negated: false, uncertain: false }],
};

describe(assessQuestion.name, () => {
  it.each([
    ['感冒怎么治?', commonCold],
    ['吃药要注意什么?', emptyTurnFacts()],
    ['how to treat a cold?', commonCold],
    ['What is the treatment of gout?', emptyTurnFacts()],
  ])('hints that "%s" needs patient details', (question, facts) => {
    expect(assessQuestion(question, facts)).toEqual({
      generic: true,
      message: GENERIC_QUESTION_MESSAGE,
      rewriteTemplate: QUESTION_REWRITE_TEMPLATE,
    });
  });

  it('offers a template naming age, sex, findings, results, drugs and the decision', () => {
    expect(QUESTION_REWRITE_TEMPLATE.zh).toMatch(/年龄.*性别.*主要表现.*检查结果.*目前用药.*需要决定的问题/);
    expect(QUESTION_REWRITE_TEMPLATE.en).toMatch(/Age.*sex.*findings.*results.*drugs.*decision/);
  });

  it.each([
    ['62岁男性,急性前壁STEMI,肌酐132μmol/L,怎么治?', { ...emptyTurnFacts(), age: 62, sex: 'male' as const }],
    ['利伐沙班吃药要注意什么?', { ...emptyTurnFacts(), drugs: [{ id: 'rivaroxaban', name: '利伐沙班' }] }],
    ['感冒3天怎么治?', commonCold],
    ['My patient has a cold, how to treat it?', commonCold],
    ['感冒的病理生理机制是什么样的过程', commonCold],
  ])('accepts "%s" as specific or not a treatment question', (question, facts) => {
    expect(assessQuestion(question, facts)).toEqual({ generic: false });
  });

  it('treats a short follow-up as specific when earlier turns described the patient', () => {
    const profile = mergeTurnFacts(emptyPatientProfile(), { ...emptyTurnFacts(), age: 62, sex: 'male' }, 1);
    expect(assessQuestion('吃药要注意什么?', emptyTurnFacts(), profile)).toEqual({ generic: false });
    expect(assessQuestion('吃药要注意什么?', emptyTurnFacts(), emptyPatientProfile()).generic).toBe(true);
  });
});
