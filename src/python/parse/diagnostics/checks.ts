import type { Module } from "../../ast";
import { checkControl } from "./control";
import type { DiagnosticSink } from "./sink";
import { checkSymbols } from "./symtable";
import { checkTargets } from "./targets";

/**
 * The checks CPython makes after parsing, run on the typed tree: assignment targets,
 * the symbol table's rules, and the compiler's context rules. Each reports with
 * CPython's message and the phase CPython would find it in.
 */
export function checkModule(module: Module, sink: DiagnosticSink): void {
  checkTargets(module.body, sink);
  checkSymbols(module.body, sink);
  checkControl(module.body, sink);
}
