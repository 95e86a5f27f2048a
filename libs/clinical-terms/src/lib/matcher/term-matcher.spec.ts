import { normaliseText } from '../normalise/normalise-text';
import { fixtureDictionary } from '../testing/fixture-dictionary';
import { shippedDictionary } from '../dictionary/shipped-dictionary';
import { LONGER_DISEASE_WORDS } from './chinese-word-context';
import { TermMatcher } from './term-matcher';

function idsIn(sut: TermMatcher, text: string): string[] {
  const normalised = normaliseText(text);
  return sut.find(normalised).map((hit) => `${hit.concepts[0].id}:${normalised.cased.slice(hit.start, hit.end)}`);
}

describe(TermMatcher.name, () => {
  const dictionary = fixtureDictionary();
  const sut = new TermMatcher([...dictionary.conditions, ...dictionary.labTests, ...dictionary.drugs]);

  it('prefers the longest match', () => {
    expect(idsIn(sut, '急性心肌梗死')).toEqual(['acute-myocardial-infarction:急性心肌梗死']);
    expect(idsIn(sut, '2型糖尿病')).toEqual(['type-2-diabetes:2型糖尿病']);
  });

  it('matches Chinese inside running text without boundaries', () => {
    expect(idsIn(sut, '患者既往高血压10年,糖尿病5年')).toEqual(['essential-hypertension:高血压', 'type-2-diabetes:糖尿病']);
  });

  it('matches English on word boundaries only', () => {
    expect(idsIn(sut, 'Hypertension and diabetes.')).toEqual(['essential-hypertension:Hypertension', 'type-2-diabetes:diabetes']);
    expect(idsIn(sut, 'prediabetesX')).toEqual([]);
  });

  it('matches short abbreviations only in their own case and as whole words', () => {
    expect(idsIn(sut, 'after a mild walk')).toEqual([]);
    expect(idsIn(sut, 'Hx of MI, now AF')).toEqual(['acute-myocardial-infarction:MI', 'atrial-fibrillation:AF']);
    expect(idsIn(sut, 'hx of mi')).toEqual([]);
  });

  it('lets a lab abbreviation touch the number that follows', () => {
    expect(idsIn(sut, 'K5.6')).toEqual(['potassium:K']);
  });

  it('matches full-width and traditional spellings', () => {
    expect(idsIn(sut, 'ＡＦ，高血壓')).toEqual(['atrial-fibrillation:AF', 'essential-hypertension:高血压']);
  });
});

describe('LONGER_DISEASE_WORDS', () => {
  const dictionary = shippedDictionary();
  const terms = new Set([...dictionary.conditions].flatMap((concept) => [concept.zh, ...concept.zhSynonyms]).map((term) => normaliseText(term).folded));

  it('lists only words that hide a shorter dictionary name and have no concept of their own', () => {
    for (const word of LONGER_DISEASE_WORDS) {
      expect(terms.has(word), word).toBe(false);
      expect(
        [...terms].some((term) => term.length < word.length && word.includes(term)),
        word,
      ).toBe(true);
    }
  });

  it('blocks the shorter name inside the longer word but not elsewhere', () => {
    const sut = new TermMatcher(dictionary.conditions);
    const ids = (text: string) => sut.find(normaliseText(text)).map((hit) => hit.concepts[0].id);
    expect(ids('心源性哮喘')).toEqual([]);
    expect(ids('支气管哮喘;心源性哮喘')).toEqual(['asthma']);
    expect(ids('肺炎链球菌肺炎')).toEqual(['pneumonia']);
  });
});
