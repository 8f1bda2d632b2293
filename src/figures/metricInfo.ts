/** A per-negotiation metric the figures can plot, with its axis title (unit included) and direction. */
export interface MetricInfo {
  /** Short name for titles and legends. */
  label: string;
  /** Axis title, always naming the unit (rate, days, messages). */
  axisTitle: string;
  unit: 'rate' | 'days' | 'messages' | 'ratio of days';
  /** The interval the analysis attaches: Wilson for proportions, bootstrap for means. */
  interval: 'Wilson' | 'bootstrap';
  higherIsBetter: boolean;
  /** Fixed axis range, when the metric has natural bounds. */
  range?: [number, number];
}

/** The metrics of METHOD.md section 6, by the field name the runner's records use. */
export const METRICS = {
  successRate: {
    label: 'success rate',
    axisTitle: 'success rate (share of negotiations agreed)',
    unit: 'rate',
    interval: 'Wilson',
    higherIsBetter: true,
    range: [0, 1],
  },
  debtCollectionMultiple: {
    label: 'debt-collection multiple',
    axisTitle: 'debt-collection multiple (agreed days / target days)',
    unit: 'ratio of days',
    interval: 'bootstrap',
    higherIsBetter: false,
  },
  collectionRate: {
    label: 'collection rate',
    axisTitle: 'collection rate (min(1, target days / agreed days))',
    unit: 'rate',
    interval: 'bootstrap',
    higherIsBetter: true,
    range: [0, 1],
  },
  finalDays: {
    label: 'agreed days',
    axisTitle: 'agreed repayment period (days)',
    unit: 'days',
    interval: 'bootstrap',
    higherIsBetter: false,
  },
  messages: {
    label: 'negotiation length',
    axisTitle: 'negotiation length (messages)',
    unit: 'messages',
    interval: 'bootstrap',
    higherIsBetter: false,
  },
} as const satisfies Record<string, MetricInfo>;

/** A metric key of {@link METRICS}. */
export type MetricKey = keyof typeof METRICS;

/** The info of a metric. @throws naming the caller and the unknown key. */
export function metricInfo(key: string, caller = 'metricInfo'): MetricInfo {
  const info = (METRICS as Record<string, MetricInfo>)[key];
  if (info === undefined) throw new Error(`${caller}: metric = ${JSON.stringify(key)}, expected one of ${Object.keys(METRICS).join(', ')}`);
  return info;
}
