import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { TermSearchResponse, TermSearchResult } from '@medlocal/contracts';
import { firstValueFrom } from 'rxjs';
import { toRequestProblem, type RequestProblem } from '../../core/api/request-problem.util';
import { PickLocalizedPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { CopyButtonComponent } from '../../ui/copy-button.component';
import { ErrorBannerComponent } from '../../ui/error-banner.component';

/** Concept search: preferred Chinese and English names with ICD-11, ICD-10 and SNOMED CT codes. */
@Component({
  selector: 'ml-terms-page',
  imports: [FormsModule, TranslatePipe, PickLocalizedPipe, CopyButtonComponent, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'terms.title' | t }}</h1>
    <form class="search" role="search" (ngSubmit)="search()">
      <label for="terms-query">{{ 'terms.query' | t }}</label>
      <input id="terms-query" name="q" data-testid="terms-query" [(ngModel)]="query" type="search" />
      <button type="submit" data-testid="terms-search">{{ 'terms.search' | t }}</button>
    </form>
    @if (problem(); as problem) {
      <ml-error-banner what="terms.error" [problem]="problem" [retryable]="true" (retry)="search()" />
    }
    @if (results(); as results) {
      @if (results.length === 0) {
        <p>{{ 'terms.none' | t }}</p>
      } @else {
        <table class="data" data-testid="terms-table">
          <caption class="visually-hidden">{{ 'terms.title' | t }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'terms.concept' | t }}</th>
              <th scope="col">ICD-11</th>
              <th scope="col">ICD-10</th>
              <th scope="col">SNOMED CT</th>
            </tr>
          </thead>
          <tbody>
            @for (concept of results; track $index) {
              <tr>
                <th scope="row">{{ concept.preferred | pick }}<br /><small>{{ concept.preferred.en }}</small></th>
                <td>
                  @if (concept.icd11; as code) { <code>{{ code.code }}</code> {{ code.title ?? '' }} <ml-copy-button [value]="code.code" label="ICD-11" /> } @else { {{ 'terms.noCode' | t }} }
                </td>
                <td>
                  @if (concept.icd10; as code) { <code>{{ code.code }}</code> <ml-copy-button [value]="code.code" label="ICD-10" /> } @else { {{ 'terms.noCode' | t }} }
                </td>
                <td>
                  @if (concept.snomed; as code) { <code>{{ code.id }}</code> <ml-copy-button [value]="code.id" label="SNOMED CT" /> } @else { {{ 'terms.noCode' | t }} }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
  styles: `.search { display: flex; gap: 0.5rem; align-items: center; margin-bottom: 1rem; }`,
})
export class TermsPage {
  private readonly http = inject(HttpClient);
  protected query = '';
  protected readonly results = signal<readonly TermSearchResult[] | null>(null);
  protected readonly problem = signal<RequestProblem | null>(null);

  protected async search(): Promise<void> {
    const q = this.query.trim();
    if (!q) return;
    this.problem.set(null);
    try {
      const body = await firstValueFrom(this.http.get<TermSearchResponse | readonly TermSearchResult[]>('/api/terms/search', { params: { q } }));
      this.results.set(Array.isArray(body) ? body : (body as TermSearchResponse).items);
    } catch (error) {
      this.problem.set(toRequestProblem(error));
    }
  }
}
