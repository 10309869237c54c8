import { css } from 'lit';
import { postCardStyles } from './post-card.styles';

/** Styles of `<cw-post-list>`: the card styles plus the list and "Load more". */
export const postListStyles = [
  postCardStyles,
  css`
    li + li {
      /* Off-screen cards after the first screen skip layout and paint: appending 1,000 posts stays cheap. */
      content-visibility: auto;
      contain-intrinsic-size: auto 8em;
    }
    [part='load-more'] {
      margin-top: var(--cw-gap, 1.25em);
    }
  `,
];
