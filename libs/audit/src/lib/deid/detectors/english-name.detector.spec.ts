import { englishNameDetector } from './english-name.detector';

const values = (text: string) => englishNameDetector.detect(text).map((d) => text.slice(d.start, d.end));

describe('englishNameDetector', () => {
  it.each([
    ['Patient John Smith was admitted', ['John Smith']],
    ['seen by Dr. Emily Chen today', ['Emily Chen']],
    ["Mrs. O'Brien reports", ["O'Brien"]],
    ['Electronically signed by Michael Brown, MD', ['Michael Brown']],
    ['Robert Johnson is a 72-year-old man', ['Robert Johnson']],
    ['Dr. A. Gupta', ['A. Gupta']],
  ])('finds the name in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps disease eponyms and ordinary capitalised words', () => {
    expect(values("Parkinson disease, Crohn's disease, Hashimoto thyroiditis, Patient Presents, Dr. visit")).toEqual([]);
    expect(values('Contact Precautions. Patient Education provided. Dr. On call.')).toEqual([]);
  });

  it('still redacts an eponym-like surname when it names a person', () => {
    expect(values('Dr. Parkinson examined her')).toEqual(['Parkinson']);
  });
});
