import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import ElementApi from './ElementApi.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('ElementApi', ElementApi);
    // Custom elements need a browser: register them on the client only, never during SSR.
    if (!import.meta.env.SSR) void import('@competencyworks/widgets');
  },
} satisfies Theme;
