export * from './lib/common/localized-text.model';
export * from './lib/common/prompting.error';
export * from './lib/templates/prompt-template.model';
export * from './lib/templates/render-template.util';
export * from './lib/templates/validate-template.util';
export * from './lib/templates/shipped-templates.util';
