import { Logger } from '@nestjs/common';
import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { Client, Filter, InvalidCredentialsError, type Entry } from 'ldapts';
import type { DirectoryConfig } from '../../config';
import { DirectoryUnavailableError, type Directory, type DirectoryAuthentication, type DirectoryFailureReason, type DirectoryLookup } from './directory.port';
import { userFilterFor } from './user-filter.util';

/** Nested groups are followed this many levels up; deeper chains are a directory design problem. */
const MAX_GROUP_NESTING = 8;
/** Members named in one group search, so a filter stays a reasonable size. */
const MEMBERS_PER_SEARCH = 50;
const GROUP_CLASSES = '(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=group))';
const TLS_ERROR = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL|EPROTO|HOSTNAME|ALTNAME/i;

/**
 * LDAP / Active Directory through ldapts: a service-account bind to find the user, a bind as the
 * user to check the password (on its own connection, so the service connection keeps its rights),
 * then group membership: `memberOf` of the entry and every group naming the user or one of its
 * groups as `member`/`uniqueMember`, level by level (nested groups on OpenLDAP and AD alike).
 * Passwords go to the directory only, over LDAPS or StartTLS unless plain LDAP was allowed.
 */
export class LdapDirectory implements Directory {
  private readonly logger = new Logger('Directory');

  constructor(private readonly config: DirectoryConfig) {}

  async authenticate(params: { username: string; password: string }): Promise<DirectoryAuthentication> {
    return this.asService(async (service) => {
      const entry = await this.findEntry(service, params.username);
      if (entry.kind !== 'found') return entry;
      if (!(await this.passwordAccepted(entry.entry.dn, params.password))) return { kind: 'bad_password' };
      return {
        kind: 'authenticated',
        displayName: displayNameOf(entry.entry, params.username),
        subjectId: subjectIdOf(entry.entry),
        groupDns: await this.groupsOf(service, entry.entry),
      };
    });
  }

  async lookUp(params: { username: string }): Promise<DirectoryLookup> {
    return this.asService(async (service) => {
      const entry = await this.findEntry(service, params.username);
      if (entry.kind !== 'found') return entry;
      return {
        kind: 'found',
        displayName: displayNameOf(entry.entry, params.username),
        subjectId: subjectIdOf(entry.entry),
        groupDns: await this.groupsOf(service, entry.entry),
      };
    });
  }

  private async asService<T>(work: (service: Client) => Promise<T>): Promise<T> {
    const service = this.client();
    try {
      await this.open(service);
      await this.bindService(service);
      return await work(service);
    } finally {
      await service.unbind().catch(() => undefined);
    }
  }

  private async findEntry(service: Client, username: string): Promise<{ kind: 'unknown_user' } | { kind: 'ambiguous_user' } | { kind: 'found'; entry: Entry }> {
    const found = await this.run('user search', () =>
      service.search(this.config.searchBase, {
        scope: 'sub',
        filter: userFilterFor({ template: this.config.userFilter, username }),
        attributes: ['cn', 'displayName', 'memberOf', 'entryUUID', 'objectGUID'],
        explicitBufferAttributes: ['objectGUID'],
      }),
    );
    if (found.searchEntries.length === 0) return { kind: 'unknown_user' };
    if (found.searchEntries.length > 1) {
      this.logger.warn(
        { event: 'directory.ambiguous_user', entries: found.searchEntries.length },
        'LDAP_USER_FILTER matches more than one directory entry for a username; access refused',
      );
      return { kind: 'ambiguous_user' };
    }
    return { kind: 'found', entry: found.searchEntries[0] };
  }

  private client(): Client {
    // TLS options only for ldaps://: given to an ldap:// client, ldapts applies them to the plain
    // connection too and the server drops the StartTLS handshake.
    const ldaps = this.config.url.toLowerCase().startsWith('ldaps:');
    return new Client({
      url: this.config.url,
      timeout: this.config.timeoutMs,
      connectTimeout: this.config.timeoutMs,
      ...(ldaps ? { tlsOptions: this.tlsOptions() } : {}),
    });
  }

  /**
   * The certificate must name LDAP_URL's host. ldapts's startTLS hands these options to tls.connect with
   * the plain socket and no host, so the name is given here rather than left to Node's fallback on the socket;
   * SNI only for a DNS name (RFC 6066 forbids an IP address there).
   */
  private tlsOptions(): ConnectionOptions {
    const { host } = this.config;
    return { minVersion: 'TLSv1.2', host, ...(isIP(host) === 0 ? { servername: host } : {}), ...(this.config.caPem ? { ca: [this.config.caPem] } : {}) };
  }

