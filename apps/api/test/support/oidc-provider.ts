import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader, importJWK, SignJWT, type JWK } from 'jose';

/** The claims an IdP account carries (besides `sub`, its id). */
export type TestIdpClaims = Record<string, unknown>;

export interface TestIdpClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;
}

/** What the test may do to an ID token on its way out of the token endpoint; null leaves it alone. */
export type IdTokenRewrite = ((idToken: string, keys: { issuerKey: JWK; foreignKey: JWK }) => Promise<string>) | null;

export interface TestIdp {
  readonly issuer: string;
  /** The IdP's own signing key (private JWK): re-signing with it makes a token the RP must still check claim by claim. */
  readonly issuerKey: JWK;
  /** A key the IdP never published: a token signed with it is a forgery. */
  readonly foreignKey: JWK;
  rewriteIdTokens(rewrite: IdTokenRewrite): void;
  /** The IdP goes down (connections refused) and keeps its sessions and grants for `resume`. */
  suspend(): Promise<void>;
  /** Back on the same port. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A real, certified OpenID Provider (`oidc-provider`) on a free loopback port: code flow with PKCE,
 * its development login and consent pages (any password), ID tokens carrying the profile claims
 * (groups included), refresh tokens at every sign-in (as Keycloak gives them; claims read from the
 * account again at each refresh, an account gone answers invalid_grant), RP-initiated logout. Tokens can be rewritten on their way out to play an
 * attacker or a broken IdP.
 */
export async function startTestIdp(params: {
  client: TestIdpClient;
  accounts: Record<string, TestIdpClaims>;
  /** false: the client may not use the refresh_token grant, so sign-in hands out an access token alone (as Entra ID without offline_access). */
  refreshTokens?: boolean;
}): Promise<TestIdp> {
  const { default: Provider } = await import('oidc-provider');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const issuerKey = rsaJwk('test-idp-key');
  const foreignKey = rsaJwk('test-idp-key');
  let rewrite: IdTokenRewrite = null;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: params.client.clientId,
        client_secret: params.client.clientSecret,
        redirect_uris: [params.client.redirectUri],
        post_logout_redirect_uris: [params.client.postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: params.refreshTokens === false ? ['authorization_code'] : ['authorization_code', 'refresh_token'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [issuerKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    // Keycloak and ADFS hand a refresh token out without offline_access; Entra ID needs the scope.
    issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed('refresh_token'),
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'], email: ['email'] },
    // Hospital IdPs (Keycloak, Entra ID, ADFS) put the profile and groups in the ID token.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx, id) => {
      const claims = params.accounts[id];
      return claims ? { accountId: id, claims: () => ({ sub: id, ...claims }) } : undefined;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (rewrite && ctx.path === '/token' && body && typeof body.id_token === 'string') {
      ctx.body = { ...body, id_token: await rewrite(body.id_token, { issuerKey, foreignKey }) };
    }
  });
  server.on('request', provider.callback());

  return {
    issuer,
    issuerKey,
    foreignKey,
    rewriteIdTokens(next) {
      rewrite = next;
    },
    suspend: () => closeServer(server),
    resume: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  // Keep-alive connections would otherwise still reach the IdP after it is "down".
  server.closeAllConnections();
  return closed;
}

/** Re-signs an ID token's claims, changed by `change`, with `key` (same `kid` and algorithm as the original). */
export async function resignIdToken(idToken: string, key: JWK, change: (claims: Record<string, unknown>) => Record<string, unknown>): Promise<string> {
  const header = decodeProtectedHeader(idToken);
  const claims = change({ ...decodeJwt(idToken) });
  return new SignJWT(claims)
    .setProtectedHeader({ alg: header.alg ?? 'RS256', kid: header.kid, typ: header.typ })
    .sign(await importJWK(key, header.alg ?? 'RS256'));
}

function rsaJwk(kid: string): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid, alg: 'RS256', use: 'sig' };
}

/** A browser's cookies for one site, enough for the IdP's interaction cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * What a browser does at the IdP: follows its redirects, fills the development login form with
 * `accountId` and confirms consent, until the IdP sends it back to `redirectUri`. Returns that
 * final URL (with `code`, `state` and `iss`, or `error`).
 */
export async function signInAtIdp(params: { authorizationUrl: string; accountId: string; redirectUri: string }): Promise<URL> {
  const jar = new CookieJar();
  let next: { url: string; method: 'GET' | 'POST'; form?: URLSearchParams } = { url: params.authorizationUrl, method: 'GET' };
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(next.url, {
      method: next.method,
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(next.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: next.form?.toString(),
    });
    jar.take(response);
    const location = response.headers.get('location');
    if (location) {
      const target = new URL(location, next.url);
      if (target.href.startsWith(params.redirectUri)) return target;
      next = { url: target.href, method: 'GET' };
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action) throw new Error(`The IdP answered ${response.status} without a form: ${html.slice(0, 300)}`);
    const form = html.includes('name="login"')
      ? new URLSearchParams({ prompt: 'login', login: params.accountId, password: 'any-password' })
      : new URLSearchParams({ prompt: 'consent' });
    next = { url: new URL(action.replaceAll('&amp;', '&'), next.url).href, method: 'POST', form };
  }
  throw new Error('The IdP never sent the browser back');
}
