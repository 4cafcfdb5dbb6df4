/**
 * The native methods of the builtin tuple type(s).
 */
export {};
