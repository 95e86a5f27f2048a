import { availableParallelism } from 'node:os';
import { defaultThreadCount } from './default-threads.util';

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

  it('counts the logical cores of this host when not told', () => {
    expect(defaultThreadCount()).toBe(Math.max(1, availableParallelism() - 1));
    expect(defaultThreadCount({ openmp: true })).toBe(availableParallelism());
  });
});
