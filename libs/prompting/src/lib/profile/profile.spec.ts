import { emptyPatientProfile } from './patient-profile.model';
import { mergeTurnFacts, mergeTurnFactsWithChanges } from './merge-turn-facts.util';
import { renderProfile } from './render-profile.util';
import type { TurnFacts } from './turn-facts.model';
import { emptyTurnFacts } from './turn-facts.model';
import { SEED_CREATININE, SEED_RIVAROXABAN, SEED_STEMI } from '../testing/seed-conversation.fixture';

// Seed conversation (codes and sources in ../testing/seed-conversation.fixture.ts).
// eGFR: CKD-EPI 2021 race-free equation (Inker et al., NEJM 2021), 62 y male, Scr 1.49 mg/dL -> 52.6 -> 53;
// KDIGO 2012 category G3a = 45-59 mL/min/1.73m².
const turn1: TurnFacts = {
  ...emptyTurnFacts(),
  age: 62,
  sex: 'male',
  diagnoses: [SEED_STEMI],
  labs: [SEED_CREATININE],
  calculations: [{ name: 'eGFR(CKD-EPI 2021)', value: 53, unit: 'mL/min/1.73m²', stage: 'G3a', inputs: ['creatinine', 'age', 'sex'] }],
};
const turn2: TurnFacts = {
  ...emptyTurnFacts(),
  drugs: [SEED_RIVAROXABAN],
};
// "如果合并活动性消化道溃疡,还能用吗?" — a hypothetical, so the extractor marks it uncertain. WHO ICD-10 K27
// "Peptic ulcer, site unspecified"; no ICD-11 code given.
const turn3: TurnFacts = {
  ...emptyTurnFacts(),
  diagnoses: [
    {
      id: 'peptic-ulcer-active',
      name: { zh: '活动性消化道溃疡', en: 'active peptic ulcer' },
      icd10: 'K27',
      negated: false,
      uncertain: true,
    },
  ],
};

function seedProfile() {
  return [turn1, turn2, turn3].reduce((profile, facts, index) => mergeTurnFacts(profile, facts, index + 1), emptyPatientProfile());
}

describe(mergeTurnFacts.name, () => {
  it('keeps turn 1 and turn 2 facts when turn 3 asks about a new condition', () => {
    const sut = seedProfile();
    expect(sut.age).toEqual({ value: 62, turn: 1 });
    expect(sut.sex).toEqual({ value: 'male', turn: 1 });
    expect(sut.diagnoses.map((diagnosis) => [diagnosis.id, diagnosis.turn])).toEqual([
      ['stemi-anterior', 1],
      ['peptic-ulcer-active', 3],
    ]);
    expect(sut.labs).toEqual([{ id: 'creatinine', name: '肌酐', value: 132, unit: 'μmol/L', flag: 'high', turn: 1 }]);
    expect(sut.drugs).toEqual([{ id: 'rivaroxaban', name: '利伐沙班', dose: 15, unit: 'mg', frequency: 'qd', turn: 2 }]);
    expect(sut.calculations[0]?.turn).toBe(1);
  });

  it('lets the newest value win and remembers its turn, keeping the fact in place', () => {
    const profile = seedProfile();
    const sut = mergeTurnFacts(
      profile,
      {
        ...emptyTurnFacts(),
        age: 63,
        labs: [
          { id: 'creatinine', name: '肌酐', value: 98, unit: 'μmol/L', flag: 'normal' },
          { id: 'potassium', name: '血钾', value: 5.8, unit: 'mmol/L', flag: 'high' },
        ],
        drugs: [{ id: 'rivaroxaban', name: '利伐沙班', dose: 20, unit: 'mg', frequency: 'qd' }],
      },
      4,
    );
    expect(sut.age).toEqual({ value: 63, turn: 4 });
    expect(sut.sex).toEqual({ value: 'male', turn: 1 });
    expect(sut.labs.map((lab) => [lab.id, lab.value, lab.turn])).toEqual([
      ['creatinine', 98, 4],
      ['potassium', 5.8, 4],
    ]);
    expect(sut.drugs.map((drug) => [drug.dose, drug.turn])).toEqual([[20, 4]]);
    expect(profile.labs[0]?.value).toBe(132);
  });

  it('keeps a negated diagnosis as a denial and moves it when the clinician corrects it', () => {
    const diabetes = { id: 'diabetes-t2', name: { zh: '2型糖尿病', en: 'type 2 diabetes mellitus' }, uncertain: false };
    const denied = mergeTurnFacts(seedProfile(), { ...emptyTurnFacts(), diagnoses: [{ ...diabetes, negated: true }] }, 4);
    expect(denied.diagnoses.map((diagnosis) => diagnosis.id)).not.toContain('diabetes-t2');
    expect(denied.deniedDiagnoses.map((diagnosis) => [diagnosis.id, diagnosis.turn])).toEqual([['diabetes-t2', 4]]);

    const sut = mergeTurnFacts(denied, { ...emptyTurnFacts(), diagnoses: [{ ...diabetes, negated: false }] }, 5);
    expect(sut.deniedDiagnoses).toEqual([]);
    expect(sut.diagnoses.map((diagnosis) => [diagnosis.id, diagnosis.turn])).toEqual([
      ['stemi-anterior', 1],
      ['peptic-ulcer-active', 3],
      ['diabetes-t2', 5],
    ]);
  });

  it('treats allergies and vitals case-insensitively by substance and kind', () => {
    const first = mergeTurnFacts(
      emptyPatientProfile(),
      { ...emptyTurnFacts(), allergies: [{ substance: 'Penicillin' }], vitals: [{ kind: 'BP', value: '150/90', unit: 'mmHg' }] },
      1,
    );
    const sut = mergeTurnFacts(
      first,
      { ...emptyTurnFacts(), allergies: [{ substance: 'penicillin' }], vitals: [{ kind: 'bp', value: '128/76', unit: 'mmHg' }] },
      2,
    );
    expect(sut.allergies).toEqual([{ substance: 'penicillin', turn: 2 }]);
    expect(sut.vitals).toEqual([{ kind: 'bp', value: '128/76', unit: 'mmHg', turn: 2 }]);
  });
});

