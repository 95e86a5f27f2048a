import { TestBed } from '@angular/core/testing';
import { BarChartComponent, niceCeiling } from './bar-chart.component';

describe(niceCeiling.name, () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.3, 1, 3, 7, 12, 480, 2100].map(niceCeiling)).toEqual([1, 0.5, 1, 5, 10, 20, 500, 5000]);
  });
});

describe(BarChartComponent.name, () => {
  it('draws one bar per value and repeats the numbers in a table', async () => {
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('caption', 'Questions per day');
    fixture.componentRef.setInput('categories', ['2026-11-01', '2026-11-02']);
    fixture.componentRef.setInput('series', [
      { name: 'NEPH', values: [3, 5] },
      { name: 'CARD', values: [0, 2] },
    ]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('rect')).toHaveLength(4);
    expect(element.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['2026-11-01', '3', '0'],
      ['2026-11-02', '5', '2'],
    ]);
  });

  it('says so when there is nothing to draw', async () => {
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('caption', 'Questions per day');
    fixture.componentRef.setInput('categories', []);
    fixture.componentRef.setInput('series', []);
    fixture.componentRef.setInput('emptyText', 'No data');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('No data');
  });
});
