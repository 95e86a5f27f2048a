import { deidentify } from '../deidentifier';

const phones = (text: string) =>
  deidentify(text)
    .findings.filter((f) => f.type === 'phone')
    .map((f) => text.slice(f.start, f.end));

describe('telephone numbers as other countries group them', () => {
  it.each([
    ['Tél. : 02 98 34 71 20 / 06 12 34 56 78 Médecin', ['02 98 34 71 20', '06 12 34 56 78']],
    ['Teléfono: +34 612 345 678 / 91 435 22 81 Ingreso', ['+34 612 345 678', '91 435 22 81']],
    ['żona Małgorzata 22 569 02 30 Hospitalizacja', ['22 569 02 30']],
    ['Tel: +90 532 123 45 67, 0216 544 44 44 Yatış', ['+90 532 123 45 67', '0216 544 44 44']],
    ['Eşi pilot, 0533 987 65 43 SGK', ['0533 987 65 43']],
    ['보호자(모) 02-415-7788 Dx', ['02-415-7788']],
    ['次要照顧者 03-852-1176 評估', ['03-852-1176']],
    ['Mobile 090-4821-7736, TEL 0422-21-3344', ['090-4821-7736', '0422-21-3344']],
  ])('finds the numbers in %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });

  it.each([['Creatinine 02.12.34 trend; lot A02-415-7788; range 10-2000-3000'], ['scores 12 345 67 89 kg']])('leaves %s alone', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
