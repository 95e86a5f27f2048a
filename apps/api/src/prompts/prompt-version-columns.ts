import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every saved prompt version has, the hospital template's and a department override's
 * alike: which template and language, its number, its text, whether it reverts an earlier one and
 * who saved it. Each table keeps its own rows; this class only declares the shared columns once.
 */
export abstract class PromptVersionColumns {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: 'zh' | 'en';

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  body!: string;

  /** Set on a revert: the version whose text this one copies. */
  @Column({ name: 'reverted_from', type: 'integer', nullable: true })
  revertedFrom!: number | null;

  /** Pseudonymous id of the admin who saved it. */
  @Column({ name: 'author_user_id', type: 'varchar', length: 64 })
  authorUserId!: string;

  @Column({ name: 'author_username', type: 'varchar', length: 64 })
  authorUsername!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
