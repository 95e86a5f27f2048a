import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';

/**
 * Why the server refused, in the console language: the message for the API's error code. The
 * server's own text is English detail, shown only to a reader of the English console and only when
 * the code is unknown here, so Chinese text never carries an English sentence.
 */
@Component({
  selector: 'ml-server-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (text(); as text) {
      <small data-testid="server-detail">{{ text }}</small>
    }
  `,
  styles: `
    :host {
      flex-basis: 100%;
    }
    small {
      display: block;
      color: inherit;
    }
  `,
})
export class ServerDetailComponent {
  private readonly i18n = inject(I18nService);
  readonly code = input<string | null | undefined>(null);
  readonly message = input<string | null | undefined>(null);

  protected readonly text = computed(() => {
    const byCode = this.i18n.errorText(this.code());
    if (byCode) return byCode;
    const message = this.message();
    return message && this.i18n.language() === 'en' ? `${this.i18n.translate('error.serverSaid')} ${message}` : null;
  });
}
