import { statusForViewer } from './status-audience.util';
import type { StatusDocument } from './status.service';

const FULL = {
  privacy: { localOnly: true, egressBlocked: true, checkedAt: null },
  db: { kind: 'pglite' },
  model: { name: 'medgemma', loaded: false, file: '/srv/models/medgemma.gguf', error: 'model file /srv/models/medgemma.gguf changed on disk; still loaded' },
  security: { mfaRequiredForPrivileged: true, mfaAvailable: true, adminsWithoutMfa: 2, globalAdmins: 1, lockedAccounts: 3, warnings: ['admins_without_mfa'] },
  audit: { available: true, hmacKeyId: 'k1', lastVerify: { ok: true, checked: 1234, firstBrokenId: null, anchorsOk: true, at: '2026-12-01T00:00:00.000Z' } },
} as unknown as StatusDocument;

describe(statusForViewer.name, () => {
  it('shows a global admin the security figures and the model path, not the verify counts', () => {
    const sut = statusForViewer({ status: FULL, viewer: { roles: ['admin'], adminScope: 'global' } });
    expect(sut['security']).toEqual(FULL['security']);
    expect(sut['model']).toEqual(FULL['model']);
    expect(sut['audit']).toEqual({ available: true, hmacKeyId: 'k1', lastVerify: { ok: true, anchorsOk: true, at: '2026-12-01T00:00:00.000Z' } });
  });

  it.each([
    ['a clinician', { roles: ['clinician'] as const, adminScope: null }],
    ['a department admin', { roles: ['admin'] as const, adminScope: 'department' as const }],
    ['an auditor', { roles: ['auditor'] as const, adminScope: null }],
  ])('shows %s no security counts and no path, even inside an error message', (_name, viewer) => {
    const sut = statusForViewer({ status: FULL, viewer });
    expect(sut['security']).toEqual({ mfaRequiredForPrivileged: true, mfaAvailable: true });
    expect(sut['model']).toEqual({ name: 'medgemma', loaded: false, error: 'model file <model file> changed on disk; still loaded' });
    expect(JSON.stringify(sut)).not.toContain('/srv/models');
  });

  it('shows the last verification counts to auditors only', () => {
    expect(statusForViewer({ status: FULL, viewer: { roles: ['auditor'], adminScope: null } })['audit']).toEqual(FULL['audit']);
    expect(statusForViewer({ status: FULL, viewer: { roles: ['clinician'], adminScope: null } })['audit']).toEqual({
      available: true,
      hmacKeyId: 'k1',
      lastVerify: { ok: true, anchorsOk: true, at: '2026-12-01T00:00:00.000Z' },
    });
  });
});
