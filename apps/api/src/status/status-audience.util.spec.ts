import { statusForViewer } from './status-audience.util';
import type { StatusDocument } from './status.service';

const FULL = {
  privacy: { localOnly: true, egressBlocked: true, allowlist: ['127.0.0.1', 'localhost', '10.0.1.10'], refusedAttempts: 0, checkedAt: null },
  db: { kind: 'pglite' },
  gpu: { available: false, type: false, devices: [], vramTotal: 0, vramFree: 0 },
  model: {
    name: 'medgemma',
    loaded: false,
    demo: false,
    file: '/srv/models/medgemma.gguf',
    error: 'model file /srv/models/medgemma.gguf changed on disk; still loaded',
  },
  security: { mfaRequiredForPrivileged: true, mfaAvailable: true, adminsWithoutMfa: 2, globalAdmins: 1, lockedAccounts: 3, warnings: ['admins_without_mfa'] },
  audit: { available: true, hmacKeyId: 'k1', lastVerify: { ok: true, checked: 1234, firstBrokenId: null, anchorsOk: true, at: '2026-12-01T00:00:00.000Z' } },
  auditStorage: {
    ok: true,
    anchor: { ok: true, path: '/srv/data/audit-anchors.jsonl', lastAnchoredId: 1234 },
    spool: { ok: true, path: '/srv/data/spool', pending: 0 },
  },
  storage: { ok: false, fault: { code: 'ENOSPC', path: '/srv/data/pglite', message: '/srv/data/pglite: disk full', since: '2026-12-01T00:00:00.000Z' } },
  inferenceTier: {
    via: 'nodes',
    reachable: 1,
    total: 2,
    nodes: [
      {
        url: 'http://10.0.2.21:6006/v1',
        reachable: true,
        reports: 'medlocal-node',
        model: null,
        queue: { generating: 1, waiting: 0, parallel: 4 },
        gpu: null,
        error: null,
      },
      { url: 'http://10.0.2.22:6006/v1', reachable: false, reports: null, model: null, queue: null, gpu: null, error: 'unreachable: connect ECONNREFUSED' },
    ],
  },
  somethingNew: { secret: '/srv/elsewhere' },
} as unknown as StatusDocument;

const CLINICIAN = { roles: ['clinician'] as const, adminScope: null };
const AUDITOR = { roles: ['auditor'] as const, adminScope: null };

describe(statusForViewer.name, () => {
  it('shows a global admin everything', () => {
    expect(statusForViewer({ status: FULL, viewer: { roles: ['admin'], adminScope: 'global' } })).toEqual(FULL);
  });

  it.each([
    ['a clinician', CLINICIAN],
    ['a department admin', { roles: ['admin'] as const, adminScope: 'department' as const }],
    ['an auditor', AUDITOR],
  ])('shows %s the status bar without security counts or any server path, and nothing it does not list', (_name, viewer) => {
    const sut = statusForViewer({ status: FULL, viewer });
    expect(sut['security']).toEqual({ mfaRequiredForPrivileged: true, mfaAvailable: true });
    expect(sut['model']).toEqual({ name: 'medgemma', loaded: false, demo: false, error: 'model file <model file> changed on disk; still loaded' });
    expect(sut['auditStorage']).toEqual({ ok: true, anchor: { ok: true }, spool: { ok: true } });
    expect(sut['storage']).toEqual({ ok: false, fault: { code: 'ENOSPC', since: '2026-12-01T00:00:00.000Z' } });
    // Where the server may connect (the inference tier, the directory) is the server's layout: a count only.
    expect(sut['privacy']).toEqual({ localOnly: true, egressBlocked: true, allowlistCount: 3, refusedAttempts: 0, checkedAt: null });
    expect(sut).toMatchObject({ db: FULL.db, gpu: FULL['gpu'] });
    expect(sut['inferenceTier']).toEqual({ reachable: 1, total: 2 });
    expect(sut).not.toHaveProperty('somethingNew');
    expect(JSON.stringify(sut)).not.toContain('/srv/');
    expect(JSON.stringify(sut)).not.toContain('10.0.2.');
  });

  it('shows the last verification counts to auditors and global admins only', () => {
    expect(statusForViewer({ status: FULL, viewer: AUDITOR })['audit']).toEqual({
      available: true,
      lastVerify: FULL['audit'] && (FULL['audit'] as { lastVerify: unknown }).lastVerify,
    });
    expect(statusForViewer({ status: FULL, viewer: CLINICIAN })['audit']).toEqual({
      available: true,
      lastVerify: { ok: true, anchorsOk: true, at: '2026-12-01T00:00:00.000Z' },
    });
  });
});
