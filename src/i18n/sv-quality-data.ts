// Swedish UI strings for imported quality data: charts over time, import reports.
export const svQualityData = {} as const;
