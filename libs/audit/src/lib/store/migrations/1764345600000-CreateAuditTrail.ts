import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail: `audit_event` partitioned by month on occurred_at (so retention
 * drops whole partitions instead of deleting rows), `audit_checkpoint` recording what a purge
 * removed, and triggers refusing UPDATE, DELETE and TRUNCATE on both. Ids are assigned by the
 * writer under an advisory lock (gap-free, so a missing id means a deleted event).
 */
export class CreateAuditTrail1764345600000 implements MigrationInterface {
  name = 'CreateAuditTrail1764345600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit tables are append-only: % on % refused', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigint NOT NULL CHECK (id > 0),
        occurred_at timestamptz NOT NULL,
        actor_user_id varchar(128) NOT NULL,
        actor_username varchar(128),
        actor_role varchar(32),
        actor_department varchar(128),
        action varchar(64) NOT NULL,
        outcome varchar(16) NOT NULL CHECK (outcome IN ('success', 'failure', 'cancelled', 'error')),
        request_id varchar(128),
        client_address varchar(64),
        input_hmac varchar(128),
        hmac_key_id varchar(64),
        summary jsonb NOT NULL DEFAULT '{}'::jsonb,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        PRIMARY KEY (id, occurred_at)
      ) PARTITION BY RANGE (occurred_at)`);
    // Keyset pages run newest-first on id; each filter gets (column, id) so a page is an index range.
    await queryRunner.query(`CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at)`);
    await queryRunner.query(`CREATE INDEX audit_event_user_idx ON audit_event (actor_user_id, id)`);
    await queryRunner.query(`CREATE INDEX audit_event_department_idx ON audit_event (actor_department, id)`);
    await queryRunner.query(`CREATE INDEX audit_event_action_idx ON audit_event (action, id)`);
    await queryRunner.query(`CREATE INDEX audit_event_outcome_idx ON audit_event (outcome, id)`);
    // Row triggers on a partitioned table are cloned onto every partition; TRUNCATE triggers are not,
    // so audit_ensure_partition adds one to each partition it creates.
    await queryRunner.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);

    await queryRunner.query(`
      CREATE FUNCTION audit_ensure_partition(at timestamptz) RETURNS text LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        month_start timestamp := date_trunc('month', at AT TIME ZONE 'UTC');
        partition_name text := 'audit_event_p' || to_char(month_start, 'YYYYMM');
      BEGIN
        IF to_regclass(partition_name) IS NULL THEN
          EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)',
            partition_name,
            to_char(month_start, 'YYYY-MM-DD"T"00:00:00"+00"'),
            to_char(month_start + interval '1 month', 'YYYY-MM-DD"T"00:00:00"+00"'));
          EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I '
            'FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()', partition_name);
        END IF;
        RETURN partition_name;
      END $$`);
    // Runs as the schema owner so an INSERT/SELECT-only application role can still open next month's partition.
    await queryRunner.query(`REVOKE ALL ON FUNCTION audit_ensure_partition(timestamptz) FROM PUBLIC`);
    await queryRunner.query(`SELECT audit_ensure_partition(now())`);
    await queryRunner.query(`SELECT audit_ensure_partition(now() + interval '1 month')`);

    await queryRunner.query(`
      CREATE TABLE audit_checkpoint (
        id bigserial PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_purged_id bigint NOT NULL,
        last_purged_hash char(64) NOT NULL,
        purged_before timestamptz NOT NULL,
        partitions_dropped text[] NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
      FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_checkpoint`);
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_ensure_partition(timestamptz)`);
    await queryRunner.query(`DROP FUNCTION audit_refuse_change()`);
  }
}
