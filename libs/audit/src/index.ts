export * from './lib/deid';
export * from './lib/store';
