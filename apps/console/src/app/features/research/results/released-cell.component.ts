import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { SuppressionReason } from '../data-access/batch.types';

/**
 * One released value: the number, or — when the server's small-cell rule hid it — a visible mark
 * saying why (fewer than k patients, or hidden so a total cannot give another hidden cell back).
 */
@Component({
  selector: 'ml-released-cell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (value() === null) {
      <span class="hidden-cell" [attr.data-suppressed]="reason() ?? 'hidden'">{{ mark() }}</span>
    } @else {
      {{ text() }}
    }
  `,
  styles: `
    .hidden-cell {
      display: inline-block;
      padding: 0 0.35rem;
      border: 1px dashed var(--ml-control-border);
      border-radius: 3px;
      background: repeating-linear-gradient(135deg, var(--ml-surface-2) 0 4px, var(--ml-surface-2) 4px 8px);
      color: var(--ml-text);
      font-size: 0.8rem;
      white-space: nowrap;
    }
  `,
})
export class ReleasedCellComponent {
  private readonly i18n = inject(I18nService);
  readonly value = input.required<number | null>();
  readonly reason = input<SuppressionReason | undefined>(undefined);
  readonly k = input.required<number>();
  /** count: whole number; percent: a fraction shown as %; ratio: two decimals (lift). */
  readonly kind = input<'count' | 'percent' | 'ratio'>('count');

  protected readonly text = computed(() => {
    const value = this.value() ?? 0;
    switch (this.kind()) {
      case 'count':
        return this.i18n.formatNumber(value);
      case 'percent':
        return `${this.i18n.formatNumber(value * 100, 1)}%`;
      case 'ratio':
        return this.i18n.formatNumber(value, 2);
    }
  });

  protected readonly mark = computed(() =>
    this.reason() === 'complementary'
      ? this.i18n.translate('research.suppressed.complementary')
      : this.i18n.translate('research.suppressed.belowK', { k: this.k() }),
  );
}
