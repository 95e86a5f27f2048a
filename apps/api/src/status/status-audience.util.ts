import { isGlobalAdmin, type Principal } from '../common/access/principal';
import type { StatusDocument } from './status.service';

type Section = Record<string, unknown>;

/** Model fields the status bar shows; `file` (a server path) is left out. */
const MODEL_FIELDS = [
  'name',
  'loaded',
  'demo',
  'architecture',
  'contextSize',
  'trainContextSize',
  'gpuLayers',
  'totalLayers',
  'offloadWarning',
  'chatWrapper',
  'sizeBytes',
] as const;

/**
 * What of `GET /api/status` a signed-in user sees. Global admins run the server and see all of it.
 * Everyone else gets what the status bar needs, picked field by field so that a section added later
 * stays with global admins until it is listed here (fail closed): GPU, the model's name and state,
 * the privacy guard, the database kind, whether the audit trail and the storage behind it are up,
 * the second-factor policy, and how many inference nodes answer. Never server paths (model file,
 * anchor file, journal, database folder), node addresses or the egress allowlist (a count only), hospital-wide security figures (admins without a second factor, global admins, locked
 * accounts: a department admin cannot even see other admins) or, except for auditors, the event
 * counts of the last verification.
 */
export function statusForViewer(params: { status: StatusDocument; viewer: Pick<Principal, 'roles' | 'adminScope'> }): StatusDocument {
  const { status, viewer } = params;
  if (isGlobalAdmin(viewer)) return status;
  const shown: Section = { privacy: privacyFor(status.privacy as unknown as Section), db: status.db };
  if (status['gpu'] !== undefined) shown['gpu'] = status['gpu'];
  const model = status['model'] as Section | undefined;
  if (model) shown['model'] = { ...pick(model, MODEL_FIELDS), ...(model['error'] === undefined ? {} : { error: withoutPath(model['error'], model['file']) }) };
  const security = status['security'] as Section | undefined;
  if (security) shown['security'] = pick(security, ['mfaRequiredForPrivileged', 'mfaAvailable']);
  const audit = status['audit'] as Section | undefined;
  if (audit)
    shown['audit'] = {
      available: audit['available'],
      lastVerify: lastVerifyFor(audit['lastVerify'] as Section | null | undefined, viewer.roles.includes('auditor')),
    };
  const auditStorage = status['auditStorage'] as { ok?: unknown; anchor?: Section; spool?: Section } | undefined;
  if (auditStorage) shown['auditStorage'] = { ok: auditStorage.ok, anchor: { ok: auditStorage.anchor?.['ok'] }, spool: { ok: auditStorage.spool?.['ok'] } };
  // How many inference nodes answer, not their addresses, hardware or load.
  const tier = status['inferenceTier'] as Section | undefined;
  if (tier) shown['inferenceTier'] = pick(tier, ['reachable', 'total']);
  const storage = status['storage'] as { ok?: unknown; fault?: Section | null } | null | undefined;
  if (storage !== undefined) shown['storage'] = storage && { ok: storage.ok, fault: storage.fault ? pick(storage.fault, ['code', 'since']) : null };
  return shown as StatusDocument;
}

/** The guard's verdict and how many addresses it allows, not the addresses: they map the hospital's servers. */
function privacyFor(privacy: Section): Section {
  const allowlist = privacy['allowlist'];
  return {
    ...pick(privacy, ['localOnly', 'egressBlocked']),
    ...(Array.isArray(allowlist) ? { allowlistCount: allowlist.length } : {}),
    ...pick(privacy, ['refusedAttempts', 'checkedAt']),
  };
}

function lastVerifyFor(lastVerify: Section | null | undefined, auditor: boolean): Section | null {
  if (!lastVerify) return null;
  return auditor ? lastVerify : pick(lastVerify, ['ok', 'anchorsOk', 'at']);
}

/** A file problem names the path ("model file /srv/… changed on disk"): keep the message, not the path. */
function withoutPath(error: unknown, file: unknown): unknown {
  return typeof error === 'string' && typeof file === 'string' && file ? error.split(file).join('<model file>') : error;
}

function pick(section: Section, fields: readonly string[]): Section {
  return Object.fromEntries(fields.filter((field) => section[field] !== undefined).map((field) => [field, section[field]]));
}
