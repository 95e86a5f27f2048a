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

  it('says a drug said not to be given is not given, in the console language', () => {
    const entity = {
      type: 'drug' as const,
      drugId: 'heparin',
      name: { zh: '肝素', en: 'heparin' },
      dose: null,
      route: null,
      frequency: null,
      negated: true,
      start: 0,
      end: 4,
      text: '未用肝素',
    };
    expect(describeEntity({ entity, language: 'zh' }).text).toBe('未用 肝素');
    expect(describeEntity({ entity, language: 'en' }).text).toBe('not given: heparin');
  });

  it('writes a dipstick reading as its grade', () => {
    const sut = describeEntity({
      entity: {
        type: 'lab',
        labId: 'urine-ketones',
        name: { zh: '尿酮体', en: 'Urine ketones (dipstick)' },
        value: 2,
        grade: '2+',
        unit: null,
        flag: null,
        start: 0,
        end: 5,
        text: '尿酮体2+',
      },
      language: 'zh',
    });
    expect(sut.text).toBe('尿酮体 2+');
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
