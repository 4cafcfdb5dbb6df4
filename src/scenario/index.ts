/**
 * The scenario text format and the share-link codec. A leaf: imports nothing of
 * the project's but trace types (and at present not even those).
 */
export * from "./types";
export { parseScenario, matchDirective, DIRECTIVE_KEYWORDS, DIRECTIVE_SYNTAX } from "./directives";
export type { DirectiveKeyword } from "./directives";
export { setRelease } from "./release";
export { remoteFor, hostOfUrl, defaultRemoteBody } from "./remotes";
export type { ResolvedRemote } from "./remotes";
export {
  VERB_ORDER,
  firstVerb,
  mountPathForClassName,
  defaultRequestPath,
  SNIPPET_MOUNT_PATH,
  SNIPPET_CLASS_NAME,
} from "./discovery";
export type { Verb } from "./discovery";
export { splitLines } from "./lines";
export type { TextLine } from "./lines";
export { encodeShareLink, decodeShareLink, SHARE_VERSION } from "./share";
export type { SharedScenario, ShareLinkError, ShareDecodeResult, JsonValue } from "./share";
export { encodeBase64url, decodeBase64url } from "./base64url";
