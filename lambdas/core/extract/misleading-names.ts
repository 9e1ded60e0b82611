import { classNameOf } from './class-names';
import { elementsWhere } from './linkedom-walk';

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

const HEADING = /^h[1-6]$/;

/** Rewrite the misleading names under `root` (one walk; like a selector, not inside `<template>`); returns how many elements changed. */
export function neutraliseMisleadingNames(root: Element): number {
  let changed = 0;
  for (const el of elementsWhere(root, () => true)) changed += neutraliseMisleadingName(el);
  return changed;
}

/** Whether `el` has a name `neutraliseMisleadingName` would rewrite. */
export function hasMisleadingName(el: Element): boolean {
  return WIDGET.test(classNameOf(el)) || (HEADING.test(el.localName) && el.hasAttribute('id'));
}

/** Rewrite the misleading names of `el`; returns how many it had (0 to 2). */
export function neutraliseMisleadingName(el: Element): number {
  let changed = 0;
  const name = classNameOf(el);
  if (WIDGET.test(name)) {
    el.setAttribute('class', name.replace(/widget/gi, 'block'));
    changed++;
  }
  if (HEADING.test(el.localName) && el.hasAttribute('id')) {
    el.removeAttribute('id');
    changed++;
  }
  return changed;
}
