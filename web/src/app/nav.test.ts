import { describe, expect, it } from 'vitest';
import { permissionsOf, ROLES } from '@core/domain/org/roles';
import { entryForPath, queuePath, visibleNavKeys } from './nav';

describe('navigation model', () => {
  it('shows everything to the administrator', () => {
    expect(visibleNavKeys(permissionsOf(['admin']))).toContain('admin-audit');
    expect(visibleNavKeys(permissionsOf(['admin']))).toHaveLength(15);
  });
  it('hides Quản trị when no child is allowed, and shows only allowed children', () => {
    expect(visibleNavKeys(permissionsOf(['read_only']))).not.toContain('admin');
    const inspector = visibleNavKeys(permissionsOf(['inspectorate']));
    expect(inspector).toContain('admin');
    expect(inspector.filter((k) => k.startsWith('admin-'))).toEqual(['admin-audit']);
  });
  it('always offers the overview', () => {
    for (const role of ROLES) expect(visibleNavKeys(permissionsOf([role]))).toContain('home');
    expect(visibleNavKeys([])).toEqual(['home']);
  });
  it('finds the entry that owns a path', () => {
    expect(entryForPath('/')?.key).toBe('home');
    expect(entryForPath('/admin/units')?.key).toBe('admin-units');
    expect(entryForPath('/cases/12')?.key).toBe('cases');
    expect(entryForPath('/casesx')).toBeUndefined();
  });
  it('opens a work queue on its register’s screen with the same filters', () => {
    expect(queuePath('/api/letters?state=moi_nhan')).toBe('/letters?state=moi_nhan');
    expect(queuePath('/api/visits?from=2021-11-10&to=2021-11-10')).toBe('/reception?from=2021-11-10&to=2021-11-10');
    expect(queuePath('/api/cases')).toBe('/cases');
    expect(queuePath('/api/people')).toBeUndefined();
  });
});
