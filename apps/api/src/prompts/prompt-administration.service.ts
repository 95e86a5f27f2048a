import { Inject, Injectable } from '@nestjs/common';
import type { AuditActionCode } from '@medlocal/audit';
import type { ClinicalTermEngine } from '@medlocal/clinical-terms';
import { emptyPatientProfile, renderSystemText, validateTemplate, type PromptLanguage } from '@medlocal/prompting';
import type { PromptPreview } from '@medlocal/contracts';
import { isGlobalAdmin, type Principal, type RequestContext } from '../common/access/principal';
import { auditActorOf } from '../common/audit/audit-actor.util';
import { AUDIT_RECORDER, type AuditRecorder } from '../common/audit/audit-recorder.port';
import { profileWithQuestion } from '../patient-profile/profile-with-question.util';
import { TERM_ENGINE } from '../terms/term-engine.factory';
import { PromptTemplatesService, type PromptScope, type ResolvedPromptTemplate } from './prompt-templates.service';
import { PromptsError, PromptsErrorCode } from './prompts.errors';

/** A save of the hospital template, the first version of a department's override, or a later one. */
const SAVE_AUDIT = {
  hospital: { action: 'prompt.update' },
  overrideCreated: { action: 'prompt.override_create' },
  overrideUpdated: { action: 'prompt.override_update' },
} as const satisfies Record<string, { readonly action: AuditActionCode }>;

interface Caller {
  readonly principal: Principal;
  readonly context: RequestContext;
}

/**
 * Who may do what with prompt templates, and the audit of it. Every admin reads the hospital
 * templates; only a global admin changes them (the route says so), since every department answers
 * from them. A department's override is changed by a global admin or by that department's own
 * admins; a department admin neither reads nor changes another department's.
 */
@Injectable()
export class PromptAdministrationService {
  constructor(
    private readonly templates: PromptTemplatesService,
    @Inject(TERM_ENGINE) private readonly terms: ClinicalTermEngine,
    @Inject(AUDIT_RECORDER) private readonly audit: AuditRecorder,
  ) {}

  async history(
    caller: Caller,
    scope: PromptScope,
  ): Promise<{ name: string; departmentId: string | null; departmentCode: string | null; versions: ResolvedPromptTemplate[] }> {
    await this.assertScope(caller, scope);
    const versions = await this.templates.history(scope);
    const departmentCode = scope.departmentId ? await this.templates.departmentCode(scope.departmentId) : null;
    return { name: scope.name, departmentId: scope.departmentId, departmentCode, versions };
  }

  async save(caller: Caller, scope: PromptScope, change: { language: PromptLanguage; body: string }): Promise<ResolvedPromptTemplate> {
    await this.assertScope(caller, scope);
    const { template, created } = await this.templates.save({ ...scope, ...change, author: authorOf(caller.principal) });
    await this.record(caller, SAVE_AUDIT[!scope.departmentId ? 'hospital' : created ? 'overrideCreated' : 'overrideUpdated'], template);
    return template;
  }

  async revert(caller: Caller, scope: PromptScope, target: { language: PromptLanguage; version: number }): Promise<ResolvedPromptTemplate> {
    await this.assertScope(caller, scope);
    const template = await this.templates.revert({ ...scope, ...target, author: authorOf(caller.principal) });
    await this.record(caller, { action: 'prompt.revert' }, template);
    return template;
  }

  /**
   * The prompt a first question would send to the model, built as a question builds it (terms,
   * profile, template) without running the model. The draft `body` when given (checked as a save
   * would check it), else the chosen `version`, else the scope's current template. Nothing is
   * stored or audited: the sample question is clinical text.
   */
  async preview(
    caller: Caller,
    scope: PromptScope,
    request: { language: PromptLanguage; question: string; body?: string; version?: number },
  ): Promise<PromptPreview> {
    await this.assertScope(caller, scope);
    let template: ResolvedPromptTemplate;
    if (request.version !== undefined) {
      template = await this.templates.version({ ...scope, language: request.language, version: request.version });
    } else if (scope.departmentId) {
      template = await this.templates.activeFor({ name: scope.name, language: request.language, departmentId: scope.departmentId });
    } else {
      template = await this.templates.active(scope.name, request.language);
    }
    if (request.body !== undefined) {
      const problems = validateTemplate({ template: { ...template, body: request.body } });
      if (problems.length > 0) {
        throw new PromptsError(PromptsErrorCode.TemplateInvalid, problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '));
      }
      template = { ...template, body: request.body };
    }
    const extraction = this.terms.extract(request.question);
    const { profile } = profileWithQuestion({ extraction, language: request.language, profile: emptyPatientProfile(), turn: 1 });
    const systemText = renderSystemText({ template, profile });
    return {
      template: {
        id: template.id,
        name: template.name,
        language: template.language,
        version: template.version,
        departmentCode: template.departmentCode,
        draft: request.body !== undefined,
      },
      messages: [
        { role: 'system', content: systemText },
        { role: 'user', content: request.question },
      ],
    };
  }

  /** A department admin works on his own department's override only; anything else is refused (403) and audited. */
  private async assertScope(caller: Caller, scope: PromptScope): Promise<void> {
    if (isGlobalAdmin(caller.principal) || scope.departmentId === null) return;
    if (caller.principal.departmentId === scope.departmentId) return;
    await this.audit.record({
      action: 'access.denied',
      outcome: 'failure',
      actor: auditActorOf(caller.principal),
      ...caller.context,
      summary: { reasonCode: 'prompt_department_scope', targetType: 'prompt-template', templateName: scope.name },
    });
    throw new PromptsError(PromptsErrorCode.OutOfScope, 'A department admin manages only the prompt override of his own department');
  }

  private record(caller: Caller, event: { readonly action: AuditActionCode }, template: ResolvedPromptTemplate) {
    return this.audit.record({
      action: event.action,
      outcome: 'success',
      actor: auditActorOf(caller.principal),
      ...caller.context,
      summary: {
        targetType: 'prompt-template',
        templateName: template.name,
        templateId: template.id,
        templateLanguage: template.language,
        templateVersion: template.version,
        ...(template.departmentCode ? { targetDepartment: template.departmentCode } : {}),
        ...(template.revertedFrom !== null ? { revertedFromVersion: template.revertedFrom } : {}),
      },
    });
  }
}

function authorOf(principal: Principal): { userId: string; username: string } {
  return { userId: principal.userId, username: principal.username };
}
