import { createDataSource, restoreEmbeddedTemplate, startEmbeddedPostgres, type EmbeddedPostgres } from '@medlocal/database';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { API_SCHEMA } from '../app/api-schema';
import { writeDatabaseTemplate } from '../bootstrap/write-database-template';
import { migrationNames, runSchemaMigrations } from './database-template';

/** Everything migrations decide: the migrations table, tables, columns with their defaults, indexes, constraints, triggers and functions. */
async function schemaState(url: string): Promise<Record<string, unknown[]>> {
  const dataSource = createDataSource({ url, kind: 'pglite', entities: [], migrations: [] });
  await dataSource.initialize();
  try {
    const user = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')`;
    return {
      migrations: await dataSource.query('SELECT timestamp::text, name FROM medlocal_migrations ORDER BY id'),
      tables: await dataSource.query(
        `SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
      ),
      columns: await dataSource.query(
        `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
      ),
      indexes: await dataSource.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`),
      constraints: await dataSource.query(
        `SELECT c.conrelid::regclass::text AS relation, c.conname, pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE ${user} ORDER BY 1, 2`,
      ),
      triggers: await dataSource.query(
        `SELECT t.tgrelid::regclass::text AS relation, t.tgname, pg_get_triggerdef(t.oid) AS definition
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE NOT t.tgisinternal AND ${user} ORDER BY 1, 2`,
      ),
      functions: await dataSource.query(
        `SELECT p.proname, pg_get_functiondef(p.oid) AS definition FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE ${user} ORDER BY 1, 2`,
      ),
    };
  } finally {
    await dataSource.destroy();
  }
}

async function rowCount(url: string, table: string): Promise<number> {
  const dataSource = createDataSource({ url, kind: 'pglite', entities: [], migrations: [] });
  await dataSource.initialize();
  try {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`)) as { count: number }[];
    return row?.count ?? -1;
  } finally {
    await dataSource.destroy();
  }
}

