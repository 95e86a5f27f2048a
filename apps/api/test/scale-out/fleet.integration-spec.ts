import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openTestDatabase } from '@medlocal/database/testing';
import type { DatabaseTarget } from '@medlocal/database';
import { freePort, spawnApi, type SpawnedApi } from '../support/spawn-api';
import {
  ACCOUNTS_TEST_ENV,
  createAccount,
  createAuditorBeforeStart,
  finishAuditor,
  refreshCookieOf,
  signIn,
  signInAsAdmin,
  type SignedInSession,
} from '../support/sign-in';
import { parseSse, type SseEvent } from '../support/sse';
import type { RunningApi } from '../support/start-api';
import type { InferenceTierState } from '../../src/inference/tier/inference-node-state';
import { checkHaproxyConfig, haproxyInstalled, haproxyServerStatus, parseHaproxyLog, startHaproxy, type RunningHaproxy } from './support/haproxy';

/** A ward's worth of clinicians at once, each in a conversation of several turns. */
const CLINICIANS = 20;
const TURNS = 3;
const SERVICE_KEY = `fleet-service-key-${randomBytes(12).toString('hex')}`;
/**
 * The same answer budgets on API instances and nodes (a node refuses max_tokens above its own budget).
 * Answers of up to 400 tokens keep 20 clinicians × 3 turns within minutes on a small, busy machine and keep a
 * stream long enough to be cut by a killed node or instance with the native llama.cpp build, on which the demo model
 * decodes a few thousand tokens a second (at 200 a victim's whole answer could be generated before the kill landed).
 */
// The nodes serve the demo model, whose grammar holds a thought of MedGemma's shape: its markers and guideline
// sentence need up to 28 tokens (answer-grammar.util), so a smaller thought budget would cut every answer in its thought.
// A conversation here runs through the turns of every test in turn, each answer of random length (up to 400 tokens): in
// 2,048 tokens a late turn was refused as PROMPT_TOO_LONG (a 2,260-token prompt) in one run, so each gets 4,096.
const BUDGETS = { INFERENCE_CONTEXT_SIZE: '4096', INFERENCE_THOUGHT_BUDGET_TOKENS: '48', INFERENCE_MAX_ANSWER_TOKENS: '400' };
const STALL_LIMIT_MS = 10_000;
const QUESTIONS = ['65岁男性,突发胸痛2小时,V1-V4 ST段抬高,肌钙蛋白I 8.2ng/mL', 'Creatinine 180 µmol/L, what next?', '既往有糖尿病,用药二甲双胍 500mg bid'];

interface Clinician {
  readonly session: SignedInSession;
  /** The HAProxy stickiness cookie the browser would keep (`MEDLOCAL_API=api1`). */
  stickiness: string | null;
  conversationId: string;
}

interface ExportedEvent {
  readonly action: string;
  readonly outcome: string;
  readonly summary: { conversationId?: string; modelName?: string };
}

const missing = !haproxyInstalled()
  ? 'HAProxy is not installed (/usr/sbin/haproxy): apt-get install haproxy'
  : !process.env['TEST_DATABASE_URL']
    ? 'needs TEST_DATABASE_URL (instances share one PostgreSQL)'
    : null;
if (missing) console.warn(`fleet behind HAProxy skipped: ${missing}`);

/**
 * Issue 21: the shipped HAProxy topology (deploy/haproxy/medlocal.cfg) with real processes on
 * loopback: two API instances on one PostgreSQL, two MedLocal inference nodes, HAProxy in front of both tiers.
 */
