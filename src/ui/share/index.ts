/**
 * Sharing: the "Copy link" button, the Embed dialog, and reading the link a page
 * was opened with. The link grammar is the README's "Link grammar".
 */
export { CopyLinkButton } from "./CopyLinkButton";
export type { CopyLinkButtonProps } from "./CopyLinkButton";
export { EmbedButton } from "./EmbedButton";
export { ShareBar } from "./ShareBar";
export { EmbedDialog, defaultEmbedPage } from "./EmbedDialog";
export type { EmbedDialogProps } from "./EmbedDialog";
export { LONG_LINK, restoreFromLocation, shareUrl, splitFragment } from "./link";
export type { PageAddress, RestoredLink, ShareView } from "./link";
export { AUTO_HEIGHT_SCRIPT, EMBED_SANDBOX, HEIGHT_MESSAGE, escapeAttribute, iframeSnippet } from "./snippet";
