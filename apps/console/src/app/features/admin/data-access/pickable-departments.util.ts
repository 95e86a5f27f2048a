import type { DepartmentView, UserView } from '@medlocal/contracts';

/**
 * The departments an admin may give a new user or key: never a retired one, and for a department
 * admin only their own (the API refuses the rest, so the dropdown does not offer them).
 */
export function pickableDepartments({
  departments,
  admin,
}: {
  departments: readonly DepartmentView[];
  admin: Pick<UserView, 'adminScope' | 'department'> | null;
}): DepartmentView[] {
  const own = admin?.adminScope === 'global' ? null : (admin?.department?.id ?? '');
  return departments.filter((department) => !department.retiredAt && (own === null || department.id === own));
}
