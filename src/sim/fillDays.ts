import { DAYS_PLACEHOLDER } from './simulationParameters.ts';

/**
 * Put a whole number of days into an offer template ("I can accept {days} days." -> "I can accept 25 days.").
 * @throws when days is not a non-negative integer.
 */
export function fillDays(template: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new Error(`fillDays: days must be a non-negative integer, got ${days}`);
  return template.replace(DAYS_PLACEHOLDER, String(days));
}
