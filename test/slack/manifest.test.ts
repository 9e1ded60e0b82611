import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8');

/** The list items under `key:` (a YAML block sequence), comments skipped. */
function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  const indent = lines[start]!.search(/\S/);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith('#') || !line.trim()) continue;
    if (line.search(/\S/) <= indent) break;
    const item = /^\s*-\s+(\S+)/.exec(line);
    if (item) items.push(item[1]!);
  }
  return items;
}

describe('File: manifest.yml', () => {
  it('declares the /news command and interactivity on the same placeholder endpoint', () => {
    expect(manifest).toMatch(/- command: \/news\n/);
    const urls = [...manifest.matchAll(/^\s*(?:url|request_url): (\S+)$/gm)].map((m) => m[1]);
    expect(urls).toEqual(['https://YOUR-ENDPOINT/slack/events', 'https://YOUR-ENDPOINT/slack/events']);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });

  it('asks for only the bot scopes NewsBot uses', () => {
    expect(listUnder('bot')).toEqual(['commands', 'chat:write', 'chat:write.public']);
    expect(manifest).not.toMatch(/^\s+user:/m);
  });

  it('leaves Socket Mode off for the deployed app', () => {
    expect(manifest).toMatch(/socket_mode_enabled: false/);
  });
});
