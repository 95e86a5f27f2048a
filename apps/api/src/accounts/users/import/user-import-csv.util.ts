import type { UserImportProblem, UserImportProblemCode } from '@medlocal/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { ROLES } from '../../../common/access/roles';
import { USERNAME_PATTERN } from '../create-user.request.dto';

/** One data line of the file, read and checked on its own (the database checks come after). */
export interface UserImportLine {
  readonly line: number;
  readonly username: string;
  readonly displayName: string;
  /** As written (trimmed); empty when the column was left blank. */
  readonly departmentCode: string;
  readonly roles: readonly string[];
}

export interface ParsedUserImport {
  /** Data lines that were read, with or without problems. */
  readonly rowCount: number;
  /** Lines without a problem of their own. */
  readonly lines: readonly UserImportLine[];
  readonly problems: readonly UserImportProblem[];
}

export const USER_IMPORT_COLUMNS = ['username', 'display_name', 'department', 'roles'] as const;
type Column = (typeof USER_IMPORT_COLUMNS)[number];

/** Header spellings a hospital's spreadsheet may use for each column (compared after lower-casing, with spaces and hyphens as `_`). */
const COLUMN_ALIASES: Readonly<Record<string, Column>> = {
  username: 'username',
  user: 'username',
  login: 'username',
  用户名: 'username',
  display_name: 'display_name',
  displayname: 'display_name',
  name: 'display_name',
  姓名: 'display_name',
  显示名: 'display_name',
  department: 'department',
  department_code: 'department',
  dept: 'department',
  科室: 'department',
  roles: 'roles',
  role: 'roles',
  角色: 'roles',
};

const DISPLAY_NAME_MAX = 100;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Roles in one cell: `clinician;researcher`, `clinician|researcher`, or quoted `clinician, researcher`. */
const ROLE_SEPARATOR = /[;|,\s]+/;

/**
 * Reads a bulk user import (UTF-8 CSV, optional byte-order mark, a header naming the four columns)
 * and lists every problem a line has on its own, by line number (the header is line 1): syntax, field
 * counts, usernames, duplicates within the file, missing names and roles, unknown roles and too many
 * rows. Whether a username is taken, a department exists and a role may be granted is the service's.
 */
export function parseUserImportCsv(params: { bytes: Buffer; maxRows: number }): ParsedUserImport {
  const decoded = decode(params.bytes);
  if ('problem' in decoded) return { rowCount: 0, lines: [], problems: [decoded.problem] };
  const problems: UserImportProblem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      skip_records_with_error: true,
      trim: true,
      on_skip: (error) => {
        // One problem per line: a stray quote can trip the parser twice on the same record.
        const line = Number((error as { lines?: unknown } | undefined)?.lines ?? 0);
        if (error && !problems.some((listed) => listed.line === line))
          problems.push(problem(line, 'malformed_csv', `The line is not valid CSV: ${csvReason(error)}`));
      },
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return {
      rowCount: 0,
      lines: [],
      problems: [...problems, problem((error as CsvError & { lines?: number }).lines ?? 0, 'malformed_csv', `The file is not valid CSV: ${csvReason(error)}`)],
    };
  }
  if (records.length === 0)
    return { rowCount: 0, lines: [], problems: [problem(0, 'empty_file', 'The file is empty: it needs a header line and one line per user')] };

  const [header, ...data] = withStartLines(records);
  const columns = readHeader(header.record, header.line, problems);
  if (!columns) return { rowCount: data.length, lines: [], problems: sortByLine(problems) };
  if (data.length > params.maxRows) {
    problems.push(
      problem(
        data[params.maxRows].line,
        'too_many_rows',
        `The file has ${data.length} users; one import takes at most ${params.maxRows} (USER_IMPORT_MAX_ROWS)`,
      ),
    );
  }

  const firstLineOf = new Map<string, number>();
  const lines: UserImportLine[] = [];
  for (const { record, line } of data) {
    const before = problems.length;
    if (record.length !== header.record.length) {
      problems.push(problem(line, 'field_count', `The line has ${record.length} fields; the header has ${header.record.length}`));
      continue;
    }
    const cell = (column: Column) => record[columns[column]];
    const username = cell('username').toLowerCase();
    const displayName = cell('display_name');
    const roles = cell('roles').toLowerCase().split(ROLE_SEPARATOR).filter(Boolean);
    if (!USERNAME_PATTERN.test(username)) {
      problems.push(
        problem(line, 'username_invalid', 'A username is 3-32 characters: lower-case letters, digits, . _ -, starting with a letter', {
          column: 'username',
          value: cell('username').slice(0, 64),
        }),
      );
    } else if (firstLineOf.has(username)) {
      problems.push(
        problem(line, 'username_duplicate', `${username} is already on line ${firstLineOf.get(username)} of this file`, {
          column: 'username',
          value: String(firstLineOf.get(username)),
        }),
      );
    } else {
      firstLineOf.set(username, line);
    }
    if (!displayName) problems.push(problem(line, 'display_name_missing', 'The display name is empty', { column: 'display_name' }));
    else if ([...displayName].length > DISPLAY_NAME_MAX)
      problems.push(problem(line, 'display_name_too_long', `A display name has at most ${DISPLAY_NAME_MAX} characters`, { column: 'display_name' }));
    if (roles.length === 0) problems.push(problem(line, 'roles_missing', 'No role is given', { column: 'roles' }));
    for (const role of roles.filter((candidate) => !(ROLES as readonly string[]).includes(candidate))) {
      problems.push(
        problem(line, 'role_unknown', `${role.slice(0, 32)} is not a MedLocal role (${ROLES.join(', ')})`, { column: 'roles', value: role.slice(0, 32) }),
      );
    }
    if (problems.length === before) lines.push({ line, username, displayName, departmentCode: cell('department'), roles: [...new Set(roles)] });
  }
  return { rowCount: data.length, lines, problems: sortByLine(problems) };
}

