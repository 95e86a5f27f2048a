import { resolveOverlaps } from '../span-resolution.util';
import { englishNameDetector } from './english-name.detector';

const values = (text: string) => resolveOverlaps(englishNameDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('englishNameDetector: a first name alone in a slot only a person fills', () => {
  it.each([
    ['Chat: Sunil, can you check on bed 4? Lactate is 3.2. — Tess', ['Sunil', 'Tess']],
    ['Pavel swallowed a coin; X-ray shows it in the oesophagus.', ['Pavel']],
    ['Dora will bring the nebuliser from home.', ['Dora']],
    ['Ines’s ferritin 6 ng/mL; iron started.', ['Ines']],
    ["Nhu's sodium 128 mmol/L; fluid restrict.", ['Nhu']],
    ['Zoé (Zo), 15, asthma review.', ['Zoé', 'Zo']],
    ["Tarik's potassium 5.9 mmol/L; repeat.", ['Tarik']],
    ['Text: "Rohan here, Na 121 on bed 2. Can you come?"', ['Rohan']],
    ['Her best friend Bea and neighbour Stan may visit.', ['Bea', 'Stan']],
  ])('finds the name in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps eponyms, drugs and ordinary words in the same slots', () => {
    for (const text of [
      "Parkinson's medications given on time.",
      "Crohn's disease flare; Addison's crisis excluded.",
      'Aspirin swallowed whole.',
      'Penny swallowed by a toddler, seen on X-ray.',
      'Chat: Team, can you check bed 4?',
      'Will will bring the forms.',
      'Forrest Ib ulcer on endoscopy; Forrest IIa lesion clipped.',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});

describe('englishNameDetector: names in a list with no other context', () => {
  it.each([
    ['Patel, Wong and Adeyemi are the registrars on tonight.', ['Patel', 'Wong', 'Adeyemi']],
    ['Tigist Alemu, Selam Haile and Dawit Bekele were screened for TB.', ['Tigist Alemu', 'Selam Haile', 'Dawit Bekele']],
    ['Kiara, Trinity, Malik — siblings, all with scabies.', ['Kiara', 'Trinity', 'Malik']],
    ['Joy Adebayo, Grace Adebayo — twins, 3 months, RSV.', ['Joy Adebayo', 'Grace Adebayo']],
  ])('finds every name in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps lists of drugs, days, places and conditions', () => {
    for (const text of [
      'Ramipril, Amlodipine and Bisoprolol were stopped.',
      'Monday, Wednesday and Friday are dialysis days.',
      'Hypertension, Diabetes and Asthma are controlled.',
      'London, Paris and Rome were visited last year.',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});
