import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { getShippedTemplate, listShippedTemplates, validateTemplate, type PromptLanguage, type PromptTemplate } from '@medlocal/prompting';
import { AccountsError, AccountsErrorCode } from '../accounts/accounts.errors';
import { DepartmentEntity } from '../accounts/entities';
import { DATA_SOURCE } from '../database/database.tokens';
import { DepartmentPromptTemplateVersionEntity } from './department-prompt-template-version.entity';
import { PromptTemplateVersionEntity } from './prompt-template-version.entity';
import { PromptsError, PromptsErrorCode } from './prompts.errors';

/** PostgreSQL's unique_violation: another save took the version number first. */
const UNIQUE_VIOLATION = '23505';

/** A template as a question uses it: the hospital's, or a department's override of it. */
export interface ResolvedPromptTemplate extends PromptTemplate {
  /** The template's name, or `name@DEPT` for a department's override: what the answer and its audit event name. */
  readonly id: string;
  /** The department whose override this is; null for the hospital template. */
  readonly departmentCode: string | null;
  /** Set on a revert: the version whose text this one copies. */
  readonly revertedFrom: number | null;
}

/** Which template a call is about: the hospital's (`departmentId` null) or one department's override. */
export interface PromptScope {
  readonly name: string;
  readonly departmentId: string | null;
}

export interface PromptAuthor {
  readonly userId: string;
  readonly username: string;
}

/**
 * Prompt templates: the shipped files are the hospital's version 1, every admin save adds a version
 * in the database (never overwrites one). A department may override a hospital template with
 * versions of its own, numbered from 1; its clinicians are answered from the newest one, and every
 * other department from the hospital's newest. Answers record which template and version they used.
 */
