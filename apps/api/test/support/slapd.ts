import childProcess, { type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// Taken when this module loads, before a test's API installs its egress guard (which refuses
// launches that are not MedLocal's own): slapd is the test's server, restarted mid-test to
// simulate an outage, not a process MedLocal starts.
const spawn = childProcess.spawn;
const run = promisify(childProcess.execFile);

/** Debian's OpenLDAP server (`apt-get install slapd ldap-utils`); directory tests skip without it. */
export const SLAPD = '/usr/sbin/slapd';
const SLAPADD = '/usr/sbin/slapadd';
const SCHEMAS = ['core', 'cosine', 'inetorgperson', 'nis'];

export function slapdInstalled(): boolean {
  return existsSync(SLAPD) && existsSync(SLAPADD);
}

export interface TestDirectory {
  readonly suffix: string;
  readonly rootDn: string;
  readonly rootPassword: string;
  /** ldap:// (for StartTLS) and ldaps:// on loopback. */
  readonly ldapUrl: string;
  readonly ldapsUrl: string;
  /** The self-signed CA that signed the server's certificate (SAN IP:127.0.0.1, DNS:localhost). */
  readonly caFile: string;
  /** A second CA that signed nothing here: a client trusting only it must refuse the server. */
  readonly otherCaFile: string;
  readonly folder: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
}

/**
 * A real OpenLDAP server for one test file: a temporary folder with a CA and server certificate
 * made by openssl, a slapd.conf (mdb database), the entries loaded offline with slapadd, and slapd
 * in the foreground on two free loopback ports (plain LDAP for StartTLS, and LDAPS).
 */
export async function startTestDirectory(params: {
  suffix: string;
  rootPassword: string;
  ldif: string;
  /** The server certificate's subjectAltName; default `IP:127.0.0.1,DNS:localhost`. */
  certificateNames?: string;
  /** The memberof overlay: groups written while slapd runs appear in their members' `memberOf`, as on Active Directory. */
  memberOf?: boolean;
}): Promise<TestDirectory> {
  const folder = await mkdtemp(path.join(tmpdir(), 'medlocal-slapd-'));
  await makeCertificates(folder, params.certificateNames ?? 'IP:127.0.0.1,DNS:localhost');
  const rootDn = `cn=admin,${params.suffix}`;
  await mkdir(path.join(folder, 'data'), { recursive: true });
  const conf = path.join(folder, 'slapd.conf');
  await writeFile(
    conf,
    [
      ...SCHEMAS.map((schema) => `include /etc/ldap/schema/${schema}.schema`),
      'modulepath /usr/lib/ldap',
      'moduleload back_mdb',
      ...(params.memberOf ? ['moduleload memberof'] : []),
      `pidfile ${path.join(folder, 'slapd.pid')}`,
      `TLSCACertificateFile ${path.join(folder, 'ca.crt')}`,
      `TLSCertificateFile ${path.join(folder, 'server.crt')}`,
      `TLSCertificateKeyFile ${path.join(folder, 'server.key')}`,
      'database mdb',
      `suffix "${params.suffix}"`,
      `rootdn "${rootDn}"`,
      `rootpw ${params.rootPassword}`,
      `directory ${path.join(folder, 'data')}`,
      'maxsize 16777216',
      ...(params.memberOf ? ['overlay memberof', 'memberof-group-oc groupOfNames', 'memberof-member-ad member', 'memberof-memberof-ad memberOf'] : []),
      'access to attrs=userPassword by self write by anonymous auth by * none',
      'access to * by * read',
      '',
    ].join('\n'),
  );
  const ldif = path.join(folder, 'entries.ldif');
  await writeFile(ldif, params.ldif);
  await run(SLAPADD, ['-f', conf, '-l', ldif]);
  const [ldapPort, ldapsPort] = [await freePort(), await freePort()];
  const ldapUrl = `ldap://127.0.0.1:${ldapPort}`;
  const ldapsUrl = `ldaps://127.0.0.1:${ldapsPort}`;
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    output = '';
    child = spawn(SLAPD, ['-f', conf, '-h', `${ldapUrl}/ ${ldapsUrl}/`, '-d', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForPort(ldapsPort, () => (child?.exitCode !== null ? `slapd exited (${child?.exitCode}): ${output}` : undefined));
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await Promise.race([exited, delay(5_000).then(() => running.kill('SIGKILL'))]);
    await exited;
  };
  await start();
  return {
    suffix: params.suffix,
    rootDn,
    rootPassword: params.rootPassword,
    ldapUrl,
    ldapsUrl,
    caFile: path.join(folder, 'ca.crt'),
    otherCaFile: path.join(folder, 'other-ca.crt'),
    folder,
    start,
    stop,
    async remove() {
      await stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function makeCertificates(folder: string, certificateNames: string): Promise<void> {
  const file = (name: string) => path.join(folder, name);
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', ['req', '-x509', ...ecKey, '-keyout', file('ca.key'), '-out', file('ca.crt'), '-days', '2', '-subj', '/CN=MedLocal Test Directory CA']);
  await run('openssl', ['req', '-x509', ...ecKey, '-keyout', file('other-ca.key'), '-out', file('other-ca.crt'), '-days', '2', '-subj', '/CN=Some Other CA']);
  await run('openssl', ['req', ...ecKey, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1']);
  await writeFile(file('server.ext'), `subjectAltName=${certificateNames}\nextendedKeyUsage=serverAuth\n`);
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.crt'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.crt'),
    '-days',
    '2',
    '-extfile',
    file('server.ext'),
  ]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, failed: () => string | undefined): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const problem = failed();
    if (problem) throw new Error(problem);
    if (await canConnect(port)) return;
    await delay(50);
  }
  throw new Error(`slapd did not listen on 127.0.0.1:${port} within 15 s`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
