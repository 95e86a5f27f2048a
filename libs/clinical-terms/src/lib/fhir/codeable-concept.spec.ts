import { ClinicalTermEngine } from '../extract/clinical-term-engine';
import { fixtureDictionary } from '../testing/fixture-dictionary';
import { toCodeableConcept } from './codeable-concept';

describe(toCodeableConcept.name, () => {
  it('codes a mention in ICD-11 MMS, ICD-10 and SNOMED CT with the preferred name as text', () => {
    const mention = new ClinicalTermEngine(fixtureDictionary()).extract('急性心梗').concepts[0];
    if (mention === undefined) throw new Error('no mention found');
    expect(toCodeableConcept(mention)).toEqual({
      coding: [
        { system: 'http://id.who.int/icd/release/11/mms', code: 'BA41', display: 'Acute myocardial infarction' },
        { system: 'http://hl7.org/fhir/sid/icd-10', code: 'I21.9' },
        { system: 'http://snomed.info/sct', code: '57054005' },
      ],
      text: '急性心肌梗死',
    });
    expect(toCodeableConcept(mention, 'en').text).toBe('Acute myocardial infarction');
  });

  it('leaves out codes the concept does not have', () => {
    const mention = new ClinicalTermEngine(fixtureDictionary()).extract('胸痛').concepts[0];
    if (mention === undefined) throw new Error('no mention found');
    expect(toCodeableConcept(mention).coding.map((coding) => coding.system)).toEqual(['http://hl7.org/fhir/sid/icd-10', 'http://snomed.info/sct']);
  });
});
