import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, NavigationError, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from './core/auth/auth.store';
import { IdleTimeoutService } from './core/auth/idle-timeout.service';
import { I18nService, LANGUAGES, type Language } from './core/i18n/i18n.service';
import { TranslatePipe } from './core/i18n/translate.pipe';
import { THEME_PREFERENCES, ThemeService, type ThemePreference } from './core/theme/theme.service';
import { StatusBarComponent } from './core/status/status-bar.component';

/** The thin shell: status bar, navigation by role, language switch, and the lazily loaded page. */
@Component({
  selector: 'ml-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, StatusBarComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main">{{ 'shell.skipToContent' | t }}</a>
    <header class="top">
      <span class="brand">MedLocal</span>
      @if (auth.signedIn() && !auth.restricted()) {
        <nav [attr.aria-label]="'shell.nav' | t">
          @if (canChat()) {
            <a routerLink="/chat" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-chat">{{ 'nav.chat' | t }}</a>
          }
          @if (canUseTerms()) {
            <a routerLink="/terms" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-terms">{{ 'nav.terms' | t }}</a>
          }
          @if (isAdmin()) {
            <a routerLink="/admin" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-admin">{{ 'nav.admin' | t }}</a>
          }
          @if (canResearch()) {
            <a routerLink="/research" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-research">{{ 'nav.research' | t }}</a>
          }
          @if (canAudit()) {
            <a routerLink="/audit" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-audit">{{ 'nav.audit' | t }}</a>
          }
        </nav>
      }
      <span class="spacer"></span>
      <label class="lang">
        <span class="visually-hidden">{{ 'shell.theme' | t }}</span>
        <select data-testid="theme-switch" (change)="setTheme($any($event.target).value)">
          @for (preference of themes; track preference) {
            <option [value]="preference" [selected]="preference === theme.preference()">{{ themeLabels[preference] | t }}</option>
          }
        </select>
      </label>
      <label class="lang">
        <span class="visually-hidden">{{ 'shell.language' | t }}</span>
        <select data-testid="lang-switch" [value]="i18n.language()" (change)="setLanguage($any($event.target).value)">
          @for (language of languages; track language) {
            <option [value]="language" [selected]="language === i18n.language()">{{ (language === 'zh' ? 'lang.zh' : 'lang.en') | t }}</option>
          }
        </select>
      </label>
      @if (auth.user(); as user) {
        <span class="who"
          >{{ user.displayName || user.username }}
          @if (user.department; as department) {
            · {{ department.code }}
          }
        </span>
        <button type="button" (click)="signOut()">{{ 'shell.signOut' | t }}</button>
      }
    </header>
    @if (auth.signedIn() && !auth.restricted()) {
      <ml-status-bar />
    }
    <main id="main" tabindex="-1">
      @if (navigationFailed()) {
        <div class="page-error" role="alert" data-testid="page-error">
          <strong>{{ 'shell.pageFailed' | t }}</strong> {{ 'shell.pageFailed.advice' | t }}
          <button type="button" (click)="reload()">{{ 'shell.reload' | t }}</button>
        </div>
      }
      <router-outlet />
    </main>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .top {
      display: flex;
      align-items: center;
      gap: 1rem;
      padding: 0.5rem 1rem;
      background: var(--ml-surface);
      border-bottom: 1px solid var(--ml-border);
      flex-wrap: wrap;
    }
    .brand {
      font-weight: 700;
      color: var(--ml-accent);
    }
    nav {
      display: flex;
      gap: 0.25rem;
    }
    nav a {
      padding: 0.35rem 0.7rem;
      border-radius: 4px;
      color: var(--ml-text);
      text-decoration: none;
    }
    nav a.active {
      background: var(--ml-accent-soft);
      color: var(--ml-accent);
      font-weight: 600;
    }
    .spacer {
      flex: 1;
    }
    .who {
      color: var(--ml-muted);
      font-size: 0.875rem;
    }
    main {
      flex: 1;
      padding: 1rem;
      outline: none;
    }
    .page-error {
      border: 1px solid #b91c1c;
      border-left-width: 4px;
      background: var(--ml-danger-soft);
      color: var(--ml-danger);
      padding: 0.5rem 0.75rem;
      border-radius: 4px;
      margin-bottom: 1rem;
    }
    .skip-link {
      position: absolute;
      left: -999px;
    }
    .skip-link:focus {
      left: 0.5rem;
      top: 0.5rem;
      z-index: 10;
      background: var(--ml-surface);
      padding: 0.25rem 0.5rem;
    }
  `,
})
export class App {
  protected readonly auth = inject(AuthStore);
  protected readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  protected readonly languages = LANGUAGES;
  protected readonly theme = inject(ThemeService);
  protected readonly themes = THEME_PREFERENCES;
  protected readonly themeLabels = { system: 'shell.theme.system', light: 'shell.theme.light', dark: 'shell.theme.dark' } as const;
  protected readonly canChat = computed(() => this.auth.user()?.roles.includes('clinician') === true);
  protected readonly isAdmin = computed(() => this.auth.user()?.roles.includes('admin') === true);
  protected readonly canUseTerms = computed(() => this.canChat() || this.isAdmin());
  protected readonly canAudit = computed(() => this.auth.user()?.roles.includes('auditor') === true);
  protected readonly canResearch = computed(() => this.auth.user()?.roles.includes('researcher') === true);

  /** A page chunk that fails to load (server updated or unreachable) must not leave a blank page. */
  protected readonly navigationFailed = signal(false);

  constructor() {
    // Started once; it watches the session by itself.
    inject(IdleTimeoutService);
    this.router.events.pipe(takeUntilDestroyed()).subscribe((event) => {
      if (event instanceof NavigationError) this.navigationFailed.set(true);
      else if (event instanceof NavigationEnd) this.navigationFailed.set(false);
    });
  }

  protected reload(): void {
    location.reload();
  }

  protected setTheme(preference: ThemePreference): void {
    this.theme.setPreference(preference);
  }

  protected setLanguage(language: Language): void {
    this.i18n.setLanguage(language);
  }

  protected async signOut(): Promise<void> {
    const { endSessionUrl } = await this.auth.signOut();
    // Hospital sign-in: the IdP ends its own session, then returns to /sign-in?reason=signedOut.
    if (endSessionUrl) location.assign(endSessionUrl);
    else await this.router.navigate(['/sign-in'], { queryParams: { reason: 'signedOut' } });
  }
}
