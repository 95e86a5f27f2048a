import { TerminologyImportError, TerminologyImportErrorCode } from './import.error';

/**
 * Splits delimited text (tab- or comma-separated) into rows of cells. Double quotes group a
 * cell, "" inside quotes is a quote, and a quoted cell may span lines. A BOM is dropped.
 */
export function parseDelimitedText(params: { text: string; delimiter: '\t' | ',' }): string[][] {
  const { delimiter } = params;
  const text = params.text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStarted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
      continue;
    }
    if (char === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
      cellStarted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStarted = false;
    } else {
      cell += char;
      cellStarted = true;
    }
  }
  if (cellStarted || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

/** Finds each wanted column by header name (first alias that exists), case- and space-insensitively. */
export function columnIndexes<K extends string>(params: {
  header: readonly string[];
  columns: Readonly<Record<K, readonly string[]>>;
  what: string;
}): Record<K, number> {
  const normalised = params.header.map((name) => name.trim().toLowerCase().replace(/\s+/g, ''));
  const found = {} as Record<K, number>;
  for (const [key, aliases] of Object.entries(params.columns) as [K, readonly string[]][]) {
    const index = aliases.map((alias) => normalised.indexOf(alias.toLowerCase().replace(/\s+/g, ''))).find((candidate) => candidate >= 0);
    if (index === undefined) {
      throw new TerminologyImportError(
        TerminologyImportErrorCode.MissingColumn,
        `${params.what}: no column named ${aliases.map((alias) => `"${alias}"`).join(' or ')} in the header row`,
      );
    }
    found[key] = index;
  }
  return found;
}

export function requireRows(rows: readonly string[][], what: string): void {
  if (rows.length === 0) {
    throw new TerminologyImportError(TerminologyImportErrorCode.EmptyInput, `${what}: the file is empty`);
  }
}
