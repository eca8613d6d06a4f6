import { css } from 'lit';

// The theme gives the card, links,
// focus rings and `p { margin: 0 0 0.75em }`: the quote's paragraph keeps that
// margin, which collapses through the blockquote (no block border or padding).
// overflow-wrap: a long word of the quote breaks rather than sticks out (200% text, 320 px).
export const quoteStyles = css`
  .card {
    overflow-wrap: break-word;
  }
  figure,
  blockquote {
    margin: 0;
  }
  blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    font-family: var(--_heading-font);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
  blockquote p {
    quotes: auto;
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  figcaption {
    color: var(--_muted);
  }
  figcaption::before {
    content: '— ' / '';
  }
  cite {
    font-style: normal;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
  }
  /* A flex item: blockified, so plain flex. */
  button {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :dir(rtl) .mirror {
    transform: scaleX(-1);
  }
  /* Forced colours: engines differ in what they make of an author's border colour (Chromium: the text's, Firefox: ButtonBorder); the button's frame is its text's colour in every one. */
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
