import { Entity } from 'typeorm';
import { PromptVersionColumns } from './prompt-version-columns';

/** One saved version of an admin-edited prompt template; versions are only ever added. */
@Entity({ name: 'prompt_template_version' })
export class PromptTemplateVersionEntity extends PromptVersionColumns {}
