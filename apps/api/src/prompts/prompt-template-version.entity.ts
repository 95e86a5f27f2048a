import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One saved version of an admin-edited prompt template; versions are only ever added. */
@Entity({ name: 'prompt_template_version' })
export class PromptTemplateVersionEntity {
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

  /** Pseudonymous id of the admin who saved it. */
  @Column({ name: 'author_user_id', type: 'varchar', length: 64 })
  authorUserId!: string;

  @Column({ name: 'author_username', type: 'varchar', length: 64 })
  authorUsername!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
