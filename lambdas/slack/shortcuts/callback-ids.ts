/** The message shortcut's callback_id, as declared in manifest.yml (a file of its own: bolt-app registers it at start-up). */
export const SUMMARIZE_MESSAGE_CALLBACK_ID = 'newsbot_summarize_message';
