import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  ANSWER_FEEDBACK_REASONS,
  ANSWER_SECTION_ORDER,
  type AnswerFeedbackReason,
  type AnswerFeedbackRequest,
  type AnswerSectionKeyDto,
} from '@medlocal/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { ChatTurn } from '../data-access/chat-turn.model';
import { answerAsMarkdown, answerAsPlainText, type AnswerDocumentLabels } from './answer-document.util';
import { copyToClipboard } from './copy-to-clipboard.util';

const SECTION_TITLES: Readonly<Record<AnswerSectionKeyDto, MessageKey>> = {
  definition: 'chat.section.definition',
  mechanism: 'chat.section.mechanism',
  differential: 'chat.section.differential',
  recommendation: 'chat.section.recommendation',
};

const REASON_LABELS: Readonly<Record<AnswerFeedbackReason, MessageKey>> = {
  inaccurate: 'chat.actions.reason.inaccurate',
  incomplete: 'chat.actions.reason.incomplete',
  unsafe: 'chat.actions.reason.unsafe',
  outdated: 'chat.actions.reason.outdated',
  'not-relevant': 'chat.actions.reason.notRelevant',
  other: 'chat.actions.reason.other',
};

/**
 * What a clinician can do with one answer: copy it (plain text or Markdown), print it for the record,
 * ask it again (the last one), edit the question and send it again (later turns are replaced), and
 * rate it (useful, or not useful with reason codes). Every outcome is announced in a status line.
 */
