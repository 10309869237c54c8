import { css } from 'lit';

/**
 * Styles every widget shares: inherit the host page, visible focus, buttons, lists, cards,
 * headings, the skeleton, reduced motion and forced colors. One sheet for all five elements.
 *
 * A `var()` without a fallback whose property is unset falls back to the property's own default:
 * `inherit` for color and font, `transparent`/`0` for backgrounds and padding. That is the
 * documented default of each such token, in fewer bytes.
 */
export const baseStyles = css`
  :host {
    display: block;
    color: var(--cw-color);
    font: var(--cw-font);
    /* A long unbroken word (a URL in a title) wraps instead of widening a phone's page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--cw-link-color);
  }
  /* The card that Load more moves focus to shows a ring after a mouse click too. */
  :focus-visible,
  .card:focus {
    outline: var(--cw-focus-ring, 2px solid currentColor);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--cw-button-background);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  button,
  .badge {
    border: 1px solid;
  }
  button,
  .badge,
  .card {
    border-radius: var(--cw-radius, 0.25em);
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list {
    display: grid;
    gap: var(--cw-gap, 1.25em);
  }
  .card {
    padding: var(--cw-card-padding);
    background: var(--cw-card-background);
  }
  [part='title'] {
    font-size: var(--cw-title-size, 1.15em);
    margin: 0 0 0.25em;
  }
  p {
    margin: 0.25em 0;
  }
  .meta {
    font-size: 0.875em;
    color: var(--cw-muted-color);
  }
  .badge {
    color: var(--cw-accent-color);
  }
  .skeleton {
    height: 4em;
    background: repeating-linear-gradient(currentColor 0 1em, transparent 0 1.5em);
    opacity: 0.3;
    animation: cw-pulse 1.5s infinite;
  }
  @keyframes cw-pulse {
    50% {
      opacity: 0.15;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      forced-color-adjust: none;
      color: GrayText;
    }
  }
`;
