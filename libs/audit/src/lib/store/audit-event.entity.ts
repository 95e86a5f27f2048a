import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditOutcome } from './audit-event.model';
import type { AuditSummary } from './audit-summary.util';
import { bigintAsNumber } from './bigint-as-number.transformer';

// Column types are spelled out because the test and bench builds (esbuild) emit no decorator metadata.
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  id!: number;

  @PrimaryColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_user_id', type: 'varchar', length: 128 })
  actorUserId!: string;

  @Column({
    name: 'actor_username',
    type: 'varchar',
    length: 128,
    nullable: true,
  })
  actorUsername!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 32, nullable: true })
  actorRole!: string | null;

  @Column({
    name: 'actor_department',
    type: 'varchar',
    length: 128,
    nullable: true,
  })
  actorDepartment!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: AuditOutcome;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;

  @Column({
    name: 'client_address',
    type: 'varchar',
    length: 64,
    nullable: true,
  })
  clientAddress!: string | null;

  @Column({ name: 'input_hmac', type: 'varchar', length: 128, nullable: true })
  inputHmac!: string | null;

  @Column({ name: 'hmac_key_id', type: 'varchar', length: 64, nullable: true })
  hmacKeyId!: string | null;

  @Column({ type: 'jsonb' })
  summary!: AuditSummary;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
