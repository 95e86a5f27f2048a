export * from './lib/prompting';
