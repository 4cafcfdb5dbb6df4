// Page entry: creates the store, exposes the test handle, renders the app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createPlaygroundStore } from "./state";
import { App } from "./ui/App";
import { createPlaygroundHandle } from "./ui/playgroundHandle";
import { restoreFromLocation } from "./ui/share";
import { StoreContext } from "./ui/storeContext";
import "./ui/styles.css";

// A share link in the fragment opens its scenario, setting the user's own draft
// aside (the page offers it back); one that cannot be read is reported and the
// draft stays. The fragment is then dropped, so a reload shows the draft (with any
// edits) rather than the link's text again.
const store = createPlaygroundStore();
const dropFragment = () => history.replaceState(history.state, "", window.location.pathname + window.location.search);
const openFragment = () => {
  const link = restoreFromLocation(window.location.hash);
  if (link.kind === "scenario") {
    store.getState().openScenario(link.code, "a shared link was opened");
    store.getState().setExample(null);
  }
  if (link.kind === "error") store.getState().setNotice(link.message);
  if (link.kind !== "none") dropFragment();
};
openFragment();
// A link pasted into the address bar of the open page changes only the fragment.
window.addEventListener("hashchange", openFragment);
const { handle, markReady } = createPlaygroundHandle(store);
window.__playground = handle;

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <StoreContext value={store}>
      <App onEditorReady={markReady} />
    </StoreContext>
  </StrictMode>,
);
