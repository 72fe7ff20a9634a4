/**
 * Draft text quoted in the grounding panel without the markdown markers around it (`**bold**`,
 * `~~struck~~`, `code`, "## " or "- " at a line start), so a quote reads as the reviewer sees
 * the rendered draft. Single `*` and `_` stay: they are as often part of an id as emphasis.
 * Only for display; offsets keep pointing into the original text.
 */
export function withoutMarkdownMarkers(text: string): string {
  return text
    .replace(/^[ \t]*(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm, '')
    .replace(/\*\*|__|~~|`/g, '');
}
