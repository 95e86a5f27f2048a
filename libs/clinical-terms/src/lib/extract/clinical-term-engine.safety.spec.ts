import { shippedTermEngine } from '../dictionary/shipped-dictionary';
import type { ConceptMention } from './extraction.types';

/**
 * Classes of coding error that put a wrong fact in the patient's profile, each checked on the
 * shipped dictionary with sentences of the kind clinicians write.
 */
const sut = shippedTermEngine();

function coded(text: string): string[] {
  return sut.extract(text).concepts.map((concept) => `${concept.text}=${concept.icd11?.code ?? '-'}`);
}

function only(text: string): ConceptMention {
  const { concepts } = sut.extract(text);
  expect(concepts).toHaveLength(1);
  return concepts[0];
}

describe('shipped term engine: safety classes', () => {
  describe('a short Chinese disease name inside a longer word that is another disease', () => {
    it.each([
      ['全身荨麻疹3天', ['荨麻疹=EB05']],
      ['幼年曾患破伤风', ['破伤风=1C13']],
      ['副伤寒杆菌培养阳性后确诊副伤寒', ['副伤寒=1A08']],
      ['流行病学提示斑疹伤寒', ['斑疹伤寒=1C30.Z']],
      ['腹泻伴脓血便,考虑阿米巴痢疾', ['腹泻=ME05.1', '血便=ME24.A3', '阿米巴痢疾=1A36.00']],
      ['双下肢结节性红斑', ['结节性红斑=EB31']],
      ['再生障碍性贫血10年', ['再生障碍性贫血=3A70.Z']],
      ['肝内胆管结石术后', ['肝内胆管结石=DC11.7']],
      ['青霉素皮试后过敏性休克', ['过敏性休克=4A84.Z']],
    ])('codes the longer disease: %s', (text, expected) => {
      expect(coded(text)).toEqual(expected);
    });

    it.each([
      ['夜间阵发性呼吸困难,心源性哮喘发作', ['夜间阵发性呼吸困难=MD11.5']],
      ['眼底检查:黄斑水肿', []],
      ['既往丛集性头痛', []],
      ['血小板减少性紫癜病史', []],
      ['痰培养:肺炎克雷伯菌', []],
      ['结核菌素试验阴性', []],
      ['已接种乙肝疫苗,乙肝表面抗体阳性', []],
      ['梅毒螺旋体抗体阴性', []],
      ['今年已打流感疫苗', []],
    ])('codes no disease the patient was not said to have: %s', (text, expected) => {
      expect(coded(text)).toEqual(expected);
    });

    it('still codes the short name where it stands alone', () => {
      expect(coded('肺炎,伤寒,哮喘')).toEqual(['肺炎=CA40.Z', '伤寒=1A07.Z', '哮喘=CA23.32']);
    });
  });

  describe('ST elevation and non-ST elevation myocardial infarction', () => {
    it.each([
      'NSTEMI',
      'non-STEMI',
      'non STEMI',
      'NSTE-MI',
      'non-ST elevation MI',
      'non ST-elevation MI',
      'non-ST-elevation myocardial infarction',
      'non ST elevation myocardial infarction',
      'non-ST segment elevation myocardial infarction',
      '急性非ST段抬高型心肌梗死',
      '非ST段抬高心肌梗死',
      '非ST抬高型心梗',
    ])('%s is BA41.1 / I21.4 / SNOMED 401314000', (text) => {
      const mention = only(`Admitted with ${text} yesterday.`);
      expect([mention.icd11?.code, mention.icd10?.code, mention.snomed?.id]).toEqual(['BA41.1', 'I21.4', '401314000']);
    });

    it.each([
      'STEMI',
      'ST-elevation MI',
      'ST elevation myocardial infarction',
      'ST-segment elevation myocardial infarction',
      '急性ST段抬高型心肌梗死',
      'ST段抬高心肌梗死',
    ])('%s is BA41.0 / I21 / SNOMED 401303003', (text) => {
      const mention = only(`Admitted with ${text} yesterday.`);
      expect([mention.icd11?.code, mention.icd10?.code, mention.snomed?.id]).toEqual(['BA41.0', 'I21', '401303003']);
    });
  });

  describe('family history with the relative named after the disease', () => {
    it.each([
      'FH of diabetes (father).',
      'Family hx: breast cancer in mother.',
      'Stroke — mother, aged 70.',
      'f/h: hypertension (both parents)',
      '家族史:糖尿病(父亲)',
      '高血压(母亲)',
      'diabetes in his brother',
    ])('%s', (text) => {
      const { concepts } = sut.extract(text);
      expect(concepts.length).toBeGreaterThan(0);
      expect(concepts.every((concept) => concept.family)).toBe(true);
    });

    it('keeps the patient’s own disease when a relative is named in the next clause', () => {
      expect(sut.extract('HTN, mother has DM').concepts.map((concept) => `${concept.text}:${concept.family}`)).toEqual(['HTN:false', 'DM:true']);
    });
  });

  describe('a concentration in % after a drug or solution name', () => {
    function types(text: string): string[] {
      return sut
        .extract(text)
        .entities.map((entity) => (entity.type === 'drug' ? `drug:${entity.drugId}` : entity.type === 'lab' ? `lab:${entity.labId}` : entity.type));
    }

    it.each([
      ['白蛋白 20% 50ml ivgtt', ['drug:albumin-human']],
      ['albumin 20% 100 ml', ['drug:albumin-human']],
      ['glucose 50% 40ml iv', ['drug:glucose-solution']],
      ['50%葡萄糖 40ml 静推', ['drug:glucose-solution']],
      ['0.9%氯化钠 250ml', ['drug:sodium-chloride']],
      ['NaCl 0.9% 500ml', ['drug:sodium-chloride']],
      ['葡萄糖酸钙 10% 10ml iv', ['drug:calcium-gluconate']],
    ])('%s is a drug', (text, expected) => {
      expect(types(text)).toEqual(expected);
    });

    it.each([
      ['HbA1c 7.5%', ['lab:hba1c']],
      ['Hct 35%', ['lab:haematocrit']],
      ['白蛋白 32g/L', ['lab:albumin']],
      ['血糖 5.6', ['lab:glucose']],
    ])('%s stays a lab reading', (text, expected) => {
      expect(types(text)).toEqual(expected);
    });
  });

  describe('question marks and "also not" negation', () => {
    function flags(text: string): string[] {
      return sut.extract(text).concepts.map((concept) => `${concept.text}${concept.negated ? ':neg' : ''}${concept.uncertain ? ':unc' : ''}`);
    }

    it.each([
      ['sepsis ?source', ['sepsis']],
      ['? sepsis', ['sepsis:unc']],
      ['Impression: ? pneumonia', ['pneumonia:unc']],
      ['sepsis?', ['sepsis:unc']],
      ['也不咳嗽', ['咳嗽:neg']],
      ['无发热,也不咳嗽', ['发热:neg', '咳嗽:neg']],
      ['亦未胸痛', ['胸痛:neg']],
      ['并无呕吐', ['呕吐:neg']],
    ])('%s', (text, expected) => {
      expect(flags(text)).toEqual(expected);
    });
  });

  describe('everyday vocabulary', () => {
    it.each([
      ["Hashimoto's thyroiditis", '5A03.20'],
      ['Hashimoto thyroiditis', '5A03.20'],
      ["Alzheimer's dementia", '6D80.Z'],
      ["Alzheimer's disease", '8A20'],
      ['L MCA infarct', '8B11.5Z'],
      ['right MCA territory infarction', '8B11.5Z'],
      ['大脑中动脉供血区梗死', '8B11.5Z'],
      ['房颤律', 'BC81.3Z'],
    ])('%s is coded %s', (text, code) => {
      expect(only(text).icd11?.code).toBe(code);
    });

    it.each([
      ['颈静脉怒张', 'jugular-venous-distension'],
      ['反酸烧心', 'acid-regurgitation'],
      ['流涕2天', 'rhinorrhoea'],
      ['raised JVP', 'jugular-venous-distension'],
    ])('%s is recognised as a sign or symptom', (text, id) => {
      expect(sut.extract(text).concepts[0]).toMatchObject({ id, category: 'symptom' });
    });
  });

  describe('alcohol-related liver disease', () => {
    it.each([
      ['alcoholic cirrhosis', 'DB94.3', 'K70.3'],
      ['alcoholic liver cirrhosis', 'DB94.3', 'K70.3'],
      ['alcohol-related cirrhosis', 'DB94.3', 'K70.3'],
      ['EtOH cirrhosis', 'DB94.3', 'K70.3'],
      ['酒精性肝硬化', 'DB94.3', 'K70.3'],
      ['酒精性肝硬变', 'DB94.3', 'K70.3'],
      ['酒精性肝纤维化', 'DB94.2', 'K70.2'],
      ['alcoholic hepatitis with cirrhosis', 'DB94.10', 'K70.1'],
      ['alcoholic steatohepatitis', 'DB94.1Z', 'K70.1'],
      ['酒精性脂肪性肝病', 'DB94.0', 'K70.0'],
      ['alcohol-related liver disease', 'DB94.Z', 'K70.9'],
      ['酒精肝', 'DB94.Z', 'K70.9'],
    ])('%s is %s / %s', (text, icd11, icd10) => {
      const mention = only(text);
      expect([mention.icd11?.code, mention.icd10?.code]).toEqual([icd11, icd10]);
    });
  });
});
