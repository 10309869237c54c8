import { css } from 'lit';
import { eventCardStyles } from './event-card.styles';

/** Styles of `<cw-event-list>`: the card styles plus month groups. */
export const eventListStyles = [
  eventCardStyles,
  css`
    .month + .month {
      margin-top: var(--cw-gap, 1.25em);
    }
    /* Months the visitor has scrolled past skip layout and paint: a frame of a long list lays
       out what is near the viewport. Not the first months, whose height would be estimated. */
    .month + .month + .month {
      content-visibility: auto;
      contain-intrinsic-size: auto 40em;
    }
    [part=month-heading] {
      font-size: var(--cw-month-size, 1em);
      margin: 0 0 0.5em;
    }
  `,
];
