import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, TEST_ADMIN, api, createAccount, signIn } from '../support/sign-in';

const ROUNDS = 8;

/**
 * Outside re-test of issue 13: the last two global admins demoting each other at the same moment on
 * PostgreSQL deadlocked in the last-global-admin check and one answered 500. One demotion wins, the
 * other is refused by name, and a global admin always remains.
 */
describe.runIf(Boolean(process.env['TEST_DATABASE_URL']))('the last two global admins demote each other at once', () => {
  let sut: RunningApi;

  beforeAll(async () => {
    sut = await startApi({ database: 'test-server', env: ACCOUNTS_TEST_ENV });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  it(`never answers 5xx, lets exactly one win and keeps one global admin (${ROUNDS} rounds)`, async () => {
    const second = await createAccount(sut, { roles: ['admin'], adminScope: 'global' });
    const first = await signIn(sut, TEST_ADMIN.username, TEST_ADMIN.password);
    const firstId = first.user.id;
    const demote = (token: string, id: string) => api(sut, 'PATCH', `/api/admin/users/${id}`, { token, body: { roles: ['clinician'] } });
    for (let round = 0; round < ROUNDS; round += 1) {
      const a = await signIn(sut, TEST_ADMIN.username, TEST_ADMIN.password);
      const b = await signIn(sut, second.username, second.password);
      const [byA, byB] = await Promise.all([demote(a.accessToken, second.id), demote(b.accessToken, firstId)]);
      const statuses = [byA.status, byB.status];
      expect({ round, statuses, bodies: statuses.some((status) => status >= 500) ? [await byA.text(), await byB.text()] : [] }).toEqual({
        round,
        statuses,
        bodies: [],
      });
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status !== 200).every((status) => status === 409 || status === 403 || status === 401)).toBe(true);
      // The survivor makes the other a global admin again for the next round.
      const [survivor, demotedId] = byA.status === 200 ? [TEST_ADMIN, second.id] : [second, firstId];
      const again = await signIn(sut, survivor.username, survivor.password);
      const restored = await api(sut, 'PATCH', `/api/admin/users/${demotedId}`, { token: again.accessToken, body: { roles: ['admin'], adminScope: 'global' } });
      expect(restored.status).toBe(200);
    }
  }, 240_000);
});
