import type { LocalizedTextDto } from './localized-text.contract';
import type { ClinicalEntityDto, ConceptMention } from './terms.contract';

export type AnswerSectionKeyDto = 'definition' | 'mechanism' | 'differential' | 'recommendation';

/**
 * A chat answer stream carries an SSE comment at least this often, even while the model thinks
 * without output, so a stream silent for several of these has lost its server (a frozen instance).
 */
export const CHAT_STREAM_HEARTBEAT_MS = 15_000;

export const ANSWER_SECTION_ORDER: readonly AnswerSectionKeyDto[] = ['definition', 'mechanism', 'differential', 'recommendation'];

/**
 * `POST /api/chat/conversations`: empty for a new patient, or seeded from the console's own copy of a
 * conversation whose instance is gone (the server keeps conversations in memory only).
 */
export interface CreateConversationRequest {
  readonly seed?: ConversationSeed;
}

/**
 * The earlier turns (oldest first, at most 50) and the profile facts the clinician last saw. The
 * server works the profile out again from the questions, so every code comes from its term
 * dictionary; `facts` then says which facts stay and, for age, sex, labs and vitals, their values
 * (checked as a profile correction is). Answers beyond what the model's context holds are not kept.
 */
export interface ConversationSeed {
  readonly turns: readonly { readonly question: string; readonly answer: string }[];
  readonly facts: readonly SeedProfileFact[];
}

/** One fact of the profile: `key` as the profile lists it (none for age and sex); `value` for age, sex, a lab or a vital. */
export interface SeedProfileFact {
  readonly kind: ProfileFactKind;
  readonly key?: string;
  readonly value?: number | string;
}

export interface CreateConversationResponse {
  readonly id: string;
  /** For a seeded conversation: the turns it holds, and how many of their answers (oldest first) did not fit the context. */
  readonly seed?: { readonly turns: number; readonly answersDropped: number };
}

export interface SendMessageRequest {
  readonly content: string;
  /** Enforce the four-section shape with a grammar at generation time. */
  readonly strict?: boolean;
  /**
   * Regenerate or edit-and-resend: this question becomes answered turn N (1-based) and, once its answer
   * is committed, turns N and later are dropped with the profile facts they brought. Omitted: a new last turn.
   */
  readonly replaceFromTurn?: number;
}

export interface ContextUsage {
  /** Tokens of this question's prompt (system text, profile, kept history, question). */
  readonly used: number;
  /** The most the prompt may use: the context size less what is kept for the reasoning and answer. */
  readonly limit: number;
  /** The model's context per conversation, the number the status details show (absent from an older server). */
  readonly contextSize?: number;
  /** Kept for the reasoning and the answer: `contextSize - limit`. */
  readonly reservedForAnswer?: number;
  /** Oldest turns left out of the prompt to fit the budget. */
  readonly droppedTurns: number;
}

/** The pinned patient profile: the newest value per fact across the conversation. */
export interface PatientProfileDto {
  /** `edited`: the clinician corrected the value in the profile after turn `turn`. */
  readonly age: { readonly value: number; readonly turn: number; readonly edited?: boolean } | null;
  readonly sex: { readonly value: 'male' | 'female'; readonly turn: number; readonly edited?: boolean } | null;
  readonly diagnoses: readonly {
    readonly id: string;
    readonly name: LocalizedTextDto;
    readonly icd11?: string;
    readonly icd10?: string;
    readonly uncertain: boolean;
    readonly turn: number;
    /** The clinician replaced it in the profile with this concept after turn `turn`. */
    readonly edited?: boolean;
  }[];
  readonly deniedDiagnoses: readonly { readonly id: string; readonly name: LocalizedTextDto; readonly turn: number }[];
  readonly labs: readonly {
    readonly id: string;
    readonly name: string;
    readonly value: number;
    readonly unit: string;
    readonly flag: 'high' | 'low' | 'normal' | null;
    readonly turn: number;
    readonly edited?: boolean;
  }[];
  readonly drugs: readonly {
    readonly id: string;
    readonly name: string;
    readonly dose?: number;
    readonly unit?: string;
    readonly route?: string;
    readonly frequency?: string;
    readonly turn: number;
    readonly edited?: boolean;
  }[];
  readonly allergies: readonly { readonly substance: string; readonly turn: number }[];
  readonly vitals: readonly {
    readonly kind: string;
    readonly value: number | string;
    readonly unit: string;
    readonly turn: number;
    readonly edited?: boolean;
  }[];
  /** Worked out by the server (e.g. "eGFR(CKD-EPI 2021)" with its KDIGO stage); `inputs` names the facts used ('age', 'sex', 'weight', lab ids). */
  readonly calculations?: readonly {
    readonly name: string;
    readonly value: number;
    readonly unit: string;
    readonly stage?: string;
    readonly inputs?: readonly string[];
    readonly turn: number;
  }[];
  readonly symptoms?: readonly {
    readonly id: string;
    readonly name: LocalizedTextDto;
    readonly negated: boolean;
    readonly uncertain: boolean;
    readonly onset?: string;
    readonly duration?: string;
    readonly turn: number;
  }[];
  /** Relatives' diseases; never among the diagnoses. */
  readonly familyHistory?: readonly { readonly id: string; readonly name: LocalizedTextDto; readonly negated: boolean; readonly turn: number }[];
  /** ECG findings; `id` is the finding with its leads ("st-elevation (V1, V2)"), the key to remove one (absent from an older server). */
  readonly ecgFindings?: readonly {
    readonly id: string;
    readonly finding: string;
    readonly leads: readonly string[];
    readonly negated: boolean;
    readonly turn: number;
  }[];
}

