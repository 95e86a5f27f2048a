import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** Copies a code to the clipboard and says so (for screen readers too). */
@Component({
  selector: 'ml-copy-button',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="copy" (click)="copy()" [attr.aria-label]="('common.copy' | t) + ' ' + label() + ' ' + value()">
      {{ (copied() ? 'common.copied' : 'common.copy') | t }}
    </button>
    <span class="visually-hidden" aria-live="polite">{{ copied() ? ('common.copied' | t) : '' }}</span>
  `,
  styles: `
    .copy {
      font-size: 0.75rem;
      padding: 0 0.4rem;
    }
  `,
})
export class CopyButtonComponent {
  readonly value = input.required<string>();
  readonly label = input('');
  protected readonly copied = signal(false);

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.value());
      this.copied.set(true);
      setTimeout(() => this.copied.set(false), 2000);
    } catch {
      // Clipboard refused (insecure context or permission): the code stays visible to copy by hand.
      this.copied.set(false);
    }
  }
}
