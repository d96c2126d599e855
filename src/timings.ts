// Per-stage milliseconds for --timings (read, parse, align, diff, classify, render), and the
// stages' names for a progress display (the CLI's bar, the browser app's).

export const STAGES = ['read', 'parse', 'align', 'diff', 'classify', 'render'] as const;

/** What a progress display says during each stage. */
export const STAGE_DOING: Record<(typeof STAGES)[number], string> = {
  read: 'reading the inputs',
  parse: 'parsing',
  align: 'aligning sections and paragraphs',
  diff: 'diffing words',
  classify: 'classifying changes',
  render: 'writing the report',
};

export class Timings {
  readonly stages = new Map<string, number>();

  /** Called as each stage starts (the CLI's progress bar listens). */
  constructor(private readonly onStage: (stage: string) => void = () => undefined) {}

  time<T>(stage: string, fn: () => T): T {
    this.onStage(stage);
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  async timeAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
    this.onStage(stage);
    const start = performance.now();
    try {
      return await fn();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  add(stage: string, ms: number): void {
    this.stages.set(stage, (this.stages.get(stage) ?? 0) + ms);
  }

  format(): string {
    const parts = [...this.stages].map(([k, v]) => `${k} ${v.toFixed(1)} ms`);
    return `timings: ${parts.join(', ')}`;
  }
}
