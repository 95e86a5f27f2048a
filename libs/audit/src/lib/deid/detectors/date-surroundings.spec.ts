import { resolveOverlaps } from '../span-resolution.util';
import { dateSurroundingsDetector } from './date-surroundings';
import { dateDetector } from './date.detector';

const detect = (text: string) => resolveOverlaps([...dateDetector.detect(text), ...dateSurroundingsDetector.detect(text)]);
const values = (text: string) => detect(text).map((d) => text.slice(d.start, d.end));

describe('dateSurroundingsDetector', () => {
  /** The text with each run of touching or overlapping date spans written as one '#'. */
  const redacted = (text: string) => {
    const spans = [...detect(text)].sort((a, b) => a.start - b.start);
    let out = '';
    let cursor = 0;
    for (const span of spans) {
      if (span.start > cursor) out += text.slice(cursor, span.start) + '#';
      else if (cursor === 0 && span.start === 0) out += '#';
      cursor = Math.max(cursor, span.end);
    }
    return out + text.slice(cursor);
  };

  it.each([
    ['Colonoscopy booked for Wed 6 Nov.', 'Colonoscopy booked for #.'],
    ['Next appointment Tuesday 14th May 2024 at 10:30.', 'Next appointment # 2024 at #.'],
    ['Follow-up on Wednesday 3rd.', 'Follow-up on #.'],
    ['MRI on Monday the 12th showed', 'MRI on # showed'],
    ['Was admitted Mon. Jan. 15, 2024.', 'Was admitted #, 2024.'],
    ['Admitted on 12 Jan 2024 (Fri).', 'Admitted on # 2024 (#).'],
    ['Surgery on Thursday, April 4 at 7:30 AM.', 'Surgery on # at #.'],
  ])('takes the weekday and the clock time with the day: %s', (text, expected) => {
    expect(redacted(text)).toEqual(expected);
  });

  it.each([
    ['Fall at home on 22/11/2023 13:45, found', 'Fall at home on #/2023 #, found'],
    ['Vaccinated 2024-02-11T09:15.', 'Vaccinated 2024-#.'],
    ['Seen: 4 July 2024 09:00–09:20.', 'Seen: # 2024 #.'],
    ['Stroke onset 07/05/24 at approx 06:00.', 'Stroke onset # at approx #.'],
    ['Sample taken 3rd March at 14:00h.', 'Sample taken # at #.'],
    ['Appointment: Mon 4 March 2024, 2:15 pm', 'Appointment: # 2024, #'],
    ['2024年3月5日下午3点入院。', '2024年#入院。'],
    ['入院时间：2024年3月5日 14:30', '入院时间：2024年#'],
    ['Seen Thursday 7/3 at 1400.', 'Seen # at #.'],
    ['Appt Tue 12/3 9am', 'Appt #'],
    ['Obs Wed 5/3 14:05 BP 120/80', 'Obs # BP 120/80'],
    ['3月8日 08:30 周五查房', '# 周五查房'],
    ['Date: 05/06/2024 @ 1530', 'Date: #/2024 @ #'],
    ['2月29日晚出现胸痛。', '#出现胸痛。'],
    ['覆诊日期：5月20日（星期一）', '覆诊日期：#'],
    ['3月8日星期五上午回诊。', '#回诊。'],
    ['2024年5月1日至5月7日住院治疗。', '2024年#住院治疗。'],
  ])('takes a time of day, a weekday and a range joined to a date: %s', (text, expected) => {
    expect(redacted(text)).toEqual(expected);
  });

  it.each([
    ['He was admitted between 4th and 9th February 2024.', 'He was admitted between # 2024.'],
    ['Operated on the 2nd & 5th of May.', 'Operated on the #.'],
    ['In hospital from Mon 4th to Fri 8th March.', 'In hospital from #.'],
  ])('takes the first day of a range whose month is written once: %s', (text, expected) => {
    expect(redacted(text)).toEqual(expected);
  });

  it.each([
    'Amlodipine 5-10-20 mg titration at 08:00.',
    'GCS 15/15 at 10:30, power 5/5 Wed 10:00.',
    'Cough for 3/12 ago, on 1/2 tab at 08:00.',
    'on the 4th day, the first of three doses',
    'Seen Mon, Wed and Fri at 09:00 for dialysis.',
    '每周三上午透析，3床下午8点。',
    'BP 140/90 on 2L at 14:00.',
  ])('keeps the clinical values of %s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('keeps a volume or a dose written after a date as a four-digit number', () => {
    expect(redacted('Admitted 3/3/2024 1200 mL out, at 1500 units.')).toEqual('Admitted #/2024 1200 mL out, at 1500 units.');
    expect(redacted('Seen 3/3/2024 at 2400 steps.')).toEqual('Seen #/2024 at 2400 steps.');
  });
});
