export * from './lib/audit';
export * from './lib/store';
