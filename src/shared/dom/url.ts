import { truncate } from './attributes.js';
import { reportDataError, type DataErrorDetail } from './diagnostics.js';

/** A C0 control character: no URL a widget links to has one. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\0-\x1f]/;

/**
 * Returns the URL if it is safe to put in an `href`: http, https, mailto or a
 * relative reference. Anything else (javascript:, data:, vbscript:, and the
 * encodings and control-character tricks that smuggle them) gives `undefined`.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  // Browsers strip leading/trailing C0 controls and spaces and drop tab/newline
  // anywhere before parsing; do the same, refuse any other control character,
  // then let URL decide the scheme.
  const url = typeof value === 'string' ? value.replace(/^[\0- ]+|[\0- ]+$|[\t\n\r]/g, '') : '';
  try {
    return url && !CONTROL.test(url) && /^(https?|mailto):$/.test(new URL(url, base).protocol) ? url : undefined;
  } catch {
    return undefined; // unparseable, or relative to a base that takes none
  }
}

/** True when the URL points away from the page's own origin (mailto has no host: false). */
export function isExternal(href: string, base: string = document.baseURI): boolean {
  try {
    const url = new URL(href, base);
    return !!url.host && url.origin !== new URL(base).origin;
  } catch {
    return false;
  }
}

/**
 * For an element's link from untrusted input (an attribute or the data): the
 * safe URL, or `undefined` when there is none. A refused value is reported once
 * (a warning and `mbc-data-error` naming the field), so the element shows no
 * link instead of a dangerous one. Blank input is no link, silently.
 */
export function checkedUrl(
  host: HTMLElement,
  value: unknown,
  field: string,
  source: DataErrorDetail['source'],
): string | undefined {
  const given = String(value ?? '').trim();
  const url = safeUrl(given);
  if (given && !url) {
    reportDataError(host, {
      field,
      source,
      message: `"${truncate(given)}" is not an http(s), mailto or relative URL; no link is shown.`,
    });
  }
  return url;
}
