import { Presets, SingleBar } from "cli-progress";

export type PhaseProgress<Phase extends string> = {
  onProgress(done: number, total: number, phase: Phase): void;
  stop(): void;
};

/**
 * Progress of a phased import: a bar per phase on a terminal (cli-progress draws on stderr),
 * a line every ~10% and at the end of each phase in logs and CI.
 */
export function phaseProgress<Phase extends string>(
  labels: Record<Phase, string>,
  unit = "",
): PhaseProgress<Phase> {
  const width = Math.max(...Object.values<string>(labels).map((label) => label.length));
  const label = (phase: Phase) => labels[phase].padEnd(width);
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: `{phase} [{bar}] {percentage}% | {value}/{total}${unit} | {eta}s left` },
      Presets.shades_classic,
    );
    let current: Phase | undefined;
    return {
      onProgress(done, total, phase) {
        if (phase !== current) {
          if (current) bar.stop();
          current = phase;
          bar.start(total, 0, { phase: label(phase) });
        }
        bar.update(done);
      },
      stop: () => bar.stop(),
    };
  }
  let last = "";
  return {
    onProgress(done, total, phase) {
      const step = `${phase}:${total ? Math.floor((done / total) * 10) : 10}`;
      if (step === last && done !== total) return;
      last = done === total ? "" : step;
      console.log(`${labels[phase]}: ${done}/${total}${unit}`);
    },
    stop: () => {},
  };
}
