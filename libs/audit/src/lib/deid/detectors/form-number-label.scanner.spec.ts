import { coveredAs, untouched } from './dev-set.spec-support';

/**
 * Numbers read by the shape of their label: a form's field name ending in 编号 / 号 / 码 / 号码 (Chinese) or No. / Number
 * (English), where no list of label words can hold every register a prison, a blood station or a court keeps.
 */
describe('numbers after a form label read by its shape', () => {
  it.each([
    ['服刑人员编号：3200451187　监区：二监区', '3200451187'],
    ['上报区疾控中心（报告卡号 320105-2026-00077）。', '320105-2026-00077'],
    ['在押人员编号 K2-260301-017　入所日期', 'K2-260301-017'],
    ['南京市急救中心 任务单号 NJ120-260511-0042\n受理', 'NJ120-260511-0042'],
    ['献血码 3201260511042　献血量 400 mL', '3201260511042'],
    ['听障患者，残疾证号 32010219750611432152（听力二级）', '32010219750611432152'],
    ['羅國強（囚號 451207），男，52 歲', '451207'],
    ['交易編號 EHCVS-2605-0031174　金額', 'EHCVS-2605-0031174'],
    ['Prisoner no. HMP/2026/0772 · Name withheld', 'HMP/2026/0772'],
    ['Card no. LA/IKJ/26/0418\nChild seen for measles dose', 'LA/IKJ/26/0418'],
    ['Bag no. NBTS-GAL-26-00311 · 450 mL', 'NBTS-GAL-26-00311'],
    ['Cert. No. OHS/LS/26/20417 · fit for underground work', 'OHS/LS/26/20417'],
    ['Abstract · State file no. 2026-007731\nCause of death', '2026-007731'],
  ])('takes %s', (text, part) => {
    expect(coveredAs(text, part, 'other-id')).toBe(true);
  });

  it.each([
    ['阿托伐他汀钙片 批号 B2403117，有效期至 2027 年 3 月', 'B2403117'],
    ['注射用头孢曲松钠 国药准字H20044712', 'H20044712'],
    ['输液泵 产品型号 ZX-4000，流速 50 mL/h', 'ZX-4000'],
    ['病理诊断：浸润性导管癌，ICD-O 形态学编码 8500/3', '8500/3'],
    ['系统版本号 2.4.1007 已升级', '2.4.1007'],
    ['伦理批件号 SZEC20260171；方案编号 MK-3475-A86', 'SZEC20260171'],
    ['伦理批件号 SZEC20260171；方案编号 MK-3475-A86', 'MK-3475-A86'],
    ['执行标准号 YY0466-2016，医疗器械注册证号 国械注准20153460123', 'YY0466-2016'],
    ['Vaccine lot no. 4471023B, expiry 11/2027', '4471023B'],
    ['Protocol no. KEY-2024-0112, version 3', 'KEY-2024-0112'],
    ['Dose no. 1000 mg of paracetamol', '1000'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });

  it('keeps a bank card after 卡号 alone and after its bank', () => {
    expect(coveredAs('退费卡号：6222021234567890128', '6222021234567890128', 'bank-card')).toBe(true);
  });
});
