import { meetsParity, parityRatios } from './parity';

describe('peer bench parity', () => {
  it('reads a ratio unrounded: 0.9499 misses the goal though it prints as 0.95', () => {
    expect(meetsParity(0.9499)).toBe(false);
    expect(meetsParity(0.947)).toBe(false);
    expect(meetsParity(0.95)).toBe(true);
  });

  it('takes speeds as MedLocal over llama-server and times as llama-server over MedLocal', () => {
    expect(parityRatios({ llamaServer: [100, 100], medlocal: [90, 110] }, 'speed')).toEqual({ ratioOfMedians: 1, medianOfPairs: 1 });
    expect(parityRatios({ llamaServer: [2, 2, 2], medlocal: [1, 4, 2] }, 'time').ratioOfMedians).toBe(1);
    expect(parityRatios({ llamaServer: [2, 2, 2], medlocal: [1, 4, 2] }, 'time').medianOfPairs).toBe(1);
  });

  it('pairs measurements by repetition, not by sorted order', () => {
    // Repetition 1 found both sides slow, repetition 2 both fast: each pair is at parity, the medians are not.
    const ratios = parityRatios({ llamaServer: [50, 100, 80], medlocal: [50, 100, 72] }, 'speed');
    expect(ratios.medianOfPairs).toBe(1);
    expect(ratios.ratioOfMedians).toBeCloseTo(72 / 80, 10);
  });
});
