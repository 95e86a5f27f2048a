export * from './lib/inference';
