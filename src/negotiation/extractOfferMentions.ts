import { NUMBER_WORDS_SOURCE, parseNumberWords } from './parseNumberWords.ts';

/**
 * How a mention of a duration is read:
 * - `offer`: a duration the speaker proposes or accepts;
 * - `reference`: the other party's number quoted ("your 100 days"), used only when the message
 *   has no `offer` mention (then it is most likely an acceptance: "your 90 days works");
 * - `rejected`: a number the speaker turns down ("100 days is too long", "instead of 100 days");
 * - `past`: time already elapsed ("133 days overdue", "in the past 30 days"), never an offer.
 */
export type MentionKind = 'offer' | 'reference' | 'rejected' | 'past';

/** One duration found in a text. */
export interface OfferMention {
  /** The duration in whole days (a range counts as its upper end). */
  days: number;
  /** The matched text, e.g. "two weeks", "60-90 days", "106-day". */
  text: string;
  /** Character offsets of `text` in the input. */
  start: number;
  end: number;
  unit: 'day' | 'week' | 'fortnight' | 'month' | 'year';
  /** Both ends in days when the mention is a range ("60-90 days", "between 60 and 90 days"). */
  range?: [number, number];
  kind: MentionKind;
  /** The context rule that set `kind` (absent for a plain offer). */
  rule?: string;
}

const DAYS_PER: Readonly<Record<OfferMention['unit'], number>> = { day: 1, week: 7, fortnight: 14, month: 30, year: 365 };

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUM = String.raw`(?:${DIGITS}|${NUMBER_WORDS_SOURCE}|\bnext\b)`;
const UNIT = String.raw`(?:(?:business|working|calendar)\s+)?(?<unit>day|week|fortnight|month|year)s?\b(?<half>\s+and\s+a\s+half\b)?`;
const MENTION = new RegExp(
  String.raw`(?<between>\bbetween\s+)?(?<![\w$£€.,])(?<a>${NUM})(?<halfBefore>\s+and\s+a\s+half\b)?(?:\s*(?<sep>-|–|—|\bto\b|\bor\b|\band\b)\s*(?<b>${NUM}))?(?:\s*-\s*|\s*)(?:'s\s+|’s\s+)?${UNIT}`,
  'gi',
);