/** A profile fact this turn replaced ("age 65 -> 78"); `correction` when the clinician said so. */
export interface ReplacedFactDto {
  readonly fact: string;
  readonly previous: number | string;
  readonly current: number | string;
  readonly turn: number;
  readonly correction: boolean;
}

/** The server's assessment of the question: generic ones come with a rewrite template. */
export type QuestionHint =
  | { readonly generic: false }
  | { readonly generic: true; readonly message: LocalizedTextDto; readonly rewriteTemplate: LocalizedTextDto };

export interface ChatMetaEvent {
  readonly conversationId?: string;
  /** 1-based turn number in the conversation. */
  readonly turn?: number;
  readonly language?: 'zh' | 'en';
  /** `id` is the template's name, or `name@DEPT` when the clinician's department has its own override (`departmentCode`). */
  readonly template?: {
    readonly id?: string;
    readonly name: string;
    readonly version: number;
    readonly language: 'zh' | 'en';
    readonly departmentCode?: string | null;
  };
  readonly strict?: boolean;
  readonly demo?: boolean;
  readonly entities: readonly ClinicalEntityDto[];
  readonly concepts: readonly ConceptMention[];
  readonly context: ContextUsage;
  readonly profile: PatientProfileDto | null;
  /** Facts of the profile this turn replaced (corrections and newer values). */
  readonly replacedFacts?: readonly ReplacedFactDto[];
  readonly questionHint?: QuestionHint | null;
}

export interface ChatDeltaEvent {
  readonly delta: string;
}

/** What the reasoning lint flagged; @medlocal/prompting's lint produces exactly these. */
export type LintKindDto =
  /** A guideline named with its year, e.g. "KDIGO 2012": good, reported so the console can highlight it. */
  | 'guideline-citation'
  /** A guideline body or Chinese guideline named without a year. */
  | 'guideline-without-year'
  /** An evidence level or study design, e.g. "Class I", "证据等级A", "meta-analysis". */
  | 'evidence-level'
  /** 可能 / probably … in a sentence with no citation or evidence level. */
  | 'unsupported-hedge'
  /** An invasive procedure before any non-invasive step is mentioned. */
  | 'invasive-without-workup'
  /** An ALL-CAPS abbreviation whose expansion never appears. */
  | 'undefined-abbreviation';

