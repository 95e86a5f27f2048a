import { Inject, Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { AuthService } from '../auth/auth.service';
import { AccountLookupService } from '../common/account-lookup.service';
import type { Principal } from '../../common/access/principal';
import { AccessTokenService } from '../sessions/access-token.service';
import { SessionService } from '../sessions/session.service';

/**
 * Turns an access token into the signed-in user. The token proves who and which session; the
 * session and the user are then read live, so logout, disabling and role changes apply at once.
 */
@Injectable()
export class PrincipalService {
  constructor(
    @Inject(AccessTokenService) private readonly tokens: AccessTokenService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AccountLookupService) private readonly lookup: AccountLookupService,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async fromAccessToken(token: string, options: { userActivity?: boolean } = {}): Promise<Principal> {
    const claims = await this.tokens.verifyAccess(token);
    const session = await this.sessions.findLive(claims.sid, options);
    if (!session || session.userId !== claims.sub) throw new AccountsError(AccountsErrorCode.SessionEnded, 'Session has ended; sign in again');
    const user = await this.lookup.findUser(session.userId);
    if (!user || user.status === 'disabled') throw new AccountsError(AccountsErrorCode.SessionEnded, 'Session has ended; sign in again');
    return {
      userId: user.id,
      username: user.username,
      roles: user.roles,
      departmentId: user.departmentId,
      departmentCode: await this.lookup.departmentCode(user.departmentId),
      adminScope: user.adminScope,
      sessionId: session.id,
      restriction: this.auth.restrictionOf(user),
    };
  }
}
