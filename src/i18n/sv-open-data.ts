// Swedish UI strings for öppenhet: open data, follow-ups feed, what changed.
export const svOpenData = {} as const;
