import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Issue 18: the image built from deploy/container/Containerfile (CPU variant) by podman, from the
 * locally made Debian base image, run the way the deployment guide runs it: an `--internal` network,
 * read-only root, no capabilities, data on a volume. Everything is checked from inside the container
 * (container-probe.mjs through `podman exec`), so the answers are what the containerised server sees.
 *
 * Runs as npm test's last step where MEDLOCAL_TEST_CONTAINER=1 (CI sets it): a cold build downloads the npm
 * dependencies and builds the API and the console inside the image (about 20 minutes on 2 shared cores); with
 * podman's layer cache (lock file unchanged) it is a few minutes. Needs root podman, runc (or a crun that accepts this host's cgroups) and the base image
 * or debootstrap to make it. MEDLOCAL_TEST_CONTAINER_IMAGE=<tag> runs an already built image.
 */
const ENABLED = process.env['MEDLOCAL_TEST_CONTAINER'] === '1';
const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
const BASE_IMAGE = 'docker.io/library/debian:trixie-slim';
const ADMIN = { username: 'root.admin', password: 'Bootstrap-Admin-2026!x' };
const BUILD_TIMEOUT_MS = 40 * 60_000;
/** The deployment guide's containers have no IPv6: an internal network's bridge still answers on its link-local address. */
const NO_IPV6 = ['--sysctl', 'net.ipv6.conf.all.disable_ipv6=1', '--sysctl', 'net.ipv6.conf.default.disable_ipv6=1'];

