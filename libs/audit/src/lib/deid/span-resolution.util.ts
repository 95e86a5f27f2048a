import type { Detection } from './deid.types';

/**
 * Keeps a non-overlapping subset of candidate spans: longer spans first (an e-mail beats the domain
 * inside it, an address beats its house number), then the more specific detector (higher priority).
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const ranked = [...detections].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const accepted: Detection[] = [];
  for (const candidate of ranked) {
    if (accepted.every((kept) => candidate.end <= kept.start || candidate.start >= kept.end)) accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
