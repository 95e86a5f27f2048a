import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACCOUNTS_TEST_ENV, loginAs } from '../support/sign-in';
import { startApi, type RunningApi } from '../support/start-api';
import { askAndRead, openConversation } from './support/fault-kit';
import { fillDisk, mountTmpfs, unmountTmpfs } from './support/tmpfs';

/**
 * Re-test of issue 14 item 1 on PGlite: with the data folder's disk full, questions were accepted
 * while health already said the database was down, answered, then withdrawn with no event. The
 * audit gate reads the embedded database's storage fault and refuses before anything is generated.
 * Runs as root: it mounts a small tmpfs of its own.
 */
const NOTICED_WITHIN_MS = 30_000;
describe('questions while the embedded database has a storage fault', () => {
  let mounted: string;
  let sut: RunningApi | undefined;

  beforeAll(async () => {
    mounted = await mkdtemp(path.join(tmpdir(), 'medlocal-full-disk-'));
    mountTmpfs(mounted, 160);
  });

  afterAll(async () => {
    await sut?.stop().catch(() => undefined);
    unmountTmpfs(mounted);
    await rm(mounted, { recursive: true, force: true });
  });

  it('refuses a question with 503 "audit unavailable" and no answer text while the disk is full, and answers again once space returns', async () => {
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        DATA_DIR: path.join(mounted, 'data'),
        INFERENCE_THREADS: '1',
        INFERENCE_CONTEXT_SIZE: '2048',
        INFERENCE_MAX_ANSWER_TOKENS: '64',
        INFERENCE_THOUGHT_BUDGET_TOKENS: '16',
      },
    });
    const { baseUrl } = sut;
    const clinician = await loginAs(sut, 'clinician');
    const conversationId = await openConversation(baseUrl, clinician.accessToken);

    const filler = path.join(mounted, 'filler.bin');
    fillDisk(filler);
    await expect.poll(async () => (await fetch(`${baseUrl}/api/health`)).status, { timeout: NOTICED_WITHIN_MS, interval: 250 }).toBe(503);

    const asked = await askAndRead({ baseUrl, token: clinician.accessToken, conversationId, content: '肌酐132μmol/L,房颤,利伐沙班如何调整?' });
    expect({ status: asked.status, events: asked.events.length }).toEqual({ status: 503, events: 0 });
    expect(asked.error?.message).toMatch(/^audit unavailable: the database's storage has a fault \(ENOSPC\)/);
    expect(asked.retryAfter).not.toBeNull();

    await rm(filler);
    await expect.poll(async () => (await fetch(`${baseUrl}/api/health`)).status, { timeout: NOTICED_WITHIN_MS, interval: 250 }).toBe(200);
    const again = await askAndRead({ baseUrl, token: clinician.accessToken, conversationId, content: 'CKD G3b, metformin dose?' });
    expect({ status: again.status, end: again.events.at(-1)?.event }).toEqual({ status: 200, end: 'done' });
  }, 180_000);
});
