import type { UserImportResult } from '@medlocal/contracts';

/** Text cells a spreadsheet would run as a formula (CSV injection) are written as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The one-time passwords of an import as a CSV for the admin to hand out: UTF-8 with a byte-order mark,
 * so Excel shows Chinese names, and every cell quoted. A display name that starts like a formula gets a
 * leading apostrophe; the password is MedLocal's own and written exactly, since a changed one would not sign in.
 */
export function oneTimePasswordsCsv(params: { users: UserImportResult['users'] }): string {
  const rows = [
    ['username', 'display_name', 'department', 'one_time_password'],
    ...params.users.map((user) => [text(user.username), text(user.displayName), text(user.department?.code ?? ''), user.oneTimePassword]),
  ];
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function text(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
