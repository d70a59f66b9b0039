// Starts an island: renders a React component into its element with the props
// the page wrote as JSON in data-props. Loaded from a bundled module script, so
// the page has no inline script at all and the Content-Security-Policy needs no
// hash (Astro's own island loader is inline).
import { createElement, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

export function mountIsland<P extends object>(id: string, component: ComponentType<P>): void {
  const element = document.getElementById(id);
  if (!element) return;
  const props = JSON.parse(element.dataset.props ?? '{}') as P;
  createRoot(element).render(createElement(component, props));
}
