import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source.util';
import { openTestDatabase, assertTestDatabaseName } from '../testing';
import type { DatabaseTarget } from './database-target';

describe('openTestDatabase', () => {
  let target: DatabaseTarget;
  let sut: DataSource;

  beforeAll(async () => {
    target = await openTestDatabase();
    sut = new DataSource(createDataSourceOptions({ url: target.url, kind: target.kind, entities: [], migrations: [] }));
    await sut.initialize();
  }, 60_000);

  afterAll(async () => {
    await sut?.destroy();
    await target?.close();
  });

  it('serves SQL, including triggers, through the pg driver', async () => {
    await sut.query('CREATE TABLE probe (id serial primary key, note text)');
    await sut.query(`CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'probe rows are append-only'; END $$`);
    await sut.query('CREATE TRIGGER probe_no_update BEFORE UPDATE ON probe FOR EACH ROW EXECUTE FUNCTION refuse_update()');
    await sut.query('INSERT INTO probe (note) VALUES ($1)', ['first']);
    await expect(sut.query('UPDATE probe SET note = $1', ['changed'])).rejects.toThrow(/append-only/);
    expect(await sut.query('SELECT note FROM probe')).toEqual([{ note: 'first' }]);
  });

  it('reports which kind of server it runs on', () => {
    expect(target.kind).toBe(process.env['TEST_DATABASE_URL'] ? 'postgres' : 'pglite');
  });
});

describe(assertTestDatabaseName.name, () => {
  it('refuses a database whose name lacks "test"', () => {
    expect(() => assertTestDatabaseName('medlocal')).toThrow(/must contain "test"/);
    expect(() => assertTestDatabaseName('test')).not.toThrow();
  });
});
