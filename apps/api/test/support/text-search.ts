import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Runs one SQL statement with positional parameters and returns its rows (pg Client or PGlite alike). */
export type SqlRows = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface DatabaseTextHit {
  readonly table: string;
  readonly column: string;
  readonly needle: string;
  readonly rows: number;
}

export interface DatabaseTextSearch {
  readonly hits: DatabaseTextHit[];
  readonly columnsSearched: number;
  readonly tablesSearched: number;
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Looks for each needle in every column of every table outside the system catalogs, each column
 * cast to text (bytea columns compared as UTF-8 bytes), so no type or table is left out.
 */
export async function searchEveryColumn(sql: SqlRows, needles: readonly string[]): Promise<DatabaseTextSearch> {
  const columns = (await sql(
    `SELECT c.table_schema, c.table_name, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND t.table_type = 'BASE TABLE'
      ORDER BY 1, 2, c.ordinal_position`,
  )) as { table_schema: string; table_name: string; column_name: string; data_type: string }[];
  const hits: DatabaseTextHit[] = [];
  for (const column of columns) {
    const table = `${quoteIdentifier(column.table_schema)}.${quoteIdentifier(column.table_name)}`;
    const name = quoteIdentifier(column.column_name);
    const matches = needles.map((_, index) =>
      column.data_type === 'bytea'
        ? `count(*) FILTER (WHERE position(convert_to($${index + 1}::text, 'UTF8') in ${name}) > 0)::int AS n${index}`
        : `count(*) FILTER (WHERE position($${index + 1}::text in ${name}::text) > 0)::int AS n${index}`,
    );
    const [counts] = await sql(`SELECT ${matches.join(', ')} FROM ${table}`, [...needles]);
    needles.forEach((needle, index) => {
      const rows = Number(counts[`n${index}`]);
      if (rows > 0) hits.push({ table: `${column.table_schema}.${column.table_name}`, column: column.column_name, needle, rows });
    });
  }
  return { hits, columnsSearched: columns.length, tablesSearched: new Set(columns.map((column) => `${column.table_schema}.${column.table_name}`)).size };
}

export interface FileTextHit {
  readonly file: string;
  readonly needle: string;
}

/** Looks for each needle, as UTF-8 bytes, in every file under `root` (database pages, WAL, keys, anchors, logs). */
export async function searchEveryFile(
  root: string,
  needles: readonly string[],
  options: { modifiedSince?: Date } = {},
): Promise<{ hits: FileTextHit[]; filesSearched: number }> {
  const encoded = needles.map((needle) => ({ needle, bytes: Buffer.from(needle, 'utf8') }));
  const hits: FileTextHit[] = [];
  let filesSearched = 0;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (options.modifiedSince && (await stat(file)).mtime < options.modifiedSince) continue;
    const content = await readFile(file);
    filesSearched += 1;
    for (const { needle, bytes } of encoded) if (content.indexOf(bytes) !== -1) hits.push({ file: path.relative(root, file), needle });
  }
  return { hits, filesSearched };
}
