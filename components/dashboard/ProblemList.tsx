import type { LoadProblem } from '../../lib/vendors';
import { t } from '../../lib/i18n';

/** Records loadAll could not read: what is wrong, and a way to delete each. */
export function ProblemList(props: { problems: LoadProblem[]; onDelete: (key: string) => void }) {
  if (!props.problems.length) return null;
  return (
    <section class="problems" aria-labelledby="problems-h">
      <h2 id="problems-h">{t('dashboard.problemsHeading')}</h2>
      <p>{t('dashboard.problemsIntro')}</p>
      <ul>
        {props.problems.map((p) => (
          <li key={p.key} data-key={p.key}>
            <code>{p.key}</code>: {p.message}{' '}
            <button type="button" class="delete-record danger" onClick={() => props.onDelete(p.key)}>
              {t('dashboard.deleteRecord')}{' '}
              <span class="sr-only">– {p.key}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
