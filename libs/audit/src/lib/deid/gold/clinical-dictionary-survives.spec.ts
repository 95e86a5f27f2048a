import { shippedDictionary } from '@medlocal/clinical-terms';
import { deidentify } from '../deidentifier';

/**
 * Every condition, drug, lab test and anatomy term of MedLocal's dictionary, in Chinese and English, must
 * survive de-identification on its own and in the places where a name would stand ("患者房颤", "巴雷特食管，
 * 予对症治疗"): many of them open with a surname character (房, 麻, 白, 霍, 韦) or an eponym.
 */
/** Tens of thousands of texts: on a loaded shared machine that takes longer than vitest's default 5 s. */
const MANY_TEXTS_TIMEOUT_MS = 60_000;

describe('clinical dictionary terms survive de-identification', () => {
  const dictionary = shippedDictionary();
  const forms = new Set<string>();
  for (const concept of [...dictionary.conditions, ...dictionary.drugs, ...dictionary.labTests, ...dictionary.anatomy]) {
    for (const form of [concept.zh, ...concept.zhSynonyms, concept.en, ...concept.enSynonyms]) if (form) forms.add(form);
  }

  it('holds thousands of terms to check', () => {
    expect(forms.size).toBeGreaterThan(5000);
  });

  it(
    'changes none of them, alone, after 患者 or before a clause',
    () => {
      const changed: string[] = [];
      for (const form of forms) {
        for (const text of [form, `患者${form}。`, `${form}，予对症治疗。`]) {
          const result = deidentify(text);
          if (result.findings.length > 0) changed.push(result.text);
        }
      }
      expect(changed).toEqual([]);
    },
    MANY_TEXTS_TIMEOUT_MS,
  );

  it(
    'changes none of them in the name slots of familiar forms, bed numbers and lone given names',
    () => {
      const capitalised = (form: string) => form.charAt(0).toUpperCase() + form.slice(1);
      const changed: string[] = [];
      for (const form of forms) {
        const slots = /[\u4e00-\u9fa5]/.test(form)
          ? [`${form}7床`, `与${form}沟通。`, `今日${form}出院。`, `老${form}今日好转。`, `小${form}已消退。`, `复查后${form}好转。`, `家属称${form}加重。`]
          : [`${capitalised(form)} reports improvement.`, `Seen with ${form} today.`, `bed 3 ${form} overnight.`, `Discussed with ${form}, then home.`];
        for (const text of slots) {
          const result = deidentify(text);
          if (result.findings.some((finding) => finding.type === 'name')) changed.push(result.text);
        }
      }
      expect(changed).toEqual([]);
    },
    MANY_TEXTS_TIMEOUT_MS,
  );
});
