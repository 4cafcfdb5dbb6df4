/**
 * The native methods of the builtin list type(s).
 */
export {};
