import { isIP } from 'node:net';

/** Names Express understands for whole address ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Splits TRUST_PROXY into the addresses whose `X-Forwarded-For` and `X-Forwarded-Proto` MedLocal
 * believes: IP addresses, CIDR ranges (`10.0.0.0/8`) or `loopback`, `linklocal`, `uniquelocal`.
 */
export function parseTrustedProxies(params: { value?: string }): { proxies: string[]; invalid: string[] } {
  const entries = (params.value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = entries.filter((entry) => !isProxyEntry(entry));
  return { proxies: entries.filter((entry) => !invalid.includes(entry)), invalid };
}

function isProxyEntry(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}