describe('embedded database template', () => {
  let root: string;
  let templateDir: string;
  const migrations = migrationNames(API_SCHEMA);
  const open: EmbeddedPostgres[] = [];

  const start = async (dataDir: string, dir?: string) => {
    const embedded = await startEmbeddedPostgres({ dataDir, storageCheckIntervalMs: 60_000, template: dir ? { dir, migrations } : undefined });
    open.push(embedded);
    return embedded;
  };

  /** A copy of the good template whose manifest and archive the test may change. */
  const copyOfTemplate = async (name: string) => {
    const dir = path.join(root, name);
    await cp(templateDir, dir, { recursive: true });
    return dir;
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'medlocal-db-template-'));
    templateDir = path.join(root, 'template');
    await writeDatabaseTemplate(templateDir);
  });

  afterEach(async () => {
    for (const embedded of open.splice(0)) await embedded.stop();
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('starts with the same migrations, tables, columns, indexes, constraints, triggers and functions as initdb and every migration', async () => {
    const fromTemplate = await start(path.join(root, 'from-template'), templateDir);
    const fromInitdb = await start(path.join(root, 'from-initdb'));

    expect(fromTemplate.initialisation).toEqual({ kind: 'template' });
    expect(fromInitdb.initialisation).toEqual({ kind: 'initdb', refused: null });
    expect(await runSchemaMigrations({ url: fromTemplate.url, kind: 'pglite', schema: API_SCHEMA })).toEqual([]);
    expect(await runSchemaMigrations({ url: fromInitdb.url, kind: 'pglite', schema: API_SCHEMA })).toEqual(migrations);
    const templateState = await schemaState(fromTemplate.url);
    expect(templateState['migrations']?.map((row) => (row as { name: string }).name)).toEqual(migrations);
    expect(templateState).toEqual(await schemaState(fromInitdb.url));
  });

  it('holds no user, no session, no API key and no audit event: those belong to each installation', async () => {
    const embedded = await start(path.join(root, 'no-people'), templateDir);
    for (const table of ['app_user', 'session', 'api_key', 'audit_event']) expect(await rowCount(embedded.url, table)).toBe(0);
  });

  it('is used only on an empty data folder: a restart finds its own database', async () => {
    const dataDir = path.join(root, 'restart');
    const first = await start(dataDir, templateDir);
    await first.stop();
    open.splice(open.indexOf(first), 1);

    const again = await start(dataDir, templateDir);

    expect(again.initialisation).toEqual({ kind: 'existing' });
  });

  it('refuses a damaged archive with one line naming the checksum, and initdb makes a working database instead', async () => {
    const dir = await copyOfTemplate('damaged');
    const archive = await readFile(path.join(dir, 'pglite-data.tar.gz'));
    archive[archive.length >> 1] ^= 0xff;
    await writeFile(path.join(dir, 'pglite-data.tar.gz'), archive);
    const dataDir = path.join(root, 'after-damaged');

    const embedded = await start(dataDir, dir);

    expect(embedded.initialisation.kind).toBe('initdb');
    const refused = (embedded.initialisation as { refused: string }).refused;
    expect(refused).toMatch(/^database template .* refused: pglite-data\.tar\.gz has SHA-256 [0-9a-f]{64}, the manifest says [0-9a-f]{64}$/);
    expect(await runSchemaMigrations({ url: embedded.url, kind: 'pglite', schema: API_SCHEMA })).toEqual(migrations);
  });

  it('refuses an archive that matches its manifest but cannot be unpacked, and leaves nothing half-made behind', async () => {
    const dir = await copyOfTemplate('truncated');
    const archive = gzipSync(Buffer.alloc(2_048, 1));
    await writeFile(path.join(dir, 'pglite-data.tar.gz'), archive);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, sha256: createHash('sha256').update(archive).digest('hex') }));
    const dataDir = path.join(root, 'after-truncated');

    const sut = await restoreEmbeddedTemplate({ dataDir, template: { dir, migrations } });

    expect(sut).toEqual({ kind: 'initdb', refused: expect.stringMatching(/refused: pglite-data\.tar\.gz could not be unpacked \(header checksum wrong/) });
    expect((await readdir(root)).filter((name) => name.startsWith('after-truncated.template-'))).toEqual([]);
    expect(await readdir(dataDir).catch(() => [])).toEqual([]);
  });

  it('refuses a template made by another PGlite version', async () => {
    const dir = await copyOfTemplate('other-pglite');
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, pglite: '0.0.1' }));

    const sut = await restoreEmbeddedTemplate({ dataDir: path.join(root, 'after-other-pglite'), template: { dir, migrations } });

    expect(sut).toEqual({ kind: 'initdb', refused: expect.stringMatching(/refused: made by PGlite 0\.0\.1, this installation runs \d+\.\d+\.\d+$/) });
  });

  it('refuses a template holding a migration this version does not have', async () => {
    const dir = await copyOfTemplate('other-migrations');
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { migrations: string[] };
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, migrations: [...manifest.migrations, 'DropEverything1999999999999'] }));

    const sut = await restoreEmbeddedTemplate({ dataDir: path.join(root, 'after-other-migrations'), template: { dir, migrations } });

    expect(sut).toEqual({
      kind: 'initdb',
      refused: expect.stringMatching(/refused: it holds migration DropEverything1999999999999, which this version does not have at that place$/),
    });
  });

  it('refuses an unreadable manifest, and uses no template when there is none', async () => {
    const dir = await copyOfTemplate('bad-manifest');
    await writeFile(path.join(dir, 'manifest.json'), '{"format": 1');

    expect(await restoreEmbeddedTemplate({ dataDir: path.join(root, 'after-bad-manifest'), template: { dir, migrations } })).toEqual({
      kind: 'initdb',
      refused: expect.stringMatching(/refused: manifest\.json unreadable \(/),
    });
    expect(await restoreEmbeddedTemplate({ dataDir: path.join(root, 'after-none'), template: { dir: path.join(root, 'absent'), migrations } })).toEqual({
      kind: 'initdb',
      refused: null,
    });
  });
});
