import { useEffect, useState } from 'preact/hooks';
import type { Claims, Lang } from '../lib/types';
import { LANGS } from '../lib/types';
import { followUpEmail, followUpQuestions } from '../lib/score/questions';
import type { ScoreProfile } from '../lib/score';
import { t } from '../lib/i18n';
import { ENDONYMS, localeTag } from '../lib/i18n/scorecard';

export type CopyText = (text: string) => Promise<void>;

const clipboardCopy: CopyText = (text) => navigator.clipboard.writeText(text);

/**
 * "Ask the vendor": a disclosure with the follow-up questions for what the page leaves open or
 * answers weakly, in a language the buyer picks, and a button that copies them as an e-mail.
 */
export function AskVendor(props: {
  claims: Claims;
  vendor: string;
  profile?: ScoreProfile | string;
  defaultLang: Lang;
  copy?: CopyText;
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  const [lang, setLang] = useState<Lang>(props.defaultLang);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => setLang(props.defaultLang), [props.defaultLang]);

  const questions = followUpQuestions(props.claims, lang, props.profile);
  const copy = async () => {
    try {
      await (props.copy ?? clipboardCopy)(followUpEmail(props.claims, props.vendor, lang, props.profile));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section class="ask-vendor" aria-labelledby="ask-h">
      <h2 id="ask-h">
        <button
          type="button"
          class="disclosure"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="ask-body"
          onClick={() => setOpen(!open)}
        >
          <span class="disclosure-icon" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {t('popup.askHeading', { n: questions.length })}
        </button>
      </h2>
      <div id="ask-body" class="ask-body" hidden={!open}>
        {questions.length === 0 ? (
          <p class="ask-none">{t('popup.askNone')}</p>
        ) : (
          <>
            <p class="ask-intro">{t('popup.askIntro')}</p>
            <ol class="ask-list" lang={localeTag(lang)}>
              {questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ol>
            <div class="ask-actions">
              <label for="ask-lang">{t('popup.emailLang')}</label>
              <select
                id="ask-lang"
                value={lang}
                onChange={(e) => {
                  setLang((e.currentTarget as HTMLSelectElement).value as Lang);
                  setCopied('idle');
                }}
              >
                {LANGS.map((l) => (
                  <option key={l} value={l} lang={localeTag(l)}>{ENDONYMS[l]}</option>
                ))}
              </select>
              <button type="button" class="copy-email primary" onClick={copy}>
                {t('popup.copyEmail')}
              </button>
            </div>
            <p class="copy-feedback" role="status" data-state={copied}>
              {copied === 'copied' && t('popup.copied')}
              {copied === 'failed' && t('popup.copyFailed')}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
