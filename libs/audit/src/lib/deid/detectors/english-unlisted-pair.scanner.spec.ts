import { deidentify } from '../../../index';
import { resolveOverlaps } from '../span-resolution.util';
import { englishNameDetector } from './english-name.detector';

const values = (text: string) => resolveOverlaps(englishNameDetector.detect(text)).map((d) => text.slice(d.start, d.end));
const names = (text: string) =>
  deidentify(text)
    .findings.filter((f) => f.type === 'name')
    .map((f) => text.slice(f.start, f.end));

describe('names outside the lists: words that are no English, clinical or place word', () => {
  it.each([
    ['Reported by: Tomasz Wiśniewski, FRCR.', 'Tomasz Wiśniewski'],
    ['Wanjiru Kamau referred for sickle cell crisis.', 'Wanjiru Kamau'],
    ['Oksana Shevchenko (Ukrainian refugee), latent TB.', 'Oksana Shevchenko'],
    ['Referral letter: Sipho Ndlovu, MDR-TB.', 'Sipho Ndlovu'],
    ['Muhammad Hafiz bin Abdullah, dengue, platelets 32.', 'Muhammad Hafiz bin Abdullah'],
    ['Midwife Bronwyn Ellis. GTT normal.', 'Bronwyn Ellis'],
    ['Kwabena Asante - septic arthritis of the knee.', 'Kwabena Asante'],
    ['Handed over to Dragana Jovanović at 19:00.', 'Dragana Jovanović'],
    ['Bartholomew Fitzgerald III — gout flare.', 'Bartholomew Fitzgerald III'],
    ['Thank you for seeing Moana Tipene (NHI ABC1234).', 'Moana Tipene'],
    ['Ama Serwaa Owusu has sickle cell disease (HbSS).', 'Ama Serwaa Owusu'],
  ])('finds the name in %s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    'Contact tracing at Toa Payoh market.',
    'Transferred from Hospital Sultanah Aminah.',
    'Hospital Sultanah Aminah has a new ward.',
    'Seeing Kikuchi Fujimoto disease in the differential.',
    'Referred from Kenyatta National Hospital.',
    'Ziehl Neelsen stain negative.',
    'Returned from Kuala Lumpur last week.',
    'Insurance Bupa Arabia policy renewed.',
    'Seen on Monday Morning clinic, Tuesday Afternoon list.',
    'Started Fostair Nexthaler 100/6, two puffs bd.',
    'Messages on WhatsApp Tiktok reviewed.',
  ])('keeps %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('reads Latin Extended-A letters as letters of the name after a title', () => {
    expect(values('SLE, rheum Dr. Marković.')).toEqual(['Marković']);
    expect(values('Seen by Dr Łukasz Nowak.')).toEqual(['Łukasz Nowak']);
  });

  it.each([
    ['mrs jones called about her metformin', 'jones'],
    ['can u tell dr singh my pain is worse', 'singh'],
    ['pls call dr chen on bleep', 'chen'],
    ['ms okonkwo rang back', 'okonkwo'],
  ])('finds a lower-case titled name in %s', (text, expected) => {
    expect(values(text)).toEqual([expected]);
  });

  it('keeps lower-case titles before ordinary and clinical words', () => {
    expect(values('mr angiography booked; ms relapse last year; dr review tomorrow')).toEqual([]);
  });

  it.each([
    ['Hi Mel, can we move the list?', 'Mel'],
    ['Dear Kat, thanks for the referral.', 'Kat'],
    ['Thanks Dev!', 'Dev'],
  ])('finds the name after a greeting in %s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it('keeps a greeting that names no one', () => {
    expect(names('Dear Colleague,\nHi All, Thanks Team! Dear Sir, Hello Everyone, Dear Doctor,')).toEqual([]);
  });

  it.each([
    ['J.R., 45M, hepatitis C.', 'J.R.'],
    ['Seen: A.K. (initials only per patient request).', 'A.K.'],
    ['T.M., 62F, on apixaban.', 'T.M.'],
  ])('finds initials before an age and sex in %s', (text, expected) => {
    expect(values(text)).toContain(expected);
  });

  it.each([
    ['患者手写留言：我叫mo xiaolan，我的药吃完了', 'mo xiaolan'],
    ['你好我是linxiaoyu，上次开的舍曲林吃了恶心', 'linxiaoyu'],
    ['我叫zhang wei，血压高', 'zhang wei'],
  ])('finds a self-typed Pinyin name in %s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it('keeps English after 我是', () => {
    expect(names('我是nurse，今天值班')).toEqual([]);
  });
});

describe('names of given names the Census head leaves out (UK, Irish, Welsh, Nordic, Polish, African, South Asian)', () => {
  it.each([
    ['Bronwyn Tait will do the bloods.', 'Bronwyn Tait'],
    ['From: Celeste Moreau\nTo: ward 7 nurses', 'Celeste Moreau'],
    ['Kind regards\n\nMagnus Eriksen\nSpecialty Registrar', 'Magnus Eriksen'],
    ['Griffin Marsh needs a bed on 7B tonight.', 'Griffin Marsh'],
    ['Summer Jones gave consent.', 'Summer Jones'],
    ['Saoirse Kavanagh phoned the ward.', 'Saoirse Kavanagh'],
    ['Gethin Pryce-Evans attended with his mother.', 'Gethin Pryce-Evans'],
    ['Tatenda Moyo is the named nurse today.', 'Tatenda Moyo'],
    ['Jasper Whitlock attended with Poppy Whitlock, his wife.', 'Poppy Whitlock'],
    ['Faith Okoro took the history.', 'Faith Okoro'],
    ['Ward round led by Feargal Ó Ceallaigh.', 'Feargal Ó Ceallaigh'],
    ['Handover from Róisín Ní Bhriain at 08:00.', 'Róisín Ní Bhriain'],
  ])('finds the name in %s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    'Benedict test for reducing sugars was negative.',
    'Will Kawasaki disease need IVIG? Hope Xarelto is stopped.',
    'Moved to Rowan Ward, then Poppy Ward overnight; Ivy Ward has a bed.',
    'Otto Bock prosthesis fitted; Aurora Health referral.',
    'Precious little change overnight; Comfort measures only.',
    'Shona interpreter booked; Summer Holidays start Friday.',
    'Grace period for the insurance ended.',
  ])('keeps %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('pairs read by what the person does after them or who they are with', () => {
  it.each([
    ['Mehdi Rostami and Leyla Rostami (parents) consented.', 'Mehdi Rostami'],
    ['Given to Ottoline Marchbanks for signature.', 'Ottoline Marchbanks'],
    ['Piers Anstruther was reviewed at the bedside.', 'Piers Anstruther'],
    ['Seen together with Marigold Ashdown, district nurse.', 'Marigold Ashdown'],
    ['Noted by Cressida Vane at 03:10.', 'Cressida Vane'],
    ['Daphne Cartwright, 91, on warfarin.', 'Daphne Cartwright'],
    ['Heather Cartwright declined the flu jab.', 'Heather Cartwright'],
  ])('finds the name in %s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    'Grey Turner sign absent. Chest Wall was tender.',
    'Bed Rest was advised. Pain Team reviewed him.',
    'Tissue Viability was contacted; Social Services were informed.',
    'District Nurse will visit. Night Staff reported agitation.',
    'Fire Brigade attended. Hospital Transport was booked.',
    'Treated with Gaviscon Advance and Fostair Nexthaler 100/6 two puffs.',
    'Seen by Speech Therapy and Palliative Care.',
    'Stable Angina was the working diagnosis. Heart Failure was excluded.',
  ])('keeps %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
