import type { ClinicalDictionary } from '../dictionary/dictionary.types';

/**
 * What an import adds to the shipped dictionary. Every table is code -> text; nothing in an
 * overlay changes a concept's codes (mapping tables are checked against them instead).
 */
export interface TerminologyOverlay {
  /** What was imported, e.g. "WHO ICD-11 MMS simple tabulation (zh)". */
  readonly sources: readonly string[];
  readonly icd11Titles?: Readonly<Record<string, string>>;
  readonly icd10Titles?: Readonly<Record<string, string>>;
  readonly snomedTerms?: Readonly<Record<string, string>>;
  /** ICD-10 code -> ICD-11 code, from WHO's mapping tables. */
  readonly icd10ToIcd11?: Readonly<Record<string, string>>;
}

export interface RejectedRow {
  readonly line: number;
  readonly reason: string;
}

export interface ImportOutcome {
  readonly overlay: TerminologyOverlay;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: readonly RejectedRow[];
}

export type CollisionTable = 'icd11Titles' | 'icd10Titles' | 'snomedTerms' | 'icd10ToIcd11';

/** A code the overlay describes differently from the dictionary (or, for mappings, from the concept). */
export interface OverlayCollision {
  readonly table: CollisionTable;
  readonly code: string;
  readonly existing: string;
  readonly incoming: string;
  /** For mapping disagreements: the concept whose ICD-11 code differs from the WHO map. */
  readonly conceptId?: string;
}

/** BA41 vs BA41.Z, BC71.0 vs BC71.0Z: one refines the other, which is no disagreement. */
function sameStem(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer === shorter || longer.startsWith(shorter.includes('.') ? shorter : `${shorter}.`);
}

function mergeTable(
  table: Exclude<CollisionTable, 'icd10ToIcd11'>,
  existing: Readonly<Record<string, string>>,
  incoming: Readonly<Record<string, string>> | undefined,
  collisions: OverlayCollision[],
): Readonly<Record<string, string>> {
  if (incoming === undefined) return existing;
  const merged: Record<string, string> = { ...existing };
  for (const [code, text] of Object.entries(incoming)) {
    const current = merged[code];
    if (current !== undefined && current !== text) collisions.push({ table, code, existing: current, incoming: text });
    merged[code] = text;
  }
  return merged;
}

/**
 * Returns a new dictionary with the overlay's titles and terms (incoming text wins; each
 * replaced text is listed as a collision) and lists every concept whose ICD-11 code differs
 * from WHO's ICD-10 -> ICD-11 map. Concept codes are never changed by an import.
 */
export function mergeOverlay(dictionary: ClinicalDictionary, overlay: TerminologyOverlay): { dictionary: ClinicalDictionary; collisions: OverlayCollision[] } {
  const collisions: OverlayCollision[] = [];
  const icd11Titles = mergeTable('icd11Titles', dictionary.icd11Titles.titles, overlay.icd11Titles, collisions);
  const icd10Titles = mergeTable('icd10Titles', dictionary.icd10Titles, overlay.icd10Titles, collisions);
  const snomedTerms = mergeTable('snomedTerms', dictionary.snomedTerms, overlay.snomedTerms, collisions);
  const map = overlay.icd10ToIcd11;
  if (map !== undefined) {
    for (const concept of dictionary.conditions) {
      if (concept.icd10 === null) continue;
      const mapped = map[concept.icd10];
      if (mapped !== undefined && concept.icd11 !== null && !sameStem(mapped, concept.icd11)) {
        collisions.push({ table: 'icd10ToIcd11', code: concept.icd10, existing: concept.icd11, incoming: mapped, conceptId: concept.id });
      }
    }
  }
  return {
    dictionary: {
      ...dictionary,
      icd11Titles: { ...dictionary.icd11Titles, titles: icd11Titles },
      icd10Titles,
      snomedTerms,
    },
    collisions,
  };
}

/** Combines several overlays (later ones win), e.g. a SNOMED import and a hospital table. */
export function combineOverlays(overlays: readonly TerminologyOverlay[]): TerminologyOverlay {
  const pick = (key: 'icd11Titles' | 'icd10Titles' | 'snomedTerms' | 'icd10ToIcd11') =>
    overlays.some((overlay) => overlay[key] !== undefined) ? Object.assign({}, ...overlays.map((overlay) => overlay[key] ?? {})) : undefined;
  const combined: TerminologyOverlay = { sources: overlays.flatMap((overlay) => overlay.sources) };
  const tables = {
    icd11Titles: pick('icd11Titles'),
    icd10Titles: pick('icd10Titles'),
    snomedTerms: pick('snomedTerms'),
    icd10ToIcd11: pick('icd10ToIcd11'),
  };
  return Object.fromEntries(Object.entries({ ...combined, ...tables }).filter(([, value]) => value !== undefined)) as unknown as TerminologyOverlay;
}
