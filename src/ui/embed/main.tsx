// The embed page's entry (embed.html): reads the scenario link and the options from
// the address, and renders the compact view made for iframes.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { restoreFromLocation } from "../share/link";
import { EmbedApp } from "./EmbedApp";
import { EmbedSignals } from "./handle";
import { EmbedRunner } from "./runner";
import { readEmbedOptions } from "./params";
import "./embed.css";

const { options } = readEmbedOptions(window.location.search, window.location.hash);
const link = restoreFromLocation(window.location.hash);
const playgroundPage = new URL("index.html", window.location.href).href.replace(/[?#].*$/, "");

// The worker starts loading now, and the autoplay run is queued for it, before React renders.
const runner = new EmbedRunner(options.release);
if (options.autoplay && link.kind === "scenario") runner.run(link.code);
const signals = new EmbedSignals();
signals.report({
  running: runner.getState().status === "running",
  version: 0,
  expectsChart: false,
  code: link.kind === "scenario" ? link.code : "",
});
window.__playgroundEmbed = signals;

const root = document.getElementById("embed-root");
if (!root) throw new Error("embed.html has no #embed-root element");
createRoot(root).render(
  <StrictMode>
    <EmbedApp link={link} options={options} playgroundPage={playgroundPage} signals={signals} runner={runner} />
  </StrictMode>,
);