describe.skipIf(!ENABLED)('container image (opt-in: MEDLOCAL_TEST_CONTAINER=1; root podman + runc, builds the image)', () => {
  const name = `medlocal-test-${process.pid}`;
  const network = `medlocal-test-net-${process.pid}`;
  let folder: string;
  let engineEnv: NodeJS.ProcessEnv;
  let image: string;
  let hostListener: net.Server;
  let hostListenerPort: number;
  let startToHealthyMs: number;

  const podman = (args: string[], options: { input?: string; timeoutMs?: number } = {}): SpawnSyncReturns<string> =>
    spawnSync('podman', args, { env: engineEnv, encoding: 'utf8', input: options.input, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 });
  const mustPodman = (args: string[], options: { input?: string; timeoutMs?: number } = {}): string => {
    const result = podman(args, options);
    if (result.status !== 0) throw new Error(`podman ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}\n${result.stdout}`);
    return result.stdout;
  };
  const probe = async (kind: string, env: Record<string, string> = {}, container = name): Promise<Record<string, unknown>> => {
    const script = await readFile(path.join(__dirname, 'container-probe.mjs'), 'utf8');
    const flags = Object.entries({ PROBE: kind, ...env }).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
    const out = mustPodman(['exec', '-i', ...flags, container, 'node', '--input-type=module', '-'], { input: script, timeoutMs: 180_000 });
    return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
  };

  /** A MedLocal container the way the deployment guide runs it: internal network, read-only root, no capabilities. */
  const runMedLocal = async (container: string, tag: string, extra: { args?: string[]; env?: string[] } = {}): Promise<void> => {
    const data = path.join(folder, `data-${container}`);
    await mkdir(data, { mode: 0o700 });
    await chown(data, 10001, 10001);
    mustPodman([
      'run',
      '-d',
      '--name',
      container,
      '--network',
      network,
      '--read-only',
      '--tmpfs',
      '/tmp:size=64m,mode=1777',
      '--cap-drop',
      'ALL',
      '--security-opt',
      'no-new-privileges',
      ...NO_IPV6,
      '-v',
      `${data}:/var/lib/medlocal`,
      ...(extra.args ?? []),
      ...[
        'MEDLOCAL_MODE=demo',
        `ADMIN_USERNAME=${ADMIN.username}`,
        `ADMIN_PASSWORD=${ADMIN.password}`,
        'INFERENCE_CONTEXT_SIZE=2048',
        'INFERENCE_MAX_ANSWER_TOKENS=120',
        'INFERENCE_THOUGHT_BUDGET_TOKENS=16',
        'INFERENCE_THREADS=1',
        ...(extra.env ?? []),
      ].flatMap((pair) => ['-e', pair]),
      tag,
    ]);
  };
  /** localhost/medlocal-postgres:<major>, which npm run image:build makes beside the app. */
  const bundledDatabaseImage = (): string | undefined =>
    mustPodman(['images', '--format', '{{.Repository}}:{{.Tag}}'])
      .split('\n')
      .map((tag) => tag.trim())
      .find((tag) => /^localhost\/medlocal-postgres:\d+$/.test(tag));
  /**
   * A secret file as `npm run secrets -- --owner 10001` writes it (0600, uid 10001), mounted read-only the way
   * compose mounts file secrets: MedLocal reads it as 10001, the database image's entrypoint as root.
   */
  const secretFile = async (fileName: string, content: string): Promise<string> => {
    const file = path.join(folder, fileName);
    await writeFile(file, content, { mode: 0o600 });
    await chown(file, 10001, 10001);
    return `${file}:/run/secrets/${fileName}:ro`;
  };
  /** The image's own HEALTHCHECK, run on demand until it passes; the container's logs when it stops or the deadline passes. */
  const waitHealthy = async (container: string, deadline: number): Promise<void> => {
    for (;;) {
      if (podman(['healthcheck', 'run', container]).status === 0) return;
      const state = podman(['inspect', '--format', '{{.State.Status}}', container]).stdout.trim();
      if (state !== 'running' || Date.now() > deadline)
        throw new Error(`container ${container} ${state}, not healthy:\n${podman(['logs', container]).stdout}${podman(['logs', container]).stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-container-'));
    engineEnv = { ...process.env, CONTAINERS_CONF: await writeEngineConfig(folder) };

    if (podman(['image', 'exists', BASE_IMAGE]).status !== 0) {
      const made = spawnSync('sh', [path.join(WORKSPACE_ROOT, 'deploy/container/make-base-image.sh')], {
        env: engineEnv,
        encoding: 'utf8',
        timeout: 20 * 60_000,
      });
      if (made.status !== 0) throw new Error(`make-base-image.sh failed:\n${made.stderr}`);
    }
    image = process.env['MEDLOCAL_TEST_CONTAINER_IMAGE'] ?? buildImage(engineEnv);

    hostListener = net.createServer((socket) => {
      // The host-side check below hangs up at once: a reset here is expected, not a failure.
      socket.on('error', () => undefined);
      socket.end('host service\n');
    });
    await new Promise<void>((resolve) => hostListener.listen(0, '127.0.0.2', resolve));
    hostListenerPort = (hostListener.address() as net.AddressInfo).port;

    // As the deployment guide makes it: no gateway, and no DNS server (with one, podman's forwards unknown names
    // to the host's resolver, a way out). Without DNS the host gets no address on this network's bridge either.
    mustPodman(['network', 'create', '--internal', '--disable-dns', network]);
    const started = Date.now();
    await runMedLocal(name, image);
    await waitHealthy(name, started + 300_000); // first start on a busy 2-core machine has taken 150 s
    startToHealthyMs = Date.now() - started;
    console.log(`container image test: ${image} healthy ${(startToHealthyMs / 1000).toFixed(1)} s after podman run`);
  }, BUILD_TIMEOUT_MS + 300_000);

  afterAll(async () => {
    if (!engineEnv) return;
    // -v: with the anonymous volumes the images declare (data and logs folders), or each run leaves them behind
    podman(['rm', '-f', '-v', '-t', '0', name, `${name}-db`, `${name}-on-db`, `${name}-proxy`]);
    podman(['volume', 'rm', '-f', `${name}-db-data`]);
    podman(['network', 'rm', '-f', network]);
    podman(['network', 'rm', '-f', `${network}-front`]);
    await new Promise((resolve) => (hostListener ? hostListener.close(resolve) : resolve(undefined)));
    await rm(folder, { recursive: true, force: true });
  });

  it('becomes healthy through its own HEALTHCHECK', () => {
    expect(startToHealthyMs).toBeGreaterThan(0);
    // Only the docker image format carries HEALTHCHECK (podman drops it from OCI images): image.mjs asks for it.
    expect(mustPodman(['image', 'inspect', '--format', '{{json .HealthCheck}}', image])).toContain('/api/health');
  });

  it('runs the server as uid 10001 on a read-only root filesystem', async () => {
    expect(mustPodman(['inspect', '--format', '{{.HostConfig.ReadonlyRootfs}}', name]).trim()).toBe('true');
    const seen = await probe('identity');
    expect(seen['serverPid']).not.toBeNull();
    expect(seen['uid']).toEqual([10001, 10001]);
    expect(seen['gid']).toEqual([10001, 10001]);
    expect(String(seen['rootMountOptions']).split(',')).toContain('ro');
    expect(seen['writes']).toEqual({ '/var/lib/medlocal-anchors/probe': 'EROFS', '/etc/medlocal-probe': 'EROFS', '/medlocal-probe': 'EROFS' });
  });

  it("cannot reach the host's services or any address off its internal network", async () => {
    // The target is live: from the host it answers.
    const fromHost = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.2', port: hostListenerPort }, () => (socket.destroy(), resolve('connected')));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    expect(fromHost).toBe('connected');
    const seen = await probe('egress', {
      TARGETS: JSON.stringify([{ host: '127.0.0.2', port: hostListenerPort }]),
    });
    expect(seen[`127.0.0.2:${hostListenerPort}`]).toBe('ECONNREFUSED');
    // No gateway on an internal network: the container's routing table has its own subnet and no default route, so
    // nothing off that network is reachable (read from the kernel's table; the test sends nothing off loopback).
    expect(seen['routes']).toBeGreaterThan(0);
    expect(seen['defaultRoutes']).toBe(0);
    // Nor the host itself: the network has no gateway and no DNS server, so the host holds no IPv4 address on its
    // bridge (read from the host's own interface table), and the container has no IPv6 address to reach the
    // bridge's link-local one.
    const subnets = JSON.parse(mustPodman(['network', 'inspect', '--format', '{{json .Subnets}}', network])) as Array<{ gateway?: string }>;
    expect(subnets.every((subnet) => !subnet.gateway)).toBe(true);
    expect(mustPodman(['network', 'inspect', '--format', '{{.DNSEnabled}}', network]).trim()).toBe('false');
    const bridge = mustPodman(['network', 'inspect', '--format', '{{.NetworkInterface}}', network]).trim();
    const bridgeAddresses = spawnSync('ip', ['-4', '-o', 'addr', 'show', 'dev', bridge], { encoding: 'utf8' });
    expect(bridgeAddresses.status).toBe(0);
    expect(bridgeAddresses.stdout.trim()).toBe('');
    expect(seen['ipv6Addresses']).toBe(0);
  });

  it("streams a clinician's question to done on the demo model and the embedded database", async () => {
    const seen = await probe('chat', { ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password });
    expect(seen['status'], String(seen['tail'])).toBe(200);
    expect(seen['contentType']).toMatch(/^text\/event-stream/);
    const events = seen['events'] as string[];
    expect(events.at(-1), String(seen['tail'])).toBe('done');
    expect(events.filter((event) => event === 'answer' || event === 'thought').length).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it('runs on the PostgreSQL image of the offline bundle, on the same internal network: a question streams to done and its audit event is in that database', async () => {
    const database = `${name}-db`;
    const server = `${name}-on-db`;
    const databaseImage = bundledDatabaseImage();
    expect(databaseImage, 'npm run image:build makes localhost/medlocal-postgres:<major>').toMatch(/^localhost\/medlocal-postgres:\d+$/);
    // As compose.yaml runs it: the password as a secret file, the data on a named volume.
    const password = randomBytes(24).toString('hex');
    mustPodman([
      'run',
      '-d',
      '--name',
      database,
      '--network',
      network,
      // compose.yaml's set: only what the entrypoint needs to take over the data folder and read the secret as root
      '--cap-drop',
      'ALL',
      '--cap-add',
      'CHOWN,DAC_OVERRIDE,FOWNER,SETUID,SETGID',
      '--security-opt',
      'no-new-privileges',
      ...NO_IPV6,
      '-v',
      await secretFile('postgres_password', `${password}\n`),
      '-v',
      `${name}-db-data:/var/lib/postgresql/data`,
      '-e',
      'POSTGRES_USER=medlocal',
      '-e',
      'POSTGRES_DB=medlocal',
      '-e',
      'POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password',
      databaseImage ?? '',
    ]);
    await waitHealthy(database, Date.now() + 180_000);
    const address = mustPodman(['inspect', '--format', `{{(index .NetworkSettings.Networks "${network}").IPAddress}}`, database]).trim();
    expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    // Only a password opens it: no role without one, no trust on the network.
    const refused = podman(['exec', '-e', 'PGPASSWORD=wrong', database, 'psql', '-h', address, '-U', 'medlocal', '-d', 'medlocal', '-tAc', 'SELECT 1']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/password authentication failed/);

    await runMedLocal(server, image, {
      args: ['-v', await secretFile('database_url', `postgres://medlocal:${password}@${address}:5432/medlocal\n`)],
      env: ['DATABASE_URL_FILE=/run/secrets/database_url'],
    });
    await waitHealthy(server, Date.now() + 300_000);

    const seen = await probe('chat', { ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password }, server);
    expect(seen['status'], String(seen['tail'])).toBe(200);
    expect((seen['events'] as string[]).at(-1), String(seen['tail'])).toBe('done');
    // Read by PostgreSQL itself: the answered question's audit event (kind and counts, never the text) is in its database.
    const events = mustPodman([
      'exec',
      database,
      'psql',
      '-U',
      'medlocal',
      '-d',
      'medlocal',
      '-tAc',
      "SELECT count(*) FROM audit_event WHERE action = 'chat.message'",
    ]);
    expect(Number(events.trim())).toBe(1);
    const version = mustPodman(['exec', database, 'psql', '-U', 'medlocal', '-d', 'medlocal', '-tAc', 'SHOW server_version_num']);
    expect(Number(version.trim())).toBeGreaterThanOrEqual(150000);
    // MedLocal's role owns its database and nothing more: with its password, no program runs in the database's
    // container, and the superuser cannot sign in over the network at all.
    const asMedLocal = (user: string, sql: string) =>
      podman(['exec', '-e', `PGPASSWORD=${password}`, database, 'psql', '-X', '-h', address, '-U', user, '-d', 'medlocal', '-tAc', sql]);
    expect(asMedLocal('medlocal', 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user').stdout.trim()).toBe('f');
    const program = asMedLocal('medlocal', "CREATE TEMP TABLE probe (line text); COPY probe FROM PROGRAM 'id'");
    expect(program.status).not.toBe(0);
    expect(program.stderr).toMatch(/permission denied to COPY to or from an external program/);
    expect(asMedLocal('postgres', 'SELECT 1').stderr).toMatch(/password authentication failed/);
  }, 600_000);

  it("serves MedLocal over HTTPS through the proxy image, run as compose runs it: read-only root, only nginx's capabilities", async () => {
    // The MedLocal container of the test above, on the database; the proxy reaches it by name through /etc/hosts
    // (no DNS on the internal network) and publishes 443 on loopback only.
    const upstream = `${name}-on-db`;
    const proxy = `${name}-proxy`;
    const proxyImage = image.replace(/^localhost\/medlocal:([^-]+)-.*$/, 'localhost/medlocal-proxy:$1');
    const tls = path.join(folder, 'tls');
    await mkdir(tls, { mode: 0o700 });
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=medlocal.hospital.local',
        '-days',
        '1',
        '-keyout',
        path.join(tls, 'medlocal.key'),
        '-out',
        path.join(tls, 'medlocal.crt'),
      ],
      { encoding: 'utf8' },
    );
    expect(made.status, made.stderr).toBe(0);
    const upstreamAddress = mustPodman(['inspect', '--format', `{{(index .NetworkSettings.Networks "${network}").IPAddress}}`, upstream]).trim();
    mustPodman(['network', 'create', `${network}-front`]);
    const port = await freeLoopbackPort();
    mustPodman([
      'run',
      '-d',
      '--name',
      proxy,
      '--network',
      network,
      '--network',
      `${network}-front`,
      '-p',
      `127.0.0.1:${port}:443`,
      '--add-host',
      `medlocal:${upstreamAddress}`,
      '--dns',
      '127.0.0.1',
      '--read-only',
      '--tmpfs',
      '/var/lib/nginx',
      '--tmpfs',
      '/var/log/nginx',
      // compose.yaml's set: bind 443 and 80, read its logs folder, switch the workers to www-data
      '--cap-drop',
      'ALL',
      '--cap-add',
      'NET_BIND_SERVICE,SETUID,SETGID,CHOWN,DAC_OVERRIDE',
      '--security-opt',
      'no-new-privileges',
      '-v',
      `${tls}:/etc/medlocal/tls:ro`,
      proxyImage,
    ]);
    const ca = await readFile(path.join(tls, 'medlocal.crt'));
    const get = (target: string) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const request = https.get({ host: '127.0.0.1', port, path: target, ca, servername: 'medlocal.hospital.local', timeout: 10_000 }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        });
        request.on('timeout', () => request.destroy(new Error('timeout')));
        request.on('error', reject);
      });
    let health: Awaited<ReturnType<typeof get>> | undefined;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 500))) {
      health = await get('/api/health').catch(() => undefined);
      if (health?.status === 200) break;
    }
    expect(health?.status, `${health?.body ?? ''}\n${podman(['logs', proxy]).stderr}`).toBe(200);
    expect(health?.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const consolePage = await get('/');
    expect(consolePage.status).toBe(200);
    expect(consolePage.body).toMatch(/<html/i);
    // The workers run as www-data with no capabilities; only the master (root) keeps compose's five.
    const workers = mustPodman(['exec', proxy, 'sh', '-c', 'grep -l "^Name:.*nginx" /proc/[0-9]*/status | xargs grep -h -E "^(Uid|CapEff):"']);
    expect(workers).toMatch(/^Uid:\s+33\s/m);
    expect(workers).toMatch(/^CapEff:\s+0000000000000000$/m);
  }, 180_000);

  it('holds no setuid or setgid program in the app image or the database image', () => {
    for (const tag of [image, bundledDatabaseImage() ?? 'localhost/medlocal-postgres (not built)']) {
      // As root inside a throw-away container, so no folder is hidden from find by its permissions.
      const found = podman(['run', '--rm', '--network', 'none', '--user', '0', '--entrypoint', 'find', tag, '/', '-xdev', '-type', 'f', '-perm', '/6000']);
      expect(found.status, `${tag}: ${found.stderr}`).toBe(0);
      expect(found.stdout.trim(), tag).toBe('');
    }
  });

  it('stops on SIGTERM through tini with a clean exit', () => {
    mustPodman(['stop', '-t', '30', name], { timeoutMs: 60_000 });
    expect(mustPodman(['inspect', '--format', '{{.State.ExitCode}}', name]).trim()).toBe('0');
  }, 90_000);
});

