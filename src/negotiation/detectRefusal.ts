import { extractOfferMentions } from './extractOfferMentions.ts';

const REFUSAL: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  {
    name: 'cannot-agree',
    pattern: /\b(?:i|we)\s+(?:can(?:not|'t|’t)|won(?:'t|’t)|will\s+not|do(?:n't|n’t|\s+not)|refuse\s+to|(?:am|are)\s+not\s+(?:able|willing|going)\s+to|(?:am|are)\s+unable\s+to)\s+(?:\w+\s+){0,2}?(?:agree|accept|commit|sign|do\s+(?:that|this|it)|pay\s+(?:that|it|in\s+that)|make\s+(?:that|this|it)\s+work)\b/gi,
  },
  { name: 'reject', pattern: /\b(?:i|we)\s+(?:must\s+|have\s+to\s+)?(?:reject|decline|refuse)\b/gi },
  { name: 'no-deal', pattern: /\b(?:no\s+deal|absolutely\s+not|definitely\s+not|out\s+of\s+the\s+question)\b/gi },
  { name: 'will-not-work', pattern: /\b(?:that|this|it)\s+(?:won(?:'t|’t)|will\s+not|doesn(?:'t|’t)|does\s+not|is\s+not\s+going\s+to|isn(?:'t|’t)\s+going\s+to)\s+work\b/gi },
  { name: 'flat-no', pattern: /(?:^|[.!?]\s+)no\s*[.!,]/gi },
  {
    name: 'retraction',
    pattern: /\b(?:take\s+(?:it|that|this)\s+back|withdraw(?:ing)?\s+(?:my|the|that)|retract(?:ing)?|changed?\s+my\s+mind|on\s+second\s+thoughts?|scratch\s+that|no\s+longer\s+(?:agree|accept|able|willing|possible)|back(?:ing)?\s+out|go(?:ing)?\s+back\s+on)\b/gi,
  },
];

/**
 * The refusal or retraction a message ends on, or null. A refusal counts only when it comes after
 * the message's last duration mention (or the message has none): "I can't commit to 40 days, but
 * 45 days works" accepts 45; "45 days. Actually, I take that back" retracts it.
 * @example detectRefusal('Fine, 60 days. On second thought, no.') // { name: 'retraction', excerpt: 'On second thought' }
 * @example detectRefusal("I can't do 40 days, but 45 days works.") // null
 */
export function detectRefusal(text: string): { name: string; excerpt: string } | null {
  const mentions = extractOfferMentions(text);
  const after = mentions.length === 0 ? 0 : mentions[mentions.length - 1].end;
  let found: { name: string; excerpt: string; start: number } | null = null;
  for (const { name, pattern } of REFUSAL) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index as number;
      if (start + m[0].length <= after) continue;
      if (found === null || start > found.start) found = { name, excerpt: m[0].trim(), start };
    }
  }
  return found === null ? null : { name: found.name, excerpt: found.excerpt };
}
