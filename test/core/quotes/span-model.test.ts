import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { findQuoteSpans } from '../../../lambdas/core/quotes/marks';
import { analyzeMentions } from '../../../lambdas/core/quotes/mentions';
import { quoteContexts } from '../../../lambdas/core/quotes/quote-context';
import { handRulesDrop, handRulesKeep, isScareQuote, scareRule } from '../../../lambdas/core/quotes/scare-quotes';
import { SPAN_FEATURE_NAMES, type SpanEvidence, spanFeatures } from '../../../lambdas/core/quotes/span-features';
import { isQuotation, quotationProbability, SPAN_MODEL, type SpanModel } from '../../../lambdas/core/quotes/span-model';
import { tokenize } from '../../../lambdas/core/quotes/tokens';
import { layoutBody } from '../../../lambdas/core/sentences';

/** A partial quote in reported speech with a cue of its own; each test changes what it is about. */
function evidence(over: Partial<SpanEvidence> = {}): SpanEvidence {
  return {
    text: 'a fair deal for families',
    single: false,
    partial: true,
    cue: 'before',
    sentenceHasCue: true,
    paragraphHasCue: true,
    cueRightBefore: false,
    wordsBefore: ['budget', 'was', 'a'],
    textBefore: 'said the budget was ',
    textAfter: '. The council voted',
    timesQuoted: 1,
    paragraphInitial: false,
    listedAfterTerm: false,
    continuesQuotation: false,
    usedWithoutMarks: false,
    inCueClause: true,
    speechFrame: false,
    withinLongerQuote: false,
    ...over,
  };
}

/** The evidence quote-context.ts reads for each span of these invented paragraphs, and whether it kept it. */
function read(...paragraphs: string[]): { text: string; e: SpanEvidence; kept: boolean }[] {
  const article = layoutBody(paragraphs);
  const spans = findQuoteSpans(article);
  const tokens = tokenize(article, spans);
  const out: { text: string; e: SpanEvidence; kept: boolean }[] = [];
  quoteContexts(article.body, spans, tokens, analyzeMentions(tokens), SPAN_MODEL, (_q, e, kept) =>
    out.push({ text: e.text, e, kept }),
  );
  return out;
}

const feature = (e: SpanEvidence, name: string) => {
  const k = SPAN_FEATURE_NAMES.indexOf(name);
  expect(k, name).toBeGreaterThanOrEqual(0);
  return spanFeatures(e)[k];
};

describe('span features', () => {
  it('buckets the word count: one bucket fires, none for thirteen words or more', () => {
    const buckets = ['one word', 'two words', 'three words', 'four to six words', 'seven to twelve words'];
    const fired = (text: string) => buckets.filter((b) => feature(evidence({ text }), b) === 1);
    expect(fired('cheap')).toEqual(['one word']);
    expect(fired('deeply concerned')).toEqual(['two words']);
    expect(fired('a fair deal for families')).toEqual(['four to six words']);
    expect(fired('one two three four five six seven eight nine ten eleven twelve thirteen')).toEqual([]);
  });

  it('reads verbs and first-person words with curly apostrophes as with straight ones', () => {
    expect(feature(evidence({ text: 'we won’t back down' }), 'an auxiliary or modal verb inside')).toBe(1);
    expect(feature(evidence({ text: 'I’m not leaving' }), 'first or second person inside')).toBe(1);
    expect(feature(evidence({ text: 'a fair deal' }), 'an auxiliary or modal verb inside')).toBe(0);
    expect(feature(evidence({ text: 'a fair deal' }), 'first or second person inside')).toBe(0);
  });

  it('tells a title from a sentence-initial capital', () => {
    expect(feature(evidence({ text: 'The Long Winter,' }), 'title case, two words or more')).toBe(1);
    expect(feature(evidence({ text: 'The plan will fail.' }), 'title case, two words or more')).toBe(0);
    expect(feature(evidence({ text: 'The plan will fail.' }), 'first word capitalised')).toBe(1);
  });

  it('reads the word before the mark: possessive, naming verb, determiner', () => {
    expect(feature(evidence({ textBefore: "told the station's " }), 'a possessive right before')).toBe(1);
    expect(feature(evidence({ textBefore: 'said the budget was ' }), 'a possessive right before')).toBe(0);
    expect(
      feature(evidence({ wordsBefore: ['a', 'show', 'called'] }), 'a naming verb right before ("called", "dubbed")'),
    ).toBe(1);
    expect(feature(evidence({ wordsBefore: ['budget', 'was', 'a'] }), 'a determiner right before')).toBe(1);
  });

  it('a sentence ending at the closing mark, inside or outside it', () => {
    expect(
      feature(evidence({ text: 'a fair deal.', textAfter: ' The council' }), 'the sentence ends at the closing mark'),
    ).toBe(1);
    expect(
      feature(evidence({ text: 'a fair deal', textAfter: '. The council' }), 'the sentence ends at the closing mark'),
    ).toBe(1);
    expect(
      feature(evidence({ text: 'a fair deal', textAfter: ' that pleased' }), 'the sentence ends at the closing mark'),
    ).toBe(0);
  });
});

