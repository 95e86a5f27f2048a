import type { ClinicalEntity } from '../entities/entity.types';
import { applyCorrections } from './apply-corrections.util';

describe(applyCorrections.name, () => {
  const original = 'Age 65, ACTUALLY 78';
  const entities: ClinicalEntity[] = [{ type: 'age', years: 65, start: 4, end: 6, text: '65' }];

  it('restates the age after a marker whatever its case', () => {
    expect(applyCorrections(original, entities)).toEqual([
      { type: 'age', years: 65, start: 4, end: 6, text: '65', superseded: true },
      { type: 'age', years: 78, start: 17, end: 19, text: '78', correction: true },
    ]);
  });

  it('answers the same with the lower-cased text handed in', () => {
    expect(applyCorrections(original, entities, original.toLowerCase())).toEqual(applyCorrections(original, entities));
  });
});
