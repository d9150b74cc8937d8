// Public surface of the text layer. Implementations live in sibling modules.
export { detectLanguage } from './language';
export { splitSentences } from './segment';
export { normalizeForMatch } from './normalize';
