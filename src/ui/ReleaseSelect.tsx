import { isTornadoRelease, selectRelease, selectSetRelease, TORNADO_RELEASES } from "../state";
import { usePlayground } from "./storeContext";

/** Chooses which Tornado release's behaviour a run reproduces, by editing the text's `# tornado:` line. */
export function ReleaseSelect() {
  const release = usePlayground(selectRelease);
  const setRelease = usePlayground(selectSetRelease);
  return (
    <label className="release-select">
      <span>Tornado</span>
      <select
        aria-label="Tornado release"
        value={release}
        onChange={(e) => {
          if (isTornadoRelease(e.target.value)) setRelease(e.target.value);
        }}
      >
        {TORNADO_RELEASES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    </label>
  );
}
