export function inference(): string {
  return 'inference';
}
