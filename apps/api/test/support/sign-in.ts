import { vi } from 'vitest';
import { AUDIT_RECORDER, type AuditRecorder, type AuditRecordInput } from '../../src/common/audit/audit-recorder.port';
import type { Role } from '../../src/common/access/roles';
import { CLOCK, type Clock } from '../../src/accounts/common/clock';
import { SERVER_OPERATOR } from '../../src/accounts/access/server-operator';
import { UsersService } from '../../src/accounts/users/users.service';
import type { RunningApi } from './start-api';

/** The global admin every accounts test starts with (created by the first-start bootstrap). */
export const TEST_ADMIN = { username: 'root.admin', password: 'Bootstrap-Admin-2026!x' } as const;

/** Environment for `startApi` in accounts tests: a known admin and sign-in limits out of the way. */
export const ACCOUNTS_TEST_ENV: Record<string, string> = {
  ADMIN_USERNAME: TEST_ADMIN.username,
  ADMIN_PASSWORD: TEST_ADMIN.password,
  LOGIN_RATE_LIMIT_PER_IP: '100000',
  LOGIN_RATE_LIMIT_PER_USERNAME: '10000',
};

export interface SignedInSession {
  readonly accessToken: string;
  /** `medlocal_refresh=…`, ready for a Cookie header. */
  readonly refreshCookie: string;
  readonly user: { id: string; username: string; roles: Role[]; restriction: string | null; [key: string]: unknown };
}

export async function api(sut: RunningApi, method: string, path: string, options: { token?: string; body?: unknown; cookie?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.cookie) headers['cookie'] = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${sut.baseUrl}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
}

export function refreshCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('medlocal_refresh='));
  if (!cookie) throw new Error('No refresh cookie in the answer');
  return cookie.split(';')[0];
}

