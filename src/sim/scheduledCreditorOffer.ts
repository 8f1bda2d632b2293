/**
 * The simulated creditor's offer schedule: its k-th message (k from 0) offers
 * round(target + (max - target) * (k / K)^exponent) with K = creditorMessages - 1, so it opens with
 * its target and reaches its max on its last message within the cap. exponent > 1 concedes slowly at
 * first (Boulware; Faratin, Sierra and Jennings 1998). Never above floor(max).
 * @example scheduledCreditorOffer(7, { targetDays: 10, maxDays: 40, creditorMessages: 15, exponent: 2 }) // 18
 */
export function scheduledCreditorOffer(
  k: number,
  options: { targetDays: number; maxDays: number; creditorMessages: number; exponent: number },
): number {
  const { targetDays, maxDays, creditorMessages, exponent } = options;
  if (!Number.isInteger(k) || k < 0) throw new Error(`scheduledCreditorOffer: k must be a non-negative integer, got ${k}`);
  const last = creditorMessages - 1;
  const fraction = last <= 0 ? 1 : Math.pow(Math.min(1, k / last), exponent);
  const offer = Math.round(targetDays + (maxDays - targetDays) * fraction);
  return Math.min(Math.floor(maxDays), offer);
}
