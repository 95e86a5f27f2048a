import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/**
 * Asks before a destructive action, as a modal dialog (focus stays inside, Escape cancels). With
 * `typeToConfirm` the confirm button stays off until that exact text is typed, so the admin reads
 * whose account they are about to change.
 */
@Component({
  selector: 'ml-confirm-dialog',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog class="confirm" aria-labelledby="confirm-dialog-message" data-testid="confirm-dialog" (cancel)="cancel($event)">
      <form (ngSubmit)="confirm()">
        <p id="confirm-dialog-message">{{ message() }}</p>
        @if (typeToConfirm(); as expected) {
          <label for="confirm-dialog-input">{{ 'admin.users.confirm.typeUsername' | t: { username: expected } }}</label>
          <input
            id="confirm-dialog-input"
            name="typed"
            autocomplete="off"
            spellcheck="false"
            data-testid="confirm-dialog-input"
            [ngModel]="typed()"
            (ngModelChange)="typed.set($event)"
          />
        }
        <div class="actions">
          <button type="submit" class="danger" data-testid="confirm-dialog-confirm" [disabled]="!matches()">{{ confirmLabel() }}</button>
          <button type="button" data-testid="confirm-dialog-cancel" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
        </div>
      </form>
    </dialog>
  `,
  styles: `
    .confirm {
      max-width: min(28rem, calc(100vw - 2rem));
      border: 1px solid #b91c1c;
      border-radius: 8px;
      padding: 1rem;
      background: var(--ml-surface);
      color: var(--ml-text);
    }
    .confirm::backdrop {
      background: rgb(15 23 42 / 0.45);
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    p {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .danger {
      background: #b91c1c;
      border-color: #b91c1c;
      color: #fff;
    }
    .danger:disabled {
      background: var(--ml-surface-2);
      border-color: var(--ml-control-border);
      color: var(--ml-muted);
    }
  `,
})
export class ConfirmDialogComponent {
  readonly message = input.required<string>();
  readonly confirmLabel = input.required<string>();
  /** Text the user must type (a username) before the action is allowed; none: one click confirms. */
  readonly typeToConfirm = input<string | null>(null);
  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  protected readonly typed = signal('');
  protected readonly matches = computed(() => {
    const expected = this.typeToConfirm();
    return expected === null || this.typed().trim() === expected;
  });
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  constructor() {
    // Focus goes back to the button that opened the dialog once it closes.
    const opener = inject(DOCUMENT).activeElement;
    inject(DestroyRef).onDestroy(() => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    });
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      if (!dialog.open) dialog.showModal();
    });
  }

  protected confirm(): void {
    if (this.matches()) this.confirmed.emit();
  }

  protected cancel(event: Event): void {
    event.preventDefault();
    this.cancelled.emit();
  }
}
