import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lambdas/core/pipeline';
import { speakerMatches } from '../../../lambdas/core/quotes/speaker-key';
import { sharedPath } from '../../../scripts/shared-data';

/** The seed article in ../shared, read through the whole pipeline as the product reads it. */
const seedDir = sharedPath('seed');
const seedFile = join(seedDir, 'voa-kerry-lavrov.txt');

describe.skipIf(!existsSync(seedDir))('seed article: who said what', () => {
  const record = existsSync(seedFile) ? analyze({ text: readFileSync(seedFile, 'utf8') }) : undefined;
  const quotes = record?.quotes ?? [];
  const find = (test: (text: string) => boolean) => quotes.find((q) => test(q.text));

  it.each([
    ['Kerry', 'moments of disagreement', (t: string) => t.includes('moments of disagreement'), true],
    ['Kerry', 'colliding (partial)', (t: string) => t.startsWith('colliding'), true],
    ['Kerry', 'the hockey paragraph', (t: string) => t.startsWith('Now I think') && t.includes('hockey'), false],
    ['Kerry', 'candid', (t: string) => t === 'candid', true],
    ['Lavrov', 'top priority', (t: string) => t === 'top priority', true],
    ['Hagel', 'very positive', (t: string) => t === 'very positive', true],
    [
      'Carney',
      'We did not see, on a range of fronts',
      (t: string) => t.startsWith('We did not see, on a range of fronts'),
      false,
    ],
  ])('%s said %s', (who, _label, test, partial) => {
    const q = find(test);
    expect(q).toBeDefined();
    expect(q!.speaker).not.toBeNull();
    expect(speakerMatches(who, q!.speaker!)).toBe(true);
    expect(q!.partial).toBe(partial);
    expect(record!.body.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('takes the hockey quote as one whole paragraph', () => {
    const q = find((t) => t.startsWith('Now I think'))!;
    expect(record!.paragraphs[q.paragraph]!.text).toBe(`"${q.text}"`);
  });

  it("answers /news quote kerry with Kerry's quotes and no one else's", () => {
    const kerrys = quotes.filter((q) => q.speaker !== null && speakerMatches('kerry', q.speaker));
    expect(kerrys).toHaveLength(4);
    expect(kerrys.every((q) => q.speaker === 'John Kerry')).toBe(true);
    const others = quotes.filter((q) => !kerrys.includes(q));
    expect(others.some((q) => q.speaker !== null && speakerMatches('kerry', q.speaker))).toBe(false);
  });

  it('lists Kerry once, under his full name, with the forms the article uses', () => {
    const kerry = record!.speakers.find((s) => s.key === 'kerry')!;
    expect(kerry.name).toBe('John Kerry');
    expect(kerry.kind).toBe('person');
    expect(kerry.aliases).toEqual(expect.arrayContaining(['Kerry', 'U.S. Secretary of State John Kerry']));
    expect(kerry.role).toBe('U.S. Secretary of State');
    expect(record!.speakers.filter((s) => s.key === 'kerry')).toHaveLength(1);
  });

  it("credits nobody else, whatever it makes of the headline's quoted word", () => {
    const people = ['Kerry', 'Lavrov', 'Hagel', 'Carney'];
    for (const q of quotes) expect(q.speaker === null || people.some((p) => speakerMatches(p, q.speaker!))).toBe(true);
    expect(quotes).toHaveLength(7);
  });
});
