// A Generate plan as a section shows it: made in the pipeline's worker from the document of the last check (never on
// the page's thread), made again whenever the user's choices change; nothing while it is being made.
import { useEffect, useState } from 'react';
import { makePlan } from '../pipeline/check';
import type { PlanOf, PlanRequest, ShownChange } from '../pipeline/messages';

export interface Planned<R extends PlanRequest> {
  plan: PlanOf<R>;
  changes: ShownChange[];
}

/** The plan for `request` (kept stable by the caller: a new object asks again), or undefined until it is made. */
export function usePlan<R extends PlanRequest>(checked: number, settings: unknown, request: R | undefined, onProblem: (error: unknown) => void): Planned<R> | undefined {
  const [made, setMade] = useState<{ request: R } & Planned<R>>();
  useEffect(() => {
    if (!request) return;
    let current = true;
    makePlan(checked, settings, request).then(
      (planned) => current && setMade({ request, ...planned }),
      (error: unknown) => current && onProblem(error),
    );
    return () => {
      current = false;
    };
  }, [checked, settings, request, onProblem]);
  return made && made.request === request ? made : undefined;
}
