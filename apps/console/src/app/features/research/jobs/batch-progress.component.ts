import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { BatchJob } from '../data-access/batch.types';

/** Documents processed of the total as a bar, with the rate and the time left the server measures. */
@Component({
  selector: 'ml-batch-progress',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress">
      <progress [attr.aria-label]="'research.progress.label' | t" [value]="processed()" [max]="job().progress.total || 1"></progress>
      <span data-testid="batch-progress-count">{{
        'research.progress.count' | t: { processed: processed(), total: job().progress.total, failed: job().progress.failed }
      }}</span>
      @if (detailed()) {
        @if (job().progress.ratePerSecond !== null) {
          <span data-testid="batch-progress-rate">{{ 'research.progress.rate' | t: { rate: rate() } }}</span>
        }
        @if (eta(); as left) {
          <span data-testid="batch-progress-eta">{{ 'research.progress.eta' | t: { eta: left } }}</span>
        }
      }
    </div>
  `,
  styles: `
    .progress {
      display: flex;
      flex-wrap: wrap;
      gap: 0.15rem 0.75rem;
      align-items: center;
    }
    progress {
      width: min(16rem, 100%);
    }
  `,
})
export class BatchProgressComponent {
  private readonly i18n = inject(I18nService);
  readonly job = input.required<BatchJob>();
  /** Rate and time left, for the job page; the list shows the bar and counts only. */
  readonly detailed = input(false);

  protected readonly processed = computed(() => this.job().progress.done + this.job().progress.failed);
  protected readonly rate = computed(() => this.i18n.formatNumber(this.job().progress.ratePerSecond, 1));
  protected readonly eta = computed(() => {
    const { status, progress } = this.job();
    if (status !== 'running' || progress.etaSeconds === null) return null;
    const seconds = progress.etaSeconds;
    return seconds < 60
      ? this.i18n.translate('research.progress.seconds', { n: seconds })
      : this.i18n.translate('research.progress.minutes', { n: Math.ceil(seconds / 60) });
  });
}
