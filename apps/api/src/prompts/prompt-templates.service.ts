import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { getShippedTemplate, listShippedTemplates, validateTemplate, type PromptLanguage, type PromptTemplate } from '@medlocal/prompting';
import { DATA_SOURCE } from '../database/database.tokens';
import { PromptTemplateVersionEntity } from './prompt-template-version.entity';
import { PromptsError, PromptsErrorCode } from './prompts.errors';

/**
 * Prompt templates: the shipped files are version 1; every admin save adds a version in the
 * database (never overwrites one). Answers use the newest version and record which one.
 */
@Injectable()
export class PromptTemplatesService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async active(name: string, language: PromptLanguage): Promise<PromptTemplate> {
    const latest = await this.repository().findOne({ where: { name, language }, order: { version: 'DESC' } });
    if (latest) return toTemplate(latest);
    const shipped = getShippedTemplate({ name, language });
    if (!shipped) throw new PromptsError(PromptsErrorCode.TemplateNotFound, `No prompt template "${name}" in language ${language}`);
    return shipped;
  }

  /** Every version of a template in both languages, newest first. */
  async history(name: string): Promise<PromptTemplate[]> {
    const shipped = listShippedTemplates().filter((template) => template.name === name);
    if (shipped.length === 0) throw new PromptsError(PromptsErrorCode.TemplateNotFound, `No prompt template "${name}"`);
    const saved = await this.repository().find({ where: { name }, order: { version: 'DESC' } });
    return [...saved.map(toTemplate), ...shipped];
  }

  async save(params: { name: string; language: PromptLanguage; body: string; author: { userId: string; username: string } }): Promise<PromptTemplate> {
    const current = await this.active(params.name, params.language);
    const candidate: PromptTemplate = {
      ...current,
      body: params.body,
      version: current.version + 1,
      author: params.author.username,
      createdAt: new Date().toISOString(),
    };
    const problems = validateTemplate({ template: candidate });
    if (problems.length > 0) {
      throw new PromptsError(PromptsErrorCode.TemplateInvalid, problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '));
    }
    const saved = await this.repository().save(
      this.repository().create({
        name: params.name,
        language: params.language,
        version: candidate.version,
        body: params.body,
        authorUserId: params.author.userId,
        authorUsername: params.author.username,
      }),
    );
    return toTemplate(saved);
  }

  private repository() {
    return this.dataSource.getRepository(PromptTemplateVersionEntity);
  }
}

function toTemplate(row: PromptTemplateVersionEntity): PromptTemplate {
  return { name: row.name, language: row.language, version: row.version, body: row.body, author: row.authorUsername, createdAt: row.createdAt.toISOString() };
}
