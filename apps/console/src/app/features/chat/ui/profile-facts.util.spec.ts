import type { PatientProfileDto } from '@medlocal/contracts';
import { newTurn } from '../data-access/chat-turn.model';
import { calculationViews, ecgFindings } from './profile-facts.util';

const PROFILE: PatientProfileDto = {
  age: { value: 62, turn: 1 },
  sex: { value: 'male', turn: 1 },
  diagnoses: [],
  deniedDiagnoses: [],
  labs: [{ id: 'creatinine-serum', name: '肌酐', value: 132, unit: 'μmol/L', flag: 'high', turn: 1 }],
  drugs: [],
  allergies: [],
  vitals: [{ kind: 'Weight', value: 70, unit: 'kg', turn: 2 }],
  calculations: [
    { name: 'eGFR(CKD-EPI 2021)', value: 53, unit: 'mL/min/1.73m²', stage: 'G3a', inputs: ['age', 'sex', 'creatinine-serum'], turn: 2 },
    { name: 'CrCl(Cockcroft-Gault)', value: 60, unit: 'mL/min', inputs: ['age', 'sex', 'weight', 'creatinine-serum'], turn: 2 },
  ],
};

describe('calculationViews', () => {
  it('splits the formula off the name and keeps the KDIGO stage', () => {
    expect(calculationViews({ profile: PROFILE })[0]).toEqual({
      label: 'eGFR',
      formula: 'CKD-EPI 2021',
      value: 53,
      unit: 'mL/min/1.73m²',
      stage: 'G3a',
      weight: null,
      turn: 2,
    });
  });

  it('names the weight a clearance used', () => {
    expect(calculationViews({ profile: PROFILE })[1]).toMatchObject({ label: 'CrCl', formula: 'Cockcroft-Gault', stage: null, weight: '70 kg' });
  });

  it('shows a name without a formula as it is', () => {
    const profile = { ...PROFILE, calculations: [{ name: 'BMI', value: 24, unit: 'kg/m²', turn: 1 }] };
    expect(calculationViews({ profile })[0]).toMatchObject({ label: 'BMI', formula: null });
  });
});

describe('ecgFindings', () => {
  const ecg = (finding: string, leads: string[], negated = false) => ({ type: 'ecg' as const, finding, leads, negated, start: 0, end: 1, text: finding });
  const turnWith = (id: number, entities: ReturnType<typeof ecg>[]) => ({
    ...newTurn(id, 'q', true),
    meta: { entities, concepts: [], context: { used: 1, limit: 2, droppedTurns: 0 }, profile: null, turn: id },
  });

  it('lists the ECG findings of every turn with the question they came from, newest statement per finding', () => {
    const turns = [turnWith(1, [ecg('ST elevation', ['V1', 'V2'])]), turnWith(2, [ecg('atrial fibrillation', []), ecg('ST elevation', ['V1', 'V2'], true)])];
    expect(ecgFindings({ turns })).toEqual([
      { text: 'ST elevation (V1, V2)', negated: true, turn: 2 },
      { text: 'atrial fibrillation', negated: false, turn: 2 },
    ]);
  });

  it('is empty without ECG entities', () => {
    expect(ecgFindings({ turns: [newTurn(1, 'q', true)] })).toEqual([]);
  });
});
