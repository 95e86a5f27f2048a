import { shippedDictionary } from '@medlocal/clinical-terms';
import { deidentify } from '../deidentifier';

/**
 * Every condition, drug, lab test and anatomy term of MedLocal's dictionary, in Chinese and English, must
 * survive de-identification on its own and in the places where a name would stand ("患者房颤", "巴雷特食管，
 * 予对症治疗"): many of them open with a surname character (房, 麻, 白, 霍, 韦) or an eponym.
 */
describe('clinical dictionary terms survive de-identification', () => {
  const dictionary = shippedDictionary();
  const forms = new Set<string>();
  for (const concept of [...dictionary.conditions, ...dictionary.drugs, ...dictionary.labTests, ...dictionary.anatomy]) {
    for (const form of [concept.zh, ...concept.zhSynonyms, concept.en, ...concept.enSynonyms]) if (form) forms.add(form);
  }

  it('holds thousands of terms to check', () => {
    expect(forms.size).toBeGreaterThan(5000);
  });

  it('changes none of them, alone, after 患者 or before a clause', () => {
    const changed: string[] = [];
    for (const form of forms) {
      for (const text of [form, `患者${form}。`, `${form}，予对症治疗。`]) {
        const result = deidentify(text);
        if (result.findings.length > 0) changed.push(result.text);
      }
    }
    expect(changed).toEqual([]);
  });
});
