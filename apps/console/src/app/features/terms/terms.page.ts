import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { TermSearchResponse, TermSearchResult } from '@medlocal/contracts';

type CodeSystem = keyof TermSearchResult['codes'];
import { firstValueFrom } from 'rxjs';
import { toRequestProblem, type RequestProblem } from '../../core/api/request-problem.util';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CopyButtonComponent } from '../../ui/copy-button.component';
import { ErrorBannerComponent } from '../../ui/error-banner.component';

/** Concept search: preferred Chinese and English names with ICD-11, ICD-10 and SNOMED CT codes. */
@Component({
  selector: 'ml-terms-page',
  imports: [FormsModule, TranslatePipe, CopyButtonComponent, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'terms.title' | t }}</h1>
    <form class="search" role="search" (ngSubmit)="search()">
      <label for="terms-query">{{ 'terms.query' | t }}</label>
      <input id="terms-query" name="q" data-testid="terms-query" [(ngModel)]="query" type="search" maxlength="100" aria-describedby="terms-query-help" />
      <button type="submit" data-testid="terms-search">{{ 'terms.search' | t }}</button>
    </form>
    <p id="terms-query-help" class="muted">{{ 'terms.help' | t }}</p>
    @if (problem(); as problem) {
      <ml-error-banner what="terms.error" [problem]="problem" [retryable]="true" (retry)="search()" />
    }
    @if (results(); as results) {
      @if (results.length === 0) {
        <p>{{ 'terms.none' | t }}</p>
      } @else {
        <table class="data" data-testid="terms-table">
          <caption class="visually-hidden">
            {{
              'terms.title' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'terms.concept' | t }}</th>
              <th scope="col">{{ 'terms.kind' | t }}</th>
              @for (system of systems; track system.key) {
                <th scope="col">{{ system.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (concept of results; track concept.id) {
              <tr data-testid="terms-row">
                <th scope="row">
                  <span lang="zh-CN">{{ concept.preferred.zh }}</span
                  ><br /><small lang="en">{{ concept.preferred.en }}</small>
                  @if (concept.matchedBy !== 'name') {
                    <br /><small>{{ 'terms.matched' | t }} {{ concept.matched }}</small>
                  }
                </th>
                <td>{{ concept.kind }}</td>
                @for (system of systems; track system.key) {
                  <td>
                    @if (concept.codes[system.key]; as code) {
                      <code [attr.data-testid]="'term-' + system.key">{{ code }}</code> <ml-copy-button [value]="code" [label]="system.label" />
                    } @else {
                      <span class="muted">{{ 'terms.noCode' | t }}</span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
  styles: `
    .search {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-bottom: 1rem;
    }
    .muted {
      color: var(--ml-muted);
    }
  `,
})
export class TermsPage {
  private readonly http = inject(HttpClient);
  protected readonly systems: readonly { key: CodeSystem; label: string }[] = [
    { key: 'icd11', label: 'ICD-11' },
    { key: 'icd10', label: 'ICD-10' },
    { key: 'snomed', label: 'SNOMED CT' },
    { key: 'atc', label: 'ATC' },
    { key: 'loinc', label: 'LOINC' },
  ];
  protected query = '';
  protected readonly results = signal<readonly TermSearchResult[] | null>(null);
  protected readonly problem = signal<RequestProblem | null>(null);

  protected async search(): Promise<void> {
    const q = this.query.trim();
    if (!q) return;
    this.problem.set(null);
    try {
      const body = await firstValueFrom(this.http.get<TermSearchResponse>('/api/terms/search', { params: { q } }));
      this.results.set(body.results);
    } catch (error) {
      this.problem.set(toRequestProblem(error));
    }
  }
}