@Injectable()
export class PromptTemplatesService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The hospital template's newest version. */
  async active(name: string, language: PromptLanguage): Promise<ResolvedPromptTemplate> {
    const latest = await this.dataSource.manager.findOne(PromptTemplateVersionEntity, { where: { name, language }, order: { version: 'DESC' } });
    if (latest) return hospitalTemplate(latest);
    return { ...this.shipped(name, language), id: name, departmentCode: null, revertedFrom: null };
  }

  /** What a question from this department is answered with: its override's newest version, or the hospital template's. */
  async activeFor(params: { name: string; language: PromptLanguage; departmentId: string | null }): Promise<ResolvedPromptTemplate> {
    if (params.departmentId) {
      const override = await this.dataSource.manager.findOne(DepartmentPromptTemplateVersionEntity, {
        where: { departmentId: params.departmentId, name: params.name, language: params.language },
        order: { version: 'DESC' },
      });
      if (override) return departmentTemplate(override, await this.departmentCode(params.departmentId));
    }
    return this.active(params.name, params.language);
  }

  /** Every version of a template in both languages, newest first: the hospital's (shipped v1 included) or one department's override (maybe none). */
  async history(scope: PromptScope): Promise<ResolvedPromptTemplate[]> {
    this.assertKnown(scope.name);
    if (scope.departmentId) {
      const code = await this.departmentCode(scope.departmentId);
      const rows = await this.dataSource.manager.find(DepartmentPromptTemplateVersionEntity, {
        where: { departmentId: scope.departmentId, name: scope.name },
        order: { version: 'DESC' },
      });
      return rows.map((row) => departmentTemplate(row, code));
    }
    const saved = await this.dataSource.manager.find(PromptTemplateVersionEntity, { where: { name: scope.name }, order: { version: 'DESC' } });
    const shipped = listShippedTemplates().filter((template) => template.name === scope.name);
    return [
      ...saved.map(hospitalTemplate),
      ...shipped.map((template): ResolvedPromptTemplate => ({ ...template, id: scope.name, departmentCode: null, revertedFrom: null })),
    ];
  }

  /**
   * Adds a version: to the hospital template, or to a department's override (its first save
   * creates the override, as version 1). `created` says whether it did.
   */
  async save(
    params: PromptScope & { language: PromptLanguage; body: string; author: PromptAuthor; revertedFrom?: number },
  ): Promise<{ template: ResolvedPromptTemplate; created: boolean }> {
    this.assertKnown(params.name);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const shipped = this.shipped(params.name, params.language);
        if (!params.departmentId) {
          const latest = await manager.findOne(PromptTemplateVersionEntity, {
            where: { name: params.name, language: params.language },
            order: { version: 'DESC' },
          });
          const version = (latest?.version ?? shipped.version) + 1;
          assertValid({ ...shipped, body: params.body, version });
          const row = await manager.save(
            manager.create(PromptTemplateVersionEntity, {
              name: params.name,
              language: params.language,
              version,
              body: params.body,
              revertedFrom: params.revertedFrom ?? null,
              authorUserId: params.author.userId,
              authorUsername: params.author.username,
            }),
          );
          return { template: hospitalTemplate(row), created: false };
        }
        const department = await manager.findOneBy(DepartmentEntity, { id: params.departmentId });
        if (!department) throw new AccountsError(AccountsErrorCode.DepartmentNotFound, 'Department not found');
        if (department.retiredAt) throw new AccountsError(AccountsErrorCode.DepartmentRetired, `Department ${department.code} is retired`);
        const latest = await manager.findOne(DepartmentPromptTemplateVersionEntity, {
          where: { departmentId: department.id, name: params.name, language: params.language },
          order: { version: 'DESC' },
        });
        const version = (latest?.version ?? 0) + 1;
        assertValid({ ...shipped, body: params.body, version });
        const row = await manager.save(
          manager.create(DepartmentPromptTemplateVersionEntity, {
            departmentId: department.id,
            name: params.name,
            language: params.language,
            version,
            body: params.body,
            revertedFrom: params.revertedFrom ?? null,
            authorUserId: params.author.userId,
            authorUsername: params.author.username,
          }),
        );
        return { template: departmentTemplate(row, department.code), created: version === 1 };
      });
    } catch (error) {
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
        throw new PromptsError(PromptsErrorCode.VersionConflict, `Template ${params.name} was saved by someone else at the same moment; reload and try again`);
      }
      throw error;
    }
  }

  /** One version of a template in a scope and language; a version it does not have is refused with its number. */
  async version(params: PromptScope & { language: PromptLanguage; version: number }): Promise<ResolvedPromptTemplate> {
    const found = (await this.history(params)).find((template) => template.language === params.language && template.version === params.version);
    if (!found) {
      throw new PromptsError(PromptsErrorCode.VersionNotFound, `Template ${params.name} (${params.language}) has no version ${params.version} here`, {
        version: params.version,
      });
    }
    return found;
  }

  /** Reverting adds a version equal to the chosen one; history is never rewritten. */
  async revert(params: PromptScope & { language: PromptLanguage; version: number; author: PromptAuthor }): Promise<ResolvedPromptTemplate> {
    const chosen = await this.version(params);
    return (await this.save({ ...params, body: chosen.body, revertedFrom: chosen.version })).template;
  }

  /** The department's code, for the answer's template id and the audit trail; an unknown department is 404. */
  async departmentCode(departmentId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const department = await manager.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department) throw new AccountsError(AccountsErrorCode.DepartmentNotFound, 'Department not found');
    return department.code;
  }

  private assertKnown(name: string): void {
    if (!listShippedTemplates().some((template) => template.name === name)) {
      throw new PromptsError(PromptsErrorCode.TemplateNotFound, `No prompt template "${name}"`);
    }
  }

  private shipped(name: string, language: PromptLanguage): PromptTemplate {
    const shipped = getShippedTemplate({ name, language });
    if (!shipped) throw new PromptsError(PromptsErrorCode.TemplateNotFound, `No prompt template "${name}" in language ${language}`);
    return shipped;
  }
}

function assertValid(candidate: PromptTemplate): void {
  const problems = validateTemplate({ template: candidate });
  if (problems.length > 0) {
    throw new PromptsError(PromptsErrorCode.TemplateInvalid, problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '));
  }
}

function hospitalTemplate(row: PromptTemplateVersionEntity): ResolvedPromptTemplate {
  return {
    name: row.name,
    language: row.language,
    version: row.version,
    body: row.body,
    author: row.authorUsername,
    createdAt: row.createdAt.toISOString(),
    id: row.name,
    departmentCode: null,
    revertedFrom: row.revertedFrom,
  };
}

function departmentTemplate(row: DepartmentPromptTemplateVersionEntity, departmentCode: string): ResolvedPromptTemplate {
  return {
    name: row.name,
    language: row.language,
    version: row.version,
    body: row.body,
    author: row.authorUsername,
    createdAt: row.createdAt.toISOString(),
    id: `${row.name}@${departmentCode}`,
    departmentCode,
    revertedFrom: row.revertedFrom,
  };
}
