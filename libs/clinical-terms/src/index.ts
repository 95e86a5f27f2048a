export * from './lib/clinical-terms';
