import { surfaceVariants } from './surface-variants';

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

  it('leaves ordinary capitalised phrases and abbreviations alone', () => {
    expect(surfaceVariants('Chest pain').some((form) => form.includes("'s"))).toBe(false);
    expect(surfaceVariants('STEMI')).toEqual([]);
  });
});
