import { css } from 'lit';

// The @container rules follow the
// widget's own width (a 280 px sidebar or a 1200 px column), not the viewport's.
// Paragraph margins, the card, headings (their .5em end margin too), links and focus
// rings come from themeStyles. The button matches mbc-call-to-action's padding.
// No forced-colors rules: the browser forces text and marker colours and draws the
// button's transparent border in a system colour (tested).
export const statementCardStyles = css`
  .card {
    container-type: inline-size;
    overflow-wrap: break-word;
  }
  .kind,
  .meeting {
    display: block;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .kind {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.05em;
    text-transform: uppercase;
  }
  dl {
    display: grid;
    column-gap: 1.5em;
    margin: 0 0 1em;
  }
  dt {
    font-weight: 700;
  }
  /* Capitals and letter-spacing only where the script has them: Arabic has no capitals, and spacing its letters (or WebKit's ::first-letter) breaks them apart. */
  dt:not(:lang(ar))::first-letter {
    text-transform: uppercase;
  }
  .kind:lang(ar) {
    letter-spacing: normal;
  }
  dd {
    margin: 0 0 0.5em;
  }
  .full .heading {
    font-size: 1.1em;
    margin-block-start: 1.25em;
  }
  ul,
  ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.35em;
  }
  li::marker,
  .kind {
    color: var(--_accent);
  }
  ol > li {
    font-weight: 600;
  }
  .button {
    display: inline-block;
    min-block-size: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  .full {
    margin-block-start: 1em;
  }
  .full p {
    max-inline-size: 75ch;
  }
  @container (min-width: 36em) {
    header > .heading {
      font-size: 1.6em;
    }
    dl {
      grid-template-columns: minmax(8em, 14em) minmax(0, 1fr);
    }
  }
`;
