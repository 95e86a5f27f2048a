import { isSnomedConceptId } from '../codes/code-validators';
import { columnIndexes, parseDelimitedText, requireRows } from './delimited-text.util';
import type { ImportOutcome, RejectedRow } from './terminology-overlay';

export const SNOMED_FULLY_SPECIFIED_NAME = '900000000000003001';
export const SNOMED_SYNONYM = '900000000000013009';
export const SNOMED_PREFERRED = '900000000000548007';

export interface SnomedRf2Files {
  /** sct2_Concept_Snapshot_*.txt */
  readonly concepts: string;
  /** sct2_Description_Snapshot-en_*.txt or -zh_*.txt */
  readonly descriptions: string;
  /** der2_cRefset_LanguageSnapshot-*.txt */
  readonly languageRefset: string;
  /** Which language refset decides "preferred" (e.g. 900000000000509007 US English); any when absent. */
  readonly languageRefsetId?: string;
  /** Limit the overlay to these concepts (the dictionary's), to keep it small. */
  readonly onlyConceptIds?: ReadonlySet<string>;
}

function table(text: string, what: string) {
  const rows = parseDelimitedText({ text, delimiter: '\t' });
  requireRows(rows, what);
  return rows;
}

/**
 * SNOMED CT RF2 snapshot -> concept id -> preferred term: the active synonym marked preferred
 * in the language refset; the active fully specified name when no synonym is preferred.
 * Only active rows of active concepts count.
 */
export function importSnomedRf2(files: SnomedRf2Files): ImportOutcome {
  const conceptRows = table(files.concepts, 'SNOMED CT concepts');
  const conceptColumns = columnIndexes({ header: conceptRows[0], columns: { id: ['id'], active: ['active'] }, what: 'SNOMED CT concepts' });
  const activeConcepts = new Set<string>();
  for (const cells of conceptRows.slice(1)) {
    const id = cells[conceptColumns.id];
    if (cells[conceptColumns.active] === '1' && (files.onlyConceptIds?.has(id) ?? true)) activeConcepts.add(id);
  }

  const refsetRows = table(files.languageRefset, 'SNOMED CT language refset');
  const refsetColumns = columnIndexes({
    header: refsetRows[0],
    columns: { active: ['active'], refsetId: ['refsetId'], descriptionId: ['referencedComponentId'], acceptability: ['acceptabilityId'] },
    what: 'SNOMED CT language refset',
  });
  const preferredDescriptions = new Set<string>();
  for (const cells of refsetRows.slice(1)) {
    if (cells[refsetColumns.active] !== '1' || cells[refsetColumns.acceptability] !== SNOMED_PREFERRED) continue;
    if (files.languageRefsetId !== undefined && cells[refsetColumns.refsetId] !== files.languageRefsetId) continue;
    preferredDescriptions.add(cells[refsetColumns.descriptionId]);
  }

  const descriptionRows = table(files.descriptions, 'SNOMED CT descriptions');
  const descriptionColumns = columnIndexes({
    header: descriptionRows[0],
    columns: { id: ['id'], active: ['active'], conceptId: ['conceptId'], typeId: ['typeId'], term: ['term'] },
    what: 'SNOMED CT descriptions',
  });
  const preferredSynonym: Record<string, string> = {};
  const fullySpecifiedName: Record<string, string> = {};
  const rejected: RejectedRow[] = [];
  descriptionRows.slice(1).forEach((cells, index) => {
    const conceptId = cells[descriptionColumns.conceptId];
    if (cells[descriptionColumns.active] !== '1' || !activeConcepts.has(conceptId)) return;
    if (!isSnomedConceptId(conceptId)) {
      rejected.push({ line: index + 2, reason: `concept id ${conceptId} fails the SNOMED CT check digit` });
      return;
    }
    const term = (cells[descriptionColumns.term] ?? '').trim();
    const type = cells[descriptionColumns.typeId];
    if (type === SNOMED_FULLY_SPECIFIED_NAME) fullySpecifiedName[conceptId] ??= term;
    else if (type === SNOMED_SYNONYM && preferredDescriptions.has(cells[descriptionColumns.id])) {
      preferredSynonym[conceptId] ??= term;
    }
  });
  const snomedTerms: Record<string, string> = { ...fullySpecifiedName, ...preferredSynonym };
  return {
    overlay: { sources: ['SNOMED CT RF2 snapshot'], snomedTerms },
    rows: descriptionRows.length - 1,
    accepted: Object.keys(snomedTerms).length,
    rejected,
  };
}
