/**
 * Seeded random number generation. Every random choice in the kit takes an {@link Rng};
 * `fork(label)` derives an independent stream from the seed and a label (not from the
 * current state), so adding draws to one stream never changes another.
 * Generator: xoshiro128** (Blackman & Vigna, https://prng.di.unimi.it/), seeded by splitmix32.
 */
export interface Rng {
  /** The key this stream was derived from (seed and fork labels), for manifests. */
  readonly key: string;
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). @throws when n is not a positive integer. */
  int(n: number): number;
  /** Index drawn with probability proportional to weights (non-negative, positive sum). */
  categorical(weights: ArrayLike<number>): number;
  /** A uniformly chosen element. */
  choice<T>(items: readonly T[]): T;
  /** Standard normal draw (Box-Muller). */
  normal(): number;
  /** Fisher-Yates shuffle into a new array. */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream derived from this stream's key and label. */
  fork(label: string): Rng;
}

/** FNV-1a 32-bit hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Create a seeded generator. Same seed (or key), same sequence.
 * @throws when seed is not a finite integer or a string.
 * @example createRng(42).int(10) // the same value on every run
 */
export function createRng(seed: number | string): Rng {
  if (typeof seed === 'number' && !Number.isInteger(seed)) {
    throw new Error(`createRng: seed must be an integer or a string, got ${seed}`);
  }
  return makeRng(String(seed));
}

function makeRng(key: string): Rng {
  const init = splitmix32(hashString(key));
  const s = new Uint32Array([init(), init(), init(), init()]);
  if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  };
  const next = (): number => nextU32() / 4294967296;
  const rng: Rng = {
    key,
    next,
    int(n: number): number {
      if (!Number.isInteger(n) || n <= 0) throw new Error(`Rng.int: n must be a positive integer, got ${n}`);
      return Math.floor(next() * n);
    },
    categorical(weights: ArrayLike<number>): number {
      let total = 0;
      for (let i = 0; i < weights.length; i++) {
        const w = weights[i];
        if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`Rng.categorical: weight ${i} is ${w}, expected a finite value >= 0`);
        total += w;
      }
      if (!(total > 0)) throw new Error(`Rng.categorical: weights sum to ${total}, expected > 0`);
      let u = next() * total;
      for (let i = 0; i < weights.length; i++) {
        u -= weights[i];
        if (u < 0) return i;
      }
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
      return weights.length - 1;
    },
    choice<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('Rng.choice: items is empty');
      return items[rng.int(items.length)];
    },
    normal(): number {
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    fork(label: string): Rng {
      return makeRng(`${key}/${label}`);
    },
  };
  return rng;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
