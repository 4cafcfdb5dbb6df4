import { lazy, Suspense, useState } from "react";

// The gallery (every example's scenario text) comes in its own chunk, when first asked for.
const ExamplesDialog = lazy(() => import("./ExamplesDialog").then((m) => ({ default: m.ExamplesDialog })));

/** The header's "Examples" button: opens the gallery dialog. */
export function ExamplesButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="copy-link__button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Examples
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExamplesDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
