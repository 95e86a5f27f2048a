import type { ValueTransformer } from 'typeorm';

/** Audit ids stay far below 2^53, so they travel as plain numbers rather than pg's bigint strings. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
