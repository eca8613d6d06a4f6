import { css } from 'lit';

export const commitmentListStyles = css`
  .list {
    margin: 0;
    padding-inline-start: 1.75em;
    display: grid;
    gap: 0.5em;
  }

  .item {
    display: list-item;
    font-weight: 600;
    padding-inline-start: 0.25em;
  }

  .item::marker {
    color: var(--_accent);
    font-weight: 700;
  }

  .empty {
    color: var(--_muted);
    margin: 0;
  }

  ::slotted([slot='intro']) {
    margin-block: 0 0.75em;
  }

  ::slotted([slot='footer']) {
    margin-block: 0.75em 0;
  }

  @media (forced-colors: active) {
    .item::marker {
      color: CanvasText;
    }
  }
`;
