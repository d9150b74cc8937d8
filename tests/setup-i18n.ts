// Tests switch the UI language synchronously (setUiLang): register every catalog up front, as the
// extension pages would after `loadCatalog`.
import '../lib/i18n/catalogs';
