import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'CompetencyWorks content kit',
  description:
    'Typed models, parsers, extractors, embeddable widgets and the cw command for CompetencyWorks content.',
  cleanUrls: true,
});
