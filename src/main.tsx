// Page entry: creates the store, exposes the test handle, renders the app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createPlaygroundStore } from "./state";
import { App } from "./ui/App";
import { createPlaygroundHandle } from "./ui/playgroundHandle";
import { StoreContext } from "./ui/storeContext";
import "./ui/styles.css";

const store = createPlaygroundStore();
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
