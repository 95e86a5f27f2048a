import { DestroyRef, Injectable, NgZone, effect, inject } from '@angular/core';
import { Router } from '@angular/router';
import { AuthStore } from './auth.store';

/** Minutes without keyboard, pointer or scroll activity before the session is closed. */
export const IDLE_TIMEOUT_MS = 15 * 60 * 1000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Closes an unattended session: a shared ward workstation must not stay signed in. Activity
 * resets the clock; on expiry the user lands on sign-in with a notice saying why.
 */
@Injectable({ providedIn: 'root' })
export class IdleTimeoutService {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly zone = inject(NgZone);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timeoutMs = IDLE_TIMEOUT_MS;
  private readonly onActivity = () => this.restart();

  constructor() {
    effect(() => (this.auth.signedIn() ? this.start() : this.stop()));
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** For tests and for sites that configure a shorter timeout. */
  configure(timeoutMs: number): void {
    this.timeoutMs = timeoutMs;
    if (this.timer !== null) this.restart();
  }

  private start(): void {
    if (this.timer !== null) return;
    for (const name of ACTIVITY_EVENTS) document.addEventListener(name, this.onActivity, { passive: true, capture: true });
    this.restart();
  }

  private stop(): void {
    for (const name of ACTIVITY_EVENTS) document.removeEventListener(name, this.onActivity, { capture: true });
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private restart(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.zone.run(() => void this.expire()), this.timeoutMs);
  }

  private async expire(): Promise<void> {
    this.stop();
    await this.auth.signOut();
    await this.router.navigate(['/sign-in'], { queryParams: { reason: 'idle' } });
  }
}
