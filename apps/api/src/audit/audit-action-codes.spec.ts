import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AUDIT_ACTION_CODES, AUDIT_FHIR_KINDS, toFhirAuditEvent, type AuditActionCode } from '@medlocal/audit';
import type { AuditRecordInput } from '../common/audit/audit-recorder.port';

const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
// The API's sources, and the audit library's (retention records audit.purge itself).
const EMITTERS = ['apps/api/src', 'libs/audit/src/lib/store'];
// Its `action:` properties are FHIR's own action codes (C, R, U, D, E), not MedLocal's.
const FHIR_MAPPING = 'libs/audit/src/lib/store/audit-fhir.util.ts';
// An audit action passed as a literal: `action: 'x.y'` in a record call, or the action argument of the audit read helper.
const ACTION_LITERALS = [/\baction\s*:\s*(['"`])([^'"`]*)\1/g, /\brecordRead\(\s*\w+\s*,\s*(['"`])([^'"`]*)\1/g];

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !/\.(spec|integration-spec|test)\.ts$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every action literal in the emitting sources, with where it was found. */
async function emittedActions(): Promise<{ action: string; at: string }[]> {
  const found: { action: string; at: string }[] = [];
  for (const folder of EMITTERS) {
    for (const file of await sourceFiles(path.join(WORKSPACE_ROOT, folder))) {
      if (path.relative(WORKSPACE_ROOT, file) === FHIR_MAPPING) continue;
      const text = await readFile(file, 'utf8');
      for (const pattern of ACTION_LITERALS) {
        for (const match of text.matchAll(pattern)) {
          const line = text.slice(0, match.index).split('\n').length;
          found.push({ action: match[2], at: `${path.relative(WORKSPACE_ROOT, file)}:${line}` });
        }
      }
    }
  }
  return found;
}

describe('audit actions the API emits', () => {
  it('emits no action outside AUDIT_ACTION_CODES', async () => {
    const found = await emittedActions();
    expect(found.length).toBeGreaterThanOrEqual(AUDIT_ACTION_CODES.length);
    expect(found.filter(({ action }) => !(AUDIT_ACTION_CODES as readonly string[]).includes(action))).toEqual([]);
  });

  it('lists no action that nothing emits', async () => {
    const emitted = new Set((await emittedActions()).map(({ action }) => action));
    expect(AUDIT_ACTION_CODES.filter((code) => !emitted.has(code))).toEqual([]);
  });

  it.each(AUDIT_ACTION_CODES)('files %s in the FHIR export under a DICOM event type', (action) => {
    const resource = toFhirAuditEvent({
      id: 1,
      occurredAt: new Date('2026-11-28T08:30:00Z'),
      actor: { userId: 'u-1', username: null, role: 'admin', department: null },
      action,
      outcome: 'success',
      requestId: null,
      clientAddress: null,
      inputHmac: null,
      hmacKeyId: null,
      summary: {},
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    });
    expect(resource.type).toEqual(AUDIT_FHIR_KINDS[action].type);
    expect(resource.type.code).not.toBe('110100');
  });

  it('takes only listed actions at compile time', () => {
    const listed: AuditActionCode = 'access.denied';
    // @ts-expect-error the audit library's old name is not an action the API may record
    const unlisted: AuditRecordInput = { action: 'auth.access_denied', outcome: 'failure' };
    expect([listed, unlisted.action]).toHaveLength(2);
  });
});