describe('the evidence read around the marks (quote-context.ts)', () => {
  it('a phrase the reporter also writes without marks, and one inside a longer quotation', () => {
    const spans = read(
      'The "green belt" has shrunk. Builders want the green belt opened.',
      '"Our town needs a fair deal for families now," Varga said. She later repeated her call for "a fair deal for families".',
    );
    const belt = spans.find((s) => s.text === 'green belt')!;
    const deal = spans.find((s) => s.text === 'a fair deal for families')!;
    expect(belt.e.usedWithoutMarks).toBe(true);
    expect(belt.e.withinLongerQuote).toBe(false);
    expect(deal.e.withinLongerQuote).toBe(true);
    expect(deal.e.usedWithoutMarks).toBe(false);
  });

  it('a cue in the paragraph but not in the sentence, and the clause of a cue', () => {
    const [first, second, third] = read(
      'Okafor spoke on Monday. The offer was "an insult to every nurse", in her view.',
      'The union said the offer was "too little, too late" for its members.',
      'The union said the offer, after a long night of talks, was "too little, too late" for its members.',
    );
    expect(first!.e.sentenceHasCue).toBe(false);
    expect(first!.e.paragraphHasCue).toBe(true);
    expect(second!.e.cue).toBe('before');
    expect(second!.e.inCueClause).toBe(true);
    expect(third!.e.cue).toBe('before');
    expect(third!.e.inCueClause).toBe(false);
  });

  it('a speech frame without a cue verb: a speech noun and "that", a describing verb and "as" (not a participle after a noun)', () => {
    const spans = read(
      'Varga stood by her remark on Monday that "nurses deserve better" at the hearing.',
      'Okafor routinely casts herself as a "budget hawk" in town meetings.',
      'Planners floated the idea that "green corridors" would cut traffic.',
      'The council backed a plan portrayed as "a lifeline" for shops.',
      'The council backed a scheme which Okafor portrayed as "a lifeline" for shops.',
    );
    expect(spans.map((s) => [s.text, s.e.speechFrame, s.kept])).toEqual([
      ['nurses deserve better', true, true],
      ['budget hawk', true, true],
      ['green corridors', false, false],
      ['a lifeline', false, false],
      ['a lifeline', true, true],
    ]);
  });

  it('a short phrase listed right after a term', () => {
    const spans = read('Words such as "affect" and "effect" confuse readers, the editor said.');
    expect(spans.map((s) => [s.text, s.e.listedAfterTerm, s.kept])).toEqual([
      ['affect', false, false],
      ['effect', true, false],
    ]);
  });

  it('a short phrase listed after a term with "or even"', () => {
    const spans = read('Pocket reporting has been called "street news" or even "mob writing", an editor said.');
    expect(spans.map((s) => [s.text, s.e.listedAfterTerm, s.kept])).toEqual([
      ['street news', false, false],
      ['mob writing', true, false],
    ]);
  });
});

