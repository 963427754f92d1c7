/**
 * A small builder for mixed-integer models solved by HiGHS (npm `highs`, the Edinburgh solver compiled to
 * WebAssembly, single-threaded and deterministic for the same model and options). The module is loaded once and one
 * native instance is kept for every solve: each solve passes a whole new model into it, so nothing carries over.
 *
 * The rosters' sub-models are small and their linear relaxations are integral or nearly so, while HiGHS' branch-and-cut
 * (presolve, clique table, symmetry, cuts, heuristics) costs about ten times a relaxation in WebAssembly, even at the
 * root. So a solve runs the relaxation first (its optimum is the MIP's when integral, and a bound on it otherwise),
 * dives to an integral roster by fixing fractional columns, and keeps it when it is within the gap of that bound; only
 * otherwise does branch-and-cut run, on the whole model.
 */
import loadHighs, { type Highs, type Model } from 'highs';

let highs: Promise<{ h: Highs; model: Model }> | undefined;

function solver(): Promise<{ h: Highs; model: Model }> {
  highs ??= loadHighs().then((h) => ({ h, model: h.createModel() }));
  return highs;
}

export interface MipSolution {
  values: Float64Array;
  /** Proven optimal within the gap tolerance (false when a limit stopped the search with a feasible roster). */
  optimal: boolean;
}

const INTEGRAL = 1e-6;

/**
 * A tie-break below any weight: interchangeable officers give the relaxation whole faces of optima, whose middle is
 * fractional; a distinct tiny cost per column (the same for the same model) makes its optimum a vertex, mostly integral.
 */
function tieBreak(column: number): number {
  return ((Math.imul(column + 1, 2654435761) >>> 0) % 1000) * 1e-6;
}

export class Mip {
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly integer: (0 | 1)[] = [];
  private readonly rowStarts: number[] = [0];
  private readonly rowIndex: number[] = [];
  private readonly rowValue: number[] = [];
  private readonly rowLower: number[] = [];
  private readonly rowUpper: number[] = [];

  get columns(): number {
    return this.cost.length;
  }

  get rows(): number {
    return this.rowLower.length;
  }

  binary(cost: number): number {
    return this.column(cost + tieBreak(this.cost.length), 0, 1, true);
  }

  column(cost: number, lower: number, upper: number, integer: boolean): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integer.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }

  /** lower ≤ Σ values·x[indices] ≤ upper; the indices of one row must be distinct. */
  row(indices: readonly number[], values: readonly number[] | number, lower: number, upper: number): void {
    for (let k = 0; k < indices.length; k++) {
      this.rowIndex.push(indices[k]!);
      this.rowValue.push(typeof values === 'number' ? values : values[k]!);
    }
    this.rowStarts.push(this.rowIndex.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
  }

  /** The best assignment found, or null when HiGHS found none within the time limit (the caller falls back). */
  async solve(options: { timeLimitSeconds: number; relativeGap: number }): Promise<MipSolution | null> {
    const { h, model } = await solver();
    const inf = h.infinity;
    const clamp = (v: number): number => (v === Infinity ? inf : v === -Infinity ? -inf : v);
    const n = this.cost.length;
    const all = { kind: 'range', from: 0, to: n - 1 } as const;
    model.clearModel();
    model.zeroAllClocks();
    model.options.set({ output_flag: false, time_limit: options.timeLimitSeconds, mip_rel_gap: options.relativeGap, random_seed: 0 });
    model.passModel({
      numCols: n,
      numRows: this.rowLower.length,
      colCost: this.cost,
      colLower: this.lower,
      colUpper: this.upper,
      rowLower: this.rowLower.map(clamp),
      rowUpper: this.rowUpper.map(clamp),
      matrix: { format: 'csr', numRows: this.rowLower.length, numCols: n, starts: this.rowStarts, indices: this.rowIndex, values: this.rowValue },
    });
    const solved = (): Float64Array | null => {
      if (Number(model.info.get('primal_solution_status')) !== h.constants.solutionStatus.feasible) return null;
      const values = model.getSolution().colValue;
      return values.length === n ? Float64Array.from(values) : null;
    };
    const branchAndCut = (): MipSolution | null => {
      model.changeColsIntegrality(all, this.integer);
      model.run();
      const values = solved();
      return values && { values, optimal: model.getModelStatus() === h.constants.modelStatus.optimal };
    };
    const relaxation = (): Float64Array | null => {
      model.run();
      return model.getModelStatus() === h.constants.modelStatus.optimal ? solved() : null;
    };
    const fractional = (x: Float64Array): number => {
      let pick = -1;
      for (let i = 0; i < n; i++) {
        if (this.integer[i] && Math.abs(x[i]! - Math.round(x[i]!)) > INTEGRAL && (pick < 0 || x[i]! > x[pick]!)) pick = i;
      }
      return pick;
    };

    const x = relaxation();
    if (!x) return branchAndCut();
    const bound = model.getObjectiveValue();
    // Dive: fix the most nearly chosen fractional column to 1 and re-solve from the last basis (a few pivots), until
    // the relaxation is integral. That roster is proven when it is within the gap of the first relaxation's bound.
    let dived: Float64Array | null = x;
    for (let pick = fractional(x); pick >= 0; pick = fractional(dived)) {
      model.changeColsBounds({ kind: 'set', indices: [pick] }, [1], [1]);
      dived = relaxation();
      if (!dived) break;
    }
    if (dived) {
      const value = model.getObjectiveValue();
      if (value - bound <= options.relativeGap * Math.max(Math.abs(value), 1)) return { values: dived, optimal: true };
    }
    model.changeColsBounds(all, this.lower, this.upper);
    return branchAndCut() ?? (dived && { values: dived, optimal: false });
  }
}
