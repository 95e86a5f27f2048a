import { isGlobalAdmin, type Principal } from '../accounts/common/principal';
import type { StatusDocument } from './status.service';

/**
 * What of `GET /api/status` a signed-in user sees. Everyone gets what the status bar needs (GPU,
 * model name and state, privacy guard, database, whether the audit trail is up and last verified
 * intact). Hospital-wide security figures (admins without a second factor, how many global admins,
 * locked accounts) and server paths go to global admins only: they are the ones who act on them, and
 * a department admin, who cannot see other admins, must not count them here. The last verification's
 * event counts go to auditors only, like the verification itself.
 */
export function statusForViewer(params: { status: StatusDocument; viewer: Pick<Principal, 'roles' | 'adminScope'> }): StatusDocument {
  const { status, viewer } = params;
  if (isGlobalAdmin(viewer)) return withAuditCounts(status, false);
  const shown: Record<string, unknown> = { ...status };
  const model = status['model'] as { file?: string; error?: string | null } | undefined;
  if (model) shown['model'] = withoutModelPath(model);
  const security = status['security'] as { mfaRequiredForPrivileged?: boolean; mfaAvailable?: boolean } | undefined;
  if (security) shown['security'] = { mfaRequiredForPrivileged: security.mfaRequiredForPrivileged, mfaAvailable: security.mfaAvailable };
  return withAuditCounts(shown as StatusDocument, viewer.roles.includes('auditor'));
}

function withoutModelPath(model: { file?: string; error?: string | null }): Record<string, unknown> {
  const { file, ...rest } = model;
  // A file problem names the path ("model file /srv/… changed on disk"): keep the message, not the path.
  const error = file && typeof rest.error === 'string' ? rest.error.split(file).join('<model file>') : rest.error;
  return { ...rest, ...(rest.error === undefined ? {} : { error }) };
}

function withAuditCounts(status: StatusDocument, auditor: boolean): StatusDocument {
  const audit = status['audit'] as { lastVerify?: { ok: boolean; anchorsOk?: boolean; at?: string } | null } | undefined;
  if (auditor || !audit?.lastVerify) return status;
  const { ok, anchorsOk, at } = audit.lastVerify;
  return { ...status, audit: { ...audit, lastVerify: { ok, anchorsOk, at } } };
}
