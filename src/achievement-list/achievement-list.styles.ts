import { css } from 'lit';

export const achievementListStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--mbc-achievement-gap, 0.75em);
  }

  /* Tiles as wide as fit (at least 14em, or the whole width on a narrow screen):
     one column at 320 px, several on wider screens, never a horizontal scroll. */
  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mbc-achievement-min-width, 14em)), 1fr));
  }

  .item {
    min-width: 0;
    overflow-wrap: break-word;
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 0.75);
  }

  .layout-list .item {
    background: none;
    border-radius: 0;
    padding: 0.5em 0;
    border-block-end: 1px solid var(--_border);
  }

  .layout-list .item:last-child {
    border-block-end: 0;
  }

  .item {
    /* Taken here: on the counter itself, --_text would be the counter's own. */
    --_list-text: var(--_text);
    --_list-accent: var(--_accent);
  }

  .figure {
    /* The counter sits on the tile's surface. */
    --mbc-color-background: transparent;
    /* The list's own colours, so the counters follow the list's colour scheme whatever the page did to it. */
    --mbc-color-text: var(--_list-text);
    --mbc-color-accent: var(--_list-accent);
    --mbc-counter-font-size: 2em;
    display: block;
  }

  .text {
    margin: 0;
  }

  .empty {
    color: var(--_muted);
    margin: 0;
  }

  @media (forced-colors: active) {
    .item {
      border: 1px solid CanvasText;
    }
  }
`;
