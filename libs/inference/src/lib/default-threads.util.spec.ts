import { defaultThreadCount } from './default-threads.util';

describe(defaultThreadCount.name, () => {
  it('leaves one physical core free, but uses at least one thread', () => {
    expect(defaultThreadCount({ physicalCores: 1 })).toBe(1);
    expect(defaultThreadCount({ physicalCores: 2 })).toBe(1);
    expect(defaultThreadCount({ physicalCores: 16 })).toBe(15);
  });
});
