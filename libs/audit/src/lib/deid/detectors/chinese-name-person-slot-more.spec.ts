import { deidentify } from '../../../index';

const names = (text: string) =>
  deidentify(text)
    .findings.filter((f) => f.type === 'name')
    .map((f) => text.slice(f.start, f.end));

describe('Chinese names read by the slot a person fills', () => {
  it.each([
    ['豆豆，4岁，发热3天，咽部充血。', ['豆豆']],
    ['果果发烧两天了，咳嗽有痰。', ['果果']],
    ['春妮是患者的小名，真名邓春妮，痛风发作。', ['春妮', '邓春妮']],
    ['患儿（大名蒋浩宇），6岁，手足口病。', ['蒋浩宇']],
    ['司马（患者本人要求称呼）主诉胸痛。', ['司马']],
    ['滕（患者）：医生，我能出院了吗？', ['滕']],
    ['邝、邬两位住院医师负责心内科1-10床。', ['邝', '邬']],
    ['家族史：一弟邹国平有糖尿病病史。', ['邹国平']],
    ['浙江省人民医院 柏雅婷 2025年3月2日', ['柏雅婷']],
    ['随访由社区卫生服务中心冯秀兰负责。', ['冯秀兰']],
    ['护工贺姐反映其近两日进食减少。', ['贺姐']],
    ['今晚缺人，小邵你能来支援吗？', ['小邵']],
    ['患者自称“小邵”，焦虑障碍。', ['小邵']],
  ])('finds the name in %s', (text, expected) => {
    for (const name of expected) expect(names(text)).toContain(name);
  });

  it.each([
    '常常咳嗽，渐渐加重，4岁起病。',
    '天天发烧，时时哭闹。',
    '两位住院医师负责心内科。',
    '一弟有糖尿病病史。',
    '上级医院 2025年3月2日 会诊',
    '社区卫生服务中心负责随访。',
    '患者（男，65岁）主诉胸痛。',
    '小时候曾患哮喘，小儿科随访。',
    '高血压（患者自述）多年，黄疸（患者否认）。',
  ])('finds no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
