/** A running sum kept exactly, as a few non-overlapping floating-point parts. */
export interface ExactSum {
  add(value: number): void;
  /** The exact sum, rounded once to the nearest number. */
  value(): number;
}

/**
 * Starts a sum whose result does not depend on the order of the values added, even in its last bits:
 * the sum is kept exactly (Shewchuk's algorithm, as in Python's `math.fsum`) and rounded once at the end.
 *
 * @example
 * const sum = exactSum();
 * for (const value of [0.1, 0.2, 0.3]) sum.add(value);
 * sum.value(); // 0.6, where adding in turn gives 0.6000000000000001
 */
export function exactSum(): ExactSum {
  const parts: number[] = [];
  return {
    add(value) {
      let x = value;
      let kept = 0;
      for (let i = 0; i < parts.length; i++) {
        let y = parts[i]!;
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const high = x + y;
        const low = y - (high - x);
        if (low !== 0) parts[kept++] = low;
        x = high;
      }
      parts.length = kept;
      parts.push(x);
    },
    value() {
      let n = parts.length;
      if (n === 0) return 0;
      let high = parts[--n]!;
      let low = 0;
      while (n > 0) {
        const x = high;
        const y = parts[--n]!;
        high = x + y;
        low = y - (high - x);
        if (low !== 0) break;
      }
      // Round half-way cases the way the exact sum says, not the way the last addition did.
      if (n > 0 && ((low < 0 && parts[n - 1]! < 0) || (low > 0 && parts[n - 1]! > 0))) {
        const y = low * 2;
        const x = high + y;
        if (y === x - high) high = x;
      }
      return high;
    },
  };
}
