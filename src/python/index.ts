/**
 * The handler language: Python compiled to JavaScript, with its object model.
 * Knows nothing of Tornado or time.
 */
export {
  runProgram,
  compileSource,
  createInterpreter,
  execModule,
  formatException,
  formatDiagnostic,
  errorReport,
  finalizeAtExit,
  sourceLineOf,
} from "./run";
export type { RunResult, PyErrorReport, CompileOutcome } from "./run";
export { Interpreter } from "./interp/interpreter";
export type { InterpreterOptions } from "./interp/interpreter";
export { ExecutionHalted } from "./interp/halt";
export type { Diagnostic } from "./ast";
