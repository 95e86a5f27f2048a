export function audit(): string {
  return 'audit';
}
