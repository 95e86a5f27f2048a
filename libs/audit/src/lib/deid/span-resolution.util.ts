import type { Detection } from './deid.types';

/**
 * Keeps a non-overlapping subset of candidate spans: longer spans first (an e-mail beats the domain
 * inside it, an address beats its house number), then the more specific detector (higher priority).
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const ranked = [...detections].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || (b.score ?? 0) - (a.score ?? 0) || a.start - b.start,
  );
  const accepted: Detection[] = [];
  // One flag per character already taken: checking a candidate costs its own length, not the number kept.
  const taken = new Uint8Array(ranked.reduce((max, d) => Math.max(max, d.end), 0));
  const overlappingAddresses: Detection[] = [];
  for (const candidate of ranked) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) if (taken[i] === 1) free = false;
    if (!free) {
      if (candidate.type === 'address') overlappingAddresses.push(candidate);
      continue;
    }
    taken.fill(1, candidate.start, candidate.end);
    accepted.push(candidate);
  }
  for (const part of overlappingAddresses) joinAddress(accepted, part, taken);
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * An address is one stretch of text: two address readings that overlap ("九龍旺角彌敦道688號" and "角彌敦道688號旺角中心12樓B室")
 * are joined, so the part only the shorter one covered is not left in the text. Only free characters are added.
 */
function joinAddress(accepted: Detection[], part: Detection, taken: Uint8Array): void {
  const index = accepted.findIndex((found) => found.type === 'address' && found.start < part.end && part.start < found.end);
  if (index < 0) return;
  const found = accepted[index] as Detection;
  const start = Math.min(found.start, part.start);
  const end = Math.max(found.end, part.end);
  for (let i = start; i < found.start; i++) if (taken[i] === 1) return;
  for (let i = found.end; i < end; i++) if (taken[i] === 1) return;
  taken.fill(1, start, end);
  accepted[index] = { ...found, start, end };
}
