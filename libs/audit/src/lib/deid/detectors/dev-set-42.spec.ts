import { covered, untouched } from './dev-set.spec-support';

/** The rules added after blind set 42, with what each must leave. */
describe('de-identification rules from blind set 42', () => {
  it.each([
    // A Chinese address goes on past a space: house number, estate, building, unit and room written apart.
    ['家住上海市闵行区莘庄镇七莘路 1588 号 12 号楼 302 室，与女儿同住。', '1588 号 12 号楼 302 室'],
    ['现住长沙市岳麓区麓山南路 932 号，近一年未外出。', '932 号'],
    ['住在郑州市金水区花园路 66 号锦艺城 5 号楼 2 单元 801。', '66 号锦艺城 5 号楼 2 单元 801'],
    ['寄往福州市鼓楼区五四路 120 号 A 座 1702，收件人本人。', '120 号 A 座 1702'],
    // A QQ number written in groups, as it is read out.
    ['QQ 512 338 907 可联系', '512 338 907'],
    ['患者QQ号：2847 3391 05，随访用', '2847 3391 05'],
    // A room or bed with a letter after a hyphen.
    ['Transferred to Room 2214-A on telemetry.', '2214-A'],
    ['Bed 31-C, NBM from midnight.', '31-C'],
    // A Kenyan post-office box: the box, its postal code and the town.
    ['Address P.O. Box 1873-40100 Kisumu, next of kin husband.', 'P.O. Box 1873-40100 Kisumu'],
    ['Send the report to PO Box 30197-00100, Nairobi.', 'PO Box 30197-00100, Nairobi'],
    // A surname written first inside brackets, before the given name; who is on duty and the community worker.
    ['Pt (Hartley, Joan) confused overnight, 1:1 sitter.', 'Hartley'],
    ['今晚值班是周海涛，有事找他。', '周海涛'],
    ['由社区网格员陈立负责联系。', '陈立'],
    ['楼长马春生每天上门送饭。', '马春生'],
    // An age after a Han name glossed in pinyin.
    ['Patient 冯秀珍 (Feng Xiuzhen), 94 y, from the nursing home.', '94'],
    ['患者 欧阳兰（Ouyang Lan）, 97, 跌倒后入院', '97'],
    // A yearless date after "booked for" or "scheduled for".
    ['Interpreter booked for 17/04, Mandarin.', '17/04'],
    ['OGD scheduled for 3/11 as a day case.', '3/11'],
    // Malaysia's larger towns and Singapore's planning areas as places someone comes from or lives in.
    ['A 40-year-old from Subang Jaya, admitted with dengue.', 'Subang Jaya'],
    // A wristband's SURNAME, Given before the date of birth or the age, the given name unlisted.
    ['URN 5520913 — HARGREAVES, Tayla — DOB 02/11/1988', 'HARGREAVES, Tayla'],
    ['MCKENZIE, Brodie, 34M, L wrist fracture', 'MCKENZIE, Brodie'],
    // A parent who signs a message by the child's pet name: "小雨妈妈：".
    ['小雨妈妈：孩子今天咳嗽好点了，还要继续雾化吗？', '小雨'],
    ['医生您好，我是小杰爸爸，想问一下化验结果。', '小杰'],
    // A credential sign-off after the last sentence of a one-line note.
    ['Dressing changed, site clean. P. Ndlovu RN #30218', 'P. Ndlovu'],
    ['Pain settled with paracetamol. T. Oyelaran, RN', 'T. Oyelaran'],
  ])('takes %s', (text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  it.each([
    ['住在杭州市西湖区，3 天前出现发热。', '3 天前'],
    ['家住上海市闵行区七莘路 1588 号 3 天后复诊。', '3 天后'],
    ['现住长沙市岳麓区麓山南路 932 号 12 小时前出现胸痛。', '12 小时前'],
    // A given name after St. or Saint names a saint: a valve maker, a wort, a hospital's patron.
    ['Bileaflet mitral prosthesis (St. Jude), INR target 2.5–3.5.', 'Jude'],
    ['Prosthesis: St Jude, 25 mm, no paravalvular leak.', 'Jude'],
    ['QQ 512 已加，3 天后复诊', '3 天后'],
    ['Room 12-bed bay reopened after cleaning.', 'bed bay'],
    ['Hyponatraemia (SIADH, Addison) excluded.', 'SIADH'],
    ['值班是住院总，已汇报。', '住院总'],
    ['血小板 (PLT Count), 120, 较前下降', '120'],
    ['血小板计数 (Platelet Count), 120, 较前下降', '120'],
    ['Booked for 1/2 tab nocte after review.', '1/2'],
    ['COPD, Asthma — DOB not recorded', 'Asthma'],
    ['小孩妈妈，请您明天带孩子来复查。', '小孩'],
    ['小儿家长：患儿体温已降至37.2℃。', '小儿'],
    ['Culture grew E. Coli. S. Aureus PT result awaited', 'S. Aureus'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