function decode(bytes: Buffer): { text: string } | { problem: UserImportProblem } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { problem: problem(0, 'encoding', 'The file is UTF-16 (as Excel\'s "Unicode text" saves it): save it as "CSV UTF-8" and try again') };
  }
  const body = bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    // The line of the first byte that is not UTF-8: GBK and Latin-1 files fail here (a U+FFFD written in the file itself would only move the line).
    const lenient = new TextDecoder('utf-8').decode(body);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    return { problem: problem(line, 'encoding', 'The file is not UTF-8 (GBK or another encoding?): save it as "CSV UTF-8" and try again') };
  }
}

/** csv-parse gives the line a record ends on; it starts as many lines earlier as its quoted fields hold line breaks. */
function withStartLines(records: readonly { record: string[]; info: { lines: number } }[]): { record: string[]; line: number }[] {
  return records.map(({ record, info }) => ({ record, line: info.lines - record.reduce((breaks, field) => breaks + (field.match(/\n/g)?.length ?? 0), 0) }));
}

function readHeader(names: readonly string[], line: number, problems: UserImportProblem[]): Record<Column, number> | null {
  const found: Partial<Record<Column, number>> = {};
  names.forEach((name, index) => {
    const column =
      COLUMN_ALIASES[
        name
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      ];
    if (!column)
      problems.push(
        problem(line, 'column_unknown', `"${name.slice(0, 40)}" is not a column of a user import (${USER_IMPORT_COLUMNS.join(', ')})`, {
          column: name.slice(0, 40),
        }),
      );
    else if (found[column] !== undefined) problems.push(problem(line, 'column_duplicate', `The column ${column} appears twice`, { column }));
    else found[column] = index;
  });
  const missing = USER_IMPORT_COLUMNS.filter((column) => found[column] === undefined);
  for (const column of missing)
    problems.push(problem(line, 'column_missing', `The header has no ${column} column (a user import needs ${USER_IMPORT_COLUMNS.join(', ')})`, { column }));
  return missing.length === 0 ? (found as Record<Column, number>) : null;
}

export function problem(line: number, code: UserImportProblemCode, message: string, extra: { column?: string; value?: string } = {}): UserImportProblem {
  return { line, code, message, ...extra };
}

function sortByLine(problems: readonly UserImportProblem[]): UserImportProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}

function csvReason(error: Error): string {
  return error.message.replace(/^Invalid Record Length: |^\w+: /, '').slice(0, 160);
}
