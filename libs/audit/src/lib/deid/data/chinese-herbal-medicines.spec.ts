import { deidentify } from '../deidentifier';
import { herbsOpeningWithSurname } from '../clinical-vocabulary';
import { CLINICAL_WORDS_OPENING_WITH_SURNAME, PHARMACOPOEIA_HERB_NAMES } from './chinese-herbal-medicines';

describe('herbal medicines and clinical words that open with a surname', () => {
  const sut = (text: string) => deidentify(text).findings.filter((finding) => finding.type === 'name');
  const protectedWords = [...herbsOpeningWithSurname(), ...CLINICAL_WORDS_OPENING_WITH_SURNAME];

  it('keeps the herbs whose first character is a listed surname (黄芪, 白芍, 柏子仁, 高良姜)', () => {
    expect(herbsOpeningWithSurname()).toEqual(expect.arrayContaining(['黄芪', '白芍', '柏子仁', '高良姜', '金钱草', '党参', '何首乌']));
    expect(herbsOpeningWithSurname()).not.toContain('茯苓');
    expect(herbsOpeningWithSurname().length).toBeLessThan(PHARMACOPOEIA_HERB_NAMES.length);
  });

  it.each([
    ['a list head', (word: string) => `${word}、茯苓、半夏。`],
    ['a list tail', (word: string) => `茯苓、半夏、${word}。`],
    ['a dose', (word: string) => `${word}10g，水煎服。`],
    ['a clause start', (word: string) => `今日加${word}。`],
    ['after 患者', (word: string) => `患者${word}过敏。`],
  ])('takes none of them for a name in %s', (_slot, sentence) => {
    const taken = protectedWords.filter((word) => sut(sentence(word)).length > 0);
    expect(taken).toEqual([]);
  });

  it('still finds a name beside them (患者黄建国服黄芪)', () => {
    expect(sut('患者黄建国，男，65岁，自服黄芪、党参。')).toHaveLength(1);
  });
});
