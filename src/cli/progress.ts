// Progress on stderr for long comparisons, only when stderr is a terminal; silent
// otherwise (pipes, CI logs, files). cli-progress draws the bar.
import cliProgress from 'cli-progress';
import type { Writable } from './io.js';
import { STAGES, STAGE_DOING as DOING } from '../timings.js';

type Stage = (typeof STAGES)[number];

/** Inputs smaller than this (bytes, both sides together) finish before a bar is worth drawing. */
export const PROGRESS_THRESHOLD = 1_500_000;

export interface Progress {
  stage(name: string): void;
  stop(): void;
}

const silent: Progress = { stage: () => undefined, stop: () => undefined };

export function stageProgress(stream: Writable, show: boolean): Progress {
  if (!show || !stream.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    { stream: stream as unknown as NodeJS.WritableStream, format: 'wtdiff {bar} {value}/{total} {stage}', hideCursor: true, clearOnComplete: true, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(STAGES.length, 0, { stage: DOING.read });
  let done = 0;
  let stopped = false;
  return {
    stage(name) {
      const i = STAGES.indexOf(name as Stage);
      if (i < 0) return;
      done = Math.max(done, i);
      bar.update(done, { stage: DOING[name as Stage] });
      // Stages run synchronously and block the bar's timer: draw the new stage's name now, or
      // the bar would sit on the first stage for most of a long run and look hung.
      bar.render();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.update(STAGES.length, { stage: 'done' });
      bar.stop();
    },
  };
}
