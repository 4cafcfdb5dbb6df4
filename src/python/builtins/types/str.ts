/**
 * The native methods of the builtin str type(s).
 */
export {};
