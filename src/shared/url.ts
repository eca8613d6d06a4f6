const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the URL if it is safe to put in an `href`: http, https, mailto or a
 * relative reference. Anything else (javascript:, data:, vbscript:, and the
 * encodings and control-character tricks that smuggle them) gives `undefined`.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers strip leading/trailing C0 controls and spaces and drop tab/newline
  // anywhere before parsing; do the same, then let URL decide the scheme.
  const trimmed = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (trimmed === '' || /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return undefined;
  return trimmed.replace(/[\t\n\r]/g, '');
}

/** True when the URL points away from the page's own origin. */
export function isExternal(href: string, base: string = document.baseURI): boolean {
  try {
    const url = new URL(href, base);
    return url.protocol !== 'mailto:' && url.origin !== new URL(base).origin;
  } catch {
    return false;
  }
}
