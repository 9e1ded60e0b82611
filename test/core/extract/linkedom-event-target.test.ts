import { Event as LinkedomEvent, EventTarget, parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../lambdas/core/extract/linkedom-event-target';

/** A "ping" event made by linkedom, typed as the DOM's. */
const ping = (init?: EventInit): Event => new LinkedomEvent('ping', init) as unknown as Event;

const page = (items: number) =>
  `<html><body><ul>${Array.from({ length: items }, (_, i) => `<li class="item"><a href="/p${i}">Item ${i}</a></li>`).join('')}</ul></body></html>`;

describe('linkedom event targets with a listener table made on first listener', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are built without a WeakMap entry each', () => {
    const set = vi.spyOn(WeakMap.prototype, 'set');
    const { document } = parseHTML(page(100));
    document.createElement('p').appendChild(document.createTextNode('built after the parse'));
    // 100 items of an element, an attribute, a link and a text each: linkedom made 400+ entries.
    expect(set.mock.calls.length).toBeLessThan(10);
  });

  it('call listeners on the target and, for bubbling events, its ancestors, in order', () => {
    const { document } = parseHTML(page(2));
    const link = document.querySelector('a')!;
    const seen: string[] = [];
    link.addEventListener('ping', (event: Event) => seen.push(`link ${event.eventPhase}`));
    document.querySelector('ul')!.addEventListener('ping', () => seen.push('list'));
    link.dispatchEvent(ping());
    link.dispatchEvent(ping({ bubbles: true }));
    expect(seen).toEqual(['link 2', 'link 2', 'list']);
  });

  it('drop removed and once listeners, and stop at stopImmediatePropagation', () => {
    const { document } = parseHTML(page(1));
    const item = document.querySelector('li')!;
    const seen: string[] = [];
    const removed = () => seen.push('removed');
    item.addEventListener('ping', removed);
    item.addEventListener('ping', () => seen.push('once'), { once: true });
    item.addEventListener('ping', (event: Event) => {
      seen.push('stopper');
      event.stopImmediatePropagation();
    });
    item.addEventListener('ping', () => seen.push('after the stop'));
    item.removeEventListener('ping', removed);
    item.dispatchEvent(ping());
    item.dispatchEvent(ping());
    expect(seen).toEqual(['once', 'stopper', 'stopper']);
  });

  it('take removals and events on targets that never had a listener', () => {
    const { document } = parseHTML(page(1));
    const text = document.querySelector('a')!.firstChild!;
    expect(() => text.removeEventListener('ping', () => {})).not.toThrow();
    expect(text.dispatchEvent(ping())).toBe(true);
  });

  it('leave the document and plain EventTargets listening as before', () => {
    const { document } = parseHTML(page(1));
    const target = new EventTarget() as unknown as globalThis.EventTarget;
    const seen: string[] = [];
    document.addEventListener('ping', () => seen.push('document'));
    target.addEventListener('ping', () => seen.push('target'));
    document.dispatchEvent(ping());
    target.dispatchEvent(ping());
    expect(seen).toEqual(['document', 'target']);
  });
});
