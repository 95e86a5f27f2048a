import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { LocalDatePipe, TranslatePipe } from '../i18n/translate.pipe';
import { StatusStore, formatBytes } from './status.store';

/** One line on every page: GPU, model (with the red DEMO badge), privacy guard, database. Click for details. */
@Component({
  selector: 'ml-status-bar',
  imports: [TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="status-bar" [class.stale]="store.problem() !== null" [attr.aria-label]="'status.label' | t" [attr.data-stale]="store.problem() !== null">
      <button type="button" class="status-toggle" (click)="expanded.set(!expanded())" [attr.aria-expanded]="expanded()" aria-controls="status-details">
        <span class="item" data-testid="status-gpu">
          <span class="key">{{ 'status.gpu' | t }}</span>
          @if (gpu(); as gpu) {
            @if (gpu.available) {
              {{ gpu.type || '' }} {{ gpu.devices.length ? gpu.devices[0] : '' }} · {{ vramUsed() }} / {{ vramTotal() }}
            } @else {
              {{ 'status.gpu.none' | t }}
            }
          } @else {
            —
          }
        </span>
        <span class="item" data-testid="status-model">
          <span class="key">{{ 'status.model' | t }}</span>
          {{ model()?.name ?? '—' }}
          <span [class.ok]="model()?.loaded" [class.bad]="model() && !model()?.loaded">
            {{ (model()?.loaded ? 'status.model.loaded' : 'status.model.notLoaded') | t }}
          </span>
          @if (model()?.demo) {
            <span class="badge demo" [attr.title]="'status.demo.explain' | t">{{ 'status.demo' | t }}</span>
          }
          @if (model()?.offloadWarning) {
            <span class="badge warn">{{ 'status.model.partialOffload' | t }}</span>
          }
        </span>
        <span class="item" data-testid="status-privacy">
          <span class="key">{{ 'status.privacy' | t }}</span>
          @if (privacy(); as privacy) {
            <span [class.ok]="privacy.localOnly" [class.bad]="!privacy.localOnly">
              {{ (privacy.localOnly ? 'status.privacy.localOnly' : 'status.privacy.notLocal') | t }}
            </span>
            · {{ (privacy.egressBlocked ? 'status.privacy.guardVerified' : 'status.privacy.guardOff') | t }} · {{ privacy.checkedAt | localDate }}
          } @else {
            —
          }
        </span>
        <span class="item">
          <span class="key">{{ 'status.db' | t }}</span>
          {{ store.status()?.db?.kind ?? '—' }}
        </span>
        @if (store.problem(); as problem) {
          <span class="item stale-note" role="status" data-testid="status-stale">
            {{ 'status.stale' | t: { time: store.lastFetchedAt() ? (store.lastFetchedAt() | localDate) : ('status.neverChecked' | t) } }}
            ({{ problem.status || ('error.network' | t) }})
          </span>
        }
      </button>
      @if (expanded()) {
        <div id="status-details" class="details">
          <dl>
            <dt>{{ 'status.gpu.devices' | t }}</dt>
            <dd>{{ gpu()?.devices?.join(', ') || '—' }}</dd>
            <dt>{{ 'status.gpu.vram' | t }}</dt>
            <dd>{{ vramUsed() }} / {{ vramTotal() }} ({{ 'status.gpu.free' | t }} {{ vramFree() }})</dd>
            <dt>{{ 'status.model.context' | t }}</dt>
            <dd>{{ model()?.contextSize ?? '—' }}</dd>
            <dt>{{ 'status.model.gpuLayers' | t }}</dt>
            <dd>{{ model()?.gpuLayers ?? '—' }} / {{ model()?.totalLayers ?? '—' }}</dd>
            @if (model()?.offloadWarning) {
              <dt>{{ 'status.model.partialOffload' | t }}</dt>
              <dd>{{ model()?.offloadWarning }}</dd>
            }
            @if (model()?.demo) {
              <dt>{{ 'status.demo' | t }}</dt>
              <dd>{{ 'status.demo.explain' | t }}</dd>
            }
            <dt>{{ 'status.privacy.allowlist' | t }}</dt>
            <dd>
              @if (privacy()?.allowlist; as allowlist) {
                {{ allowlist.join(', ') || ('status.privacy.allowlistEmpty' | t) }}
              } @else if (privacy()?.allowlistCount) {
                {{ 'status.privacy.allowlistCount' | t: { count: privacy()?.allowlistCount ?? 0 } }}
              } @else {
                {{ 'status.privacy.allowlistEmpty' | t }}
              }
            </dd>
            <dt>{{ 'status.privacy.checkedAt' | t }}</dt>
            <dd>{{ privacy()?.checkedAt | localDate }}</dd>
            <dt>{{ 'status.fetchedAt' | t }}</dt>
            <dd>{{ store.lastFetchedAt() | localDate }}</dd>
          </dl>
          <button type="button" (click)="refresh()">{{ 'status.refresh' | t }}</button>
        </div>
      }
    </section>
  `,
  styles: `
    .status-bar {
      background: #1f2933;
      color: #f5f7fa;
      font-size: 0.8125rem;
    }
    /* Unreachable: what the bar shows is only as good as the last check, so it greys out (text stays readable). */
    .status-bar.stale {
      background: #52606d;
      color: #e4e7eb;
    }
    .status-bar.stale .ok,
    .status-bar.stale .bad {
      color: inherit;
    }
    .status-bar.stale .key {
      color: #f5f7fa;
    }
    .stale-note {
      font-weight: 700;
      color: #fff;
    }
    .status-toggle {
      all: unset;
      box-sizing: border-box;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      width: 100%;
      padding: 0.35rem 1rem;
      cursor: pointer;
    }
    .status-toggle:focus-visible {
      outline: 3px solid #fbbf24;
      outline-offset: -3px;
    }
    .key {
      color: #cbd2d9;
      margin-right: 0.35rem;
    }
    .ok {
      color: #86efac;
    }
    .bad {
      color: #fca5a5;
    }
    .badge {
      display: inline-block;
      padding: 0 0.4rem;
      border-radius: 3px;
      font-weight: 700;
      margin-left: 0.35rem;
    }
    .demo {
      background: #b91c1c;
      color: #fff;
    }
    .warn {
      background: #fbbf24;
      color: #1f2933;
    }
    .details {
      padding: 0.5rem 1rem 0.75rem;
      border-top: 1px solid #3e4c59;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.2rem 1rem;
      margin: 0 0 0.5rem;
    }
    dt {
      color: #cbd2d9;
    }
    dd {
      margin: 0;
    }
  `,
})
export class StatusBarComponent {
  protected readonly store = inject(StatusStore);
  protected readonly expanded = signal(false);
  protected readonly gpu = computed(() => this.store.status()?.gpu ?? null);
  protected readonly model = computed(() => this.store.status()?.model ?? null);
  protected readonly privacy = computed(() => this.store.status()?.privacy ?? null);
  protected readonly vramTotal = computed(() => formatBytes(this.gpu()?.vramTotal));
  protected readonly vramFree = computed(() => formatBytes(this.gpu()?.vramFree));
  protected readonly vramUsed = computed(() => {
    const gpu = this.gpu();
    return gpu?.vramTotal != null && gpu.vramFree != null ? formatBytes(gpu.vramTotal - gpu.vramFree) : '—';
  });

  protected refresh(): void {
    void this.store.refresh();
  }
}
