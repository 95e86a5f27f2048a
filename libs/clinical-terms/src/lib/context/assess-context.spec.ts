import { ClinicalTermEngine } from '../extract/clinical-term-engine';
import { fixtureDictionary } from '../testing/fixture-dictionary';
import { assessContext } from './assess-context';

const engine = new ClinicalTermEngine(fixtureDictionary());

function flags(text: string): string[] {
  return engine.extract(text).concepts.map((concept) => {
    const marks = [concept.negated && 'neg', concept.uncertain && 'unc', concept.family && 'fam'].filter(Boolean);
    return `${concept.id}${marks.length ? `[${marks.join(',')}]` : ''}`;
  });
}

describe(assessContext.name, () => {
  it.each([
    ['否认糖尿病史', ['type-2-diabetes[neg]']],
    ['否认高血压、糖尿病史', ['essential-hypertension[neg]', 'type-2-diabetes[neg]']],
    ['无发热,有咳嗽', ['fever[neg]', 'cough']],
    ['无发热但咳嗽', ['fever[neg]', 'cough']],
    ['未见肺栓塞', ['pulmonary-embolism[neg]']],
    ['排除肺栓塞', ['pulmonary-embolism[neg]']],
    ['不伴胸痛', ['chest-pain[neg]']],
    ['无明显诱因出现胸痛', ['chest-pain']],
    ['Denies chest pain.', ['chest-pain[neg]']],
    ['No history of diabetes', ['type-2-diabetes[neg]']],
    ['No chest pain, fever, or cough.', ['chest-pain[neg]', 'fever[neg]', 'cough[neg]']],
    ['Negative for PE.', ['pulmonary-embolism[neg]']],
    ['PE ruled out.', ['pulmonary-embolism[neg]']],
    ['Fever without cough', ['fever', 'cough[neg]']],
    ['no fever but has a cough', ['fever[neg]', 'cough']],
  ])('negation: %s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it.each([
    ['?PE', ['pulmonary-embolism[unc]']],
    ['疑似肺栓塞', ['pulmonary-embolism[unc]']],
    ['肺栓塞待排', ['pulmonary-embolism[unc]']],
    ['待排除肺栓塞', ['pulmonary-embolism[unc]']],
    ['可能是房颤', ['atrial-fibrillation[unc]']],
    ['possible MI', ['acute-myocardial-infarction[unc]']],
    ['suspected pulmonary embolism', ['pulmonary-embolism[unc]']],
    ['r/o MI', ['acute-myocardial-infarction[unc]']],
    ['糖尿病可能导致哪些并发症?', ['type-2-diabetes']],
    ['What is the first-line treatment for hypertension?', ['essential-hypertension']],
  ])('uncertainty: %s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it.each([
    ['母亲有糖尿病', ['type-2-diabetes[fam]']],
    ['有高血压家族史', ['essential-hypertension[fam]']],
    ['家族史:父亲高血压,母亲糖尿病', ['essential-hypertension[fam]', 'type-2-diabetes[fam]']],
    ['Mother had MI at 50', ['acute-myocardial-infarction[fam]']],
    ['family history of diabetes', ['type-2-diabetes[fam]']],
    ['Family history: hypertension, diabetes.', ['essential-hypertension[fam]', 'type-2-diabetes[fam]']],
    ['高血压10年,母亲有糖尿病', ['essential-hypertension', 'type-2-diabetes[fam]']],
  ])('family history: %s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });
});
