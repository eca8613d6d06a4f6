import { oneOf, truncate } from '../shared/dom/attributes.js';
import { reportDataError, resetReports } from '../shared/dom/diagnostics.js';
import { FIGURE_FORMATS, type FigureFormat } from '../shared/i18n/format.js';
import type { Achievement, Text } from '../shared/content/statement.js';
import type { ContentText } from '../shared/i18n/translation-note.js';
import type { Lang } from './counter-view.js';

/*
 * What a counter shows, from its attributes over its data: the figure, how it moves,
 * and its texts with their languages. Bad attributes are reported once each (an
 * `mbc-data-error` and a console warning naming the field) and their default is used.
 */

export const DEFAULT_DURATION = 2000;

/** How the figure moves: `count` writes each frame's figure, `roll` moves digit columns (counter-roll.ts). */
export type CounterMotion = 'count' | 'roll';
const MOTIONS: readonly CounterMotion[] = ['count', 'roll'];

/** What the counter shows, once its attributes and data are resolved. */
export interface CounterSettings {
  value: number;
  from: number;
  format: FigureFormat;
  decimals?: number;
  duration: number;
  motion: CounterMotion;
  prefix: string;
  suffix: string;
  label: string;
  /** The languages of prefix and label when they are not the page's (else none). */
  prefixLang: Lang;
  labelLang: Lang;
}

/** The counter's attributes as given (strings from HTML, or numbers set as properties). */
export interface CounterAttributes extends HTMLElement {
  value?: string | number | null;
  from?: string | number | null;
  format?: FigureFormat | null;
  decimals?: string | number | null;
  duration?: string | number | null;
  motion?: CounterMotion | null;
  prefixText?: string | null;
  suffixText?: string | null;
  label?: string | null;
  achievement?: string | null;
}

/**
 * A decimal number as a CMS editor would type it (`55000000`, `-12.5`, `1e6`), or
 * undefined: `Number()` and `parseFloat()` agree only on plain decimals, so hex,
 * binary, grouping ("12,5") and trailing words ("5 million") are refused.
 */
function parseNumber(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n === parseFloat(value as string) ? n : undefined;
}

/** The numeric attributes and what a valid one is. */
const NUMERIC: Record<'from' | 'decimals' | 'duration', (n: number) => boolean> = {
  from: () => true,
  decimals: (n) => Number.isInteger(n) && n >= 0 && n <= 20,
  duration: (n) => n >= 0,
};

/** A raw attribute value, quoted and cut short, for a report. */
const quote = (raw: unknown) => `"${truncate(String(raw))}"`;

/** Whitespace (no-break and narrow spaces included: `\s` has them) folded to single spaces, trimmed. */
export const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Reports an invalid attribute or missing figure (once per message): what is wrong, and what shows instead. */
function report(el: HTMLElement, field: string, what: string, instead = 'the default'): void {
  reportDataError(el, { field, source: 'attribute', message: `${what}; showing ${instead}.` });
}

/** A numeric attribute (see NUMERIC); a bad one is reported and `fallback` is used. */
function numeric(el: CounterAttributes, field: keyof typeof NUMERIC, fallback: number | undefined): number | undefined {
  const raw = el[field];
  if (raw == null) return fallback;
  const n = parseNumber(raw);
  if (n !== undefined && NUMERIC[field](n)) return n;
  report(el, field, `${quote(raw)} is not valid here`);
  return fallback;
}

/** The text inside the tag (not inline JSON, not comments), whitespace folded. */
function fallbackText(el: HTMLElement): string {
  let text = '';
  for (const node of el.childNodes)
    if (node.nodeType !== Node.COMMENT_NODE && node.nodeName !== 'SCRIPT') text += ` ${node.textContent}`;
  return fold(text);
}

/**
 * The words around the figure in the counter's own text, its fallback ("Over 55 million
 * stockpiled mines destroyed" gives "Over" and "stockpiled mines destroyed"): shown as
 * prefix and label, so the widget does not show the figure and then the sentence again.
 * A CMS's forms keep their text this way too. Text without a figure is all label.
 */
function wordsAroundFigure(text: string, format: FigureFormat): { before: string; after: string } {
  // The figure as a sentence writes it: digits with separators, and its unit ("million", "%").
  const unit = format === 'compact' ? '(?:\\s?\\p{L}+)?' : format === 'percent' ? '(?:\\s?(?:%|\\p{L}+))?' : '';
  const figure = new RegExp(`^(.*?)[-+]?\\d(?:[\\d.,\\s\\u00a0\\u202f']*\\d)?${unit}(.*)$`, 'u').exec(text);
  return figure ? { before: figure[1]!.trim(), after: figure[2]!.trim() } : { before: '', after: text };
}

/**
 * The counter's settings: attributes over data (`achievements`, with `texts` giving
 * their texts in the page's language); undefined, with one report, when there is
 * no valid figure. Texts given by attribute are in `givenLang` (the counter's `lang`).
 */
export function resolveCounter(
  el: CounterAttributes,
  givenLang: string | null | undefined,
  achievements: readonly Achievement[],
  texts: ContentText | undefined,
): CounterSettings | undefined {
  const id = el.achievement?.trim();
  const raw = el.value;
  // No value and no id: the statement's first listed figure.
  const data: Achievement | undefined = id
    ? achievements.find((a) => a.id === id)
    : raw == null
      ? achievements.find((a) => typeof a.value === 'number' && a.inList !== false)
      : undefined;
  const value = raw != null ? parseNumber(raw) : data?.value;
  if (value === undefined) {
    report(
      el,
      raw == null && id ? 'achievement' : 'value',
      raw != null ? `${quote(raw)} is not a finite number` : id ? `no figure ${quote(id)} in the data` : 'no value',
      'the fallback text',
    );
    return undefined;
  }
  resetReports(el, 'attribute');

  /** A text given by attribute (in `givenLang`), else from the data, in the page's language where it has it. */
  const text = (fromData: Text | undefined, given: string | null | undefined): [string, Lang] => {
    if (given != null) return [fold(given), givenLang];
    // Marked with its language when that is not the page's (English data, or the original on show).
    const local = texts?.marked(fromData);
    return [fold(local?.value ?? ''), typeof local?.lang === 'string' && local.lang];
  };
  const format = oneOf(el, 'format', el.format, FIGURE_FORMATS, data?.format ?? 'number');
  // The text inside the tag fills what neither attributes nor the data give (the data's texts
  // come in the page's language; the tag's text is for readers without JavaScript).
  const own = el.label == null && data?.label == null ? fallbackText(el) : '';
  const words = own ? wordsAroundFigure(own, format) : undefined;
  const [prefix, prefixLang] = text(data?.qualifier, el.prefixText ?? (data?.qualifier == null ? words?.before || null : null));
  const [label, labelLang] = text(data?.label, el.label ?? words?.after ?? null);
  return {
    value,
    format,
    from: numeric(el, 'from', 0)!,
    decimals: numeric(el, 'decimals', data?.decimals),
    duration: numeric(el, 'duration', DEFAULT_DURATION)!,
    motion: oneOf(el, 'motion', el.motion, MOTIONS, 'count'),
    prefix,
    suffix: fold(el.suffixText ?? ''),
    label,
    prefixLang,
    labelLang,
  };
}
