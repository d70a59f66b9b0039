// Keeps an island's state in the page address: read on load and on the back
// button, written on every change. Typing replaces the current history entry;
// a tick, a choice or a sort adds one, so "back" undoes it.
// The address written is the page's own path, built from the site's base path
// by the page, never location.pathname: opened as "//other.example/...", that
// path would make the written address (and any link from it) another host.
import { useCallback, useEffect, useState } from 'react';

export type HistoryMode = 'push' | 'replace';

export function useAddressState<T>(pagePath: string, parse: (search: string) => T, write: (state: T) => string): [T, (next: T, mode: HistoryMode) => void] {
  const [state, setState] = useState<T>(() => parse(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parse(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [parse]);
  const update = useCallback(
    (next: T, mode: HistoryMode) => {
      setState(next);
      const url = `${pagePath}${write(next)}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    },
    [pagePath, write],
  );
  return [state, update];
}
