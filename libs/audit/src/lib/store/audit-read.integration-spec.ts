import { AuditQueryService } from './audit-query.service';
import { AUDIT_CSV_COLUMNS, exportEvents } from './audit-export';
import { AuditUsageService } from './audit-usage.service';
import { AuditTrail } from './audit-trail';
import { verifyChain } from './audit-chain-verifier';
import type { RecordedAuditEvent } from './audit-event.model';
import { openAuditTestStore, testActor } from './testing/open-audit-test-store';
import type { AuditTestStore } from './testing/open-audit-test-store';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** RFC 4180 reader for the round trip (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return records;
}

describe('audit reads', () => {
  let store: AuditTestStore;
  let trail: AuditTrail;
  const recorded: RecordedAuditEvent[] = [];
  // Events spread over three days; the clock moves forward per record.
  let clock = Date.parse('2026-11-20T08:00:00Z');

  beforeAll(async () => {
    store = await openAuditTestStore();
    trail = new AuditTrail({
      dataSource: store.dataSource,
      clock: () => new Date(clock),
    });
    const departments = ['cardiology', 'nephrology'];
    for (let index = 0; index < 60; index += 1) {
      clock += 3_600_000;
      recorded.push(
        await trail.record({
          actor: testActor({
            userId: `u-${index % 3}`,
            department: departments[index % 2],
          }),
          action: index % 10 === 9 ? 'auth.login_failed' : 'chat.message',
          outcome: index % 10 === 9 ? 'failure' : 'success',
          requestId: `req-${index}`,
          clientAddress: '10.0.0.7',
          inputHmac: index % 10 === 9 ? null : index.toString(16).padStart(2, '0').repeat(32),
          hmacKeyId: index % 10 === 9 ? null : 'k-20261120-abcdef',
          summary:
            index % 10 === 9
              ? { reasonCode: 'invalid_password' }
              : {
                  latencyMs: (index + 1) * 10,
                  tokensIn: 100,
                  tokensOut: 200,
                  sectionsPresent: ['definition'],
                  deidFindingCounts: { PHONE: 1 },
                },
        }),
      );
    }
  }, 60_000);

  afterAll(async () => {
    await trail?.close();
    await store?.close();
  });

  describe(AuditQueryService.name, () => {
    it('pages newest first with a keyset cursor, without gaps or repeats', async () => {
      const sut = new AuditQueryService(store.dataSource);
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page = await sut.list({ pageSize: 7, cursor });
        seen.push(...page.items.map((event) => event.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(recorded.map((event) => event.id).reverse());
    });

    it('filters by user, department, action, outcome and time range', async () => {
      const sut = new AuditQueryService(store.dataSource);
      const page = await sut.list({
        userId: 'u-1',
        department: 'nephrology',
        action: 'chat.message',
        outcome: 'success',
        from: recorded[10].occurredAt,
        to: recorded[40].occurredAt,
        pageSize: 100,
      });
      const expected = recorded
        .filter((event, index) => index >= 10 && index < 40)
        .filter((event) => event.actor.userId === 'u-1' && event.actor.department === 'nephrology' && event.action === 'chat.message')
        .map((event) => event.id)
        .reverse();
      expect(expected.length).toBeGreaterThan(0);
      expect(page.items.map((event) => event.id)).toEqual(expected);
      expect(page.nextCursor).toBeNull();
    });

    it('keeps a department-scoped admin inside their department', async () => {
      const sut = new AuditQueryService(store.dataSource);
      const scoped = await sut.list({ pageSize: 500 }, { department: 'cardiology' });
      expect(scoped.items).toHaveLength(30);
      expect(scoped.items.every((event) => event.actor.department === 'cardiology')).toBe(true);
      expect((await sut.list({ department: 'nephrology' }, { department: 'cardiology' })).items).toEqual([]);
    });

    it('rejects a forged cursor', async () => {
      const sut = new AuditQueryService(store.dataSource);
      await expect(sut.list({ cursor: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({ code: 'AUDIT_QUERY_REJECTED' });
    });
  });

  describe(exportEvents.name, () => {
    it('streams JSONL that round-trips to the stored events, in chain order, across batches', async () => {
      const text = await readAll(exportEvents(store.dataSource, {}, 'jsonl', { batchSize: 8 }));
      const lines = text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines).toHaveLength(60);
      expect(lines).toEqual(
        recorded.map((event) => ({
          ...event,
          occurredAt: event.occurredAt.toISOString(),
        })),
      );
    });

    it('streams CSV with a header and quoting that round-trips', async () => {
      const text = await readAll(
        exportEvents(store.dataSource, { department: 'cardiology' }, 'csv', {
          batchSize: 5,
        }),
      );
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
      const cardiology = recorded.filter((event) => event.actor.department === 'cardiology');
      expect(rows).toHaveLength(cardiology.length);
      rows.forEach((row, index) => {
        const event = cardiology[index];
        const record = Object.fromEntries(header.map((column, position) => [column, row[position]]));
        expect(record['id']).toBe(String(event.id));
        expect(record['occurredAt']).toBe(event.occurredAt.toISOString());
        expect(JSON.parse(record['summary'])).toEqual(event.summary);
        expect(record['inputHmac']).toBe(event.inputHmac ?? '');
        expect(record['hash']).toBe(event.hash);
      });
    });

    it('streams a FHIR R4 Bundle of AuditEvents with the required elements', async () => {
      const text = await readAll(
        exportEvents(store.dataSource, { userId: 'u-0' }, 'fhir', {
          batchSize: 4,
        }),
      );
      const bundle = JSON.parse(text);
      expect(bundle).toMatchObject({
        resourceType: 'Bundle',
        type: 'collection',
      });
      expect(bundle.entry).toHaveLength(20);
      for (const { resource } of bundle.entry) {
        expect(resource.resourceType).toBe('AuditEvent');
        expect(resource.type.system).toBe('http://dicom.nema.org/resources/ontology/DCM');
        expect(resource.recorded).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(['0', '4', '8', '12']).toContain(resource.outcome);
        expect(['C', 'R', 'U', 'D', 'E']).toContain(resource.action);
        expect(resource.agent.length).toBeGreaterThan(0);
        for (const agent of resource.agent) expect(typeof agent.requestor).toBe('boolean');
        expect(resource.agent[0].who.identifier.value).toBe('u-0');
        expect(resource.source.observer).toEqual({ display: 'MedLocal' });
      }
      const question = bundle.entry.find((entry: { resource: { id: string } }) => entry.resource.id === String(recorded[0].id)).resource;
      expect(question.type.code).toBe('110112');
      expect(question.outcome).toBe('0');
      expect(question.entity[0].detail).toContainEqual({
        type: 'input-hmac',
        valueString: recorded[0].inputHmac,
      });
      const failedLogin = bundle.entry.find((entry: { resource: { id: string } }) => entry.resource.id === String(recorded[9].id)).resource;
      expect(failedLogin).toMatchObject({
        type: { code: '110114' },
        subtype: [{ code: '110122' }],
        outcome: '4',
        action: 'E',
      });
    });
  });

  describe(AuditUsageService.name, () => {
    it('reports questions, latency percentiles and tokens per day, department and user', async () => {
      const sut = new AuditUsageService(store.dataSource);
      const report = await sut.usage({
        from: new Date('2026-11-01T00:00:00Z'),
        to: new Date('2026-12-01T00:00:00Z'),
      });
      const questions = recorded.filter((event) => event.action === 'chat.message');
      expect(report.totals.questions).toBe(questions.length);
      expect(report.totals.tokensIn).toBe(100 * questions.length);
      expect(report.totals.tokensOut).toBe(200 * questions.length);
      const latencies = questions.map((event) => event.summary.latencyMs as number).sort((a, b) => a - b);
      expect(report.totals.latencyP50Ms).toBeCloseTo(continuousPercentile(latencies, 0.5), 6);
      expect(report.totals.latencyP95Ms).toBeCloseTo(continuousPercentile(latencies, 0.95), 6);
      const dayCount = (day: string, department: string) =>
        questions.filter((event) => event.occurredAt.toISOString().startsWith(day) && event.actor.department === department).length;
      const row = report.byDayAndDepartment.find((entry) => entry.day === '2026-11-21' && entry.department === 'cardiology');
      expect(row?.questions).toBe(dayCount('2026-11-21', 'cardiology'));
      expect(report.byDayAndUser.reduce((sum, entry) => sum + entry.questions, 0)).toBe(questions.length);

      const scoped = await sut.usage({
        from: new Date('2026-11-01T00:00:00Z'),
        to: new Date('2026-12-01T00:00:00Z'),
        department: 'nephrology',
      });
      expect(scoped.totals.questions).toBe(questions.filter((event) => event.actor.department === 'nephrology').length);
      expect(scoped.byDayAndDepartment.every((entry) => entry.department === 'nephrology')).toBe(true);
    });

    it('counts answer ratings by rating and reason code, apart from the questions, per department too', async () => {
      const sut = new AuditUsageService(store.dataSource);
      const range = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };
      const before = await sut.usage(range);
      expect(before.feedback).toEqual({ useful: 0, notUseful: 0, reasons: {} });
      const ratings = [
        { department: 'cardiology', rating: 'useful', reasonCodes: [] },
        { department: 'cardiology', rating: 'not-useful', reasonCodes: ['inaccurate', 'outdated'] },
        { department: 'nephrology', rating: 'not-useful', reasonCodes: ['inaccurate'] },
      ];
      for (const [index, feedback] of ratings.entries()) {
        clock += 60_000;
        recorded.push(
          await trail.record({
            actor: testActor({ userId: `u-${index}`, department: feedback.department }),
            action: 'chat.feedback',
            outcome: 'success',
            requestId: `req-feedback-${index}`,
            clientAddress: '10.0.0.7',
            inputHmac: null,
            hmacKeyId: null,
            summary: { conversationId: `c-${index}`, turn: 1, rating: feedback.rating, reasonCodes: feedback.reasonCodes },
          }),
        );
      }
      const report = await sut.usage(range);
      expect(report.feedback).toEqual({ useful: 1, notUseful: 2, reasons: { inaccurate: 2, outdated: 1 } });
      // A rating is not a question.
      expect(report.totals.questions).toBe(before.totals.questions);
      expect((await sut.usage({ ...range, department: 'nephrology' })).feedback).toEqual({ useful: 0, notUseful: 1, reasons: { inaccurate: 1 } });
    });
  });

  it('leaves the chain intact', async () => {
    expect(await verifyChain(store.dataSource)).toMatchObject({
      ok: true,
      checked: recorded.length,
    });
  });
});

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
function continuousPercentile(sorted: number[], fraction: number): number {
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}
