import { selectNotice, type PlaygroundState } from "../state";
import { usePlayground } from "./storeContext";

const selectSetNotice = (s: PlaygroundState) => s.setNotice;

/** A message about the page itself (the saved draft), until dismissed. */
export function Notice() {
  const notice = usePlayground(selectNotice);
  const setNotice = usePlayground(selectSetNotice);
  if (notice === null) return null;
  return (
    <div className="notice" role="alert">
      <span>{notice}</span>
      <button type="button" className="small-button" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
