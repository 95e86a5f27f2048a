import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/**
 * Shown when the server that held the conversation restarted: continue in a new conversation seeded
 * with the page's own copy of the turns and profile, or start an empty one. The question stays in the box either way.
 */
@Component({
  selector: 'ml-continue-conversation-prompt',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="lost" role="alert" aria-labelledby="conversation-lost-title" data-testid="conversation-lost">
      <h2 id="conversation-lost-title">{{ 'chat.lost.title' | t }}</h2>
      <p data-testid="conversation-lost-message">{{ 'chat.lost.body' | t: { count: turns() } }}</p>
      <div class="choices">
        <button type="button" class="primary" data-testid="conversation-continue" [disabled]="busy()" (click)="continueConversation.emit()">
          {{ 'chat.lost.continue' | t }}
        </button>
        <button type="button" data-testid="conversation-start-empty" [disabled]="busy()" (click)="startEmpty.emit()">{{ 'chat.lost.startEmpty' | t }}</button>
      </div>
    </section>
  `,
  styles: `
    .lost {
      border: 1px solid var(--ml-warn);
      background: var(--ml-warn-soft);
      border-radius: 4px;
      padding: 0.6rem 0.8rem;
      margin: 0 0 0.75rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.35rem;
    }
    p {
      margin: 0 0 0.5rem;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class ContinueConversationPromptComponent {
  /** Answered turns the new conversation would start from. */
  readonly turns = input.required<number>();
  readonly busy = input(false);
  readonly continueConversation = output();
  readonly startEmpty = output();
}
