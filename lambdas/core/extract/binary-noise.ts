/**
 * Text that is really bytes: binary data served as text/html or pasted by
 * mistake decodes to runs of control characters and U+FFFD. Prose has
 * (almost) none, so a paragraph where they pass a small share is noise, not
 * story, and must not count as words.
 */
const NOISE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g;

/** Share of noise characters above which a paragraph is taken as binary garbage. */
const MAX_NOISE_SHARE = 0.01;

export function isBinaryNoise(text: string): boolean {
  const noise = text.match(NOISE_CHARS)?.length ?? 0;
  return noise > 0 && noise > text.length * MAX_NOISE_SHARE;
}
