// A VitePress data loader: reads the widgets' custom-elements.json at build time (and again in
// dev when it changes) and shapes it into the API tables of the element pages.
import { readFileSync } from 'node:fs';
import { defineLoader } from 'vitepress';

/** One table row: cells as HTML (escaped text, `code` spans made into <code>). */
export type Row = string[];

/** What an element page shows, all generated from the manifest. */
export interface ElementDoc {
  tag: string;
  className: string;
  description: string;
  attributes: Row[];
  properties: Row[];
  methods: Row[];
  events: Row[];
  slots: Row[];
  parts: Row[];
  cssProperties: Row[];
}

interface Typed {
  name?: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  parameters?: { name: string; type?: { text: string }; optional?: boolean }[];
  return?: { type?: { text: string } };
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  description?: string;
  attributes?: Typed[];
  members?: Typed[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}

interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Escapes text and turns `code` spans into <code> elements; joins wrapped lines. */
export function inline(text = ''): string {
  return escapeHtml(text.replace(/\s*\n\s*/g, ' ').trim()).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const code = (text = '') => (text ? `<code>${escapeHtml(text)}</code>` : '');

/** Members a user can touch: public, not static, not the private ones Lit marks with `_`. */
const isPublic = (member: Typed) =>
  (!member.privacy || member.privacy === 'public') &&
  !member.static &&
  !(member.name ?? '').startsWith('_');

function describe(declaration: Declaration): ElementDoc {
  const members = declaration.members ?? [];
  const attributeOf = new Map(
    (declaration.attributes ?? []).map((a) => [a.fieldName ?? '', a.name ?? '']),
  );
  return {
    tag: declaration.tagName ?? '',
    className: declaration.name,
    description: inline(declaration.description),
    attributes: (declaration.attributes ?? []).map((a) => [
      `${code(a.name)}${a.fieldName ? `<br><small>property ${code(a.fieldName)}</small>` : ''}`,
      code(a.type?.text),
      code(a.default),
      inline(a.description),
    ]),
    properties: members
      .filter((m) => m.kind === 'field' && isPublic(m))
      .map((m) => {
        const attribute = attributeOf.get(m.name ?? '');
        return [
          `${code(m.name)}${attribute ? `<br><small>attribute ${code(attribute)}</small>` : ''}`,
          code(m.type?.text),
          code(m.default),
          inline(m.description),
        ];
      }),
    methods: members
      .filter((m) => m.kind === 'method' && isPublic(m))
      .map((m) => [
        code(
          `${m.name}(${(m.parameters ?? [])
            .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`)
            .join(', ')}): ${m.return?.type?.text ?? 'void'}`,
        ),
        inline(m.description),
      ]),
    // The analyzer also lists event-class constructor arguments; keep the documented `cw-*` events.
    events: (declaration.events ?? [])
      .filter((e) => e.name?.startsWith('cw-'))
      .map((e) => [code(e.name), code(e.type?.text), inline(e.description)]),
    slots: (declaration.slots ?? []).map((s) => [
      s.name ? code(s.name) : '(default)',
      inline(s.description),
    ]),
    parts: (declaration.cssParts ?? []).map((p) => [code(p.name), inline(p.description)]),
    cssProperties: (declaration.cssProperties ?? []).map((p) => [
      code(p.name),
      inline(p.description),
    ]),
  };
}

declare const data: Record<string, ElementDoc>;

export { data };

export default defineLoader({
  watch: ['../../packages/widgets/custom-elements.json'],
  load(files: string[]): Record<string, ElementDoc> {
    const [file] = files;
    if (!file) {
      throw new Error(
        'packages/widgets/custom-elements.json is missing: build the widgets first (pnpm turbo run build --filter=@competencyworks/widgets).',
      );
    }
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    const docs: Record<string, ElementDoc> = {};
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName) docs[declaration.tagName] = describe(declaration);
      }
    }
    return docs;
  },
});
