// Keeps an island's state in the page address: read on load and on the back
// button, written on every change. Typing replaces the current history entry;
// a tick, a choice or a sort adds one, so "back" undoes it.
import { useCallback, useEffect, useState } from 'react';

export type HistoryMode = 'push' | 'replace';

export function useAddressState<T>(parse: (search: string) => T, write: (state: T) => string): [T, (next: T, mode: HistoryMode) => void] {
  const [state, setState] = useState<T>(() => parse(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parse(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [parse]);
  const update = useCallback(
    (next: T, mode: HistoryMode) => {
      setState(next);
      const url = `${window.location.pathname}${write(next)}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    },
    [write],
  );
  return [state, update];
}
