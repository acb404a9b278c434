// A small deterministic PRNG, so the demo company is the same on every run.

/** mulberry32: 32-bit state, fast, good enough for demo data (not for secrets). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A new independent stream, so adding draws in one place does not shift every other value. */
  fork(salt: number): Random {
    return new Random(Math.floor(this.next() * 4294967296) ^ Math.imul(salt, 0x9e3779b1));
  }

  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick() from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error("weighted() from an empty list");
    return last[0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** Roughly normal noise around 1 (sum of uniforms), clamped to stay positive. */
  noise(spread: number): number {
    const n = (this.next() + this.next() + this.next() - 1.5) / 1.5; // about -1..1
    return Math.max(0.05, 1 + n * spread);
  }
}

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** cuid-shaped ids ("c" + 24 characters) from a seeded stream, so ids are stable across runs. */
export function idFactory(seed: number): () => string {
  const rng = mulberry32(seed);
  return () => {
    let id = "c";
    for (let i = 0; i < 24; i++) id += ID_ALPHABET[Math.floor(rng() * 36)];
    return id;
  };
}
