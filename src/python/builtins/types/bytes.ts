/**
 * The native methods of the builtin bytes type(s).
 */
export {};
