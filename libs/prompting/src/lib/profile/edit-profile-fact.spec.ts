import { PromptingError } from '../common/prompting.error';
import { editProfileFact } from './edit-profile-fact.util';
import { emptyPatientProfile, type PatientProfile } from './patient-profile.model';

describe(editProfileFact.name, () => {
  const sut = editProfileFact;
  const profile: PatientProfile = {
    ...emptyPatientProfile(),
    age: { value: 65, turn: 1 },
    sex: { value: 'male', turn: 1 },
    labs: [{ id: 'creatinine-serum', name: '肌酐', value: 132, unit: 'μmol/L', flag: 'high', turn: 2 }],
    vitals: [
      { kind: 'BP', value: '150/90', unit: 'mmHg', turn: 1 },
      { kind: 'Weight', value: 70, unit: 'kg', turn: 2 },
    ],
    allergies: [{ substance: 'Penicillin', turn: 1 }],
  };

  const codeOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error instanceof PromptingError ? error.code : String(error);
    }
    return 'no error';
  };

  it('corrects age, a lab (dropping its flag) and a vital in place, keeping the turn they came from', () => {
    expect(sut(profile, { operation: 'correct', kind: 'age', value: 78 }).age).toEqual({ value: 78, turn: 1, edited: true });
    expect(sut(profile, { operation: 'correct', kind: 'lab', key: 'creatinine-serum', value: 90 }).labs[0]).toMatchObject({
      value: 90,
      flag: null,
      edited: true,
      turn: 2,
    });
    expect(sut(profile, { operation: 'correct', kind: 'vital', key: 'bp', value: ' 130/80 ' }).vitals[0]).toMatchObject({ value: '130/80', edited: true });
    expect(profile.age?.value).toBe(65);
  });

  it('removes a fact by its key, compared without case for allergies and vitals', () => {
    expect(sut(profile, { operation: 'remove', kind: 'allergy', key: 'penicillin' }).allergies).toEqual([]);
    expect(sut(profile, { operation: 'remove', kind: 'vital', key: 'weight' }).vitals.map((vital) => vital.kind)).toEqual(['BP']);
    expect(sut(profile, { operation: 'remove', kind: 'sex' }).sex).toBeNull();
  });

  it('refuses implausible values, facts that are not there, and corrections of coded facts', () => {
    expect(codeOf(() => sut(profile, { operation: 'correct', kind: 'age', value: 131 }))).toBe('PROFILE_VALUE_INVALID');
    expect(codeOf(() => sut(profile, { operation: 'correct', kind: 'age', value: 6.5 }))).toBe('PROFILE_VALUE_INVALID');
    expect(codeOf(() => sut(profile, { operation: 'correct', kind: 'vital', key: 'BP', value: '80/120' }))).toBe('PROFILE_VALUE_INVALID');
    expect(codeOf(() => sut(profile, { operation: 'correct', kind: 'lab', key: 'creatinine-serum', value: -1 }))).toBe('PROFILE_VALUE_INVALID');
    expect(codeOf(() => sut(profile, { operation: 'remove', kind: 'drug', key: 'metformin' }))).toBe('PROFILE_FACT_NOT_FOUND');
    expect(codeOf(() => sut(emptyPatientProfile(), { operation: 'remove', kind: 'age' }))).toBe('PROFILE_FACT_NOT_FOUND');
    expect(codeOf(() => sut(profile, { operation: 'remove', kind: 'lab' }))).toBe('PROFILE_VALUE_INVALID');
    expect(codeOf(() => sut(profile, { operation: 'correct', kind: 'allergy', key: 'Penicillin', value: 'x' }))).toBe('PROFILE_FACT_NOT_CORRECTABLE');
  });

  describe('diagnoses, drugs and ECG findings', () => {
    const aki = { id: 'acute-kidney-injury', name: { zh: '急性肾损伤', en: 'Acute kidney injury' }, negated: false, uncertain: false };
    const ckd = { id: 'chronic-kidney-disease', name: { zh: '慢性肾脏病', en: 'Chronic kidney disease' }, negated: false, uncertain: true };
    const coded: PatientProfile = {
      ...profile,
      diagnoses: [{ ...aki, turn: 1 }],
      drugs: [{ id: 'metformin', name: '二甲双胍', dose: 500, unit: 'mg', route: 'po', frequency: 'bid', turn: 2 }],
      ecgFindings: [
        { id: 'st-elevation (V1, V2)', finding: 'st-elevation', leads: ['V1', 'V2'], negated: false, turn: 1 },
        { id: 'qt-prolongation', finding: 'qt-prolongation', leads: [], negated: true, turn: 2 },
      ],
    };

    it('replaces a diagnosis with the dictionary concept the clinician named, keeping its place and turn', () => {
      const edited = sut(coded, { operation: 'correct', kind: 'diagnosis', key: 'acute-kidney-injury', value: '慢性肾脏病', replacement: ckd });
      expect(edited.diagnoses).toEqual([{ ...ckd, turn: 1, edited: true }]);
      expect(coded.diagnoses[0].id).toBe('acute-kidney-injury');
    });

    it('refuses a diagnosis correction the dictionary did not resolve, or one naming a diagnosis already listed', () => {
      expect(codeOf(() => sut(coded, { operation: 'correct', kind: 'diagnosis', key: 'acute-kidney-injury', value: 'xyz' }))).toBe('PROFILE_VALUE_INVALID');
      const two: PatientProfile = { ...coded, diagnoses: [...coded.diagnoses, { ...ckd, turn: 2 }] };
      expect(codeOf(() => sut(two, { operation: 'correct', kind: 'diagnosis', key: 'acute-kidney-injury', value: '慢性肾脏病', replacement: ckd }))).toBe(
        'PROFILE_VALUE_INVALID',
      );
    });

    it("corrects a drug's dose in its unit, and refuses a dose that is not a positive number", () => {
      expect(sut(coded, { operation: 'correct', kind: 'drug', key: 'metformin', value: 850 }).drugs[0]).toMatchObject({
        dose: 850,
        unit: 'mg',
        frequency: 'bid',
        edited: true,
        turn: 2,
      });
      expect(codeOf(() => sut(coded, { operation: 'correct', kind: 'drug', key: 'metformin', value: 0 }))).toBe('PROFILE_VALUE_INVALID');
    });

    it('removes an ECG finding by the text the profile lists, and refuses a correction of one', () => {
      expect(sut(coded, { operation: 'remove', kind: 'ecg', key: 'st-elevation (V1, V2)' }).ecgFindings?.map((finding) => finding.id)).toEqual([
        'qt-prolongation',
      ]);
      expect(codeOf(() => sut(coded, { operation: 'remove', kind: 'ecg', key: 'st-depression' }))).toBe('PROFILE_FACT_NOT_FOUND');
      expect(codeOf(() => sut(coded, { operation: 'correct', kind: 'ecg', key: 'qt-prolongation', value: 'x' }))).toBe('PROFILE_FACT_NOT_CORRECTABLE');
    });
  });
});
