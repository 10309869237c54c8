import { css } from 'lit';
import { eventCardStyles } from './event-card.styles';

/** Styles of `<cw-event-list>`: the card styles plus month groups. */
export const eventListStyles = [
  eventCardStyles,
  css`
    .month + .month {
      margin-top: var(--cw-gap, 1.25em);
    }
    [part=month-heading] {
      font-size: var(--cw-month-size, 1em);
      margin: 0 0 0.5em;
    }
  `,
];
