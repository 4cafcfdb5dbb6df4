/**
 * The native methods of the builtin numbers type(s).
 */
export {};
