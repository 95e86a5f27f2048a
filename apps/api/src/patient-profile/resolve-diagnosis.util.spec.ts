import { shippedTermEngine } from '@medlocal/clinical-terms';
import { resolveDiagnosis } from './resolve-diagnosis.util';

describe(resolveDiagnosis.name, () => {
  const engine = shippedTermEngine();
  const sut = (text: string) => resolveDiagnosis({ extraction: engine.extract(text) });

  it('answers the dictionary concept of one diagnosis named in either language, its codes from the dictionary', () => {
    const chinese = sut('慢性肾脏病');
    expect(chinese).toMatchObject({ id: 'chronic-kidney-disease', negated: false, uncertain: false });
    expect(sut('chronic kidney disease')).toEqual(chinese);
  });

  it('keeps a suspected diagnosis suspected', () => {
    expect(sut('疑似急性心肌梗死')).toMatchObject({ id: 'acute-myocardial-infarction', uncertain: true });
  });

  it.each(['xyz', '胸痛', '否认糖尿病', '2型糖尿病 原发性高血压'])('«%s» names no single affirmed diagnosis', (text) => {
    expect(sut(text)).toBeUndefined();
  });
});
