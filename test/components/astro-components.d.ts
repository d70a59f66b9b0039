// tsc has no Astro language service: to it, a .astro file imported by a render
// test is a component factory the container can render (props are checked by Astro, not here).
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