describe.skipIf(missing !== null)('fleet behind HAProxy', () => {
  let folder: string;
  let database: DatabaseTarget;
  let publicUrl: string;
  let haproxy: RunningHaproxy;
  const apis: SpawnedApi[] = [];
  const nodes: SpawnedApi[] = [];
  const clinicians: Clinician[] = [];
  const asApi = (baseUrl: string) => ({ baseUrl }) as RunningApi;
  /** Node settings and ports, so a killed node can be started again on its own port. */
  const nodeEnv = (name: string) => ({
    MEDLOCAL_MODE: 'demo',
    MEDLOCAL_ROLE: 'inference-node',
    MEDLOCAL_API_KEYS: SERVICE_KEY,
    INFERENCE_THREADS: '1',
    INFERENCE_PARALLEL: '4',
    LOG_LEVEL: 'warn',
    DATA_DIR: path.join(folder, name),
    // SIGUSR2 wedges the node's llama.cpp work and a second one releases it (support/thread-pool-wedge.cjs).
    NODE_OPTIONS: `--require ${path.join(__dirname, 'support/thread-pool-wedge.cjs')}`,
    MEDLOCAL_TEST_WEDGE_DIR: folder,
    // Long enough that a busy CI machine never trips it between two tokens; short enough to keep the test brief.
    INFERENCE_STALL_LIMIT_MS: String(STALL_LIMIT_MS),
    ...BUDGETS,
  });
  const nodePorts: number[] = [];
  let shared: Record<string, string>;
  let socketPath: string;
  /** `done` events each conversation's client received: every one must have its audit event. */
  const doneReceived = new Map<string, number>();

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-fleet-'));
    database = await openTestDatabase();
    const [publicPort, inferencePort] = [await freePort(), await freePort()];
    for (const name of ['node1', 'node2']) {
      const port = await freePort();
      nodePorts.push(port);
      nodes.push(await spawnApi({ ...nodeEnv(name), PORT: String(port) }));
    }
    shared = {
      ...ACCOUNTS_TEST_ENV,
      MEDLOCAL_MODE: 'demo',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
      BATCH_WORK_KEY: randomBytes(32).toString('hex'),
      TRUST_PROXY: 'loopback',
      INFERENCE_REMOTE_URL: `http://127.0.0.1:${inferencePort}/v1`,
      INFERENCE_REMOTE_API_KEY: SERVICE_KEY,
      // Status asks each node directly; questions go through HAProxy.
      INFERENCE_NODE_URLS: nodes.map((node) => `${node.baseUrl}/v1`).join(','),
      // Instances on one database share one anchor file (each vouches for the heads it anchored).
      AUDIT_ANCHOR_FILE: path.join(folder, 'audit-anchors.jsonl'),
      ...BUDGETS,
    };
    const apiPorts = [await freePort(), await freePort()];
    const address = (instance: SpawnedApi) => new URL(instance.baseUrl).host;
    // HAProxy first: the instances' INFERENCE_REMOTE_URL names its inference frontend.
    haproxy = await startHaproxy({
      env: {
        MEDLOCAL_PUBLIC_BIND: `127.0.0.1:${publicPort}`,
        MEDLOCAL_INFERENCE_BIND: `127.0.0.1:${inferencePort}`,
        MEDLOCAL_API_1: `127.0.0.1:${apiPorts[0]}`,
        MEDLOCAL_API_2: `127.0.0.1:${apiPorts[1]}`,
        MEDLOCAL_NODE_1: address(nodes[0]),
        MEDLOCAL_NODE_2: address(nodes[1]),
        MEDLOCAL_HAPROXY_SOCKET: (socketPath = path.join(folder, 'haproxy.sock')),
      },
      waitForPorts: [publicPort, inferencePort],
    });
    // One instance first: it runs the migrations and creates the admin; the second finds both done.
    for (const [index, name] of ['api1', 'api2'].entries())
      apis.push(await spawnApi({ ...shared, PORT: String(apiPorts[index]), DATA_DIR: path.join(folder, name) }));
    // Both instances and both nodes seen healthy by HAProxy's own checks (rise 2, inter 2 s) and past their
    // slow start (an instance that just came up gets a small share of new browsers for 10 s) before the first clinician.
    const servers = [
      'medlocal_api_chat/api1',
      'medlocal_api_chat/api2',
      'medlocal_api/api1',
      'medlocal_api/api2',
      'medlocal_nodes/node1',
      'medlocal_nodes/node2',
    ];
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
      const status = await haproxyServerStatus(socketPath);
      if (servers.every((server) => status.get(server)?.status === 'UP' && status.get(server)?.throttle === null)) break;
    }
    publicUrl = `http://127.0.0.1:${publicPort}`;
  }, 300_000);

  afterAll(async () => {
    // FLEET_LOG_DIR=<folder>: keep what HAProxy and every process printed, to read a failure afterwards.
    const logDir = process.env['FLEET_LOG_DIR'];
    if (logDir) {
      await mkdir(logDir, { recursive: true });
      await writeFile(path.join(logDir, 'haproxy.log'), haproxy?.output() ?? '');
      for (const [index, instance] of [...apis, ...nodes].entries()) await writeFile(path.join(logDir, `process-${index}.log`), instance.output());
    }
    await haproxy?.stop();
    for (const instance of [...apis, ...nodes]) await instance.stop('SIGKILL');
    await database?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const cookieHeader = (clinician: Clinician) => [clinician.session.refreshCookie, clinician.stickiness].filter(Boolean).join('; ');
  const rememberStickiness = (clinician: Clinician, response: Response) => {
    const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith('MEDLOCAL_API='));
    if (line) clinician.stickiness = line.split(';')[0];
  };

  async function newConversation(clinician: Clinician): Promise<string> {
    const response = await fetch(`${publicUrl}/api/chat/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clinician.session.accessToken}`, cookie: cookieHeader(clinician) },
    });
    expect(response.status).toBe(201);
    rememberStickiness(clinician, response);
    return ((await response.json()) as { id: string }).id;
  }

  /** What the console does when the instance holding a conversation is gone: a new one, seeded with its own copy of the turns and the profile. */
  async function continueConversation(clinician: Clinician, seed: unknown): Promise<string> {
    const response = await fetch(`${publicUrl}/api/chat/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clinician.session.accessToken}`, cookie: cookieHeader(clinician), 'content-type': 'application/json' },
      body: JSON.stringify({ seed }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    rememberStickiness(clinician, response);
    return ((await response.json()) as { id: string }).id;
  }

  /**
   * One question through HAProxy; `onEvent` sees each event as it arrives. A refusal before the
   * stream starts (the instance answers JSON, e.g. 502 REMOTE_UNAVAILABLE) becomes one `refused` event.
   */
  async function ask(clinician: Clinician, content: string, onEvent?: (event: SseEvent) => void): Promise<SseEvent[]> {
    const conversationId = clinician.conversationId;
    let response: Response;
    try {
      response = await fetch(`${publicUrl}/api/chat/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${clinician.session.accessToken}`, cookie: cookieHeader(clinician), 'content-type': 'application/json' },
        body: JSON.stringify({ content, strict: false }),
      });
    } catch (error) {
      return [{ event: 'refused', data: { status: 0, message: String(error) } }];
    }
    rememberStickiness(clinician, response);
    if (response.status !== 200) {
      // MedLocal answers JSON with a code; HAProxy's own 502/503 pages are not JSON.
      const text = await response.text();
      const body = (() => {
        try {
          return JSON.parse(text) as Record<string, unknown>;
        } catch {
          return { message: text.slice(0, 200) };
        }
      })();
      return [{ event: 'refused', data: { status: response.status, ...body } }];
    }
    let text = '';
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        const before = parseSse(text.slice(0, text.lastIndexOf('\n\n') + 2)).length;
        text += decoder.decode(chunk, { stream: true });
        const complete = parseSse(text.slice(0, text.lastIndexOf('\n\n') + 2));
        for (const event of complete.slice(before)) onEvent?.(event);
      }
    } catch {
      // A connection cut mid-stream: the events received so far are the answer.
    }
    const events = parseSse(text);
    if (events.at(-1)?.event === 'done') doneReceived.set(conversationId, (doneReceived.get(conversationId) ?? 0) + 1);
    return events;
  }

  const inferenceLines = () =>
    parseHaproxyLog(haproxy.output()).filter((line) => line.frontend === 'medlocal_inference' && line.path === '/v1/chat/completions');
  const nodeOf = (conversationId: string) => [
    ...new Set(
      inferenceLines()
        .filter((line) => line.conversation === conversationId)
        .map((line) => line.server),
    ),
  ];

  it('keeps every turn of a conversation on one API instance and one inference node', { timeout: 300_000 }, async () => {
    for (let i = 0; i < CLINICIANS; i++) {
      const account = await createAccount(asApi(publicUrl), { roles: ['clinician'] });
      const clinician: Clinician = { session: await signIn(asApi(publicUrl), account.username, account.password), stickiness: null, conversationId: '' };
      clinician.conversationId = await newConversation(clinician);
      clinicians.push(clinician);
    }
    // Until a browser has the cookie it is balanced freely: the clinicians are spread over both instances.
    expect(new Set(clinicians.map((clinician) => clinician.stickiness))).toEqual(new Set(['MEDLOCAL_API=api1', 'MEDLOCAL_API=api2']));

    const started = Date.now();
    for (let turn = 0; turn < TURNS; turn++) {
      const answers = await Promise.all(clinicians.map((clinician) => ask(clinician, QUESTIONS[turn])));
      // A turn that reached the wrong instance would not find its conversation (404), nor its history.
      for (const events of answers) expect(events.at(-1)?.event, JSON.stringify(events.at(-1))).toBe('done');
      // The nodes serve the demo model: each answer says so, as the node that produced it named it.
      for (const events of answers) expect(events.at(-1)?.data).toMatchObject({ demo: true, model: expect.stringMatching(/demo/i) });
    }
    const elapsedMs = Date.now() - started;
    // HAProxy writes a request's line once the stream has closed on both sides: a moment after the client read `done`.
    const expectedLines = CLINICIANS * TURNS;
    const chatTurnLines = () => parseHaproxyLog(haproxy.output()).filter((line) => line.frontend === 'medlocal_public' && /\/messages$/.test(line.path));
    for (const deadline = Date.now() + 5_000; Date.now() < deadline && (inferenceLines().length < expectedLines || chatTurnLines().length < expectedLines); ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const chatLines = chatTurnLines();
    for (const clinician of clinicians) {
      const turns = chatLines.filter((line) => line.path.includes(clinician.conversationId));
      expect(turns).toHaveLength(TURNS);
      expect(new Set(turns.map((line) => `${line.backend}/${line.server}`))).toEqual(new Set([`medlocal_api_chat/${clinician.stickiness?.split('=')[1]}`]));
      const inference = inferenceLines().filter((line) => line.conversation === clinician.conversationId);
      expect(inference).toHaveLength(TURNS);
      expect(nodeOf(clinician.conversationId)).toHaveLength(1);
    }
    // The hash spreads conversations over both nodes (20 conversations: all on one node would be a broken hash).
    expect(new Set(clinicians.flatMap((clinician) => nodeOf(clinician.conversationId)))).toEqual(new Set(['node1', 'node2']));
    console.info(`fleet: ${CLINICIANS} clinicians × ${TURNS} turns through HAProxy in ${elapsedMs} ms`);
  });

  it('refuses a refresh token used on one instance and replayed on the other', async () => {
    const account = await createAccount(asApi(publicUrl), { roles: ['clinician'] });
    const session = await signIn(asApi(apis[0].baseUrl), account.username, account.password);
    const rotated = await fetch(`${apis[0].baseUrl}/api/auth/refresh`, { method: 'POST', headers: { cookie: session.refreshCookie } });
    expect(rotated.status).toBe(200);
    const replayed = await fetch(`${apis[1].baseUrl}/api/auth/refresh`, { method: 'POST', headers: { cookie: session.refreshCookie } });
    expect(replayed.status).toBe(401);
    // Reuse revokes the whole family, on every instance: the token rotated on the first is dead too.
    const afterReuse = await fetch(`${apis[0].baseUrl}/api/auth/refresh`, { method: 'POST', headers: { cookie: refreshCookieOf(rotated) } });
    expect(afterReuse.status).toBe(401);
  });

  it('keeps streaming answers through a graceful HAProxy reload', { timeout: 120_000 }, async () => {
    const clinician = clinicians[0];
    let reloaded = false;
    const events = await ask(clinician, QUESTIONS[0], (event) => {
      if (!reloaded && event.event === 'answer') {
        reloaded = true;
        haproxy.reload();
      }
    });
    expect(reloaded, JSON.stringify(events.slice(1)).slice(0, 600)).toBe(true);
    expect(events.at(-1)?.event).toBe('done');
    // The new worker serves the next turn, still sticky.
    expect((await ask(clinician, QUESTIONS[1])).at(-1)?.event).toBe('done');
  });

  it("ends a killed node's answers with an error event and moves new questions to the other node", { timeout: 180_000 }, async () => {
    const onNode = (name: string) => clinicians.filter((clinician) => nodeOf(clinician.conversationId)[0] === name);
    const victims = onNode('node1');
    const survivors = onNode('node2');
    expect(victims.length).toBeGreaterThan(0);
    expect(survivors.length).toBeGreaterThan(0);

    let killed = false;
    const doneBeforeKill = new Set<Clinician>();
    const streaming = new Set<Clinician>();
    const answers = await Promise.all(
      clinicians.map((clinician) =>
        ask(clinician, 'Explain the differential diagnosis of acute chest pain in detail', (event) => {
          if (event.event === 'done' && !killed) doneBeforeKill.add(clinician);
          if (event.event !== 'answer' && event.event !== 'thought') return;
          streaming.add(clinician);
          if (!killed && victims.includes(clinician)) {
            killed = true;
            nodes[0].child.kill('SIGKILL');
          }
        }),
      ),
    );
    expect(killed).toBe(true);
    clinicians.forEach((clinician, index) => {
      const last = answers[index].at(-1);
      if (victims.includes(clinician) && !doneBeforeKill.has(clinician)) {
        // Streaming when the node died: an error event ends the stream; not yet streaming: a 502 that names the cause.
        // On a busy machine a victim's whole answer can already be on its way to the API when the kill lands: it arrives
        // whole ('done', checked like any answer below). At least one victim's answer must still be cut (after the loop).
        if (last?.event === 'done') return;
        expect(last?.event, JSON.stringify(answers[index].slice(-2))).toBe(streaming.has(clinician) ? 'error' : 'refused');
        expect(String(last?.data['message'] ?? '')).not.toBe('');
        if (last?.event === 'refused') expect(last.data).toMatchObject({ status: 502, code: 'REMOTE_UNAVAILABLE' });
      } else {
        expect(last?.event, JSON.stringify(last)).toBe('done');
      }
    });
    const victimEndings = victims.map((clinician) => {
      const events = answers[clinicians.indexOf(clinician)];
      return `${doneBeforeKill.has(clinician) ? 'done before the kill' : streaming.has(clinician) ? 'streaming' : 'waiting'}: ${events.length} events, ${JSON.stringify(events.at(-1))}`;
    });
    // At least one victim's answer is cut. The demo model writes a whole answer in a fraction of a second on the
    // native build, so the one whose first event triggered the kill may arrive whole; those queued behind it on the
    // node are cut before their first byte (a streaming one ends with an error event, checked in the loop above).
    expect(
      victims.filter((clinician) => ['error', 'refused'].includes(answers[clinicians.indexOf(clinician)].at(-1)?.event ?? '')).length,
      victimEndings.join('\n'),
    ).toBeGreaterThan(0);

    // New questions, the killed node's conversations included, are answered by the other node.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = inferenceLines().length;
    const next = await Promise.all(clinicians.map((clinician) => ask(clinician, QUESTIONS[2])));
    for (const events of next) expect(events.at(-1)?.event, JSON.stringify(events.at(-1))).toBe('done');
    // The inference nodes' access lines are written after the answers end; on a busy machine that can take a while.
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && inferenceLines().length < before + CLINICIANS; )
      await new Promise((resolve) => setTimeout(resolve, 50));
    const after = inferenceLines().slice(before);
    expect(after.filter((line) => line.status === 200).map((line) => line.server)).toEqual(clinicians.map(() => 'node2'));
  });

  it('shows the dead node in status, and takes it back with its conversations when it restarts on its port', { timeout: 180_000 }, async () => {
    const admin = await signInAsAdmin(asApi(publicUrl));
    const tier = async () => {
      const response = await fetch(`${publicUrl}/api/status`, { headers: { authorization: `Bearer ${admin.accessToken}` } });
      return ((await response.json()) as { inferenceTier: InferenceTierState }).inferenceTier;
    };
    // Any instance (status is balanced freely) sees node1 gone, and says why.
    await expect.poll(async () => (await tier()).reachable, { timeout: 20_000, interval: 500 }).toBe(1);
    const seen = await tier();
    expect(seen.total).toBe(2);
    expect(seen.nodes[0]).toMatchObject({ url: `${nodes[0].baseUrl}/v1`, reachable: false, error: expect.stringContaining('ECONNREFUSED') });
    expect(seen.nodes[1]).toMatchObject({ reachable: true, reports: 'medlocal-node', queue: { parallel: 4 } });

    const firstNode = new Map(clinicians.map((clinician) => [clinician, nodeOf(clinician.conversationId)[0]]));
    nodes[0] = await spawnApi({ ...nodeEnv('node1'), PORT: String(nodePorts[0]) });
    // HAProxy's own health checks (rise 2, every 2 s) bring it back into the ring.
    await expect.poll(async () => (await haproxyServerStatus(socketPath)).get('medlocal_nodes/node1')?.status, { timeout: 30_000, interval: 250 }).toBe('UP');

    const before = inferenceLines().length;
    const next = await Promise.all(clinicians.map((clinician) => ask(clinician, QUESTIONS[1])));
    for (const events of next) expect(events.at(-1)?.event, JSON.stringify(events.at(-1))).toBe('done');
    // The inference nodes' access lines are written after the answers end; on a busy machine that can take a while.
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && inferenceLines().length < before + CLINICIANS; )
      await new Promise((resolve) => setTimeout(resolve, 50));
    // Consistent hashing gives the restarted node back exactly the conversations it held before it died.
    const after = inferenceLines().slice(before);
    for (const clinician of clinicians) {
      expect(after.filter((line) => line.conversation === clinician.conversationId).map((line) => line.server)).toEqual([firstNode.get(clinician)]);
    }
    expect(new Set(after.map((line) => line.server))).toEqual(new Set(['node1', 'node2']));
    await expect.poll(async () => (await tier()).reachable, { timeout: 20_000, interval: 500 }).toBe(2);
  });

  /**
   * A node that stops without dying: its answers already streaming are cut as soon as HAProxy's checks mark it down
   * (on-marked-down shutdown-sessions), not after the API's 60-second silence limit or HAProxy's 180-second timeout;
   * its conversations' next questions go to the other node, and it is taken back when it moves again.
   */
  async function expectNodeFaultCutsItsAnswers(fault: { start: () => void; healthDownWith?: RegExp; end: () => void }): Promise<void> {
    const lastNodeOf = (conversationId: string) =>
      inferenceLines()
        .filter((line) => line.conversation === conversationId && line.status === 200)
        .at(-1)?.server;
    const onNode = (name: string) => clinicians.filter((clinician) => lastNodeOf(clinician.conversationId) === name);
    const victims = onNode('node1');
    expect(victims.length).toBeGreaterThan(0);
    let started = false;
    const answers = await Promise.all(
      clinicians.map((clinician) =>
        ask(clinician, 'Explain the differential diagnosis of acute chest pain in detail', (event) => {
          if (event.event !== 'answer' && event.event !== 'thought') return;
          if (!started && victims.includes(clinician)) {
            started = true;
            fault.start();
          }
        }),
      ),
    );
    try {
      expect(started).toBe(true);
      // Streaming when the node stopped: an error event; its response not begun (waiting in the node's queue, or in
      // prefill): a 502 that names the cause. Either way cut by HAProxy once the node was marked down, not by the
      // API's own limits (60 s of silence, 150 s for the first byte). An answer already on its way arrives whole.
      const endings = victims.map((clinician) => answers[clinicians.indexOf(clinician)].at(-1));
      const cut = endings.filter((last) => last?.event === 'error' || last?.event === 'refused');
      expect(cut.length, JSON.stringify(endings)).toBeGreaterThan(0);
      expect(cut.length + endings.filter((last) => last?.event === 'done').length, JSON.stringify(endings)).toBe(victims.length);
      for (const last of cut) {
        expect(String(last?.data['message']), JSON.stringify(last)).not.toMatch(/sent no data for|no response within/);
        if (last?.event === 'refused') expect(last.data).toMatchObject({ status: 502, code: 'REMOTE_UNAVAILABLE' });
      }
      for (const clinician of clinicians.filter((candidate) => !victims.includes(candidate))) {
        const last = answers[clinicians.indexOf(clinician)].at(-1);
        expect(last?.event, JSON.stringify(last)).toBe('done');
      }
      if (fault.healthDownWith) {
        // The wedge also holds file reads, so the model-file check may have said 503 first (after 2 s); the stall
        // check says so too once no answer has moved for the limit.
        const healthBody = async () => {
          const health = await fetch(`${nodes[0].baseUrl}/api/health`);
          return `${health.status} ${JSON.stringify(await health.json())}`;
        };
        await expect.poll(healthBody, { timeout: 60_000, interval: 500 }).toMatch(new RegExp(`^503 .*${fault.healthDownWith.source}`));
      }
      // The other node answers the conversations the faulty one held.
      const next = await Promise.all(victims.map((clinician) => ask(clinician, QUESTIONS[0])));
      for (const events of next) expect(events.at(-1)?.event, JSON.stringify(events.at(-1))).toBe('done');
    } finally {
      fault.end();
    }
    await expect.poll(async () => (await haproxyServerStatus(socketPath)).get('medlocal_nodes/node1')?.status, { timeout: 60_000, interval: 250 }).toBe('UP');
    const back = await Promise.all(victims.map((clinician) => ask(clinician, QUESTIONS[1])));
    for (const events of back) expect(events.at(-1)?.event, JSON.stringify(events.at(-1))).toBe('done');
  }

  it('cuts the answers of a frozen node within seconds and takes it back when it runs again', { timeout: 240_000 }, async () => {
    const pid = nodes[0].child.pid as number;
    await expectNodeFaultCutsItsAnswers({ start: () => process.kill(pid, 'SIGSTOP'), end: () => process.kill(pid, 'SIGCONT') });
  });

  it('takes a node whose engine is stuck out of the tier, though its HTTP server still answers', { timeout: 240_000 }, async () => {
    await expectNodeFaultCutsItsAnswers({
      start: () => nodes[0].child.kill('SIGUSR2'),
      healthDownWith: new RegExp(
        `the engine has moved no answer \\(no token, no prompt batch\\) for \\d+ s while \\d+ answers? generates? \\(limit INFERENCE_STALL_LIMIT_MS=${STALL_LIMIT_MS}\\)`,
      ),
      end: () => nodes[0].child.kill('SIGUSR2'),
    });
  });

  it('answers sign-ins sent to a frozen API instance within the sign-in limit, not after the 180-second stream limit', { timeout: 180_000 }, async () => {
    const accounts = await Promise.all(Array.from({ length: 4 }, () => createAccount(asApi(publicUrl), { roles: ['clinician'] })));
    const pid = apis[0].child.pid as number;
    process.kill(pid, 'SIGSTOP');
    try {
      // leastconn sends some of them to the frozen instance before its checks mark it down. Each must get an answer
      // (a 504 from HAProxy's 30-second limit for /api/auth/ is one) long before HAProxy's 180-second `timeout server`.
      const statuses = await Promise.all(
        accounts.map(async (account) => {
          const response = await fetch(`${publicUrl}/api/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: account.username, password: account.password }),
            signal: AbortSignal.timeout(90_000),
          });
          await response.arrayBuffer();
          return response.status;
        }),
      );
      expect(
        statuses.every((status) => status === 200 || status === 504),
        statuses.join(','),
      ).toBe(true);
      expect(statuses).toContain(200);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await expect.poll(async () => (await haproxyServerStatus(socketPath)).get('medlocal_api/api1')?.status, { timeout: 60_000, interval: 250 }).toBe('UP');
    await expect.poll(async () => (await haproxyServerStatus(socketPath)).get('medlocal_api_chat/api1')?.status, { timeout: 60_000, interval: 250 }).toBe('UP');
  });

  it("fails only a killed API instance's answers, sends its clinicians a code to act on, and loses no audit event", { timeout: 240_000 }, async () => {
    const onInstance = (name: string) => clinicians.filter((clinician) => clinician.stickiness === `MEDLOCAL_API=${name}`);
    const victims = onInstance('api1');
    const survivors = onInstance('api2');
    expect(victims.length).toBeGreaterThan(0);
    expect(survivors.length).toBeGreaterThan(0);

    let killed = false;
    const answers = await Promise.all(
      clinicians.map((clinician) =>
        ask(clinician, 'Explain the differential diagnosis of acute chest pain in detail', (event) => {
          if (!killed && event.event === 'answer' && victims.includes(clinician)) {
            killed = true;
            apis[0].child.kill('SIGKILL');
          }
        }),
      ),
    );
    expect(killed).toBe(true);
    // The instance died mid-answer: its streams end without `done` (the console shows the answer as broken, keeps
    // what arrived and the question). One it had audited and sent just before the kill landed may still arrive whole,
    // its `done` read after the kill was sent: the trail check below holds every `done` to its event. The other
    // instance's answers are untouched.
    const cut = clinicians.filter((clinician, index) => victims.includes(clinician) && answers[index].at(-1)?.event !== 'done');
    expect(cut.length).toBeGreaterThan(0);
    clinicians.forEach((clinician, index) => {
      if (survivors.includes(clinician)) expect(answers[index].at(-1)?.event, JSON.stringify(answers[index].at(-1))).toBe('done');
    });

    // Their next turn reaches the surviving instance, which does not hold the conversation: 404 with a code
    // the console acts on (CONVERSATION_NOT_FOUND: it offers to continue in a new conversation seeded from its copy).
    const seed = {
      turns: [{ question: QUESTIONS[0], answer: '## 定义\n急性冠脉综合征。' }],
      facts: [
        { kind: 'age', value: 65 },
        { kind: 'sex', value: 'male' },
      ],
    };
    for (const clinician of victims) {
      const refused = await ask(clinician, QUESTIONS[2]);
      expect(refused).toEqual([{ event: 'refused', data: expect.objectContaining({ status: 404, code: 'CONVERSATION_NOT_FOUND' }) }]);
      expect(clinician.stickiness).toBe('MEDLOCAL_API=api2');
      clinician.conversationId = await continueConversation(clinician, seed);
      const continued = await ask(clinician, QUESTIONS[2]);
      expect(continued.at(-1)?.event).toBe('done');
      // The surviving instance asked it as the second turn, with the age and sex the first one stated.
      expect(continued[0].data).toMatchObject({ turn: 2, profile: { age: { value: 65, turn: 1 }, sex: { value: 'male', turn: 1 } } });
    }
    for (const clinician of survivors) expect((await ask(clinician, QUESTIONS[2])).at(-1)?.event).toBe('done');

    // The trail, read by an auditor (the operator's, created with the admin CLI) on the surviving instance.
    const created = await createAuditorBeforeStart({ ...shared, DATA_DIR: path.join(folder, 'cli') });
    const account = await finishAuditor(asApi(publicUrl), created);
    const auditor = await signIn(asApi(publicUrl), account.username, account.password);
    const verify = (await (await fetch(`${publicUrl}/api/audit/verify`, { headers: { authorization: `Bearer ${auditor.accessToken}` } })).json()) as {
      firstBrokenId: number | null;
      checked: number;
      lastId: number;
      anchors: { mismatchCount: number };
    };
    expect(
      { firstBrokenId: verify.firstBrokenId, allChecked: verify.checked === verify.lastId, anchorMismatches: verify.anchors.mismatchCount },
      JSON.stringify(verify),
    ).toEqual({ firstBrokenId: null, allChecked: true, anchorMismatches: 0 });
    const exported = await fetch(`${publicUrl}/api/audit/export?format=jsonl`, { headers: { authorization: `Bearer ${auditor.accessToken}` } });
    expect(exported.status).toBe(200);
    const events = (await exported.text())
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as ExportedEvent);
    // Every answer a client saw end with `done`, on either instance, in every test of this fleet, has its event.
    expect(doneReceived.size).toBeGreaterThanOrEqual(CLINICIANS + victims.length);
    for (const [conversationId, dones] of doneReceived) {
      const audited = events.filter(
        (event) => event.action === 'chat.message' && event.outcome === 'success' && event.summary.conversationId === conversationId,
      );
      expect({ conversationId, audited: audited.length >= dones }, `${dones} answers done, ${audited.length} audited`).toEqual({
        conversationId,
        audited: true,
      });
      // The trail names the model the nodes serve, never one the API was configured to expect.
      for (const event of audited) expect(event.summary.modelName).toMatch(/demo/i);
    }
  });

  it('accepts the shipped file with TLS on the public side', async () => {
    const pem = path.join(folder, 'medlocal.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=medlocal.test', '-keyout', pem, '-out', `${pem}.crt`],
      { stdio: 'ignore' },
    );
    execFileSync('sh', ['-c', `cat "${pem}.crt" >> "${pem}"`]);
    const checked = await checkHaproxyConfig({
      MEDLOCAL_PUBLIC_BIND: '127.0.0.1:1',
      MEDLOCAL_TLS_PEM: pem,
      MEDLOCAL_INFERENCE_BIND: '127.0.0.1:2',
      MEDLOCAL_API_1: '127.0.0.1:3',
      MEDLOCAL_API_2: '127.0.0.1:4',
      MEDLOCAL_NODE_1: '127.0.0.1:5',
      MEDLOCAL_NODE_2: '127.0.0.1:6',
      MEDLOCAL_HAPROXY_SOCKET: path.join(folder, 'check.sock'),
    });
    expect(checked.code, checked.output).toBe(0);
    expect(checked.output).not.toMatch(/WARNING/);
  });
});
