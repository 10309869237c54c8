import { css } from 'lit';
import { postCardStyles } from './post-card.styles';

/** Styles of `<cw-post-list>`: the card styles plus the list and "Load more". */
export const postListStyles = [
  postCardStyles,
  css`
    li:nth-child(n + 21) {
      /* Cards after the first page skip layout and paint while off-screen: appending 1,000 posts
         stays cheap. Not the first page: its cards would be laid out at the estimate first and
         move the page, when they appear and when a pre-rendered list comes alive. */
      content-visibility: auto;
      contain-intrinsic-size: auto 8em;
    }
    [part='load-more'] {
      margin-top: var(--cw-gap, 1.25em);
    }
  `,
];
