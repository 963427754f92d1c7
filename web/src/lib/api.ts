/**
 * The one HTTP client. Same-origin cookies carry the session; every state-changing request echoes the
 * readable `tiepdan_csrf` cookie in `x-csrf-token` (double-submit), which the server checks.
 * Errors always arrive as `{ code, message, fields?, details? }`; they become an ApiError so screens can show the
 * server's own (already translated) message, put field errors onto form items and act on the details.
 */
import type { ApiErrorBody } from '@core/errors';

export const CSRF_COOKIE = 'tiepdan_csrf';

/** Facts about the refusal the screen can act on, e.g. a DUPLICATE's `existingId` (the record to open instead). */
export type ErrorDetails = NonNullable<ApiErrorBody['details']>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  readonly details: ErrorDetails;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}, details: ErrorDetails = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

/** Reads one cookie by name; document.cookie is the only place the CSRF token lives on the client. */
export function readCookie(name: string, cookieString: string = typeof document === 'undefined' ? '' : document.cookie): string | null {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

type Listener = (error: ApiError) => void;
const unauthorizedListeners = new Set<Listener>();

/** The app shell subscribes here: any 401 (session expired, logged out elsewhere) returns to login. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Messages for failures that never reached the server's error handler; set by i18n at start-up. */
let fallbackMessages = {
  network: 'Không kết nối được máy chủ. Vui lòng thử lại.',
  unknown: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  throttled: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
};
export function setFallbackMessages(messages: typeof fallbackMessages): void {
  fallbackMessages = messages;
}

/** The interface language, sent as Accept-Language so the server can answer messages in it. */
let requestLanguage = 'vi';
export function setRequestLanguage(lng: string): void {
  requestLanguage = lng;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `?a=1&b=x`, dropping empty values so optional filters are simply absent. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Login and the initial session probe handle 401 themselves instead of bouncing to the login page. */
  skipUnauthorizedRedirect?: boolean;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': requestLanguage };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(path + toQueryString(options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', fallbackMessages.network);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const error = isErrorBody(data)
      ? new ApiError(response.status, data.code, data.message, data.fields ?? {}, data.details ?? {})
      : new ApiError(
          response.status,
          response.status === 429 ? 'THROTTLED' : 'HTTP_' + response.status,
          response.status === 429 ? fallbackMessages.throttled : fallbackMessages.unknown,
        );
    if (response.status === 401 && !options.skipUnauthorizedRedirect) {
      for (const listener of unauthorizedListeners) listener(error);
    }
    throw error;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path, {}),
};

/** Field paths from the server look like `assignments.0.unitId`; antd forms want `['assignments', 0, 'unitId']`. */
export function fieldPath(path: string): (string | number)[] {
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