describe(renderProfile.name, () => {
  it('renders the seed conversation in Chinese, one line per fact group', () => {
    const sut = renderProfile(mergeTurnFacts(mergeTurnFacts(emptyPatientProfile(), turn1, 1), turn2, 2), 'zh');
    expect(sut).toBe(
      [
        '患者: 62岁 男',
        '诊断: 急性前壁ST段抬高型心肌梗死(BA41.0,T1)',
        '检验: 肌酐 132 μmol/L ↑(T1)',
        '计算: eGFR(CKD-EPI 2021) 53 mL/min/1.73m² G3a(T1)',
        '用药: 利伐沙班 15mg qd(T2)',
      ].join('\n'),
    );
  });

  it('renders uncertain diagnoses, denials, allergies and vitals in English', () => {
    let profile = seedProfile();
    profile = mergeTurnFacts(
      profile,
      {
        ...emptyTurnFacts(),
        diagnoses: [{ id: 'diabetes-t2', name: { zh: '2型糖尿病', en: 'type 2 diabetes mellitus' }, negated: true, uncertain: false }],
        allergies: [{ substance: 'aspirin' }],
        vitals: [{ kind: 'HR', value: 96, unit: '/min' }],
        drugs: [{ id: 'pantoprazole', name: 'pantoprazole', dose: 40, unit: 'mg', route: 'iv', frequency: 'qd' }],
      },
      4,
    );
    expect(renderProfile(profile, 'en')).toBe(
      [
        'Patient: 62 y male',
        'Diagnoses: acute anterior ST-elevation myocardial infarction(BA41.0,T1); suspected active peptic ulcer(K27,T3)',
        'Denies: type 2 diabetes mellitus(T4)',
        'Allergies: aspirin(T4)',
        'Labs: 肌酐 132 μmol/L ↑(T1)',
        'Calculations: eGFR(CKD-EPI 2021) 53 mL/min/1.73m² G3a(T1)',
        'Vitals: HR 96 /min(T4)',
        'Drugs: 利伐沙班 15mg qd(T2); pantoprazole 40mg iv qd(T4)',
      ].join('\n'),
    );
  });

  it('says plainly when nothing is known', () => {
    expect(renderProfile(emptyPatientProfile(), 'zh')).toBe('患者: 尚未提供患者信息');
    expect(renderProfile(emptyPatientProfile(), 'en')).toBe('Patient: no patient details given yet');
  });
});

