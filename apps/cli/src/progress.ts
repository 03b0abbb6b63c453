/** A one-line progress bar on stderr with rate and ETA; silent when stderr is not a terminal. */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, total: number): void {
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < total) return;
    this.lastDraw = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = done / seconds;
    const fraction = total > 0 ? Math.min(done / total, 1) : 1;
    const eta = rate > 0 ? Math.max(total - done, 0) / rate : 0;
    const width = 30;
    const bar = '#'.repeat(Math.round(fraction * width)).padEnd(width, '.');
    const line = `${this.label} [${bar}] ${(fraction * 100).toFixed(1)}% ${done}/${total} ${Math.round(rate)}/s ETA ${eta.toFixed(0)}s`;
    if (this.out.isTTY) this.out.write(`\r${line}`);
  }

  finish(summary: string): void {
    if (this.out.isTTY) this.out.write('\n');
    this.out.write(`${summary}\n`);
  }
}
