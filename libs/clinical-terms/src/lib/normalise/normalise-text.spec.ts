import { normaliseTerm, normaliseText, toOriginalSpan } from './normalise-text';

describe(normaliseText.name, () => {
  it('folds full-width letters, digits and punctuation to ASCII and lower-cases', () => {
    const sut = normaliseText('ＢＰ１６５／９５，ＨｂＡ１ｃ；');
    expect(sut.cased).toBe('BP165/95,HbA1c;');
    expect(sut.folded).toBe('bp165/95,hba1c;');
  });

  it('unifies the micro sign with Greek mu and ℃ with °C', () => {
    expect(normaliseText('132 µmol/L').cased).toBe('132 μmol/L');
    expect(normaliseText('39.2℃').cased).toBe('39.2°C');
  });

  it('keeps an exponent after a digit as ^n and reads other superscripts as digits', () => {
    expect(normaliseText('6.2×10⁹/L').cased).toBe('6.2×10^9/L');
    expect(normaliseText('10¹²/L').cased).toBe('10^12/L');
    expect(normaliseText('1.73m²').cased).toBe('1.73m2');
  });

  it('maps common traditional characters to simplified', () => {
    expect(normaliseText('慢性腎臟病，血壓高').cased).toBe('慢性肾脏病,血压高');
  });

  it('maps every normalised unit back to its original span', () => {
    const original = '肌酐１３２µmol/L, 10⁹';
    const sut = normaliseText(original);
    const start = sut.cased.indexOf('132');
    const span = toOriginalSpan(sut, start, start + 3);
    expect(original.slice(span.start, span.end)).toBe('１３２');
    const exponent = sut.cased.indexOf('^9');
    const expSpan = toOriginalSpan(sut, exponent, exponent + 2);
    expect(original.slice(expSpan.start, expSpan.end)).toBe('⁹');
  });

  it('keeps astral characters whole', () => {
    const sut = normaliseText('a𠀀b');
    const index = sut.cased.indexOf('b');
    expect(toOriginalSpan(sut, index, index + 1)).toEqual({ start: 3, end: 4 });
  });
});

describe(normaliseTerm.name, () => {
  it('trims, collapses spaces and folds case', () => {
    expect(normaliseTerm('  Acute   Myocardial Infarction ')).toBe('acute myocardial infarction');
  });

  it('turns every run of white space into one space, and leaves single spaces as they are', () => {
    expect(normaliseTerm('heart\tfailure\n with\u00a0reduced  ejection')).toBe('heart failure with reduced ejection');
    expect(normaliseTerm('type 2 diabetes')).toBe('type 2 diabetes');
    expect(normaliseTerm('2型糖尿病')).toBe('2型糖尿病');
  });
});
