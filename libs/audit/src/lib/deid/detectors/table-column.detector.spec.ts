import { deidentify } from '../deidentifier';
import { tableColumnDetector } from './table-column.detector';

const values = (text: string) =>
  tableColumnDetector
    .detect(text)
    .sort((a, b) => a.start - b.start)
    .map((d) => [d.type, text.slice(d.start, d.end)]);

describe('tableColumnDetector', () => {
  it('redacts beds, names and ages over 89 in a Chinese ward list, and keeps sex, younger ages and diagnoses', () => {
    const text =
      '| 床号 | 姓名 | 性别 | 年龄 | 诊断 |\n| 3 | 马小红 | 女 | 67 | 股骨颈骨折 |\n| 4 | 黎志强 | 男 | 91 | 慢性阻塞性肺疾病 |\n| 5 | 苏婉清 | 女 | 45 | 子宫肌瘤 |';
    expect(values(text)).toEqual([
      ['bed', '3'],
      ['name', '马小红'],
      ['bed', '4'],
      ['name', '黎志强'],
      ['age', '91'],
      ['bed', '5'],
      ['name', '苏婉清'],
    ]);
  });

  it('redacts whole name cells written surname first in an English ward list', () => {
    const text =
      '| Bed | Name | Age | Dx |\n| 1 | Fitzgerald, Ruth | 82 | NSTEMI |\n| 2 | Okafor, Chinedu | 61 | DKA |\n| 3 | Baker, Thomas | 92 | hip fracture |';
    expect(values(text)).toEqual([
      ['bed', '1'],
      ['name', 'Fitzgerald, Ruth'],
      ['bed', '2'],
      ['name', 'Okafor, Chinedu'],
      ['bed', '3'],
      ['name', 'Baker, Thomas'],
      ['age', '92'],
    ]);
  });

  it('reads a markdown table with a separator row and header variants (Patient name, NHS no, Age (y))', () => {
    const text =
      '| Bed no. | Patient name | NHS number | Age (y) | Plan |\n|:---|---|---|--:|---|\n| 12 | Harold Finch | 943 476 5919 | 94 | PT review |\n| 14 | Mary Li | 401 023 2137 | 71 | home today |';
    expect(values(text)).toEqual([
      ['bed', '12'],
      ['name', 'Harold Finch'],
      ['mrn', '943 476 5919'],
      ['age', '94'],
      ['bed', '14'],
      ['name', 'Mary Li'],
      ['mrn', '401 023 2137'],
    ]);
  });

  it('reads tab-separated rows pasted from a spreadsheet', () => {
    const text = 'Bed\tName\tAge\tDx\n7\tMargaret O’Neill\t96\tUTI\n8\tLi Wei\t54\tCOPD exacerbation';
    expect(values(text)).toEqual([
      ['bed', '7'],
      ['name', 'Margaret O’Neill'],
      ['age', '96'],
      ['bed', '8'],
      ['name', 'Li Wei'],
    ]);
  });

  it('reads a nursing handover table with 床位, 患者 and ages written with 岁', () => {
    const text = '| 床位 | 患者 | 年龄 | 护理级别 | 交班内容 |\n| 12床 | 王秀英 | 93岁 | 一级 | 夜间血压偏低，予补液 |\n| 15床 | 刘强 | 72岁 | 二级 | 无特殊 |';
    expect(values(text)).toEqual([
      ['bed', '12床'],
      ['name', '王秀英'],
      ['age', '93'],
      ['bed', '15床'],
      ['name', '刘强'],
    ]);
  });

  it('redacts contacts, phones, addresses, record numbers and the staff who signed', () => {
    expect(values('| 联系人 | 联系电话 | 住址 |\n| 李建国（儿子） | 138 0013 8000 | 杭州市西湖区文三路88号 |')).toEqual([
      ['name', '李建国（儿子）'],
      ['phone', '138 0013 8000'],
      ['address', '杭州市西湖区文三路88号'],
    ]);
    expect(values('| 住院号 | 姓名 | 责任护士 | 主管医生 |\n| ZY2024001 | 赵敏 | 张丽 | 陈明 |')).toEqual([
      ['mrn', 'ZY2024001'],
      ['name', '赵敏'],
      ['name', '张丽'],
      ['name', '陈明'],
    ]);
    expect(values('| MRN | Next of kin | Tel | Consultant |\n|---|---|---|---|\n| RX4471902 | Joan Carter (wife) | 07700 900123 | Dr Patel |')).toEqual([
      ['mrn', 'RX4471902'],
      ['name', 'Joan Carter (wife)'],
      ['phone', '07700 900123'],
      ['name', 'Dr Patel'],
    ]);
  });

  it('leaves empty cells, dashes, n/a and placeholders alone', () => {
    expect(values('| Bed | Name | Age |\n| 3 | [姓名] | - |\n| 4 | n/a | 67 |\n|  | — | 93 |')).toEqual([
      ['bed', '3'],
      ['bed', '4'],
      ['age', '93'],
    ]);
  });

  it('reads key-value rows: a label cell and the value after it', () => {
    expect(values('| 姓名 | 徐志摩 | 性别 | 男 |')).toEqual([['name', '徐志摩']]);
    expect(values('| Name | John Carter | Age | 93 |')).toEqual([
      ['name', 'John Carter'],
      ['age', '93'],
    ]);
    expect(values('| 姓名 | 徐志摩 | 性别 | 男 |\n| 年龄 | 92 | 床号 | 18 |\n| 住院号 | 20240117 | 诊断 | 急性冠脉综合征 |')).toEqual([
      ['name', '徐志摩'],
      ['age', '92'],
      ['bed', '18'],
      ['mrn', '20240117'],
    ]);
    expect(values('| 项目 | 内容 |\n|---|---|\n| 姓名 | 欧阳娜娜 |\n| 联系电话 | 13912345678 |\n| 诊断 | 肺炎 |')).toEqual([
      ['name', '欧阳娜娜'],
      ['phone', '13912345678'],
    ]);
  });

  it('reads label/value rows whose second row has labels of its own, not as a header', () => {
    expect(values('| 姓名 | 徐志摩 | 性别 | 男 |\n| 籍贯 | 浙江 | 文化程度 | 本科 |')).toEqual([['name', '徐志摩']]);
    expect(values('| Patient | Mr Arthur Dent | Ward | 7B |\n| Allergy status | NKDA | Consultant | Dr Okoro |')).toEqual([
      ['name', 'Mr Arthur Dent'],
      ['name', 'Dr Okoro'],
    ]);
  });

  it('reads a label and its value inside one cell', () => {
    expect(values('MRN HZ00284417 | 姓名 徐志摩 | Bed 18 | Dx: ACS')).toEqual([
      ['mrn', 'HZ00284417'],
      ['name', '徐志摩'],
      ['bed', '18'],
    ]);
    expect(values('| 姓名：阿依古丽·买买提 | 年龄：95岁 | 民族：维吾尔族 |')).toEqual([
      ['name', '阿依古丽·买买提'],
      ['age', '95'],
    ]);
    expect(values('Name: Peter O’Brien\tAge 90\tDx: CAP')).toEqual([
      ['name', 'Peter O’Brien'],
      ['age', '90'],
    ]);
  });

  it('through the deidentifier, the whole table comes out redacted', () => {
    const { text } = deidentify('| Bed | Name | Age | Dx |\n| 2 | Okafor, Chinedu | 61 | DKA |\n| 3 | Baker, Thomas | 92 | hip fracture |');
    expect(text).toBe('| Bed | Name | Age | Dx |\n| [床号] | [姓名] | 61 | DKA |\n| [床号] | [姓名] | [年龄>89] | hip fracture |');
  });

  it('leaves lab, medication and clinical tables alone', () => {
    for (const text of [
      '| 项目 | 结果 | 参考范围 |\n| 血红蛋白 | 98 g/L | 130-175 |\n| 白细胞 | 12.3 | 3.5-9.5 |',
      '| Test | Result | Range |\n|---|---|---|\n| Hb | 92 | 130-170 |\n| Age-adjusted D-dimer | 0.9 | <0.5 |',
      '| Drug name | Dose | Route |\n| Amlodipine Besylate | 5 mg | PO |\n| Warfarin Sodium | 3 mg | PO |',
      '| Name | Dose | Frequency |\n| Co-Amoxiclav | 625 mg | TDS |\n| Warfarin Sodium | 3 mg | OD |',
      '| Name | Strength | Route |\n|---|---|---|\n| Insulin Glargine | 100 units/mL | SC |',
      '| 药名 | 剂量 | 用法 |\n| 阿司匹林肠溶片 | 100mg | 口服 qd |',
      '| 性别 | 诊断 |\n| 男 | 帕金森病 |',
      '| Age | Sex | Dx |\n| 89 | F | NSTEMI |\n| 45 | M | Graves disease |',
      '| Name | Allergies |',
      '| Sex | M | Dx | Graves Disease |',
      '| Name band checked | Plan: Dr review |',
      '| Drug | Name | Dose |\n| PPI | Omeprazole | 20 mg |',
      'Drug\tDose\tRoute\nParacetamol\t1 g\tPO',
      '| NEWS2 | 5 |\n| BP | 92/54 |',
      '姓名 徐志摩，年龄 93岁，no table here.',
      '| Contact | GP Surgery |\n| NOK | Daughter aware |',
      '| Plan | Bed 3-4 days | Age 93 unlikely? |',
      '| Patient | 72 yo male | 患者 | 男性，72岁 |',
      '| Name | Ward Round |',
      'BP 120/80 | HR 88 | RR 18 | Plan: bed rest',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });

  it('reads a comma-separated export with a header row: beds, names and ages over 89 under their columns', () => {
    const text = '日期,床号,姓名,年龄,诊断,电话\n2024-11-01,3,潘金花,90,慢性心力衰竭,13698765432\n2024-11-01,4,田野,34,急性胰腺炎,15011223344\n';
    expect(values(text)).toEqual([
      ['bed', '3'],
      ['name', '潘金花'],
      ['age', '90'],
      ['phone', '13698765432'],
      ['bed', '4'],
      ['name', '田野'],
      ['phone', '15011223344'],
    ]);
    const english =
      'mrn,last,first,dob,consultant,dx\nH449812,Chen,Xiaoling,1973-05-30,Fernandes,ischaemic stroke NIHSS 4\nH450301,Park,Ji-woo,1966-02-11,Iyer,"Kawasaki disease, adult"\n';
    expect(values(english)).toEqual([
      ['mrn', 'H449812'],
      ['name', 'Chen'],
      ['name', 'Xiaoling'],
      ['name', 'Fernandes'],
      ['mrn', 'H450301'],
      ['name', 'Park'],
      ['name', 'Ji-woo'],
      ['name', 'Iyer'],
    ]);
  });

  it('reads an export whose header is in snake_case with columns it does not know: the name column, quoted "Surname, Given"', () => {
    const text =
      'claim_id,member_name,philhealth_pin,dob,admit_date,icd10,amount_php,facility\n' +
      'CF4-2025-000812,"Reyes, Carlito Jr.",01-050123456-7,1958-02-27,2025-06-02,J18.9,"32,000.00",Makati Medical Center\n';
    expect(values(text)).toContainEqual(['name', 'Reyes, Carlito Jr.']);
    expect(values('drug_name,dose_mg,route_code\nmetformin,500,PO\n')).toEqual([]);
  });

  it('takes the bed of a ward/bed column and leaves the ward', () => {
    const text =
      "| Hosp No | Name | Ward/Bed | Diagnosis |\n|---|---|---|---|\n| K1234567 | Nora Quigley | Elm/6 | Delirium |\n| K2345678 | Rhys ap Gwilym | Oak/11 | Crohn's disease |\n";
    expect(values(text)).toContainEqual(['bed', '6']);
    expect(values(text)).toContainEqual(['bed', '11']);
    expect(values(text).some(([, value]) => value.includes('Elm'))).toBe(false);
  });

  it('reads no comma-separated table out of prose, lists or a header whose rows do not follow it', () => {
    for (const text of [
      'Plan: bloods, ECG, CXR\nReview: cardiology, renal, diabetes team',
      'Name, age, sex recorded on admission.\nShe is 92, lives alone, walks with a frame.',
      '姓名,年龄,诊断\n患者今日精神好，饮食可，继续当前治疗。',
      'drug,dose,route\nmetformin,500 mg,oral\n',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});
