import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DirectoryTestResult, GroupMappingRuleView, SignInSourcesView } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { SignInSourcesApiService } from '../data-access/sign-in-sources-api.service';

/**
 * The ways of signing in this server offers, as configured (read-only: they are environment
 * variables; secrets are never sent), and the directory "test sign-in" that walks one username and
 * password through each step without signing anyone in. Global admins only (the API refuses others).
 */
@Component({
  selector: 'ml-sign-in-sources-page',
  imports: [FormsModule, NgTemplateOutlet, TranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.signInSources' | t }}</h1>
    <p>{{ 'admin.signInSources.intro' | t }}</p>
    @if (problem(); as failure) {
      <ml-error-banner [what]="failure.what" [problem]="failure.problem" [retryable]="failure.what === 'admin.signInSources.error.load'" (retry)="load()" />
    }
    @if (sources(); as view) {
      <section data-testid="source-password">
        <h2>{{ 'admin.signInSources.password' | t }}</h2>
        <p>{{ 'admin.signInSources.password.on' | t }}</p>
      </section>
      <section data-testid="source-ldap">
        <h2>{{ 'admin.signInSources.ldap' | t }}</h2>
        @if (view.ldap; as ldap) {
          <dl class="settings">
            <dt>{{ 'admin.signInSources.url' | t }}</dt>
            <dd>
              <code data-testid="ldap-url">{{ ldap.url }}</code>
              @if (ldap.startTls) {
                (StartTLS)
              }
            </dd>
            <dt>{{ 'admin.signInSources.bindDn' | t }}</dt>
            <dd>
              <code>{{ ldap.bindDn }}</code>
            </dd>
            <dt>{{ 'admin.signInSources.searchBase' | t }}</dt>
            <dd>
              <code data-testid="ldap-search-base">{{ ldap.searchBase }}</code>
            </dd>
            <dt>{{ 'admin.signInSources.groupSearchBase' | t }}</dt>
            <dd>
              <code>{{ ldap.groupSearchBase }}</code>
            </dd>
            <dt>{{ 'admin.signInSources.userFilter' | t }}</dt>
            <dd>
              <code>{{ ldap.userFilter }}</code>
            </dd>
            <dt>{{ 'admin.signInSources.customCa' | t }}</dt>
            <dd>{{ (ldap.customCa ? 'admin.signInSources.customCa.file' : 'admin.signInSources.customCa.system') | t }}</dd>
            <dt>{{ 'admin.signInSources.refreshGrace' | t }}</dt>
            <dd>{{ ldap.refreshGraceMinutes }}</dd>
          </dl>
          <ng-container *ngTemplateOutlet="mapping; context: { $implicit: ldap.groupMapping }" />
          <h3>{{ 'admin.signInSources.test' | t }}</h3>
          <p>{{ 'admin.signInSources.test.intro' | t }}</p>
          <form class="toolbar test" (ngSubmit)="test()" data-testid="ldap-test-form" autocomplete="off">
            <label for="ldap-test-username">{{ 'admin.signInSources.test.username' | t }}</label>
            <input id="ldap-test-username" name="username" [(ngModel)]="username" required maxlength="32" autocomplete="off" />
            <label for="ldap-test-password">{{ 'admin.signInSources.test.password' | t }}</label>
            <input id="ldap-test-password" name="password" type="password" [(ngModel)]="password" required autocomplete="new-password" />
            <button type="submit" class="primary" [disabled]="testing()">{{ 'admin.signInSources.test.run' | t }}</button>
          </form>
          @if (result(); as outcome) {
            <div role="status" data-testid="ldap-test-result" [attr.data-ok]="outcome.ok">
              <p>
                <strong>{{ (outcome.ok ? 'admin.signInSources.test.ok' : 'admin.signInSources.test.failed') | t }}</strong>
              </p>
              <ol class="steps">
                @for (step of outcome.steps; track step.step) {
                  <li [attr.data-step]="step.step" [attr.data-outcome]="step.outcome">
                    {{ stepLabel(step.step) | t }}: {{ outcomeLabel(step.outcome) | t }}
                    @if (step.code) {
                      <code>{{ step.code }}</code>
                    }
                  </li>
                }
              </ol>
              @if (outcome.groups.length > 0) {
                <p>{{ 'admin.signInSources.test.groups' | t }}</p>
                <ul>
                  @for (group of outcome.groups; track group) {
                    <li>
                      <code>{{ group }}</code>
                    </li>
                  }
                </ul>
              }
              @if (outcome.mapping; as mapped) {
                <p data-testid="ldap-test-mapping">
                  {{ 'admin.signInSources.test.mapping' | t }}: {{ mapped.roles.join(', ') }} · {{ mapped.departmentCode ?? '—' }}
                  @if (mapped.adminScope) {
                    · {{ mapped.adminScope }}
                  }
                </p>
              }
            </div>
          }
        } @else {
          <p data-testid="ldap-off">{{ 'admin.signInSources.off' | t }}</p>
        }
      </section>
      <section data-testid="source-oidc">
        <h2>{{ 'admin.signInSources.oidc' | t }}</h2>
        @if (view.oidc; as oidc) {
          <dl class="settings">
            <dt>{{ 'admin.signInSources.issuer' | t }}</dt>
            <dd>
              <code data-testid="oidc-issuer">{{ oidc.issuer }}</code>
            </dd>
            <dt>{{ 'admin.signInSources.clientId' | t }}</dt>
            <dd>
              <code>{{ oidc.clientId }}</code>
            </dd>
            <dt>{{ 'admin.signInSources.redirectUri' | t }}</dt>
            <dd>
              <code>{{ oidc.redirectUri }}</code>
            </dd>
            <dt>{{ 'admin.signInSources.scopes' | t }}</dt>
            <dd>
              <code>{{ oidc.scopes }}</code>
            </dd>
            <dt>{{ 'admin.signInSources.claims' | t }}</dt>
            <dd>
              <code>{{ oidc.usernameClaim }}</code> · <code>{{ oidc.groupsClaim }}</code>
            </dd>
            <dt>{{ 'admin.signInSources.mfa' | t }}</dt>
            <dd>{{ mfaProof(oidc) }}</dd>
            <dt>{{ 'admin.signInSources.refreshGrace' | t }}</dt>
            <dd>{{ oidc.refreshGraceMinutes }}</dd>
          </dl>
          <ng-container *ngTemplateOutlet="mapping; context: { $implicit: oidc.groupMapping }" />
        } @else {
          <p data-testid="oidc-off">{{ 'admin.signInSources.off' | t }}</p>
        }
      </section>
    }
    <ng-template #mapping let-rules>
      <table class="data">
        <caption>
          {{
            'admin.signInSources.mapping' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'admin.signInSources.mapping.group' | t }}</th>
            <th scope="col">{{ 'admin.users.roles' | t }}</th>
            <th scope="col">{{ 'admin.users.department' | t }}</th>
            <th scope="col">{{ 'admin.scope' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (rule of asRules(rules); track rule.group) {
            <tr>
              <td>
                <code>{{ rule.group }}</code>
              </td>
              <td>{{ rule.roles.join(', ') }}</td>
              <td>{{ rule.department ?? '—' }}</td>
              <td>{{ rule.adminScope ?? '—' }}</td>
            </tr>
          }
        </tbody>
      </table>
    </ng-template>
  `,
  styleUrl: '../admin-page.scss',
  styles: `
    .settings {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    .settings dt {
      font-weight: 600;
    }
    .settings dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .steps [data-outcome='failed'] {
      color: var(--ml-danger);
      font-weight: 600;
    }
    .steps [data-outcome='skipped'] {
      color: var(--ml-muted);
    }
  `,
})
export class SignInSourcesPage {
  private readonly api = inject(SignInSourcesApiService);

  protected readonly sources = signal<SignInSourcesView | null>(null);
  protected readonly result = signal<DirectoryTestResult | null>(null);
  protected readonly testing = signal(false);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected username = '';
  protected password = '';

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.problem.set(null);
    try {
      this.sources.set(await this.api.view());
    } catch (error) {
      this.problem.set({ what: 'admin.signInSources.error.load', problem: toRequestProblem(error) });
    }
  }

  protected async test(): Promise<void> {
    if (!this.username.trim() || !this.password) return;
    this.testing.set(true);
    this.problem.set(null);
    this.result.set(null);
    try {
      this.result.set(await this.api.testDirectory({ username: this.username.trim(), password: this.password }));
    } catch (error) {
      this.problem.set({ what: 'admin.signInSources.error.test', problem: toRequestProblem(error) });
    } finally {
      // The password is not kept in the page once it has been checked.
      this.password = '';
      this.testing.set(false);
    }
  }

  protected stepLabel(step: DirectoryTestResult['steps'][number]['step']): MessageKey {
    return `admin.signInSources.step.${step}`;
  }

  protected outcomeLabel(outcome: DirectoryTestResult['steps'][number]['outcome']): MessageKey {
    return `admin.signInSources.outcome.${outcome}`;
  }

  protected mfaProof(oidc: NonNullable<SignInSourcesView['oidc']>): string {
    return [...oidc.mfaAcrValues, ...oidc.mfaAmr].join(', ') || '—';
  }

  protected asRules(rules: unknown): readonly GroupMappingRuleView[] {
    return rules as readonly GroupMappingRuleView[];
  }
}
