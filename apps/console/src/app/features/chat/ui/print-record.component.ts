import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterNextRender, computed, inject, input } from '@angular/core';
import { ANSWER_SECTION_ORDER, type AnswerSectionKeyDto, type ConceptMention } from '@medlocal/contracts';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { LocalDatePipe, PickLocalizedPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { MarkdownComponent } from '../../../ui/markdown.component';
import type { ChatTurn } from '../data-access/chat-turn.model';
import { sectionTextOf } from './answer-document.util';
import { calculationViews } from './profile-facts.util';

const SECTION_TITLES: Readonly<Record<AnswerSectionKeyDto, MessageKey>> = {
  definition: 'chat.section.definition',
  mechanism: 'chat.section.mechanism',
  differential: 'chat.section.differential',
  recommendation: 'chat.section.recommendation',
};

/** One printed turn: its number in the conversation and what the record shows of it. */
export interface PrintedTurn {
  readonly number: number;
  readonly turn: ChatTurn;
}

/**
 * The document a clinician prints for the medical record: each question with its four sections,
 * its coded concepts, the calculations, the model and template version, and the not-a-substitute
 * notice; the reasoning only when asked for. It is hidden on screen; the print stylesheet shows it
 * alone (its host is moved under <body> so the rest of the page can be left out of the printout).
 */
@Component({
  selector: 'ml-print-record',
  imports: [TranslatePipe, PickLocalizedPipe, LocalDatePipe, MarkdownComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <p class="brand">MedLocal</p>
      <h1>{{ 'chat.record.title' | t }}</h1>
      <p class="scope">
        {{ (whole() ? 'chat.record.wholeConversation' : 'chat.record.oneAnswer') | t: { count: turns().length } }} ·
        {{ 'chat.record.printedAt' | t: { time: (printedAt() | localDate) } }}
        @if (includeReasoning()) {
          · {{ 'chat.record.withReasoning' | t }}
        }
      </p>
      @if (title(); as title) {
        <p class="subject">{{ title }}</p>
      }
    </header>
    @for (printed of turns(); track printed.turn.id) {
      @let t0 = printed.turn;
      <article class="record-turn" data-testid="print-turn">
        <h2>{{ 'chat.record.questionNumber' | t: { number: printed.number } }}</h2>
        <p class="question">{{ t0.question }}</p>
        @if (t0.state === 'stopped') {
          <p class="incomplete">{{ 'chat.record.stopped' | t }}</p>
        }
        @if (t0.done?.demo) {
          <p class="incomplete">{{ 'chat.demoAnswer' | t }}</p>
        }
        @if (includeReasoning()) {
          <section class="reasoning" data-testid="print-reasoning">
            <h3>{{ 'chat.thought' | t }}</h3>
            <p>{{ t0.thought || ('chat.thought.none' | t) }}</p>
          </section>
        }
        @if (t0.preamble.trim()) {
          <ml-markdown [text]="t0.preamble" />
        }
        @for (key of sectionOrder; track key) {
          <section class="record-section" [attr.data-testid]="'print-section-' + key">
            <h3>{{ sectionTitle(key) | t }}</h3>
            @if (sectionText(t0, key); as text) {
              <ml-markdown [text]="text" />
            } @else {
              <p class="incomplete">{{ 'chat.record.sectionMissing' | t }}</p>
            }
          </section>
        }
        @if (codedConcepts(t0).length) {
          <h3>{{ 'chat.record.codes' | t }}</h3>
          <ul class="codes" data-testid="print-codes">
            @for (concept of codedConcepts(t0); track $index) {
              <li>
                {{ concept.preferred | pick }}
                @if (concept.negated) {
                  ({{ 'chat.concept.negated' | t }})
                }
                —
                @if (concept.icd11; as icd11) {
                  ICD-11 <code>{{ icd11.code }}</code> {{ icd11.title ?? '' }}
                }
                @if (concept.icd10; as icd10) {
                  · ICD-10 <code>{{ icd10.code }}</code>
                }
                @if (concept.snomed; as snomed) {
                  · SNOMED CT <code>{{ snomed.id }}</code>
                }
              </li>
            }
          </ul>
        }
        @if (calculationsOf(t0).length) {
          <h3>{{ 'chat.profile.calculations' | t }}</h3>
          <ul class="calculations" data-testid="print-calculations">
            @for (calculation of calculationsOf(t0); track calculation.label) {
              <li>
                {{ calculation.label }} {{ calculation.value }} {{ calculation.unit }}
                @if (calculation.stage) {
                  · {{ 'chat.profile.stage' | t }} {{ calculation.stage }}
                }
                @if (calculation.formula) {
                  · {{ 'chat.profile.formula' | t }}: {{ calculation.formula }}
                }
                @if (calculation.weight) {
                  · {{ 'chat.profile.weightUsed' | t: { weight: calculation.weight } }}
                }
              </li>
            }
          </ul>
        }
        <p class="provenance" data-testid="print-provenance">
          {{ 'chat.record.model' | t }}: {{ t0.done?.model ?? '—' }}
          @if (t0.done?.demo) {
            (DEMO)
          }
          @if (t0.meta?.template; as template) {
            · {{ 'chat.record.template' | t }}: {{ template.name }} v{{ template.version }} ({{ template.language }})
          }
        </p>
        <p class="notice" data-testid="print-notice">{{ t0.done?.disclaimer ? (t0.done?.disclaimer | pick) : ('chat.disclaimer' | t) }}</p>
      </article>
    }
    <footer>
      <p>{{ 'chat.disclaimer' | t }}</p>
    </footer>
  `,
  styles: `
    :host {
      font-size: 11pt;
      color: #000;
      background: #fff;
    }
    header {
      border-bottom: 2px solid #000;
      margin-bottom: 0.75rem;
    }
    .brand {
      margin: 0;
      font-weight: 700;
      letter-spacing: 0.05em;
    }
    h1 {
      font-size: 15pt;
      margin: 0.15rem 0;
    }
    h2 {
      font-size: 12pt;
      margin: 0.5rem 0 0.15rem;
    }
    h3 {
      font-size: 11pt;
      margin: 0.45rem 0 0.1rem;
    }
    .scope,
    .subject,
    .provenance {
      margin: 0.15rem 0;
      font-size: 9.5pt;
    }
    .question {
      font-weight: 600;
      white-space: pre-wrap;
      margin: 0;
    }
    .record-turn {
      border-bottom: 1px solid #999;
      padding-bottom: 0.5rem;
      margin-bottom: 0.75rem;
    }
    .record-section {
      break-inside: avoid;
    }
    .reasoning p {
      white-space: pre-wrap;
      font-size: 9.5pt;
      margin: 0;
    }
    .incomplete {
      font-style: italic;
      margin: 0.1rem 0;
    }
    .notice,
    footer p {
      border: 1px solid #000;
      padding: 0.2rem 0.4rem;
      font-size: 9.5pt;
    }
    ul {
      margin: 0.1rem 0;
      padding-left: 1.2rem;
    }
  `,
})
export class PrintRecordComponent {
  readonly turns = input.required<readonly PrintedTurn[]>();
  /** The whole conversation, or one answer of it. */
  readonly whole = input(true);
  readonly includeReasoning = input(false);
  readonly title = input<string | null>(null);
  readonly printedAt = input.required<Date>();

  protected readonly sectionOrder = ANSWER_SECTION_ORDER;
  private readonly codedTurns = computed(() => new Map(this.turns().map(({ turn }) => [turn.id, (turn.meta?.concepts ?? []).filter(hasCode)])));

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    // Printed alone: as a child of <body>, the print stylesheet can leave out everything beside it.
    afterNextRender(() => document.body.append(host));
    inject(DestroyRef).onDestroy(() => host.remove());
  }

  protected sectionTitle(key: AnswerSectionKeyDto): MessageKey {
    return SECTION_TITLES[key];
  }

  protected sectionText(turn: ChatTurn, key: AnswerSectionKeyDto): string {
    return sectionTextOf({ turn, key });
  }

  protected codedConcepts(turn: ChatTurn): readonly ConceptMention[] {
    return this.codedTurns().get(turn.id) ?? [];
  }

  protected calculationsOf(turn: ChatTurn) {
    return turn.meta?.profile ? calculationViews({ profile: turn.meta.profile }) : [];
  }
}

function hasCode(concept: ConceptMention): boolean {
  return Boolean(concept.icd11 ?? concept.icd10 ?? concept.snomed) && !concept.family;
}
