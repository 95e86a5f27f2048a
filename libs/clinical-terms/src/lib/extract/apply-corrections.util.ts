import type { AgeEntity, ClinicalEntity, LabEntity } from '../entities/entity.types';

/** Just before a value: the value is the wrong one ("不是65岁", "not 65"). Anchored at the end, bounded. */
const DENIED_BEFORE = /(?:不是|并非|而非|非|not|rather than|instead of)\s{0,2}$/;
/** A correction marker: what follows replaces the same fact stated earlier. */
export const CORRECTION_MARKER =
  /更正|纠正|订正|修正|改为|应为|应该是|而是|实为|实际为|实际上|correction|corrected|actually|should read|should be|i mean|i meant/g;
/** "actually 78" after an age: a bare number that restates the age. Anchored, bounded. */
const BARE_AGE_AFTER = /^\s{0,3}[:,]?\s{0,3}(\d{1,3})(?!\s{0,2}(?:mg|g|ml|mmol|μmol|umol|kg|cm|%|\/|\.\d))/;

type Correctable = AgeEntity | LabEntity;

const keyOf = (entity: Correctable) => (entity.type === 'age' ? 'age' : `lab:${entity.labId}`);

/**
 * Marks corrected facts within one message. A value preceded by "不是"/"not" is superseded; a value
 * after a correction marker supersedes the same fact stated before the marker and is marked
 * `correction`. Entities carry original offsets and come in text order (start, then end); `original` is the
 * message as written, `lowered` its `toLowerCase()` where the caller already has it.
 */
export function applyCorrections(original: string, entities: ClinicalEntity[], lowered?: string): ClinicalEntity[] {
  const lower = lowered ?? original.toLowerCase();
  const markers: number[] = [];
  CORRECTION_MARKER.lastIndex = 0;
  for (let match = CORRECTION_MARKER.exec(lower); match !== null; match = CORRECTION_MARKER.exec(lower)) markers.push(match.index + match[0].length);
  const hasDenial = lower.includes('不是') || lower.includes('非') || lower.includes('not') || lower.includes('instead');
  if (markers.length === 0 && !hasDenial) return entities;

  const result = [...entities];
  // "65 yo, actually 78": restate the age from a bare number after the marker.
  for (const marker of markers) {
    const priorAge = result.find((entity): entity is AgeEntity => entity.type === 'age' && entity.end <= marker);
    const ageAfter = result.some((entity) => entity.type === 'age' && entity.start >= marker);
    if (priorAge === undefined || ageAfter) continue;
    const bare = BARE_AGE_AFTER.exec(original.slice(marker, marker + 16));
    if (bare === null) continue;
    const start = marker + bare[0].length - bare[1].length;
    const years = Number(bare[1]);
    if (years > 0 && years < 130) result.push({ type: 'age', years, start, end: start + bare[1].length, text: bare[1] });
  }

  const correctable = result.filter((entity): entity is Correctable => entity.type === 'age' || entity.type === 'lab').sort((a, b) => a.start - b.start);
  const superseded = new Set<Correctable>();
  const corrections = new Set<Correctable>();
  const deniedKeys = new Set<string>();
  for (const entity of correctable) {
    if (DENIED_BEFORE.test(lower.slice(Math.max(0, entity.start - 12), entity.start))) {
      superseded.add(entity);
      deniedKeys.add(keyOf(entity));
    }
  }
  // One pass in text order: a value after a marker supersedes the same fact stated before that
  // marker; the value contrasted with a denied one ("78岁,不是65岁") is the correction.
  const pending = new Map<string, Correctable[]>();
  let markerIndex = 0;
  let lastMarker = -1;
  for (const entity of correctable) {
    while (markerIndex < markers.length && markers[markerIndex] <= entity.start) lastMarker = markers[markerIndex++];
    const key = keyOf(entity);
    if (superseded.has(entity)) continue;
    if (deniedKeys.has(key)) corrections.add(entity);
    const earlier = (pending.get(key) ?? []).filter((other) => other.end <= lastMarker);
    if (earlier.length > 0) {
      corrections.add(entity);
      for (const other of earlier) superseded.add(other);
    }
    pending.set(key, [...(pending.get(key) ?? []).filter((other) => other.end > lastMarker), entity]);
  }
  // Nothing restated, superseded or corrected: the entities stand as given (already in text order).
  if (result.length === entities.length && superseded.size === 0 && corrections.size === 0) return entities;
  return result
    .map((entity) => {
      if (entity.type !== 'age' && entity.type !== 'lab') return entity;
      if (superseded.has(entity)) return { ...entity, superseded: true };
      if (corrections.has(entity)) return { ...entity, correction: true };
      return entity;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
