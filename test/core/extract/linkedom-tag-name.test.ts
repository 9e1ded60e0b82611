import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import '../../../lambdas/core/extract/linkedom-tag-name';

describe('tagName and nodeName on linkedom elements', () => {
  it('are the upper-case name in an HTML document, read after read', () => {
    const { document } = parseHTML('<html><body><div><my-widget></my-widget><h2>x</h2></div></body></html>');
    for (let read = 0; read < 3; read++) {
      expect(document.querySelector('div')!.tagName).toBe('DIV');
      expect(document.querySelector('my-widget')!.tagName).toBe('MY-WIDGET');
      expect(document.querySelector('h2')!.nodeName).toBe('H2');
    }
  });

  it('keep the name as written in an XML document', () => {
    const document = new DOMParser().parseFromString('<feed><Entry><title>x</title></Entry></feed>', 'text/xml');
    const entry = document.documentElement.firstElementChild!;
    expect(entry.tagName).toBe('Entry');
    expect(entry.nodeName).toBe('Entry');
    expect(entry.firstElementChild!.tagName).toBe('title');
  });

  it('stay right past the names kept in upper case', () => {
    const names = Array.from({ length: 600 }, (_, i) => `x-tag${i}`);
    const { document } = parseHTML(`<html><body>${names.map((n) => `<${n}></${n}>`).join('')}</body></html>`);
    expect([...document.body.children].map((el) => el.tagName)).toEqual(names.map((n) => n.toUpperCase()));
  });
});
