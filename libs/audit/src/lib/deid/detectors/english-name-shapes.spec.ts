import { resolveOverlaps } from '../span-resolution.util';
import { englishNameDetector } from './english-name.detector';

const values = (text: string) => resolveOverlaps(englishNameDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('englishNameDetector: names of less common shapes and the rest of a partly found name', () => {
  it.each([
    ['Discharge summary: Inés Fernández-Ortega admitted 10/02.', ['Inés Fernández-Ortega']],
    ['Ana da Costa had influenza in May.', ['Ana da Costa']],
    ['Mei-Hua Chen (Hua) prefers to be called Maya.', ['Mei-Hua Chen', 'Hua']],
    ['Tommy (Thomas Walsh Jr.) is 7 with eczema.', ['Tommy', 'Thomas Walsh Jr.']],
    ['The pump is set up by A.J. Morgan himself.', ['A.J. Morgan']],
    ['Band reads GARCIA, MARIA L.', ['GARCIA, MARIA L.']],
    ['姓名：牛大壮  拼音：NIU DAZHUANG  护照号：E1234', ['NIU DAZHUANG']],
    ['Askar Bolatovich hepatitis C, on treatment.', ['Askar Bolatovich']],
    ['Kwabena Ama Owusu has sickle cell disease.', ['Kwabena Ama Owusu']],
    ['Thank you for seeing Moana Tipene (NHI ABC1234), a 40-year-old.', ['Moana Tipene']],
  ])('finds the whole name in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('englishNameDetector: grades written like names', () => {
  it('keeps a Forrest class of an ulcer', () => {
    expect(values('十二指肠球部溃疡出血（Forrest Ib），内镜下止血。')).toEqual([]);
    expect(values('Duodenal ulcer, Forrest Ib, clipped; Gustilo IIIa fracture.')).toEqual([]);
  });
});
