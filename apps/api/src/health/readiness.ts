import { Injectable } from '@nestjs/common';

/** Flipped once, when the projections first reach the log head seen at start. */
@Injectable()
export class Readiness {
  private ready = false;

  markReady(): void {
    this.ready = true;
  }

  isReady(): boolean {
    return this.ready;
  }
}
