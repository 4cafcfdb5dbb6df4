import { useEffect, useId, useRef } from "react";
import { GALLERY, type GalleryExample } from "../../scenario/gallery";
import { selectOpenScenario, selectSetExample } from "../../state";
import { usePlayground } from "../storeContext";
import { firstSentence } from "./firstSentence";
import "./gallery.css";

const GROUPS: readonly { readonly group: GalleryExample["group"]; readonly heading: string }[] = [
  { group: "blog", heading: "From the 2014 blog post" },
  { group: "beyond", heading: "Beyond it" },
];

/**
 * A modal dialog listing the gallery's examples by group. Choosing one opens it in
 * the editor (the user's own text is set aside, not lost) and shows its explanation
 * beside the chart.
 */
export function ExamplesDialog({ onClose }: { readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const openScenario = usePlayground(selectOpenScenario);
  const setExample = usePlayground(selectSetExample);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const choose = (example: GalleryExample) => {
    openScenario(example.source, `the example "${example.title}" was opened`);
    setExample({ id: example.id, title: example.title, explanation: example.explanation, source: example.source });
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="embed-dialog examples-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <h2 id={`${ids}-title`}>Examples</h2>
      {GROUPS.map(({ group, heading }) => (
        <section key={group} aria-labelledby={`${ids}-${group}`}>
          <h3 id={`${ids}-${group}`}>{heading}</h3>
          <ul className="examples-list">
            {GALLERY.filter((e) => e.group === group).map((e) => (
              <li key={e.id}>
                <button type="button" data-example={e.id} onClick={() => choose(e)}>
                  <span className="examples-list__title">{e.title}</span>
                  <span className="examples-list__gist">{firstSentence(e.explanation)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="embed-dialog__row">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
