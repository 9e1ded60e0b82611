/**
 * Class and id names that make Readability throw story text away, rewritten
 * before it runs. Readability weighs an element by words in its class and id
 * ("widget", "social", "comment", "related"…), which works for a theme's own
 * furniture but misleads in two common cases:
 * - Page builders call every content block a widget ("…-widget-text-editor",
 *   "…-widget-heading"): every block of the story weighs as chrome, the
 *   weighted passes find nothing, and Readability parses and scores the whole
 *   page again once or twice before it gives up on class weights (three
 *   passes instead of one). Real sidebar widgets are gone by then: the chrome
 *   pass (chrome-markup.ts) removes asides, sidebars and link farms first.
 * - A heading's id is usually a slug of its own words ("how-shops-use-social-apps-to-sell"),
 *   so a heading about social media or comments is dropped as chrome.
 * So "widget" in a class name becomes "block", and headings lose their ids:
 * the text is what it was, only Readability's reading of the names changes.
 */

const WIDGET = /widget/i;

/** Rewrite the misleading names under `root`; returns how many elements changed. */
export function neutraliseMisleadingNames(root: Element): number {
  let changed = 0;
  for (const el of root.querySelectorAll('[class]')) {
    const name = el.getAttribute('class') ?? '';
    if (!WIDGET.test(name)) continue;
    el.setAttribute('class', name.replace(/widget/gi, 'block'));
    changed++;
  }
  for (const heading of root.querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')) {
    heading.removeAttribute('id');
    changed++;
  }
  return changed;
}
