import { resolveOverlaps } from '../span-resolution.util';
import { dateDetector } from './date.detector';

const values = (text: string) => resolveOverlaps(dateDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('dateDetector', () => {
  it.each([
    ['出生于1958年3月2日', ['3月2日']],
    ['入院日期 2024-03-05', ['03-05']],
    ['DOB 03/02/1958', ['03/02']],
    ['admitted on March 5, 2024', ['March 5']],
    ['on 12 January 2023', ['12 January']],
    ['2023年11月手术', ['11月']],
    ['二〇〇一年九月九日', ['九月九日']],
    ['生于一九五〇年十二月三十一日，于十月一日入院', ['十二月三十一日', '十月一日']],
    ['Scan 23-Aug-2019 unchanged', ['23-Aug']],
    ['bloods 7/Nov/18', ['7/Nov']],
    ['clinic 2019.Oct.30 review', ['Oct.30']],
    ['MRI 2018-Sep-3 normal', ['Sep-3']],
    ['collected 07-NOV-2023 08:10', ['07-NOV']],
  ])('redacts the month/day of %s and keeps the year', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps the month of a guideline publication date and still redacts dates of care', () => {
    expect(values('ESH 2023 guidelines were published in June 2023.')).toEqual([]);
    expect(values('ADA Standards of Care (published December 2023); GOLD report released in November 2023.')).toEqual([]);
    expect(values('《慢性乙型肝炎防治指南（2022年版）》于2022年12月发布。')).toEqual([]);
    expect(values('该共识2019年3月正式发布；发布时间：2024年1月。')).toEqual([]);
    expect(values('2023年5月修订治疗方案，2023年6月发表的病例不涉及本例。')).toEqual(['5月']);
    expect(values('Discharged in June 2023; released from ICU in November 2023.')).toEqual(['June', 'November']);
    expect(values('Reviewed the ESC guideline in clinic in June 2023.')).toEqual(['June']);
    expect(values('2022年12月入院，2023年1月出院。')).toEqual(['12月', '1月']);
  });

  it('leaves guideline years, plain years, intervals and blood pressure alone', () => {
    expect(values('KDIGO 2012, 2023 ADA, ESC 2023, in 1998, 3个月, 3月余, BP 165/95, 1-2 tablets')).toEqual([]);
    expect(values('Grade 2-Mar score, 4-May trial arm, 1/Jun-2 cycles')).toEqual([]);
  });

  it.each([
    ['She fell at home on Boxing Day 2023.', ['Boxing Day']],
    ['Chest pain began on Christmas Eve.', ['Christmas Eve']],
    ['Last seen on New Year’s Day 2024.', ['New Year’s Day']],
    ['Admitted the day after Thanksgiving.', ['Thanksgiving']],
    ['患者春节前一天开始发热。', ['春节前一天']],
    ['国庆节期间饮酒后腹痛。', ['国庆节']],
    ['中秋节后咳嗽加重。', ['中秋节']],
    ['元旦当天晕厥一次。', ['元旦']],
    ['2023年春节后3天入院。', ['春节后3天']],
    ['端午节前两天发热。', ['端午节前两天']],
    ['除夕夜开始腹泻。', ['除夕']],
  ])('redacts the holiday that dates %s and keeps the year', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves Christmas disease, rhythm words and a given name 国庆 alone', () => {
    expect(values("Mother's Day card from family; Christmas Day parade float; Easter Monday bank holiday")).toEqual(['Easter Monday']);
    expect(values('Christmas disease (haemophilia B), Christmas factor; 节后复查，节律整齐；王国庆诉胸闷；春节饮食宣教手册')).toEqual([]);
  });

  // A two-digit year cannot be told from a day (24.03.05 reads as 2024-03-05 or as 24 March 2005): the whole date goes.
  it.each([
    ['Admitted 12-03-24, discharged 15-03-24.', ['12-03-24', '15-03-24']],
    ['Seen in clinic on 12/03/24 with cough.', ['12/03/24']],
    ['复诊日期：05-06-23', ['05-06-23']],
    ['患者24.03.05入院。', ['24.03.05']],
  ])('redacts the whole of a two-digit-year date in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['术后03.05拆线，03.09出院。', ['03.05', '03.09']],
    ['复查时间（03.12）血压平稳。', ['03.12']],
    ['于12.15入院，12-20出院。', ['12.15', '12-20']],
    ['3月5日、7日及9日分别复查。', ['3月5日', '7日', '9日']],
    ['患者去年3月曾住院，同年八月复发。', ['3月', '八月']],
    ['3.5日复查血常规，3.12日出院。', ['3.5日', '3.12日']],
    ['患者12.3日出现发热，入院时间：3.5日', ['12.3日', '3.5日']],
  ])('redacts a month and day without a year in a Chinese note: %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves a dotted number before 日 that counts days or a dose (3.5日量, 持续2.5日, 共1.5日, 3.5日后)', () => {
    expect(values('带药3.5日量；持续2.5日；共1.5日；约3.5日后复查；每2.5日一次；服药3.5日')).toEqual([]);
  });

  it('leaves Chinese decimals, ranges and versions that look like a month and day alone', () => {
    expect(values('血糖12.5mmol/L，心率10-12次/分，血钾03.5？软件版本v01.02，剂量0.05 mg，比值1.10。')).toEqual([]);
  });

  it('leaves dose steps with dashes alone', () => {
    expect(values('Dose titrated 5-10-20 mg over three weeks; 10-20-30 rule; steps 12-24-36.')).toEqual([]);
  });

  it('rejects impossible calendar dates', () => {
    expect(values('2023-02-30 and 2023年13月1日')).toEqual([]);
  });
});

