import { symptomPluralVariants, surfaceVariants } from './surface-variants';

describe(surfaceVariants.name, () => {
  it('writes a type number as a digit, a Chinese numeral and a Roman numeral', () => {
    expect(surfaceVariants('2型糖尿病')).toEqual(expect.arrayContaining(['二型糖尿病', 'Ⅱ型糖尿病', 'II型糖尿病']));
  });

  it('spells British and American forms both ways', () => {
    expect(surfaceVariants('anaemia')).toContain('anemia');
    expect(surfaceVariants('hemorrhage')).toContain('haemorrhage');
  });

  it('writes an eponym with and without the possessive', () => {
    expect(surfaceVariants('Hashimoto thyroiditis')).toContain("Hashimoto's thyroiditis");
    expect(surfaceVariants("Alzheimer's disease")).toContain('Alzheimer disease');
  });

  it('writes oedema of a site with its degree and pitting, keeping the site', () => {
    expect(surfaceVariants('双下肢水肿')).toEqual(expect.arrayContaining(['双下肢凹陷性水肿', '双下肢轻度凹陷性水肿', '双下肢可凹性水肿', '双下肢重度水肿']));
    expect(surfaceVariants('bilateral leg oedema')).toEqual(expect.arrayContaining(['bilateral pitting leg oedema', 'pitting bilateral leg oedema']));
    expect(surfaceVariants('leg edema')).toContain('pitting leg edema');
  });

  it('adds no site to oedema written without one', () => {
    expect(surfaceVariants('水肿')).toEqual([]);
    expect(surfaceVariants('凹陷性水肿')).toEqual([]);
    expect(surfaceVariants('oedema')).toEqual(['edema']);
  });

  it('leaves ordinary capitalised phrases and abbreviations alone', () => {
    expect(surfaceVariants('Chest pain').some((form) => form.includes("'s"))).toBe(false);
    expect(surfaceVariants('STEMI')).toEqual([]);
  });
});

describe(symptomPluralVariants.name, () => {
  it('writes the plural a clinician uses for an English symptom noun', () => {
    expect(symptomPluralVariants('fever')).toEqual(['fevers']);
    expect(symptomPluralVariants('headache')).toEqual(['headaches']);
    expect(symptomPluralVariants('night sweat')).toEqual(['night sweats']);
  });

  it('leaves Chinese, words already plural, adjectives and mass nouns alone', () => {
    expect(symptomPluralVariants('发热')).toEqual([]);
    expect(symptomPluralVariants('palpitations')).toEqual([]);
    expect(symptomPluralVariants('febrile')).toEqual([]);
    expect(symptomPluralVariants('dyspnoea')).toEqual([]);
    expect(symptomPluralVariants('pallor')).toEqual([]);
  });
});
