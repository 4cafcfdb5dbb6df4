import { selectDiscardSetAside, selectRestoreSetAside, selectSetAside } from "../../state";
import { usePlayground } from "../storeContext";
import "./gallery.css";

/** Says that the user's text was set aside when a link or an example replaced it, and offers it back. */
export function SetAsideBar() {
  const aside = usePlayground(selectSetAside);
  const restore = usePlayground(selectRestoreSetAside);
  const discard = usePlayground(selectDiscardSetAside);
  if (aside === null) return null;
  const lines = aside.code.split("\n").length;
  return (
    <div className="set-aside" role="status">
      <span>
        Your draft ({lines} {lines === 1 ? "line" : "lines"}) was set aside when {aside.reason}; it is kept until you
        restore or discard it.
      </span>
      <span className="set-aside__actions">
        <button type="button" className="small-button" onClick={restore}>
          Restore draft
        </button>
        <button type="button" className="small-button" onClick={discard}>
          Discard it
        </button>
      </span>
    </div>
  );
}
