import { useCallback, useRef, useState } from 'react';
import { NEW_RECORD } from '../../../db/drafts';
import { useDraftScopes, usePlans } from '../../../db/hooks';
import { duplicatePlan } from '../../../db/library';
import type { Plan } from '../../../domain/types';
import { EmptyState } from '../../../ui/EmptyState';
import { PlanCard } from './PlanCard';
import { PlanEditor } from './PlanEditor';

/** null: the list; otherwise the plan being edited (null plan: a new one). */
type Editing = null | { plan: Plan | null; intro?: string };

export function PlansPanel() {
  const plans = usePlans();
  const drafts = useDraftScopes('plan');
  const [draftsSeen, setDraftsSeen] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const backToList = useRef(false);
  // Back from the editor, focus goes to the list's heading once it is on screen (it may first
  // render a beat later, while the plans are read again), never to the page body.
  const headingRef = useCallback((heading: HTMLHeadingElement | null) => {
    if (heading && backToList.current) {
      backToList.current = false;
      heading.focus();
    }
  }, []);

  if (plans === undefined || drafts === undefined) {
    return <p aria-live="polite">Loading plans…</p>;
  }
  if (!draftsSeen) {
    // The plan left half-written last (new or an edit) comes back open, as it was typed.
    setDraftsSeen(true);
    const latest = drafts.find(
      (scope) => scope === NEW_RECORD || plans.some((p) => p.id === scope),
    );
    if (latest === NEW_RECORD) setEditing({ plan: null });
    else if (latest) setEditing({ plan: plans.find((p) => p.id === latest) ?? null });
  }

  if (editing !== null) {
    return (
      <PlanEditor
        plan={editing.plan}
        intro={editing.intro}
        onDone={(message) => {
          backToList.current = true;
          setStatus(message);
          setEditing(null);
        }}
      />
    );
  }

  async function duplicate(plan: Plan) {
    const copy = await duplicatePlan(plan.id);
    setStatus('');
    setEditing({
      plan: copy,
      intro: `A copy of "${plan.name}" is now among your plans. Change it below and save, or cancel to keep it as it is.`,
    });
  }

  const current = plans.filter((p) => !p.retired);
  const retired = plans.filter((p) => p.retired);
  const card = (plan: Plan) => (
    <PlanCard
      key={plan.id}
      plan={plan}
      hasDraft={drafts.includes(plan.id)}
      onEdit={(p) => setEditing({ plan: p })}
      onDuplicate={duplicate}
    />
  );
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading" ref={headingRef} tabIndex={-1}>
        Plans
      </h2>
      <p className="muted">
        A plan is the running order of a huddle. Built-in plans cannot be changed: duplicate one to
        make your own version, or start a new plan.
      </p>
      <p>
        <button type="button" onClick={() => setEditing({ plan: null })}>
          New plan
        </button>
      </p>
      <p className="status-text" role="status">
        {status}
      </p>
      {current.length === 0 ? (
        <EmptyState title="No plans to offer">
          <p>Start a new plan above, or restore a retired one below.</p>
        </EmptyState>
      ) : (
        <ul className="card-list plan-list" aria-label="Plans">
          {current.map(card)}
        </ul>
      )}
      {retired.length > 0 && (
        <details className="fold">
          <summary>Retired plans ({retired.length})</summary>
          <ul className="card-list plan-list" aria-label="Retired plans">
            {retired.map(card)}
          </ul>
        </details>
      )}
    </section>
  );
}
