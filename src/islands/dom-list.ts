// The server-rendered list stays the source of the cards: islands only hide,
// show and reorder its items (li[data-choice-id]), so the page without
// JavaScript and with it shows the very same cards.

export function listItems(list: HTMLElement): Map<string, HTMLElement> {
  const items = new Map<string, HTMLElement>();
  for (const el of list.querySelectorAll<HTMLElement>(':scope > li[data-choice-id]')) items.set(el.dataset.choiceId!, el);
  return items;
}

/**
 * Shows the items with the given ids in the given order and hides the rest.
 * Moves nodes only when the order changed, so typing does not re-layout a long list needlessly.
 */
export function showInOrder(list: HTMLElement, items: Map<string, HTMLElement>, ids: readonly string[]): void {
  const visible = new Set(ids);
  for (const [id, el] of items) el.hidden = !visible.has(id);
  const current = [...list.children].filter((el) => !(el as HTMLElement).hidden).map((el) => (el as HTMLElement).dataset.choiceId);
  if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
  const fragment = document.createDocumentFragment();
  for (const id of ids) {
    const el = items.get(id);
    if (el) fragment.append(el);
  }
  // Hidden items keep their place after the shown ones.
  for (const [id, el] of items) if (!visible.has(id)) fragment.append(el);
  list.append(fragment);
}

/** Empty elements in each card where the island puts its "Jämför" checkbox. */
export function compareSlots(list: HTMLElement): Map<string, HTMLElement> {
  const slots = new Map<string, HTMLElement>();
  for (const el of list.querySelectorAll<HTMLElement>('[data-compare-slot]')) slots.set(el.dataset.compareSlot!, el);
  return slots;
}
