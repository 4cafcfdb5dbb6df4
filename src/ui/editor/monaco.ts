// Monaco, bundled from node_modules (no CDN), with Python highlighting and the
// editing features a playground needs. Only the files of this folder import this
// module, and the page loads that lazily, so none of it is in the first chunk.
// Each feature costs gzip bytes (hover ~88 KiB, kept for diagnostic messages;
// clipboard menu actions ~27 KiB and multicursor ~21 KiB are left out: copy and
// paste by keyboard work without them).
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/wordOperations/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
