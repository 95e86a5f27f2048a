import { normaliseText } from '../normalise/normalise-text';

const cache = new Map<string, string>();
const CACHE_LIMIT = 4096;

/**
 * One spelling per unit so written units compare with dictionary units:
 * µmol/L = μmol/L = umol/l; ×10⁹/L = x10^9/L = 10*9/L = 10^9/l; mcg = μg; IU/L = U/L.
 */
export function unitKey(unit: string): string {
  const cached = cache.get(unit);
  if (cached !== undefined) return cached;
  const key = computeUnitKey(unit);
  // Dictionary units repeat on every lookup; written units vary, so the cache is capped.
  if (cache.size < CACHE_LIMIT) cache.set(unit, key);
  return key;
}

function computeUnitKey(unit: string): string {
  return normaliseText(unit)
    .folded.replace(/\s+/g, '')
    .replace(/[µμ]/g, 'u')
    .replace(/mcg/g, 'ug')
    .replace(/[×*·]/g, 'x')
    .replace(/^x/, '')
    .replace(/10(?:\^|x{1,2})(\d+)/g, '10^$1')
    .replace(/^iu\//, 'u/')
    .replace(/1\.73m(?:\^)?2/, '1.73m2');
}
