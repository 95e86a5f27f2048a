import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { ApiErrorFilter } from '../../src/common/errors';
import { DATA_SOURCE } from '../../src/database/database.tokens';
import { startApi, type RunningApi } from '../support/start-api';
import { ACCOUNTS_TEST_ENV, loginAs, type SignedInSession } from '../support/sign-in';
import type { Role } from '../../src/common/access/roles';
import { egressRefusalsSince } from './support/fault-kit';
import { collectRouteInputs, type RouteInputs } from './support/route-inputs.util';

const RUNS_PER_ROUTE = 30;
const SERVICE_API_KEY = 'service-key-for-bad-input-tests-0123456789';
const BODY_LIMIT_BYTES = 64 * 1024;

interface HostileRequest {
  readonly label: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: Buffer | string;
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$where', 'admin', 'roles', '\u0000', '\u202e', 'a'.repeat(300)];

const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)), maxLength: 16 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', ' ', '-1', '1e309', 'NaN', '0x10', '../../../etc/passwd', "'; DROP TABLE users; --", '<script>alert(1)</script>', '{{7*7}}'),
);

/** A JSON value built around keys an attacker would try: prototype pollution, role escalation, odd Unicode. */
const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ object: Record<string, unknown>; value: unknown }>((tie) => ({
  object: fc
    .tuple(fc.constantFrom(...HOSTILE_KEYS), tie('value'), fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 3 }))
    // JSON.parse makes "__proto__" an own property; build it the same way so the server sees it.
    .map(
      ([key, value, rest]) =>
        JSON.parse(
          `{${JSON.stringify(key)}:${JSON.stringify(value ?? null)}${Object.keys(rest).length ? `,${JSON.stringify(rest).slice(1, -1)}` : ''}}`,
        ) as Record<string, unknown>,
    ),
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, hostileScalar, fc.array(tie('value'), { maxLength: 3 }), tie('object')),
})).object;

/** Bodies no route accepts: malformed, wrongly typed, wrongly encoded, too deep, too large, or pollution objects. */
const hostileBody: fc.Arbitrary<{ label: string; body: Buffer | string; contentType: string }> = fc.oneof(
  fc.string({ maxLength: 40 }).map((tail) => ({ label: 'malformed JSON', body: `{"content": ${JSON.stringify(tail)}`, contentType: 'application/json' })),
  fc.uint8Array({ minLength: 1, maxLength: 16 }).map((bytes) => ({
    label: 'invalid UTF-8',
    body: Buffer.concat([Buffer.from('{"content":"'), Buffer.from([0xc3, 0x28, 0xff, ...bytes.map((byte) => byte | 0x80)]), Buffer.from('"}')]),
    contentType: 'application/json',
  })),
  fc.constantFrom('[]', '[1,2,3]', '42', '"text"', 'null', 'true').map((body) => ({ label: 'wrong top-level type', body, contentType: 'application/json' })),
  fc
    .integer({ min: 200, max: 5_000 })
    .map((depth) => ({ label: `nested ${depth} deep`, body: `${'{"x":'.repeat(depth)}1${'}'.repeat(depth)}`, contentType: 'application/json' })),
  fc.constant({
    label: 'larger than the body limit',
    body: JSON.stringify({ content: 'x'.repeat(BODY_LIMIT_BYTES + 1_024) }),
    contentType: 'application/json',
  }),
  hostileObject.map((object) => ({ label: 'hostile object', body: JSON.stringify(object), contentType: 'application/json' })),
  fc
    .constantFrom('application/json; charset=latin1', 'application/json; charset=utf-16')
    .map((contentType) => ({ label: `charset ${contentType}`, body: '{}', contentType })),
);

/** Bodies rejected before any handler runs: routes that take no body ignore a well-formed one. */
const unparseableBody = hostileBody.filter((candidate) => !['wrong top-level type', 'hostile object'].includes(candidate.label));

const hostilePathValue: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }),
    fc.constantFrom('..', '%2e%2e%2f', '00000000-0000-0000-0000-00000000000g', '__proto__', 'constructor', 'x'.repeat(5_000), '%00', '%ff%fe', '1 OR 1=1'),
  )
  .map((value) => (/^%[0-9a-f]{2}/i.test(value) ? value : encodeURIComponent(value)));

