import { clinicalTerms } from './clinical-terms';

describe('clinicalTerms', () => {
  it('should work', () => {
    expect(clinicalTerms()).toEqual('clinical-terms');
  });
});
