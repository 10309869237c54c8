import { css } from 'lit';
import { baseStyles } from './_lib/baseStyles';

/** Styles of `<cw-series-nav>`. */
export const seriesNavStyles = [
  baseStyles,
  css`
    .pager {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5em 1em;
      margin: 0.5em 0;
    }
    .parts {
      list-style: decimal;
      padding-left: 1.5em;
    }
    [aria-current] {
      font-weight: bold;
    }
    summary {
      cursor: pointer;
    }
  `,
];