/** Query strings that always carry at least one key no DTO declares, next to pollution and nesting tricks. */
const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(
        fc.constantFrom('__proto__[polluted]', 'constructor[prototype][polluted]', 'page', 'pageSize', 'from', 'q', `a${'[b]'.repeat(30)}`),
        fc.string({ unit: 'binary', maxLength: 40 }),
      ),
      fc.tuple(fc.constant('pageSize'), fc.constantFrom('-1', '1e309', '99999999999', 'NaN', '[]')),
    ),
    { maxLength: 6 },
  )
  .map((pairs) =>
    [['unknown_field', 'x'] as const, ...pairs]
      .map(([key, value]) => `${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(value)}`)
      .join('&'),
  );

interface Credentials {
  readonly sessions: Partial<Record<Role, SignedInSession>>;
  readonly apiKey: string;
}

function authorisationFor(route: RouteInputs, credentials: Credentials): Record<string, string> {
  const access = route.access;
  if (!access || access.kind === 'public') return {};
  if (access.kind === 'api-key') return { authorization: `Bearer ${credentials.apiKey}` };
  const role: Role = access.kind === 'roles' ? (access.roles[0] as Role) : 'clinician';
  return { authorization: `Bearer ${credentials.sessions[role]?.accessToken ?? ''}` };
}

/** Null for a public GET with no parameters (health): it has no input to get wrong. */
/** Routes that read their query string themselves (the OpenID Connect callback hands it whole to the relying party). */
const READS_RAW_QUERY: ReadonlySet<string> = new Set(['GET /api/auth/oidc/callback']);

