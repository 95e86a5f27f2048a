import { prompting } from './prompting';

describe('prompting', () => {
  it('should work', () => {
    expect(prompting()).toEqual('prompting');
  });
});
