/**
 * Corpus programs the engine is known not to match yet: file name (as in
 * `programs/`, `py2/` or `limits/`, e.g. `"042_func_defaults.py"`) to the reason.
 * Every entry must name an existing program and say why it cannot pass; the aim is
 * an empty list.
 */
export const SKIP: Readonly<Record<string, string>> = {};
