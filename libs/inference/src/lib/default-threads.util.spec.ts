import { availableParallelism } from 'node:os';
import { defaultThreadCount, SMALL_MODEL_BYTES } from './default-threads.util';

describe(defaultThreadCount.name, () => {
  it('without OpenMP leaves one core free, but uses at least one thread', () => {
    expect(defaultThreadCount({ logicalCores: 1 })).toBe(1);
    expect(defaultThreadCount({ logicalCores: 2 })).toBe(1);
    expect(defaultThreadCount({ logicalCores: 16 })).toBe(15);
  });

  it('with OpenMP uses every logical core', () => {
    expect(defaultThreadCount({ logicalCores: 1, openmp: true })).toBe(1);
    expect(defaultThreadCount({ logicalCores: 2, openmp: true })).toBe(2);
    expect(defaultThreadCount({ logicalCores: 16, openmp: true })).toBe(16);
  });

  it('keeps cores less one for a model too small for a second thread to pay for itself (the demo model)', () => {
    expect(defaultThreadCount({ logicalCores: 2, openmp: true, modelBytes: 600_000 })).toBe(1);
    expect(defaultThreadCount({ logicalCores: 2, openmp: true, modelBytes: SMALL_MODEL_BYTES })).toBe(2);
    expect(defaultThreadCount({ logicalCores: 2, openmp: false, modelBytes: 2_500_000_000 })).toBe(1);
  });

  it('counts the logical cores of this host when not told', () => {
    expect(defaultThreadCount()).toBe(Math.max(1, availableParallelism() - 1));
    expect(defaultThreadCount({ openmp: true })).toBe(availableParallelism());
  });
});
