import { deidentify } from './deidentifier';

/**
 * The town someone lives, stays or works in, written after other words of the clause ("lives alone in a council flat in
 * Wigan", "works nights at the meat plant in Dubbo"): the town goes; wards, departments, months and clinical words after
 * "in" stay.
 */
const TOWNS: readonly (readonly [text: string, town: string])[] = [
  ['Lives alone in a council flat in Wigan; carers twice daily.', 'Wigan'],
  ['Works nights at the meat plant in Dubbo, exposure to cleaning agents.', 'Dubbo'],
  ['Now staying with her sister in Tauranga until the cast comes off.', 'Tauranga'],
  ['He has settled at his aunt’s house in Kisumu.', 'Kisumu'],
];

const KEPT = [
  'Lives alone, independent in ADLs, mobilises with a frame in Physiotherapy.',
  'Works as a nurse in Cardiology; lives with her husband in March lodgings.',
  'Living with diabetes in Ramadan needs a dose plan.',
];

describe('a town someone lives or works in, later in the clause', () => {
  it.each(TOWNS)('%s', (text, town) => {
    const { findings } = deidentify(text, { referenceYear: 2026 });
    const start = text.indexOf(town);
    expect(findings.filter((finding) => finding.type === 'address' && finding.start <= start && start + town.length <= finding.end)).toHaveLength(1);
  });

  it.each(KEPT)('keeps %s', (text) => {
    const { findings } = deidentify(text, { referenceYear: 2026 });
    expect(findings).toEqual([]);
  });
});
