import { resolveOverlaps } from '../span-resolution.util';
import { chineseNameDetector } from './chinese-name.detector';

const values = (text: string) => resolveOverlaps(chineseNameDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('chineseNameDetector', () => {
  it.each([
    ['患者张三，男', ['张三']],
    ['病人欧阳娜娜，女', ['欧阳娜娜']],
    ['李明医生会诊', ['李明']],
    ['陈先生复查', ['陈']],
    ['家属赵建国签字', ['赵建国']],
    ['姓名：周杰，', ['周杰']],
    ['黄海涛之子', ['黄海涛']],
    ['患者李某某，', ['李某某']],
    ['张三，男，65岁，因胸痛入院', ['张三']],
    ['术者：王海军主任医师，助手：李静', ['王海军', '李静']],
  ])('finds the name in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('does not take symptoms, time words or role titles for names', () => {
    expect(values('患者高血压10年，患者于昨日，患者平素体健，值班医生，责任护士，主任医师查房')).toEqual([]);
    expect(values('患者黄体酮治疗中，患者白蛋白28g/L，患者明日复查，麻醉医生到场，患者，男，65岁')).toEqual([]);
  });
});
