import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { OIDC_RELYING_PARTY, type OidcRelyingParty } from './oidc-relying-party.port';
import { OidcGrantVault } from './oidc-grant-vault';
import { OidcRefreshService } from './oidc-refresh.service';
import { OidcSignInService } from './oidc-sign-in.service';
import { OpenidClientRelyingParty } from './openid-client-relying-party';

/** OpenID Connect sign-in for the HTTP API (the admin CLI signs nobody in). */
export const oidcProviders: Provider[] = [
  // null when OIDC_ISSUER is unset: no "Sign in with hospital account".
  {
    provide: OIDC_RELYING_PARTY,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig): OidcRelyingParty | null => (config.auth.oidc ? new OpenidClientRelyingParty(config.auth.oidc) : null),
  },
  OidcGrantVault,
  OidcSignInService,
  OidcRefreshService,
];
