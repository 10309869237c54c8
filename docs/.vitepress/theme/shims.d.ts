declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent<{ tag: string }>;
  export default component;
}