  private async open(client: Client): Promise<void> {
    if (this.config.startTls) await this.run('StartTLS', () => client.startTLS(this.tlsOptions()));
  }

  private async bindService(client: Client): Promise<void> {
    try {
      await client.bind(this.config.bindDn, this.config.bindPassword);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) {
        this.logger.error({ event: 'directory.service_bind_refused' }, 'The directory refused the service account: check LDAP_BIND_DN and LDAP_BIND_PASSWORD');
        throw new DirectoryUnavailableError('directory_service_bind_refused', 'The directory refused the service account', { cause: error });
      }
      throw this.unavailable('service bind', error);
    }
  }

  /** An empty password would be an unauthenticated bind, which directories accept: never tried. */
  private async passwordAccepted(dn: string, password: string): Promise<boolean> {
    if (password.length === 0) return false;
    const user = this.client();
    try {
      await this.open(user);
      await user.bind(dn, password);
      return true;
    } catch (error) {
      if (error instanceof InvalidCredentialsError) return false;
      throw error instanceof DirectoryUnavailableError ? error : this.unavailable('user bind', error);
    } finally {
      await user.unbind().catch(() => undefined);
    }
  }

  private async groupsOf(client: Client, entry: Entry): Promise<string[]> {
    const groups = new Map<string, string>();
    for (const dn of valuesOf(entry['memberOf'])) groups.set(dn.toLowerCase(), dn);
    let frontier = [entry.dn, ...groups.values()];
    for (let level = 0; level < MAX_GROUP_NESTING && frontier.length > 0; level += 1) {
      const next: string[] = [];
      for (let start = 0; start < frontier.length; start += MEMBERS_PER_SEARCH) {
        const members = frontier.slice(start, start + MEMBERS_PER_SEARCH);
        const memberFilter = members.map((dn) => `(member=${Filter.escape(dn)})(uniqueMember=${Filter.escape(dn)})`).join('');
        const found = await this.run('group search', () =>
          client.search(this.config.groupSearchBase, { scope: 'sub', filter: `(&${GROUP_CLASSES}(|${memberFilter}))`, attributes: ['cn'] }),
        );
        for (const group of found.searchEntries) {
          const key = group.dn.toLowerCase();
          if (!groups.has(key)) next.push(group.dn);
          groups.set(key, group.dn);
        }
      }
      // Groups already known through memberOf were searched in this round; only new ones go up a level.
      frontier = next;
    }
    return [...groups.values()];
  }

  private async run<T>(step: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw this.unavailable(step, error);
    }
  }

  private unavailable(step: string, error: unknown): DirectoryUnavailableError {
    if (error instanceof DirectoryUnavailableError) return error;
    const reason = failureReasonOf(error);
    const err = error as { name?: string; code?: unknown; message?: string };
    // Names, codes and the library's message only: it never holds a password.
    this.logger.warn(
      { event: 'directory.unavailable', step, reason, err: { name: err.name, code: err.code, message: err.message } },
      `Directory ${step} failed (${reason}) at ${this.config.url}`,
    );
    return new DirectoryUnavailableError(reason, `Directory ${step} failed`, { cause: error });
  }
}

function failureReasonOf(error: unknown): DirectoryFailureReason {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = `${typeof code === 'string' ? code : ''} ${typeof message === 'string' ? message : ''}`;
  if (TLS_ERROR.test(text)) return 'directory_tls_failed';
  if (/timeout|timed out|ETIMEDOUT/i.test(text)) return 'directory_timeout';
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EAI_AGAIN|EGRESS_BLOCKED|closed|not connected/i.test(text)) return 'directory_unreachable';
  return 'directory_error';
}

function valuesOf(value: Entry[string] | undefined): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (Buffer.isBuffer(item) ? item.toString('utf8') : String(item))).filter((item) => item.length > 0);
}

/** entryUUID (OpenLDAP, RFC 4530), objectGUID (Active Directory, 16 bytes), or the DN when the directory has neither. */
function subjectIdOf(entry: Entry): string {
  const entryUuid = valuesOf(entry['entryUUID'])[0];
  if (entryUuid) return entryUuid.toLowerCase();
  const guid = entry['objectGUID'];
  const guidBytes = Array.isArray(guid) ? guid[0] : guid;
  if (Buffer.isBuffer(guidBytes) && guidBytes.length === 16) return `objectGUID:${guidBytes.toString('hex')}`;
  return `dn:${entry.dn.replace(/\s*([,=+])\s*/g, '$1').toLowerCase()}`;
}

function displayNameOf(entry: Entry, username: string): string {
  const name = valuesOf(entry['displayName'])[0] ?? valuesOf(entry['cn'])[0] ?? username;
  return name.slice(0, 100);
}
