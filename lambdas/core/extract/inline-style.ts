/**
 * A property of an element's inline style, read from its `style` attribute
 * the way linkedom's `element.style` reads it (css-style-declaration.js,
 * `updateKeys`): the attribute split into rules at semicolons, each rule's
 * name and value at its first colon, both trimmed; a rule without a colon,
 * a name or a value is skipped, and a later rule for the same name wins.
 * Names are compared as written ("DISPLAY" is not "display"), as linkedom
 * compares them. "" when the property is not set.
 *
 * Readability asks every element it walks whether its inline style hides it;
 * linkedom answers through a style object (a Proxy over a Map, with a WeakMap
 * entry) built for the element and its attribute parsed into it, a name
 * converted at each read. Here the attribute's text is read directly.
 */
export function inlineStyleValue(style: string, name: string): string {
  let value = '';
  for (const rule of style.split(/\s*;\s*/)) {
    const colon = rule.indexOf(':');
    if (colon < 0 || rule.slice(0, colon).trim() !== name) continue;
    const ruleValue = rule.slice(colon + 1).trim();
    if (ruleValue) value = ruleValue;
  }
  return value;
}

/**
 * Whether an inline style hides its element as Readability's
 * `_isProbablyVisible` tests it: `display` is "none" or `visibility` is
 * "hidden". A style without either word cannot, so it is not split.
 */
export function inlineStyleHides(style: string): boolean {
  if (!style.includes('none') && !style.includes('hidden')) return false;
  return inlineStyleValue(style, 'display') === 'none' || inlineStyleValue(style, 'visibility') === 'hidden';
}
