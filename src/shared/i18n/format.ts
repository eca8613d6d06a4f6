import type { FigureFormat } from '../content/statement.js';

export type { FigureFormat };
export const FIGURE_FORMATS: readonly FigureFormat[] = ['number', 'compact', 'percent'];

/** Fraction digits shown at most when `decimals` is not given (compact: 55.3 million, not 55 million). */
const AUTO_MAX_DECIMALS = 2;

const formatters = new Map<string, Intl.NumberFormat>();

/** One `Intl.NumberFormat` per locale and options, created once and reused by every counter. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  return formatter;
}

/** A figure's final text, and how every in-between frame is written the same way. */
export interface Figure {
  /** The final value as the reader sees it: "55 million", "75 %", "٧٥٪". */
  readonly final: string;
  /** The text of an in-between value: the final's words and signs, with other digits. */
  frame(value: number): string;
  /** The final's parts, as `Intl.NumberFormat.formatToParts` gives them. */
  readonly parts: readonly Intl.NumberFormatPart[];
  /**
   * What one unit of the shown number stands for: 1, or the power of ten of a compact
   * word (10^6 for "million", 10^4 for "万"); undefined for a shape not recognised.
   */
  readonly scale?: number;
}

/** Fraction digits a (finite) number needs (0.125 → 3), capped. */
function decimalsOf(value: number, cap = AUTO_MAX_DECIMALS): number {
  let digits = 0;
  while (digits < cap && Number(value.toFixed(digits)) !== value) digits++;
  return digits;
}

const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

/** The text of some of `formatToParts`'s parts. */
const join = (parts: Intl.NumberFormatPart[]) => parts.map((p) => p.value).join('');

/** Long compact notation: "55 million". */
const COMPACT = { notation: 'compact', compactDisplay: 'long' } as const;

/** Options for exactly `digits` fraction digits, never "-0" (on the way from -5 to 5), and `more`. */
const fixed = (digits: number, more?: Intl.NumberFormatOptions) =>
  ({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
    ...more,
  }) as Intl.NumberFormatOptions;

/**
 * Formats a figure in a locale (`fr`, `zh`, `ar-u-nu-arab`), through `Intl`:
 * - `number`: grouped digits, `decimals` fraction digits (default: as many as the value has, up to 2);
 * - `percent`: 75 → "75%" with the locale's spacing and sign;
 * - `compact`: long compact notation ("55 million", "55 millions", "5500万"), with as many
 *   fraction digits as keep the figure (up to 2): 55,300,000 → "55.3 million".
 *
 * Frames keep the final's shape: the final is split with `formatToParts`, and a frame
 * only replaces its digits, so "million", "%" and the sign stay still while digits move.
 */
export function figure(locale: string, format: FigureFormat, value: number, decimals?: number): Figure {
  if (format !== 'compact') {
    const percent = format === 'percent';
    const formatter = numberFormat(locale, fixed(decimals ?? decimalsOf(value), { style: percent ? 'percent' : 'decimal' }));
    const frame = (v: number) => formatter.format(percent ? v / 100 : v);
    return { final: frame(value), frame, parts: formatter.formatToParts(percent ? value / 100 : value), scale: 1 };
  }

  // Compact: first find how many fraction digits keep the figure, then which power of
  // ten the locale's word stands for (million = 10^6, 万 = 10^4), so frames stay in that unit.
  const digits =
    decimals ??
    numberFormat(locale, { ...COMPACT, maximumFractionDigits: AUTO_MAX_DECIMALS })
      .formatToParts(value)
      .find((p) => p.type === 'fraction')?.value.length ??
    0;
  const full = numberFormat(locale, fixed(digits, COMPACT));
  const parts = full.formatToParts(value);
  const final = join(parts);
  const first = parts.findIndex((p) => NUMERIC.has(p.type));
  let last = first;
  while (last + 1 < parts.length && NUMERIC.has(parts[last + 1].type)) last++;
  const numeric = join(parts.slice(first, last + 1));
  const mantissa = numberFormat(locale, fixed(digits, { useGrouping: 'min2' } as Intl.NumberFormatOptions));
  const magnitude = Math.abs(value);
  let exponent = 0;
  while (exponent <= 15 && mantissa.format(magnitude / 10 ** exponent) !== numeric) exponent++;
  if (first < 0 || exponent > 15) {
    // A shape we do not recognise: format every frame in full.
    return { final, frame: (v) => full.format(v), parts };
  }
  const scale = 10 ** exponent;
  const before = join(parts.slice(0, first));
  const after = join(parts.slice(last + 1));
  const negative = value < 0;
  const zero = 0.5 / 10 ** digits;
  return {
    final,
    parts,
    scale,
    frame(v) {
      const m = Math.abs(v) / scale;
      // A frame whose sign differs from the final's is formatted in full rather than given
      // the final's sign; one that rounds to 0 on the way to a negative figure is 0 (in full,
      // -300 000 would read "-300 thousand", out of the final's unit).
      if (negative && v < 0 && m < zero) return full.format(0);
      if (negative ? v >= 0 : v < 0 && m >= zero) return full.format(v);
      return before + mantissa.format(m) + after;
    },
  };
}
