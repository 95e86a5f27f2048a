import { normaliseText } from '../normalise/normalise-text';
import { fixtureDictionary } from '../testing/fixture-dictionary';
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
    expect(idsIn(sut, '患者既往高血压10年,糖尿病5年')).toEqual([
      'essential-hypertension:高血压',
      'type-2-diabetes:糖尿病',
    ]);
  });

  it('matches English on word boundaries only', () => {
    expect(idsIn(sut, 'Hypertension and diabetes.')).toEqual([
      'essential-hypertension:Hypertension',
      'type-2-diabetes:diabetes',
    ]);
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