export interface ReasoningLintFlag {
  readonly kind: LintKindDto | string;
  readonly severity: 'info' | 'warning';
  /** UTF-16 offsets into the target text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly target: 'thought' | 'answer';
  readonly message: LocalizedTextDto;
}

export interface SectionSummary {
  readonly present: boolean;
  readonly text?: string;
}

/** Token counts of one answer. */
export interface AnswerUsageDto {
  readonly promptTokens: number;
  /** Prompt tokens already in the model's cache, not evaluated again. */
  readonly reusedTokens: number;
  readonly evaluatedTokens: number;
  readonly generatedTokens: number;
  /** Part of generatedTokens spent inside the reasoning. */
  readonly thoughtTokens: number;
}

export interface AnswerTimingsDto {
  readonly queueMs: number;
  /** The queue's own numbering of the request: order without clocks. */
  readonly queue?: { readonly arrival: number; readonly grantsAtArrival: number; readonly grant: number };
  /** Null when nothing was generated. */
  readonly firstTokenMs: number | null;
  readonly totalMs: number;
  readonly tokensPerSecond: number;
}

export interface ChatDoneEvent {
  readonly sections: Partial<Record<AnswerSectionKeyDto, SectionSummary>>;
  readonly missingSections?: readonly AnswerSectionKeyDto[];
  readonly model?: string;
  /** Shown with every answer: MedLocal supports clinical judgement, it does not replace it. */
  readonly disclaimer?: LocalizedTextDto;
  readonly lint: readonly ReasoningLintFlag[];
  readonly usage?: AnswerUsageDto;
  readonly timings?: AnswerTimingsDto;
  readonly demo: boolean;
  readonly finishReason: 'stop' | 'length' | 'thought-budget' | 'cancelled' | 'error' | string;
}

export interface ChatErrorEvent {
  readonly statusCode: number;
  readonly code?: string;
  readonly message: string;
  /** Set when the question may simply be asked again later (queue full, restarting). */
  readonly retryAfterSeconds?: number;
}

/** One Server-Sent Event of `POST /api/chat/conversations/:id/messages`, decoded. */
export type ChatStreamEvent =
  | { readonly type: 'meta'; readonly data: ChatMetaEvent }
  | { readonly type: 'thought'; readonly data: ChatDeltaEvent }
  | { readonly type: 'answer'; readonly data: ChatDeltaEvent }
  | { readonly type: 'done'; readonly data: ChatDoneEvent }
  | { readonly type: 'error'; readonly data: ChatErrorEvent };

export type ChatStreamEventType = ChatStreamEvent['type'];

/** What the conversation list shows of the patient: enough to tell conversations apart. */
export interface ConversationProfileSummaryDto {
  readonly age: number | null;
  readonly sex: 'male' | 'female' | null;
  readonly diagnoses: readonly LocalizedTextDto[];
}

/** One of the clinician's open conversations (`GET /api/chat/conversations`). */
export interface ConversationSummaryDto {
  readonly id: string;
  /** The clinician's name for it, or the first question (shortened) until renamed; null when nothing was asked yet. */
  readonly title: string | null;
  readonly renamed: boolean;
  readonly turnCount: number;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly lastActiveAt: string;
  readonly profile: ConversationProfileSummaryDto;
}

export interface ConversationListResponse {
  readonly conversations: readonly ConversationSummaryDto[];
  /** Conversations live in the server's memory only: removed at sign-out or after this many idle minutes. */
  readonly idleTtlMinutes: number;
}

/** One answered question of a conversation, with the events it streamed. */
export interface ConversationTurnDto {
  readonly question: string;
  readonly thought: string;
  readonly answer: string;
  readonly meta: ChatMetaEvent;
  readonly done: ChatDoneEvent;
  /** The clinician's latest rating of this answer; null (or absent, from an older server) until rated. */
  readonly feedback?: AnswerFeedbackRequest | null;
}

/** `GET /api/chat/conversations/:id`: the summary and its answered turns, oldest first. */
export interface ConversationDetailResponse extends ConversationSummaryDto {
  readonly turns: readonly ConversationTurnDto[];
  readonly idleTtlMinutes: number;
  /** The profile the next question is asked with: the last turn's, with the clinician's later edits (absent from an older server). */
  readonly currentProfile?: PatientProfileDto;
}

/** Facts of the profile a clinician can remove (`DELETE …/profile/facts/:kind?key=`); `key` names one fact of a list. */
export const PROFILE_FACT_KINDS = ['age', 'sex', 'diagnosis', 'deniedDiagnosis', 'symptom', 'lab', 'drug', 'allergy', 'vital', 'familyHistory', 'ecg'] as const;
export type ProfileFactKind = (typeof PROFILE_FACT_KINDS)[number];

/** Facts whose value a clinician can correct; the others are removed and stated again in a question. */
export const CORRECTABLE_PROFILE_FACT_KINDS = ['age', 'sex', 'lab', 'vital', 'drug', 'diagnosis'] as const satisfies readonly ProfileFactKind[];

/**
 * `PATCH /api/chat/conversations/:id/profile/facts`: the new value of one fact. `key` is the lab, drug or
 * diagnosis id or the vital kind (as the profile lists it); age and sex have none. Age is whole years, sex
 * `male` / `female`, a lab a positive number in the unit the profile shows, a vital a positive number (blood
 * pressure "120/80"), a drug its dose in the unit shown, a diagnosis the name of the right one (the server
 * takes its concept and codes from the term dictionary).
 */
export interface CorrectProfileFactRequest {
  readonly kind: ProfileFactKind;
  readonly key?: string;
  readonly value: number | string;
}

/** What a profile edit answers: the profile the next question will be asked with. */
export interface ConversationProfileResponse {
  readonly profile: PatientProfileDto;
}

export interface RenameConversationRequest {
  readonly title: string;
}

/** Why an answer was not useful: codes only, so the audit trail never holds the clinician's words. */
export const ANSWER_FEEDBACK_REASONS = ['inaccurate', 'incomplete', 'unsafe', 'outdated', 'not-relevant', 'other'] as const;
export type AnswerFeedbackReason = (typeof ANSWER_FEEDBACK_REASONS)[number];

export const ANSWER_FEEDBACK_RATINGS = ['useful', 'not-useful'] as const;
export type AnswerFeedbackRating = (typeof ANSWER_FEEDBACK_RATINGS)[number];

/** `POST /api/chat/conversations/:id/turns/:turn/feedback`: reasons only with `not-useful`. */
export interface AnswerFeedbackRequest {
  readonly rating: AnswerFeedbackRating;
  readonly reasons?: readonly AnswerFeedbackReason[];
}
