import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '../../core/auth/auth.store';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'ml-admin-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="admin">
      <nav class="subnav" [attr.aria-label]="'admin.nav' | t">
        <a routerLink="users" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'admin.users' | t }}</a>
        <a routerLink="departments" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'admin.departments' | t }}</a>
        <a routerLink="prompts" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'admin.prompts' | t }}</a>
        <a routerLink="api-keys" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'admin.apiKeys' | t }}</a>
        @if (auth.user()?.adminScope === 'global') {
          <a routerLink="sign-in-sources" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="admin-nav-sign-in-sources">{{
            'admin.signInSources' | t
          }}</a>
        }
      </nav>
      <p class="scope">
        {{ 'admin.scope' | t }}:
        @if (auth.user()?.adminScope === 'department' && auth.user()?.department; as department) {
          {{ department.code }} · {{ i18n.language() === 'zh' ? department.nameZh : department.nameEn }}
        } @else {
          {{ 'admin.scope.all' | t }}
        }
      </p>
      <router-outlet />
    </div>
  `,
  styles: `
    .subnav {
      display: flex;
      gap: 0.25rem;
      flex-wrap: wrap;
      border-bottom: 1px solid var(--ml-border);
      margin-bottom: 0.75rem;
    }
    .subnav a {
      padding: 0.35rem 0.7rem;
      color: var(--ml-text);
      text-decoration: none;
      border-bottom: 3px solid transparent;
    }
    .subnav a.active {
      border-bottom-color: var(--ml-accent);
      color: var(--ml-accent);
      font-weight: 600;
    }
    .scope {
      font-size: 0.8125rem;
      color: var(--ml-muted);
      margin: 0 0 0.5rem;
    }
  `,
})
export class AdminShellComponent {
  protected readonly auth = inject(AuthStore);
  protected readonly i18n = inject(I18nService);
}
