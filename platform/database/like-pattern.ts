/** Escapes `%`, `_` and `\` so that text is matched literally inside a LIKE or ILIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
