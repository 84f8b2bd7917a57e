import type { ProcessMemory } from '../support/node-inspector';

/** The run's size, as the environment set it. */
export interface BenchSetting {
  subscribers: number;
  owners: number;
  changes: number;
}

/** What the run has measured so far; printed whether it finishes or not. */
export interface Measurements {
  phase: string;
  subscribersLive: number;
  subscriptionErrors: string[];
  clockOffset: { offsetMs: number; uncertaintyMs: number } | null;
  gatewayPid: number | null;
  memoryBefore: ProcessMemory | null;
  memoryWithSubscribers: ProcessMemory | null;
  changesSent: number;
  mutationRoundTrips: number[];
  expectedDeliveries: number;
  delivered: number;
  repeated: number;
  unmatched: number;
  latencies: number[];
}

/**
 * What the run measured, in words: deliveries, latency percentiles, memory per subscriber. With
 * `problem`, says that the run stopped early and why.
 */
export function report(
  measured: Measurements,
  setting: BenchSetting,
  problem: string | null,
): string {
  const { subscribers: SUBSCRIBERS, owners: OWNERS, changes: CHANGES } = setting;
  const lines: string[] = [];
  if (problem !== null) {
    lines.push(`INCOMPLETE while ${measured.phase}: ${problem}. Measured until then:`);
  }
  const errors = measured.subscriptionErrors;
  lines.push(
    `subscribers: ${SUBSCRIBERS} over ${OWNERS} distinct filters, ${measured.subscribersLive} ` +
      `seen live; changes: ${measured.changesSent} of ${CHANGES} sent, each to its own amount`,
    `deliveries: ${measured.delivered} of ${measured.expectedDeliveries} expected, ` +
      `${measured.repeated} repeated, ${measured.unmatched} matching no change, ` +
      `${errors.length} subscription errors${errors.length > 0 ? ` (first: ${errors[0]})` : ''}`,
  );
  if (measured.clockOffset !== null) {
    const { offsetMs, uncertaintyMs } = measured.clockOffset;
    lines.push(
      `delivery latency from each event's occurredAt (database clock as Sales wrote the event, ` +
        `just before its commit; 1 ms resolution) to its arrival in this process, which runs ` +
        `every subscriber; the mutation's HTTP round trip is not included; database clock ` +
        `${offsetMs >= 0 ? '+' : ''}${offsetMs.toFixed(2)} ms from this process's ` +
        `(± ${uncertaintyMs.toFixed(2)} ms), corrected for:`,
      `  ${percentiles(measured.latencies)}`,
    );
  }
  lines.push(
    `mutation HTTP round trip, for comparison: ${percentiles(measured.mutationRoundTrips)}`,
  );
  if (measured.memoryBefore !== null) {
    lines.push(
      `gateway memory, its node process alone (pid ${measured.gatewayPid}, not the tsx ` +
        `launcher), from process.memoryUsage() after full GCs forced through its inspector, ` +
        `before any subscriber and with all subscribers live:`,
      memoryLine(
        measured,
        SUBSCRIBERS,
        'JS heap used + external',
        (used) => used.heapUsed + used.external,
      ),
      memoryLine(measured, SUBSCRIBERS, 'resident set size', (memory) => memory.rss) +
        ' (a GC seldom returns pages, so RSS also holds freed memory)',
    );
  }

  return `${lines.join('\n')}\n`;
}

function memoryLine(
  measured: Measurements,
  subscribers: number,
  label: string,
  bytes: (memory: ProcessMemory) => number,
): string {
  const before = bytes(measured.memoryBefore!);
  const after = measured.memoryWithSubscribers;

  return after === null
    ? `  ${label}: ${mib(before)} before; not measured with subscribers`
    : `  ${label}: ${mib(before)} before, ${mib(bytes(after))} with subscribers: ` +
        `${((bytes(after) - before) / subscribers / 1024).toFixed(1)} KiB per subscriber`;
}

function percentiles(samples: number[]): string {
  if (samples.length === 0) {
    return 'no samples';
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => ms(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);

  return `p50 ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}, max ${ms(sorted.at(-1)!)} (${sorted.length} samples)`;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
