import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DeidPreviewRequestDto } from './deid-preview.request.dto';

const errorsOf = (body: object) => validateSync(plainToInstance(DeidPreviewRequestDto, body)).flatMap((error) => Object.values(error.constraints ?? {}));

describe(DeidPreviewRequestDto.name, () => {
  it('accepts text alone or with a threshold from 0 to 1', () => {
    expect(errorsOf({ text: '王建国今日复查' })).toEqual([]);
    expect(errorsOf({ text: '王建国今日复查', minScore: 0.8 })).toEqual([]);
    expect(errorsOf({ text: 'x', minScore: 0 })).toEqual([]);
  });

  it.each([1.5, -0.1, '0.5', Number.NaN])('refuses minScore %s, naming the field', (minScore) => {
    expect(errorsOf({ text: 'x', minScore })).toContain('minScore must be a number from 0 to 1');
  });
});
