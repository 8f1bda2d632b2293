import { extractOffer } from './extractOffer.ts';
import { FINAL_DAYS_RULES, finalDays, type FinalDaysRule } from './finalDays.ts';
import type { RecordedDialogue } from './loadRecordedDialogues.ts';

/** Per-turn agreement of {@link extractOffer} with recorded offers. */
export interface TurnAgreement {
  /** Turns read. */
  turns: number;
  /** Turns whose recorded offer is a number. */
  recorded: number;
  /** Of those, extracted offer equal to the recorded one / within one day / null. */
  exact: number;
  withinOneDay: number;
  extractedNull: number;
  /** Turns whose recorded offer is null, and among them those where an offer was extracted anyway. */
  recordedNull: number;
  extractedWhereRecordedNull: number;
  /** exact / recorded and withinOneDay / recorded (NaN when nothing was recorded). */
  exactRate: number;
  withinOneDayRate: number;
}

/** Agreement of the final days computed from the last offers with the recorded final days. */
export interface FinalAgreement {
  rule: FinalDaysRule;
  /** Accepted dialogues with a recorded final number of days. */
  accepted: number;
  /** The rule applied to the last extracted offers of each side equals the recorded final days. */
  matchesExtracted: number;
  /** The rule applied to the last recorded offers equals it (the ceiling: how well the rule explains the data). */
  matchesRecorded: number;
  /** Both: among dialogues the rule explains, those where extraction also gets the final days right. */
  matchesBoth: number;
}

export interface OfferExtractionReport {
  dialogues: number;
  turns: TurnAgreement;
  byProject: Record<string, TurnAgreement>;
  byRole: Record<string, TurnAgreement>;
  /** One entry per final-days rule, over all projects, then per project. */
  final: FinalAgreement[];
  finalByProject: Record<string, FinalAgreement[]>;
  /** The first `maxDisagreements` turns where extracted and recorded offers differ, for inspection. */
  disagreements: Array<{ dialogueId: string; turn: number; role: string; recorded: number | null; extracted: number | null; text: string }>;
}

/**
 * Compare {@link extractOffer} with the offers recorded in the authors' dialogues: per turn (exact
 * and within one day, over turns whose recorded offer is a number; a recorded null with an
 * extracted number is counted apart, since the authors' own parser often missed "a 100-day
 * timeline"), and per accepted dialogue, whether each final-days rule applied to the last
 * extracted offers gives the recorded final days. Linear in the total text length.
 * @example evaluateOfferExtraction(loadRecordedDialogues()).turns.exactRate // 0.99
 */
export function evaluateOfferExtraction(dialogues: readonly RecordedDialogue[], options: { maxDisagreements?: number } = {}): OfferExtractionReport {
  const maxDisagreements = options.maxDisagreements ?? 20;
  const total = emptyTurns();
  const byProject: Record<string, TurnAgreement> = {};
  const byRole: Record<string, TurnAgreement> = {};
  const final = emptyFinal();
  const finalByProject: Record<string, FinalAgreement[]> = {};
  const disagreements: OfferExtractionReport['disagreements'] = [];
  for (const d of dialogues) {
    const project = d.project ?? '(none)';
    const extracted = d.turns.map((t) => extractOffer(t.text));
    d.turns.forEach((t, i) => {
      for (const agg of [total, (byProject[project] ??= emptyTurns()), (byRole[t.role] ??= emptyTurns())]) {
        countTurn(agg, t.requested_days, extracted[i]);
      }
      if (extracted[i] !== t.requested_days && disagreements.length < maxDisagreements) {
        disagreements.push({ dialogueId: d.id, turn: t.turn ?? i + 1, role: t.role, recorded: t.requested_days, extracted: extracted[i], text: t.text });
      }
    });
    if (d.final_state !== 'accept' || d.final_days === null) continue;
    const lastOf = (values: ReadonlyArray<number | null>, role: string) =>
      d.turns.reduce<number | null>((acc, t, i) => (t.role === role && values[i] !== null ? values[i] : acc), null);
    const recorded = d.turns.map((t) => t.requested_days);
    const sides = {
      extracted: { creditor: lastOf(extracted, 'creditor'), debtor: lastOf(extracted, 'debtor') },
      recorded: { creditor: lastOf(recorded, 'creditor'), debtor: lastOf(recorded, 'debtor') },
    };
    for (const agg of [final, (finalByProject[project] ??= emptyFinal())]) {
      for (const row of agg) {
        row.accepted++;
        const fromExtracted = applies(row.rule, sides.extracted, d.final_days);
        const fromRecorded = applies(row.rule, sides.recorded, d.final_days);
        if (fromExtracted) row.matchesExtracted++;
        if (fromRecorded) row.matchesRecorded++;
        if (fromExtracted && fromRecorded) row.matchesBoth++;
      }
    }
  }
  for (const agg of [total, ...Object.values(byProject), ...Object.values(byRole)]) {
    agg.exactRate = agg.exact / agg.recorded;
    agg.withinOneDayRate = agg.withinOneDay / agg.recorded;
  }
  return { dialogues: dialogues.length, turns: total, byProject, byRole, final, finalByProject, disagreements };
}

function emptyTurns(): TurnAgreement {
  return { turns: 0, recorded: 0, exact: 0, withinOneDay: 0, extractedNull: 0, recordedNull: 0, extractedWhereRecordedNull: 0, exactRate: NaN, withinOneDayRate: NaN };
}

function emptyFinal(): FinalAgreement[] {
  return FINAL_DAYS_RULES.map((rule) => ({ rule, accepted: 0, matchesExtracted: 0, matchesRecorded: 0, matchesBoth: 0 }));
}

function countTurn(agg: TurnAgreement, recorded: number | null, extracted: number | null): void {
  agg.turns++;
  if (recorded === null) {
    agg.recordedNull++;
    if (extracted !== null) agg.extractedWhereRecordedNull++;
    return;
  }
  agg.recorded++;
  if (extracted === null) agg.extractedNull++;
  else {
    if (extracted === recorded) agg.exact++;
    if (Math.abs(extracted - recorded) <= 1) agg.withinOneDay++;
  }
}

function applies(rule: FinalDaysRule, offers: { creditor: number | null; debtor: number | null }, recordedFinal: number): boolean {
  if (offers.creditor === null || offers.debtor === null || !(offers.creditor > 0 && offers.debtor > 0)) return false;
  return finalDays(rule, { creditor: offers.creditor, debtor: offers.debtor }) === recordedFinal;
}
