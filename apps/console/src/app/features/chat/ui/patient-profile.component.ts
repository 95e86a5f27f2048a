import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { PatientProfileDto } from '@medlocal/contracts';
import { PickLocalizedPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';

/** The pinned patient profile: what the clinician has said about the patient so far (newest value per fact). */
@Component({
  selector: 'ml-patient-profile',
  imports: [TranslatePipe, PickLocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="profile" [attr.aria-label]="'chat.profile' | t" data-testid="patient-profile">
      <h2>{{ 'chat.profile' | t }}</h2>
      @if (profile(); as profile) {
        <dl>
          <dt>{{ 'entity.age' | t }}</dt>
          <dd>{{ profile.age ? profile.age.value : '—' }}</dd>
          <dt>{{ 'entity.sex' | t }}</dt>
          <dd>{{ profile.sex ? ((profile.sex.value === 'male' ? 'entity.male' : 'entity.female') | t) : '—' }}</dd>
        </dl>
        @if (profile.diagnoses.length) {
          <h3>{{ 'chat.profile.diagnoses' | t }}</h3>
          <ul>
            @for (diagnosis of profile.diagnoses; track diagnosis.id) {
              <li>{{ diagnosis.name | pick }}@if (diagnosis.uncertain) { ({{ 'chat.concept.uncertain' | t }})}</li>
            }
          </ul>
        }
        @if (profile.deniedDiagnoses.length) {
          <h3>{{ 'chat.profile.denied' | t }}</h3>
          <ul>
            @for (diagnosis of profile.deniedDiagnoses; track diagnosis.id) {
              <li>{{ diagnosis.name | pick }}</li>
            }
          </ul>
        }
        @if (profile.labs.length) {
          <h3>{{ 'entity.lab' | t }}</h3>
          <ul>
            @for (lab of profile.labs; track lab.id) {
              <li [class.high]="lab.flag === 'high'" [class.low]="lab.flag === 'low'">
                {{ lab.name }} {{ lab.value }} {{ lab.unit }}
                @if (lab.flag === 'high') { ↑ {{ 'entity.high' | t }} } @else if (lab.flag === 'low') { ↓ {{ 'entity.low' | t }} }
              </li>
            }
          </ul>
        }
        @if (profile.drugs.length) {
          <h3>{{ 'entity.drug' | t }}</h3>
          <ul>
            @for (drug of profile.drugs; track drug.id) {
              <li>{{ drug.name }} {{ drug.dose ?? '' }} {{ drug.unit ?? '' }} {{ drug.route ?? '' }} {{ drug.frequency ?? '' }}</li>
            }
          </ul>
        }
        @if (profile.allergies.length) {
          <h3>{{ 'chat.profile.allergies' | t }}</h3>
          <ul>
            @for (allergy of profile.allergies; track allergy.substance) {
              <li>{{ allergy.substance }}</li>
            }
          </ul>
        }
        @if (profile.vitals.length) {
          <h3>{{ 'entity.vital' | t }}</h3>
          <ul>
            @for (vital of profile.vitals; track vital.kind) {
              <li>{{ vital.kind }} {{ vital.value }} {{ vital.unit }}</li>
            }
          </ul>
        }
      } @else {
        <p class="empty">{{ 'chat.profile.empty' | t }}</p>
      }
    </section>
  `,
  styles: `
    .profile { font-size: 0.875rem; }
    h2 { font-size: 1rem; margin: 0 0 0.5rem; }
    h3 { font-size: 0.875rem; margin: 0.5rem 0 0.2rem; color: #334e68; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0; }
    dd { margin: 0; }
    ul { margin: 0; padding-left: 1.1rem; }
    .high { color: #991b1b; }
    .low { color: #1e40af; }
    .empty { color: #52606d; }
  `,
})
export class PatientProfileComponent {
  readonly profile = input<PatientProfileDto | null>(null);
}
