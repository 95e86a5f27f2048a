import { inference } from './inference';

describe('inference', () => {
  it('should work', () => {
    expect(inference()).toEqual('inference');
  });
});
