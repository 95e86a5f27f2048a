import type { AdminUserView } from '@medlocal/contracts';

/** Case-insensitive match on username, display name and department code or names. */
export function filterUsers({ users, query }: { users: readonly AdminUserView[]; query: string }): readonly AdminUserView[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return users;
  return users.filter((user) =>
    [user.username, user.displayName, user.department?.code, user.department?.nameZh, user.department?.nameEn]
      .filter((field): field is string => typeof field === 'string')
      .some((field) => field.toLowerCase().includes(needle)),
  );
}
