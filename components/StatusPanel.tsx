import type { ComponentChildren } from 'preact';

/** Loading, unreadable, empty and error states: one plain message, announced to screen readers. */
export function StatusPanel(props: {
  kind: 'loading' | 'info' | 'error';
  title: string;
  body?: string;
  children?: ComponentChildren;
}) {
  return (
    <section
      class={`status status-${props.kind}`}
      data-state={props.kind}
      role={props.kind === 'error' ? 'alert' : 'status'}
      aria-busy={props.kind === 'loading' ? 'true' : undefined}
    >
      {props.kind === 'loading' && <span class="spinner" aria-hidden="true" />}
      <h2 class="status-title">{props.title}</h2>
      {props.body && <p class="status-body">{props.body}</p>}
      {props.children}
    </section>
  );
}
