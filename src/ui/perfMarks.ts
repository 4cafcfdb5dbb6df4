/**
 * Performance marks the benchmarks read (bench/edit-latency.ts): `run-trigger` when
 * a run is sent, and the measure `edit-to-chart` from that moment to the chart
 * having drawn its result. Both carry the run id in `detail`.
 */

/** Marks the moment a run was triggered. */
export function markRunTrigger(id: number, cause: string): void {
  performance.mark("run-trigger", { detail: { run: id, cause } });
}

/** Records the time from the newest run's trigger to now, when the chart drew it. */
export function measureChartDrawn(runId: number | null, triggeredAt: number | null): void {
  if (runId === null || triggeredAt === null) return;
  performance.measure("edit-to-chart", { start: triggeredAt, end: performance.now(), detail: { run: runId } });
}
