import { coveredAs, untouched } from './dev-set.spec-support';

/** The rules added after outside set 47 was scored blind, with what each must leave. */
describe('de-identification rules from outside set 47', () => {
  it.each([
    // A name in brackets after the patient word is still a name; a person after "Dr" beside a rule word too.
    ['患者（王建华）服用硝苯地平片后头晕。', '王建华', 'name'],
    ['Reviewed with Dr Helen Okafor, Wells score 6.', 'Helen Okafor', 'name'],
    // A day and month before a 24-hour clock written without a colon, and after "today".
    ['ED triage 03/09 0412: elderly woman found on floor.', '03/09', 'date'],
    ['A&E 13/03 0645. Brought in by ambulance.', '13/03', 'date'],
    ['Retrieval request 22/02 1430 — DKA.', '22/02', 'date'],
    ['TRAUMA ACTIVATION — Level II, 01/31 2318 unrestrained driver.', '01/31', 'date'],
    ['Twins delivered 02:10 today 14/03. Both cried well.', '14/03', 'date'],
    // Village clinics, health stations and health posts; "入" before the hospital's place.
    ['昭觉县解放沟镇三河村卫生室 结核病随访。', '解放沟镇三河村卫生室', 'organization'],
    ['昭觉县解放沟镇三河村卫生室 结核病随访。', '昭觉县', 'address'],
    ['花蓮縣秀林鄉衛生所 轉診單', '秀林鄉衛生所', 'organization'],
    ['花蓮縣秀林鄉衛生所 轉診單', '花蓮縣', 'address'],
    ['于2026年1月9日入浙江省衢州市龙游县人民医院心内科。', '1月9日', 'date'],
    ['于2026年1月9日入浙江省衢州市龙游县人民医院心内科。', '衢州市龙游县', 'address'],
    // Health systems, boards and trusts by their own word.
    ['Follow-up with Kaweah Health in two weeks.', 'Kaweah Health', 'organization'],
    ['Home visit — Vancouver Coastal Health, client at home.', 'Vancouver Coastal Health', 'organization'],
    ['Leeds Teaching Hospitals NHS Trust — Discharge Letter', 'Leeds Teaching Hospitals NHS Trust', 'organization'],
    // The person a claim, policy or death certificate is about, either way round; a Mc after a hyphen.
    ['Member: Delacroix, Thibodeaux J.   Member ID: XKP884172301', 'Delacroix, Thibodeaux J.', 'name'],
    ['Plan member: Gagnon-Whitehorse, Jacqueline   Certificate no. 70418832', 'Gagnon-Whitehorse, Jacqueline', 'name'],
    ['Claimant: Aroha Ngata-McKenzie   NHI KWB7130', 'Aroha Ngata-McKenzie', 'name'],
    ['Deceased: Johannes Petrus Botha   ID 3309185124080', 'Johannes Petrus Botha', 'name'],
  ] as const)('takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });

  it.each([
    // A dose and a pressure before a four-digit number are no date and time.
    ['Give 1/2 1000 mg tablet.', '1/2'],
    ['BP 120/80 1430 stable.', '120/80'],
    ['Power 4/5 1200 hrs review.', '4/5'],
    // Scores, ratios and durations before a four-digit number, with no event word before them (an outside attack).
    ['VA 6/9 0930 right eye, 6/6 left eye.', '6/9'],
    ['Target INR 2/3 1800 warfarin 3 mg given.', '2/3'],
    ['Reflexes 2/4 1000 symmetrical.', '2/4'],
    ['Ejection murmur 3/6 1000 radiating to the carotids.', '3/6'],
    ['FiO2 4/10 1600 titrated down.', '4/10'],
    ['Cough for 3/12 1430 obs stable.', '3/12'],
    ['肌力4/5 1430复查。', '4/5'],
    ['疼痛评分7/10 0200予吗啡2.5mg。', '7/10'],
    // The body's and a building's passages before a size or a number are no road.
    ['泪道5号探针探通。', '泪道5号'],
    ['外耳道4号耳镜检查。', '外耳道4号'],
    ['隧道3号导管出口无渗出。', '隧道3号'],
    ['肠道12号肛管排气。', '肠道12号'],
    // A school's, a workplace's or a building site's first-aid room names no clinic.
    ['学校卫生室发现发热后送诊。', '学校卫生室'],
    ['单位卫生所测血压偏高。', '单位卫生所'],
    ['工地卫生站予初步包扎。', '工地卫生站'],
    // Clinic words with no place, and fields of care named "Health".
    ['村卫生室的医生来了。', '村卫生室'],
    ['去卫生所拿药。', '卫生所'],
    ['病人入院后出入量平衡。', '出入量'],
    ["Referred to Mental Health services; Public Health notified; Women's Health clinic.", 'Mental Health'],
    ["Referred to Mental Health services; Public Health notified; Women's Health clinic.", 'Public Health'],
    ['Bone Health: DEXA T-score -2.6; Good Health overall.', 'Bone Health'],
    ['World Health Organization criteria were met.', 'World Health Organization'],
    // A brand in brackets after its drug, a scale named after a person, a rule named after a city.
    ['若无应答换用维得利珠单抗（安吉优）300 mg。', '安吉优'],
    ["Use the New Wilson Index (King's) if acute liver failure develops.", 'Wilson Index'],
    ['Canadian C-spine rule; San Francisco syncope rule; HEART score 4.', 'Francisco'],
    // A holder's field holding a plan or an answer.
    ['Member: Medicare Advantage', 'Medicare Advantage'],
    ['Insured: Yes', 'Yes'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});

/** What the outside attack on the set-47 rules still found leaking, and set 47's health boards named by place. */
describe('de-identification of trusts, boards and clinic days the set-47 rules left', () => {
  it.each([
    // A trust or health system named after one word of place, with no hospital word in the note.
    ['Discharge letter, Westfield NHS Trust', 'Westfield NHS Trust', 'organization'],
    ['Referred from Westfield NHS Trust on Monday.', 'Westfield NHS Trust', 'organization'],
    ['Appointment at Oxleas NHS Foundation Trust.', 'Oxleas NHS Foundation Trust', 'organization'],
    ['Belfast Health and Social Care Trust outpatient letter.', 'Belfast Health and Social Care Trust', 'organization'],
    // Scotland's territorial health boards are written "NHS" + the board's area.
    ['Transferred to NHS Lothian for rehab.', 'NHS Lothian', 'organization'],
    ['Letter copied to NHS Greater Glasgow and Clyde.', 'NHS Greater Glasgow and Clyde', 'organization'],
    // A day and month after "today" before the place of care.
    ['Seen today 14/11 in clinic.', '14/11', 'date'],
    ['Reviewed today 3/12 on the ward.', '3/12', 'date'],
  ] as const)('takes %s as %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });

  it.each([
    ['Per Trust policy the bed was closed.', 'Trust'],
    ['Claimant: Patient Himself', 'Himself'],
    ['NHS Trust guidance was followed.', 'NHS Trust'],
    ['Referred to the local Mental Health Trust.', 'Mental Health Trust'],
    ['Pain today 7/10 in clinic, 3/10 after paracetamol.', '7/10'],
    ['Half a tablet: take today 1/2 in the morning.', '1/2'],
    ['NHS Scotland and NHS 24 advice lines.', 'NHS Scotland'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
