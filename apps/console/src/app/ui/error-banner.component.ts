import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { RequestProblem } from '../core/api/request-problem.util';
import type { MessageKey } from '../core/i18n/messages.zh';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { ServerDetailComponent } from './server-detail.component';

/** Says what failed, why (status and server message) and what to do; optionally offers a retry. */
@Component({
  selector: 'ml-error-banner',
  imports: [TranslatePipe, ServerDetailComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="error" role="alert">
      <strong>{{ what() | t }}</strong>
      <span>
        @if (problem().status) {
          ({{ 'error.status' | t: { status: problem().status } }})
        }
        {{ problem().adviceKey | t }}
      </span>
      <ml-server-detail [code]="problem().code" [message]="problem().serverMessage" />
      @if (retryable()) {
        <button type="button" (click)="retry.emit()">{{ 'common.retry' | t }}</button>
      }
    </div>
  `,
  styles: `
    .error {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: baseline;
      border: 1px solid #b91c1c;
      border-left-width: 4px;
      background: var(--ml-danger-soft);
      color: var(--ml-danger);
      padding: 0.5rem 0.75rem;
      border-radius: 4px;
      margin: 0.5rem 0;
    }
    ml-server-detail {
      flex-basis: 100%;
    }
  `,
})
export class ErrorBannerComponent {
  readonly what = input.required<MessageKey>();
  readonly problem = input.required<RequestProblem>();
  readonly retryable = input(false);
  readonly retry = output<void>();
}
