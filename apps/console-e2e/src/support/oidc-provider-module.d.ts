/**
 * The part of oidc-provider 9 (which ships no types) the test IdP uses. Declared here rather than
 * adding @types/oidc-provider and the Koa types it pulls in, for one test helper.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface KoaContextLike {
    readonly path: string;
    body: unknown;
  }

  interface Account {
    accountId: string;
    claims(): Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  export default class Provider {
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & { findAccount?: (ctx: unknown, id: string) => Account | undefined | Promise<Account | undefined> },
    );
    use(middleware: (ctx: KoaContextLike, next: () => Promise<void>) => Promise<void>): void;
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  }
}
