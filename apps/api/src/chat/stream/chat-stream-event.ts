import type { ClinicalEntity, ConceptMention } from '@medlocal/clinical-terms';
import type { FinishReason, InferenceTimings, InferenceUsage } from '@medlocal/inference';
import type { AnswerSectionKey, LintFlag, LocalizedText, PatientProfile, QuestionAssessment, ReplacedFact } from '@medlocal/prompting';

export interface ChatMetaEvent {
  readonly type: 'meta';
  readonly conversationId: string;
  readonly turn: number;
  readonly language: 'zh' | 'en';
  readonly entities: readonly ClinicalEntity[];
  readonly concepts: readonly ConceptMention[];
  readonly context: {
    readonly used: number;
    readonly limit: number;
    readonly contextSize: number;
    readonly reservedForAnswer: number;
    readonly droppedTurns: number;
  };
  readonly profile: PatientProfile;
  /** Facts of the profile this turn replaced (a correction, or a newer value). */
  readonly replacedFacts: readonly ReplacedFact[];
  readonly questionHint: QuestionAssessment | null;
  /** `id` is the template's name, or `name@DEPT` when the clinician's department has its own override (`departmentCode`). */
  readonly template: {
    readonly id: string;
    readonly name: string;
    readonly version: number;
    readonly language: 'zh' | 'en';
    readonly departmentCode: string | null;
  };
  readonly strict: boolean;
  readonly demo: boolean;
}

export type TargetedLintFlag = LintFlag & { readonly target: 'thought' | 'answer' };

export interface ChatDoneEvent {
  readonly type: 'done';
  readonly sections: Readonly<Record<AnswerSectionKey, { readonly present: boolean; readonly text: string }>>;
  readonly missingSections: readonly AnswerSectionKey[];
  readonly lint: readonly TargetedLintFlag[];
  readonly usage: InferenceUsage;
  readonly timings: InferenceTimings;
  readonly finishReason: FinishReason;
  readonly model: string;
  readonly demo: boolean;
  /** Shown with every answer: MedLocal supports clinical judgement, it does not replace it. */
  readonly disclaimer: LocalizedText;
}

export type ChatStreamEvent =
  | ChatMetaEvent
  | { readonly type: 'thought'; readonly delta: string }
  | { readonly type: 'answer'; readonly delta: string }
  | ChatDoneEvent
  | {
      readonly type: 'error';
      readonly statusCode: number;
      readonly code: string;
      readonly message: string;
      /** Set when the question may simply be asked again later (inference queue full or timed out). */
      readonly retryAfterSeconds?: number;
    };
