export const AUDIT_RANGE_PRESETS = ['all', 'hour', 'today', 'week', 'month', 'custom'] as const;
export type AuditRangePreset = (typeof AUDIT_RANGE_PRESETS)[number];

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The instants a time-range choice stands for, as the audit filter takes them (ISO 8601, `to`
 * exclusive). "Today" starts at the local midnight of the auditor's browser; `custom` reads the two
 * `datetime-local` inputs (local time), either of which may be left empty.
 */
export function auditRangeOf({ preset, now, customFrom, customTo }: { preset: AuditRangePreset; now: Date; customFrom?: string; customTo?: string }): {
  from?: string;
  to?: string;
} {
  switch (preset) {
    case 'all':
      return {};
    case 'hour':
      return { from: new Date(now.getTime() - HOUR_MS).toISOString() };
    case 'today':
      return { from: new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString() };
    case 'week':
      return { from: new Date(now.getTime() - 7 * DAY_MS).toISOString() };
    case 'month':
      return { from: new Date(now.getTime() - 30 * DAY_MS).toISOString() };
    case 'custom':
      return {
        ...(customFrom ? { from: new Date(customFrom).toISOString() } : {}),
        ...(customTo ? { to: new Date(customTo).toISOString() } : {}),
      };
  }
}
