import { useMemo } from "react";
import { highlightLines } from "./highlight";

/** The scenario text, read-only, highlighted, with line numbers. */
export function HighlightedCode({ code }: { readonly code: string }) {
  const lines = useMemo(() => highlightLines(code.replace(/\n$/, "")), [code]);
  return (
    <pre className="embed-code" aria-label="Scenario code" tabIndex={0}>
      <code>
        {lines.map((tokens, i) => (
          <span className="embed-code__line" key={i}>
            <span className="embed-code__no" aria-hidden="true">
              {i + 1}
            </span>
            {tokens.map((t, j) =>
              t.cls ? (
                <span className={t.cls} key={j}>
                  {t.text}
                </span>
              ) : (
                t.text
              ),
            )}
            {"\n"}
          </span>
        ))}
      </code>
    </pre>
  );
}
