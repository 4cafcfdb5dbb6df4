/**
 * Performance marks the benchmarks read (bench/edit-latency.ts): `run-trigger` when
 * a run is sent, `run-result` when its result is in the store, and the measure
 * `edit-to-chart` from the trigger to the chart having drawn the result. All carry
 * the run id in `detail`.
 */

/** Marks the moment a run was triggered. */
export function markRunTrigger(id: number, cause: string): void {
  performance.mark("run-trigger", { detail: { run: id, cause } });
}

/** Marks the moment the newest run's result reached the store (before the chart draws it). */
export function markRunResult(id: number): void {
  performance.mark("run-result", { detail: { run: id } });
}

/** Records the time from the newest run's trigger to now, when the chart drew it. */
export function measureChartDrawn(runId: number | null, triggeredAt: number | null): void {
  if (runId === null || triggeredAt === null) return;
  performance.measure("edit-to-chart", { start: triggeredAt, end: performance.now(), detail: { run: runId } });
}
