import { readAlbuminuriaGrade, readCkdStage, readNyhaClass } from './condition-qualifiers';

/** The parsers read folded text (lower case, NFKC: "Ⅲ" is "iii", "（" is "(") from the head's end. */
const after = (head: string, text: string) => [`${head}${text}`.toLowerCase(), head.length] as const;

describe(readCkdStage.name, () => {
  it.each([
    [' 3b期', '3b', undefined],
    ['g4', '4', undefined],
    [' stage 3a a2', '3a', 'A2'],
    [' 4期', '4', undefined],
    [' stage iv', '4', undefined],
    [' iiib期', '3b', undefined],
    [' g3ba3', '3b', 'A3'],
    [' g4a3', '4', 'A3'],
    [' 5d期', '5', undefined],
    [' g5d', '5', undefined],
    ['五期', '5', undefined],
    [' 3期', '3', undefined],
    ['(ckd)3a期', '3a', undefined],
    [' stage g3a/a2', '3a', 'A2'],
    [' 4 期,a2', '4', 'A2'],
  ])('reads "CKD%s" as stage %s, albuminuria %s', (text, stage, grade) => {
    const reading = readCkdStage(...after('ckd', text));
    expect(reading?.qualifiers.ckdStage).toBe(stage);
    expect(reading?.qualifiers.albuminuria?.grade).toBe(grade);
  });

  it.each([' 3年', ' 10年', ' 3 years', ' in remission', ' i think', ' 4a期', ' 3d'])('reads no stage in "CKD%s"', (text) => {
    expect(readCkdStage(...after('ckd', text))).toBeNull();
  });

  it('gives WHO codes for albuminuria A2 and A3 only (A1 has none)', () => {
    expect(readCkdStage(...after('ckd', ' g3a a2'))?.qualifiers.albuminuria?.icd11).toBe('GB42.0');
    expect(readCkdStage(...after('ckd', ' g3a a3'))?.qualifiers.albuminuria?.icd11).toBe('GB42.1');
    expect(readCkdStage(...after('ckd', ' g3a a1'))?.qualifiers.albuminuria?.icd11).toBeNull();
  });
});

describe(readAlbuminuriaGrade.name, () => {
  it('reads the grade after a staged head and nothing else', () => {
    expect(readAlbuminuriaGrade(...after('ckdg3a', 'a2'))?.qualifiers.albuminuria?.grade).toBe('A2');
    expect(readAlbuminuriaGrade(...after('ckdg3a', ' with a3 albuminuria'))?.qualifiers.albuminuria?.grade).toBe('A3');
    expect(readAlbuminuriaGrade(...after('ckdg3a', ',alt 30'))).toBeNull();
  });
});

describe(readNyhaClass.name, () => {
  it.each([
    [' nyha iii级', 'III', 'XS9T'],
    [' nyha ii', 'II', 'XS6B'],
    ['(nyha iii级)', 'III', 'XS9T'],
    [' 心功能iv级', 'IV', 'XS9F'],
    [',nyha心功能ii级', 'II', 'XS6B'],
    [', nyha class iii', 'III', 'XS9T'],
    [' nyha 3级', 'III', 'XS9T'],
    [' nyha iii-iv级', 'IV', 'XS9F'],
    [' 心功能iii级(nyha分级)', 'III', 'XS9T'],
  ])('reads "心衰%s" as class %s (%s)', (text, functionalClass, extension) => {
    const reading = readNyhaClass(...after('心衰', text));
    expect(reading?.qualifiers.nyhaClass).toEqual({ functionalClass, icd11Extension: extension });
  });

  it.each([' nyha', ' 入院', ' nyha v级', ' nyha in'])('reads no class in "心衰%s"', (text) => {
    expect(readNyhaClass(...after('心衰', text))).toBeNull();
  });
});
