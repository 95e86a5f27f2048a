import type { DepartmentView } from '@medlocal/contracts';
import { pickableDepartments } from './pickable-departments.util';

const CARD: DepartmentView = { id: 'd-card', code: 'CARD', nameZh: '心内科', nameEn: 'Cardiology', retiredAt: null };
const NEPH: DepartmentView = { id: 'd-neph', code: 'NEPH', nameZh: '肾内科', nameEn: 'Nephrology', retiredAt: null };
const OLD: DepartmentView = { id: 'd-old', code: 'OLD', nameZh: '旧科室', nameEn: 'Old ward', retiredAt: '2026-11-01T00:00:00.000Z' };

describe(pickableDepartments.name, () => {
  it('offers a global admin every department still in use', () => {
    expect(pickableDepartments({ departments: [CARD, NEPH, OLD], admin: { adminScope: 'global', department: null } })).toEqual([CARD, NEPH]);
  });

  it('offers a department admin only their own department', () => {
    expect(pickableDepartments({ departments: [CARD, NEPH, OLD], admin: { adminScope: 'department', department: NEPH } })).toEqual([NEPH]);
  });

  it('offers nothing to an admin whose own department was retired, or to nobody signed in', () => {
    expect(pickableDepartments({ departments: [CARD, OLD], admin: { adminScope: 'department', department: OLD } })).toEqual([]);
    expect(pickableDepartments({ departments: [CARD], admin: null })).toEqual([]);
  });
});
