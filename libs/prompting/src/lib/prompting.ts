export function prompting(): string {
  return 'prompting';
}
