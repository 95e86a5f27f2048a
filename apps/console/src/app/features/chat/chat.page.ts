import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
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
import { ChatStore } from './data-access/chat.store';
import { ConversationListStore } from './data-access/conversation-list.store';
import { AnswerTurnComponent } from './ui/answer-turn.component';
import { ContextMeterComponent } from './ui/context-meter.component';
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
  imports: [FormsModule, TranslatePipe, ErrorBannerComponent, AnswerTurnComponent, ContextMeterComponent, PatientProfileComponent, ConversationListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chat-layout">
      <section class="conversation" [attr.aria-label]="'chat.conversation' | t" [attr.aria-busy]="store.loading()">
        <h1 class="visually-hidden">{{ 'nav.chat' | t }}</h1>
        <p class="disclaimer" role="note" data-testid="chat-disclaimer">{{ 'chat.disclaimer' | t }}</p>
        @for (turn of store.turns(); track turn.id) {
          <ml-answer-turn [turn]="turn" [retryable]="$last && !store.streaming()" (useTemplate)="applyTemplate($event)" (retry)="retryTurn(turn.id)" />
        } @empty {
          <p class="empty">{{ (store.loading() ? 'common.loading' : 'chat.empty') | t }}</p>
        }
        <form class="composer" (ngSubmit)="send()">
          <div class="notices" aria-live="polite">
            @if (keptNotice()) {
              <p class="kept" data-testid="chat-kept-notice">{{ 'chat.list.keptNotice' | t }}</p>
            }
          </div>
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
            <button type="button" data-testid="chat-new" [disabled]="store.streaming()" (click)="newConversation()">{{ 'chat.new' | t }}</button>
            @if (store.streaming()) {
              <button type="button" class="stop" data-testid="chat-stop" (click)="store.stop()">{{ 'chat.stop' | t }}</button>
            }
            <button type="submit" class="primary" data-testid="chat-send" [disabled]="store.streaming() || !store.draft().trim()">{{ 'chat.send' | t }}</button>
          </div>
        </form>
      </section>
      <aside class="side" [attr.aria-label]="'chat.side' | t">
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
        <ml-patient-profile [profile]="store.latestMeta()?.profile ?? null" [turns]="store.turns()" />
      </aside>
    </div>
  `,
  styles: `
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
      color: #7c2d12;
      background: #fff7ed;
      border: 1px solid #fdba74;
      border-radius: 4px;
      padding: 0.35rem 0.6rem;
      margin: 0 0 0.75rem;
    }
    .empty {
      color: #52606d;
    }
    .composer {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      background: #fff;
      border: 1px solid #d9e2ec;
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
      color: #52606d;
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
      color: #b91c1c;
    }
    .jump {
      align-self: center;
      border-radius: 999px;
      border-color: #2563eb;
      color: #1d4ed8;
      background: #eff6ff;
      font-size: 0.8125rem;
    }
    .kept {
      margin: 0;
      font-size: 0.8125rem;
      color: #1e3a8a;
    }
    .notices:empty {
      display: none;
    }
    .side {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      background: #fff;
      border: 1px solid #d9e2ec;
      border-radius: 8px;
      padding: 0.75rem;
      align-self: start;
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow-y: auto;
    }
    @media (max-width: 900px) {
      .side {
        position: static;
        max-height: none;
      }
      .help {
        display: none;
      }
    }
  `,
  host: { '(window:scroll)': 'onScroll()' },
})
export class ChatPage implements OnInit {
  protected readonly store = inject(ChatStore);
  protected readonly list = inject(ConversationListStore);
  private readonly input = viewChild.required<ElementRef<HTMLTextAreaElement>>('input');
  // The server enforces the four-section shape unless told otherwise; the console mirrors that default.
  protected strict = true;
  protected readonly following = signal(true);
  protected readonly keptNotice = signal(false);
  private previousScrollTop = 0;
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

  protected retryTurn(turnId: number): void {
    this.following.set(true);
    // The question kept in the box after a lost connection is the one asked again now.
    const question = this.store.turns().find((turn) => turn.id === turnId)?.question;
    if (question !== undefined && this.store.draft().trim() === question) this.store.draft.set('');
    void this.store.retry(turnId);
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
