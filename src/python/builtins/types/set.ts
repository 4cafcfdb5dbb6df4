/**
 * The native methods of the builtin set type(s).
 */
export {};
