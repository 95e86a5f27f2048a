import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, effect, inject, signal } from '@angular/core';
import type { SystemStatus } from '@medlocal/contracts';
import { firstValueFrom } from 'rxjs';
import { toRequestProblem, type RequestProblem } from '../api/request-problem.util';
import { AuthStore } from '../auth/auth.store';

export const STATUS_REFRESH_MS = 30_000;

/** `GET /api/status`, polled while someone is signed in, so the status bar tells the truth about GPU, model and privacy. */
@Injectable({ providedIn: 'root' })
export class StatusStore {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private readonly latest = signal<SystemStatus | null>(null);
  private readonly failure = signal<RequestProblem | null>(null);
  private readonly fetchedAt = signal<Date | null>(null);
  private timer: ReturnType<typeof setInterval> | null = null;

  readonly status = this.latest.asReadonly();
  readonly problem = this.failure.asReadonly();
  readonly lastFetchedAt = this.fetchedAt.asReadonly();
  readonly demo = computed(() => this.latest()?.model?.demo === true);

  constructor() {
    effect(() => {
      if (this.auth.signedIn() && !this.auth.restricted()) {
        void this.refresh();
        this.timer ??= setInterval(() => void this.refresh(), STATUS_REFRESH_MS);
      } else {
        this.stop();
      }
    });
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  async refresh(): Promise<void> {
    try {
      this.latest.set(await firstValueFrom(this.http.get<SystemStatus>('/api/status')));
      this.failure.set(null);
      this.fetchedAt.set(new Date());
    } catch (error) {
      this.failure.set(toRequestProblem(error));
    }
  }

  private stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}

/** "12.3 GiB" from bytes; null stays a dash. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
