import { shippedTermEngine } from '@medlocal/clinical-terms';
import { extractDocumentFacts } from './extract-document-facts.util';
import { medicationSectionOf } from './medication-section.util';
import { normaliseDose } from './normalise-dose.util';

describe(extractDocumentFacts.name, () => {
  const engine = shippedTermEngine();

  it('takes discharge drugs only, and the patient’s own diagnoses only', () => {
    const text = [
      '入院诊断：1. 原发性高血压 2. 2型糖尿病',
      '既往史：否认冠心病史。家族史：父亲患心房颤动。',
      '住院经过：予头孢曲松2g ivgtt qd抗感染。',
      '出院带药：',
      '1. 苯磺酸氨氯地平 5mg qd 口服',
      '2. 二甲双胍 0.5g bid',
      '出院医嘱：2周后随访，复查时可予呋塞米20mg。',
    ].join('\n');
    const sut = extractDocumentFacts({ text, department: 'cardiology', engine });
    expect(sut.drugs).toEqual([
      { drugId: 'amlodipine', atc: 'C08CA01', dose: { value: 5, unit: 'mg' }, frequency: 'qd', route: 'oral' },
      { drugId: 'metformin', atc: 'A10BA02', dose: { value: 500, unit: 'mg' }, frequency: 'bid', route: null },
    ]);
    expect([...sut.diagnoses].sort()).toEqual(['5A11', 'BA00.Z']);
    expect(sut.department).toBe('cardiology');
  });

  it('leaves out a drug said not to be given', () => {
    const sut = extractDocumentFacts({ text: '出院带药：\n未用华法林。\n阿司匹林 100mg qd', department: null, engine });
    expect(sut.drugs.map((drug) => drug.drugId)).toEqual(['aspirin']);
  });

  it('reads the whole text when there is no medication heading', () => {
    const sut = extractDocumentFacts({ text: 'Started aspirin 100 mg daily for coronary atherosclerosis.', department: null, engine });
    expect(sut.drugs.map((drug) => drug.drugId)).toEqual(['aspirin']);
    expect(sut.diagnoses).toEqual(['BA52.Z']);
  });
});

describe(medicationSectionOf.name, () => {
  it('ends the section at the next heading', () => {
    const text = 'Discharge medications: aspirin 100 mg daily\nFollow-up: clinic';
    const section = medicationSectionOf(text);
    expect(text.slice(section.start, section.end)).toBe(' aspirin 100 mg daily');
  });
});

describe(normaliseDose.name, () => {
  it.each([
    [
      { value: 0.5, unit: 'g' },
      { value: 500, unit: 'mg' },
    ],
    [
      { value: 18, unit: 'μg' },
      { value: 0.018, unit: 'mg' },
    ],
    [
      { value: 0.125, unit: 'mg' },
      { value: 0.125, unit: 'mg' },
    ],
    [
      { value: 12, unit: 'U' },
      { value: 12, unit: 'U' },
    ],
  ])('%o becomes %o', (dose, expected) => {
    expect(normaliseDose(dose)).toEqual(expected);
  });
});
