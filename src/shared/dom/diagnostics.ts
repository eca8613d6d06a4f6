import { emit } from './events.js';

/** What `mbc-data-error` carries, for a site's logging or analytics. */
export interface DataErrorDetail {
  /** The element's tag, e.g. `mbc-commitment-list`. */
  element: string;
  /** The attribute, or the JSON path within a data source, e.g. `$.commitments[0].text`. */
  field: string;
  /** What was wrong, in plain English. */
  message: string;
  /** Where the bad input came from. */
  source: 'attribute' | 'src' | 'inline' | 'data';
}

const reported = new WeakMap<HTMLElement, Set<string>>();

/**
 * Reports bad input without throwing: one console warning naming the element and
 * the field, and a bubbling, composed `mbc-data-error` event. The same problem on
 * the same element is reported once, however often it re-renders.
 */
export function reportDataError(host: HTMLElement, detail: Omit<DataErrorDetail, 'element'>): void {
  const element = host.localName;
  const key = `${detail.source}|${detail.field}|${detail.message}`;
  let seen = reported.get(host);
  if (!seen) reported.set(host, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[mine-ban-widgets] <${element}> ${detail.field}: ${detail.message}`);
  emit<DataErrorDetail>(host, 'mbc-data-error', { element, ...detail });
}

/** Forgets what was reported, so that a new `src` or value can be reported again. */
export function resetReports(host: HTMLElement, source?: DataErrorDetail['source']): void {
  const seen = reported.get(host);
  if (!seen) return;
  if (!source) return void seen.clear();
  for (const key of seen) if (key.startsWith(`${source}|`)) seen.delete(key);
}
