import { shippedDictionary } from '../dictionary/shipped-dictionary';
import { fixtureDictionary } from '../testing/fixture-dictionary';
import { ConceptSearchIndex } from './concept-search-index';
import { pinyinInitials } from './pinyin-initials';

describe(ConceptSearchIndex.name, () => {
  const sut = new ConceptSearchIndex(fixtureDictionary());

  it.each([
    ['心梗', 'acute-myocardial-infarction'],
    ['heart attack', 'acute-myocardial-infarction'],
    ['AMI', 'acute-myocardial-infarction'],
    ['xjgs', 'acute-myocardial-infarction'],
    ['apix', 'apixaban'],
    ['HbA1c', 'hba1c'],
    ['高血壓', 'essential-hypertension'],
  ])('finds %s', (query, id) => {
    expect(sut.search(query, 5)[0]?.id).toBe(id);
  });

  it('ranks an exact name above a substring and honours the limit', () => {
    const results = sut.search('糖尿病', 10);
    expect(results[0]).toMatchObject({ id: 'type-2-diabetes', matchedBy: 'synonym', codes: { icd11: '5A11' } });
    expect(sut.search('a', 2)).toHaveLength(2);
    expect(sut.search('', 5)).toEqual([]);
  });
});

describe(`${ConceptSearchIndex.name} ranking on the shipped dictionary`, () => {
  const sut = new ConceptSearchIndex(shippedDictionary());
  const ids = (query: string, limit = 8) => sut.search(query, limit).map((result) => result.id);

  it('ranks an exact match first and a match in the middle of a word last ("compensated" is not "decompensated")', () => {
    const results = ids('compensated cirrhosis');
    expect(results[0]).toBe('hepatic-cirrhosis');
    expect(results.indexOf('decompensated-cirrhosis')).toBeGreaterThan(0);
    expect(ids('代偿期肝硬化')[0]).toBe('hepatic-cirrhosis');
  });

  it('ranks whole-word matches before prefix-of-word and mid-word matches', () => {
    const results = ids('tension', 10);
    expect(results.slice(0, 2)).toEqual(['tension-type-headache', 'spontaneous-tension-pneumothorax']);
    expect(results.indexOf('essential-hypertension')).toBeGreaterThan(results.indexOf('spontaneous-tension-pneumothorax'));
  });

  it.each([
    ['MI', 'acute-myocardial-infarction'],
    ['AF', 'atrial-fibrillation'],
    ['PE', 'pulmonary-thromboembolism'],
    ['DM', 'diabetes-mellitus'],
    ['TB', 'tuberculosis'],
    ['CP', 'chest-pain'],
  ])('puts the abbreviation %s first and its own family before pinyin initials and unrelated words', (query, id) => {
    const results = sut.search(query, 6);
    expect(results[0].id).toBe(id);
    // Pinyin initials ("DM" = 动脉) never outrank an abbreviation or a condition for a query typed in capitals.
    const firstPinyin = results.findIndex((result) => result.matchedBy === 'pinyin-initials');
    const lastAbbreviation = results.map((result) => result.matchedBy).lastIndexOf('abbreviation');
    if (firstPinyin >= 0) expect(firstPinyin).toBeGreaterThan(lastAbbreviation);
  });

  it('ranks a condition before a drug for the same kind of match ("MI": migraine before midazolam)', () => {
    const results = ids('MI');
    expect(results.indexOf('migraine')).toBeLessThan(results.indexOf('midazolam'));
  });

  it('still finds pinyin initials typed in lower case', () => {
    expect(ids('xjgs')[0]).toBe('acute-myocardial-infarction');
  });
});

describe(pinyinInitials.name, () => {
  it.each([
    ['心肌梗死', 'xjgs'],
    ['高血压', 'gxy'],
    ['慢性肾脏病', 'mxszb'],
    ['2型糖尿病', '2xtnb'],
    ['阿哌沙班', 'apsb'],
  ])('%s -> %s', (term, initials) => {
    expect(pinyinInitials(term)).toBe(initials);
  });
});
