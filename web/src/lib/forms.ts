/**
 * Glue between server errors and antd forms: field messages go under their inputs, the overall message
 * goes to a toast, and a 409 (someone else saved first) triggers a reload so the user sees fresh data.
 */
import type { FormInstance } from 'antd';
import { parsePhone, toE164 } from '@core/domain/identity/phone';
import type { TFunction } from 'i18next';
import { ApiError, fieldPath } from './api';

export const PASSWORD_MIN = 8;

/** Puts `fields` from the server onto the matching form items; returns whether any matched. */
export function applyFieldErrors(form: FormInstance | undefined, error: unknown): boolean {
  if (!form || !(error instanceof ApiError)) return false;
  const entries = Object.entries(error.fields);
  if (entries.length === 0) return false;
  form.setFields(entries.map(([path, msg]) => ({ name: fieldPath(path) as never, errors: [msg] })));
  return true;
}

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return error.message;
  return t('errors.unknown');
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** Client-side rules with Vietnamese (or English) messages; the server validates again. */
export function rules(t: TFunction) {
  return {
    required: (field: string) => ({ required: true, whitespace: true, message: t('validation.required', { field: field.toLowerCase() }) }),
    requiredSelect: (field: string) => ({ required: true, message: t('validation.requiredSelect', { field: field.toLowerCase() }) }),
    max: (field: string, max: number) => ({ max, message: t('validation.maxLength', { field, max }) }),
    email: { type: 'email' as const, message: t('validation.email') },
    // Same shapes as the server's zod schemas (core/schemas), so the user learns of a mistake before sending.
    code: { pattern: /^[A-Za-z0-9._-]{1,50}$/, message: t('validation.code') },
    username: { pattern: /^[a-z0-9._-]{3,50}$/, message: t('validation.username') },
    password: {
      validator: (_rule: unknown, value: string | undefined) =>
        !value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(t('validation.passwordMin', { min: PASSWORD_MIN }))),
    },
  };
}

/** The server's policy: at least 8 characters with a letter and a digit (simple enough to explain at a counter). */
export function isStrongPassword(password: string): boolean {
  return password.length >= PASSWORD_MIN && password.length <= 200 && /\p{L}/u.test(password) && /\d/.test(password);
}

/** Vietnamese phone numbers as people type them (0…, +84…, spaces, dots), by the same rule the server applies. */
export function isPhone(value: string): boolean {
  return parsePhone(value).ok;
}

/** A valid number in the form the server stores (E.164), so an untouched phone compares equal to the record's. */
export function canonicalPhone(value: string): string {
  return toE164(value) ?? value.trim();
}

/**
 * The entries of `next` whose value differs from the record's, for a PATCH that sends only what the user
 * changed. Values compare as JSON (arrays of phones or codes by content); an undefined value means the form
 * did not have the field and is left out.
 */
export function changedFields<B extends object>(record: object, next: B): Partial<B> {
  const before = record as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key] ?? null)),
  ) as Partial<B>;
}
