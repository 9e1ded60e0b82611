/** A phrase or name as it reads mid-sentence: without the capital that only opened the sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
