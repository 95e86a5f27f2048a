import { deidentify } from '../../../index';
import { scanEnglishSlotNames } from './english-slot-name.scanner';

const names = (text: string) =>
  deidentify(text)
    .findings.filter((f) => f.type === 'name')
    .map((f) => text.slice(f.start, f.end));
const slotNames = (text: string) => scanEnglishSlotNames(text).map((d) => text.slice(d.start, d.end));

describe('names found by a slot only a person fills', () => {
  it.each([
    ['[ward 7 chat] Kat: bed 12 pulled his NG again 🙄 Dev: I will reinsert. Kat: ta', ['Kat', 'Dev']],
    ['[ICU group] Nat: who has bed 3? Jo: me. Nat: ok', ['Nat']],
    ['[Theatres WhatsApp] Becca: case 3 cancelled.\nMo: fine', ['Becca', 'Mo']],
    ['[AMU chat] 14:02 Tash: can someone review bed 9', ['Tash']],
    ["Bill (pt's husband) asked about home oxygen.", ['Bill']],
    ["Young (patient's surname) - prostate cancer.", ['Young']],
    ["Rose (patient's daughter) will collect.", ['Rose']],
    ['Sue from the OT team will visit.', ['Sue']],
    ['Will from pharmacy: gentamicin level 2.1.', ['Will']],
    ['Choi from the lab called: potassium 6.9.', ['Choi']],
    ['Requested by F. Mahmoud (GP). No consolidation.', ['F. Mahmoud']],
    ['Letter to J. Okafor (consultant) sent.', ['J. Okafor']],
    ['Robert "Bobby" Tran. CHF, EF 30%.', ['Robert "Bobby" Tran']],
    ['Siddharth ("Sid") in bay 3 is asking for oxycodone.', ['Siddharth', 'Sid']],
    ['HOLLY JAMESON CALLED AGAIN ABOUT HER RESULTS.', ['HOLLY JAMESON']],
    ['MOHAMMED ABDULLAHI DOB 01/01/1985 TB meningitis.', ['MOHAMMED ABDULLAHI']],
    ['KOWALSKI - bed 4 - NBM from midnight.', ['KOWALSKI']],
    ['Park Ji-hoon (Korean national) seen for gastroenteritis.', ['Park Ji-hoon']],
    ['Kim Soo-yeon and Lee Min-ho - pregnancy test positive.', ['Kim Soo-yeon', 'Lee Min-ho']],
    ['Tan Ah Kow, NRIC on file.', ['Tan Ah Kow']],
    ['Lim Boon Huat attended with his son.', ['Lim Boon Huat']],
    ['hi its tanya again, my son jayden still has the rash', ['tanya', 'jayden']],
    ['my daughter emma rose has had a temp of 39.5', ['emma rose']],
    ['is it ok to give calpol and nurofen together?? - sarah', ['sarah']],
    ['Police: PC Hughes attended.', ['Hughes']],
    ['prison officer Reid escorting.', ['Reid']],
    ['caller was Pastor Williams from the church.', ['Williams']],
    ['Admitted after a stabbing; pt gave name as Deshawn, later Deshawn Miller.', ['Deshawn']],
    ['He gave his name as Marek at triage.', ['Marek']],
    ["Owner Terry is the pt's brother.", ['Terry']],
    ['Dawn is the community matron for Mr Pickles.', ['Dawn']],
    ['Femi is the key worker for Aaliyah.', ['Femi', 'Aaliyah']],
    ['ED: Baby girl Rodriguez, 6 wk, fever 38.4.', ['Rodriguez']],
    ['grace and hope (twins, 3/12) in for bronchiolitis.', ['grace', 'hope']],
    ['Oscar and Ezra (twin boys) both wheezy.', ['Oscar', 'Ezra']],
    ['Safeguarding: Kai (7) disclosed to teacher.', ['Kai']],
    ['Ms O (single-letter surname) - pemphigus vulgaris.', ['O']],
  ])('finds the names in %s', (text, expected) => {
    const found = names(text);
    for (const name of expected) expect(found).toContain(name);
  });

  it.each([
    'Plan: bloods. Update: K 5.9. Note: NBM',
    'Obs stable. Sats: 94% on air. Temp: 37.9',
    '[ward chat] Plan: repeat K. Bloods: sent. Pain: controlled.',
    'Referral from the OT team will follow.',
    'Results from pharmacy: level 2.1.',
    'Letter from the lab: sample haemolysed.',
    'Paracetamol ("Panadol") 1 g qds.',
    "Warfarin (patient's own supply) held.",
    'ACUTE KIDNEY INJURY - bed 4.',
    'NBM - bed 4 from midnight.',
    'MARK SITE BEFORE THEATRE.',
    'GRACE PERIOD FOR REFERRALS.',
    'Non-stop vomiting. Check Park-in ward 3.',
    'Tan skin, Ah yes. Tan Lines noted.',
    'my son has a rash, its been 3 days, im worried',
    'my daughter still has fever',
    'Check DS DNA antibodies. PC Fluids given.',
    'Sister Mary Joseph nodule noted.',
    'E. coli (GP sample) grew.',
    'Pain is the main problem for Mr X.',
    "Furosemide is the patient's own supply.",
    'Baby girl delivered by LSCS.',
    'Grade (3) is the worst; Stage (2) has spread.',
    'Pain and fever (twins of sepsis).',
    'Hughes syndrome screen sent.',
    'Treatment goes by NICE guidance.',
  ])('leaves %s', (text) => {
    expect(slotNames(text)).toEqual([]);
  });
});
