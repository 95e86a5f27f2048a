import { fixtureDictionary } from '../testing/fixture-dictionary';
import { TypoFallback } from './typo-fallback';

const hypertension = fixtureDictionary().conditions.find((concept) => concept.id === 'essential-hypertension');
const infarction = fixtureDictionary().conditions.find((concept) => concept.id === 'acute-myocardial-infarction');

function lookedUp(sut: TypoFallback, word: string): string[] | null {
  return sut.lookup(word, 0, word.length)?.map((concept) => concept.id) ?? null;
}

describe(TypoFallback.name, () => {
  if (hypertension === undefined || infarction === undefined) throw new Error('fixture concepts missing');

  it('reads a vowel slip of one name as that name, and an ordinary word as nothing', () => {
    const sut = new TypoFallback();
    sut.add('hypertension', hypertension);
    expect(lookedUp(sut, 'hypertensoin')).toBeNull();
    expect(lookedUp(sut, 'hypertensian')).toEqual(['essential-hypertension']);
    expect(lookedUp(sut, 'yesterday')).toBeNull();
  });

  it('finds forms added after a lookup, in the order they were added', () => {
    const sut = new TypoFallback();
    sut.add('hypertension', hypertension);
    expect(lookedUp(sut, 'infarktion')).toBeNull();
    expect(lookedUp(sut, 'infarcton')).toBeNull();
    sut.add('infarction', infarction);
    expect(lookedUp(sut, 'infarcton')).toEqual(['acute-myocardial-infarction']);
    expect(lookedUp(sut, 'hypertensian')).toEqual(['essential-hypertension']);
  });

  it('answers the same whether its index is built at start-up or on the first lookup', () => {
    const eager = new TypoFallback();
    const lazy = new TypoFallback();
    for (const sut of [eager, lazy]) {
      sut.add('hypertension', hypertension);
      sut.add('hypertension', infarction);
    }
    eager.buildIndex();
    expect(lookedUp(eager, 'hypertensian')).toEqual(['essential-hypertension', 'acute-myocardial-infarction']);
    expect(lookedUp(lazy, 'hypertensian')).toEqual(lookedUp(eager, 'hypertensian'));
  });
});
