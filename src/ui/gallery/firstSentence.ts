/**
 * The first sentence of an explanation, for a one-line gist: up to the first `.`,
 * `!` or `?` that a space follows (a dot inside a name such as `gen.sleep` has
 * none), the whole text when there is none.
 */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s)/.exec(text);
  return end === null ? text : text.slice(0, end.index + 1);
}
