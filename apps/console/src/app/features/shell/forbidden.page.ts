import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { homeFor } from '../../core/auth/auth.guards';
import { AuthStore } from '../../core/auth/auth.store';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Where a direct URL to a page outside the user's roles lands: refused, with a way home. */
@Component({
  selector: 'ml-forbidden-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="notice" data-testid="forbidden">
      <h1>{{ 'forbidden.title' | t }}</h1>
      <p>{{ 'forbidden.body' | t }}</p>
      @if (from()) {
        <p>
          <code>{{ from() }}</code>
        </p>
      }
      @if (home(); as start) {
        <a [routerLink]="start" data-testid="forbidden-home">{{ 'forbidden.home' | t }}</a>
      } @else {
        <p>{{ 'forbidden.noRole' | t }}</p>
        <button type="button" (click)="signOut()" data-testid="forbidden-sign-out">{{ 'forbidden.signOut' | t }}</button>
      }
    </section>
  `,
})
export class ForbiddenPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  readonly from = input<string>();
  /** The role's own start page, which its guard lets through; an account without a role has none and may only sign out. */
  protected readonly home = computed(() => homeFor(this.auth.user()?.roles ?? []));

  protected async signOut(): Promise<void> {
    const { endSessionUrl } = await this.auth.signOut();
    if (endSessionUrl) location.assign(endSessionUrl);
    else await this.router.navigate(['/sign-in'], { queryParams: { reason: 'signedOut' } });
  }
}
