import { css } from 'lit';

export const callToActionStyles = css`
  .text {
    font-size: 1.125em;
    font-weight: 600;
  }

  .closing {
    color: var(--_muted);
  }

  .link {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding: 0.5em 1.25em;
    margin-block-start: 0.25em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }

  .link:hover {
    text-decoration: underline;
  }

  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  :dir(rtl) svg {
    transform: scaleX(-1);
  }

  /* Forced colours: the browser draws the button's transparent border in a system colour (tested). */
`;
