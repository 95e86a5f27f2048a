import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18nService, type MessageParams } from './i18n.service';
import type { MessageKey } from './messages.zh';

/**
 * `{{ 'chat.send' | t }}`. Impure so a language switch re-renders OnPush views: the language
 * signal read inside `transform` marks the view dirty, and the lookup itself is a map read.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: MessageKey, params?: MessageParams): string {
    return this.i18n.translate(key, params);
  }
}

/** `{{ concept.preferred | pick }}` chooses the `{zh, en}` side for the current language. */
@Pipe({ name: 'pick', pure: false })
export class PickLocalizedPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(text: { readonly zh: string; readonly en: string } | null | undefined): string {
    return this.i18n.pick(text);
  }
}

/** Dates in the browser's local time zone, formatted for the console language. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | number | Date | null | undefined): string {
    return this.i18n.formatDateTime(value);
  }
}
