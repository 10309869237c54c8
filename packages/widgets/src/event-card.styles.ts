import { css } from 'lit';
import { baseStyles } from './_lib/baseStyles';

/** Card styles shared by `<cw-event-card>` and `<cw-event-list>`. */
export const eventCardStyles = [
  baseStyles,
  css`
    .event {
      display: flex;
      gap: var(--cw-gap, 1em);
      align-items: flex-start;
    }
    .badge {
      display: grid;
      place-items: center;
      min-width: 3.5em;
      margin: 0;
      padding: 0.25em;
      line-height: 1.1;
    }
    [part=month] {
      font-size: 0.8em;
      text-transform: uppercase;
    }
    [part=day] {
      font-size: 1.5em;
      font-weight: bold;
    }
    .body {
      flex: 1;
      min-width: 0;
    }
    [part=status] {
      font-size: 0.8em;
      font-weight: bold;
    }
    [part=actions] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      align-items: center;
    }
  `,
];