/** Signs in with a password (no second factor); fails the test when that does not work. */
export async function signIn(sut: RunningApi, username: string, password: string): Promise<SignedInSession> {
  const response = await api(sut, 'POST', '/api/auth/login', { body: { username, password } });
  if (response.status !== 200) throw new Error(`Sign-in of ${username} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { accessToken?: string; user: SignedInSession['user'] };
  if (!body.accessToken) throw new Error(`Sign-in of ${username} asked for a second factor`);
  return { accessToken: body.accessToken, refreshCookie: refreshCookieOf(response), user: body.user };
}

export function signInAsAdmin(sut: RunningApi): Promise<SignedInSession> {
  return signIn(sut, TEST_ADMIN.username, TEST_ADMIN.password);
}

export interface TestAccount {
  readonly id: string;
  readonly username: string;
  readonly password: string;
}

let accountCounter = 0;

/**
 * Creates a user through the admin API (an auditor through the server operator's service call, as
 * the admin CLI does) and finishes its first sign-in (changes the one-time password), so later
 * sign-ins are unrestricted.
 */
export async function createAccount(
  sut: RunningApi,
  params: { roles: Role[]; departmentId?: string | null; adminScope?: 'global' | 'department'; username?: string; as?: SignedInSession },
): Promise<TestAccount> {
  accountCounter += 1;
  const username = params.username ?? `${params.roles.join('-')}.${process.pid}.${accountCounter}`;
  const initialPassword = `Initial-Pass-${accountCounter}-xZ9!`;
  const fields = {
    username,
    displayName: `Test ${username}`,
    roles: params.roles,
    departmentId: params.departmentId ?? undefined,
    adminScope: params.adminScope,
    password: initialPassword,
  };
  let user: { id: string };
  if (params.roles.includes('auditor')) {
    // No admin may create an auditor (三员分立): the server operator does, through the service, as `npm run admin -- create-user` does.
    if (!sut.app) throw new Error('An auditor is created by the server operator: use an in-process API (startApi), or runAdminCommand before spawning one');
    ({ user } = await sut.app.get(UsersService).create({ principal: SERVER_OPERATOR, user: fields, context: { requestId: 'test-operator' } }));
  } else {
    const admin = params.as ?? (await signInAsAdmin(sut));
    const created = await api(sut, 'POST', '/api/admin/users', { token: admin.accessToken, body: fields });
    if (created.status !== 201) throw new Error(`Creating ${username} answered ${created.status}: ${await created.text()}`);
    ({ user } = (await created.json()) as { user: { id: string } });
  }
  const password = `Changed-Pass-${accountCounter}-qW7#`;
  const first = await signIn(sut, username, initialPassword);
  const changed = await api(sut, 'POST', '/api/auth/password', { token: first.accessToken, body: { currentPassword: initialPassword, newPassword: password } });
  if (changed.status !== 204) throw new Error(`Password change of ${username} answered ${changed.status}: ${await changed.text()}`);
  return { id: user.id, username, password };
}

/**
 * For an API a test spawns: creates an auditor with the admin CLI, as the operator would, while that
 * API is stopped (with the embedded database the CLI and the API take turns) and after its first start
 * has created the admin (the first start creates one only on an empty database). Call
 * `finishAuditor` once the API answers again.
 */
export async function createAuditorBeforeStart(env: Record<string, string>): Promise<{ username: string; oneTimePassword: string }> {
  const { runAdminCommand } = await import('../../src/cli/run-admin-command');
  accountCounter += 1;
  const username = `auditor.${process.pid}.${accountCounter}`;
  const { lines } = await runAdminCommand({ argv: ['create-user', '--username', username, '--display-name', `Test ${username}`, '--roles', 'auditor'], env });
  const oneTimePassword = /one-time password: (\S+)/.exec(lines.join('\n'))?.[1];
  if (!oneTimePassword) throw new Error(`The admin CLI printed no one-time password: ${lines.join(' / ')}`);
  return { username, oneTimePassword };
}

/** The auditor's forced first password change, so later sign-ins are unrestricted. */
export async function finishAuditor(sut: RunningApi, created: { username: string; oneTimePassword: string }): Promise<TestAccount> {
  const first = await signIn(sut, created.username, created.oneTimePassword);
  const password = `Changed-Pass-${created.username.length}-qW7#`;
  const changed = await api(sut, 'POST', '/api/auth/password', {
    token: first.accessToken,
    body: { currentPassword: created.oneTimePassword, newPassword: password },
  });
  if (changed.status !== 204) throw new Error(`Password change of ${created.username} answered ${changed.status}: ${await changed.text()}`);
  return { id: first.user.id, username: created.username, password };
}

const accountsByApi = new WeakMap<RunningApi, Map<Role, TestAccount>>();

/** A fresh session for a user holding exactly this role (created once per running API). */
export async function loginAs(sut: RunningApi, role: Role): Promise<SignedInSession> {
  let accounts = accountsByApi.get(sut);
  if (!accounts) accountsByApi.set(sut, (accounts = new Map()));
  let account = accounts.get(role);
  if (!account) {
    account = role === 'admin' ? { id: '', username: TEST_ADMIN.username, password: TEST_ADMIN.password } : await createAccount(sut, { roles: [role] });
    accounts.set(role, account);
  }
  return signIn(sut, account.username, account.password);
}

export async function createDepartment(sut: RunningApi, code: string, as?: SignedInSession): Promise<{ id: string; code: string }> {
  const admin = as ?? (await signInAsAdmin(sut));
  const response = await api(sut, 'POST', '/api/admin/departments', {
    token: admin.accessToken,
    body: { code, nameZh: `科室${code}`, nameEn: `Department ${code}` },
  });
  if (response.status !== 201) throw new Error(`Creating department ${code} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string; code: string };
}

const auditSinks = new WeakMap<AuditRecorder, { listeners: AuditRecordInput[][]; installed: AuditRecorder['record'] }>();

/**
 * Every event the API sends to the audit recorder from now on (the real recorder still runs). Another
 * spy on `record` that was restored since (a test failing the recorder on purpose) removed this one: it is put back.
 */
export function captureAuditEvents(sut: RunningApi): AuditRecordInput[] {
  const recorder = sut.app.get<AuditRecorder>(AUDIT_RECORDER, { strict: false });
  let sinks = auditSinks.get(recorder);
  if (!sinks || recorder.record !== sinks.installed) {
    const listeners: AuditRecordInput[][] = sinks?.listeners ?? [];
    const original = recorder.record.bind(recorder);
    vi.spyOn(recorder, 'record').mockImplementation(async (event: AuditRecordInput) => {
      for (const listener of listeners) listener.push(event);
      await original(event);
    });
    auditSinks.set(recorder, (sinks = { listeners, installed: recorder.record }));
  }
  const events: AuditRecordInput[] = [];
  sinks.listeners.push(events);
  return events;
}

const clockOffsets = new WeakMap<RunningApi, { offsetMs: number }>();

/** Moves the accounts clock (lockouts, sessions, token expiry, TOTP) forward without waiting. */
export function advanceClock(sut: RunningApi, ms: number): void {
  let state = clockOffsets.get(sut);
  if (!state) {
    const clock = sut.app.get<Clock>(CLOCK, { strict: false });
    const offset = { offsetMs: 0 };
    vi.spyOn(clock, 'now').mockImplementation(() => new Date(Date.now() + offset.offsetMs));
    clockOffsets.set(sut, (state = offset));
  }
  state.offsetMs += ms;
}

export function clockNow(sut: RunningApi): Date {
  return sut.app.get<Clock>(CLOCK, { strict: false }).now();
}
