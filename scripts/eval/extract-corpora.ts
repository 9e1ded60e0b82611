/**
 * The two extraction corpora `eval:extract` reads from ../shared/data at run
 * time (never copied into the repo), as one shape: page ids, the page's URL,
 * its ground-truth article body and a way to read its HTML.
 *
 * - article-extraction-benchmark: 181 news pages (scrapinghub), the set the
 *   post-filters were first fitted on.
 * - extraction-dev-2: 417 article pages from 417 sites (2024–2025), silver
 *   ground truth. Split by a hash of the page id into a tuning half and a
 *   report half: rules are tuned on the tuning half only, and the report half
 *   is printed next to it so a gap shows overfitting.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { decodeBytes } from '../../lambdas/core/decode';

export interface Page {
  id: string;
  url?: string;
  truth: string;
  html: () => string;
}

export interface Corpus {
  name: string;
  dir: string;
  pages: Page[];
}

const GroundTruth = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string().optional() }));
const GroundTruthLine = z.object({ id: z.string(), url: z.string().optional(), articleBody: z.string() });

const readGz = (file: string) => decodeBytes(gunzipSync(readFileSync(file)));

export function benchmarkCorpus(dataDir: string): Corpus | undefined {
  const dir = join(dataDir, 'article-extraction-benchmark');
  if (!existsSync(join(dir, 'ground-truth.json'))) return undefined;
  const truth = GroundTruth.parse(JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')));
  const pages = Object.entries(truth)
    .filter(([id]) => existsSync(join(dir, 'html', `${id}.html.gz`)))
    .map(([id, t]) => ({
      id,
      url: t.url,
      truth: t.articleBody,
      html: () => readGz(join(dir, 'html', `${id}.html.gz`)),
    }));
  return { name: 'article-extraction-benchmark', dir, pages };
}

export function devTwoCorpus(dataDir: string): Corpus | undefined {
  const dir = join(dataDir, 'extraction-dev-2');
  if (!existsSync(join(dir, 'ground-truth.jsonl'))) return undefined;
  const pages = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => GroundTruthLine.parse(JSON.parse(line)))
    .filter((t) => existsSync(join(dir, 'pages', `${t.id}.html.gz`)))
    .map((t) => ({
      id: t.id,
      url: t.url,
      truth: t.articleBody,
      html: () => readGz(join(dir, 'pages', `${t.id}.html.gz`)),
    }));
  return { name: 'extraction-dev-2', dir, pages };
}

/**
 * Which half of extraction-dev-2 a page is in: the first byte of the SHA-256
 * of its id, even for tuning and odd for reporting. A hash rather than id
 * order, so neither half leans on the order pages were collected in.
 */
export function devTwoHalf(id: string): 'tune' | 'report' {
  return createHash('sha256').update(id).digest()[0]! % 2 === 0 ? 'tune' : 'report';
}
