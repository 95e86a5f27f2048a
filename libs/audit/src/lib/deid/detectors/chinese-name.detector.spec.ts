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

  it.each([
    ['王建国今日复查血常规', ['王建国']],
    ['张伟诉胸闷气短', ['张伟']],
    ['周海涛 65岁 高血压病史10年', ['周海涛']],
    ['孙明（男，45岁）因发热入院', ['孙明']],
    ['曹阳、彭丽、曾凡已完成入科宣教', ['曹阳', '彭丽', '曾凡']],
    ['已电话告知何晓东本人复查结果', ['何晓东']],
    ['黎明今天开始服用华法林', ['黎明']],
    ['欧阳晓峰行甲状腺全切术', ['欧阳晓峰']],
  ])('finds a name without a trigger word in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps words that start with a surname character: drugs, kin, symptoms, clinical tokens', () => {
    expect(values('黎明前出现胸痛。母亲高血压，父亲糖尿病。ST段抬高。居民身份证。计划出院，康复出院。')).toEqual([]);
    expect(values('华法林3mg qd，罗红霉素150mg bid，马来酸依那普利10mg。其余各瓣膜未见反流。常规心电图。周围血涂片。')).toEqual([]);
    expect(values('红细胞沉降率(魏氏法)，史密斯氏骨折，向家属交代病情，三位医生参加会诊。')).toEqual([]);
  });

  it('does not take symptoms, time words or role titles for names', () => {
    expect(values('患者高血压10年，患者于昨日，患者平素体健，值班医生，责任护士，主任医师查房')).toEqual([]);
    expect(values('患者黄体酮治疗中，患者白蛋白28g/L，患者明日复查，麻醉医生到场，患者，男，65岁')).toEqual([]);
  });
});
