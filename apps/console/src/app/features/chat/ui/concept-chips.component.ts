import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import type { ConceptMention } from '@medlocal/contracts';
import { PickLocalizedPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CopyButtonComponent } from '../../../ui/copy-button.component';

/** Concepts found in the question; a chip opens its ICD-11, ICD-10 and SNOMED CT codes with copy buttons. */
@Component({
  selector: 'ml-concept-chips',
  imports: [TranslatePipe, PickLocalizedPipe, CopyButtonComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (concepts().length > 0) {
      <ul class="chips" [attr.aria-label]="'chat.concepts' | t">
        @for (concept of concepts(); track $index) {
          <li>
            <button
              type="button"
              class="chip concept"
              data-testid="concept-chip"
              [class.negated]="concept.negated"
              [attr.aria-expanded]="open() === $index"
              [attr.aria-controls]="idPrefix() + '-concept-' + $index"
              (click)="toggle($index)"
            >
              {{ concept.preferred | pick }}
              @if (concept.negated) {
                <span class="qualifier">({{ 'chat.concept.negated' | t }})</span>
              }
              @if (concept.uncertain) {
                <span class="qualifier">({{ 'chat.concept.uncertain' | t }})</span>
              }
            </button>
            @if (open() === $index) {
              <dl class="codes" [id]="idPrefix() + '-concept-' + $index" data-testid="concept-codes">
                <dt>ICD-11</dt>
                <dd>
                  @if (concept.icd11; as icd11) {
                    <code data-testid="code-icd11">{{ icd11.code }}</code> {{ icd11.title ?? '' }}
                    <ml-copy-button [value]="icd11.code" label="ICD-11" />
                  } @else {
                    {{ 'terms.noCode' | t }}
                  }
                </dd>
                <dt>ICD-10</dt>
                <dd>
                  @if (concept.icd10; as icd10) {
                    <code data-testid="code-icd10">{{ icd10.code }}</code> {{ icd10.title ?? '' }}
                    <ml-copy-button [value]="icd10.code" label="ICD-10" />
                  } @else {
                    {{ 'terms.noCode' | t }}
                  }
                </dd>
                <dt>SNOMED CT</dt>
                <dd>
                  @if (concept.snomed; as snomed) {
                    <code data-testid="code-snomed">{{ snomed.id }}</code> {{ snomed.term ?? '' }}
                    <ml-copy-button [value]="snomed.id" label="SNOMED CT" />
                  } @else {
                    {{ 'terms.noCode' | t }}
                  }
                </dd>
              </dl>
            }
          </li>
        }
      </ul>
    }
  `,
  styleUrl: './chips.scss',
})
export class ConceptChipsComponent {
  readonly concepts = input.required<readonly ConceptMention[]>();
  readonly idPrefix = input('turn');
  protected readonly open = signal<number | null>(null);

  protected toggle(index: number): void {
    this.open.update((current) => (current === index ? null : index));
  }
}
