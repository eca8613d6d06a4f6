import { html, nothing, type TemplateResult } from 'lit';
import { reportDataError } from './diagnostics.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Parses `heading-level`: a whole number from 1 to 6. Anything else is reported
 * and the default 2 is used, so the widget still fits under the page's `h1`.
 */
export function headingLevel(host: HTMLElement, value: string | number | null | undefined): HeadingLevel {
  if (value == null || value === '') return 2;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level as HeadingLevel;
  reportDataError(host, {
    field: 'heading-level',
    source: 'attribute',
    message: `"${String(value).slice(0, 40)}" is not a whole number from 1 to 6; using 2.`,
  });
  return 2;
}

/**
 * Renders `h1`-`h6` for a level. Six literal templates keep this free of
 * `unsafeStatic` and of anything built from strings at run time.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  id = 'heading',
  part = 'heading',
): TemplateResult | typeof nothing {
  if (content === nothing || content === '' || content == null) return nothing;
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part} class="heading">${content}</h1>`;
    case 3:
      return html`<h3 id=${id} part=${part} class="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class="heading">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class="heading">${content}</h6>`;
    default:
      return html`<h2 id=${id} part=${part} class="heading">${content}</h2>`;
  }
}

/** The level one below a widget's heading, for its sub-headings (capped at 6). */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
