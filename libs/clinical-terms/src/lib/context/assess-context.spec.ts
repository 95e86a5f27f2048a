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
    ['w/o fever', ['fever[neg]']],
    ['nil cough', ['cough[neg]']],
    ["didn't have a fever", ['fever[neg]']],
    ['no chest pain, rubs or fever', ['chest-pain[neg]', 'fever[neg]']],
    ['no chest pain, productive cough', ['chest-pain[neg]', 'cough']],
    // 不 inside a finding's own word (言语不清, 神志不清, 心律不齐, 食欲不振, 步态不稳) denies nothing after it.
    ['神志不清、发热', ['fever']],
    ['言语不清，咳嗽', ['cough']],
    ['视物不清、胸痛', ['chest-pain']],
    ['心律不齐、胸痛', ['chest-pain']],
    ['食欲不振，发热', ['fever']],
    ['步态不稳、咳嗽', ['cough']],
    ['鼻子不通气、咳嗽', ['cough']],
    ['鼻子不通,发热', ['fever']],
    ['烦躁不安、发热', ['fever']],
    ['瞳孔不等大，发热', ['fever']],
    ['胸痛未缓解、咳嗽', ['chest-pain', 'cough']],
    ['胸痛不缓解、发热', ['chest-pain', 'fever']],
    ['咳嗽未见好转，发热', ['cough', 'fever']],
    // A test named between the finding and its result: the result still denies the finding.
    ['Fever screen negative.', ['fever[neg]']],
    ['PE scan negative', ['pulmonary-embolism[neg]']],
    ['MI test negative', ['acute-myocardial-infarction[neg]']],
    ['房颤筛查阴性', ['atrial-fibrillation[neg]']],
    ['Cough: none', ['cough[neg]']],
    ['Cough none.', ['cough[neg]']],
    // The answer written after the finding, closing it: 否认, 无, 没有, 不明显, "- none", "denied".
    ['胸痛否认。', ['chest-pain[neg]']],
    ['咳嗽否认,发热', ['cough[neg]', 'fever']],
    ['发热无,咳嗽', ['fever[neg]', 'cough']],
    ['胸痛 无', ['chest-pain[neg]']],
    ['发热、咳嗽无。', ['fever[neg]', 'cough[neg]']],
    ['咳嗽没有。', ['cough[neg]']],
    ['胸痛不明显,发热', ['chest-pain[neg]', 'fever']],
    ['Cough - none', ['cough[neg]']],
    ['Chest pain — none.', ['chest-pain[neg]']],
    ['Fever: denied.', ['fever[neg]']],
    ['Cough denied, fever', ['cough[neg]', 'fever']],
    ['Cough: nil', ['cough[neg]']],
    ['Fever - nil. Cough', ['fever[neg]', 'cough']],
    ['Chest pain: denies.', ['chest-pain[neg]']],
    ['Fever: absent, cough', ['fever[neg]', 'cough']],
    ['发热:否', ['fever[neg]']],
    ['胸痛未再发作,咳嗽', ['chest-pain[neg]', 'cough']],
    // 均/都 after a list: the answer is every listed finding's.
    ['发热咳嗽均无', ['fever[neg]', 'cough[neg]']],
    ['发热、胸痛均否认。', ['fever[neg]', 'chest-pain[neg]']],
    ['咳嗽、发热都没有', ['cough[neg]', 'fever[neg]']],
    // A table row: the finding, then its answer in the next cell.
    ['| Fever | Y |\n| Cough | N |', ['fever', 'cough[neg]']],
    ['发热|有\n咳嗽|无\n胸痛|有', ['fever', 'cough[neg]', 'chest-pain']],
    ['| 咳嗽 | 否 |', ['cough[neg]']],
    // The same words opening what follows deny only that: the finding before them is present.
    ['发热无寒战', ['fever']],
    ['发热无咳嗽', ['fever', 'cough[neg]']],
    ['发热无明显诱因', ['fever']],
    ['咳嗽否认胸痛', ['cough', 'chest-pain[neg]']],
    ['胸痛不明显加重', ['chest-pain']],
    ['Cough denied fever', ['cough', 'fever[neg]']],
    ['Cough denies fever', ['cough', 'fever[neg]']],
    ['发热 无 咳嗽', ['fever', 'cough[neg]']],
    ['Cough - nil by mouth', ['cough']],
    ['Cough: none since May.', ['cough[neg]']],
    ['Fever - nil overnight', ['fever[neg]']],
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
    ['presumed PE', ['pulmonary-embolism[unc]']],
    ['CTPA to exclude PE', ['pulmonary-embolism[unc]']],
    ['PE excluded', ['pulmonary-embolism[neg]']],
    ['倾向于房颤', ['atrial-fibrillation[unc]']],
    // "unlikely" is doubt leaning to no: never a settled diagnosis.
    ['PE unlikely', ['pulmonary-embolism[unc]']],
    ['PE is unlikely', ['pulmonary-embolism[unc]']],
    ['MI less likely', ['acute-myocardial-infarction[unc]']],
    ['Unlikely PE given normal D-dimer', ['pulmonary-embolism[unc]']],
    ['Likely PE', ['pulmonary-embolism[unc]']],
    ['糖尿病可能导致哪些并发症?', ['type-2-diabetes']],
    ['What is the first-line treatment for hypertension?', ['essential-hypertension']],
  ])('uncertainty: %s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  // A doubt mark scopes to the term it is attached to: the findings and diagnoses beside it keep their certainty.
  it.each([
    ['发热、咳嗽、肺栓塞?', ['fever', 'cough', 'pulmonary-embolism[unc]']],
    ['高血压、糖尿病、房颤?', ['essential-hypertension', 'type-2-diabetes', 'atrial-fibrillation[unc]']],
    ['发热咳嗽 肺栓塞待查', ['fever', 'cough', 'pulmonary-embolism[unc]']],
    ['胸痛 肺栓塞? 发热', ['chest-pain', 'pulmonary-embolism[unc]', 'fever']],
    ['肺栓塞?伴发热咳嗽', ['pulmonary-embolism[unc]', 'fever', 'cough']],
    ['肺栓塞可能 发热 咳嗽', ['pulmonary-embolism[unc]', 'fever', 'cough']],
    ['肺栓塞待排,高血压', ['pulmonary-embolism[unc]', 'essential-hypertension']],
    ['疑似肺栓塞 发热 咳嗽', ['pulmonary-embolism[unc]', 'fever', 'cough']],
    ['考虑急性心梗 高血压 糖尿病', ['acute-myocardial-infarction[unc]', 'essential-hypertension', 'type-2-diabetes']],
    ['?PE chest pain', ['pulmonary-embolism[unc]', 'chest-pain']],
    // Doubt written after the term: "to be excluded", 考虑 closing a Chinese diagnosis.
    ['PE to be excluded, fever', ['pulmonary-embolism[unc]', 'fever']],
    ['肺栓塞考虑,发热', ['pulmonary-embolism[unc]', 'fever']],
    // "likely secondary to" doubts the cause it names, not the finding before it.
    ['fever likely secondary to PE', ['fever', 'pulmonary-embolism[unc]']],
    ['chest pain probably due to PE', ['chest-pain', 'pulmonary-embolism[unc]']],
    // The signs listed after "X not excluded –" are found, not denied.
    ['PE not excluded – fever, cough', ['pulmonary-embolism[unc]', 'fever', 'cough']],
  ])('uncertainty stays with its own term: %s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  // Alternatives named together share the doubt: "A或B待排" doubts both, "考虑A、B" names a differential.
  it.each([
    ['肺栓塞或心梗待排', ['pulmonary-embolism[unc]', 'acute-myocardial-infarction[unc]']],
    ['考虑肺栓塞、心梗', ['pulmonary-embolism[unc]', 'acute-myocardial-infarction[unc]']],
    ['考虑急性心梗合并房颤', ['acute-myocardial-infarction[unc]', 'atrial-fibrillation[unc]']],
    ['r/o PE or MI', ['pulmonary-embolism[unc]', 'acute-myocardial-infarction[unc]']],
    ['PE vs MI', ['pulmonary-embolism[unc]', 'acute-myocardial-infarction[unc]']],
    ['chest pain, PE versus MI, fever', ['chest-pain', 'pulmonary-embolism[unc]', 'acute-myocardial-infarction[unc]', 'fever']],
    ['DDx: PE, MI', ['pulmonary-embolism[unc]', 'acute-myocardial-infarction[unc]']],
  ])('uncertainty over named alternatives: %s', (text, expected) => {
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

  // A relative who opens a sentence stays its subject over later clauses that name no subject of their own.
  it.each([
    ['父亲有高血压,60岁时心梗去世', ['essential-hypertension[fam]', 'acute-myocardial-infarction[fam]']],
    ['母亲糖尿病,后并发慢性肾病', ['type-2-diabetes[fam]', 'chronic-kidney-disease[fam]']],
    ['Mother had diabetes, later an MI', ['type-2-diabetes[fam]', 'acute-myocardial-infarction[fam]']],
  ])('relative as the subject across clauses: %s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it.each([
    ['父亲有高血压,患者有糖尿病', ['essential-hypertension[fam]', 'type-2-diabetes']],
    ['父亲有高血压。糖尿病10年', ['essential-hypertension[fam]', 'type-2-diabetes']],
    ['Father had an MI, patient has diabetes', ['acute-myocardial-infarction[fam]', 'type-2-diabetes']],
  ])("the relative's reach ends where the patient is named or the sentence ends: %s", (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  // A word that names a finding and denies it at once, with no trigger around it.
  it.each([
    ['afebrile', [{ negated: true, uncertain: false, family: false }]],
    [
      'apyrexial, cough',
      [
        { negated: true, uncertain: false, family: false },
        { negated: false, uncertain: false, family: false },
      ],
    ],
  ])('self-negating finding: %s', (text, expected) => {
    const spans = [...text.matchAll(/afebrile|apyrexial|cough/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    expect(assessContext(text, spans)).toEqual(expected);
  });
});
