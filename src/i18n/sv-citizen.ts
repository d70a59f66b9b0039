// Swedish UI strings for the citizen journey: search, filter, compare, meeting view.
export const svCitizen = {} as const;
