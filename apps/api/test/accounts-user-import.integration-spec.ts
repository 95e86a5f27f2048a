import type { DataSource } from 'typeorm';
import { SERVER_OPERATOR } from '../src/accounts/access/server-operator';
import { UsersService } from '../src/accounts/users/users.service';
import { DATA_SOURCE } from '../src/database/database.tokens';
import { startApi, type RunningApi } from './support/start-api';
import { ACCOUNTS_TEST_ENV, api, captureAuditEvents, createAccount, createDepartment, signIn, signInAsAdmin, type SignedInSession } from './support/sign-in';

const HEADER = 'username,display_name,department,roles';

/** Fifty nurses of one department, one line each after the header (line n + 2 is user n). */
function fiftyUsers(prefix: string, department: string): string[] {
  return Array.from({ length: 50 }, (_, index) => `${prefix}.${String(index + 1).padStart(2, '0')},护士${index + 1},${department},clinician`);
}

describe('MedLocal bulk user import (PostgreSQL)', () => {
  let sut: RunningApi;
  let admin: SignedInSession;
  let cardiology: { id: string; code: string };
  let nephrology: { id: string; code: string };
  let departmentAdmin: SignedInSession;

  beforeAll(async () => {
    sut = await startApi({ database: 'test-server', env: ACCOUNTS_TEST_ENV });
    admin = await signInAsAdmin(sut);
    cardiology = await createDepartment(sut, 'CARD', admin);
    nephrology = await createDepartment(sut, 'NEPH', admin);
    const cardiologyAdmin = await createAccount(sut, { roles: ['admin'], adminScope: 'department', departmentId: cardiology.id, as: admin });
    departmentAdmin = await signIn(sut, cardiologyAdmin.username, cardiologyAdmin.password);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const upload = (path: string, body: string | Buffer, as: SignedInSession = admin) =>
    fetch(`${sut.baseUrl}/api/admin/users/import${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${as.accessToken}`, 'content-type': 'text/csv; charset=utf-8' },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  const usernames = async () => (await sut.app.get(UsersService).list(SERVER_OPERATOR)).map((user) => user.username).sort();
  const problemLines = (body: { problems: { line: number; code: string }[] }) => body.problems.map(({ line, code }) => ({ line, code }));

  it('lists exactly the 3 bad lines of a 50-user file in the dry run, and writes nothing', async () => {
    const existing = await createAccount(sut, { roles: ['clinician'], departmentId: cardiology.id, username: 'ward.taken', as: admin });
    const lines = fiftyUsers('ward', 'CARD');
    lines[6] = `${existing.username},护士7,CARD,clinician`;
    lines[19] = 'ward.20,护士20,GHOST,clinician';
    lines[41] = 'ward.42,护士42,CARD,auditor';
    const before = await usernames();
    const events = captureAuditEvents(sut);

    const response = await upload('/dry-run', [HEADER, ...lines].join('\n'));

    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.rows).toBe(50);
    expect(problemLines(body)).toEqual([
      { line: 8, code: 'username_taken' },
      { line: 21, code: 'department_unknown' },
      { line: 43, code: 'role_not_grantable' },
    ]);
    expect(body.users).toHaveLength(47);
    expect(await usernames()).toEqual(before);
    expect(events.filter((event) => event.action === 'user.create')).toEqual([]);

    // The real import of the same file is refused whole, and audited with a count of lines, not names.
    const refused = await upload('', [HEADER, ...lines].join('\n'));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: 'USER_IMPORT_REJECTED' });
    expect(await usernames()).toEqual(before);
    expect(events.filter((event) => event.action === 'user.create')).toEqual([
      expect.objectContaining({ outcome: 'failure', summary: { reasonCode: 'csv_import_rejected', eventCount: 3 } }),
    ]);
  });

  it('imports a fixed file all at once; each one-time password works once and forces a change at first sign-in', async () => {
    const events = captureAuditEvents(sut);
    const csv = `\uFEFF${[HEADER, ...fiftyUsers('fixed', 'CARD')].join('\r\n')}\r\n`;
    expect(problemLines(await (await upload('/dry-run', csv)).json())).toEqual([]);

    const response = await upload('', csv);

    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body.created).toBe(50);
    expect(body.users).toHaveLength(50);
    expect(new Set(body.users.map((user: { oneTimePassword: string }) => user.oneTimePassword)).size).toBe(50);
    expect(body.users[0]).toMatchObject({ line: 2, username: 'fixed.01', displayName: '护士1', department: { code: 'CARD' }, roles: ['clinician'] });
    const listed = await usernames();
    expect(listed.filter((name) => name.startsWith('fixed.'))).toHaveLength(50);

    const [first, second] = body.users as { username: string; oneTimePassword: string }[];
    // Stored only as its hash, like any password.
    const [stored] = await sut.app.get<DataSource>(DATA_SOURCE, { strict: false }).query(`SELECT * FROM app_user WHERE username = $1`, [first.username]);
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(stored)).not.toContain(first.oneTimePassword);
    for (const user of [first, second]) {
      const session = await signIn(sut, user.username, user.oneTimePassword);
      expect(session.user.restriction).toBe('password_change');
      const elsewhere = await api(sut, 'GET', '/api/chat/conversations', { token: session.accessToken });
      expect({ status: elsewhere.status, code: (await elsewhere.json()).code }).toEqual({ status: 403, code: 'RESTRICTED_SESSION' });
      // Not containing the username (the policy refuses that).
      const newPassword = `Own-Secret-${user.oneTimePassword.length}-${user === first ? 'a' : 'b'}-kQ7#`;
      const changed = await api(sut, 'POST', '/api/auth/password', {
        token: session.accessToken,
        body: { currentPassword: user.oneTimePassword, newPassword },
      });
      expect(changed.status).toBe(204);
      const again = await api(sut, 'POST', '/api/auth/login', { body: { username: user.username, password: user.oneTimePassword } });
      expect(again.status).toBe(401);
      expect((await signIn(sut, user.username, newPassword)).user.restriction).toBeNull();
    }

    const audited = events.filter((event) => event.action === 'user.create');
    expect(audited).toEqual([
      expect.objectContaining({
        outcome: 'success',
        summary: { reasonCode: 'csv_import', eventCount: 50, rolesAfter: ['clinician'], targetDepartment: 'CARD' },
      }),
    ]);
    expect(JSON.stringify(audited)).not.toContain('fixed.01');
    expect(JSON.stringify(audited)).not.toContain(first.oneTimePassword);

    // The same file again: every line now names an existing account, and nothing is written twice.
    const repeated = await (await upload('/dry-run', csv)).json();
    expect(repeated.problems).toHaveLength(50);
    expect(new Set(repeated.problems.map((listed: { code: string }) => listed.code))).toEqual(new Set(['username_taken']));
  });

  it('keeps a department admin to their own department and to clinician and researcher; a blank department is their own', async () => {
    const lines = [
      HEADER,
      'card.one,一,,clinician',
      'card.two,二,CARD,researcher',
      'card.three,三,NEPH,clinician',
      'card.four,四,CARD,admin',
      'card.five,五,CARD,clinician;auditor',
    ].join('\n');

    const body = await (await upload('/dry-run', lines, departmentAdmin)).json();

    expect(problemLines(body)).toEqual([
      { line: 4, code: 'department_out_of_scope' },
      { line: 5, code: 'role_not_grantable' },
      { line: 6, code: 'role_not_grantable' },
    ]);
    expect(body.users.map((user: { username: string; department: { code: string } }) => [user.username, user.department.code])).toEqual([
      ['card.one', 'CARD'],
      ['card.two', 'CARD'],
    ]);
    const created = await upload('', [HEADER, 'card.one,一,,clinician', 'card.two,二,CARD,researcher'].join('\n'), departmentAdmin);
    expect(created.status).toBe(201);
    expect((await created.json()).users.map((user: { department: { id: string } }) => user.department.id)).toEqual([cardiology.id, cardiology.id]);
  });

  it('lists a retired department, a GBK file and a file without a column, and refuses an upload too large to be an import', async () => {
    await sut.app.get<DataSource>(DATA_SOURCE, { strict: false }).query(`UPDATE department SET retired_at = now() WHERE id = $1`, [nephrology.id]);
    expect(problemLines(await (await upload('/dry-run', [HEADER, 'neph.one,一,NEPH,clinician'].join('\n'))).json())).toEqual([
      { line: 2, code: 'department_retired' },
    ]);
    const gbk = Buffer.concat([Buffer.from(`${HEADER}\nli.na,`), Buffer.from([0xc0, 0xee, 0xc4, 0xc8]), Buffer.from(',CARD,clinician\n')]);
    expect(problemLines(await (await upload('/dry-run', gbk)).json())).toEqual([{ line: 2, code: 'encoding' }]);
    expect(problemLines(await (await upload('/dry-run', 'username,roles\nli.na,clinician')).json())).toEqual([
      { line: 1, code: 'column_missing' },
      { line: 1, code: 'column_missing' },
    ]);
    const huge = await upload('/dry-run', `${HEADER}\n${'x'.repeat(2 * 1024 * 1024)}`);
    expect({ status: huge.status, code: (await huge.json()).code }).toEqual({ status: 413, code: 'USER_IMPORT_TOO_LARGE' });
    const json = await api(sut, 'POST', '/api/admin/users/import/dry-run', { token: admin.accessToken, body: { csv: HEADER } });
    expect({ status: json.status, code: (await json.json()).code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('lets one of two imports of the same file at once create every account, and refuses the other whole (never a 500)', async () => {
    const csv = [HEADER, ...Array.from({ length: 5 }, (_, index) => `race.${index + 1},并发${index + 1},CARD,clinician`)].join('\n');

    const statuses = (await Promise.all([upload('', csv), upload('', csv)])).map((response) => response.status).sort();

    expect(statuses).toEqual([201, 422]);
    expect((await usernames()).filter((name) => name.startsWith('race.'))).toHaveLength(5);
  });

  it('is for admins only', async () => {
    const clinician = await createAccount(sut, { roles: ['clinician'], departmentId: cardiology.id, as: admin });
    const session = await signIn(sut, clinician.username, clinician.password);
    expect((await upload('/dry-run', HEADER, session)).status).toBe(403);
    expect((await upload('', HEADER, session)).status).toBe(403);
  });
});
