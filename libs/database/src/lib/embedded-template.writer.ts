import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ARCHIVE_FILE, installedPgliteVersion, MANIFEST_FILE, MANIFEST_FORMAT, type EmbeddedTemplateManifest } from './embedded-template';

/**
 * Makes a template in `dir`: a new embedded database, `migrate` run against it (it returns the names it
 * applied), stopped cleanly, its data folder archived by PGlite (`dumpDataDir`) with a manifest naming
 * the PGlite version, the migrations and the archive's SHA-256. The manifest is written last, so a
 * template cut short by a failed build has none and is never used.
 */
export async function writeEmbeddedTemplate(params: { dir: string; migrate: (url: string) => Promise<readonly string[]> }): Promise<EmbeddedTemplateManifest> {
  await mkdir(path.dirname(path.resolve(params.dir)), { recursive: true });
  const work = await mkdtemp(path.join(path.dirname(path.resolve(params.dir)), '.medlocal-template-'));
  try {
    const dataDir = path.join(work, 'pglite');
    const embedded = await startEmbeddedPostgres({ dataDir, storageCheckIntervalMs: 60_000 });
    let migrations: readonly string[];
    try {
      migrations = await params.migrate(embedded.url);
    } finally {
      await embedded.stop();
    }
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({ dataDir });
    const archive = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    await db.close();
    const manifest: EmbeddedTemplateManifest = {
      format: MANIFEST_FORMAT,
      pglite: installedPgliteVersion(),
      migrations,
      sha256: createHash('sha256').update(archive).digest('hex'),
    };
    await rm(dataDir, { recursive: true, force: true });
    await writeFile(path.join(work, ARCHIVE_FILE), archive);
    await writeFile(path.join(work, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    // Shipped with the API's bundle, read by the service's own (non-root) user: readable like the bundle.
    await chmod(work, 0o755);
    await rm(params.dir, { recursive: true, force: true });
    await rename(work, params.dir);
    return manifest;
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
