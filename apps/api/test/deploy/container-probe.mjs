// Runs INSIDE the MedLocal container (piped to `podman exec -i <ctr> node --input-type=module -`),
// so every check sees what the containerised process sees: its network namespace, its filesystem,
// its /proc. Prints one JSON line. PROBE selects the check; the test file asserts on the answer.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';

const probe = process.env.PROBE;
const base = 'http://127.0.0.1:6006';

if (probe === 'identity') console.log(JSON.stringify(identity()));
else if (probe === 'egress') console.log(JSON.stringify(await egress(JSON.parse(process.env.TARGETS ?? '[]'))));
else if (probe === 'chat') console.log(JSON.stringify(await chat()));
else throw new Error(`unknown PROBE ${probe}`);

/** The server process (not this probe): its uid/gid, and whether the root filesystem takes a write. */
function identity() {
  const server = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .find((pid) => {
      // Node itself, not tini (PID 1), whose arguments name main.js too.
      const [program, ...args] = readFileSafe(`/proc/${pid}/cmdline`).split('\0');
      return /(^|\/)node(js)?$/.test(program) && args.includes('/opt/medlocal/dist/apps/api/main.js');
    });
  const status = server ? readFileSafe(`/proc/${server}/status`) : '';
  const ids = (field) =>
    status
      .match(new RegExp(`^${field}:\\s+(\\d+)\\s+(\\d+)`, 'm'))
      ?.slice(1, 3)
      .map(Number) ?? null;
  const writes = {};
  // /var/lib/medlocal-anchors belongs to uid 10001 in the image (not a volume here): only a read-only root refuses it.
  for (const target of ['/var/lib/medlocal-anchors/probe', '/etc/medlocal-probe', '/medlocal-probe']) {
    try {
      writeFileSync(target, 'x');
      writes[target] = 'written';
    } catch (error) {
      writes[target] = error.code;
    }
  }
  const rootMount =
    readFileSafe('/proc/self/mounts')
      .split('\n')
      .find((line) => line.split(' ')[1] === '/') ?? '';
  return { serverPid: server ?? null, uid: ids('Uid'), gid: ids('Gid'), rootMountOptions: rootMount.split(' ')[3] ?? '', writes };
}

/**
 * A TCP connection attempt to each target (the error code, or 'connected'), and the routes the container's kernel
 * holds: on an internal network there is no default route (destination 00000000), so no packet can leave for any
 * address off that network. Reading the table proves it without sending anything anywhere but loopback.
 */
async function egress(targets) {
  const routes = readFileSafe('/proc/net/route')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length > 2);
  // IPv6 switched off in the container (deploy/README.md): no address at all, so not even the bridge's link-local one.
  const ipv6Addresses = readFileSafe('/proc/net/if_inet6')
    .split('\n')
    .filter((line) => line.trim() !== '').length;
  const results = { defaultRoutes: routes.filter((fields) => fields[1] === '00000000').length, routes: routes.length, ipv6Addresses };
  for (const { host, port } of targets) {
    results[`${host}:${port}`] = await new Promise((resolve) => {
      const socket = net.connect({ host, port, timeout: 5000 });
      socket.once('connect', () => (socket.destroy(), resolve('connected')));
      socket.once('timeout', () => (socket.destroy(), resolve('ETIMEDOUT')));
      socket.once('error', (error) => resolve(error.code ?? error.message));
    });
  }
  return results;
}

/** The admin creates a clinician; the clinician asks a question and reads the answer's stream to its end. */
async function chat() {
  const call = async (path, { method = 'GET', token, body } = {}) => {
    const headers = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };
  const signIn = async (username, password) => {
    const answer = await call('/api/auth/login', { method: 'POST', body: { username, password } });
    if (answer.status !== 200) throw new Error(`sign-in of ${username}: ${answer.status} ${answer.text}`);
    return JSON.parse(answer.text).accessToken;
  };
  const admin = await signIn(process.env.ADMIN_USERNAME, process.env.ADMIN_PASSWORD);
  const username = `clin.container.${process.pid}`;
  const initial = 'Initial-Pass-1-xZ9!';
  const password = 'Container-Test-Pass-2026!q';
  const created = await call('/api/admin/users', {
    method: 'POST',
    token: admin,
    body: { username, displayName: username, roles: ['clinician'], password: initial },
  });
  if (created.status !== 201) throw new Error(`create clinician: ${created.status} ${created.text}`);
  const first = await signIn(username, initial);
  const changed = await call('/api/auth/password', { method: 'POST', token: first, body: { currentPassword: initial, newPassword: password } });
  if (changed.status >= 300) throw new Error(`password change: ${changed.status} ${changed.text}`);
  const clinician = await signIn(username, password);
  const conversation = await call('/api/chat/conversations', { method: 'POST', token: clinician });
  if (conversation.status !== 201) throw new Error(`conversation: ${conversation.status} ${conversation.text}`);
  const { id } = JSON.parse(conversation.text);
  const answer = await call(`/api/chat/conversations/${id}/messages`, { method: 'POST', token: clinician, body: { content: '65岁男性,突发胸痛2小时' } });
  const events = answer.text
    .split('\n\n')
    .filter((frame) => frame.trim() && !frame.startsWith(':'))
    .map(
      (frame) =>
        frame
          .split('\n')
          .find((line) => line.startsWith('event: '))
          ?.slice('event: '.length) ?? 'message',
    );
  return { status: answer.status, contentType: answer.type, events, tail: answer.text.slice(-300) };
}

function readFileSafe(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
