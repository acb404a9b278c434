/** The steps of a banner's funnel, in order: the report, the chart and the CSV share them. */
export const FUNNEL_STEPS = ["impressions", "clicks", "chats", "conversions"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
