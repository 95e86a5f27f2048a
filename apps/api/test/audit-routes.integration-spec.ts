import { AUDIT_CSV_COLUMNS, AUDIT_MAX_PAGE_SIZE, isValidResidentId18, listAuditPartitions } from '@medlocal/audit';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AuditRecordInput } from '../src/common/audit/audit-recorder.port';
import { AuditMaintenanceService } from '../src/audit/audit-maintenance.service';
import { DEID_PREVIEW_MAX_CHARS } from '../src/audit/deid-preview.service';
import { DATA_SOURCE } from '../src/database/database.tokens';
import { parseCsv } from './support/csv';
import { residentIdWithCheckDigit } from './support/resident-id';
import {
  ACCOUNTS_TEST_ENV,
  api,
  captureAuditEvents,
  createAccount,
  createDepartment,
  loginAs,
  signIn,
  signInAsAdmin,
  type SignedInSession,
} from './support/sign-in';
import { readSse } from './support/sse';
import { startApi, type DatabaseChoice, type RunningApi } from './support/start-api';

interface ListedEvent {
  id: number;
  action: string;
  outcome: string;
  actor: { userId: string; department: string | null };
  summary: Record<string, unknown>;
  inputHmac: string | null;
}

const AUDIT_ROUTES: { name: string; call: (sut: RunningApi, token?: string) => Promise<Response> }[] = [
  { name: 'GET /api/audit/events', call: (sut, token) => api(sut, 'GET', '/api/audit/events', { token }) },
  { name: 'GET /api/audit/verify', call: (sut, token) => api(sut, 'GET', '/api/audit/verify', { token }) },
  { name: 'GET /api/audit/export', call: (sut, token) => api(sut, 'GET', '/api/audit/export?format=jsonl', { token }) },
  {
    name: 'POST /api/audit/deid-preview',
    call: (sut, token) => api(sut, 'POST', '/api/audit/deid-preview', { token, body: { text: '患者张伟,电话13812345678' } }),
  },
  { name: 'GET /api/audit/usage', call: (sut, token) => api(sut, 'GET', '/api/audit/usage', { token }) },
];

/**
 * 'test-server' is PostgreSQL when TEST_DATABASE_URL is set; without a server it would be a second
 * PGlite served from the test process, which the embedded case already covers.
 */
const choices: DatabaseChoice[] = process.env['TEST_DATABASE_URL'] ? ['embedded', 'test-server'] : ['embedded'];

