import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ContextUsage } from '@medlocal/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/**
 * How full the model's context is, in the same numbers as the status details (the context size),
 * how much of it the question may use and how much is kept for the answer, and a warning once older turns no longer fit.
 */
@Component({
  selector: 'ml-context-meter',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="meter" data-testid="context-meter">
      <label for="context-meter-bar">{{ 'chat.context' | t }}</label>
      @if (context(); as context) {
        <meter id="context-meter-bar" min="0" [max]="size()" [value]="context.used" [attr.high]="context.limit" [attr.optimum]="0"></meter>
        <span data-testid="context-meter-value">{{ 'chat.context.value' | t: { used: context.used, limit: size(), percent: percent() } }}</span>
        @if (context.reservedForAnswer !== undefined) {
          <small class="detail" data-testid="context-meter-budget">{{
            'chat.context.budget' | t: { limit: context.limit, reserved: context.reservedForAnswer }
          }}</small>
        }
        @if (context.droppedTurns > 0) {
          <p class="warn" role="status">{{ 'chat.context.dropped' | t: { count: context.droppedTurns } }}</p>
        }
      } @else {
        <meter id="context-meter-bar" min="0" max="1" value="0"></meter>
        <span>{{ 'chat.context.none' | t }}</span>
      }
    </div>
  `,
  styles: `
    .meter {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
      font-size: 0.8125rem;
    }
    meter {
      width: 8rem;
    }
    .detail {
      flex-basis: 100%;
      font-size: 0.75rem;
      color: var(--ml-muted);
    }
    .warn {
      flex-basis: 100%;
      margin: 0;
      color: var(--ml-warn);
      background: var(--ml-warn-soft);
      border: 1px solid #d97706;
      border-radius: 4px;
      padding: 0.25rem 0.5rem;
    }
  `,
})
export class ContextMeterComponent {
  readonly context = input<ContextUsage | null>(null);
  /** The model's whole context, as the status details give it; an older server sent the prompt's share only. */
  protected readonly size = computed(() => {
    const context = this.context();
    return context ? (context.contextSize ?? context.limit) : 0;
  });
  protected readonly percent = computed(() => {
    const context = this.context();
    const size = this.size();
    return context && size > 0 ? Math.round((context.used / size) * 100) : 0;
  });
}
