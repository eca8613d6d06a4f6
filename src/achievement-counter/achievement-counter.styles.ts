import { css } from '@lit/reactive-element';

/*
 * The counter carries only the theme colours it uses (the same --mbc-* properties and
 * defaults as theme.styles.ts), so a page with only a counter does not download the
 * other elements' styles. As there, each colour is the page's --mbc-* property or a
 * light-dark() default, picked by the color-scheme the counter's box sets from `theme` (on the box, not the host, which a page rule such as `all: revert` can reach). In
 * forced-colors mode the browser replaces these colours with the system's (Canvas,
 * CanvasText) by itself, so no rule is needed for it.
 *
 * .value takes the width of its widest text, laid out once, invisibly (.sizer), so it
 * never changes size while digits move. Frames only write the text node inside
 * .digits, whose size and layout are contained: a frame relayouts that box alone,
 * never the line or the page. (Chromium takes only a box with its own paint layer as
 * such a boundary, so .digits is positioned; placed at its static position, with no
 * inset, it would not be one, and each frame would lay out the line again.) Each
 * frame is its own bidi paragraph (plaintext) in the direction of its first strong
 * character: a bare number lays out left to right in every language, "55 مليون" right
 * to left; where a frame's text starts never moves, so the layout instability API sees
 * no shift (see write()). So .digits aligns to the start whatever a page sets on
 * ::part(base) or ::part(value): centred, a frame would move with each width it takes.
 *
 * The figure may wrap (between words, and inside one where nothing else fits), so a
 * large text size in a narrow column reflows instead of running out of the widget;
 * the moving digits wrap inside the sizer's box, so that still never moves anything.
 *
 * Rolling (counter-roll.ts), .digits holds a row laid out as the final figure: its
 * digits and separators (.number, isolated and forced left to right, so a right-to-left
 * page keeps their order: the columns are neutral to the bidi algorithm, and between two
 * Arabic separators, "٬", they would otherwise be laid out right to left), and a column per digit, one line high and clipped (overflow: clip, not a
 * scroll container), holding the final digit invisibly (so the column is as wide and sits
 * on the line as that digit would) and, on top, its ribbon of digits, one per line,
 * anchored at the bottom: at rest its last line, the final digit, shows; a run moves it
 * with a transform only.
 *
 * The accessible text's pieces (prefix, label: each may carry its own lang) are
 * inline-blocks as narrow as .sr-only itself, so no box of theirs reaches past the
 * counter's (the text overflows them, clipped with the rest).
 *
 * .sr-only clips with overflow:clip, not hidden: hidden would make it a scroll
 * container, and a scroll container per counter costs Chromium about a fifth of each
 * frame's layout time when 200 counters move (npm run bench). .counter is relative
 * to be its containing block: with none in the shadow tree, that block is somewhere
 * up the page, and layout per frame grows by half.
 */
export const achievementCounterStyles = css`
  :host {
    display: block;
    font-family: var(--mbc-font-family, inherit);
    font-size: var(--mbc-font-size, inherit);
    line-height: var(--mbc-line-height, 1.5);
  }
  .counter {
    color-scheme: light;
  }
  :host([theme='dark']) .counter {
    color-scheme: dark;
  }
  :host([theme='auto']) .counter {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  .counter {
    display: block;
    position: relative;
    line-height: var(--mbc-line-height, 1.5);
    letter-spacing: var(--mbc-letter-spacing, normal);
    word-spacing: normal;
    background: var(--mbc-color-background, light-dark(#fff, #151b21));
    color: var(--mbc-color-text, light-dark(#1a1f24, #eef2f5));
    text-align: start;
  }
  .figure {
    display: block;
    font-family: var(--mbc-counter-font-family, inherit);
    font-size: var(--mbc-counter-font-size, 2.5em);
    font-weight: 700;
    line-height: 1.2;
    color: var(--mbc-color-accent, light-dark(#0b5cad, #7cc0ff));
    overflow-wrap: anywhere;
  }
  .value {
    display: inline-block;
    position: relative;
    font-variant-numeric: tabular-nums;
    unicode-bidi: isolate;
  }
  .sizer {
    visibility: hidden;
  }
  .digits {
    position: absolute;
    inset: 0;
    contain: size layout style;
    direction: ltr;
    unicode-bidi: plaintext;
    text-align: start;
    text-align-last: auto;
  }
  .number {
    direction: ltr;
    unicode-bidi: isolate-override;
  }
  .column {
    display: inline-block;
    position: relative;
    overflow: clip;
    vertical-align: top;
    visibility: hidden;
  }
  .ribbon {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    white-space: pre;
    visibility: visible;
  }
  .prefix,
  .suffix {
    font-size: 0.5em;
    font-weight: 600;
  }
  .label {
    display: block;
    margin-block-start: 0.25em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: clip;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .sr-only > span {
    display: inline-block;
    width: 1px;
  }
`;
