import type { Entity } from './entities';
import { speaksAsI } from './lexicon/pronouns';
import type { MentionType } from './mentions';
import weights from './confidence-weights.json';

/**
 * How sure the finder is of a quote's speaker, from general evidence about
 * how the speaker was found (never from names or phrases): whether a speech
 * cue in the quote's own sentence names the speaker or the speaker is carried
 * over from earlier, what kind of mention the cue's subject is (a name, a
 * pronoun, a role), how far back the speaker was last mentioned, what kind of
 * entity it is, and whether the quote speaks as "I". An unnamed source ("a
 * spokesman") gets no feature of its own: PolNeAR gives no gold name for those,
 * so the training set would only show it when it is wrong. Nor does the
 * quote's length: PolNeAR leaves one-word quotes out of its gold, so a fitted
 * weight would say nothing about them. A logistic model over
 * these features, fitted on PolNeAR train by `npm run train:quotes`
 * (scripts/train/quotes.ts) and stored in confidence-weights.json.
 */
export interface AttributionEvidence {
  path: 'cue' | 'previous-speaker' | 'introduced';
  /** The mention that carried the cue: a name, a pronoun, a role or an organisation. */
  via: MentionType | null;
  entity: Entity;
  partial: boolean;
  /** Sentences between the quote and the speaker's latest mention before it (0: the same sentence). */
  sentencesBack: number;
  /** Paragraphs between the quote and that mention. */
  paragraphsBack: number;
  /** People and organisations the article names (before the quote). */
  candidates: number;
  quoteText: string;
}

/** Feature names, in the order of the weights file. */
export const FEATURE_NAMES = [
  'bias',
  'path:cue',
  'path:previous-speaker',
  'path:introduced',
  'via:name',
  'via:pronoun',
  'via:role',
  'via:organisation',
  'kind:person',
  'kind:organisation',
  'entity:weak',
  'entity:confirmed',
  'entity:one-word-name',
  'partial',
  'log1p(sentences back)',
  'log1p(paragraphs back)',
  'log1p(candidates)',
  'speaks as I, not a person',
] as const;

export function features(e: AttributionEvidence): number[] {
  return [
    1,
    +(e.path === 'cue'),
    +(e.path === 'previous-speaker'),
    +(e.path === 'introduced'),
    +(e.via === 'name'),
    +(e.via === 'pronoun'),
    +(e.via === 'role'),
    +(e.via === 'organisation'),
    +(e.entity.kind === 'person'),
    +(e.entity.kind === 'organisation'),
    +e.entity.weak,
    +e.entity.confirmed,
    +(e.entity.name.trim().split(/\s+/).length === 1),
    +e.partial,
    Math.log1p(e.sentencesBack),
    Math.log1p(e.paragraphsBack),
    Math.log1p(e.candidates),
    +(e.entity.kind !== 'person' && !e.partial && speaksAsI(e.quoteText)),
  ];
}

export interface ConfidenceModel {
  features: readonly string[];
  weights: readonly number[];
  /** Below this the quote is stored without a speaker. */
  threshold: number;
  /** A card shows a key quote only at or above this. */
  cardThreshold: number;
}

export const MODEL: ConfidenceModel = weights;

export function logistic(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (w[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Probability, by the fitted model, that the speaker is right. */
export function confidence(e: AttributionEvidence, model: ConfidenceModel = MODEL): number {
  return logistic(model.weights, features(e));
}