describe('the hand rules (scare-quotes.ts)', () => {
  it.each([
    ['a term marker', { wordsBefore: ['the', 'so-called'], text: 'peace dividend' }],
    ['a title', { text: 'The Long Winter' }],
    ['a short phrase quoted again', { text: 'fair deal', timesQuoted: 2 }],
    ['a short phrase in a sentence without a cue', { text: 'fair deal', sentenceHasCue: false }],
    ['a short phrase listed after a term', { text: 'effect', listedAfterTerm: true }],
    [
      'a nickname between two names',
      { text: 'Magic', textBefore: 'guard Earvin ', textAfter: ' Johnson said', wordsBefore: ['guard', 'earvin'] },
    ],
  ])('drop %s', (_name, over) => {
    expect(isScareQuote(evidence(over))).toBe(true);
    expect(handRulesKeep(evidence(over))).toBe(false);
  });

  it('name the rule that drops a span (eval:quotes-errors counts by it)', () => {
    expect(scareRule(evidence({ text: 'The Long Winter' }))).toBe('title case');
    expect(scareRule(evidence({ text: 'fair deal', sentenceHasCue: false }))).toBe(
      'a short phrase, no cue in its sentence',
    );
    expect(handRulesDrop(evidence({ single: true, cue: 'none' }))).toBe('single marks without a cue of their own');
    expect(handRulesDrop(evidence())).toBeUndefined();
  });

  it('read a capitalised phrase with a lower-case pronoun or "is" as a sentence, not a title', () => {
    expect(scareRule(evidence({ text: 'Thank you Georgia' }))).toBeUndefined();
    expect(scareRule(evidence({ text: 'Thank You Georgia' }))).toBe('title case');
    expect(scareRule(evidence({ text: 'Sanders Is Coming' }))).toBe('title case');
  });

  it('keep a partial quote with its cue; single marks only with a cue or as the next sentence', () => {
    expect(handRulesKeep(evidence())).toBe(true);
    expect(handRulesKeep(evidence({ single: true, cue: 'none' }))).toBe(false);
    expect(handRulesKeep(evidence({ single: true, cue: 'none', continuesQuotation: true }))).toBe(true);
    expect(handRulesKeep(evidence({ single: true, text: 'two words', inCueClause: false }))).toBe(false);
  });

  it('keep a short partial in single marks when its cue opens its clause, unless a possessive names a thing', () => {
    // "Arjun Patil said the opposition was ‘rattled’".
    expect(handRulesKeep(evidence({ single: true, text: 'rattled', textBefore: 'said the opposition was ' }))).toBe(
      true,
    );
    // "an article about India's 'angadias'".
    expect(handRulesKeep(evidence({ single: true, text: 'angadias', textBefore: "article about India's " }))).toBe(
      false,
    );
  });
});

