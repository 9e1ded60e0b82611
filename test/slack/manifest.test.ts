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
  it('declares the /news command, interactivity and the Events API on the same placeholder endpoint', () => {
    expect(manifest).toMatch(/- command: \/news\n/);
    const urls = [...manifest.matchAll(/^\s*(?:url|request_url): (\S+)$/gm)].map((m) => m[1]);
    expect(urls).toEqual(Array(3).fill('https://YOUR-ENDPOINT/slack/events'));
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });

  it('asks for only the bot scopes NewsBot uses', () => {
    expect(listUnder('bot')).toEqual([
      'commands',
      'chat:write',
      'chat:write.public',
      'links:read',
      'links:write',
      'channels:read',
      'groups:read',
    ]);
    expect(manifest).not.toMatch(/^\s+user:/m);
  });

  it('subscribes to the events NewsBot listens to, and no others', () => {
    expect(listUnder('bot_events')).toEqual(['link_shared', 'app_home_opened']);
    expect(manifest).toMatch(/event_subscriptions:\n(?:\s+#.*\n)*\s+request_url: /);
  });

  it('names between one and five unfurl domains, as Slack allows', () => {
    const domains = listUnder('unfurl_domains');
    expect(domains.length).toBeGreaterThanOrEqual(1);
    expect(domains.length).toBeLessThanOrEqual(5);
    for (const domain of domains) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('declares the message shortcut with the callback_id the app listens to, and the Home tab', async () => {
    const { SUMMARIZE_MESSAGE_CALLBACK_ID } = await import('../../lambdas/slack/shortcuts/summarize-message');
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(
      new RegExp(
        `- name: Summarize with NewsBot\\n\\s+type: message\\n\\s+callback_id: ${SUMMARIZE_MESSAGE_CALLBACK_ID}\\n`,
      ),
    );
  });

  it('leaves Socket Mode off for the deployed app', () => {
    expect(manifest).toMatch(/socket_mode_enabled: false/);
  });
});
