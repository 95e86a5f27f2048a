import { DepartmentPromptTemplateVersionEntity } from './department-prompt-template-version.entity';
import { PromptTemplateVersionEntity } from './prompt-template-version.entity';
import { CreatePromptTemplateVersions1795886291977 } from './migrations/1795886291977-CreatePromptTemplateVersions';
import { CreateDepartmentPromptTemplateVersions1796960000000 } from './migrations/1796960000000-CreateDepartmentPromptTemplateVersions';

export const promptEntities = [PromptTemplateVersionEntity, DepartmentPromptTemplateVersionEntity];
export const promptMigrations = [CreatePromptTemplateVersions1795886291977, CreateDepartmentPromptTemplateVersions1796960000000];
