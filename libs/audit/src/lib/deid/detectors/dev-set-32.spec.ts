import { deidentify } from '../../../index';

const found = (text: string) => deidentify(text, { referenceYear: 2026 }).findings.map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

/** The rules added after blind set 32, with what each must leave. */
describe('de-identification rules from blind set 32', () => {
  it.each([
    ['[07:12] kvasquez: hey is mr delgado in 14 still npo?\n[07:13] jpark: yes npo since midnight', 'name:kvasquez'],
    ['[07:12] kvasquez: hey is mr delgado in 14 still npo?\n[07:13] jpark: yes npo since midnight', 'name:jpark'],
    ['[09:02] amir: morning\n[09:04] sophie.bell: want me to chase aciclovir?', 'name:amir'],
    ['[09:02] amir: morning\n[09:04] sophie.bell: want me to chase aciclovir?', 'name:sophie.bell'],
    ['刘大爷，93岁\nxiaoli：收到，床位安排在21床\nliufang：好', 'name:xiaoli'],
    ['宋佳 10:42\n@曹医生 外院转来的患者已经到神经内科了', 'name:宋佳'],
    ['女兒張何麗萍聯絡電話6123 8890。', 'name:張何麗萍'],
    ['ACC claim no. DX40029871.\nTriage RN: J. Whitcombe', 'name:J. Whitcombe'],
    ['Per deputy R. Salazar of the county', 'name:R. Salazar'],
    ['en route.\nTriage RN K. Oduya', 'name:K. Oduya'],
    ['patient Beryl Hutchins (97) on Ward 5 South was found', 'age:97'],
    ['ED majors board\nCubicle 6: Doris Appleby, 91, fast AF', 'bed:6'],
    ['Resus 2: unknown male, approx 60', 'bed:2'],
    ['Dr Aoife Brennan, SpR Endocrinology, MCRN 421877', 'license:421877'],
    ['Dr Maria Kovacs, MSP 28461', 'license:28461'],
    ["Follow-up with Dr Okonkwo, Valley Children's Heart Center in 2 weeks.", "organization:Valley Children's Heart Center"],
    ["Per deputy R. Salazar of Harris County Sheriff's Office (badge 4471)", "organization:Harris County Sheriff's Office"],
    ['via Mercy Valley Behavioral Health.', 'organization:Mercy Valley Behavioral Health'],
    ['To: Department of Neurology, Lower Mainland Neuroscience Centre', 'organization:Lower Mainland Neuroscience Centre'],
    ['由松柏長照中心轉入', 'organization:松柏長照中心'],
    ['pacemaker implanted 08/2019, generator checked', 'date:08'],
    ['Re: Kylie Bennett, DOB 12/08/1979\n\nThank you for referring Kylie, who has thyroiditis.', 'name:Kylie Bennett'],
    ['Re: Kylie Bennett, DOB 12/08/1979\n\nThank you for referring Kylie, who has thyroiditis.', 'name:Kylie'],
  ])('takes %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    [
      'Received: 28/05/2024   Requesting clinician: Mr Owain Lloyd, colorectal surgeon\nSpecimen: Right hemicolectomy.\nMicroscopy: adenocarcinoma.',
      'Specimen',
    ],
    ['Received: 28/05/2024\nSpecimen: Right hemicolectomy.\nMicroscopy: adenocarcinoma.', 'Received'],
    ['Reported by Dr Alasdair Gunn, Consultant Histopathologist, Royal Glenside Hospital', 'Histopathologist'],
    ['Dr Aoife Brennan, SpR Endocrinology, MCRN 421877', 'Endocrinology'],
    ['Rowan Ward, St Aldhelm’s Hospital. Ward manager informed; Ward 5 full.', 'Ward manager'],
    ['外籍患者，男，47岁，韩国籍，护照号M72839104', '韩国籍'],
    ['儿子王强陪同。', '陪同'],
    ['Re: Follow Up 12 weeks', 'Follow Up'],
    ['dilution 1/2000 in saline', '1/2000'],
    ['resus 5 minutes ago', '5 minutes'],
  ])('leaves %s', (text, kept) => {
    const result = deidentify(text, { referenceYear: 2026 });
    const at = text.indexOf(kept);
    expect(result.findings.filter((f) => f.start < at + kept.length && f.end > at)).toEqual([]);
  });
});
