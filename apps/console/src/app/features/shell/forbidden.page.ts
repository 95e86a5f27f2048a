import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
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
        <p><code>{{ from() }}</code></p>
      }
      <a [routerLink]="home()">{{ 'forbidden.home' | t }}</a>
    </section>
  `,
})
export class ForbiddenPage {
  private readonly auth = inject(AuthStore);
  readonly from = input<string>();
  protected home(): string {
    const home = homeFor(this.auth.user()?.roles ?? []);
    return home === '/forbidden' ? '/sign-in' : home;
  }
}
