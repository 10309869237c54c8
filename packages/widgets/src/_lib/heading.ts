import { html, type TemplateResult } from 'lit';

type Heading = (part: string, content: unknown) => TemplateResult;

// One literal template per level: a real <h1>-<h6> without `unsafeStatic`.
const levels: Heading[] = [
  (part, content) => html`<h1 part=${part}>${content}</h1>`,
  (part, content) => html`<h2 part=${part}>${content}</h2>`,
  (part, content) => html`<h3 part=${part}>${content}</h3>`,
  (part, content) => html`<h4 part=${part}>${content}</h4>`,
  (part, content) => html`<h5 part=${part}>${content}</h5>`,
  (part, content) => html`<h6 part=${part}>${content}</h6>`,
];

/**
 * A real `<h1>`-`<h6>` at a level chosen at run time; the level is clamped to 1-6 (3 when it is
 * not a number).
 *
 * @example
 * heading(2, 'Posts', 'heading'); //=> html`<h2 part="heading">Posts</h2>`
 */
export const heading = (level: number, content: unknown, part: string): TemplateResult =>
  (levels[Math.min(5, Math.max(0, Math.round(level) - 1))] ?? (levels[2] as Heading))(
    part,
    content,
  );
