import type { Detection } from '../deid.types';
import { scanLastGroup } from '../regex-scan.util';

/**
 * Telephone numbers as other countries group them, each a shape few other numbers take: French numbers in five pairs
 * opening with 0 (02 98 34 71 20, 06.12.34.56.78), Turkish ones in 4-3-2-2 (0216 544 44 44), Polish and Spanish
 * landlines in 2-3-2-2 (22 569 02 30, 91 435 22 81), and numbers with a trunk 0 in three dashed groups as Korea,
 * Taiwan and Japan write them (02-415-7788, 03-852-1176, 090-4821-7736, 0422-21-3344), and New Zealand numbers.
 */
const EDGE_BEFORE = String.raw`(?<![\dA-Za-z+.,/:-])`;
/** Not inside a longer number, and no unit after it: "12 345 67 89 kg" is an amount. */
const EDGE_AFTER = String.raw`(?![\d]|[.,/:-]\d|\s?(?:kg|g|mg|mcg|µg|ml|mL|L|%|mmol|µmol|IU|U|units?|cells|copies|steps)\b)`;
const FRENCH = new RegExp(String.raw`${EDGE_BEFORE}(0[1-9](?:([ .])\d{2})(?:\2\d{2}){3})${EDGE_AFTER}`, 'g');
const TURKISH = new RegExp(String.raw`${EDGE_BEFORE}(0[2-5]\d{2} \d{3} \d{2} \d{2})${EDGE_AFTER}`, 'g');
const TWO_THREE_TWO_TWO = new RegExp(String.raw`${EDGE_BEFORE}([1-9]\d \d{3} \d{2} \d{2})${EDGE_AFTER}`, 'g');
/**
 * New Zealand: a landline with its one-digit area code (07 856 2244, 09 373 7599) and a mobile on 02x (0275 661 204,
 * 021 123 4567); the spaces are required, so a bare run of digits is left to the other rules.
 */
const NEW_ZEALAND = new RegExp(String.raw`${EDGE_BEFORE}(0[34679] \d{3} \d{4}|02[0-9]{1,2} \d{3} \d{3,4})${EDGE_AFTER}`, 'g');
const TRUNK_DASHED = new RegExp(String.raw`${EDGE_BEFORE}(0\d{1,3}-\d{2,4}-\d{4})${EDGE_AFTER}`, 'g');

export function scanWorldPhones(text: string): Detection[] {
  if (!/\d[ .-]\d\d/.test(text)) return [];
  return [
    ...scanLastGroup({ text, regex: FRENCH, type: 'phone', priority: 40 }),
    ...scanLastGroup({ text, regex: TURKISH, type: 'phone', priority: 40 }),
    ...scanLastGroup({ text, regex: TWO_THREE_TWO_TWO, type: 'phone', priority: 35 }),
    ...scanLastGroup({ text, regex: TRUNK_DASHED, type: 'phone', priority: 40 }),
    ...scanLastGroup({ text, regex: NEW_ZEALAND, type: 'phone', priority: 40 }),
  ];
}

/** A second number written after a phone, each once: "02 98 34 71 20 / 06 12 34 56 78", "+90 532 123 45 67, 0216 544 44 44". */
const NEXT_NUMBER = /^\s{0,2}(?:[/,;]|or|ou|o|oder|of|eller)\s{1,2}(\+?\(?\d[\d ().-]{6,18}\d)(?![\d])/;

export function withChainedPhones(text: string, found: Detection[]): Detection[] {
  // A number two shapes read (a Taiwan landline is also a dashed trunk number) is one finding.
  const seen = new Set<string>();
  const detections = found.filter((d) => {
    const key = `${d.type}:${d.start}:${d.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chained: Detection[] = [];
  for (const phone of detections) {
    if (phone.type !== 'phone') continue;
    const next = NEXT_NUMBER.exec(text.slice(phone.end, phone.end + 40));
    const value = next?.[1];
    if (!next || !value || value.replace(/\D/g, '').length < 8) continue;
    const start = phone.end + next[0].length - value.length;
    chained.push({ type: 'phone', start, end: start + value.length, priority: phone.priority });
  }
  return chained.length > 0 ? [...detections, ...chained] : detections;
}
