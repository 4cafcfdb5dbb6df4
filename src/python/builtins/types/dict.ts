/**
 * The native methods of the builtin dict type(s).
 */
export {};
