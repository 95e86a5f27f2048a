export * from './lib/audit';
