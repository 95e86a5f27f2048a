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
