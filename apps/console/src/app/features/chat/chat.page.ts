import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  inject,
  signal,
  viewChild,
  type ElementRef,
  type OnInit,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../ui/error-banner.component';
import type { RequestProblem } from '../../core/api/request-problem.util';
import { I18nService } from '../../core/i18n/i18n.service';
import { ChatStore } from './data-access/chat.store';
import type { ProfileFactEditRequest } from './data-access/profile-fact-edit.model';
import { ConversationListStore } from './data-access/conversation-list.store';
import type { AnswerFeedbackRequest } from '@medlocal/contracts';
import { AnswerActionsComponent } from './ui/answer-actions.component';
import { AnswerTurnComponent } from './ui/answer-turn.component';
import { PrintRecordComponent, type PrintedTurn } from './ui/print-record.component';
import { ContextMeterComponent } from './ui/context-meter.component';
import { ContinueConversationPromptComponent } from './ui/continue-conversation-prompt.component';
import { ConversationListComponent } from './ui/conversation-list.component';
import { fitTextareaHeight } from './ui/fit-textarea-height.util';
import { followAfterScroll } from './ui/follow-latest.util';
import { PatientProfileComponent } from './ui/patient-profile.component';

/** The composer never takes more than this share of the window: the answer keeps the rest. */
const COMPOSER_MAX_SHARE = 0.3;

/**
 * The clinician's page: the conversation (following the streaming answer unless the reader scrolled
 * up), the composer (Ctrl/Cmd+Enter sends; it grows with the question), the list of open
 * conversations, and the profile and context of the one shown.
 */
