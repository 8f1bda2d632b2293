import type { Judge, JudgeInput, JudgeVerdict } from '../agents/types.ts';

/**
 * A minimal stand-in judge for the simulated backend when no other judge is supplied: it confirms
 * agreement when the two latest offers are within `gapDays`, at the debtor's offer (the creditor
 * accepts what the debtor asked) capped at the scenario's max. The protocol's rule judge is the
 * richer choice; pass it as the backend's `judge` factory.
 */
export function createGapJudge(options: { gapDays: number }): Judge {
  const { gapDays } = options;
  return {
    name: 'sim-gap',
    async judge(input: JudgeInput): Promise<JudgeVerdict> {
      const gap = Math.abs(input.creditorOffer - input.debtorOffer);
      if (gap > gapDays) return { agree: false, days: null, reason: `offers ${gap} days apart, more than ${gapDays}` };
      const days = Math.min(input.debtorOffer, input.scenario.creditorMaxDays);
      return { agree: true, days, reason: `offers within ${gapDays} days; the debtor's offer, capped at the max` };
    },
  };
}
