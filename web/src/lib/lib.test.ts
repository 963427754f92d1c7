import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, fieldPath, readCookie, request, toQueryString } from './api';
import { formatDate, formatDateTime, formatTime, todayInVietnam } from './dates';
import { canonicalPhone, changedFields, isPhone, isStrongPassword } from './forms';

describe('dates in Vietnam time', () => {
  it('re-orders calendar dates without shifting them', () => {
    expect(formatDate('2021-10-20')).toBe('20/10/2021');
    expect(formatDate(null)).toBe('—');
  });
  it('shows instants in Asia/Ho_Chi_Minh whatever the machine zone', () => {
    // 16:30 UTC is 23:30 in Hà Nội; 17:30 UTC is already the next day there.
    expect(formatDateTime('2021-11-12T16:30:00Z')).toBe('12/11/2021 23:30');
    expect(formatDateTime('2021-11-12T17:30:00Z')).toBe('13/11/2021 00:30');
    expect(formatTime('2021-11-12T01:05:00Z')).toBe('08:05');
    expect(todayInVietnam(new Date('2021-11-12T17:30:00Z'))).toBe('2021-11-13');
  });
});

describe('api helpers', () => {
  it('reads the CSRF cookie among others', () => {
    expect(readCookie('tiepdan_csrf', 'a=1; tiepdan_csrf=abc%3D; b=2')).toBe('abc=');
    expect(readCookie('tiepdan_csrf', 'a=1')).toBeNull();
  });
  it('drops empty filters from query strings', () => {
    expect(toQueryString({ q: '', unitId: null, page: 2, includeClosed: false })).toBe('?page=2&includeClosed=false');
    expect(toQueryString({})).toBe('');
  });
  it('maps server field paths onto form names', () => {
    expect(fieldPath('assignments.0.unitId')).toEqual(['assignments', 0, 'unitId']);
  });
  afterEach(() => vi.unstubAllGlobals());
  it('keeps the details of a refusal (the record a DUPLICATE points at)', async () => {
    const body = { code: 'DUPLICATE', message: 'Số giấy tờ này đã thuộc hồ sơ công dân #401.', fields: { idNumber: 'Đã có' }, details: { existingId: 401 } };
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(body), { status: 409 })));
    const error = await request('POST', '/api/people', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'DUPLICATE', fields: { idNumber: 'Đã có' }, details: { existingId: 401 } });
  });
});

describe('form rules', () => {
  it('follows the server password policy', () => {
    expect(isStrongPassword('demo')).toBe(false);
    expect(isStrongPassword('abcdefgh')).toBe(false);
    expect(isStrongPassword('Bắc Ninh 2021')).toBe(true);
  });
  it('accepts Vietnamese phone numbers as typed', () => {
    expect(isPhone('0222 3822 100')).toBe(true);
    expect(isPhone('+84 912 345 678')).toBe(true);
    expect(isPhone('12345')).toBe(false);
  });
  it('keeps phones in the stored form so an untouched number is not a change', () => {
    expect(canonicalPhone('0222.3822.100')).toBe('+842223822100');
  });
  it('sends only the fields that changed', () => {
    const record = { id: 1, name: 'Trụ sở', phone: '+842223822100', wardUnitId: null, dutyRoles: ['tiep_cong_dan'] };
    expect(changedFields(record, { name: 'Trụ sở', phone: '+842223822100', wardUnitId: null, dutyRoles: ['tiep_cong_dan'], active: undefined })).toEqual({});
    expect(changedFields(record, { name: 'Trụ sở mới', wardUnitId: 7, dutyRoles: ['tiep_cong_dan', 'y_te'] })).toEqual({
      name: 'Trụ sở mới',
      wardUnitId: 7,
      dutyRoles: ['tiep_cong_dan', 'y_te'],
    });
    expect(changedFields({ email: null }, { email: null, phone: null })).toEqual({});
  });
});
