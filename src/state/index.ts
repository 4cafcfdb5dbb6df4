// Public face of the store: views import from here, never from zustand.
export { DEFAULT_CODE } from "./defaultCode";
export {
  DEFAULT_RELEASE,
  TORNADO_RELEASES,
  isTornadoRelease,
  type ScenarioSlice,
  type TornadoRelease,
} from "./scenarioSlice";
export * from "./selectors";
export { createPlaygroundStore, type PlaygroundState, type PlaygroundStore, type StoreOptions } from "./store";
export { effectiveTheme, toggledTheme, type Theme, type ThemeChoice, type UiSlice } from "./uiSlice";