@Component({
  selector: 'ml-chat-page',
  imports: [
    FormsModule,
    TranslatePipe,
    ErrorBannerComponent,
    AnswerTurnComponent,
    AnswerActionsComponent,
    PrintRecordComponent,
    ContextMeterComponent,
    PatientProfileComponent,
    ConversationListComponent,
    ContinueConversationPromptComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chat-layout">
      <section class="conversation" [attr.aria-label]="'chat.conversation' | t" [attr.aria-busy]="store.loading()">
        <h1 class="visually-hidden">{{ 'nav.chat' | t }}</h1>
        <p class="disclaimer" role="note" data-testid="chat-disclaimer">{{ 'chat.disclaimer' | t }}</p>
        @if (printable().length > 0) {
          <div class="record-tools" role="group" [attr.aria-label]="'chat.record.tools' | t">
            <button type="button" data-testid="chat-print-conversation" (click)="print(null)">{{ 'chat.record.printConversation' | t }}</button>
            <label>
              <input type="checkbox" data-testid="chat-print-reasoning" [checked]="printReasoning()" (change)="printReasoning.set(!printReasoning())" />
              {{ 'chat.record.includeReasoning' | t }}
            </label>
          </div>
        }
        @for (turn of store.turns(); track turn.id) {
          <ml-answer-turn [turn]="turn" [retryable]="$last && !store.streaming()" (useTemplate)="applyTemplate($event)" (retry)="retryTurn(turn.id)" />
          <ml-answer-actions
            [turn]="turn"
            [position]="$index + 1"
            [canRegenerate]="$last && turn.state === 'done'"
            [canEdit]="turn.state !== 'waiting' && turn.state !== 'streaming'"
            [busy]="store.streaming()"
            [rater]="rateTurn"
            (print)="print(turn.id)"
            (regenerate)="regenerate(turn.id)"
            (editResend)="editAndResend(turn.id, $event)"
          />
        } @empty {
          <p class="empty">{{ (store.loading() ? 'common.loading' : 'chat.empty') | t }}</p>
        }
        <form #composer class="composer" data-testid="chat-composer" (ngSubmit)="send()">
          <div class="notices" aria-live="polite">
            @if (keptNotice()) {
              <p class="kept" data-testid="chat-kept-notice">{{ 'chat.list.keptNotice' | t }}</p>
            }
          </div>
          @if (store.lostConversation(); as lost) {
            <ml-continue-conversation-prompt
              [turns]="lost.turns"
              [busy]="store.loading()"
              (continueConversation)="continueLostConversation()"
              (startEmpty)="startEmptyAfterLoss()"
            />
          }
          @if (store.problem(); as problem) {
            <ml-error-banner what="chat.error.create" [problem]="problem" [retryable]="true" (retry)="send()" data-testid="chat-problem" />
          }
          @if (!following() && store.turns().length > 0) {
            <button type="button" class="jump" data-testid="chat-jump-latest" (click)="jumpToLatest()">↓ {{ 'chat.jumpLatest' | t }}</button>
          }
          <label for="chat-input">{{ 'chat.input.label' | t }}</label>
          <textarea
            #input
            id="chat-input"
            name="question"
            data-testid="chat-input"
            rows="2"
            [value]="store.draft()"
            (input)="onInput($event)"
            (keydown)="onKeydown($event)"
            aria-describedby="chat-input-help"
            maxlength="8000"
          ></textarea>
          <div class="actions">
            <p id="chat-input-help" class="help">{{ 'chat.input.help' | t }}</p>
            <label class="strict"><input type="checkbox" name="strict" [(ngModel)]="strict" /> {{ 'chat.strict' | t }}</label>
            <button
              #sideToggle
              type="button"
              class="side-toggle"
              data-testid="chat-side-toggle"
              aria-controls="chat-side"
              [attr.aria-expanded]="sideOpen()"
              (click)="toggleSide()"
            >
              {{ 'chat.side.open' | t }}
            </button>
            <button type="button" data-testid="chat-new" [disabled]="store.streaming()" (click)="newConversation()">{{ 'chat.new' | t }}</button>
            @if (store.streaming()) {
              <button type="button" class="stop" data-testid="chat-stop" (click)="store.stop()">{{ 'chat.stop' | t }}</button>
            }
            <button type="submit" class="primary" data-testid="chat-send" [disabled]="store.streaming() || !store.draft().trim()">{{ 'chat.send' | t }}</button>
          </div>
        </form>
      </section>
      <aside id="chat-side" class="side" [class.open]="sideOpen()" [attr.aria-label]="'chat.side' | t" data-testid="chat-side">
        <div class="side-head">
          <button #sideClose type="button" data-testid="chat-side-close" (click)="closeSide()">{{ 'chat.side.close' | t }}</button>
        </div>
        <ml-conversation-list
          [conversations]="list.conversations()"
          [currentId]="store.conversationId()"
          [idleTtlMinutes]="list.idleTtlMinutes()"
          (openConversation)="openConversation($event)"
          (rename)="rename($event)"
          (closeConversation)="closeConversation($event)"
        />
        @if (list.problem(); as problem) {
          <ml-error-banner what="chat.list.failed" [problem]="problem" [retryable]="true" (retry)="refreshList()" />
        }
        <ml-context-meter [context]="store.latestMeta()?.context ?? null" />
        <ml-patient-profile
          [profile]="store.profile()"
          [turns]="store.turns()"
          [problem]="profileProblem()"
          [status]="profileStatus()"
          (edit)="editProfile($event)"
        />
      </aside>
    </div>
    <ml-print-record
      [turns]="printedTurns()"
      [whole]="printJob() === null"
      [includeReasoning]="printReasoning()"
      [title]="currentTitle()"
      [printedAt]="printedAt()"
    />
  `,
  styles: `
    .record-tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
      margin: 0 0 0.75rem;
      font-size: 0.8125rem;
    }
    .record-tools button {
      font-size: 0.8125rem;
    }
    .chat-layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 19rem;
      gap: 1rem;
      max-width: 80rem;
      margin: 0 auto;
    }
    @media (max-width: 900px) {
      .chat-layout {
        grid-template-columns: 1fr;
      }
    }
    .disclaimer {
      font-size: 0.8125rem;
      color: var(--ml-warn);
      background: var(--ml-warn-soft);
      border: 1px solid #fdba74;
      border-radius: 4px;
      padding: 0.35rem 0.6rem;
      margin: 0 0 0.75rem;
    }
    .empty {
      color: var(--ml-muted);
    }
    .composer {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      background: var(--ml-surface);
      border: 1px solid var(--ml-border);
      border-radius: 8px;
      padding: 0.5rem 0.75rem;
      position: sticky;
      bottom: 0;
      box-shadow: 0 -4px 12px rgb(15 23 42 / 6%);
    }
    .composer > label {
      font-size: 0.8125rem;
      font-weight: 600;
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
      font: inherit;
      resize: none;
      overflow-y: hidden;
      min-height: 2.75rem;
    }
    .help {
      font-size: 0.75rem;
      color: var(--ml-muted);
      margin: 0;
      flex: 1;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .stop {
      border-color: #b91c1c;
      color: var(--ml-danger);
    }
    .jump {
      align-self: center;
      border-radius: 999px;
      border-color: #2563eb;
      color: var(--ml-info);
      background: var(--ml-info-soft);
      font-size: 0.8125rem;
    }
    .kept {
      margin: 0;
      font-size: 0.8125rem;
      color: var(--ml-info);
    }
    .notices:empty {
      display: none;
    }
    .side {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      background: var(--ml-surface);
      border: 1px solid var(--ml-border);
      border-radius: 8px;
      padding: 0.75rem;
      align-self: start;
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow-y: auto;
    }
    .side-toggle,
    .side-head {
      display: none;
    }
    /* Narrow screens: the answer keeps the page; list, context and profile open as a drawer. */
    @media (max-width: 900px) {
      .side {
        display: none;
        position: fixed;
        inset: 0 0 0 auto;
        width: min(22rem, 92vw);
        max-height: none;
        border-radius: 0;
        z-index: 20;
        box-shadow: -8px 0 24px rgb(15 23 42 / 25%);
      }
      .side.open {
        display: flex;
      }
      .side-toggle {
        display: inline-block;
      }
      .side-head {
        display: flex;
        justify-content: flex-end;
      }
      .help {
        display: none;
      }
    }
  `,
  host: { '(window:scroll)': 'onScroll()', '(window:afterprint)': 'printJob.set(null)', '(keydown.escape)': 'onEscape($event)' },
})
export class ChatPage implements OnInit {
  protected readonly store = inject(ChatStore);
  protected readonly list = inject(ConversationListStore);
  private readonly input = viewChild.required<ElementRef<HTMLTextAreaElement>>('input');
  private readonly composer = viewChild.required<ElementRef<HTMLFormElement>>('composer');
  // The server enforces the four-section shape unless told otherwise; the console mirrors that default.
  protected strict = true;
  protected readonly following = signal(true);
  protected readonly keptNotice = signal(false);
  private previousScrollTop = 0;
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  /** What the next printout holds: one answer (its turn id) or, by default, the whole conversation. */
  protected readonly printJob = signal<number | null>(null);
  protected readonly printReasoning = signal(false);
  protected readonly printedAt = signal(new Date());
  /** Answers worth a record: complete ones, and stopped ones (marked as such). */
  protected readonly printable = computed<PrintedTurn[]>(() =>
    this.store
      .turns()
      .map((turn, index) => ({ number: index + 1, turn }))
      .filter(({ turn }) => turn.state === 'done' || turn.state === 'stopped'),
  );
  protected readonly printedTurns = computed(() => {
    const job = this.printJob();
    return job === null ? this.printable() : this.printable().filter(({ turn }) => turn.id === job);
  });
  protected readonly currentTitle = computed(
    () => this.list.conversations().find((conversation) => conversation.id === this.store.conversationId())?.title ?? null,
  );
  protected readonly profileProblem = signal<RequestProblem | null>(null);
  protected readonly profileStatus = signal('');

  protected async editProfile(request: ProfileFactEditRequest): Promise<void> {
    this.profileStatus.set('');
    const problem = await this.store.editProfile(request);
    this.profileProblem.set(problem);
    if (problem === null) this.profileStatus.set(this.i18n.translate('chat.profile.updated'));
  }

  protected readonly rateTurn = async (turnId: number, feedback: AnswerFeedbackRequest): Promise<boolean> => (await this.store.rate(turnId, feedback)) === null;
  /** What the view follows: the number of turns and how far the last one has streamed. */
  private readonly progress = computed(() => {
    const last = this.store.lastTurn();
    return `${this.store.turns().length}:${last?.state}:${last?.thought.length}:${last?.answer.length}:${last?.failure?.kind}`;
  });

  constructor() {
    afterRenderEffect(() => {
      this.progress();
      if (this.following()) this.scrollToLatest();
    });
    // The value binding has written the textarea by now, so its height fits the text it shows.
    afterRenderEffect(() => {
      this.store.draft();
      this.fitComposer();
    });
    inject(DestroyRef).onDestroy(() => this.keptNotice.set(false));
    this.keepFocusAboveComposer();
  }

  /**
   * The composer is sticky at the bottom of the page, so a control scrolled or tabbed into view near the bottom (the
   * reasons of a not-useful rating, the last answer's actions) would sit behind it (WCAG 2.4.11, focus not obscured).
   * The page's scroll padding follows the composer's height, so the browser scrolls such a control above it.
   */
  private keepFocusAboveComposer(): void {
    const root = document.documentElement;
    let observer: ResizeObserver | undefined;
    afterNextRender(() => {
      const composer = this.composer().nativeElement;
      const pad = () => (root.style.scrollPaddingBottom = `${Math.ceil(composer.getBoundingClientRect().height) + 16}px`);
      pad();
      observer = new ResizeObserver(pad);
      observer.observe(composer);
    });
    inject(DestroyRef).onDestroy(() => {
      observer?.disconnect();
      root.style.removeProperty('scroll-padding-bottom');
    });
  }

  ngOnInit(): void {
    void this.store.restore();
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.send();
    }
  }

  protected onInput(event: Event): void {
    this.store.draft.set((event.target as HTMLTextAreaElement).value);
  }

  protected onScroll(): void {
    const root = document.documentElement;
    const position = { scrollTop: root.scrollTop, scrollHeight: root.scrollHeight, clientHeight: window.innerHeight };
    this.following.set(followAfterScroll({ following: this.following(), previousTop: this.previousScrollTop, position }));
    this.previousScrollTop = position.scrollTop;
  }

  protected send(): void {
    const question = this.store.draft().trim();
    if (!question || this.store.streaming()) return;
    this.store.draft.set('');
    this.keptNotice.set(false);
    this.following.set(true);
    void this.store.send(question, this.strict);
  }

  /** The server that held the conversation restarted: continue from the page's copy, asking the question that found it gone. */
  protected continueLostConversation(): void {
    this.following.set(true);
    void this.store.continueInNewConversation();
  }

  protected startEmptyAfterLoss(): void {
    this.store.startEmptyAfterLoss();
    this.input().nativeElement.focus();
  }

  protected retryTurn(turnId: number): void {
    this.following.set(true);
    // The question kept in the box after a lost connection is the one asked again now.
    const question = this.store.turns().find((turn) => turn.id === turnId)?.question;
    if (question !== undefined && this.store.draft().trim() === question) this.store.draft.set('');
    void this.store.retry(turnId);
  }

  /** Prints one answer, or the whole conversation (null), through the browser's print dialog. */
  protected print(turnId: number | null): void {
    this.printJob.set(turnId);
    this.printedAt.set(new Date());
    afterNextRender(() => window.print(), { injector: this.injector });
  }

  protected regenerate(turnId: number): void {
    this.following.set(true);
    void this.store.regenerate(turnId);
  }

  protected editAndResend(turnId: number, question: string): void {
    this.following.set(true);
    void this.store.editAndResend(turnId, question);
  }

  protected jumpToLatest(): void {
    this.following.set(true);
    this.scrollToLatest();
    this.input().nativeElement.focus({ preventScroll: true });
  }

  protected fitComposer(): void {
    fitTextareaHeight({ textarea: this.input().nativeElement, maxPx: Math.round(window.innerHeight * COMPOSER_MAX_SHARE) });
  }

  protected applyTemplate(template: string): void {
    this.store.draft.set(template);
    this.input().nativeElement.focus();
  }

  /** A fresh page; the conversation shown so far stays in the list (closing one is a separate, confirmed step). */
  protected readonly sideOpen = signal(false);
  private readonly sideToggle = viewChild.required<ElementRef<HTMLButtonElement>>('sideToggle');
  private readonly sideClose = viewChild.required<ElementRef<HTMLButtonElement>>('sideClose');

  /** The drawer of narrow screens: focus goes into it on opening and back to its button on closing. */
  protected toggleSide(): void {
    if (this.sideOpen()) {
      this.closeSide();
      return;
    }
    this.sideOpen.set(true);
    afterNextRender(() => this.sideClose().nativeElement.focus(), { injector: this.injector });
  }

  /** Escape closes the drawer, unless something inside it (a dialog, a form) handled the key already. */
  protected onEscape(event: Event): void {
    if (!event.defaultPrevented) this.closeSide();
  }

  protected closeSide(): void {
    if (!this.sideOpen()) return;
    this.sideOpen.set(false);
    afterNextRender(() => this.sideToggle().nativeElement.focus(), { injector: this.injector });
  }

  protected newConversation(): void {
    const hadTurns = this.store.turns().length > 0;
    this.store.startNew();
    this.keptNotice.set(hadTurns);
    this.store.draft.set('');
    this.input().nativeElement.focus();
  }

  protected async openConversation(id: string): Promise<void> {
    this.keptNotice.set(false);
    this.following.set(true);
    await this.store.open(id);
  }

  protected rename(change: { id: string; title: string }): void {
    void this.list.rename(change.id, change.title);
  }

  protected closeConversation(id: string): void {
    this.keptNotice.set(false);
    void this.store.close(id);
  }

  protected refreshList(): void {
    void this.list.refresh();
  }

  private scrollToLatest(): void {
    const root = document.documentElement;
    window.scrollTo({ top: root.scrollHeight });
    this.previousScrollTop = root.scrollTop;
  }
}
