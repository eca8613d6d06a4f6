import { css } from 'lit';

// The @container rules follow the
// widget's own width, not the viewport's. ::first-letter: "other States Parties",
// the statement's words, as a heading; not in Arabic, which has no capitals and whose
// first letter WebKit then draws apart from the rest of its word. Forced colours need no
// rule: the browser forces text and marker colours.
export const signatoryListStyles = css`
  .card {
    container-type: inline-size;
  }
  .heading:not(:lang(ar))::first-letter {
    text-transform: uppercase;
  }
  .group + .group {
    margin-block-start: 1em;
  }
  ul,
  p {
    margin: 0;
  }
  ul {
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  li {
    break-inside: avoid;
  }
  li::marker,
  .count {
    color: var(--_accent);
  }
  .count {
    font-size: 1.5em;
    font-weight: 700;
  }
  .empty {
    color: var(--_muted);
  }
  @container (min-width: 30em) {
    ul {
      columns: 2;
      column-gap: 2.5em;
    }
  }
  @container (min-width: 50em) {
    ul {
      columns: 3;
    }
  }
`;