describe.each(choices)('AuditController (%s database)', (choice) => {
  let sut: RunningApi;
  let admin: SignedInSession;
  let auditor: SignedInSession;
  let clinician: SignedInSession;
  let departmentAdmin: SignedInSession;
  let departmentA: string;
  let departmentB: string;
  let audited: AuditRecordInput[];

  beforeAll(async () => {
    sut = await startApi({
      database: choice,
      env: {
        ...ACCOUNTS_TEST_ENV,
        INFERENCE_THREADS: '1',
        INFERENCE_PARALLEL: '2',
        INFERENCE_CONTEXT_SIZE: '2048',
        INFERENCE_MAX_ANSWER_TOKENS: '64',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
      },
    });
    admin = await signInAsAdmin(sut);
    departmentA = (await createDepartment(sut, `CARD${process.pid % 1000}`, admin)).code;
    departmentB = (await createDepartment(sut, `NEPH${process.pid % 1000}`, admin)).code;
    const departmentIds = new Map<string, string>();
    for (const department of (await (await api(sut, 'GET', '/api/admin/departments', { token: admin.accessToken })).json()) as { id: string; code: string }[]) {
      departmentIds.set(department.code, department.id);
    }
    const scopedAdmin = await createAccount(sut, { roles: ['admin'], adminScope: 'department', departmentId: departmentIds.get(departmentA), as: admin });
    departmentAdmin = await signIn(sut, scopedAdmin.username, scopedAdmin.password);
    auditor = await loginAs(sut, 'auditor');
    clinician = await loginAs(sut, 'clinician');
    // One question from each department, so usage figures and scoping have something to show.
    for (const code of [departmentA, departmentB]) {
      const account = await createAccount(sut, { roles: ['clinician'], departmentId: departmentIds.get(code), as: admin });
      const session = await signIn(sut, account.username, account.password);
      const conversation = (await (await api(sut, 'POST', '/api/chat/conversations', { token: session.accessToken })).json()) as { id: string };
      const answer = await fetch(`${sut.baseUrl}/api/chat/conversations/${conversation.id}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ content: '65岁男性,肌酐132μmol/L,房颤抗凝怎么选?', strict: false }),
      });
      expect((await readSse(answer)).at(-1)?.event).toBe('done');
    }
    audited = captureAuditEvents(sut);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  async function listAll(session: SignedInSession, query = ''): Promise<ListedEvent[]> {
    const items: ListedEvent[] = [];
    let cursor: string | null = null;
    do {
      const response = await api(sut, 'GET', `/api/audit/events?pageSize=7${query}${cursor ? `&cursor=${cursor}` : ''}`, { token: session.accessToken });
      expect(response.status).toBe(200);
      const page = (await response.json()) as { items: ListedEvent[]; nextCursor: string | null };
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it.each(AUDIT_ROUTES)('$name: anonymous 401, clinician, researcher and admins of any scope 403 (三员分立), auditor 200', async (route) => {
    const researcher = await loginAs(sut, 'researcher');
    expect((await route.call(sut)).status).toBe(401);
    for (const refused of [clinician, researcher, admin, departmentAdmin]) {
      const response = await route.call(sut, refused.accessToken);
      expect(response.status).toBe(403);
      await response.arrayBuffer();
    }
    const response = await route.call(sut, auditor.accessToken);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });

  it.each([
    ['/api/audit/events?from=yesterday', 'from'],
    ['/api/audit/events?to=2026-13-01', 'to'],
    [`/api/audit/events?pageSize=${AUDIT_MAX_PAGE_SIZE + 1}`, 'pageSize'],
    ['/api/audit/events?pageSize=0', 'pageSize'],
    ['/api/audit/events?status=maybe', 'status'],
    ['/api/audit/events?action=DROP%20TABLE', 'action'],
    ['/api/audit/events?department=a%20b', 'department'],
    ['/api/audit/events?cursor=%2F%2F', 'cursor'],
    ['/api/audit/events?sort=id', 'sort'],
    ['/api/audit/export', 'format'],
    ['/api/audit/export?format=xml', 'format'],
    ['/api/audit/usage?from=not-a-date', 'from'],
    ['/api/audit/usage?timeZone=Mars/Olympus', 'timeZone'],
  ])('GET %s answers 400 naming %s', async (path, field) => {
    const response = await api(sut, 'GET', path, { token: auditor.accessToken });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(field);
  });

  it('answers 400 for an empty preview and 413 above the size cap, auditing neither', async () => {
    const before = audited.length;
    for (const text of ['', '   \n']) {
      const response = await api(sut, 'POST', '/api/audit/deid-preview', { token: auditor.accessToken, body: { text } });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain('text');
    }
    const tooLarge = await api(sut, 'POST', '/api/audit/deid-preview', { token: auditor.accessToken, body: { text: '某'.repeat(DEID_PREVIEW_MAX_CHARS + 1) } });
    expect(tooLarge.status).toBe(413);
    expect(audited.length).toBe(before);
  });

  it('pages newest first with an opaque cursor, without gaps or repeats, and audits each listing', async () => {
    const before = audited.filter((event) => event.action === 'audit.list').length;
    const items = await listAll(auditor);
    const ids = items.map((item) => item.id);
    expect(ids.length).toBeGreaterThan(7);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
    // Gap-free chain ids: the newest-first walk reaches id 1 and misses none.
    expect(ids.at(-1)).toBe(1);
    expect(ids[0]).toBe(ids.length);
    const listings = audited.filter((event) => event.action === 'audit.list').slice(before);
    expect(listings.length).toBe(Math.ceil(ids.length / 7) + (ids.length % 7 === 0 ? 1 : 0));
    expect(listings[0]).toMatchObject({ outcome: 'success', actor: expect.objectContaining({ role: 'auditor' }), summary: { eventCount: 7 } });
    // The listings themselves are in the trail.
    const again = await listAll(auditor, '&action=audit.list');
    expect(again.length).toBeGreaterThanOrEqual(listings.length);
    expect(again.every((item) => item.action === 'audit.list')).toBe(true);
  });

  it('filters by action, outcome, user and time', async () => {
    const questions = await listAll(auditor, '&action=chat.message&status=success');
    expect(questions).toHaveLength(2);
    expect(questions.every((item) => item.inputHmac && /^[0-9a-f]{64}$/.test(item.inputHmac))).toBe(true);
    const ofOneUser = await listAll(auditor, `&user=${questions[0].actor.userId}`);
    expect(ofOneUser.length).toBeGreaterThan(0);
    expect(ofOneUser.every((item) => item.actor.userId === questions[0].actor.userId)).toBe(true);
    expect(await listAll(auditor, '&to=2000-01-01T00:00:00Z')).toEqual([]);
    expect((await listAll(auditor, '&from=2000-01-01T00:00:00Z&action=chat.message')).length).toBe(2);
  });

  it('refuses admins of either scope the trail and records each refusal as access.denied', async () => {
    const before = audited.length;
    for (const path of [
      '/api/audit/events',
      `/api/audit/events?department=${departmentA}`,
      '/api/audit/export?format=jsonl',
      '/api/audit/usage',
      '/api/audit/verify',
    ]) {
      for (const session of [admin, departmentAdmin]) expect((await api(sut, 'GET', path, { token: session.accessToken })).status).toBe(403);
    }
    const refusals = audited.slice(before).filter((event) => event.action === 'access.denied');
    expect(refusals).toHaveLength(10);
    expect(refusals.every((event) => event.summary?.['reasonCode'] === 'role')).toBe(true);
    expect(audited.slice(before).filter((event) => event.action.startsWith('audit.'))).toEqual([]);
  });

  it('exports JSONL, one event per line, streamed as an attachment and audited with its count', async () => {
    const response = await api(sut, 'GET', '/api/audit/export?format=jsonl&action=chat.message', { token: auditor.accessToken });
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="medlocal-audit-\d{8}T\d{6}Z\.jsonl"$/);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-length')).toBeNull();
    const lines = (await response.text()).split('\n');
    expect(lines.pop()).toBe('');
    const events = lines.map((line) => JSON.parse(line) as ListedEvent & { hash: string; prevHash: string });
    expect(events.map((event) => event.action)).toEqual(['chat.message', 'chat.message']);
    expect(events[0].hash).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => audited.filter((event) => event.action === 'audit.export').at(-1)?.summary).toEqual({ exportFormat: 'jsonl', eventCount: 2 });
  });

  it('exports CSV with the documented header and RFC 4180 quoting that round-trips', async () => {
    const jsonl = (await (await api(sut, 'GET', '/api/audit/export?format=jsonl', { token: auditor.accessToken })).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ListedEvent);
    const response = await api(sut, 'GET', '/api/audit/export?format=csv', { token: auditor.accessToken });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/filename="medlocal-audit-\d{8}T\d{6}Z\.csv"$/);
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
    const column = (name: string) => header.indexOf(name);
    // The CSV was taken after the JSONL export, whose own audit event it now also holds.
    expect(rows.length).toBe(jsonl.length + 1);
    rows.slice(0, jsonl.length).forEach((row, index) => {
      expect(row).toHaveLength(header.length);
      expect(Number(row[column('id')])).toBe(jsonl[index].id);
      expect(row[column('action')]).toBe(jsonl[index].action);
      expect(JSON.parse(row[column('summary')])).toEqual(jsonl[index].summary);
    });
    // Summaries hold commas and quotes, so quoting was exercised.
    expect(rows.some((row) => row[column('summary')].includes('","'))).toBe(true);
    await expect
      .poll(() => audited.filter((event) => event.action === 'audit.export').at(-1)?.summary)
      .toEqual({ exportFormat: 'csv', eventCount: rows.length });
  });

  it('exports a FHIR R4 Bundle of AuditEvent resources', async () => {
    const response = await api(sut, 'GET', '/api/audit/export?format=fhir', { token: auditor.accessToken });
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/filename="medlocal-audit-\d{8}T\d{6}Z\.fhir\.json"$/);
    const bundle = (await response.json()) as { resourceType: string; type: string; entry: { resource: Record<string, unknown> }[] };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry.length).toBeGreaterThan(5);
    for (const { resource } of bundle.entry) {
      expect(resource).toMatchObject({
        resourceType: 'AuditEvent',
        type: { system: expect.any(String), code: expect.any(String) },
        recorded: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        agent: expect.arrayContaining([expect.objectContaining({ requestor: expect.any(Boolean) })]),
        source: { observer: expect.anything() },
      });
    }
    const question = bundle.entry.find(({ resource }) => (resource['type'] as { code: string }).code === '110112');
    expect(question).toBeDefined();
    await expect
      .poll(() => audited.filter((event) => event.action === 'audit.export').at(-1)?.summary)
      .toEqual({ exportFormat: 'fhir', eventCount: bundle.entry.length });
  });

  it('previews de-identification of Chinese and English identifiers and audits only the counts', async () => {
    const residentId = residentIdWithCheckDigit('11010519491231002');
    expect(residentId).toBe('11010519491231002X');
    expect(isValidResidentId18(residentId)).toBe(true);
    const text = `患者张伟,身份证号${residentId},电话13812345678。Patient John Whitfield, phone +1 415 555 0134.`;
    const response = await api(sut, 'POST', '/api/audit/deid-preview', { token: auditor.accessToken, body: { text } });
    expect(response.status).toBe(200);
    const preview = (await response.json()) as { text: string; findings: { type: string; start: number; end: number }[] };
    for (const identifier of ['张伟', residentId, '13812345678', 'Whitfield']) expect(preview.text).not.toContain(identifier);
    expect(preview.findings.map((finding) => finding.type)).toEqual(expect.arrayContaining(['name', 'id-card', 'phone']));
    const idCard = preview.findings.find((finding) => finding.type === 'id-card');
    expect(idCard && text.slice(idCard.start, idCard.end)).toBe(residentId);
    const event = audited.filter((candidate) => candidate.action === 'audit.deid_preview').at(-1);
    expect(event?.input).toBeUndefined();
    expect(Object.keys(event?.summary ?? {})).toEqual(['deidFindingCounts']);
    expect(event?.summary?.['deidFindingCounts']).toMatchObject({ name: expect.any(Number), 'id-card': 1, phone: expect.any(Number) });
  });

  it('reports usage per day, department and user with latency percentiles and token sums', async () => {
    const response = await api(sut, 'GET', '/api/audit/usage?timeZone=Asia/Shanghai', { token: auditor.accessToken });
    const usage = (await response.json()) as {
      timeZone: string;
      totals: { questions: number; latencyP50Ms: number; latencyP95Ms: number; tokensIn: number; tokensOut: number };
      byDayAndDepartment: { day: string; department: string; questions: number }[];
      byDayAndUser: { userId: string; questions: number }[];
    };
    expect(usage.timeZone).toBe('Asia/Shanghai');
    expect(usage.totals.questions).toBe(2);
    expect(usage.totals.latencyP50Ms).toBeGreaterThan(0);
    expect(usage.totals.latencyP95Ms).toBeGreaterThanOrEqual(usage.totals.latencyP50Ms);
    expect(usage.totals.tokensIn).toBeGreaterThan(0);
    expect(usage.totals.tokensOut).toBeGreaterThan(0);
    expect(usage.byDayAndDepartment.map((row) => row.department).sort()).toEqual([departmentA, departmentB].sort());
    expect(usage.byDayAndUser).toHaveLength(2);
    expect(usage.byDayAndDepartment[0].day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('verifies the chain and the anchors, audits the verification and shows the result in the status', async () => {
    const response = await api(sut, 'GET', '/api/audit/verify', { token: auditor.accessToken });
    const report = (await response.json()) as {
      ok: boolean;
      checked: number;
      firstBrokenId: number | null;
      anchors: { ok: boolean; checked: number; mismatches: unknown[] };
    };
    expect(report).toMatchObject({ ok: true, firstBrokenId: null, anchors: { ok: true, mismatches: [] } });
    expect(report.checked).toBeGreaterThan(10);
    expect(audited.filter((event) => event.action === 'audit.verify').at(-1)).toMatchObject({ summary: { verifyOk: true, verifyChecked: report.checked } });
    const forAuditor = (await (await api(sut, 'GET', '/api/status', { token: auditor.accessToken })).json()) as {
      audit: { available: boolean; lastVerify: { ok: boolean; checked: number } };
    };
    expect(forAuditor.audit).toMatchObject({ available: true, lastVerify: { ok: true, checked: report.checked } });
    // Everyone else learns that the trail verified, not how many events it holds.
    const forClinician = (await (await api(sut, 'GET', '/api/status', { token: clinician.accessToken })).json()) as {
      audit: { available: boolean; lastVerify: Record<string, unknown> };
    };
    expect(forClinician.audit).toEqual({ available: true, lastVerify: { ok: true, anchorsOk: true, at: expect.any(String) } });
  });

  it('opens monthly partitions ahead and drops expired months, recording the purge', async () => {
    const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
    await dataSource.query('SELECT audit_ensure_partition($1)', [new Date('2020-01-15T00:00:00Z')]);
    const run = await sut.app.get(AuditMaintenanceService, { strict: false }).runOnce();
    expect(run.purge.partitionsDropped).toEqual(['audit_event_p202001']);
    const now = new Date();
    const monthName = (offset: number) => {
      const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
      return `audit_event_p${month.getUTCFullYear()}${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
    };
    const partitions = (await listAuditPartitions(dataSource)).map((partition) => partition.name);
    expect(partitions).toEqual(expect.arrayContaining([monthName(0), monthName(1), monthName(2)]));
    expect(partitions).not.toContain('audit_event_p202001');
    const purges = await listAll(auditor, '&action=audit.purge');
    expect(purges[0]).toMatchObject({
      outcome: 'success',
      actor: expect.objectContaining({ userId: 'system' }),
      summary: expect.objectContaining({ partitionsDropped: 1 }),
    });
    const verified = (await (await api(sut, 'GET', '/api/audit/verify', { token: auditor.accessToken })).json()) as { ok: boolean };
    expect(verified.ok).toBe(true);
  });

  it.runIf(choice === 'test-server' && Boolean(process.env['TEST_DATABASE_URL']))(
    'reports an event a superuser edited behind the triggers at its own id',
    async () => {
      const client = new Client({ connectionString: sut.config.database.url });
      await client.connect();
      try {
        const [{ id }] = (await client.query<{ id: string }>(`SELECT id FROM audit_event WHERE action = 'chat.message' ORDER BY id LIMIT 1`)).rows;
        await client.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
        try {
          await client.query(`UPDATE audit_event SET outcome = 'failure' WHERE id = $1`, [id]);
        } finally {
          await client.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
        }
        const report = (await (await api(sut, 'GET', '/api/audit/verify', { token: auditor.accessToken })).json()) as {
          ok: boolean;
          firstBrokenId: number | null;
        };
        expect(report).toMatchObject({ ok: false, firstBrokenId: Number(id) });
        expect(audited.filter((event) => event.action === 'audit.verify').at(-1)?.summary).toMatchObject({ verifyOk: false, targetId: id });
      } finally {
        await client.end();
      }
    },
  );
});
