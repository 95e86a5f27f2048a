import { describeEntity } from './describe-entity.util';

describe(describeEntity.name, () => {
  it('labels a high creatinine with its unit and flag tone', () => {
    const sut = describeEntity({
      entity: {
        type: 'lab',
        labId: 'creatinine-serum',
        name: { zh: '血肌酐', en: 'Serum creatinine' },
        value: 180,
        unit: 'μmol/L',
        flag: 'high',
        start: 0,
        end: 12,
        text: '肌酐 180 µmol/L',
      },
      language: 'en',
    });
    expect(sut).toEqual({ kind: 'lab', text: 'Serum creatinine 180 μmol/L', tone: 'high' });
  });

  it('writes a drug with dose, route and frequency', () => {
    const sut = describeEntity({
      entity: {
        type: 'drug',
        drugId: 'metformin',
        name: { zh: '二甲双胍', en: 'metformin' },
        dose: { value: 500, unit: 'mg' },
        route: 'oral',
        frequency: 'bid',
        start: 0,
        end: 12,
        text: '二甲双胍 500 mg bid',
      },
      language: 'zh',
    });
    expect(sut.text).toBe('二甲双胍 500 mg oral bid');
  });

  it('writes blood pressure as systolic/diastolic', () => {
    const sut = describeEntity({
      entity: { type: 'vital', vital: 'blood-pressure', systolic: 150, diastolic: 90, unit: 'mmHg', start: 0, end: 10, text: 'BP 150/90' },
      language: 'en',
    });
    expect(sut.text).toBe('blood-pressure 150/90 mmHg');
  });

  it('says age and sex in the console language', () => {
    expect(describeEntity({ entity: { type: 'age', years: 68, start: 0, end: 3, text: '68岁' }, language: 'zh' }).text).toBe('68 岁');
    expect(describeEntity({ entity: { type: 'sex', sex: 'female', start: 0, end: 1, text: '女' }, language: 'en' }).text).toBe('female');
  });
});
