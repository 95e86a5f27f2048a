import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import type { ProfileFactKind } from '@medlocal/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { ProfileFactEditRequest } from '../data-access/profile-fact-edit.model';

let nextEditorId = 0;

/**
 * The correct and remove buttons of one profile fact, and the small form a correction opens
 * (focus moves into it, and back to the button when it closes).
 */
@Component({
  selector: 'ml-profile-fact-editor',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (editing()) {
      <form class="fact-form" (submit)="save($event)" data-testid="profile-edit-form">
        <label [for]="fieldId">{{ 'chat.profile.newValue' | t: { fact: label() } }}</label>
        @if (kind() === 'sex') {
          <select #field [id]="fieldId" data-testid="profile-edit-input">
            <option value="male" [selected]="value() === 'male'">{{ 'entity.male' | t }}</option>
            <option value="female" [selected]="value() === 'female'">{{ 'entity.female' | t }}</option>
          </select>
        } @else {
          <input
            #field
            [id]="fieldId"
            [type]="numeric() ? 'number' : 'text'"
            [attr.step]="numeric() ? 'any' : null"
            [value]="value() ?? ''"
            data-testid="profile-edit-input"
            required
          />
          @if (unit()) {
            <span class="unit">{{ unit() }}</span>
          }
        }
        <button type="submit" data-testid="profile-edit-save">{{ 'chat.profile.save' | t }}</button>
        <button type="button" (click)="close()">{{ 'chat.profile.cancel' | t }}</button>
      </form>
    } @else {
      <span class="fact-actions">
        @if (correctable()) {
          <button
            #correctButton
            type="button"
            class="fact-action"
            data-testid="profile-correct"
            [attr.aria-label]="'chat.profile.correctLabel' | t: { fact: label() }"
            [title]="'chat.profile.correctLabel' | t: { fact: label() }"
            (click)="open()"
          >
            ✎
          </button>
        }
        <button
          type="button"
          class="fact-action"
          data-testid="profile-remove"
          [attr.aria-label]="'chat.profile.removeLabel' | t: { fact: label() }"
          [title]="'chat.profile.removeLabel' | t: { fact: label() }"
          (click)="edit.emit({ operation: 'remove', kind: kind(), key: key() })"
        >
          ✕
        </button>
      </span>
    }
  `,
  styles: `
    :host {
      display: inline;
    }
    .fact-actions {
      white-space: nowrap;
      margin-left: 0.25rem;
    }
    .fact-action {
      font-size: 0.75rem;
      line-height: 1;
      min-width: 1.5rem;
      min-height: 1.5rem;
      padding: 0.1rem 0.3rem;
      margin-left: 0.15rem;
    }
    .fact-form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35rem;
      margin: 0.25rem 0;
    }
    .fact-form label {
      flex-basis: 100%;
      font-size: 0.75rem;
    }
    .fact-form input,
    .fact-form select {
      width: 7rem;
      font: inherit;
    }
    .fact-form input[type='text'] {
      width: 12rem;
      max-width: 100%;
    }
  `,
})
export class ProfileFactEditorComponent {
  private readonly injector = inject(Injector);
  readonly kind = input.required<ProfileFactKind>();
  readonly key = input<string | undefined>(undefined);
  /** The fact as the clinician reads it ("Age", "肌酐"), for the buttons' accessible names. */
  readonly label = input.required<string>();
  /** The current value; only correctable facts have one. */
  readonly value = input<number | string | null>(null);
  /** The unit the value is corrected in (a drug's dose), shown after the field. */
  readonly unit = input('');
  readonly correctable = input(false);
  readonly edit = output<ProfileFactEditRequest>();

  protected readonly editing = signal(false);
  protected readonly fieldId = `profile-fact-${nextEditorId++}`;
  private readonly field = viewChild<ElementRef<HTMLInputElement | HTMLSelectElement>>('field');
  private readonly correctButton = viewChild<ElementRef<HTMLButtonElement>>('correctButton');
  protected readonly numeric = computed(() => typeof this.value() === 'number');

  protected open(): void {
    this.editing.set(true);
    afterNextRender(() => this.field()?.nativeElement.focus(), { injector: this.injector });
  }

  protected close(): void {
    this.editing.set(false);
    afterNextRender(() => this.correctButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected save(event: Event): void {
    event.preventDefault();
    const raw = this.field()?.nativeElement.value.trim() ?? '';
    if (raw === '') return;
    const value = this.numeric() ? Number(raw) : raw;
    this.edit.emit({ operation: 'correct', kind: this.kind(), key: this.key(), value });
    this.close();
  }
}
