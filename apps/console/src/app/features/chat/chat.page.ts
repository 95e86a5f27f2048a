import { ChangeDetectionStrategy, Component, inject, signal, viewChild, type ElementRef } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../ui/error-banner.component';
import { ChatStore } from './data-access/chat.store';
import { AnswerTurnComponent } from './ui/answer-turn.component';
import { ContextMeterComponent } from './ui/context-meter.component';
import { PatientProfileComponent } from './ui/patient-profile.component';

/** The clinician's page: conversation, input (Ctrl/Cmd+Enter sends), stop, new conversation, profile and context. */
@Component({
  selector: 'ml-chat-page',
  imports: [FormsModule, TranslatePipe, ErrorBannerComponent, AnswerTurnComponent, ContextMeterComponent, PatientProfileComponent],
  providers: [ChatStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chat-layout">
      <section class="conversation" [attr.aria-label]="'chat.conversation' | t">
        <h1 class="visually-hidden">{{ 'nav.chat' | t }}</h1>
        <p class="disclaimer" role="note" data-testid="chat-disclaimer">{{ 'chat.disclaimer' | t }}</p>
        @if (store.problem(); as problem) {
          <ml-error-banner what="chat.error.create" [problem]="problem" [retryable]="true" (retry)="retry()" />
        }
        @for (turn of store.turns(); track turn.id) {
          <ml-answer-turn [turn]="turn" (useTemplate)="applyTemplate($event)" />
        } @empty {
          <p class="empty">{{ 'chat.empty' | t }}</p>
        }
        <form class="composer" (ngSubmit)="send()">
          <label for="chat-input">{{ 'chat.input.label' | t }}</label>
          <textarea
            #input
            id="chat-input"
            name="question"
            data-testid="chat-input"
            rows="4"
            [(ngModel)]="draft"
            (keydown)="onKeydown($event)"
            [attr.aria-describedby]="'chat-input-help'"
            maxlength="8000"
          ></textarea>
          <p id="chat-input-help" class="help">{{ 'chat.input.help' | t }}</p>
          <div class="actions">
            <label class="strict"><input type="checkbox" name="strict" [(ngModel)]="strict" /> {{ 'chat.strict' | t }}</label>
            <span class="spacer"></span>
            <button type="button" data-testid="chat-new" (click)="newConversation()">{{ 'chat.new' | t }}</button>
            @if (store.streaming()) {
              <button type="button" class="stop" data-testid="chat-stop" (click)="store.stop()">{{ 'chat.stop' | t }}</button>
            }
            <button type="submit" class="primary" data-testid="chat-send" [disabled]="store.streaming() || !draft.trim()">{{ 'chat.send' | t }}</button>
          </div>
        </form>
      </section>
      <aside class="side" [attr.aria-label]="'chat.side' | t">
        <ml-context-meter [context]="store.latestMeta()?.context ?? null" />
        <ml-patient-profile [profile]="store.latestMeta()?.profile ?? null" />
      </aside>
    </div>
  `,
  styles: `
    .chat-layout { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 1rem; max-width: 80rem; margin: 0 auto; }
    @media (max-width: 900px) { .chat-layout { grid-template-columns: 1fr; } }
    .disclaimer { font-size: 0.8125rem; color: #7c2d12; background: #fff7ed; border: 1px solid #fdba74; border-radius: 4px; padding: 0.35rem 0.6rem; margin: 0 0 0.75rem; }
    .empty { color: #52606d; }
    .composer { display: flex; flex-direction: column; gap: 0.35rem; background: #fff; border: 1px solid #d9e2ec; border-radius: 8px; padding: 0.75rem; position: sticky; bottom: 0; }
    textarea { width: 100%; box-sizing: border-box; font: inherit; resize: vertical; }
    .help { font-size: 0.75rem; color: #52606d; margin: 0; }
    .actions { display: flex; align-items: center; gap: 0.5rem; }
    .spacer { flex: 1; }
    .stop { border-color: #b91c1c; color: #b91c1c; }
    .side { display: flex; flex-direction: column; gap: 1rem; background: #fff; border: 1px solid #d9e2ec; border-radius: 8px; padding: 0.75rem; align-self: start; position: sticky; top: 0.5rem; }
  `,
})
export class ChatPage {
  protected readonly store = inject(ChatStore);
  private readonly input = viewChild.required<ElementRef<HTMLTextAreaElement>>('input');
  protected draft = '';
  // The server enforces the four-section shape unless told otherwise; the console mirrors that default.
  protected strict = true;
  protected readonly lastQuestion = signal('');

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.send();
    }
  }

  protected send(): void {
    const question = this.draft.trim();
    if (!question || this.store.streaming()) return;
    this.lastQuestion.set(question);
    this.draft = '';
    void this.store.send(question, this.strict);
  }

  /** After the conversation could not be opened, the question is asked again as it was. */
  protected retry(): void {
    if (this.lastQuestion()) void this.store.send(this.lastQuestion(), this.strict);
  }

  protected applyTemplate(template: string): void {
    this.draft = template;
    this.input().nativeElement.focus();
  }

  protected async newConversation(): Promise<void> {
    await this.store.reset();
    this.draft = '';
    this.input().nativeElement.focus();
  }
}
