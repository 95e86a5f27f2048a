import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './bigint-as-number.transformer';

/** What a retention purge removed: the chain restarts from last_purged_hash. Append-only like the events. */
@Entity({ name: 'audit_checkpoint' })
export class AuditCheckpointEntity {
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  id!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({
    name: 'last_purged_id',
    type: 'bigint',
    transformer: bigintAsNumber,
  })
  lastPurgedId!: number;

  @Column({ name: 'last_purged_hash', type: 'char', length: 64 })
  lastPurgedHash!: string;

  @Column({ name: 'purged_before', type: 'timestamptz' })
  purgedBefore!: Date;

  @Column({ name: 'partitions_dropped', type: 'text', array: true })
  partitionsDropped!: string[];
}
