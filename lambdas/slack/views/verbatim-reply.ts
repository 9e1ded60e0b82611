import type { KnownBlock } from '@slack/types';
import { ephemeral, type Reply } from '../command-context';
import { MAX_BLOCKS, SECTION_SAFE, section } from './limits';

/**
 * A text-only reply as verbatim sections. Slack reads a message's top-level
 * text with its automatic parsing on: a bare "bank.example/login" in it becomes
 * a live link and "#general" a channel link. A reply that carries words of a
 * feed (its title), a server (why it was refused) or an article (a speaker's
 * name) is shown from these sections instead; the text stays for
 * notifications. Cut at line ends, so each section stays under Slack's limit.
 */
export function verbatimBlocks(text: string): KnownBlock[] {
  const chunks: string[] = [];
  for (const line of text.split('\n')) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + 1 + line.length <= SECTION_SAFE)
      chunks[chunks.length - 1] = `${last}\n${line}`;
    else chunks.push(line);
  }
  return chunks
    .filter((chunk) => chunk.trim())
    .map(section)
    .slice(0, MAX_BLOCKS);
}

/**
 * An ephemeral reply that carries a feed's, a server's or an article's words, shown from verbatim sections. Here,
 * not beside `ephemeral`: command-context.ts loads at cold start, and this file with the commands that need it.
 */
export function ephemeralVerbatim(text: string): Reply {
  return ephemeral(text, verbatimBlocks(text));
}
