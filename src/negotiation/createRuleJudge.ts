import type { Judge, JudgeInput, JudgeVerdict } from '../agents/types.ts';
import { detectRefusal } from './detectRefusal.ts';
import { offersConverged } from './offersConverged.ts';

/**
 * A judge made of three documented rules, for the simulated backend (no language model):
 * it confirms an agreement when (1) the debtor's offer is at most `gapDays` above the creditor's,
 * (2) both offers are within the scenario's `creditorMaxDays`, and (3) the last debtor message does
 * not end on a refusal or retraction ({@link detectRefusal}). It never names the days (`days: null`),
 * so the protocol's `finalDaysRule` decides them. Deterministic.
 * @example createRuleJudge().judge({ scenario, history, creditorOffer: 60, debtorOffer: 63 }) // agree: true
 */
export function createRuleJudge(options: { gapDays?: number; name?: string } = {}): Judge {
  const gapDays = options.gapDays ?? 5;
  if (!(Number.isFinite(gapDays) && gapDays >= 0)) throw new Error(`createRuleJudge: options.gapDays = ${gapDays}, expected a number >= 0`);
  const name = options.name ?? 'rule';
  return {
    name,
    judge: async (input: JudgeInput): Promise<JudgeVerdict> => ruleVerdict(input, gapDays),
  };
}

function ruleVerdict(input: JudgeInput, gapDays: number): JudgeVerdict {
  const { creditorOffer, debtorOffer, scenario } = input;
  const veto = (reason: string): JudgeVerdict => ({ agree: false, days: null, reason });
  if (!offersConverged({ creditor: creditorOffer, debtor: debtorOffer }, gapDays)) {
    return veto(`offers ${creditorOffer} (creditor) and ${debtorOffer} (debtor) are more than ${gapDays} days apart`);
  }
  const above = Math.max(creditorOffer, debtorOffer);
  if (above > scenario.creditorMaxDays) return veto(`an offer of ${above} days exceeds creditorMaxDays ${scenario.creditorMaxDays}`);
  const lastDebtor = [...input.history].reverse().find((m) => m.role === 'debtor');
  const refusal = lastDebtor === undefined ? null : detectRefusal(lastDebtor.text);
  if (refusal !== null) return veto(`the last debtor message ends on a ${refusal.name}: "${refusal.excerpt}"`);
  return { agree: true, days: null, reason: `offers ${creditorOffer} and ${debtorOffer} within ${gapDays} days and the creditor's limit; no refusal` };
}
