import { PromptTemplateVersionEntity } from './prompt-template-version.entity';
import { CreatePromptTemplateVersions1795886291977 } from './migrations/1795886291977-CreatePromptTemplateVersions';

export const promptEntities = [PromptTemplateVersionEntity];
export const promptMigrations = [CreatePromptTemplateVersions1795886291977];
