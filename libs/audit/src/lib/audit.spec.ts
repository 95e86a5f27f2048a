import { audit } from './audit';

describe('audit', () => {
  it('should work', () => {
    expect(audit()).toEqual('audit');
  });
});
