import { countFindingsByType, deidentify } from '@medlocal/audit';
import type { ExtractionResult } from '@medlocal/clinical-terms';
import { ANSWER_SECTION_KEYS, CLINICAL_SYSTEM_TEMPLATE_NAME } from '@medlocal/prompting';
import type { ChatDoneEvent } from './stream/chat-stream-event';

/** What one question's audit event keeps: ids, codes and counts, never the question or the answer. */
export interface ChatAuditFacts {
  readonly conversationId: string;
  /** Set for a regenerated or edited question: the answered turn it replaces (with every later one). */
  readonly replacesTurn?: number;
  readonly content: string;
  readonly outcome: 'success' | 'cancelled' | 'error';
  readonly extraction: ExtractionResult;
  readonly done?: ChatDoneEvent;
  readonly contextTokens: number;
  readonly templateVersion: number;
  /** The hospital template's name, or `name@DEPT` for a department's override. */
  readonly templateId?: string;
  readonly strict: boolean;
  readonly startedAt: number;
  readonly errorCode?: string;
}

export function chatAuditSummary(facts: ChatAuditFacts): Record<string, unknown> {
  const { done, extraction } = facts;
  return {
    conversationId: facts.conversationId,
    replacesTurn: facts.replacesTurn,
    sectionsPresent: done ? ANSWER_SECTION_KEYS.filter((key) => done.sections[key].present) : [],
    conceptCodes: [...new Set(extraction.concepts.flatMap((concept) => (concept.icd11 ? [concept.icd11.code] : [])))],
    entityCounts: countBy(extraction.entities.map((entity) => entity.type)),
    deidFindingCounts: countFindingsByType(deidentify(facts.content).findings) as Record<string, number>,
    lintCounts: done ? countBy(done.lint.map((flag) => flag.kind)) : {},
    tokensIn: done?.usage.promptTokens ?? 0,
    tokensOut: done?.usage.generatedTokens ?? 0,
    contextTokens: facts.contextTokens,
    latencyMs: Date.now() - facts.startedAt,
    firstTokenMs: done?.timings.firstTokenMs === null || !done ? undefined : Math.round(done.timings.firstTokenMs),
    modelName: done ? auditCode(done.model) : undefined,
    templateName: CLINICAL_SYSTEM_TEMPLATE_NAME,
    templateVersion: facts.templateVersion,
    templateId: facts.templateId,
    finishReason: done?.finishReason ?? facts.outcome,
    strictMode: facts.strict,
    demoModel: done?.demo,
    errorCode: facts.errorCode,
  };
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Model names become audit codes: the trail keeps identifiers, never prose. */
function auditCode(value: string): string {
  return value.replace(/[^A-Za-z0-9._:/@-]+/g, '-').slice(0, 128);
}
