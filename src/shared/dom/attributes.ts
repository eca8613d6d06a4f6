import { reportDataError } from './diagnostics.js';

/**
 * Reads an enumerated attribute: a value outside `allowed` is reported once and
 * the default is used, so a typo in a CMS never breaks the widget.
 */
export function oneOf<T extends string>(
  host: HTMLElement,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value == null) return fallback;
  const normalised = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
  reportDataError(host, {
    field: attribute,
    source: 'attribute',
    message: `"${truncate(String(value))}" is not one of ${allowed.join(', ')}; using "${fallback}".`,
  });
  return fallback;
}

/** Shortens untrusted input before it goes into a console message. */
export function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
