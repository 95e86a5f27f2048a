import type { AuthUser, Role } from '@medlocal/contracts';

/** A signed-in user as `/api/auth/me` describes one, for specs. */
export function testUser(overrides: Partial<AuthUser> & { roles?: readonly Role[] } = {}): AuthUser {
  return {
    id: '7f1c0a52-3a4e-4c55-9a57-1d8e3f0b2c10',
    username: 'li.na',
    displayName: '李娜',
    department: { id: '0d2b8e8e-8a44-4a6b-9d1b-6f5a3c2e1b00', code: 'NEPH', nameZh: '肾内科', nameEn: 'Nephrology' },
    roles: ['clinician'],
    adminScope: null,
    status: 'active',
    lockedUntil: null,
    mustChangePassword: false,
    mfaEnabled: false,
    passwordChangedAt: '2026-11-01T08:00:00.000Z',
    createdAt: '2026-10-01T08:00:00.000Z',
    restriction: null,
    mfaRequired: false,
    passwordExpiresAt: null,
    ...overrides,
  };
}
