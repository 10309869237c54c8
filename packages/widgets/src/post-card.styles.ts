import { css } from 'lit';
import { baseStyles } from './_lib/baseStyles';

/** Card styles shared by `<cw-post-card>` and `<cw-post-list>`. */
export const postCardStyles = [
  baseStyles,
  css`
    .meta > * + *::before {
      content: ' · ';
    }
    .badge {
      display: inline-block;
      font-size: 0.8em;
      padding: 0 0.5em;
    }
  `,
];