@Component({
  selector: 'ml-answer-actions',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t0 = turn();
    <div class="actions" role="group" [attr.aria-label]="'chat.actions.label' | t: { turn: position() }" data-testid="answer-actions">
      @if (t0.state === 'done' || t0.state === 'stopped') {
        <button type="button" data-testid="answer-copy-text" (click)="copy('text')">{{ 'chat.actions.copyText' | t }}</button>
        <button type="button" data-testid="answer-copy-markdown" (click)="copy('markdown')">{{ 'chat.actions.copyMarkdown' | t }}</button>
        <button type="button" data-testid="answer-print" (click)="print.emit()">{{ 'chat.actions.print' | t }}</button>
      }
      @if (canRegenerate()) {
        <button type="button" data-testid="answer-regenerate" [disabled]="busy()" (click)="regenerate.emit()">{{ 'chat.actions.regenerate' | t }}</button>
      }
      @if (canEdit()) {
        <button type="button" data-testid="answer-edit" [disabled]="busy()" [attr.aria-expanded]="editing()" (click)="startEditing()">
          {{ 'chat.actions.edit' | t }}
        </button>
      }
      @if (t0.state === 'done' && t0.meta) {
        <span class="rating">
          <button type="button" data-testid="answer-useful" [attr.aria-pressed]="t0.feedback?.rating === 'useful'" (click)="rate({ rating: 'useful' })">
            {{ 'chat.actions.useful' | t }}
          </button>
          <button
            type="button"
            data-testid="answer-not-useful"
            [attr.aria-pressed]="t0.feedback?.rating === 'not-useful'"
            [attr.aria-expanded]="choosingReasons()"
            (click)="choosingReasons.set(!choosingReasons())"
          >
            {{ 'chat.actions.notUseful' | t }}
          </button>
        </span>
      }
    </div>

    @if (editing()) {
      <form class="edit" (ngSubmit)="resend()" data-testid="answer-edit-form">
        <label [for]="'edit-question-' + t0.id">{{ 'chat.actions.editLabel' | t }}</label>
        <textarea
          [id]="'edit-question-' + t0.id"
          name="question"
          rows="3"
          maxlength="8000"
          [(ngModel)]="editedQuestion"
          data-testid="answer-edit-input"
        ></textarea>
        <p class="note">{{ 'chat.actions.editNote' | t }}</p>
        <div class="row">
          <button type="submit" class="primary" data-testid="answer-edit-send" [disabled]="busy() || !editedQuestion.trim()">
            {{ 'chat.actions.resend' | t }}
          </button>
          <button type="button" (click)="editing.set(false)">{{ 'common.cancel' | t }}</button>
        </div>
      </form>
    }

    @if (choosingReasons()) {
      <form class="reasons" (ngSubmit)="sendReasons()" data-testid="answer-reasons">
        <fieldset>
          <legend>{{ 'chat.actions.reasonsLegend' | t }}</legend>
          @for (reason of reasons; track reason) {
            <label>
              <input
                type="checkbox"
                [name]="'reason-' + reason"
                [checked]="chosen().includes(reason)"
                (change)="toggleReason(reason)"
                [attr.data-testid]="'answer-reason-' + reason"
              />
              {{ reasonLabel(reason) | t }}
            </label>
          }
        </fieldset>
        <p class="note">{{ 'chat.actions.reasonsNote' | t }}</p>
        <div class="row">
          <button type="submit" class="primary" data-testid="answer-reasons-send">{{ 'chat.actions.sendRating' | t }}</button>
          <button type="button" (click)="choosingReasons.set(false)">{{ 'common.cancel' | t }}</button>
        </div>
      </form>
    }

    <p class="status" role="status" data-testid="answer-action-status">{{ status() }}</p>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      margin: -0.5rem 0 0.35rem;
      padding: 0 0.25rem;
    }
    .actions button {
      font-size: 0.8125rem;
      padding: 0.15rem 0.55rem;
    }
    .actions button[aria-pressed='true'] {
      background: var(--ml-accent-soft);
      border-color: #0b4f8a;
      color: var(--ml-accent);
      font-weight: 600;
    }
    .rating {
      display: inline-flex;
      gap: 0.35rem;
      margin-left: auto;
    }
    .edit,
    .reasons {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      border: 1px solid var(--ml-border);
      border-radius: 6px;
      background: var(--ml-surface);
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.5rem;
    }
    .edit textarea {
      width: 100%;
      font: inherit;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    legend {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .note {
      margin: 0;
      font-size: 0.75rem;
      color: var(--ml-muted);
    }
    .row {
      display: flex;
      gap: 0.5rem;
    }
    .status {
      margin: 0 0 0.75rem;
      padding: 0 0.25rem;
      font-size: 0.8125rem;
      color: var(--ml-info);
      min-height: 1px;
    }
    .status:empty {
      margin: 0;
    }
  `,
})
export class AnswerActionsComponent {
  private readonly i18n = inject(I18nService);
  readonly turn = input.required<ChatTurn>();
  /** The turn's place among the shown turns (1-based), for the group's accessible name. */
  readonly position = input.required<number>();
  /** Offered on the last answered turn only. */
  readonly canRegenerate = input(false);
  readonly canEdit = input(false);
  /** Another answer is streaming: nothing may be sent now. */
  readonly busy = input(false);
  /** Rates a turn's answer; resolves with whether the server recorded it. */
  readonly rater = input.required<(turnId: number, feedback: AnswerFeedbackRequest) => Promise<boolean>>();
  readonly print = output<void>();
  readonly regenerate = output<void>();
  readonly editResend = output<string>();

  protected readonly reasons = ANSWER_FEEDBACK_REASONS;
  protected readonly editing = signal(false);
  protected readonly choosingReasons = signal(false);
  protected readonly chosen = signal<readonly AnswerFeedbackReason[]>([]);
  protected readonly status = signal('');
  protected editedQuestion = '';

  private readonly labels = computed<AnswerDocumentLabels>(() => {
    this.i18n.language();
    return {
      question: this.i18n.translate('chat.record.question'),
      sections: Object.fromEntries(ANSWER_SECTION_ORDER.map((key) => [key, this.i18n.translate(SECTION_TITLES[key])])) as Record<AnswerSectionKeyDto, string>,
      sectionMissing: this.i18n.translate('chat.record.sectionMissing'),
      notice: this.i18n.pick(this.turn().done?.disclaimer) || this.i18n.translate('chat.disclaimer'),
    };
  });

  protected async copy(format: 'text' | 'markdown'): Promise<void> {
    const text =
      format === 'text' ? answerAsPlainText({ turn: this.turn(), labels: this.labels() }) : answerAsMarkdown({ turn: this.turn(), labels: this.labels() });
    const copied = await copyToClipboard({ text });
    this.status.set(this.i18n.translate(copied ? (format === 'text' ? 'chat.actions.copiedText' : 'chat.actions.copiedMarkdown') : 'chat.actions.copyFailed'));
  }

  protected startEditing(): void {
    this.editedQuestion = this.turn().question;
    this.editing.set(true);
  }

  protected resend(): void {
    const question = this.editedQuestion.trim();
    if (!question || this.busy()) return;
    this.editing.set(false);
    this.editResend.emit(question);
  }

  protected toggleReason(reason: AnswerFeedbackReason): void {
    this.chosen.update((chosen) => (chosen.includes(reason) ? chosen.filter((code) => code !== reason) : [...chosen, reason]));
  }

  protected async sendReasons(): Promise<void> {
    // Kept in the list's order, so the same choice is always the same codes.
    const reasons = ANSWER_FEEDBACK_REASONS.filter((reason) => this.chosen().includes(reason));
    if (await this.rate({ rating: 'not-useful', reasons })) this.choosingReasons.set(false);
  }

  protected async rate(feedback: AnswerFeedbackRequest): Promise<boolean> {
    const recorded = await this.rater()(this.turn().id, feedback);
    if (recorded && feedback.rating === 'useful') this.choosingReasons.set(false);
    this.status.set(this.i18n.translate(recorded ? 'chat.actions.rated' : 'chat.actions.rateFailed'));
    return recorded;
  }

  protected reasonLabel(reason: AnswerFeedbackReason): MessageKey {
    return REASON_LABELS[reason];
  }
}
