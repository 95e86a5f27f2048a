import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { syncFolder } from './sync-folder.util';
import { extractUstar } from './ustar.util';

export const MANIFEST_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';
export const ARCHIVE_FILE = 'pglite-data.tar.gz';

/**
 * What a template holds: PGlite's data folder after initdb and the listed migrations, nothing else (no
 * user, no key: keys live in DATA_DIR files made per installation, users by the first start).
 */
export interface EmbeddedTemplateManifest {
  readonly format: typeof MANIFEST_FORMAT;
  /** The @electric-sql/pglite version that wrote the data folder; another version's files are never used. */
  readonly pglite: string;
  /** Migrations applied in the template, in the order they ran. */
  readonly migrations: readonly string[];
  /** SHA-256 (hex) of the archive file. */
  readonly sha256: string;
}

/** Where the template is and the migrations this build knows, in the order they run. */
export interface EmbeddedTemplateSource {
  readonly dir: string;
  readonly migrations: readonly string[];
}

/** How the embedded data folder was made ready at this start. */
export type EmbeddedInitialisation =
  | { readonly kind: 'existing' }
  | { readonly kind: 'template' }
  /** `refused`: a template was there and was not used, and why (one line); null when there was none. */
  | { readonly kind: 'initdb'; readonly refused: string | null };

/** The version of @electric-sql/pglite this process loads (the worker thread loads the same file). */
export function installedPgliteVersion(): string {
  const from = typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'index.js');
  let dir = path.dirname(createRequire(from).resolve('@electric-sql/pglite'));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      const parsed = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === '@electric-sql/pglite' && parsed.version) return parsed.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('@electric-sql/pglite: package.json not found');
    dir = parent;
  }
}

/**
 * Fills an empty embedded data folder from the template, when there is one that this build can trust:
 * same PGlite version, migrations this build knows in the same order, archive matching its SHA-256 and
 * readable to the end. It is unpacked beside the data folder and moved into place in one rename, so a
 * start that stops half-way leaves no half-made database. Anything else refuses the template with one
 * line naming why, and the caller initialises a new database as before.
 */
export async function restoreEmbeddedTemplate(params: { dataDir: string; template: EmbeddedTemplateSource }): Promise<EmbeddedInitialisation> {
  const { dataDir, template } = params;
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return { kind: 'existing' };
  const manifestFile = path.join(template.dir, MANIFEST_FILE);
  if (!existsSync(manifestFile)) return { kind: 'initdb', refused: null };
  const refused = (why: string): EmbeddedInitialisation => ({ kind: 'initdb', refused: `database template ${template.dir} refused: ${why}` });
  if (!isEmptyFolder(dataDir)) return refused(`the data folder ${dataDir} is not empty`);

  let manifest: EmbeddedTemplateManifest;
  try {
    manifest = parseManifest(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    return refused(`${MANIFEST_FILE} unreadable (${(error as Error).message})`);
  }
  const installed = installedPgliteVersion();
  if (manifest.pglite !== installed) return refused(`made by PGlite ${manifest.pglite}, this installation runs ${installed}`);
  const unknown = manifest.migrations.findIndex((name, index) => template.migrations[index] !== name);
  if (unknown !== -1) return refused(`it holds migration ${manifest.migrations[unknown]}, which this version does not have at that place`);

  let archive: Buffer;
  try {
    archive = readFileSync(path.join(template.dir, ARCHIVE_FILE));
  } catch (error) {
    return refused(`${ARCHIVE_FILE} unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const sha256 = createHash('sha256').update(archive).digest('hex');
  if (sha256 !== manifest.sha256) return refused(`${ARCHIVE_FILE} has SHA-256 ${sha256}, the manifest says ${manifest.sha256}`);

  const staging = `${dataDir}.template-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await extractUstar({ archive: gunzipSync(archive), target: staging });
    if (!existsSync(path.join(staging, 'PG_VERSION'))) throw new Error('the archive holds no PG_VERSION');
    if (existsSync(dataDir)) rmdirSync(dataDir);
    renameSync(staging, dataDir);
    // The rename itself is an entry of the parent folder: flushed, a power cut cannot undo it.
    await syncFolder(path.dirname(dataDir));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    return refused(`${ARCHIVE_FILE} could not be unpacked (${(error as Error).message})`);
  }
  return { kind: 'template' };
}

function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

function parseManifest(text: string): EmbeddedTemplateManifest {
  const parsed = JSON.parse(text) as Partial<EmbeddedTemplateManifest>;
  if (parsed.format !== MANIFEST_FORMAT) throw new Error(`format ${String(parsed.format)}, expected ${MANIFEST_FORMAT}`);
  if (typeof parsed.pglite !== 'string') throw new Error('no PGlite version');
  if (!Array.isArray(parsed.migrations) || !parsed.migrations.every((name) => typeof name === 'string')) throw new Error('no migration list');
  if (typeof parsed.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.sha256)) throw new Error('no SHA-256');
  return parsed as EmbeddedTemplateManifest;
}
