import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AdminScope, Role, UserStatus } from '../../common/access/roles';

/** How an account proves its password: MedLocal's own hash, or a bind to the hospital directory. */
export type UserSource = 'local' | 'ldap' | 'oidc';

/** A person who signs in. `id` is the pseudonymous id the audit trail and tokens carry. */
@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  /** Only meaningful for admins: `department` limits them to their own department's users. */
  @Column({ name: 'admin_scope', type: 'varchar', length: 16, nullable: true })
  adminScope!: AdminScope | null;

  @Column({ type: 'varchar', length: 16 })
  status!: UserStatus;

  /** `ldap`: password checked by the directory, roles and department set from its groups at every sign-in. */
  @Column({ type: 'varchar', length: 16, default: 'local' })
  source!: UserSource;

  /** Directory accounts: when the directory last confirmed the groups (sign-in or token refresh); null for local accounts. */
  @Column({ name: 'directory_checked_at', type: 'timestamptz', nullable: true })
  directoryCheckedAt!: Date | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  /** Previous hashes, newest first, so a password cannot come back within PASSWORD_HISTORY changes. */
  @Column({ name: 'password_history', type: 'text', array: true })
  passwordHistory!: string[];

  @Column({ name: 'must_change_password', type: 'boolean' })
  mustChangePassword!: boolean;

  @Column({ name: 'failed_attempts', type: 'integer' })
  failedAttempts!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz' })
  passwordChangedAt!: Date;

  /** AES-256-GCM sealed TOTP secret; set at enrolment, live once `totpEnabled`. */
  @Column({ name: 'totp_secret_sealed', type: 'text', nullable: true })
  totpSecretSealed!: string | null;

  @Column({ name: 'totp_enabled', type: 'boolean' })
  totpEnabled!: boolean;

  /** Last accepted TOTP time step: a code is accepted once. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
