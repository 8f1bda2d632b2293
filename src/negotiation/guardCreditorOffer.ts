import { extractOfferDetailed } from './extractOffer.ts';

/** A creditor message after the walk-away guard. */
export interface GuardedOffer {
  /** The text the debtor sees and the transcript records. */
  text: string;
  offerDays: number | null;
  /** Present when the guard changed the message: what was offered, and how the text was rewritten. */
  clamped?: { offeredDays: number; originalText: string; how: 'mention-rewritten' | 'text-replaced' };
}

/**
 * Hold the creditor to its walk-away limit whatever the model wrote: when the offer read from the
 * text exceeds `maxDays`, the mention it was read from is rewritten to `maxDays` ("120 days" ->
 * "90 days", "a 120-day plan" -> "a 90-day plan"), so the debtor sees the offer the protocol
 * records. If the rewritten text still does not read as `maxDays` the whole text is replaced by
 * "I can agree to at most {maxDays} days." The original text is kept in `clamped` for the record.
 * @example guardCreditorOffer('Fine, 120 days.', 90).text // 'Fine, 90 days.'
 */
export function guardCreditorOffer(text: string, maxDays: number): GuardedOffer {
  if (!(Number.isInteger(maxDays) && maxDays > 0)) throw new Error(`guardCreditorOffer: maxDays = ${maxDays}, expected a positive integer`);
  const { days, chosen } = extractOfferDetailed(text);
  if (days === null || chosen === null || days <= maxDays) return { text, offerDays: days };
  const replacement = /-\s*day$/i.test(chosen.text) ? `${maxDays}-day` : `${maxDays} days`;
  const rewritten = text.slice(0, chosen.start) + replacement + text.slice(chosen.end);
  if (extractOfferDetailed(rewritten).days === maxDays) {
    return { text: rewritten, offerDays: maxDays, clamped: { offeredDays: days, originalText: text, how: 'mention-rewritten' } };
  }
  return { text: `I can agree to at most ${maxDays} days.`, offerDays: maxDays, clamped: { offeredDays: days, originalText: text, how: 'text-replaced' } };
}
