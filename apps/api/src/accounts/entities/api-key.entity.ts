import type { ApiKeyScope } from '@medlocal/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A key kept only as its SHA-256: `inference` keys call the OpenAI-compatible `/v1` routes for a
 * department, `batches` keys the research batch endpoints as one researcher (`userId`). Every key expires.
 */
@Entity({ name: 'api_key' })
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  /** First characters of the key, shown in lists so an admin can tell keys apart. */
  @Column({ type: 'varchar', length: 12 })
  prefix!: string;

  @Column({ name: 'key_hash', type: 'char', length: 64, unique: true })
  keyHash!: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @Column({ type: 'varchar', length: 16 })
  scope!: ApiKeyScope;

  /** The researcher a `batches` key acts for; null for `inference` keys. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
