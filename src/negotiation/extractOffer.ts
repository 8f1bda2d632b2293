import { extractOfferMentions, type OfferMention } from './extractOfferMentions.ts';

/** The offer read from a message, with the evidence. */
export interface OfferExtraction {
  /** The offer in days, or null when the text proposes none. */
  days: number | null;
  /** The mention the offer came from. */
  chosen: OfferMention | null;
  /** Every duration mention, in text order, with its kind. */
  mentions: OfferMention[];
}

/**
 * Read the offer of a message with the evidence. Rule: the last `offer` mention wins; when there is
 * none, the last `reference` mention ("your 90 days works for us" is an acceptance of it); `past`
 * and `rejected` mentions are never offers (see {@link extractOfferMentions} for what each means).
 * @example extractOfferDetailed('After 45 days late, 100 days is too long; I can do two months.').days // 60
 */
export function extractOfferDetailed(text: string): OfferExtraction {
  const mentions = extractOfferMentions(text);
  const last = (kind: OfferMention['kind']): OfferMention | null => {
    for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].kind === kind) return mentions[i];
    return null;
  };
  const chosen = last('offer') ?? last('reference');
  return { days: chosen?.days ?? null, chosen, mentions };
}

/**
 * The offer (days to repay) a message makes, or null: days, weeks x7, months x30, number words,
 * ranges as their upper end, the last mention wins, elapsed time and rejected numbers ignored.
 * @example extractOffer('It is 133 days overdue. Can you pay in two weeks?') // 14
 * @example extractOffer('We owe $15,700 in 2 payments.') // null
 */
export function extractOffer(text: string): number | null {
  return extractOfferDetailed(text).days;
}
