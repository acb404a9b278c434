/**
 * Samples this process while a phase runs. The realtime server, the database and all the
 * clients share the process, so memory is for all of them together. CPU is how much of
 * one core the process got: well under 100 % with latencies climbing means other work on
 * the machine starved it; near 100 % means the single event loop itself was the limit.
 */
export interface ProcessFigures {
  rssBeforeMb: number;
  rssPeakMb: number;
  heapUsedBeforeMb: number;
  heapUsedPeakMb: number;
  /** User + system CPU time over wall time, in % of one core (a worker thread could push it past 100). */
  cpuPercent: number;
}

const MB = 1024 * 1024;
const SAMPLE_EVERY_MS = 100;

export function startProcessProbe(): { stop(): ProcessFigures } {
  const before = process.memoryUsage();
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  let rssPeak = before.rss;
  let heapPeak = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    rssPeak = Math.max(rssPeak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const cpu = process.cpuUsage(cpuBefore);
      const wallMs = performance.now() - wallBefore;
      return {
        rssBeforeMb: before.rss / MB,
        rssPeakMb: rssPeak / MB,
        heapUsedBeforeMb: before.heapUsed / MB,
        heapUsedPeakMb: heapPeak / MB,
        cpuPercent: wallMs > 0 ? ((cpu.user + cpu.system) / 1000 / wallMs) * 100 : 0,
      };
    },
  };
}
