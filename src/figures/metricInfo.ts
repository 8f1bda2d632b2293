/**
 * A per-negotiation metric the figures can plot: its axis title (unit included), direction, and
 * the fields that hold it in the analysis layer's tables (`summaryTable` rows hold
 * `successRate`/`successRateLower`/`successRateUpper` and `<metric>Mean`/`<metric>Lower`/`<metric>Upper`;
 * `pairedDifferences` rows name it in their `metric` field).
 */
export interface MetricInfo {
  /** Short name for titles, legends and hovers. */
  label: string;
  /** Axis title, always naming the unit (rate, days, messages); may break lines with <br>. */
  axisTitle: string;
  unit: 'rate' | 'days' | 'messages' | 'ratio of days';
  /** The interval the analysis attaches: Wilson for proportions, bootstrap for means. */
  interval: 'Wilson' | 'bootstrap';
  higherIsBetter: boolean;
  /** Fixed axis range, when the metric has natural bounds. */
  range?: readonly [number, number];
  /** Field names of the estimate and its bounds in a summaryTable row. */
  fields: { estimate: string; lower: string; upper: string };
  /** The metric's name in pairedDifferences rows. */
  paired: string;
}

const mean = (m: string) => ({ estimate: `${m}Mean`, lower: `${m}Lower`, upper: `${m}Upper` });

/** The metrics of METHOD.md section 6, keyed as the summary table names them. */
export const METRICS = {
  successRate: {
    label: 'success rate',
    axisTitle: 'success rate<br>(share of negotiations agreed)',
    unit: 'rate',
    interval: 'Wilson',
    higherIsBetter: true,
    range: [0, 1],
    fields: { estimate: 'successRate', lower: 'successRateLower', upper: 'successRateUpper' },
    paired: 'success',
  },
  debtCollectionMultiple: {
    label: 'debt-collection multiple',
    axisTitle: 'debt-collection multiple<br>(agreed days / target days)',
    unit: 'ratio of days',
    interval: 'bootstrap',
    higherIsBetter: false,
    fields: mean('debtCollectionMultiple'),
    paired: 'debtCollectionMultiple',
  },
  collectionRate: {
    label: 'collection rate',
    axisTitle: 'collection rate<br>(target days / agreed days, at most 1)',
    unit: 'rate',
    interval: 'bootstrap',
    higherIsBetter: true,
    range: [0, 1],
    fields: mean('collectionRate'),
    paired: 'collectionRate',
  },
  collectionDays: {
    label: 'collection days',
    axisTitle: 'agreed repayment period<br>(days, agreed negotiations)',
    unit: 'days',
    interval: 'bootstrap',
    higherIsBetter: false,
    fields: mean('collectionDays'),
    paired: 'collectionDays',
  },
  messages: {
    label: 'negotiation length',
    axisTitle: 'negotiation length (messages)',
    unit: 'messages',
    interval: 'bootstrap',
    higherIsBetter: false,
    fields: mean('messages'),
    paired: 'messages',
  },
} as const satisfies Record<string, MetricInfo>;

/** A metric key of {@link METRICS}. */
export type MetricKey = keyof typeof METRICS;

/**
 * The info of a metric, by its summary-table key ('successRate') or its pairedDifferences name ('success').
 * @throws naming the caller and the unknown key.
 * @example metricInfo('success').label // 'success rate'
 */
export function metricInfo(key: string, caller = 'metricInfo'): MetricInfo & { key: MetricKey } {
  const entries = Object.entries(METRICS) as [MetricKey, MetricInfo][];
  const hit = entries.find(([k, info]) => k === key || info.paired === key);
  if (hit === undefined) throw new Error(`${caller}: metric = ${JSON.stringify(key)}, expected one of ${Object.keys(METRICS).join(', ')} (or success)`);
  return { ...hit[1], key: hit[0] };
}
