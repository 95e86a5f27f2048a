import { PromptingError, PromptingErrorCode } from '../common/prompting.error';
import type { PromptTemplate } from './prompt-template.model';
import { MAX_TEMPLATE_BODY_CHARS } from './prompt-template.model';
import { renderTemplate } from './render-template.util';
import { getShippedTemplate, listShippedTemplates, parseTemplateSource } from './shipped-templates.util';
import { TemplateValidationCode, validateTemplate } from './validate-template.util';

const variables = { patientProfile: '患者: 62岁 男', language: '简体中文', today: '2026-11-28' };

function shipped(language: 'zh' | 'en'): PromptTemplate {
  const template = getShippedTemplate({ name: 'clinical-system', language });
  if (!template) throw new Error(`clinical-system.${language} not shipped`);
  return template;
}

describe(renderTemplate.name, () => {
  it('fills every variable of the shipped Chinese template', () => {
    const sut = renderTemplate({ template: shipped('zh'), variables });
    expect(sut.startsWith('SYSTEM INSTRUCTION: think silently if needed.\n')).toBe(true);
    expect(sut).toContain('今天是 2026-11-28。请使用简体中文作答。');
    expect(sut).toContain('\n患者: 62岁 男\n');
    expect(sut).not.toMatch(/\{\{|\}\}/);
  });

  it('fills every variable of the shipped English template', () => {
    const sut = renderTemplate({ template: shipped('en'), variables: { ...variables, language: 'English' } });
    expect(sut).toContain('Today is 2026-11-28. Answer in English.');
    expect(sut).not.toMatch(/\{\{|\}\}/);
  });

  it('tolerates spaces inside the braces', () => {
    const sut = renderTemplate({ template: { name: 't', version: 1, body: 'A {{ today }} B' }, variables });
    expect(sut).toBe('A 2026-11-28 B');
  });

  it('names every missing variable in a typed error', () => {
    const run = () => renderTemplate({ template: shipped('zh'), variables: { patientProfile: 'x' } });
    expect(run).toThrow(PromptingError);
    try {
      run();
    } catch (error) {
      const typed = error as PromptingError;
      expect(typed.code).toBe(PromptingErrorCode.TemplateVariableMissing);
      expect(typed.details['missing']).toEqual(['today', 'language']);
      expect(typed.message).toContain('{{today}}, {{language}}');
    }
  });
});

describe(validateTemplate.name, () => {
  it.each(['zh', 'en'] as const)('accepts the shipped %s template', (language) => {
    expect(validateTemplate({ template: shipped(language) })).toEqual([]);
  });

  it('requires {{patientProfile}}', () => {
    const sut = validateTemplate({ template: { ...shipped('zh'), body: 'SYSTEM INSTRUCTION: think silently if needed. {{today}}' } });
    expect(sut.map((error) => error.code)).toEqual([TemplateValidationCode.MissingPatientProfile]);
  });

  it('names each unknown variable once', () => {
    const sut = validateTemplate({
      template: { ...shipped('en'), body: '{{patientProfile}} {{ward}} {{ward}} {{bedNumber}}' },
    });
    expect(sut.map((error) => error.message)).toEqual([
      'Unknown variable {{ward}}; known variables are {{patientProfile}}, {{language}}, {{today}}',
      'Unknown variable {{bedNumber}}; known variables are {{patientProfile}}, {{language}}, {{today}}',
    ]);
  });

  it('caps the size and reports it', () => {
    const body = '{{patientProfile}}' + 'x'.repeat(MAX_TEMPLATE_BODY_CHARS);
    const sut = validateTemplate({ template: { ...shipped('en'), body } });
    expect(sut).toEqual([
      {
        code: TemplateValidationCode.TooLarge,
        field: 'body',
        message: `Template body has ${body.length} characters; the limit is ${MAX_TEMPLATE_BODY_CHARS}`,
      },
    ]);
  });

  it('reports name, language and version problems together', () => {
    const sut = validateTemplate({
      template: { name: 'Clinical System', language: 'fr' as 'zh', version: 0, body: '{{patientProfile}}' },
    });
    expect(sut.map((error) => error.field)).toEqual(['name', 'language', 'version']);
  });
});

describe(parseTemplateSource.name, () => {
  it('reads front matter and keeps the body verbatim', () => {
    const sut = parseTemplateSource({
      fileName: 'x.md',
      source: '---\nname: clinical-system\nlanguage: en\nversion: 3\nauthor: Dr Li\ncreatedAt: 2026-01-02\n---\nBody {{patientProfile}}\n',
    });
    expect(sut).toEqual({
      name: 'clinical-system',
      language: 'en',
      version: 3,
      author: 'Dr Li',
      createdAt: '2026-01-02',
      body: 'Body {{patientProfile}}\n',
    });
  });

  it('refuses a file without front matter', () => {
    expect(() => parseTemplateSource({ fileName: 'x.md', source: 'no front matter' })).toThrow(/x\.md is malformed/);
  });
});

describe(listShippedTemplates.name, () => {
  it('ships clinical-system version 1 in both languages with the four headings and the thinking trigger', () => {
    const sut = listShippedTemplates();
    expect(sut.map((template) => [template.name, template.language, template.version])).toEqual([
      ['clinical-system', 'en', 1],
      ['clinical-system', 'zh', 1],
    ]);
    const zh = shipped('zh').body;
    const en = shipped('en').body;
    expect(zh.startsWith('SYSTEM INSTRUCTION: think silently if needed.')).toBe(true);
    expect(en.startsWith('SYSTEM INSTRUCTION: think silently if needed.')).toBe(true);
    expect(zh).toContain('## 定义\n## 机制\n## 鉴别\n## 建议\n');
    expect(en).toContain('## Definition\n## Mechanism\n## Differential\n## Recommendation\n');
    expect(zh).toContain('不能替代医生的临床判断');
    expect(en).toContain('does not replace it');
  });
});
