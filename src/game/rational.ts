/**
 * Exact rational numbers as BigInt fractions, for equilibrium computation without rounding.
 * A {@link Rational} is plain data: `num / den` with `den > 0` and gcd(num, den) = 1, so two
 * equal rationals have equal fields and `ratKey` can be used for deduplication.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const ZERO: Rational = { num: 0n, den: 1n };
const ONE: Rational = { num: 1n, den: 1n };

/** The rational 0. */
export const ratZero = (): Rational => ZERO;
/** The rational 1. */
export const ratOne = (): Rational => ONE;

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The reduced fraction num / den.
 * @throws when den is 0 or an argument is a non-integer number.
 * @example ratToString(rational(4, -6)) // '-2/3'
 */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  const n = toBig('rational', 'num', num);
  const d = toBig('rational', 'den', den);
  if (d === 0n) throw new Error(`rational: den is 0 (num ${n})`);
  if (n === 0n) return ZERO;
  const g = gcd(n, d);
  const s = d < 0n ? -1n : 1n;
  return { num: (s * n) / g, den: (s * d) / g };
}

function toBig(fn: string, arg: string, v: bigint | number): bigint {
  if (typeof v === 'bigint') return v;
  if (!Number.isInteger(v)) throw new Error(`${fn}: ${arg} must be an integer, got ${v}`);
  return BigInt(v);
}

/**
 * The exact value of the shortest decimal that prints as `x` (so 0.1 is 1/10, not the binary
 * double nearest to it). Payoffs in this kit are integers or sums of decimal steps like 0.05.
 * @throws when x is not finite.
 * @example ratToString(ratFromNumber(2.05)) // '41/20'
 */
export function ratFromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new Error(`ratFromNumber: x must be finite, got ${x}`);
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return rational(BigInt(x));
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (m === null) throw new Error(`ratFromNumber: cannot parse ${String(x)}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  const e = Number(exp) - frac.length;
  let num = BigInt(int + frac);
  let den = 1n;
  if (e >= 0) num *= 10n ** BigInt(e);
  else den = 10n ** BigInt(-e);
  return rational(sign === '-' ? -num : num, den);
}

/** a + b. */
export function ratAdd(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return rational(a.num + b.num, a.den);
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a - b. */
export function ratSub(a: Rational, b: Rational): Rational {
  return ratAdd(a, { num: -b.num, den: b.den });
}

/** a * b. */
export function ratMul(a: Rational, b: Rational): Rational {
  if (a.num === 0n || b.num === 0n) return ZERO;
  return rational(a.num * b.num, a.den * b.den);
}

/** a / b. @throws when b is 0. */
export function ratDiv(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new Error(`ratDiv: division of ${ratToString(a)} by 0`);
  return rational(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function ratCompare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Sign of a: -1, 0 or 1. */
export function ratSign(a: Rational): -1 | 0 | 1 {
  return a.num < 0n ? -1 : a.num > 0n ? 1 : 0;
}

/** Nearest double to a (exact for |num|, den below 2^53, correctly scaled beyond). */
export function ratToNumber(a: Rational): number {
  const limit = 9007199254740992n;
  if (a.num < limit && a.num > -limit && a.den < limit) return Number(a.num) / Number(a.den);
  const q = a.num / a.den;
  const r = a.num % a.den;
  return Number(q) + Number((r * limit) / a.den) / Number(limit);
}

/** 'num/den', or 'num' for an integer. @example ratToString(rational(2, 3)) // '2/3' */
export function ratToString(a: Rational): string {
  return a.den === 1n ? String(a.num) : `${a.num}/${a.den}`;
}

/** A string key of a rational vector, equal for equal vectors (for deduplication). */
export function ratKey(v: readonly Rational[]): string {
  return v.map(ratToString).join(',');
}