/**
 * podman's defaults ask the kernel for more open files and processes than a host without
 * CAP_SYS_RESOURCE grants (`setrlimit … Operation not permitted`): ask for this process's own
 * limits instead. crun refuses cgroup v1 hosts with controllers on the v2 hierarchy ("hybrid mode"),
 * runc accepts them: use runc where installed.
 */
async function writeEngineConfig(folder: string): Promise<string> {
  const limits = await readFile('/proc/self/limits', 'utf8');
  const hard = (label: string) =>
    Number(
      limits
        .split('\n')
        .find((line) => line.startsWith(label))
        ?.trim()
        .split(/\s{2,}/)[2],
    );
  const files = Math.min(hard('Max open files') || 1024, 65536);
  const runtime = spawnSync('sh', ['-c', 'command -v runc']).status === 0 ? '[engine]\nruntime = "runc"\n' : '';
  const file = path.join(folder, 'containers.conf');
  await writeFile(file, `[containers]\ndefault_ulimits = ["nofile=${files}:${files}", "nproc=4096:4096"]\n${runtime}`);
  return file;
}

/** npm run image:build (CPU): podman's layer cache keeps npm ci while package-lock.json and the CA are unchanged. */
function buildImage(env: NodeJS.ProcessEnv): string {
  const started = Date.now();
  // Behind a TLS-inspecting proxy (this CI's registry access), npm ci inside the build needs its CA.
  const buildCa = process.env['MEDLOCAL_TEST_CONTAINER_BUILD_CA'] ?? process.env['NODE_EXTRA_CA_CERTS'];
  // The npm cache this machine's own npm ci filled: the build's npm ci reads the same locked packages from it instead of
  // downloading them again (a cold build's longest step).
  const npmCache = spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout.trim();
  const cacheArgs = npmCache && existsSync(path.join(npmCache, '_cacache')) ? ['--npm-cache', npmCache] : [];
  const args = ['build', '--variant', 'cpu', '--engine', 'podman', ...(buildCa ? ['--build-ca', buildCa] : []), ...cacheArgs];
  const built = spawnSync(process.execPath, [path.join(WORKSPACE_ROOT, 'tools/deploy/image.mjs'), ...args], {
    cwd: WORKSPACE_ROOT,
    env,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (built.status !== 0) throw new Error(`image build failed (${built.status ?? built.signal}):\n${built.stderr.slice(-4000)}\n${built.stdout.slice(-4000)}`);
  const tag = built.stdout.match(/^Built (\S+?),? /m)?.[1];
  if (!tag) throw new Error(`image build printed no tag:\n${built.stdout.slice(-2000)}`);
  console.log(`container image test: built ${tag} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return tag;
}

/** A free port on 127.0.0.1, for a port the container engine publishes. */
async function freeLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
