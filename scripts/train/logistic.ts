/**
 * A conditional logit (the choice among one quote's candidates, softmax of a
 * linear score) fitted by Newton's method with an L2 penalty: from zero, at
 * most a fixed number of steps (it stops early once a step no longer moves a
 * weight), so the same examples always give the same weights. Plain
 * TypeScript; the models here have a few dozen features, so the Hessian is
 * tiny.
 */
export interface Choice {
  /** Features of each option (a "nobody" option is an all-zero row). */
  xs: readonly (readonly number[])[];
  /** Which options are right (at least one). */
  right: readonly boolean[];
  /** A fixed score added to each option's, not fitted (the part of the score a committed model already gives). */
  offsets?: readonly number[];
}

const ITERATIONS = 30;
/** The penalty unless the caller chooses one (scripts/train/quotes.ts chooses it by cross-validation). */
export const DEFAULT_L2 = 1;
/** A Newton step smaller than this on every weight is converged: the weights are stored to 4 decimals. */
const CONVERGED = 1e-7;

/** Solve A v = b for a symmetric positive definite A (Cholesky). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * y[k]!;
    y[i] = s / l[i]![i]!;
  }
  const v = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k]![i]! * v[k]!;
    v[i] = s / l[i]![i]!;
  }
  return v;
}

/** One option's nonzero features (the rows are sparse: most evidence is 0/1 and absent). */
interface SparseRow {
  at: Int32Array;
  value: Float64Array;
}

/** A choice with its options' rows made sparse once per fit. */
interface Prepared {
  rows: SparseRow[];
  right: readonly boolean[];
  offsets: readonly number[] | undefined;
}

/** The choice's rows as sparse rows over the first n features. */
function prepare(c: Choice, n: number): Prepared {
  const rows = c.xs.map((x) => {
    const at: number[] = [];
    for (let k = 0; k < Math.min(n, x.length); k++) if (x[k] !== 0) at.push(k);
    return { at: Int32Array.from(at), value: Float64Array.from(at, (k) => x[k]!) };
  });
  return { rows, right: c.right, offsets: c.offsets };
}

/** Plain softmax of the options' scores under weights w (each with its fixed offset, if any). */
function softmax(w: readonly number[], rows: readonly SparseRow[], offsets?: readonly number[]): number[] {
  const z = rows.map(({ at, value }, i) => {
    let s = offsets?.[i] ?? 0;
    for (let j = 0; j < at.length; j++) s += value[j]! * w[at[j]!]!;
    return s;
  });
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/**
 * Adds one choice's gradient of -log P(a right option) and the softmax covariance of its features
 * (Σ p·x·xᵀ − m·mᵀ, m = Σ p·x) as the Newton step's curvature: the lower triangle of `hess`.
 */
function accumulate(c: Prepared, w: readonly number[], grad: number[], hess: number[][]): void {
  const n = grad.length;
  const p = softmax(w, c.rows, c.offsets);
  const pRight = p.reduce((s, v, i) => s + (c.right[i] ? v : 0), 0);
  const mean = new Array<number>(n).fill(0);
  c.rows.forEach(({ at, value }, i) => {
    const pi = p[i]!;
    const target = c.right[i] ? pi / pRight : 0;
    for (let j = 0; j < at.length; j++) {
      const a = at[j]!;
      const va = value[j]!;
      grad[a]! += (pi - target) * va;
      mean[a]! += pi * va;
      const row = hess[a]!;
      // `at` is ascending, so at[k] <= a for k <= j: the lower triangle.
      for (let k = 0; k <= j; k++) row[at[k]!]! += pi * va * value[k]!;
    }
  });
  for (let a = 0; a < n; a++) {
    const ma = mean[a]!;
    if (ma === 0) continue;
    const row = hess[a]!;
    for (let b = 0; b <= a; b++) row[b]! -= ma * mean[b]!;
  }
}

/** Sum of -log P(a right option) plus the L2 penalty. */
function objective(choices: readonly Prepared[], w: readonly number[], l2: number): number {
  let loss = 0;
  for (const c of choices) {
    const p = softmax(w, c.rows, c.offsets);
    loss -= Math.log(
      Math.max(
        p.reduce((s, v, i) => s + (c.right[i] ? v : 0), 0),
        1e-300,
      ),
    );
  }
  return loss + (l2 / 2) * w.reduce((s, v) => s + v * v, 0);
}

/**
 * The weights that minimise the choices' -log likelihood plus l2/2 · |w|² (`options.l2`, default
 * DEFAULT_L2). `logLoss` is that objective per choice.
 */
export function fitChoices(
  choices: readonly Choice[],
  n: number,
  options: { l2?: number } = {},
): { weights: number[]; logLoss: number; choices: number } {
  const l2 = options.l2 ?? DEFAULT_L2;
  const prepared = choices.map((c) => prepare(c, n));
  let w = new Array<number>(n).fill(0);
  let current = objective(prepared, w, l2);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const c of prepared) accumulate(c, w, grad, hess);
    for (let i = 0; i < n; i++) {
      grad[i]! += l2 * w[i]!;
      hess[i]![i]! += l2;
      for (let j = 0; j < i; j++) hess[j]![i] = hess[i]![j]!;
    }
    const step = solve(hess, grad);
    // Damped Newton: halve the step until the objective goes down (near-separable features overshoot).
    let scale = 1;
    let moved = 0;
    for (let tries = 0; tries < 20; tries++, scale /= 2) {
      const next = w.map((v, k) => v - scale * step[k]!);
      const value = objective(prepared, next, l2);
      if (Number.isFinite(value) && value <= current) {
        moved = Math.max(...step.map((v) => Math.abs(scale * v)));
        w = next;
        current = value;
        break;
      }
    }
    if (moved < CONVERGED) break;
  }
  return {
    weights: w.map((v) => Math.round(v * 10000) / 10000),
    logLoss: current / Math.max(1, choices.length),
    choices: choices.length,
  };
}
