import { selectCode, selectShownEvents, type Theme } from "../../state";
import { ExportMenu } from "../export";
import { usePlayground } from "../storeContext";
import { CopyLinkButton } from "./CopyLinkButton";
import { EmbedButton } from "./EmbedButton";

/** The timeline's canvas, for a PNG of exactly what the page shows. */
const chartCanvas = () => document.querySelector<HTMLCanvasElement>(".timeline-pane .tl-host canvas");

/** The page's sharing controls: Copy link, Embed, and the Export menu, for the scenario in the editor. */
export function ShareBar({ theme }: { readonly theme: Theme }) {
  const code = usePlayground(selectCode);
  const events = usePlayground(selectShownEvents);
  return (
    <div className="share-bar">
      <CopyLinkButton code={code} />
      <EmbedButton code={code} />
      <ExportMenu events={events} scenarioText={code} getChartCanvas={chartCanvas} theme={theme} />
    </div>
  );
}
