import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event ids from a sequence instead of max(id) + 1, so an id is never handed out twice: events the
 * owner deletes from the end of the chain leave their ids unused for good, and the anchors written
 * for them stay unmatched. A checkpoint is refused while events at or below it still exist, so a
 * forged one cannot make the verifier skip live history (retention drops the partitions first).
 */
export class AuditIdSequenceAndCheckpointGuard1796217609148 implements MigrationInterface {
  name = 'AuditIdSequenceAndCheckpointGuard1796217609148';

  async up(queryRunner: QueryRunner): Promise<void> {
    // CACHE 1 (the default) matters: per-session caches would hand ids out of order across instances.
    await queryRunner.query(`CREATE SEQUENCE audit_event_id_seq AS bigint MINVALUE 1 CACHE 1 NO CYCLE`);
    await queryRunner.query(`
      SELECT setval('audit_event_id_seq', greatest(high, 1), high > 0)
        FROM (SELECT greatest(coalesce((SELECT max(id) FROM audit_event), 0),
                              coalesce((SELECT max(last_purged_id) FROM audit_checkpoint), 0)) AS high) AS existing`);
    await queryRunner.query(`
      CREATE FUNCTION audit_checkpoint_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM audit_event WHERE id <= NEW.last_purged_id) THEN
          RAISE EXCEPTION 'audit checkpoint refused: live audit events at or below id %', NEW.last_purged_id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_checkpoint_no_live_events BEFORE INSERT ON audit_checkpoint
      FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_guard()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_checkpoint_no_live_events ON audit_checkpoint`);
    await queryRunner.query(`DROP FUNCTION audit_checkpoint_guard()`);
    await queryRunner.query(`DROP SEQUENCE audit_event_id_seq`);
  }
}
