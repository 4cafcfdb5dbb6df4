// The examples gallery on the page: the Examples button (its dialog loads lazily),
// the opened example's explanation, and the bar offering back a set-aside draft.
export { ExamplesButton } from "./ExamplesButton";
export { ExampleNote } from "./ExampleNote";
export { SetAsideBar } from "./SetAsideBar";
