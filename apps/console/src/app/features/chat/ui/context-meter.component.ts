import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ContextUsage } from '@medlocal/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** How full the model's context is, and a warning once older turns no longer fit. */
@Component({
  selector: 'ml-context-meter',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="meter" data-testid="context-meter">
      <label for="context-meter-bar">{{ 'chat.context' | t }}</label>
      @if (context(); as context) {
        <meter id="context-meter-bar" min="0" [max]="context.limit" [value]="context.used" [attr.high]="context.limit * 0.8" [attr.optimum]="0"></meter>
        <span>{{ 'chat.context.value' | t: { used: context.used, limit: context.limit, percent: percent() } }}</span>
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
    .warn {
      flex-basis: 100%;
      margin: 0;
      color: #92400e;
      background: #fffbeb;
      border: 1px solid #d97706;
      border-radius: 4px;
      padding: 0.25rem 0.5rem;
    }
  `,
})
export class ContextMeterComponent {
  readonly context = input<ContextUsage | null>(null);
  protected readonly percent = computed(() => {
    const context = this.context();
    return context && context.limit > 0 ? Math.round((context.used / context.limit) * 100) : 0;
  });
}
