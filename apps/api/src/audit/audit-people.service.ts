import { Inject, Injectable } from '@nestjs/common';
import type { AuditPersonDto, DepartmentNameDto, UserStatus } from '@medlocal/contracts';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.tokens';

interface PersonRow {
  id: string;
  username: string;
  display_name: string;
  status: UserStatus;
  department_code: string | null;
  department_name_zh: string | null;
  department_name_en: string | null;
  department_retired_at: Date | null;
}

interface DepartmentRow {
  code: string;
  name_zh: string;
  name_en: string;
  retired_at: Date | null;
}

// Read-only SQL over the accounts tables: audit and accounts must not import each other (accounts writes to the trail).
const PERSON_COLUMNS = `u.id::text AS id, u.username, u.display_name, u.status,
  d.code AS department_code, d.name_zh AS department_name_zh, d.name_en AS department_name_en, d.retired_at AS department_retired_at
  FROM app_user u LEFT JOIN department d ON d.id = u.department_id`;

/**
 * The people behind the trail's pseudonymous ids, for auditors only: a name typed into the filter
 * becomes the ids it stands for, and usage rows get a username and department name instead of a UUID.
 * Reads accounts of every status: a disabled account's history stays findable under its name.
 */
@Injectable()
export class AuditPeopleService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Every account whose id, username or display name is `name` (case and surrounding spaces ignored). */
  async matching(name: string): Promise<AuditPersonDto[]> {
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS}
        WHERE lower(u.username) = $1 OR lower(u.display_name) = $1 OR u.id::text = $1
        ORDER BY u.username`,
      [name.trim().toLowerCase()],
    );
    return rows.map(toPerson);
  }

  /** The accounts behind these ids; ids of no account (system, API keys) are left out. */
  async byIds(ids: readonly string[]): Promise<Map<string, AuditPersonDto>> {
    const uuids = [...new Set(ids)].filter((id) => UUID.test(id));
    if (uuids.length === 0) return new Map();
    const rows: PersonRow[] = await this.dataSource.query(`SELECT ${PERSON_COLUMNS} WHERE u.id = ANY($1::uuid[])`, [uuids]);
    return new Map(rows.map((row) => [row.id, toPerson(row)]));
  }

  /** Names of every department, retired ones too (history keeps naming them), by code. */
  async departmentNames(): Promise<Record<string, DepartmentNameDto>> {
    const rows: DepartmentRow[] = await this.dataSource.query(`SELECT code, name_zh, name_en, retired_at FROM department`);
    return Object.fromEntries(rows.map((row) => [row.code, { nameZh: row.name_zh, nameEn: row.name_en, retired: row.retired_at !== null }]));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toPerson(row: PersonRow): AuditPersonDto {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    status: row.status,
    department:
      row.department_code === null
        ? null
        : {
            code: row.department_code,
            nameZh: row.department_name_zh ?? '',
            nameEn: row.department_name_en ?? '',
            retired: row.department_retired_at !== null,
          },
  };
}
