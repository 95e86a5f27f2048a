import { TestBed } from '@angular/core/testing';
import type { PatientProfileDto } from '@medlocal/contracts';
import type { ProfileFactEditRequest } from '../data-access/profile-fact-edit.model';
import { PatientProfileComponent } from './patient-profile.component';

const profile: PatientProfileDto = {
  age: { value: 65, turn: 1 },
  sex: null,
  diagnoses: [{ id: 'acute-kidney-injury', name: { zh: '急性肾损伤', en: 'Acute kidney injury' }, uncertain: false, turn: 1 }],
  deniedDiagnoses: [],
  labs: [],
  drugs: [
    { id: 'metformin', name: '二甲双胍', dose: 500, unit: 'mg', frequency: 'bid', turn: 1 },
    { id: 'aspirin', name: '阿司匹林', turn: 1 },
  ],
  allergies: [],
  vitals: [],
  ecgFindings: [{ id: 'st-elevation (V1, V2)', finding: 'st-elevation', leads: ['V1', 'V2'], negated: false, turn: 1 }],
};

describe(PatientProfileComponent.name, () => {
  async function render(shown: PatientProfileDto) {
    const fixture = TestBed.createComponent(PatientProfileComponent);
    fixture.componentRef.setInput('profile', shown);
    const edits: ProfileFactEditRequest[] = [];
    fixture.componentInstance.edit.subscribe((edit) => edits.push(edit));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const list = (testId: string) => element.querySelector(`[data-testid="${testId}"]`) as HTMLElement;
    return { fixture, edits, list };
  }

  it("removes an ECG finding the server's profile keeps, by the text it lists", async () => {
    const { edits, list } = await render(profile);
    expect(list('profile-ecg').textContent).toContain('st-elevation (V1, V2)');
    (list('profile-ecg').querySelector('[data-testid="profile-remove"]') as HTMLButtonElement).click();
    expect(edits).toEqual([{ operation: 'remove', kind: 'ecg', key: 'st-elevation (V1, V2)' }]);
  });

  it('corrects a diagnosis with the name typed in its form', async () => {
    const { fixture, edits, list } = await render(profile);
    (list('profile-diagnoses').querySelector('[data-testid="profile-correct"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const field = list('profile-diagnoses').querySelector('[data-testid="profile-edit-input"]') as HTMLInputElement;
    expect(field.type).toBe('text');
    field.value = '慢性肾脏病';
    (list('profile-diagnoses').querySelector('[data-testid="profile-edit-save"]') as HTMLButtonElement).click();
    expect(edits).toEqual([{ operation: 'correct', kind: 'diagnosis', key: 'acute-kidney-injury', value: '慢性肾脏病' }]);
  });

  it("corrects a drug's dose in its unit, and offers no correction for a drug named without a dose", async () => {
    const { fixture, edits, list } = await render(profile);
    const [metformin, aspirin] = Array.from(list('profile-drugs').querySelectorAll('li'));
    expect(aspirin.querySelector('[data-testid="profile-correct"]')).toBeNull();
    expect(aspirin.querySelector('[data-testid="profile-remove"]')).not.toBeNull();
    (metformin.querySelector('[data-testid="profile-correct"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const field = metformin.querySelector('[data-testid="profile-edit-input"]') as HTMLInputElement;
    expect(field.type).toBe('number');
    expect(metformin.querySelector('.unit')?.textContent).toContain('mg');
    field.value = '850';
    (metformin.querySelector('[data-testid="profile-edit-save"]') as HTMLButtonElement).click();
    expect(edits).toEqual([{ operation: 'correct', kind: 'drug', key: 'metformin', value: 850 }]);
  });

  it('marks a corrected diagnosis as corrected', async () => {
    const { list } = await render({ ...profile, diagnoses: [{ ...profile.diagnoses[0], edited: true }] });
    expect(list('profile-diagnoses').textContent).toMatch(/更正|corrected/);
  });
});
