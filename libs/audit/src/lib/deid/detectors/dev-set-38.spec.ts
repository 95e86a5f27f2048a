import { covered, untouched } from './dev-set.spec-support';

/** The rules added after blind set 38, with what each must leave. */
describe('de-identification rules from blind set 38', () => {
  it.each([
    // Romanised Chinese given names that are also ancestry words (Hui, Han) after a title.
    ['Seen by Dr Lim Jia Hui today.', 'Lim Jia Hui'],
    ['Referred to medical social worker Ms Tan Hui Min.', 'Tan Hui Min'],
    ['Reviewed with Dr Han Wei Ming (ortho).', 'Han Wei Ming'],
    // Capitals after a Han name without a vowel in one word: the Cantonese surname Ng.
    ['病人姓名：黄国华 (NG KOK WAH)   身份证', 'NG KOK WAH'],
    // Chat senders: a bracketed clinic after the name, a clock-only stamp, LINE's 上午/下午 stamp, WeChat's "sender time" lines.
    ['[22/7/24, 8:16 PM] Dr Lim Jia Hui (Raffles Medical): Did she take her amlodipine?', 'Lim Jia Hui'],
    ['[21:14] Kelvin 仔媽媽: 陳醫生你好，今晚發燒39.8度\n[21:16] 陳醫生 (兒科): 有冇抽筋？', 'Kelvin 仔媽媽'],
    ['下午 07:41 王小姐：營養師您好\n下午 07:43 仁愛診所-營養師 Amy：王小姐您好！記得空腹血糖 168 mg/dL。', 'Amy'],
    ['小鱼儿妈妈(陈思思) 21:03\n  医生您好，我是32周\n黄医生-产科 21:05\n  尿蛋白查了吗？\n小鱼儿妈妈(陈思思) 21:06\n  有点头痛', '小鱼儿妈妈'],
    ['小鱼儿妈妈(陈思思) 21:03\n  医生您好，我是32周\n黄医生-产科 21:05\n  尿蛋白查了吗？\n小鱼儿妈妈(陈思思) 21:06\n  有点头痛', '陈思思'],
    // A surname after née in brackets.
    ['Surviving spouse: Lorraine Brandt (née Kessler)', 'Kessler'],
    // Numbers after a capitalised label and No. / # / ID / Identifier.
    ['Dictated by: Hannah Lindqvist, PA-C   Job #: 8837142', '8837142'],
    ['Randomization No.: R10455    Kit No.: K-88213', 'K-88213'],
    ['Box 33 Billing: same; Claim control #: 24066E00871', '24066E00871'],
    ['Script ID: 2F7K 9QXW 3MHT\nPrescriber: Dr Mehmet Yilmaz', '2F7K 9QXW 3MHT'],
    ['CERTIFICATE OF DEATH (worksheet)    State File No. 2024-017733', '2024-017733'],
    ['Baby of Chiamaka Okonkwo, Tag No. B-0927-04', 'B-0927-04'],
    ['到達時間：2024-04-02 03:27   A&E No.: AE240402-00311', 'AE240402-00311'],
    ['Prescriber: Dr Mehmet Yilmaz   Prescriber No. 2381964', '2381964'],
    ['Certifier: Margaret Osei-Bonsu, MD, License No. 35.098812, 01/19/2024', '35.098812'],
    ['CLIA# 14D0123456    CAP# 1234567', '14D0123456'],
    ['Patient: Sipho Dlamini   ID No: 8203155234087   Folder No: GSH 3347821', '8203155234087'],
    ['Medicare Beneficiary Identifier: 1EG4-TE5-MK73', '1EG4-TE5-MK73'],
    // A town before its state or province written out, and an Irish county with its town.
    ['6. Birthplace: Dayton, Ohio\n7a. Residence: 4410 Old Troy Pike', 'Dayton'],
    ['D.No. 4-12-7, Arundelpet 6th Lane, Guntur, Andhra Pradesh | Ph: 0863-2233445', 'Guntur'],
    ['14 Cois Coille, Bearna, Co. Galway\nDear Ciarán,', 'Bearna'],
    ['14 Cois Coille, Bearna, Co. Galway\nDear Ciarán,', 'Galway'],
    // Hong Kong addresses that open with a district or area instead of the territory.
    ['轉介醫生：Dr. 譚嘉欣（尖沙咀彌敦道132號美麗華大廈11樓）', '尖沙咀彌敦道132號美麗華大廈11樓'],
    ['致：骨科專科 區志明醫生\n養和醫院 跑馬地山村道2號', '跑馬地山村道2號'],
    ['Social: 獨居，住 柴灣興華一邨 興翠樓 1205室; 社署 case worker', '柴灣興華一邨 興翠樓 1205室'],
    ['好，我哋住黃埔花園第8期11座 23樓C，搭的士去', '黃埔花園第8期11座 23樓C'],
    // Ages over 89 after a name and the name it goes by, and after the sex with a slash.
    ['Bay A\n A1  Doris Pickering (Dot), 93 – ?UTI, delirium (4AT 6).', '93'],
    ['Side room 3\n SR3  Edward Lyle, 90y, end of life (ReSPECT form in place)', '90'],
    ['Dr Lim, my ah ma (Koh Bee Hoon, 94) today BP 178/95 leh', '94'],
    ['HN: HN09912834X\nSex/Age: M/92Y   DOB: 1931-05-06', '92'],
    // Chinese form numbers after a word for the case or the register.
    ['個案編號：HC-11208-019　　身分證：', 'HC-11208-019'],
    ['醫務委員會註冊編號：M09876', 'M09876'],
  ])('takes %s', (text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  it.each([
    ['Han Chinese ancestry; thalassaemia trait screen sent.', 'Han'],
    ['主診醫生：Dr. 黃永康 (MCHK Reg. No. M14523)', 'MCHK Reg'],
    ['主要照顧者：外籍看護 Siti Nurhaliza（印尼籍，居留證號 AC01234567）', '印尼籍'],
    ['Arundelpet 6th Lane, Guntur – 522002, Andhra Pradesh | Ph: 0863-2233445', 'Andhra Pradesh'],
    ['Box 26 Patient Acct No.: HOU-ORTHO-229018', 'Acct'],
    ['Chair\tPatient\tURN\tDOB\tPhone\tAccess\n1\tO’Brien, Patrick', 'URN'],
    ['Covered by Medicaid, Texas; follow the Texas guideline.', 'Medicaid'],
    ['DLBCL, GCB subtype by Hans algorithm.', 'Hans algorithm'],
    ['Suspect MS per McDonald 2017 criteria.', 'McDonald 2017 criteria'],
    ['死者家属姓名：孔令辉　住址或工作单位：同上', '同上'],
    ['Patient: Juan Dela Cruz, 6 y/o male\nHospital No.: PGH-2024-0381145', 'Hospital No'],
    ['Started Tamoxifen, 20 mg daily; Letrozole, 25 – 30 days later.', '20 mg'],
    ['食道旺角型改變？太子參 10g 煎服', '太子參'],
    ['Lyme disease acquired in Connecticut, per serology.', 'Connecticut'],
    ['Hui Muslim family, halal diet requested.', 'Hui'],
    ['Pump Model No. PX-4598 checked, Lot No. 4481923 recorded.', 'PX-4598'],
    ['Pump Model No. PX-4598 checked, Lot No. 4481923 recorded.', '4481923'],
    ['Session billed as CPT # 90837 with modifier 95.', '90837'],
    ['Phase No. 3 of the protocol; Cycle No. 4 given.', '3'],
    ['Rx: Sertraline 100 mg tablets, 30\n    Sig: ONE tablet in the MORNING with food', 'Sig'],
    ['Tarikh: 7 Ogos 2024\nKepada: Pakar Perubatan, Jabatan Perubatan, Hospital Kuala Lumpur', 'Kepada: Pakar Perubatan, Jabatan Perubatan'],
    ['Sejarah: Diabetes mellitus 20 tahun.\nMasalah: luka kaki kanan.\nUbat: Cloxacillin 500mg qid', 'Sejarah'],
    ['Sejarah: Diabetes mellitus 20 tahun.\nMasalah: luka kaki kanan.\nUbat: Cloxacillin 500mg qid', 'Ubat'],
    ['Your result was 152 mg/dL. Book here: https://example.org/book', 'Book'],
    ['Script ID: 2F7K 9QXW 3MHT\nPrescriber: Dr Mehmet Yilmaz', 'Prescriber'],
    ['Re: Mdm Chua Siew Eng, NRIC S0981234F, 85 years old. Mdm Chua was seen.', 'Re: Mdm '],
    ['Mdm Chua was seen by the team.', 'Mdm '],
    ['费别：医保  处方编号：CF20240305-00731', '费别'],
    ['初步诊断：1. 冠状动脉粥样硬化性心脏病', '初步'],
    ['病人只讲福建话，请安排家属翻译。', '安排'],
    ['壓瘡：骶骨 Stage 2，已轉介外展護士', '外展'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
