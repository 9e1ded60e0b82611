/**
 * A Slack message (text + Block Kit) as plain terminal text, for
 * `npm run slack`. Slack's own escapes are undone for reading.
 */
interface Block {
  type?: string;
  text?: { text?: string };
  fields?: Array<{ text?: string }>;
  elements?: Array<{ text?: string | { text?: string }; type?: string; action_id?: string; value?: string }>;
  accessory?: { type?: string; text?: { text?: string } };
}

function unescapeSlack(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function renderMessage(message: { text?: string; blocks?: unknown[]; response_type?: string }): string {
  const lines: string[] = [];
  const blocks = (message.blocks ?? []) as Block[];
  if (!blocks.length && message.text) lines.push(unescapeSlack(message.text));
  for (const block of blocks) {
    if (block.type === 'divider') lines.push('────────');
    if (block.text?.text)
      lines.push(
        unescapeSlack(block.text.text) +
          (block.accessory?.type === 'button' ? `  [${block.accessory.text?.text}]` : ''),
      );
    for (const field of block.fields ?? []) if (field.text) lines.push(unescapeSlack(field.text));
    for (const element of block.elements ?? []) {
      const text = typeof element.text === 'string' ? element.text : element.text?.text;
      if (element.type === 'button') lines.push(`[${text}]`);
      else if (text) lines.push(unescapeSlack(text));
    }
  }
  if (message.response_type === 'in_channel') lines.unshift('(visible to the channel)');
  return lines.join('\n');
}
