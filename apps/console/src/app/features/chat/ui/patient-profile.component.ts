import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { PatientProfileDto } from '@medlocal/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { PickLocalizedPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { ChatTurn } from '../data-access/chat-turn.model';
import { calculationViews, ecgFindings } from './profile-facts.util';

/**
 * The pinned patient profile: what the clinician has said about the patient so far (newest value per
 * fact), what the server worked out from it, and the ECG findings; each fact says which question it came from.
 */
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
          <dd data-testid="profile-age">
            {{ profile.age ? profile.age.value : '—' }}
            @if (profile.age) {
              <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: profile.age.turn } }}</small>
            }
          </dd>
          <dt>{{ 'entity.sex' | t }}</dt>
          <dd>{{ profile.sex ? ((profile.sex.value === 'male' ? 'entity.male' : 'entity.female') | t) : '—' }}</dd>
        </dl>
        @if (calculations().length) {
          <h3>{{ 'chat.profile.calculations' | t }}</h3>
          <ul data-testid="profile-calculations">
            @for (calculation of calculations(); track calculation.label) {
              <li data-testid="profile-calculation">
                <strong>{{ calculation.label }}</strong> {{ calculation.value }} {{ calculation.unit }}
                @if (calculation.stage) {
                  · <span data-testid="profile-stage">{{ 'chat.profile.stage' | t }} {{ calculation.stage }}</span>
                }
                <small class="detail">
                  @if (calculation.formula) {
                    {{ 'chat.profile.formula' | t }}: {{ calculation.formula }}
                  }
                  @if (calculation.weight) {
                    · {{ 'chat.profile.weightUsed' | t: { weight: calculation.weight } }}
                  }
                  · {{ 'chat.profile.fromTurn' | t: { turn: calculation.turn } }}
                </small>
              </li>
            }
          </ul>
        }
        @if (profile.symptoms?.length) {
          <h3>{{ 'chat.profile.symptoms' | t }}</h3>
          <ul data-testid="profile-symptoms">
            @for (symptom of profile.symptoms; track symptom.id) {
              <li>
                @if (symptom.negated) {
                  <span class="absent">{{ 'chat.profile.absent' | t }}</span>
                }
                {{ symptom.name | pick }}
                @if (symptom.uncertain) {
                  ({{ 'chat.concept.uncertain' | t }})
                }
                @if (symptom.onset) {
                  · {{ 'chat.profile.onset' | t: { onset: onsetText(symptom.onset) } }}
                }
                @if (symptom.duration) {
                  · {{ 'chat.profile.duration' | t: { duration: symptom.duration } }}
                }
                <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: symptom.turn } }}</small>
              </li>
            }
          </ul>
        }
        @if (ecg().length) {
          <h3>{{ 'chat.profile.ecg' | t }}</h3>
          <ul data-testid="profile-ecg">
            @for (finding of ecg(); track finding.text) {
              <li>
                @if (finding.negated) {
                  <span class="absent">{{ 'chat.profile.absent' | t }}</span>
                }
                {{ finding.text }} <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: finding.turn } }}</small>
              </li>
            }
          </ul>
        }
        @if (profile.diagnoses.length) {
          <h3>{{ 'chat.profile.diagnoses' | t }}</h3>
          <ul>
            @for (diagnosis of profile.diagnoses; track diagnosis.id) {
              <li>
                {{ diagnosis.name | pick }}
                @if (diagnosis.uncertain) {
                  ({{ 'chat.concept.uncertain' | t }})
                }
                <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: diagnosis.turn } }}</small>
              </li>
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
                @if (lab.flag === 'high') {
                  ↑ {{ 'entity.high' | t }}
                } @else if (lab.flag === 'low') {
                  ↓ {{ 'entity.low' | t }}
                }
                <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: lab.turn } }}</small>
              </li>
            }
          </ul>
        }
        @if (profile.drugs.length) {
          <h3>{{ 'entity.drug' | t }}</h3>
          <ul>
            @for (drug of profile.drugs; track drug.id) {
              <li>
                {{ drug.name }} {{ drug.dose ?? '' }} {{ drug.unit ?? '' }} {{ drug.route ?? '' }} {{ drug.frequency ?? '' }}
                <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: drug.turn } }}</small>
              </li>
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
              <li>
                {{ vital.kind }} {{ vital.value }} {{ vital.unit }} <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: vital.turn } }}</small>
              </li>
            }
          </ul>
        }
        @if (profile.familyHistory?.length) {
          <h3>{{ 'chat.profile.familyHistory' | t }}</h3>
          <ul>
            @for (relative of profile.familyHistory; track relative.id) {
              <li>
                @if (relative.negated) {
                  <span class="absent">{{ 'chat.profile.absent' | t }}</span>
                }
                {{ relative.name | pick }}
              </li>
            }
          </ul>
        }
      } @else {
        <p class="empty">{{ 'chat.profile.empty' | t }}</p>
      }
    </section>
  `,
  styles: `
    .profile {
      font-size: 0.875rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    h3 {
      font-size: 0.875rem;
      margin: 0.5rem 0 0.2rem;
      color: #334e68;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.15rem 0.75rem;
      margin: 0;
    }
    dd {
      margin: 0;
    }
    ul {
      margin: 0;
      padding-left: 1.1rem;
    }
    .high {
      color: #991b1b;
    }
    .low {
      color: #1e40af;
    }
    .empty {
      color: #52606d;
    }
    .from,
    .detail {
      color: #52606d;
      font-size: 0.75rem;
    }
    .from {
      margin-left: 0.35rem;
    }
    .detail {
      display: block;
    }
    .absent {
      font-size: 0.75rem;
      border: 1px solid #7b8794;
      border-radius: 3px;
      padding: 0 0.25rem;
    }
  `,
})
export class PatientProfileComponent {
  private readonly i18n = inject(I18nService);
  readonly profile = input<PatientProfileDto | null>(null);
  /** The conversation's turns: ECG findings come from their meta events. */
  readonly turns = input<readonly ChatTurn[]>([]);

  protected readonly calculations = computed(() => {
    const profile = this.profile();
    return profile ? calculationViews({ profile }) : [];
  });
  protected readonly ecg = computed(() => ecgFindings({ turns: this.turns() }));

  /** The extractor's onset codes in the console language; a code it adds later shows as it is. */
  protected onsetText(onset: string): string {
    const key = ONSET_KEYS[onset];
    return key ? this.i18n.translate(key) : onset;
  }
}

const ONSET_KEYS: Readonly<Record<string, MessageKey>> = {
  sudden: 'chat.onset.sudden',
  recurrent: 'chat.onset.recurrent',
  intermittent: 'chat.onset.intermittent',
  persistent: 'chat.onset.persistent',
  gradual: 'chat.onset.gradual',
};
