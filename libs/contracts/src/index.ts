export type * from './lib/localized-text.contract';
export * from './lib/auth.contract';
export type * from './lib/status.contract';
export type * from './lib/terms.contract';
export type * from './lib/chat-message.contract';
export * from './lib/chat.contract';
export type * from './lib/admin.contract';
export * from './lib/audit.contract';
