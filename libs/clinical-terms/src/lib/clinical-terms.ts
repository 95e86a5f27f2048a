export function clinicalTerms(): string {
  return 'clinical-terms';
}
