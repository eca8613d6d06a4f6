import { css } from 'lit';

/**
 * Every element's base: public `--mbc-*` properties feed private `--_*` ones with
 * defaults here, so a widget looks right with no page stylesheet, and a site
 * restyles all widgets with a few `--mbc-*` declarations. Sizes are in `em` so a
 * widget follows the font size it is given, not the page's root size.
 */
export const themeStyles = css`
  :host {
    /* One set of tokens for both schemes: light-dark() picks by the color-scheme set
       below on the shadow tree's top elements (a page rule such as all: revert can
       reach the host, not them). */
    --_text: var(--mbc-color-text, light-dark(#1a1f24, #eef2f5));
    --_muted: var(--mbc-color-muted, light-dark(#4a5560, #b7c2cc));
    --_background: var(--mbc-color-background, light-dark(#ffffff, #151b21));
    --_surface: var(--mbc-color-surface, light-dark(#f2f5f7, #212a33));
    --_border: var(--mbc-color-border, light-dark(#c9d1d8, #4a5663));
    --_accent: var(--mbc-color-accent, light-dark(#0b5cad, #7cc0ff));
    --_on-accent: var(--mbc-color-on-accent, light-dark(#ffffff, #0a1826));
    --_focus: var(--mbc-color-focus, light-dark(#0b5cad, #7cc0ff));
    --_radius: var(--mbc-radius, 0.5em);
    --_space: var(--mbc-space, 1em);
    --_heading-font: var(--mbc-heading-font-family, inherit);

    display: block;
    box-sizing: border-box;
    font-family: var(--mbc-font-family, inherit);
    font-size: var(--mbc-font-size, inherit);
    line-height: var(--mbc-line-height, 1.5);
    color: var(--_text);
    text-align: start;
  }

  :host > * {
    color-scheme: light;
  }

  :host([theme='dark']) > * {
    color-scheme: dark;
  }

  :host([theme='auto']) > * {
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none;
  }

  /* The page's font shorthand and letter-spacing reach the host; reset them below it.
     A word longer than the column breaks rather than sticks out (200% text at 320 px);
     \`anywhere\`, not \`break-word\`, so that grid and flex items may shrink below the word too. */
  :host > * {
    line-height: var(--mbc-line-height, 1.5);
    letter-spacing: var(--mbc-letter-spacing, normal);
    word-spacing: normal;
    overflow-wrap: anywhere;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .card {
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .heading {
    font-family: var(--_heading-font);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.5em;
    color: inherit;
  }

  p {
    margin: 0 0 0.75em;
  }

  a {
    color: var(--_accent);
  }

  /* List numbers in the digits of the figures (a page in ar-u-nu-arab: ١. ٢. ٣.). */
  ol[data-digits='arab'] {
    list-style-type: arabic-indic;
  }

  ol[data-digits='arabext'] {
    list-style-type: persian;
  }

  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Windows High Contrast and other forced palettes: use system colours and keep borders. */
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
    a:focus-visible,
    button:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
`;
