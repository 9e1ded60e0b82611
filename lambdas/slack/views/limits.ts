/**
 * Slack's limits on one message: at most 50 blocks, at most 3,000 characters
 * in a section's text, at most 2,000 characters in a button's value. Slack
 * rejects the whole message when one is exceeded, so every view clips here.
 */
import type { ActionsBlock, Button, ContextBlock, MrkdwnElement, SectionBlock } from '@slack/types';
import { textPrefix } from '../../core/text-prefix';

export const MAX_BLOCKS = 50;
export const SECTION_TEXT_LIMIT = 3000;
export const BUTTON_VALUE_LIMIT = 2000;
/** Room left under the section limit for the `…` and mrkdwn added around a clipped text. */
export const SECTION_SAFE = SECTION_TEXT_LIMIT - 100;

/** Cut `text` to `max` characters at a word boundary when one is near, ending with `…`. */
export function clip(text: string, max = SECTION_SAFE): string {
  if (text.length <= max) return text;
  const cut = textPrefix(text, max - 1);
  const space = cut.lastIndexOf(' ');
  // Never cut inside an escape such as `&amp;`, nor inside one of our links or mentions (`<url|label>`,
  // `<@U…>`): drop a trailing partial one. (Text clipped before it is escaped may hold a `<` of its own.)
  const clipped = (space > max * 0.8 ? cut.slice(0, space) : cut)
    .replace(/&[a-z]{0,4}$/i, '')
    .replace(/<(?:https?:|[@!#])[^>]*$/i, '');
  return clipped.trimEnd() + '…';
}

/**
 * Every mrkdwn text is verbatim: Slack otherwise turns bare URLs, #channel
 * names and some @mentions in plain text into live links and pings. An
 * article saying "log in at secure-login.bank.example" must not become a
 * link on another user's card; our own links are written out as `<url|label>`,
 * which verbatim text still renders.
 */
export function mrkdwn(text: string): MrkdwnElement {
  return { type: 'mrkdwn', text: clip(text), verbatim: true };
}

export function section(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

export function context(text: string): ContextBlock {
  return { type: 'context', elements: [mrkdwn(text)] };
}

export function button(text: string, actionId: string, value: string, style?: 'primary'): Button | undefined {
  // A value Slack would refuse means no button rather than a message Slack refuses.
  if (value.length > BUTTON_VALUE_LIMIT) return undefined;
  return {
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

export function actions(elements: Array<Button | undefined>): ActionsBlock | undefined {
  const present = elements.filter((e): e is Button => e !== undefined);
  return present.length ? { type: 'actions', elements: present } : undefined;
}

/** `2026-11-28` from an ISO instant, or undefined when it is not a date. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}
