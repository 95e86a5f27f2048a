import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ClinicalEntityDto } from '@medlocal/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { describeEntity } from './describe-entity.util';

const KIND_KEYS: Readonly<Record<ClinicalEntityDto['type'], MessageKey>> = {
  age: 'entity.age',
  sex: 'entity.sex',
  vital: 'entity.vital',
  lab: 'entity.lab',
  drug: 'entity.drug',
  anatomy: 'entity.anatomy',
  ecg: 'entity.ecg',
};

/** Age, sex, vitals, labs (with high/low flags) and drugs (with doses) found in the question. */
@Component({
  selector: 'ml-entity-chips',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (labels().length > 0) {
      <ul class="chips" [attr.aria-label]="'chat.entities' | t">
        @for (label of labels(); track $index) {
          <li class="chip entity" data-testid="entity-chip" [class.high]="label.tone === 'high'" [class.low]="label.tone === 'low'">
            <span class="kind">{{ kindKey(label.kind) | t }}</span>
            {{ label.text }}
            @if (label.tone === 'high') {
              <span class="flag">↑ {{ 'entity.high' | t }}</span>
            } @else if (label.tone === 'low') {
              <span class="flag">↓ {{ 'entity.low' | t }}</span>
            }
          </li>
        }
      </ul>
    }
  `,
  styleUrl: './chips.scss',
})
export class EntityChipsComponent {
  private readonly i18n = inject(I18nService);
  readonly entities = input.required<readonly ClinicalEntityDto[]>();
  protected readonly labels = computed(() => this.entities().map((entity) => describeEntity({ entity, language: this.i18n.language() })));

  protected kindKey(kind: ClinicalEntityDto['type']): MessageKey {
    return KIND_KEYS[kind];
  }
}
