import { resolveOverlaps } from '../span-resolution.util';
import { englishNameDetector } from './english-name.detector';

const values = (text: string) => resolveOverlaps(englishNameDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('englishNameDetector', () => {
  it.each([
    ['Patient John Smith was admitted', ['John Smith']],
    ['seen by Dr. Emily Chen today', ['Emily Chen']],
    ['Physician: Dra. Fernanda Lopes Marques, CRM-SP 145872', ['Fernanda Lopes Marques']],
    ['Wife: Sra. Ana Paula Pereira', ['Ana Paula Pereira']],
    ["Mrs. O'Brien reports", ["O'Brien"]],
    ['Electronically signed by Michael Brown, MD', ['Michael Brown']],
    ['Robert Johnson is a 72-year-old man', ['Robert Johnson']],
    ['Dr. A. Gupta', ['A. Gupta']],
  ])('finds the name in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps disease eponyms and ordinary capitalised words', () => {
    expect(values("Parkinson disease, Crohn's disease, Hashimoto thyroiditis, Patient Presents, Dr. visit")).toEqual([]);
    expect(values('Contact Precautions. Patient Education provided. Dr. On call.')).toEqual([]);
  });

  it.each([
    ['John Smith was admitted on March 3', ['John Smith']],
    ['Discussed the plan with Robert Johnson and his daughter', ['Robert Johnson']],
    ['Mary Ann McDonald is scheduled for surgery', ['Mary Ann McDonald']],
    ['Garcia, Maria - 67F - admitted', ['Garcia, Maria']],
    ['Wang Xiaoming was transferred from the ICU', ['Wang Xiaoming']],
    ['Susan Wilson has Wilson disease', ['Susan Wilson']],
    ['PATIENT NAME: SMITH, JOHN', ['SMITH, JOHN']],
    ['Seen with Keisha Washington today', ['Keisha Washington']],
  ])('finds a name without a title or label in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps eponyms that look like a given name and a surname, and drug names', () => {
    expect(values('Austin Flint murmur, Sister Mary Joseph nodule, Stevens-Johnson syndrome, Mallory-Weiss tear')).toEqual([]);
    expect(values('Started Coumadin 5 mg. Glasgow Coma Scale 15. New York Heart Association class III. May 2024.')).toEqual([]);
    expect(values('CHEST PAIN, HEART FAILURE. Referred to George Washington University Hospital.')).toEqual([]);
  });

  it('still redacts an eponym-like surname when it names a person', () => {
    expect(values('Dr. Parkinson examined her')).toEqual(['Parkinson']);
  });

  it.each([
    ['Mary-Jane Wilson was admitted overnight', ['Mary-Jane Wilson']],
    ['Laura Schäfer presented with cough', ['Laura Schäfer']],
    ['Tran Van Hung was seen in clinic', ['Tran Van Hung']],
    ['Nguyen Thi Lan reports nausea', ['Nguyen Thi Lan']],
    ['Ellen Parkinson reports a tremor', ['Ellen Parkinson']],
  ])('finds hyphenated, accented, Vietnamese and eponym-surname names in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps eponyms after the surname list grows', () => {
    expect(values('Parkinson disease. Wolff-Parkinson-White pattern. Addison disease. Van Gogh. Le Fort fracture.')).toEqual([]);
  });

  it('keeps the middle initial inside a "Surname, Given" name', () => {
    expect(values('Smith, John A. presented with dyspnea')).toEqual(['Smith, John A.']);
  });

  it.each([
    ['Name: ZHANG Wei', ['ZHANG Wei']],
    ['Patient: Wei ZHANG, 45M', ['Wei ZHANG']],
    ['Passport name LIU Xiaohong', ['LIU Xiaohong']],
  ])('finds Pinyin names with the surname in capitals in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['PATEL, RAVI 58M chest pain', ['PATEL, RAVI']],
    ['Label reads SUN, HAOYU; sample haemolysed', ['SUN, HAOYU']],
    ['LAM, WAI KEUNG seen in fracture clinic', ['LAM, WAI KEUNG']],
    ['Band: MWANGI, WANJIRU checked twice', ['MWANGI, WANJIRU']],
    ['ADEYEMI, FOLASADE 71F from nursing home', ['ADEYEMI, FOLASADE']],
    ['GARCIA Sofia seen in ED', ['GARCIA Sofia']],
    ['JONES, Margaret 88F fall at home', ['JONES, Margaret']],
    ['WU, Haoran referred by GP', ['WU, Haoran']],
    ["Band: O'NEILL, PATRICK", ["O'NEILL, PATRICK"]],
  ])('finds names in capitals with a comma, or a surname in capitals, in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves capital abbreviations, headings and drug lists with commas alone', () => {
    for (const text of [
      'PMH: T2DM, OSA, GORD, AF on apixaban',
      'Hx: ASTHMA, ECZEMA since childhood',
      'ALLERGIES: CODEINE, LATEX',
      'Dx: STEMI, NSTEMI or UA',
      'ASSESSMENT, PLAN discussed with family',
      'MRI Brain and CT Head were normal',
      'WARD Round at 9am',
      'ECG, May 2024: sinus rhythm',
      'CXR, Hepatitis serology and HIV, Syphilis screen sent',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });

  it.each([
    ['Daughters: Hannah and Rose, both nurses', ['Hannah', 'Rose']],
    ['Kids (3): Ethan, Mia, Lucas', ['Ethan', 'Mia', 'Lucas']],
    ['NOK: Daniel (nephew), Laura (niece)', ['Daniel', 'Laura']],
    ['her grandsons Jack & Dylan visit weekly', ['Jack', 'Dylan']],
  ])('finds lone given names in a list of relatives or contacts in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps eponyms, words and numbers after a relatives word', () => {
    for (const text of [
      'Her son has Down syndrome',
      'Family history: Graves disease in mother',
      'Children: 2, both well',
      'Sister Mary Joseph nodule noted',
      'Contacts: None',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });

  it.each([
    ['Maria said the swelling is better.', ['Maria']],
    ['Kwame reports less pain today.', ['Kwame']],
    ['On review, Olga states she missed two doses.', ['Olga']],
    ['Dmitri denies fever. Priya was given paracetamol.', ['Dmitri', 'Priya']],
    ['seen with Tom in clinic', ['Tom']],
    ['Spoke to Leon by phone.', ['Leon']],
    ['Discussed with Kwabena, who agrees.', ['Kwabena']],
    ['Per Grace, he fell twice.', ['Grace']],
    ['Informed Hope by phone.', ['Hope']],
  ])('finds a lone given name as the subject of a verb of speaking or after a verb that introduces a person in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['bed 9 Harold slept well', ['Harold']],
    ['Gloria, bed 3, refused lunch', ['Gloria']],
    ['Bed 11 Yusuf, day 2 post-op', ['Yusuf']],
    ['Bed 4: Agnes febrile overnight', ['Agnes']],
    ['Kwesi, bed 9, slept well', ['Kwesi']],
    ["Sarah's mother called.", ['Sarah']],
    ["Per Kofi's wife he is confused.", ['Kofi']],
  ])('finds a lone name beside a bed number in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['Her son (David) will collect her.', ['David']],
    ['Wife (Mary) present during the ward round.', ['Mary']],
    ['Discussed with daughter (Aisha) by phone.', ['Aisha']],
    ['NOK: brother (Tomasz), lives nearby.', ['Tomasz']],
  ])('finds a given name in brackets after a relative in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps words in brackets after a relative that name no person', () => {
    for (const text of [
      'Son (eldest) lives abroad.',
      'Mother (deceased) had breast cancer.',
      'Father (Parkinson disease) in a home.',
      'Wife (HCP) consents.',
      'Son (Keppra) collects meds.',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });

  it('keeps capitalised words in the same places when they name no person', () => {
    for (const text of [
      'Nausea said to be improving.',
      'Mother said he was fine.',
      'Patient said Tylenol helps.',
      'Pt reports Lasix helped.',
      'Echo reports EF 40%.',
      'Chart states allergy to penicillin.',
      'Radiology reports no fracture.',
      'Family states he is at baseline.',
      'Pain reported as 5/10.',
      'Nobody said otherwise.',
      'Nursing reports good intake.',
      'Husband states she fell.',
      'Bed 5 empty.',
      'bed 3 Foley in situ',
      'Seizures controlled with Keppra.',
      'Referred to Radiology for CT.',
      'Seen with Physio today.',
      'Treated per Protocol.',
      "Parkinson's disease, Crohn's flare.",
      "Patient's mother called.",
    ]) {
      expect(values(text)).toEqual([]);
    }
  });

  it.each([
    ['Smith, John,1957-03-02,M,Hypertension', ['Smith, John']],
    ['MRN 123, Doe, Jane, F, 1961-07-14', ['Doe, Jane']],
    ['10442,Garcia,Maria,1948-11-30,F', ['Garcia,Maria']],
    ['id,last,first,dob\n2,Brown,Michael,1950-02-01', ['Brown,Michael']],
    ['Bed 4 | Miller, Susan | 72F | CHF', ['Miller, Susan']],
    ['"Smith, John",1957-03-02,M', ['Smith, John']],
    ['1042,"Doe, Jane",F,1961-07-14', ['Doe, Jane']],
    ['Doe, Jane A.,1961-07-14,F', ['Doe, Jane A.']],
  ])('finds "Last, First" in a comma-separated row in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps comma-separated clinical words and eponyms in a row', () => {
    for (const text of [
      '123, Parkinson, Disease, 2021-03-04',
      'Dx: 1, Hypertension, Diabetes Mellitus, 2',
      '2024-01-05, Graves, disease, TSH 0.01',
      '4, Addison, crisis, 1 episode',
      'Lot 22, Jordan, Hospital, 3 units',
      '12, Chest, Paul, 3',
      'Hypertension, Mary, 3',
      'Chest, Paul, 3 views',
      '1, Warfarin, Grace, 5 mg',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});

describe('englishNameDetector: names by role, sign-off, speaker and record-head slots', () => {
  it.each([
    ['Ward clerk Bev has the property bag.', ['Bev']],
    ['Medical student Ayesha took the history.', ['Ayesha']],
    ['Translator Ahmad present via video.', ['Ahmad']],
    ['Interpreter Nguyen attended; HCA Precious did the obs.', ['Nguyen', 'Precious']],
    ['Fax results attn Maureen.', ['Maureen']],
    ['Colonoscopy assisted by Fern (endoscopy nurse).', ['Fern']],
    ['Priya (eldest daughter) is the main carer.', ['Priya']],
    ['Betty and Frank (neighbours) found her confused.', ['Betty', 'Frank']],
    ['Ambulance crew (Dave and Sue) handed over.', ['Dave', 'Sue']],
    ['Jenny（保姆，菲律宾籍）陪护。', ['Jenny']],
    ['Lily（患者英文名）不会说中文。', ['Lily']],
    ['Marcus told me he sleeps in his car.', ['Marcus']],
    ['Thanks, Priya', ['Priya']],
    ['Kind regards,\nDeclan', ['Declan']],
    ['— Tom\n(on call, bleep 4471)', ['Tom']],
    ['Karen: can you check bed 9?\nRaj: K+ 5.9, repeat sent.', ['Karen', 'Raj']],
    ['Bay 3 bed 2 – Agnes, NBM from midnight\nBay 3 bed 4 – Yusuf, IV Tazocin due', ['Agnes', 'Yusuf']],
    ['Gerald, 90, was found on the floor.', ['Gerald']],
    ['Wojciech Kowalczyk, 58M, STEMI.', ['Wojciech Kowalczyk']],
    ['Katarzyna NOWAK, 33F, ectopic pregnancy.', ['Katarzyna NOWAK']],
    ['Olumide Adeyemi (staff nurse) witnessed the count.', ['Olumide Adeyemi']],
    ['Anna-Lise Sorensen — transfer to HDU at 02:15.', ['Anna-Lise Sorensen']],
    ['Siddharth Iyer MD PhD\nConsultant Haematologist', ['Siddharth Iyer']],
    ['Re: BROWN, Michael J  DOB 01-Feb-1950', ['BROWN, Michael J']],
    ['Seen by Prof. Müller.', ['Müller']],
  ])('finds the name in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps headings, clinical words, staging systems and rules in the same slots', () => {
    for (const text of [
      'Plan: repeat bloods.\nImpression: CAP.\nAllergies: NKDA',
      'Ann Arbor stage IIA, R-CHOP planned.',
      'San Francisco Syncope Rule negative.',
      'Ward clerk informed; Medical student present.',
      'Kind regards,\nCardiology',
      '— Plan\n(see below)',
      'Warfarin (anticoagulant) held; Metformin (biguanide) continued.',
      'Bay 3 bed 2 – NBM from midnight\nBay 3 bed 4 – IV Tazocin due 22:00',
      'Troponin, 90, was repeated.',
      'Thanks, Radiology',
      'Nurse: obs stable.',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});

describe('englishNameDetector: a listed given name standing alone in prose', () => {
  it.each([
    ['Agnes is NBM from midnight for ERCP.', ['Agnes']],
    ['Overnight Gerald pulled out his cannula.', ['Gerald']],
    ['Bloods taken; Siobhan to chase the result.', ['Siobhan']],
    ['Handed over to Siobhan at 20:00.', ['Siobhan']],
  ])('finds the name in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps given names that are words, eponyms, places and the first word of a longer name', () => {
    for (const text of [
      'Grace period for repeat bloods; Will review in the morning.',
      'Addison crisis excluded; Wilson disease screen sent.',
      'May need Frank discussion with family.',
      'Austin Flint murmur heard.',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});

describe('englishNameDetector: particles, accents, third names, trailing initials and plural titles', () => {
  it.each([
    ['Seen by: R. van der Berg, registrar.', ['R. van der Berg']],
    ['Reported by: J. Hernández, MD', ['J. Hernández']],
    ['María José Fernández called back.', ['María José Fernández']],
    ['Attending: Smith, J.', ['Smith, J.']],
    ['Drs. Okafor, Lindqvist and Haddad attended.', ['Okafor', 'Lindqvist', 'Haddad']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves a plural title before clinical words and a particle without a surname alone', () => {
    expect(values('Drs. Asthma and COPD teams; seen by de la Torre? no. Reviewed by cardiology.')).toEqual([]);
  });

  it('takes an initial and a surname in a signature, a relation or a table cell slot, and keeps organisms', () => {
    expect(values('Electronically signed: A. Mason, MD 09/18/2024')).toEqual(['A. Mason']);
    expect(values('Signed: C. Bickford   Witness: Jarrah Williams (RN)')).toContain('C. Bickford');
    expect(values('Name: Lakshmi Venkataraman  W/o S. Venkataraman  Age: 92')).toContain('S. Venkataraman');
    expect(values('S-016 | V. Krishnamurthy | 12-Jan-2024 | NT-proBNP 2400 | eligible')).toEqual(['V. Krishnamurthy']);
    expect(values('Urine culture: growth by E. Coli, sensitive. | S. Aureus | MRSA screen')).toEqual([]);
  });

  it('takes a name after a form field, a handover or a role that is no everyday word, and keeps what a role heads', () => {
    expect(values('Surname: Okonkwo-Adeyemi   Other names: Chukwuemeka Babatunde')).toEqual(['Okonkwo-Adeyemi', 'Chukwuemeka Babatunde']);
    expect(values('Handed over by Chloe RN to Sione RN.')).toEqual(['Chloe', 'Sione']);
    expect(values('Transferred by road. Paramedics: Sharn Hickey, Ben Toa.')).toContain('Sharn Hickey');
    expect(values('Mobilised with frame. Physio: Ngaire')).toEqual(['Ngaire']);
    expect(values('IL plate CV 84213. Officer Kowalski badge #11823 at bedside.')).toEqual(['Kowalski']);
    expect(values("Bed 16: Kylie-Ann O'Driscoll, DKA resolving, insulin infusion ceased")).toEqual(["Kylie-Ann O'Driscoll"]);
    expect(values('Bed 4: Nil by mouth, for theatre')).toEqual([]);
    for (const text of ['Physio: Mobilised with frame, review tomorrow.', 'Officer Safety Training', 'Handed over to Night Team.', 'Crew: Ambulance']) {
      expect(values(text)).toEqual([]);
    }
  });
});
