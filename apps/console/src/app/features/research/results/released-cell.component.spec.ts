import { TestBed } from '@angular/core/testing';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { SuppressionReason } from '../data-access/batch.types';
import { ReleasedCellComponent } from './released-cell.component';

async function render(inputs: { value: number | null; reason?: SuppressionReason; kind?: 'count' | 'percent' | 'ratio' }): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(ReleasedCellComponent);
  fixture.componentRef.setInput('value', inputs.value);
  fixture.componentRef.setInput('reason', inputs.reason);
  fixture.componentRef.setInput('k', 5);
  if (inputs.kind) fixture.componentRef.setInput('kind', inputs.kind);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe(ReleasedCellComponent.name, () => {
  beforeEach(() => localStorage.clear());

  it('marks a value hidden below k, and one hidden to protect it, each with its reason', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    const belowK = (await render({ value: null, reason: 'below_k' })).querySelector('[data-suppressed]');
    expect(belowK?.getAttribute('data-suppressed')).toBe('below_k');
    expect(belowK?.textContent?.trim()).toBe('hidden (<5)');
    const complementary = (await render({ value: null, reason: 'complementary' })).querySelector('[data-suppressed]');
    expect(complementary?.getAttribute('data-suppressed')).toBe('complementary');
    expect(complementary?.textContent?.trim()).toBe('hidden (complementary)');
  });

  it('shows a published count, share and lift as numbers, and a published zero as 0, unmarked', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    expect((await render({ value: 1234 })).textContent?.trim()).toBe('1,234');
    expect((await render({ value: 0.256, kind: 'percent' })).textContent?.trim()).toBe('25.6%');
    expect((await render({ value: 1.234, kind: 'ratio' })).textContent?.trim()).toBe('1.23');
    const zero = await render({ value: 0 });
    expect(zero.textContent?.trim()).toBe('0');
    expect(zero.querySelector('[data-suppressed]')).toBeNull();
  });

  it('says hidden in Chinese in the Chinese console', async () => {
    expect((await render({ value: null, reason: 'below_k' })).textContent?.trim()).toBe('已隐藏(<5)');
  });
});
