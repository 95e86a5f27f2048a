import { vi } from 'vitest';
import { INFERENCE_ENGINE, type LocalInferenceEngine } from '@medlocal/inference';
import { AUDIT_RECORDER, type AuditRecorder, type AuditRecordInput } from '../../src/common/audit/audit-recorder.port';
import { embeddedDatabaseOutage } from '../support/embedded-outage';
import { ACCOUNTS_TEST_ENV, api, captureAuditEvents, createAccount, createDepartment, signIn, signInAsAdmin, type SignedInSession } from '../support/sign-in';
import { parseSse } from '../support/sse';
import { startApi, type RunningApi } from '../support/start-api';

const SERVICE_KEY = 'svc-hardening-key-0123456789abcdef';
const PARALLEL = 2;
/** INFERENCE_MAX_ANSWER_TOKENS + INFERENCE_THOUGHT_BUDGET_TOKENS below: the most a /v1 call may ask for. */
const ANSWER_AND_THOUGHT_BUDGET = 240 + 16;
const question = { messages: [{ role: 'user', content: 'What is the first-line treatment of hypertension?' }], max_tokens: 8, seed: 7, temperature: 0 };

interface QueueTicket {
  arrival: number;
  grantsAtArrival: number;
  grant: number;
}

/** Issue 13 items 3, 4, 5 and 16 and the /v1 part of the no-crash fuzz, against the real API and llama.cpp. */
describe('/v1 hardening', () => {
  let sut: RunningApi;
  let adminKey: string;
  let adminKeyId: string;

  const v1 = (body: unknown, key = adminKey, init: RequestInit = {}) =>
    fetch(`${sut.baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: (typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body)) as BodyInit,
      ...init,
    });
  const engine = () => sut.app.get<LocalInferenceEngine>(INFERENCE_ENGINE, { strict: false });
  /** The pool releases a sequence when the generator is closed; wait for that, or fail naming what is held. */
  const untilNoSequenceHeld = async () => {
    for (let tries = 0; tries < 200 && engine().queueDepth.generating > 0; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(engine().queueDepth).toEqual({ generating: 0, waiting: 0 });
  };
  /** Fails the audit recorder's `v1.completion` writes while `failing` is set (the port's contract: a rejection is an event neither stored nor spooled). */
  const auditFailure = () => {
    const recorder = sut.app.get<AuditRecorder>(AUDIT_RECORDER, { strict: false });
    const original = recorder.record.bind(recorder);
    const spy = vi.spyOn(recorder, 'record').mockImplementation(async (event: AuditRecordInput) => {
      if (event.action === 'v1.completion') throw new Error('audit store refused the event');
      await original(event);
    });
    return { restore: () => spy.mockRestore() };
  };

  beforeAll(async () => {
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        MEDLOCAL_API_KEYS: SERVICE_KEY,
        INFERENCE_THREADS: '1',
        INFERENCE_PARALLEL: String(PARALLEL),
        INFERENCE_QUEUE_MAX: '24',
        INFERENCE_QUEUE_MAX_PER_CALLER: '12',
        INFERENCE_MAX_CONCURRENT_PER_CALLER: '2',
        INFERENCE_QUEUE_TIMEOUT_MS: '30000',
        INFERENCE_CONTEXT_SIZE: '2048',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
        INFERENCE_MAX_ANSWER_TOKENS: '240',
        CHAT_MAX_CONVERSATIONS_PER_USER: '50',
      },
    });
    const admin = await signInAsAdmin(sut);
    const department = await createDepartment(sut, 'V1HARD', admin);
    const created = await api(sut, 'POST', '/api/admin/api-keys', { token: admin.accessToken, body: { name: 'EMR bridge', departmentId: department.id } });
    expect(created.status).toBe(201);
    ({ key: adminKey, id: adminKeyId } = (await created.json()) as { key: string; id: string });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  describe('item 4: streamed calls with an admin-issued key free their sequence', () => {
    it('audits each stream as the key and leaves no sequence held after more streams than there are sequences', async () => {
      const events = captureAuditEvents(sut);
      for (let call = 0; call < PARALLEL * 2 + 1; call += 1) {
        const response = await v1({ ...question, stream: true });
        expect(response.status).toBe(200);
        const frames = (await response.text()).split('\n\n').filter(Boolean);
        expect(frames.at(-1)).toBe('data: [DONE]');
      }
      await untilNoSequenceHeld();
      const next = await v1(question);
      expect(next.status).toBe(200);
      const audited = events.filter((event) => event.action === 'v1.completion');
      expect(audited).toHaveLength(PARALLEL * 2 + 2);
      expect(audited[0]).toMatchObject({
        outcome: 'success',
        actor: { userId: `api-key:${adminKeyId}`, role: 'api_key', department: 'V1HARD' },
        summary: { apiKeyId: adminKeyId },
      });
    });

    it('frees the sequence when the client drops the stream mid-answer, and audits the call as cancelled', async () => {
      const events = captureAuditEvents(sut);
      const abort = new AbortController();
      const response = await v1({ ...question, max_tokens: ANSWER_AND_THOUGHT_BUDGET, stream: true }, adminKey, { signal: abort.signal });
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      abort.abort();
      await reader.cancel().catch(() => undefined);
      await untilNoSequenceHeld();
      for (let tries = 0; tries < 200 && !events.some((event) => event.action === 'v1.completion'); tries += 1)
        await new Promise((resolve) => setTimeout(resolve, 25));
      expect(events.filter((event) => event.action === 'v1.completion').map((event) => event.outcome)).toEqual(['cancelled']);
    });
  });

  describe('item 5: no /v1 answer leaves unaudited', () => {
    it('sends a non-streamed answer only after its event is written, else 503 audit unavailable and no answer', async () => {
      const ok = await v1(question);
      expect(ok.status).toBe(200);
      const failing = auditFailure();
      try {
        const refused = await v1(question);
        expect(refused.status).toBe(503);
        const body = (await refused.json()) as Record<string, unknown>;
        expect(body).toMatchObject({ statusCode: 503, code: 'AUDIT_UNAVAILABLE' });
        expect(body).not.toHaveProperty('choices');
      } finally {
        failing.restore();
      }
      await untilNoSequenceHeld();
    });

    it('ends a stream whose final event cannot be written with an error chunk and no [DONE] or finish_reason', async () => {
      const failing = auditFailure();
      let text: string;
      try {
        const response = await v1({ ...question, stream: true, stream_options: { include_usage: true } });
        expect(response.status).toBe(200);
        text = await response.text();
      } finally {
        failing.restore();
      }
      const payloads = text
        .split('\n\n')
        .filter(Boolean)
        .map((frame) => frame.replace(/^data: /, ''));
      expect(payloads).not.toContain('[DONE]');
      const chunks = payloads.map((payload) => JSON.parse(payload) as { error?: { code: string }; choices?: { finish_reason: string | null }[] });
      expect(chunks.at(-1)).toMatchObject({ error: { code: 'AUDIT_UNAVAILABLE' } });
      expect(chunks.some((chunk) => chunk.choices?.some((choice) => choice.finish_reason))).toBe(false);
      await untilNoSequenceHeld();
    });

    it('refuses a stream before its first byte once the audit store is known to be unwritable', async () => {
      const outage = embeddedDatabaseOutage(sut);
      await outage.stop();
      try {
        // The first call that cannot be audited tells the audit gate; it gets no answer either.
        expect((await v1(question, SERVICE_KEY)).status).toBe(503);
        const response = await v1({ ...question, stream: true }, SERVICE_KEY);
        expect(response.status).toBe(503);
        expect(response.headers.get('content-type')).toMatch(/application\/json/);
        expect(await response.json()).toMatchObject({ code: 'AUDIT_UNAVAILABLE' });
      } finally {
        await outage.restart();
      }
      for (let tries = 0; tries < 400; tries += 1) {
        if ((await v1(question, SERVICE_KEY)).status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await untilNoSequenceHeld();
    });
  });

  describe('item 3 and the no-crash fuzz: bounded grammars and bodies', () => {
    const nested = (depth: number) => `root ::= ${'('.repeat(depth)}[a-z]${')'.repeat(depth)}`;

    it('refuses a grammar nested past 64 levels with 400 naming the limit, and answers one at the limit', async () => {
      for (const depth of [65, 10_000, 20_000, 32_000]) {
        const response = await v1({ ...question, grammar: nested(depth) });
        expect(response.status).toBe(400);
        expect((await response.json()).message).toContain('deeper than 64');
      }
      const atLimit = await v1({ ...question, grammar: nested(64) });
      expect(atLimit.status).toBe(200);
      const bad = await v1({ ...question, grammar: 'root ::= (' });
      expect(bad.status).toBe(400);
      const repeated = await v1({ ...question, grammar: 'root ::= [a-z]{0,100000}' });
      expect(repeated.status).toBe(400);
      expect((await repeated.json()).message).toContain('4096');
      expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
    });

    it('answers 4xx to JSON nested to and past the limit in every field', async () => {
      const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const bodies = [
        `{"messages":${deep(31)}}`,
        `{"messages":[{"role":"user","content":${deep(30)}}]}`,
        `{"messages":[{"role":"user","content":"x"}],"grammar":${deep(100_000)}}`,
        `{"messages":[{"role":"user","content":"x"}],"stream_options":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
        `{"messages":[{"role":"user","content":"x"}],"response_format":{"type":"json_schema","json_schema":{"schema":${deep(20)}}}}`,
        `{"messages":[{"role":"user","content":"x"}],"logit_bias":{"1":100},"stop":["a","b"]}`,
      ];
      for (const body of bodies) {
        const response = await v1(body);
        expect({ body: body.slice(0, 60), status: response.status }).toEqual({ body: body.slice(0, 60), status: 400 });
      }
      expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
    });

    it('answers 400 to NUL, lone surrogates and invalid UTF-8 in every string field', async () => {
      const fields: ((bad: string) => unknown)[] = [
        (bad) => ({ ...question, messages: [{ role: 'user', content: `chest pain${bad}` }] }),
        (bad) => ({ ...question, messages: [{ role: `user${bad}`, content: 'x' }] }),
        (bad) => ({ ...question, model: `medgemma${bad}` }),
        (bad) => ({ ...question, user: `ward-3${bad}` }),
        (bad) => ({ ...question, grammar: `root ::= "a${bad}"` }),
      ];
      for (const field of fields) {
        for (const bad of ['\u0000', '\ud800', '\udc00x']) {
          const response = await v1(field(bad));
          expect({ body: JSON.stringify(field(bad)).slice(0, 80), status: response.status }).toEqual({
            body: JSON.stringify(field(bad)).slice(0, 80),
            status: 400,
          });
        }
        // Raw bytes that are not UTF-8 where the string's text goes.
        const raw = Buffer.from(JSON.stringify(field('\u0001')).replace('\\u0001', '\u0001'));
        const at = raw.indexOf(0x01);
        const invalid = Buffer.concat([raw.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff]), raw.subarray(at + 1)]);
        const response = await v1(new Uint8Array(invalid));
        expect([400, 415]).toContain(response.status);
      }
      expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
    });
  });

  describe('items 3 and 2, outside re-test: grammars that crashed the process through /v1', () => {
    it('refuses 20,000 groups hidden behind a comment ended by \\r with 400 naming the nesting limit', async () => {
      const grammar = `root ::= ( "a" #\r${'('.repeat(20_000)}"b"${')'.repeat(20_000)}\n)`;
      expect(grammar).toHaveLength(40_022);
      const response = await v1({ ...question, grammar });
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain('deeper than 64');
      expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
    });

    it('answers 400 naming the problem to grammars that can match nothing, streamed or not', async () => {
      const cases: [string, string][] = [
        ['root ::= "\\U7FFFFFFF"', 'beyond U+10FFFF'],
        ['root ::= [z-a]', 'reversed'],
        ['root ::= <[1]>', 'token references'],
      ];
      for (const [grammar, problem] of cases) {
        for (const stream of [false, true]) {
          const response = await v1({ ...question, grammar, stream });
          expect({ grammar, stream, status: response.status }).toEqual({ grammar, stream, status: 400 });
          expect(JSON.stringify(await response.json())).toContain(problem);
        }
      }
      expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
    });

    it('ends a call whose grammar admits nothing the model can write with 400 GRAMMAR_INVALID (an error chunk when streaming) and frees its sequence', async () => {
      const plain = await v1({ ...question, grammar: 'root ::= "a" [\\x00]' });
      expect(plain.status).toBe(400);
      expect(await plain.json()).toMatchObject({ code: 'GRAMMAR_INVALID' });
      const streamed = await v1({ ...question, grammar: 'root ::= [\\x00]', stream: true });
      const text = await streamed.text();
      expect(text).toContain('GRAMMAR_INVALID');
      await untilNoSequenceHeld();
      expect((await v1({ ...question, grammar: 'root ::= "ok"' })).status).toBe(200);
    });

    it('stays up and answers 2xx or 4xx to a few hundred generated small grammars', async () => {
      let seed = 13;
      const random = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seed / 2_147_483_648;
      };
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      const fragments = [
        '"a"',
        '"\\x41"',
        '"\\x00"',
        '"\\u00e9"',
        '"\\uD800"',
        '"\\U0010FFFF"',
        '"\\U7FFFFFFF"',
        '"\\q"',
        '"\\x4"',
        '"',
        '[a-z]',
        '[z-a]',
        '[^a]',
        '[]',
        '[^]',
        '[\\x00]',
        '[\\x00-\\x7F]',
        '[^\\x00-\\U0010FFFF]',
        '[a-',
        '[\\]]',
        '<[1]>',
        '<[999999999]>',
        '!<[2]>',
        '<eos>',
        '<',
        '.',
        'x',
        'undefined-rule',
        '(',
        ')',
        '( "b" )',
        '( | "c" )',
        '|',
        '*',
        '+',
        '?',
        '{0}',
        '{0,0}',
        '{2,1}',
        '{5000}',
        '{,3}',
        '{1,}',
        '{3',
        '#\r',
        '#\n',
        '\r\n',
        '::=',
      ];
      const grammars = Array.from({ length: 300 }, () => {
        const items = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(fragments));
        return `root ::= ${items.join(' ')}${random() < 0.2 ? `\nx ::= ${pick(fragments)}` : ''}`;
      });
      const statuses = new Map<number, number>();
      for (const [index, grammar] of grammars.entries()) {
        const response = await v1({ ...question, max_tokens: 4, grammar, stream: index % 10 === 0 });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect({ grammar, status: response.status < 300 || (response.status >= 400 && response.status < 500) }).toEqual({ grammar, status: true });
      }
      // Both kinds happened: some grammars ran, some were refused.
      expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200, 400]));
      expect((await fetch(`${sut.baseUrl}/api/health`)).status).toBe(200);
      await untilNoSequenceHeld();
    });
  });

  describe('outside re-test: hospital systems cannot crowd clinicians out', () => {
    it('refuses max_tokens above the answer and thought budget with 400 naming the limit, in either field', async () => {
      for (const field of ['max_tokens', 'max_completion_tokens']) {
        const refused = await v1({ messages: question.messages, [field]: ANSWER_AND_THOUGHT_BUDGET + 1 });
        expect(refused.status).toBe(400);
        const body = (await refused.json()) as { code: string; message: string };
        expect(body.code).toBe('MAX_TOKENS_ABOVE_BUDGET');
        expect(body.message).toContain(field);
        expect(body.message).toContain(String(ANSWER_AND_THOUGHT_BUDGET));
      }
      await untilNoSequenceHeld();
    });

    it('keeps one sequence for clinicians while calls on API keys wait, and serves a clinician at once', async () => {
      const keyCalls = Array.from({ length: 6 }, () => v1({ ...question, max_tokens: 48 }).then(async (response) => (await response.text(), response.status)));
      let mostGenerating = 0;
      for (let tries = 0; tries < 600 && engine().queueDepth.waiting < 2; tries += 1) {
        mostGenerating = Math.max(mostGenerating, engine().queueDepth.generating);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // Calls on keys are waiting, yet only PARALLEL - 1 of them generate: one sequence stays free.
      expect(engine().queueDepth.waiting).toBeGreaterThanOrEqual(2);
      expect(Math.max(mostGenerating, engine().queueDepth.generating)).toBe(PARALLEL - 1);
      const clinician = await signIn(sut, ...(await accountOf(sut)));
      const opened = await api(sut, 'POST', '/api/chat/conversations', { token: clinician.accessToken });
      const { id } = (await opened.json()) as { id: string };
      const asked = await api(sut, 'POST', `/api/chat/conversations/${id}/messages`, {
        token: clinician.accessToken,
        body: { content: 'Chest pain for 2 hours, what next?', strict: false },
      });
      const done = parseSse(await asked.text()).find((event) => event.event === 'done');
      const ticket = (done?.data as { timings?: { queue?: QueueTicket } } | undefined)?.timings?.queue as QueueTicket;
      // The next sequence the queue granted after the clinician arrived was his, ahead of the waiting key calls.
      expect(ticket.grant).toBe(ticket.grantsAtArrival + 1);
      expect(await Promise.all(keyCalls)).toEqual(Array(6).fill(200));
      await untilNoSequenceHeld();
    });

    it('refuses grammars that would make llama.cpp follow thousands of paths per token, before any sequence is taken', async () => {
      const tree = ['root ::= l0 "z"', ...Array.from({ length: 12 }, (_, level) => `l${level} ::= l${level + 1} l${level + 1}`), 'l12 ::= "x" | ""'].join('\n');
      for (const [grammar, named] of [
        ['root ::= ("a"?){0,450} "z"', /repeats an item that can match nothing/],
        [tree, /more than 128 ways to continue/],
      ] as const) {
        const refused = await v1({ messages: question.messages, max_tokens: 2, grammar, stream: true });
        expect(refused.status).toBe(400);
        expect(JSON.stringify(await refused.json())).toMatch(named);
      }
      await untilNoSequenceHeld();
    });

    it('counts tokens for an audited caller only: /tokenize is committed to the trail as v1.tokenize and refuses text past its limit by name', async () => {
      const tokenize = (content: string) =>
        fetch(`${sut.baseUrl}/tokenize`, {
          method: 'POST',
          headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content }),
        });
      const recorder = sut.app.get<AuditRecorder>(AUDIT_RECORDER, { strict: false });
      const commit = recorder.commit.bind(recorder);
      const committed: AuditRecordInput[] = [];
      const watching = vi.spyOn(recorder, 'commit').mockImplementation(async (event: AuditRecordInput) => {
        committed.push(event);
        await commit(event);
      });
      try {
        const counted = await tokenize('Acute myocardial infarction');
        expect(counted.status).toBe(200);
        expect(((await counted.json()) as { tokens: number[] }).tokens.length).toBeGreaterThan(3);
      } finally {
        watching.mockRestore();
      }
      expect(committed.filter((event) => event.action === 'v1.tokenize')).toMatchObject([
        { outcome: 'success', actor: { userId: `api-key:${adminKeyId}`, role: 'api_key' }, summary: { apiKeyId: adminKeyId, tokensIn: expect.any(Number) } },
      ]);
      // Fail closed like a question: an event that cannot be committed (not only journalled) means no tokens.
      const refusing = vi.spyOn(recorder, 'commit').mockRejectedValue(new Error('audit store refused the event'));
      try {
        const refused = await tokenize('Acute myocardial infarction');
        expect(refused.status).toBe(503);
        expect(await refused.json()).toMatchObject({ code: 'AUDIT_UNAVAILABLE' });
      } finally {
        refusing.mockRestore();
      }
      const tooLong = await tokenize('x'.repeat(65_537));
      expect(tooLong.status).toBe(400);
      expect(((await tooLong.json()) as { message: string | string[] }).message.toString()).toMatch(/content.*65536/);
    });
  });

  describe('item 16: the queue is shared fairly between callers', () => {
    let alice: SignedInSession;
    let bob: SignedInSession;

    beforeAll(async () => {
      alice = await signIn(sut, ...(await accountOf(sut)));
      bob = await signIn(sut, ...(await accountOf(sut)));
    });

    const open = async (session: SignedInSession) => {
      const opened = await api(sut, 'POST', '/api/chat/conversations', { token: session.accessToken });
      return ((await opened.json()) as { id: string }).id;
    };
    const ask = async (session: SignedInSession, index: number, conversationId?: string) => {
      const id = conversationId ?? (await open(session));
      const response = await api(sut, 'POST', `/api/chat/conversations/${id}/messages`, {
        token: session.accessToken,
        body: { content: `Patient ${index}: 65-year-old man, chest pain for 2 hours, what next?`, strict: false },
      });
      const events = parseSse(await response.text());
      const done = events.find((event) => event.event === 'done');
      return { status: response.status, ticket: (done?.data as { timings?: { queue?: QueueTicket } } | undefined)?.timings?.queue };
    };

    it('gives a second clinician the next free sequence while the first has ten questions open', async () => {
      // Conversations are opened first, so the questions arrive together and Bob's takes one request.
      const aliceConversations = await Promise.all(Array.from({ length: 10 }, () => open(alice)));
      const bobConversation = await open(bob);
      const aliceAnswers = aliceConversations.map((id, index) => ask(alice, index, id));
      // Alice's two run (her cap) and the rest wait; Bob asks while some still do. The demo model answers in a fraction
      // of a second on the native build, so how many still wait when he arrives is not fixed: the tickets tell.
      for (let tries = 0; tries < 600 && engine().queueDepth.waiting < 3; tries += 1) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(engine().queueDepth.waiting).toBeGreaterThanOrEqual(3);
      const bobAnswer = await ask(bob, 99, bobConversation);
      const aliceResults = await Promise.all(aliceAnswers);
      expect([bobAnswer, ...aliceResults].map((answer) => answer.status)).toEqual(Array(11).fill(200));
      const bobTicket = bobAnswer.ticket as QueueTicket;
      const aliceTickets = aliceResults.map((answer) => answer.ticket as QueueTicket);
      const aliceWaitingWhenBobCame = aliceTickets.filter((ticket) => ticket.arrival < bobTicket.arrival && ticket.grant > bobTicket.grantsAtArrival);
      expect(aliceWaitingWhenBobCame.length, JSON.stringify({ bobTicket, aliceTickets })).toBeGreaterThan(0);
      // Numbers the queue assigned: Bob was served by the very next grant after he arrived...
      expect(bobTicket.grant).toBe(bobTicket.grantsAtArrival + 1);
      // ...ahead of every question of Alice's that was still waiting when he came.
      expect(aliceWaitingWhenBobCame.every((ticket) => ticket.grant > bobTicket.grant)).toBe(true);
      // Alice's own questions kept their order of arrival.
      const byArrival = [...aliceTickets].sort((a, b) => a.arrival - b.arrival);
      expect(byArrival.map((ticket) => ticket.grant)).toEqual([...byArrival.map((ticket) => ticket.grant)].sort((a, b) => a - b));
      await untilNoSequenceHeld();
    });
  });
});

async function accountOf(sut: RunningApi): Promise<[string, string]> {
  const account = await createAccount(sut, { roles: ['clinician'] });
  return [account.username, account.password];
}