// Context rules, tried in order on the text before / after a mention within its sentence.
const DET = String.raw`(?:(?:the|a|an|your|our|my|that|those|full|proposed|requested|original|initial|entire|about|around|roughly|some|just)\s+)*`;
const BEFORE_RULES: ReadonlyArray<[MentionKind, string, RegExp]> = [
  ['past', 'past-before', new RegExp(String.raw`\b(?:past|last|previous|prior|already|over\s*due(?:\s+(?:by|for))?:?|late\s+by|behind\s+by|delinquent\s+(?:by|for)|outstanding\s+for|been(?!\s+(?:asking|hoping|looking|pushing|requesting|aiming|proposing|offering)\b)(?:\s+\w+){0,3}?\s+for|been|spent|waited(?:\s+for)?|for\s+the\s+(?:past|last))\s+(?:(?:the|about|around|nearly|almost|over|some|more\s+than|roughly)\s+)*$`, 'i')],
  ['rejected', 'rejected-before', new RegExp(String.raw`(?:\b(?:instead\s+of|rather\s+than|from|not|waiting(?:\s+for)?|concerned\s+(?:about|that)(?:\s+\w+){0,3}?(?:\s+to)?|(?:can(?:not|'t|’t)|unable\s+to|won(?:'t|’t)|will\s+not)\s+(?:\w+\s+)?(?:meet|commit\s+to|do|accept|agree\s+to|manage|afford)|(?:well|far|much)\s+(?:below|under|above|over|beyond))|(?<!\b(?:no|not)\s+(?:more|longer|later)\s+)(?<!\b(?:less|fewer)\s+)\bthan(?:\s+(?:my|our|your)\s+(?:\w+\s+){0,2}?(?:offer|request|proposal|target|position|ask|suggestion)\s+of)?(?:\s+what\s+you\s+\w+)?)\s+${DET}$`, 'i')],
  ['reference', 'earlier-position-before', new RegExp(String.raw`\b(?:(?:my|our|your)\s+(?:(?:initial|original|earlier|previous|latest|last|current|proposed|new|stated)\s+)*(?:offer|target|request|proposal|suggestion|ask|position|timeline|deadline|demand|figure|number)\s+(?:of|for|at|was)|(?:was|were|had\s+been|initially|originally)\s+(?:hoping|hoped|asking|asked|looking|aiming|aimed)\s+(?:for|at))\s+${DET}$`, 'i')],
  ['reference', 'other-party-before', new RegExp(String.raw`\b(?:your|you(?:'ve|’ve|\s+have)?\s+(?:still\s+)?(?:asked|proposed|requested|suggested|mentioned|offered|wanted|needed|want|need|said)(?:\s+for)?|(?:you(?:'re|’re|\s+are)\s+)?(?:still\s+)?(?:asking|proposing|requesting|suggesting|offering|seeking|insisting|looking|pushing|holding\s+out)(?:\s+(?:for|on|at))?)\s+${DET}$`, 'i')],
  ['reference', 'start-before', /\b(?:starting|beginning|start|begin|first\s+payment|initial\s+payment|partial\s+payment)\s+(?:\w+\s+){0,2}?(?:in|within|after)\s+(?:(?:the|just|about)\s+)*$/i],
];
const REJECTION = String.raw`(?:too\b|unacceptable|unrealistic|unreasonable|excessive|impossible|unworkable|(?:not|n't|n’t)\s+(?:\w+\s+)?(?:possible|feasible|acceptable|workable|realistic|reasonable|an\s+option|something|going)|out\s+of\s+the\s+question|far\s+(?:too|beyond|from|longer|more|outside|above)|well\s+(?:beyond|above|outside)|beyond|difficult|concerning|extended|lengthy|a\s+stretch|a\s+long\s+time|quite\s+long|longer\s+than|more\s+than\s+(?:we|i)\s+can)`;
const AFTER_RULES: ReadonlyArray<[MentionKind, string, RegExp]> = [
  ['past', 'past-after', /^\s*(?:(?:overdue|late|later|earlier|past[\s-]+due|ago|in\s+arrears|delinquent|behind|old|since|in\s+default)\b|(?:have|has|had)\s+(?:already\s+)?(?:passed|gone\s+by|elapsed)\b|of\s+(?:delay|non-?payment|arrears|silence)\b)/i],
  ['rejected', 'rejected-after', new RegExp(String.raw`^\s*(?:[,—–-]\s*(?:that|which|this)\s*|(?:\w+\s+){0,3}?)(?:'s|’s|is|are|was|would\s+be|seems|feels|sounds|remains|isn't|isn’t|simply|just|still|creates?|poses?|carries|could|would|will)\b(?:\s+(?:still|simply|just|really|quite|way|much|completely|a\s+bit|a\s+little|already|lead\s+to|create|cause|significantly))*\s+(?:${REJECTION}|(?:\w+\s+){0,2}?risk|further\s+complications)`, 'i')],
  ['reference', 'other-party-after', /^\s*(?:that\s+)?you(?:'ve|’ve|\s+have)?\s+(?:\w+\s+)?(?:mentioned|proposed|suggested|requested|asked\s+for|offered|wanted|need|want)\b/i],
];

/**
 * Every duration mentioned in a text, in order, each read as an offer, a quoted reference, a
 * rejected number or elapsed time. Recognises digits ("45 days", "106-day", "1,000 days"), number
 * words ("thirty days", "two weeks", "a month", "a couple of weeks"), weeks x7, fortnights x14,
 * months x30, years x365 (fractions rounded to whole days: "1.5 weeks" is 11), and ranges
 * ("60-90 days", "60 to 90 days", "60 or 90 days", "between 60 and 90 days") read as their upper end.
 * "business days" count as days. Numbers without a unit ("$15,700", "2 payments", dates) are not mentions.
 * Linear in the text length (bounded look-around per mention).
 * @example extractOfferMentions('133 days overdue; I offer 30 days').map((m) => m.kind) // ['past', 'offer']
 */
export function extractOfferMentions(text: string): OfferMention[] {
  const mentions: OfferMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const read = readMatch(m);
    if (read === null) continue;
    const scale = DAYS_PER[read.unit];
    const days = Math.round((read.high ?? read.low) * scale);
    if (!(days > 0)) continue;
    const mention: OfferMention = { days, text: text.slice(read.start, read.end), start: read.start, end: read.end, unit: read.unit, kind: 'offer' };
    if (read.high !== null) mention.range = [Math.round(read.low * scale), days];
    classify(mention, text);
    mentions.push(mention);
  }
  return mentions;
}

/** The numbers of one regex match: a range (low < high), or one value in `low` with `high` null. */
function readMatch(m: RegExpMatchArray): { start: number; end: number; unit: OfferMention['unit']; low: number; high: number | null } | null {
  const g = m.groups as Record<string, string | undefined>;
  const unit = (g.unit as string).toLowerCase() as OfferMention['unit'];
  const index = m.index as number;
  const end = index + m[0].length;
  const unitHalf = g.half === undefined ? 0 : 0.5;
  const a = readNumber(g.a as string);
  const aValue = a === null ? null : a + (g.halfBefore === undefined ? 0 : 0.5);
  // "a day" is usually a rate ("$500 a day") and "the next day" a date, so a bare article or "next"
  // counts only before longer units ("a month", "within the next week").
  const tooVague = (token: string) => unit === 'day' && /^(?:an?|next)$/i.test(token.trim());
  if (g.b === undefined) {
    if (aValue === null || tooVague(g.a as string)) return null;
    return { start: index + (g.between?.length ?? 0), end, unit, low: aValue + unitHalf, high: null };
  }
  const b = readNumber(g.b);
  if (b === null || tooVague(g.b)) return null;
  const isRange = aValue !== null && aValue < b && (g.sep?.toLowerCase() !== 'and' || g.between !== undefined);
  if (isRange) return { start: index + (g.between?.length ?? 0), end, unit, low: aValue, high: b + unitHalf };
  // "100 to 80 days" (a move, not a range) or "5 and 30 days": only the number next to the unit counts.
  const bAt = m[0].lastIndexOf(g.b, m[0].length - (g.unit as string).length - (g.half?.length ?? 0));
  return { start: index + bAt, end, unit, low: b + unitHalf, high: null };
}

function readNumber(token: string): number | null {
  const t = token.trim();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  return parseNumberWords(t);
}

function classify(mention: OfferMention, text: string): void {
  const before = sentenceBefore(text, mention.start);
  const after = sentenceAfter(text, mention.end);
  for (const [kind, rule, re] of BEFORE_RULES) {
    if (re.test(before)) {
      mention.kind = kind;
      mention.rule = rule;
      return;
    }
  }
  for (const [kind, rule, re] of AFTER_RULES) {
    if (re.test(after)) {
      mention.kind = kind;
      mention.rule = rule;
      return;
    }
  }
}

const WINDOW = 80;

/** Up to WINDOW characters before `at`, cut at the last sentence boundary. */
function sentenceBefore(text: string, at: number): string {
  const chunk = text.slice(Math.max(0, at - WINDOW), at);
  const cut = Math.max(...['. ', '? ', '! ', '; ', '\n', '—', ' - '].map((s) => chunk.lastIndexOf(s)));
  return cut < 0 ? chunk : chunk.slice(cut + 1);
}

/** Up to WINDOW characters after `at`, cut at the next sentence boundary. */
function sentenceAfter(text: string, at: number): string {
  const chunk = text.slice(at, at + WINDOW);
  const cuts = ['. ', '?', '!', ';', '\n'].map((s) => chunk.indexOf(s)).filter((i) => i >= 0);
  return cuts.length === 0 ? chunk : chunk.slice(0, Math.min(...cuts));
}
