/**
 * A small builder for mixed-integer models solved by HiGHS (npm `highs`, the Edinburgh solver compiled to
 * WebAssembly, single-threaded and deterministic for the same model and options). The module is loaded once.
 */
import loadHighs, { type Highs } from 'highs';

let highs: Promise<Highs> | undefined;

function solver(): Promise<Highs> {
  highs ??= loadHighs();
  return highs;
}

export interface MipSolution {
  values: Float64Array;
  /** Proven optimal within the gap tolerance (false when a limit stopped the search with a feasible roster). */
  optimal: boolean;
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
    return this.column(cost, 0, 1, true);
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

  async solve(options: { timeLimitSeconds: number; relativeGap: number }): Promise<MipSolution> {
    const h = await solver();
    const inf = h.infinity;
    const clamp = (v: number): number => (v === Infinity ? inf : v === -Infinity ? -inf : v);
    return h.withModel((model) => {
      model.options.set({ output_flag: false, time_limit: options.timeLimitSeconds, mip_rel_gap: options.relativeGap, random_seed: 0 });
      model.passModel({
        numCols: this.cost.length,
        numRows: this.rowLower.length,
        colCost: this.cost,
        colLower: this.lower,
        colUpper: this.upper,
        rowLower: this.rowLower.map(clamp),
        rowUpper: this.rowUpper.map(clamp),
        matrix: { format: 'csr', numRows: this.rowLower.length, numCols: this.cost.length, starts: this.rowStarts, indices: this.rowIndex, values: this.rowValue },
        integrality: this.integer,
      });
      model.run();
      const status = model.getModelStatus();
      const values = model.getSolution().colValue;
      if (values.length !== this.cost.length) throw new Error(`HiGHS found no roster (model status ${status})`);
      return { values: Float64Array.from(values), optimal: status === h.constants.modelStatus.optimal };
    });
  }
}
