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
  for (const candidate of ranked) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) if (taken[i] === 1) free = false;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
