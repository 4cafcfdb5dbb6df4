/**
 * The swimlane chart: the `Timeline` component and the pieces it is made of, for
 * pages and benchmarks that need them.
 */
export { Timeline } from "./Timeline";
export type { TimelineProps } from "./Timeline";
export { SwimlaneRenderer } from "./renderer";
export type { RendererInput } from "./renderer";