describe('dateDetector: a numeric month and day in a date context', () => {
  it.each([
    ['seen on 3/12', ['3/12']],
    ['Admitted 12/03 with chest pain', ['12/03']],
    ['患者于3/12入院', ['3/12']],
    ['于3/12出现发热', ['3/12']],
    ['3/12复查血常规', ['3/12']],
    ['12/5出院', ['12/5']],
    ['入院日期：3/12', ['3/12']],
    ['LMP 2/14, EDD 11/21', ['2/14', '11/21']],
    ['appt 4/22 with GP', ['4/22']],
    ['f/u 5/3 in clinic', ['5/3']],
    ['患者3/12起出现咳嗽', ['3/12']],
  ])('redacts the month and day of %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    'BP 120/80',
    '血压120/80mmHg',
    'take 1/2 tablet',
    'power 3/5 both legs',
    '约1/3出现不良反应',
    '病灶位于食管中下1/3处',
    '大于1/2',
    '于1/2处离断',
    '每次1/2片口服',
    'ratio 3/12',
    'improved from 3/5 to 4/5',
    'on 1/2 tab daily',
    '2/3患者有效',
    '1/2起始剂量',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('takes a chained day only when it closes its phrase', () => {
    expect(values('Seen on the 3rd and again the 10th rib')).toEqual(['3rd']);
    expect(values('Seen on the 3rd; pain in the 2nd and the 3rd toe')).toEqual(['3rd']);
  });
});

describe('dateDetector: month and day next to a clinical event, a weekday or another date', () => {
  it.each([
    ['2/14 — INR 3.4, held warfarin.', ['2/14']],
    ['3/12: K 5.9, repeat sent', ['3/12']],
    ['Plan\n11/03 - CT head booked', ['11/03']],
    ['ECG 3/12: new LBBB.', ['3/12']],
    ['CXR 2/9 showed clear lungs', ['2/9']],
    ['Echo 14/05: EF 35%', ['14/05']],
    ['bloods 4/11, Hb 92', ['4/11']],
    ['Discussed at MDT Wed 17/04.', ['17/04']],
    ['Reviewed Tuesday 3/12 by the team', ['3/12']],
    ['clinic Fri. 21/6 cancelled', ['21/6']],
    ['Date of admission: Mar-05-2024', ['Mar-05']],
    ['Seen Dec/11/2023 in clinic', ['Dec/11']],
    ['Seen 5th of March; reviewed again Tuesday 12th.', ['5th of March', '12th']],
    ['Seen on the 3rd and again the 10th.', ['3rd', '10th']],
    ['Dressing changed Monday the 4th and Friday the 8th', ['4th', '8th']],
    ['Seen at Mayo Clinic June 3-7, 2021 for a second opinion.', ['June 3-7']],
    ['inpatient 12–15 March 2022', ['12–15 March']],
    ['away Aug 2nd-9th', ['Aug 2nd-9th']],
  ])('redacts %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    'GCS 15/15, power 5/5 throughout',
    '5/5 strength in all limbs',
    'Pain 6/10: worse on movement',
    '6/10 — pain on walking',
    '5/5 — full power throughout',
    '4/5: reduced power left hip flexion',
    'BP 120/80, HR 72',
    '1/2 tab nocte',
    '1/2 - 1 tab prn',
    '3/4 power in the left leg',
    'completed 2/3 of the course',
    '38/40 weeks gestation',
    'symptoms for 3/12, worse over 2/52',
    'ECG 3/12 ago normal',
    'ECG: sinus rhythm, 1/2 normal',
    'the 4th ventricle and the 5th toe; again the 3rd cranial nerve',
    'CT head 2/2 views',
    'Wed 5/5 strength',
    'Echo 2/3 of normal',
    'the 2nd and the 3rd',
    'June 3-7 mg',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('takes a chained day only when it closes its phrase', () => {
    expect(values('Seen on the 3rd and again the 10th rib')).toEqual(['3rd']);
    expect(values('Seen on the 3rd; pain in the 2nd and the 3rd toe')).toEqual(['3rd']);
  });
});

describe('dateDetector: a month and day before what happened that day (calls, visits)', () => {
  it('takes 3/15 before a call or a follow-up in Chinese notes', () => {
    expect(values('随访：3/15电话0571-87236590无人接听，3/18再次拨打，患者诉')).toEqual(['3/15', '3/18']);
    expect(values('4/2回访，5/6致电家属')).toEqual(['4/2', '5/6']);
    expect(values('约1/3电话随访失访；1/2再次出现')).toEqual([]);
  });

  it('takes 3/15 before a call outcome or a visit in English notes', () => {
    expect(values('F/u calls: 3/15 no answer at +1 (646) 555-0142; 3/18 spoke to pt')).toEqual(['3/15', '3/18']);
    expect(values('2/7 left voicemail; 2/9 called back; 12/1 seen in clinic')).toEqual(['2/7', '2/9', '12/1']);
    expect(values('power 4/5 seen in both legs; GCS 14/15 seen by ortho; pain 7/10 spoke of')).toEqual([]);
  });

  it('takes a pair before an event verb whatever follows the verb, and a line-head pair before a test and a colon', () => {
    expect(values('5/3 admitted with chest pain.')).toEqual(['5/3']);
    expect(values('3/5 ECG: sinus rhythm.\n12/5 CXR: clear')).toEqual(['3/5', '12/5']);
    expect(values('5 March: CT head normal.')).toEqual(['5 March']);
    expect(values('4/5 ECG changes noted; power 3/5 pain on movement')).toEqual([]);
  });
});

describe('dateDetector: a month and day without a year in a dated entry', () => {
  it.each([
    ['护理记录 11-14 22:00 患者诉切口疼痛', ['11-14']],
    ['马晓东 3/5 09:30 入 CCU，肌钙蛋白I 0.82 ng/mL。', ['3/5']],
    ['Obs 12/3 14:05 BP 120/80 HR 88', ['12/3']],
    ['Progress note 11/19: tolerated hemodialysis; UF 2.5 L', ['11/19']],
    ['Nursing note 4/2: settled overnight', ['4/2']],
  ])('takes the month and day of %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    'BP 120/80 08:00, 135/85 14:00',
    'power 4/5 10:00 and pain 3/10 14:00',
    'VAS评分3/10 14:00复评',
    'GCS 14/15 08:00',
    'MoCA 12/30 10:15; Apgar 9/10 at 5 min 10:20',
    '地高辛 1/2片 08:00 口服',
    'dose steps 5-10 08:00',
    'q4-6h 10:00',
    'Forrest Ib 12:30 内镜止血',
  ])('keeps the clinical values of %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('dateDetector: a month named without its day', () => {
  it.each([
    ['2025年10月起出现多饮多尿，11月初体重下降5 kg。', ['10月', '11月']],
    ['9月底开始咳嗽', ['9月']],
    ['十二月中旬起乏力', ['十二月']],
    ['出生：一九二九年三月（96岁）', ['三月']],
    ['入院日期：二〇二五年十一月七日', ['十一月七日']],
  ])('takes the month of %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each(['孕3月末胎动', '术后3月末复查', '第2月底评估疗效', '6月龄婴儿', '满3个月初诊', '3月余', '农历八月初八'])(
    'keeps %s as a duration or a lunar date',
    (text) => {
      expect(values(text).filter((value) => /^\d/.test(value))).toEqual([]);
    },
  );
});

describe('dateDetector: days written as letters, words or day-first', () => {
  it.each([
    ['Seen on 4th inst. by the registrar.', ['4th inst.']],
    ['Letter dated 2nd ult. received.', ['2nd ult.']],
    ['Last seen on the twenty-first of June.', ['twenty-first of June']],
    ['Bloods from the second of March.', ['second of March']],
    ['TCU on 28/3 with SOC.', ['28/3']],
    ['患者於113/03/05入院。', ['03/05']],
    ['Specimen collected 03Mar2024.', ['03Mar']],
  ])('takes the day of %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each(['the first of three doses', 'second of two sachets', 'on 15/15 GCS', 'ratio 113/03 mmHg', 'for 3/12, power 4/5', 'HbA1c 12Mar2 trial, 12MAR2024X'])(
    'keeps %s',
    (text) => {
      expect(values(text)).toEqual([]);
    },
  );
});
