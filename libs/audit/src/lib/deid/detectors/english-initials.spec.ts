import { coveredAs, findingsOf, untouched } from './dev-set.spec-support';

/**
 * Names written with an initial: a meeting's attendance line, a result phoned "by" someone, a signature whose surname a
 * rule already found (the initial goes with it), and a given name signing a message alone on its line after the full
 * name was found.
 */
describe('names with initials, attendance lines and a given name signing alone', () => {
  it.each([
    ['Present: B. Okafor (chair), L. Brennan, P. Adeyemi, Holly Marsh, Jed Fairbanks\nApologies: none', 'B. Okafor'],
    ['Present: B. Okafor (chair), L. Brennan, P. Adeyemi, Holly Marsh, Jed Fairbanks\nApologies: none', 'L. Brennan'],
    ['Present: B. Okafor (chair), L. Brennan, P. Adeyemi, Holly Marsh, Jed Fairbanks\nApologies: none', 'P. Adeyemi'],
    ['Present: B. Okafor (chair), L. Brennan, P. Adeyemi, Holly Marsh, Jed Fairbanks\nApologies: none', 'Jed Fairbanks'],
    ['Attendees: Dr R. Osei; S. Lindqvist (CNS); M. J. Fairweather', 'S. Lindqvist'],
    ['Attendees: Dr R. Osei; S. Lindqvist (CNS); M. J. Fairweather', 'M. J. Fairweather'],
    ['Potassium 6.9 – result phoned to ward 15:40 by K. Dlamini', 'K. Dlamini'],
    ['Fit to detain.\n— H. Pritchard, GMC 7012345', 'H. Pritchard'],
  ])('takes the name in %s', (text, part) => {
    expect(coveredAs(text, part, 'name')).toBe(true);
  });

  it('takes a given name signing alone on its line, the line after it opening with a title', () => {
    const text = 'From: Orla Quinn <orla.quinn@trust.example.net>\nThanks for taking him.\nOrla\nDr Orla Quinn | Registrar';
    const at = text.indexOf('\nOrla\n') + 1;
    expect(findingsOf(text).some((f) => f.type === 'name' && f.start <= at && at + 4 <= f.end)).toBe(true);
  });

  it.each([
    // Whitlow is an infection of a finger: the item stays, the line's other names go.
    ['Present: B. Okafor (chair), Jed Whitlow', 'Jed Whitlow'],
    ['Urine culture: E. Coli and K. Pneumoniae, both ESBL', 'K. Pneumoniae'],
    ['Present: E. Coli >10^5 CFU/mL in the catheter sample', 'E. Coli'],
    ['Sputum grew P. Aeruginosa; treated by S. Maltophilia protocol', 'S. Maltophilia'],
    ['Present: bilateral crackles, J. waves on ECG', 'J. waves'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
