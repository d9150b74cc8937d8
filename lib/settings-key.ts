/** The storage.local key of the user's settings (on its own: the popup's first script reads it without the settings code). */
export const SETTINGS_KEY = 'settings';
