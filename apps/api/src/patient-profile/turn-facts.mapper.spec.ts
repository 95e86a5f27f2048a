import { shippedTermEngine } from '@medlocal/clinical-terms';
import { toTurnFacts } from './turn-facts.mapper';

describe(toTurnFacts.name, () => {
  const engine = shippedTermEngine();

  it('keeps a drug said not to be given out of the medications', () => {
    const sut = toTurnFacts(engine.extract('未用肝素，阿司匹林100mg qd'), 'zh');
    expect(sut.drugs.map((drug) => drug.id)).toEqual(['aspirin']);
  });

  it.each(['no heparin given', 'heparin was withheld', '否认服用肝素'])('«%s» puts no heparin in the profile', (text) => {
    expect(toTurnFacts(engine.extract(text), 'en').drugs).toEqual([]);
  });

  it('still lists a drug given', () => {
    expect(toTurnFacts(engine.extract('heparin 5000 units sc bd'), 'en').drugs.map((drug) => drug.id)).toEqual(['heparin']);
  });

  it('keeps ECG findings with their leads, and one said to be absent as negated', () => {
    const sut = toTurnFacts(engine.extract('心电图示V1-V3导联ST段抬高，无QT间期延长'), 'zh');
    expect(sut.ecg).toEqual([
      { id: 'st-elevation (V1, V2, V3)', finding: 'st-elevation', leads: ['V1', 'V2', 'V3'], negated: false },
      { id: 'qt-prolongation', finding: 'qt-prolongation', leads: [], negated: true },
    ]);
  });
});
