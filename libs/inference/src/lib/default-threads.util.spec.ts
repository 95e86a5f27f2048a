import { availableParallelism } from 'node:os';
import { defaultThreadCount } from './default-threads.util';

describe(defaultThreadCount.name, () => {
  it('leaves one core free, but uses at least one thread', () => {
    expect(defaultThreadCount({ logicalCores: 1 })).toBe(1);
    expect(defaultThreadCount({ logicalCores: 2 })).toBe(1);
    expect(defaultThreadCount({ logicalCores: 16 })).toBe(15);
  });

  it('counts the logical cores of this host when not told', () => {
    expect(defaultThreadCount()).toBe(Math.max(1, availableParallelism() - 1));
  });
});
