import { Column, Entity } from 'typeorm';
import { PromptVersionColumns } from './prompt-version-columns';

/**
 * One saved version of a department's override of a hospital prompt template: versions start at 1
 * per department, template and language, and are only ever added. Its clinicians are answered
 * from the newest one; departments without one from the hospital template.
 */
@Entity({ name: 'department_prompt_template_version' })
export class DepartmentPromptTemplateVersionEntity extends PromptVersionColumns {
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;
}
