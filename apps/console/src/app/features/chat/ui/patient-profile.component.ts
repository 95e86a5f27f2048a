import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { PatientProfileDto } from '@medlocal/contracts';
import type { RequestProblem } from '../../../core/api/request-problem.util';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { PickLocalizedPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { ChatTurn } from '../data-access/chat-turn.model';
import type { ProfileFactEditRequest } from '../data-access/profile-fact-edit.model';
import { ProfileFactEditorComponent } from './profile-fact-editor.component';
import { calculationViews, ecgFindings } from './profile-facts.util';

/**
 * The pinned patient profile: what the clinician has said about the patient so far (newest value per
 * fact), what the server worked out from it, and the ECG findings; each fact says which question it
 * came from. Age, sex, lab values, vital signs, a drug's dose and a diagnosis (by naming the right one)
 * can be corrected and every fact can be removed: the next question is asked with the change.
 */
@Component({
  selector: 'ml-patient-profile',
  imports: [TranslatePipe, PickLocalizedPipe, ProfileFactEditorComponent, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="profile" [attr.aria-label]="'chat.profile' | t" data-testid="patient-profile">
      <h2>{{ 'chat.profile' | t }}</h2>
      @if (problem(); as problem) {
        <ml-error-banner what="chat.profile.editFailed" [problem]="problem" />
      }
      <p class="visually-hidden" role="status" data-testid="profile-edit-status">{{ status() }}</p>
      @if (profile(); as profile) {
        <dl>
          <dt>{{ 'entity.age' | t }}</dt>
          <dd data-testid="profile-age">
            {{ profile.age ? profile.age.value : '—' }}
            @if (profile.age) {
              <small class="from">{{ (profile.age.edited ? 'chat.profile.editedAfterTurn' : 'chat.profile.fromTurn') | t: { turn: profile.age.turn } }}</small>
              <ml-profile-fact-editor kind="age" [label]="'entity.age' | t" [value]="profile.age.value" [correctable]="true" (edit)="edit.emit($event)" />
            }
          </dd>
          <dt>{{ 'entity.sex' | t }}</dt>
          <dd data-testid="profile-sex">
            {{ profile.sex ? ((profile.sex.value === 'male' ? 'entity.male' : 'entity.female') | t) : '—' }}
            @if (profile.sex) {
              <small class="from">{{ (profile.sex.edited ? 'chat.profile.editedAfterTurn' : 'chat.profile.fromTurn') | t: { turn: profile.sex.turn } }}</small>
              <ml-profile-fact-editor kind="sex" [label]="'entity.sex' | t" [value]="profile.sex.value" [correctable]="true" (edit)="edit.emit($event)" />
            }
          </dd>
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
                <small class="detail">{{ 'chat.profile.calculatedNote' | t }}</small>
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
                <ml-profile-fact-editor kind="symptom" [key]="symptom.id" [label]="symptom.name | pick" (edit)="edit.emit($event)" />
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
                @if (finding.removable) {
                  <ml-profile-fact-editor kind="ecg" [key]="finding.text" [label]="finding.text" (edit)="edit.emit($event)" />
                }
              </li>
            }
          </ul>
        }
        @if (profile.diagnoses.length) {
          <h3>{{ 'chat.profile.diagnoses' | t }}</h3>
          <ul data-testid="profile-diagnoses">
            @for (diagnosis of profile.diagnoses; track diagnosis.id) {
              <li>
                {{ diagnosis.name | pick }}
                @if (diagnosis.uncertain) {
                  ({{ 'chat.concept.uncertain' | t }})
                }
                <small class="from">{{ (diagnosis.edited ? 'chat.profile.editedAfterTurn' : 'chat.profile.fromTurn') | t: { turn: diagnosis.turn } }}</small>
                <ml-profile-fact-editor
                  kind="diagnosis"
                  [key]="diagnosis.id"
                  [label]="diagnosis.name | pick"
                  [value]="diagnosis.name | pick"
                  [correctable]="true"
                  (edit)="edit.emit($event)"
                />
              </li>
            }
          </ul>
        }
        @if (profile.deniedDiagnoses.length) {
          <h3>{{ 'chat.profile.denied' | t }}</h3>
          <ul>
            @for (diagnosis of profile.deniedDiagnoses; track diagnosis.id) {
              <li>
                {{ diagnosis.name | pick }} <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: diagnosis.turn } }}</small>
                <ml-profile-fact-editor kind="deniedDiagnosis" [key]="diagnosis.id" [label]="diagnosis.name | pick" (edit)="edit.emit($event)" />
              </li>
            }
          </ul>
        }
        @if (profile.labs.length) {
          <h3>{{ 'entity.lab' | t }}</h3>
          <ul data-testid="profile-labs">
            @for (lab of profile.labs; track lab.id) {
              <li [class.high]="lab.flag === 'high'" [class.low]="lab.flag === 'low'">
                {{ lab.name }} {{ lab.value }} {{ lab.unit }}
                @if (lab.flag === 'high') {
                  ↑ {{ 'entity.high' | t }}
                } @else if (lab.flag === 'low') {
                  ↓ {{ 'entity.low' | t }}
                }
                <small class="from">{{ (lab.edited ? 'chat.profile.editedAfterTurn' : 'chat.profile.fromTurn') | t: { turn: lab.turn } }}</small>
                <ml-profile-fact-editor kind="lab" [key]="lab.id" [label]="lab.name" [value]="lab.value" [correctable]="true" (edit)="edit.emit($event)" />
              </li>
            }
          </ul>
        }
        @if (profile.drugs.length) {
          <h3>{{ 'entity.drug' | t }}</h3>
          <ul data-testid="profile-drugs">
            @for (drug of profile.drugs; track drug.id) {
              <li>
                {{ drug.name }} {{ drug.dose ?? '' }} {{ drug.unit ?? '' }} {{ drug.route ?? '' }} {{ drug.frequency ?? '' }}
                <small class="from">{{ (drug.edited ? 'chat.profile.editedAfterTurn' : 'chat.profile.fromTurn') | t: { turn: drug.turn } }}</small>
                <!-- The dose is corrected in the unit shown; a drug named without one is removed and stated again. -->
                <ml-profile-fact-editor
                  kind="drug"
                  [key]="drug.id"
                  [label]="drug.name"
                  [value]="drug.dose ?? null"
                  [unit]="drug.unit ?? ''"
                  [correctable]="drug.dose !== undefined && !!drug.unit"
                  (edit)="edit.emit($event)"
                />
              </li>
            }
          </ul>
        }
        @if (profile.allergies.length) {
          <h3>{{ 'chat.profile.allergies' | t }}</h3>
          <ul>
            @for (allergy of profile.allergies; track allergy.substance) {
              <li>
                {{ allergy.substance }} <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: allergy.turn } }}</small>
                <ml-profile-fact-editor kind="allergy" [key]="allergy.substance" [label]="allergy.substance" (edit)="edit.emit($event)" />
              </li>
            }
          </ul>
        }
        @if (profile.vitals.length) {
          <h3>{{ 'entity.vital' | t }}</h3>
          <ul data-testid="profile-vitals">
            @for (vital of profile.vitals; track vital.kind) {
              <li>
                {{ vital.kind }} {{ vital.value }} {{ vital.unit }}
                <small class="from">{{ (vital.edited ? 'chat.profile.editedAfterTurn' : 'chat.profile.fromTurn') | t: { turn: vital.turn } }}</small>
                <ml-profile-fact-editor
                  kind="vital"
                  [key]="vital.kind"
                  [label]="vital.kind"
                  [value]="vital.value"
                  [correctable]="true"
                  (edit)="edit.emit($event)"
                />
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
                {{ relative.name | pick }} <small class="from">{{ 'chat.profile.fromTurn' | t: { turn: relative.turn } }}</small>
                <ml-profile-fact-editor kind="familyHistory" [key]="relative.id" [label]="relative.name | pick" (edit)="edit.emit($event)" />
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
      color: var(--ml-heading);
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
      color: var(--ml-danger);
    }
    .low {
      color: var(--ml-info);
    }
    .empty {
      color: var(--ml-muted);
    }
    .from,
    .detail {
      color: var(--ml-muted);
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
      border: 1px solid var(--ml-control-border);
      border-radius: 3px;
      padding: 0 0.25rem;
    }
  `,
})
export class PatientProfileComponent {
  private readonly i18n = inject(I18nService);
  readonly profile = input<PatientProfileDto | null>(null);
  /** The conversation's turns: ECG findings come from their meta events when the server's profile has none (an older server). */
  readonly turns = input<readonly ChatTurn[]>([]);
  /** Why the last edit was refused; null when it went through. */
  readonly problem = input<RequestProblem | null>(null);
  /** Read out once an edit went through. */
  readonly status = input('');
  readonly edit = output<ProfileFactEditRequest>();

  protected readonly calculations = computed(() => {
    const profile = this.profile();
    return profile ? calculationViews({ profile }) : [];
  });
  protected readonly ecg = computed(() => {
    const kept = this.profile()?.ecgFindings;
    if (kept) return kept.map((finding) => ({ text: finding.id, negated: finding.negated, turn: finding.turn, removable: true }));
    return ecgFindings({ turns: this.turns() }).map((finding) => ({ ...finding, removable: false }));
  });

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
