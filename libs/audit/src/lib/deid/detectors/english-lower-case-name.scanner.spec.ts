import { englishNameDetector } from './english-name.detector';
import { resolveOverlaps } from '../span-resolution.util';

const values = (text: string) => resolveOverlaps(englishNameDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('English names written in lower case or beside a bed number, as chat and handover write them', () => {
  it.each([
    ['handover: bed 4 chukwuemeka okafor, post lap chole day 1', ['chukwuemeka okafor']],
    ['ok so bed 7 (Fitzpatrick) desatted to 86% at 0300', ['Fitzpatrick']],
    ['bed 12 fatima needs K replacement', ['fatima']],
    ["wife fatima's number 0803 456 7812", ['fatima']],
    ["hey can u check on mrs dela cruz in 12B? maria clara dela cruz, her son says she's 91", ['dela cruz', 'maria clara dela cruz']],
  ])('finds the name in %s', (text, names) => {
    expect(values(text)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    'bed 4 npo from midnight, bed 5 desatting overnight, bed 6 hypokalaemic',
    'bed 2 (Parkinson disease) and bed 3 (Graves) for review',
    'bed 9 sats 94% on 2L, bed 10 obs stable, bay 3 nbm',
    'my wife will grace the ward; son says mum is better',
    'will may grace hope joy',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});
