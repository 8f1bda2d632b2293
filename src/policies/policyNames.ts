import { EMOTIONS, type Emotion } from '../core/emotions.ts';

/** Every policy name {@link createPolicy} accepts, in the order used in tables. */
export const POLICY_NAMES = [
  'vanilla',
  ...EMOTIONS.map((e) => `fixed:${e}` as const),
  'random',
  'tit-for-tat',
  'payoff',
  'wsls',
  'hmm-only',
  'eq-negotiator',
] as const satisfies readonly string[];

/** A valid policy name. */
export type PolicyName = 'vanilla' | `fixed:${Emotion}` | 'random' | 'tit-for-tat' | 'payoff' | 'wsls' | 'hmm-only' | 'eq-negotiator';

/** HMM variants, as a runtime list. */
export const HMM_MODES = ['paper-code', 'principled', '2503'] as const;

/** True when `name` is one of {@link POLICY_NAMES} (exact spelling). */
export function isPolicyName(name: unknown): name is PolicyName {
  return typeof name === 'string' && (POLICY_NAMES as readonly string[]).includes(name);
}
