import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ANSWER_SECTION_ORDER, type AnswerSectionKeyDto, type ReasoningLintFlag } from '@medlocal/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { PickLocalizedPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { MarkdownComponent } from '../../../ui/markdown.component';
import { ServerDetailComponent } from '../../../ui/server-detail.component';
import type { ChatTurn } from '../data-access/chat-turn.model';
import { ConceptChipsComponent } from './concept-chips.component';
import { EntityChipsComponent } from './entity-chips.component';
import { describeFailure } from './describe-failure.util';
import { splitBySpans } from './highlight-spans.util';

const SECTION_TITLES: Readonly<Record<AnswerSectionKeyDto, MessageKey>> = {
  definition: 'chat.section.definition',
  mechanism: 'chat.section.mechanism',
  differential: 'chat.section.differential',
  recommendation: 'chat.section.recommendation',
};

/** One question with its streamed reasoning, four sections, chips, reasoning-check badges and state. */
@Component({
  selector: 'ml-answer-turn',
  imports: [TranslatePipe, PickLocalizedPipe, MarkdownComponent, ConceptChipsComponent, EntityChipsComponent, ServerDetailComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './answer-turn.component.html',
  styleUrl: './answer-turn.component.scss',
})
export class AnswerTurnComponent {
  private readonly i18n = inject(I18nService);
  readonly turn = input.required<ChatTurn>();
  /** Offered on the last turn once it was stopped or failed: asks the same question again. */
  readonly retryable = input(false);
  readonly useTemplate = output<string>();
  readonly retry = output<void>();

  protected readonly sectionOrder = ANSWER_SECTION_ORDER;
  protected readonly activeFlag = signal<number | null>(null);
  protected readonly streaming = computed(() => this.turn().state === 'streaming' || this.turn().state === 'waiting');
  protected readonly lint = computed<readonly ReasoningLintFlag[]>(() => this.turn().done?.lint ?? []);
  protected readonly thoughtSegments = computed(() => {
    const flags = this.lint();
    const spans = flags.map((flag) => (flag.target === 'thought' ? flag : { start: 0, end: 0 }));
    return splitBySpans({ text: this.turn().thought, spans });
  });
  protected readonly activeAnswerExcerpt = computed(() => {
    const index = this.activeFlag();
    const flag = index === null ? null : this.lint()[index];
    if (!flag || flag.target !== 'answer') return null;
    const text = this.turn().answer;
    return {
      before: text.slice(Math.max(0, flag.start - 40), flag.start),
      marked: text.slice(flag.start, flag.end),
      after: text.slice(flag.end, flag.end + 40),
    };
  });

  protected sectionTitle(key: AnswerSectionKeyDto): MessageKey {
    return SECTION_TITLES[key];
  }

  protected readonly failureText = computed(() => {
    const failure = this.turn().failure;
    return failure ? describeFailure({ failure }) : { key: 'chat.error.broken' as MessageKey, params: {} };
  });

  /** `missing`: a finished answer lacks it; `not-received`: the answer was stopped or failed before it came. */
  protected sectionState(key: AnswerSectionKeyDto): 'streaming' | 'present' | 'missing' | 'not-received' | 'pending' {
    const turn = this.turn();
    const seen = turn.sectionsSeen.includes(key);
    const reported = turn.done?.sections[key]?.present;
    if (seen || reported) {
      const isCurrent = turn.sectionsSeen.at(-1) === key && this.streaming();
      return isCurrent ? 'streaming' : 'present';
    }
    if (this.streaming()) return 'pending';
    return turn.state === 'done' ? 'missing' : 'not-received';
  }

  /** Live-parsed text, or the server's section text when the heading parse found none. */
  protected sectionText(key: AnswerSectionKeyDto): string {
    const turn = this.turn();
    return turn.sections[key] || turn.done?.sections[key]?.text || '';
  }

  protected applyHint(template: { readonly zh: string; readonly en: string }): void {
    this.useTemplate.emit(this.i18n.pick(template));
  }

  protected toggleFlag(index: number): void {
    this.activeFlag.update((current) => (current === index ? null : index));
  }

  protected lintKey(flag: ReasoningLintFlag): MessageKey {
    return flag.severity === 'warning' ? 'chat.lint.warning' : 'chat.lint.info';
  }
}
