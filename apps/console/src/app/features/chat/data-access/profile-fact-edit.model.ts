import type { ProfileFactKind } from '@medlocal/contracts';

/** What the clinician asked for in the profile panel: a new value for one fact, or its removal. */
export type ProfileFactEditRequest =
  | { readonly operation: 'correct'; readonly kind: ProfileFactKind; readonly key?: string; readonly value: number | string }
  | { readonly operation: 'remove'; readonly kind: ProfileFactKind; readonly key?: string };
