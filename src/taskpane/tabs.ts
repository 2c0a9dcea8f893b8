export const TAB_IDS = ['create', 'check', 'indicators', 'consolidate'] as const;
export type TabId = (typeof TAB_IDS)[number];

export const isTabId = (value: unknown): value is TabId => TAB_IDS.some((id) => id === value);
