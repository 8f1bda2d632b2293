import type { MetricInfo } from './metricInfo.ts';
import type { IntervalLike } from './types.ts';

/**
 * The interval of a metric in a summary-table row, read from the metric's fields; a missing or
 * null field reads as NaN (no data: plotted as a gap, not as zero).
 * @example metricInterval({ successRate: 0.5, successRateLower: 0.3, successRateUpper: 0.7 }, METRICS.successRate) // { estimate: 0.5, lower: 0.3, upper: 0.7 }
 */
export function metricInterval(row: Readonly<Record<string, unknown>>, metric: Pick<MetricInfo, 'fields'>): IntervalLike {
  const read = (field: string) => {
    const v = row[field];
    return typeof v === 'number' ? v : Number.NaN;
  };
  return { estimate: read(metric.fields.estimate), lower: read(metric.fields.lower), upper: read(metric.fields.upper) };
}
