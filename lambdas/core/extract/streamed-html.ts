/**
 * Pages rendered with streaming server-side rendering (React 18+ Suspense)
 * send the page shell first and each late part as a hidden
 * `<div hidden id="S:n">` near the end of the body, with a small script that
 * moves it into the shell in place of its placeholder `<template id="B:n">`.
 * Without scripts the article body stays hidden and Readability (rightly)
 * skips hidden elements, so these parts are put where the script would put them.
 */

const SEGMENT_ID = /^S:(\d+)$/;

/** Move each streamed segment into its placeholder and unhide it; returns how many were revealed. */
export function revealStreamedSegments(root: ParentNode & Node): number {
  const document = root.ownerDocument ?? (root as unknown as Document);
  let revealed = 0;
  for (const segment of root.querySelectorAll('div[hidden][id^="S:"]')) {
    const n = SEGMENT_ID.exec(segment.getAttribute('id') ?? '')?.[1];
    if (n === undefined) continue;
    const placeholder = document.getElementById(`B:${n}`);
    if (placeholder?.parentNode && !segment.contains(placeholder))
      placeholder.parentNode.replaceChild(segment, placeholder);
    segment.removeAttribute('hidden');
    revealed++;
  }
  return revealed;
}
