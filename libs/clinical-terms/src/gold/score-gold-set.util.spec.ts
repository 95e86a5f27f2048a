import type { ConceptMention, ExtractionResult } from '../lib/extract/extraction.types';
import { scoreGoldSet, type GoldSentence } from './score-gold-set.util';

function mention(code: string, flags: { negated?: boolean; family?: boolean }): ConceptMention {
  return {
    start: 0,
    end: 1,
    text: code,
    id: code,
    negated: flags.negated ?? false,
    uncertain: false,
    family: flags.family ?? false,
    icd11: { code, title: null },
  } as unknown as ConceptMention;
}

const goutInMotherDeniedByPatient: GoldSentence = {
  text: '母亲患痛风，本人否认痛风',
  category: 'family',
  concepts: [
    { icd11: 'FA25.Z', kind: 'condition', negated: false, uncertain: false, family: true },
    { icd11: 'FA25.Z', kind: 'condition', negated: true, uncertain: false, family: false },
  ],
  drugs: [],
  labs: [],
  notLabs: [],
};

describe(scoreGoldSet.name, () => {
  it("counts no family leak when the patient's own mention of the relative's disease is one the gold expects (a denial)", () => {
    const extract = (): ExtractionResult => ({ entities: [], concepts: [mention('FA25.Z', { family: true }), mention('FA25.Z', { negated: true })] });
    expect(scoreGoldSet([goutInMotherDeniedByPatient], extract).familyLeaks).toBe(0);
  });

  it("counts a family leak when the relative's disease is read as the patient's own", () => {
    const extract = (): ExtractionResult => ({ entities: [], concepts: [mention('FA25.Z', {}), mention('FA25.Z', { negated: true })] });
    expect(scoreGoldSet([goutInMotherDeniedByPatient], extract).familyLeaks).toBe(1);
  });
});
