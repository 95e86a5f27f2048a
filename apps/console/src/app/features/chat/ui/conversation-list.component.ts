import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ConversationSummaryDto } from '@medlocal/contracts';
import { LocalDatePipe, PickLocalizedPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { filterConversations } from './filter-conversations.util';

/**
 * The clinician's open conversations: switch, search, rename, close (after a confirmation). Says
 * how long the server keeps them, since they live in its memory only.
 */
@Component({
  selector: 'ml-conversation-list',
  imports: [FormsModule, TranslatePipe, PickLocalizedPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="conversations" aria-labelledby="conversation-list-title" data-testid="conversation-list">
      <h2 id="conversation-list-title">{{ 'chat.list.title' | t }}</h2>
      @if (idleTtlMinutes(); as minutes) {
        <p class="retention" data-testid="conversation-retention">{{ 'chat.list.retention' | t: { minutes } }}</p>
      }
      @if (conversations().length > 3) {
        <label class="search">
          <span class="visually-hidden">{{ 'chat.list.search' | t }}</span>
          <input
            type="search"
            [placeholder]="'chat.list.search' | t"
            [ngModel]="query()"
            (ngModelChange)="query.set($event)"
            data-testid="conversation-search"
          />
        </label>
      }
      <ul>
        @for (conversation of shown(); track conversation.id) {
          <li data-testid="conversation-item" [class.current]="conversation.id === currentId()" [attr.data-conversation-id]="conversation.id">
            @if (editing() === conversation.id) {
              <form class="rename" (ngSubmit)="saveTitle(conversation.id)">
                <label [for]="'rename-' + conversation.id">{{ 'chat.list.renameLabel' | t }}</label>
                <input
                  [id]="'rename-' + conversation.id"
                  name="title"
                  maxlength="120"
                  required
                  [ngModel]="draftTitle()"
                  (ngModelChange)="draftTitle.set($event)"
                  data-testid="conversation-title-input"
                />
                <button type="submit" [disabled]="!draftTitle().trim()" data-testid="conversation-title-save">{{ 'common.save' | t }}</button>
                <button type="button" (click)="editing.set(null)">{{ 'common.cancel' | t }}</button>
              </form>
            } @else {
              <button
                type="button"
                class="open"
                (click)="openConversation.emit(conversation.id)"
                [attr.aria-current]="conversation.id === currentId() ? 'true' : null"
                data-testid="conversation-open"
              >
                <span class="title">{{ conversation.title ?? ('chat.list.untitled' | t) }}</span>
                <small>
                  {{ 'chat.list.turns' | t: { count: conversation.turnCount } }}
                  @if (conversation.profile.age !== null) {
                    · {{ 'chat.list.age' | t: { age: conversation.profile.age } }}
                  }
                  @if (conversation.profile.sex) {
                    · {{ (conversation.profile.sex === 'male' ? 'entity.male' : 'entity.female') | t }}
                  }
                  @for (diagnosis of conversation.profile.diagnoses.slice(0, 2); track $index) {
                    · {{ diagnosis | pick }}
                  }
                  · {{ conversation.lastActiveAt | localDate }}
                </small>
              </button>
              <div class="item-actions">
                <button type="button" (click)="startRename(conversation)" data-testid="conversation-rename">
                  {{ 'chat.list.rename' | t }}<span class="visually-hidden">: {{ conversation.title ?? ('chat.list.untitled' | t) }}</span>
                </button>
                <button type="button" (click)="confirming.set(conversation.id)" data-testid="conversation-close">
                  {{ 'common.close' | t }}<span class="visually-hidden">: {{ conversation.title ?? ('chat.list.untitled' | t) }}</span>
                </button>
              </div>
              @if (confirming() === conversation.id) {
                <div class="confirm" role="alertdialog" [attr.aria-labelledby]="'confirm-' + conversation.id">
                  <p [id]="'confirm-' + conversation.id">{{ 'chat.list.closeConfirm' | t }}</p>
                  <button type="button" class="danger" (click)="confirmClose(conversation.id)" data-testid="conversation-close-confirm">
                    {{ 'chat.list.closeYes' | t }}
                  </button>
                  <button type="button" (click)="confirming.set(null)">{{ 'common.cancel' | t }}</button>
                </div>
              }
            }
          </li>
        } @empty {
          <li class="empty">{{ (query() ? 'chat.list.noMatch' : 'chat.list.empty') | t }}</li>
        }
      </ul>
    </section>
  `,
  styles: `
    .conversations {
      font-size: 0.875rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.25rem;
    }
    .retention {
      font-size: 0.75rem;
      color: var(--ml-muted);
      margin: 0 0 0.5rem;
    }
    .search input {
      width: 100%;
      box-sizing: border-box;
      margin-bottom: 0.4rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      max-height: 16rem;
      overflow-y: auto;
    }
    li {
      border: 1px solid var(--ml-border);
      border-radius: 6px;
      padding: 0.3rem 0.4rem;
    }
    li.current {
      border-color: #2563eb;
      background: var(--ml-info-soft);
    }
    li.empty {
      border: none;
      color: var(--ml-muted);
    }
    .open {
      all: unset;
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      width: 100%;
      cursor: pointer;
    }
    .open:focus-visible {
      outline: 3px solid #2563eb;
      outline-offset: 2px;
    }
    .title {
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    small {
      color: var(--ml-muted);
    }
    .item-actions {
      display: flex;
      gap: 0.3rem;
      margin-top: 0.2rem;
    }
    .item-actions button,
    .confirm button,
    .rename button {
      font-size: 0.75rem;
    }
    .confirm {
      margin-top: 0.3rem;
    }
    .confirm p {
      margin: 0 0 0.25rem;
      color: var(--ml-danger);
    }
    .danger {
      border-color: #b91c1c;
      color: var(--ml-danger);
    }
    .rename {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      align-items: center;
    }
    .rename input {
      flex: 1 1 8rem;
      min-width: 0;
    }
  `,
})
export class ConversationListComponent {
  readonly conversations = input.required<readonly ConversationSummaryDto[]>();
  readonly currentId = input<string | null>(null);
  readonly idleTtlMinutes = input<number | null>(null);
  readonly openConversation = output<string>();
  readonly rename = output<{ id: string; title: string }>();
  readonly closeConversation = output<string>();

  protected readonly query = signal('');
  protected readonly editing = signal<string | null>(null);
  protected readonly draftTitle = signal('');
  protected readonly confirming = signal<string | null>(null);
  protected readonly shown = computed(() => filterConversations({ conversations: this.conversations(), query: this.query() }));

  protected startRename(conversation: ConversationSummaryDto): void {
    this.confirming.set(null);
    this.draftTitle.set(conversation.title ?? '');
    this.editing.set(conversation.id);
  }

  protected saveTitle(id: string): void {
    const title = this.draftTitle().trim();
    if (!title) return;
    this.rename.emit({ id, title });
    this.editing.set(null);
  }

  protected confirmClose(id: string): void {
    this.confirming.set(null);
    this.closeConversation.emit(id);
  }
}