function hostileRequests(route: RouteInputs, credentials: Credentials): fc.Arbitrary<HostileRequest> | null {
  const auth = authorisationFor(route, credentials);
  const params = fc.tuple(...route.pathParams.map(() => hostilePathValue));
  const withParams = (values: string[]) => route.pathParams.reduce((path, name, index) => path.replace(`:${name}`, values[index] as string), route.publicPath);
  const kinds: fc.Arbitrary<HostileRequest>[] = [];
  const canSendBody = route.method !== 'GET' && route.method !== 'HEAD';
  if (canSendBody) {
    kinds.push(
      fc.tuple(route.takesBody ? hostileBody : unparseableBody, params).map(([body, values]) => ({
        label: `body: ${body.label}`,
        path: route.pathParams.length > 0 ? withParams(values) : route.publicPath,
        headers: { ...auth, 'content-type': body.contentType },
        body: body.body,
      })),
    );
  }
  if (route.pathParams.length > 0) {
    kinds.push(
      params.map((values) => ({
        label: 'path parameter',
        path: withParams(values),
        headers: { ...auth, ...(canSendBody ? { 'content-type': 'application/json' } : {}) },
        body: canSendBody ? '{}' : undefined,
      })),
    );
  }
  if (route.takesQuery) {
    kinds.push(hostileQuery.map((query) => ({ label: 'query string', path: `${route.publicPath}?${query}`, headers: auth })));
  }
  if (route.access && route.access.kind !== 'public') {
    // Forged or broken credentials: refused before any handler, whatever the route does.
    const forged = fc.oneof(
      fc.string({ maxLength: 200 }).map((token) => `Bearer ${token.replace(/[^\x21-\x7e]/g, 'x')}`),
      fc.constantFrom('Bearer', 'Basic YWRtaW46YWRtaW4=', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJyb290In0.', `Bearer ${'A'.repeat(8_000)}`),
    );
    kinds.push(
      forged.map((authorization) => ({ label: 'forged credentials', path: route.publicPath.replace(/:[A-Za-z]+/g, 'x'), headers: { authorization } })),
    );
  }
  return kinds.length > 0 ? fc.oneof(...kinds) : null;
}

function parseErrorShape(text: string): { statusCode?: unknown; error?: unknown; message?: unknown } | null {
  try {
    return JSON.parse(text) as { statusCode?: unknown; error?: unknown; message?: unknown };
  } catch {
    return null;
  }
}

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = (await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )) as { table_name: string }[];
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    // Refused requests are audited on purpose (access.denied, failed sign-in): that trail is meant to grow.
    if (table.startsWith('audit_event')) continue;
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`)) as { n: number }[];
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

describe(`${ApiErrorFilter.name} against hostile input on every registered route`, () => {
  let sut: RunningApi;
  let routes: RouteInputs[];
  let credentials: Credentials;

  beforeAll(async () => {
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, MEDLOCAL_API_KEYS: SERVICE_API_KEY, BODY_LIMIT: `${BODY_LIMIT_BYTES / 1024}kb` } });
    routes = collectRouteInputs(sut.app).map((route) => (READS_RAW_QUERY.has(`${route.method} ${route.publicPath}`) ? { ...route, takesQuery: true } : route));
    const sessions: Partial<Record<Role, SignedInSession>> = {};
    for (const role of ['clinician', 'admin', 'auditor', 'researcher'] as const) sessions[role] = await loginAs(sut, role);
    credentials = { sessions, apiKey: SERVICE_API_KEY };
  });

  afterAll(async () => {
    expect(egressRefusalsSince(0)).toEqual([]);
    await sut?.stop();
  });

  it('answers 400 to a damaged compressed body (gzip, deflate, brotli), before anything reads it', async () => {
    const truncatedGzip = gzipSync(JSON.stringify({ username: 'x', password: 'y' })).subarray(0, 12);
    const bodies: [string, Uint8Array][] = [
      ['gzip', truncatedGzip],
      ['gzip', new TextEncoder().encode('not gzip at all')],
      ['deflate', new TextEncoder().encode('not deflate at all')],
      ['br', new Uint8Array([0xff, 0xff, 0xff, 0xff])],
    ];
    for (const path of ['/api/auth/login', '/v1/chat/completions']) {
      for (const [encoding, body] of bodies) {
        const response = await fetch(`${sut.baseUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': encoding },
          body: body as BodyInit,
        });
        expect({ path, encoding, status: response.status }).toEqual({ path, encoding, status: 400 });
        expect(((await response.json()) as { message: string }).message).toMatch(/compressed|could not be read/i);
      }
    }
  });

  it('finds the routes to walk', () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
    expect(routes.filter((route) => route.takesBody).length).toBeGreaterThanOrEqual(8);
  });

  it(`answers every hostile request with a 4xx in the common error shape and writes nothing (${RUNS_PER_ROUTE} runs per route)`, async () => {
    const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
    const before = await rowCounts(dataSource);
    const failures: string[] = [];
    const walked: string[] = [];
    for (const route of routes) {
      const requests = hostileRequests(route, credentials);
      if (!requests) continue;
      walked.push(`${route.method} ${route.publicPath}`);
      await fc
        .assert(
          fc.asyncProperty(requests, async (request) => {
            const body = typeof request.body === 'string' || request.body === undefined ? request.body : new Uint8Array(request.body);
            const response = await fetch(`${sut.baseUrl}${request.path}`, { method: route.method, headers: request.headers, body });
            const text = await response.text();
            const answer = parseErrorShape(text);
            const shaped = answer !== null && answer.statusCode === response.status && typeof answer.error === 'string' && typeof answer.message === 'string';
            if (response.status < 400 || response.status >= 500 || !shaped) {
              failures.push(`${route.method} ${route.publicPath} [${request.label}] -> ${response.status} ${text.slice(0, 160)}`);
              return false;
            }
            return true;
          }),
          { numRuns: RUNS_PER_ROUTE, seed: 20261128, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(failures).toEqual([]);
    // Only routes that take nothing a caller could make hostile (public GETs without parameters or query) are not walked.
    const nothingToSend = routes.filter((route) => hostileRequests(route, credentials) === null).map((route) => `${route.method} ${route.publicPath}`);
    expect(nothingToSend.every((key) => key.startsWith('GET '))).toBe(true);
    expect(walked.length).toBe(routes.length - nothingToSend.length);
    expect(await rowCounts(dataSource)).toEqual(before);
    // qs and JSON.parse must not have let a `__proto__` key reach Object.prototype.
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  }, 240_000);
});