describe('isQuotation: the hand rules, and the model where they drop', () => {
  /** All weights zero but the bias: the model's probability is the logistic of the bias. */
  const flat = (bias: number, threshold: number): SpanModel => ({
    features: SPAN_FEATURE_NAMES,
    weights: SPAN_FEATURE_NAMES.map((n) => (n === 'bias' ? bias : 0)),
    threshold,
  });
  const term = evidence({ wordsBefore: ['the', 'phrase'], text: 'peace dividend', cue: 'none' });

  it('marks around no word quote nobody, whatever the model says', () => {
    expect(isQuotation(evidence({ text: '…' }), flat(10, 0.5))).toBe(false);
  });

  it('keeps what the rules keep even when the model doubts it', () => {
    expect(isQuotation(evidence(), flat(-10, 0.5))).toBe(true);
  });

  it('keeps a span the rules drop only at or above the threshold', () => {
    expect(quotationProbability(term, flat(0, 0.5))).toBeCloseTo(0.5);
    expect(isQuotation(term, flat(0, 0.5))).toBe(true);
    expect(isQuotation(term, flat(0, 0.51))).toBe(false);
  });

  it('leaves the model no say over a name given in the passive, unless its agent follows: "has been called "…" (by X)"', () => {
    const named = evidence({ wordsBefore: ['has', 'been', 'called'], text: 'open source news', cue: 'none' });
    expect(isQuotation(named, flat(10, 0.5))).toBe(false);
    expect(isQuotation({ ...named, textAfter: '" by Ana Lenz, a professor' }, flat(10, 0.5))).toBe(true);
  });

  it('leaves the model no say after "so-called": the reporter keeps the word at a distance', () => {
    const sure = flat(10, 0.5);
    expect(isQuotation(evidence({ wordsBefore: ['the', 'so-called'], text: 'reforms', cue: 'none' }), sure)).toBe(
      false,
    );
    expect(isQuotation(evidence({ wordsBefore: ['the', 'so', 'called'], text: 'reforms', cue: 'none' }), sure)).toBe(
      false,
    );
    expect(isQuotation(evidence({ wordsBefore: ['the', 'phrase'], text: 'reforms', cue: 'none' }), sure)).toBe(true);
  });

  it('leaves the model no say over a naming participle after a noun: "a website called "…"", "the charger, nicknamed "…""', () => {
    const sure = flat(10, 0.5);
    const named = (wordsBefore: string[], textBefore: string) =>
      isQuotation(evidence({ wordsBefore, textBefore, text: 'power leeches', cue: 'none' }), sure);
    expect(named(['sells', 'chargers', 'called'], 'The firm sells chargers called ')).toBe(false);
    expect(named(['the', 'charger', 'nicknamed'], 'the humble charger, nicknamed ')).toBe(false);
    // Someone did the naming: a subject, a name, a relative pronoun, an inserted phrase before the verb.
    expect(named(['which', 'she', 'called'], 'over what she called ')).toBe(true);
    expect(named(['ana', 'lenz', 'called'], 'which Ana Lenz called ')).toBe(true);
    expect(named(['ana', 'lenz', 'called'], 'which Ana Lenz, called ')).toBe(true);
    expect(named(['for', 'one', 'called'], 'Ana Lenz, for one, called ')).toBe(true);
  });

  it('with the committed model, things named by a participle stay terms; what a person called them is quoted', () => {
    const article = layoutBody([
      'Chargers left plugged in waste power. The worst culprit, according to the agency, is the humble charger, nicknamed "power leeches". They sit in every home.',
      'The firm sells cheap plugs. Its best seller, according to the agency, is a plug called "socket vampires" that never switches off.',
      'Ana Lenz, the agency head, said the firm had ignored what she called "a scandal of waste".',
    ]);
    expect(findQuotes(article).quotes.map((q) => q.text)).toEqual(['a scandal of waste']);
  });

  it('the committed weights are fitted to these features, with a threshold above one half', () => {
    expect(SPAN_MODEL.features).toEqual(SPAN_FEATURE_NAMES);
    expect(SPAN_MODEL.weights).toHaveLength(SPAN_FEATURE_NAMES.length);
    expect(SPAN_MODEL.threshold).toBeGreaterThan(0.5);
    expect(SPAN_MODEL.threshold).toBeLessThan(1);
  });

  it('with the committed model, "what it called …" is a quotation though "called" marks terms', () => {
    const article = layoutBody(['The board rejected what it called "a reckless gamble" with public money.']);
    expect(findQuotes(article).quotes.map((q) => q.text)).toEqual(['a reckless gamble']);
  });

  it('with the committed model, a so-called term and a title stay terms', () => {
    const article = layoutBody([
      'The so-called "peace dividend" never arrived, the minister said.',
      'Tickets for "The Long Winter" sold out in an hour.',
    ]);
    expect(findQuotes(article).quotes).toEqual([]);
  });
});