describe(mergeTurnFactsWithChanges.name, () => {
  const chd = { id: 'coronary-atherosclerosis', name: { zh: '冠心病', en: 'coronary heart disease' }, icd11: 'BA52' };

  it("never lets a relative's disease into the patient's diagnoses, for every kinship term the extractor flags", () => {
    // "兄患冠心病" / "brother has CAD": the extractor flags the concept as family.
    const facts: TurnFacts = { ...emptyTurnFacts(), diagnoses: [{ ...chd, negated: false, uncertain: false, family: true }] };
    const { profile } = mergeTurnFactsWithChanges(emptyPatientProfile(), facts, 1);
    expect(profile.diagnoses).toEqual([]);
    expect(profile.familyHistory).toEqual([{ ...chd, negated: false, turn: 1 }]);
  });

  it("keeps the patient's own diagnosis and the relative's apart when both are named", () => {
    const facts: TurnFacts = {
      ...emptyTurnFacts(),
      diagnoses: [{ id: 'essential-hypertension', name: { zh: '高血压', en: 'hypertension' }, negated: false, uncertain: false }],
      familyHistory: [{ ...chd, negated: false }],
    };
    const { profile } = mergeTurnFactsWithChanges(emptyPatientProfile(), facts, 1);
    expect(profile.diagnoses.map((diagnosis) => diagnosis.id)).toEqual(['essential-hypertension']);
    expect(profile.familyHistory?.map((relative) => relative.id)).toEqual(['coronary-atherosclerosis']);
  });

  it('replaces a corrected age instead of adding a second one, and says which fact it replaced', () => {
    const first = mergeTurnFacts(emptyPatientProfile(), { ...emptyTurnFacts(), age: 65 }, 1);
    // "更正:患者78岁,不是65岁" / "actually 78"
    const { profile, replaced } = mergeTurnFactsWithChanges(first, { ...emptyTurnFacts(), age: 78, corrections: [{ fact: 'age', replaced: 65 }] }, 2);
    expect(profile.age).toEqual({ value: 78, turn: 2 });
    expect(replaced).toEqual([{ fact: 'age', previous: 65, current: 78, turn: 2, correction: true }]);
  });

  it('reports a correction made inside one message (the wrong value was never kept)', () => {
    const { profile, replaced } = mergeTurnFactsWithChanges(
      emptyPatientProfile(),
      { ...emptyTurnFacts(), age: 78, corrections: [{ fact: 'age', replaced: 65 }] },
      1,
    );
    expect(profile.age?.value).toBe(78);
    expect(replaced).toEqual([{ fact: 'age', previous: 65, current: 78, turn: 1, correction: true }]);
  });

  it('keeps symptoms apart from diagnoses, newest statement per symptom', () => {
    const chestPain = { id: 'chest-pain', name: { zh: '胸痛', en: 'Chest pain' }, icd11: 'MD30.Z', negated: false, uncertain: false };
    const first = mergeTurnFacts(emptyPatientProfile(), { ...emptyTurnFacts(), symptoms: [{ ...chestPain, onset: 'sudden', duration: '2小时' }] }, 1);
    const second = mergeTurnFacts(first, { ...emptyTurnFacts(), symptoms: [{ ...chestPain, negated: true }] }, 2);
    expect(first.diagnoses).toEqual([]);
    expect(first.symptoms).toEqual([{ ...chestPain, onset: 'sudden', duration: '2小时', turn: 1 }]);
    expect(second.symptoms).toEqual([{ ...chestPain, negated: true, turn: 2 }]);
  });

  it('keeps ECG findings, newest statement per finding and leads, and renders the affirmed and the absent ones', () => {
    const stElevation = { id: 'st-elevation (V1, V2)', finding: 'st-elevation', leads: ['V1', 'V2'], negated: false };
    const qt = { id: 'qt-prolongation', finding: 'qt-prolongation', leads: [], negated: false };
    const first = mergeTurnFacts(emptyPatientProfile(), { ...emptyTurnFacts(), ecg: [stElevation, qt] }, 1);
    const second = mergeTurnFacts(first, { ...emptyTurnFacts(), ecg: [{ ...qt, negated: true }] }, 2);
    expect(second.ecgFindings).toEqual([
      { ...stElevation, turn: 1 },
      { ...qt, negated: true, turn: 2 },
    ]);
    expect(renderProfile(second, 'en')).toContain('ECG: st-elevation (V1, V2)(T1); no qt-prolongation(T2)');
    expect(renderProfile(second, 'zh')).toContain('心电图: st-elevation (V1, V2)(T1); 无 qt-prolongation(T2)');
  });
});
