import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DefaultTheme, defineConfig } from 'vitepress';

const scope = fileURLToPath(new URL('../api/@competencyworks/', import.meta.url));

const KINDS: [folder: string, label: string][] = [
  ['functions', 'Functions'],
  ['classes', 'Classes'],
  ['interfaces', 'Interfaces'],
  ['type-aliases', 'Types'],
  ['variables', 'Schemas and constants'],
];

/** The API sidebar of the reference's front page: one link per package. */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  return [
    {
      text: 'API reference',
      items: [
        { text: 'Overview', link: '/api/' },
        ...packages().map((name) => ({
          text: `@competencyworks/${name}`,
          link: `/api/@competencyworks/${name}/`,
        })),
      ],
    },
  ];
}

function packages(): string[] {
  return existsSync(scope) ? readdirSync(scope).sort() : [];
}

/** A package's sidebar, from the pages TypeDoc wrote: its exports grouped by kind. */
function packageSidebar(name: string): DefaultTheme.SidebarItem[] {
  return [
    {
      text: `@competencyworks/${name}`,
      items: [
        { text: 'Overview', link: `/api/@competencyworks/${name}/` },
        { text: 'All packages', link: '/api/' },
      ],
    },
    ...KINDS.filter(([folder]) => existsSync(`${scope}${name}/${folder}`)).map(
      ([folder, label]) => ({
        text: label,
        items: readdirSync(`${scope}${name}/${folder}`)
          .filter((file) => file.endsWith('.md'))
          .map((file) => file.slice(0, -3))
          .sort((a, b) => a.localeCompare(b))
          .map((page) => ({ text: page, link: `/api/@competencyworks/${name}/${folder}/${page}` })),
      }),
    ),
  ];
}

const elements = [
  'cw-post-list',
  'cw-post-card',
  'cw-event-card',
  'cw-event-list',
  'cw-series-nav',
];

export default defineConfig({
  title: 'CompetencyWorks kit',
  description:
    'Typed models, parsers, extractors, embeddable widgets and the cw command for CompetencyWorks content.',
  lang: 'en-US',
  cleanUrls: true,
  lastUpdated: false,
  head: [['link', { rel: 'icon', href: 'data:,' }]],
  vue: {
    template: {
      // The widgets are custom elements, not Vue components.
      compilerOptions: { isCustomElement: (tag) => tag.startsWith('cw-') },
    },
  },
  markdown: {
    // High-contrast themes: the default ones have token colors under 4.5:1 (axe color-contrast).
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/getting-started', activeMatch: '/guide/' },
      { text: 'Elements', link: '/elements/cw-post-list', activeMatch: '/elements/' },
      { text: 'API', link: '/api/', activeMatch: '/api/' },
    ],
    sidebar: {
      '/guide/': guideSidebar(),
      '/elements/': guideSidebar(),
      '/api/': apiSidebar(),
      // Not collapsible groups: VitePress nests a focusable caret in a focusable row (axe: nested-interactive).
      ...Object.fromEntries(
        packages().map((name) => [`/api/@competencyworks/${name}/`, packageSidebar(name)]),
      ),
    },
    outline: { level: [2, 3] },
    search: { provider: 'local' },
    footer: {
      message: 'MIT licensed. Seed content © CompetencyWorks (iNACOL), shown for demonstration.',
    },
  },
});

function guideSidebar(): DefaultTheme.SidebarItem[] {
  return [
    {
      text: 'Start',
      items: [
        { text: 'Getting started', link: '/guide/getting-started' },
        { text: 'The cw command', link: '/guide/cli' },
      ],
    },
    {
      text: 'Elements',
      items: elements.map((tag) => ({ text: `&lt;${tag}&gt;`, link: `/elements/${tag}` })),
    },
    {
      text: 'Guides',
      items: [
        { text: 'Importing from WordPress', link: '/guide/wordpress' },
        { text: 'The content bundle', link: '/guide/bundle-format' },
        { text: 'Pages without JavaScript', link: '/guide/no-javascript' },
        { text: 'Time zones', link: '/guide/time-zones' },
        { text: 'Theming', link: '/guide/theming' },
        { text: 'Security and CSP', link: '/guide/security' },
      ],
    },
    { text: 'API reference', items: [{ text: 'Models and parsers', link: '/api/' }] },
  ];
}
