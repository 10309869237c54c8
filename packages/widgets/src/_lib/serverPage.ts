/**
 * What server rendering (`@competencyworks/widgets/ssr`) stands in for the page with: on the
 * server there is no document to resolve relative URLs against and no ancestors to inherit
 * the `lang` and `time-zone` attributes from. Always empty in a browser, where the page answers.
 *
 * @example
 * serverPage.url = 'https://example.org/cw/'; // then safeUrl('posts.json') is absolute
 */
export const serverPage: { url?: string; lang?: string; 'time-zone'?: string } = {};
