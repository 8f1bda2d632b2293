import { parseEmotion, type Emotion } from '../core/emotions.ts';
import { createRng } from '../core/rng.ts';
import type { RecordedDialogue } from '../negotiation/loadRecordedDialogues.ts';
import type { CreditorPolicy, PolicyBranch } from '../policies/types.ts';

/** One creditor turn of a recorded dialogue, with what a policy would have chosen there. */
export interface ReplayedTurn {
  dialogueId: string;
  project: string;
  /** 0-based index among the dialogue's creditor messages. */
  creditorTurn: number;
  /** The authors' creditor emotion at that turn (null: no emotion instruction, or not recorded). */
  recorded: Emotion | null;
  chosen: Emotion | null;
  branch: PolicyBranch;
}

/**
 * Replay the strategy layer over recorded negotiations: for each dialogue in order the policy is
 * reset (rng `replay:<id>`), asked for an emotion before every creditor message (first with no
 * observation, then with the detected emotion of the debtor's last message), and learns from the
 * recorded outcome. The recorded messages are only read.
 * @param detected one emotion per debtor message, in dialogue then message order.
 * @throws when `detected` does not have one entry per debtor message.
 * @example replayDialogues(createPolicy('fixed:Joy'), dialogues, detected)[0].chosen // 'Joy'
 */
export function replayDialogues(policy: CreditorPolicy, dialogues: readonly RecordedDialogue[], detected: readonly Emotion[]): ReplayedTurn[] {
  const debtorMessages = dialogues.reduce((n, d) => n + d.turns.filter((t) => t.role === 'debtor').length, 0);
  if (detected.length !== debtorMessages) {
    throw new Error(`replayDialogues: detected has ${detected.length} emotions for ${debtorMessages} debtor messages`);
  }
  let k = 0;
  return dialogues.flatMap((d) => {
    policy.reset({ rng: createRng(`replay:${d.id}`) });
    const recorded = (d.creditor_emotion_sequence ?? []).map((e) => (e === null ? null : parseEmotion(e) ?? null));
    let last: Emotion | null = null;
    const turns: ReplayedTurn[] = [];
    for (const t of d.turns) {
      if (t.role === 'debtor') { last = detected[k++]; continue; }
      const trace = policy.decide(last);
      const creditorTurn = turns.length;
      turns.push({ dialogueId: d.id, project: d.project ?? '?', creditorTurn, recorded: recorded[creditorTurn] ?? null, chosen: trace.chosen, branch: trace.branch });
    }
    policy.learn({ success: d.final_state === 'accept' });
    return turns;
  });
}

/**
 * Share of scored turns (both a recorded and a chosen emotion) where the policy chose the recorded
 * emotion; NaN when no turn can be scored.
 * @example emotionAgreement([{ recorded: 'Joy', chosen: 'Joy' }, { recorded: 'Anger', chosen: 'Joy' }]) // { scored: 2, agreement: 0.5 }
 */
export function emotionAgreement(turns: readonly Pick<ReplayedTurn, 'recorded' | 'chosen'>[]): { scored: number; agreement: number } {
  const scored = turns.filter((t) => t.recorded !== null && t.chosen !== null);
  const agree = scored.filter((t) => t.recorded === t.chosen).length;
  return { scored: scored.length, agreement: scored.length === 0 ? Number.NaN : agree / scored.length };
}
