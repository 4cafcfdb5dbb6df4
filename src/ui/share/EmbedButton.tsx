import { useState } from "react";
import { EmbedDialog } from "./EmbedDialog";

/** An "Embed" button that opens the {@link EmbedDialog} for `code`. */
export function EmbedButton({ code, embedPage }: { readonly code: string; readonly embedPage?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="copy-link__button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Embed
      </button>
      {open && <EmbedDialog code={code} embedPage={embedPage} onClose={() => setOpen(false)} />}
    </>
  );
}
