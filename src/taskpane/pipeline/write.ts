// A plan or a fix written the way the preview writes it, as Word would: into the .docx itself (by the command line's
// writer, touching only what it changes) when the document is one, and into the Snapshot shown. Run in the pipeline
// worker, so writing a 1,700-row list never holds up the page.
import { applyFix, applyPlan, type Plan, type Snapshot } from '../../core';
import { writePlan } from '../../io/docx/rewrite';

/**
 * Written: the document as written (and the .docx, for a document that is one); or stale: the document no longer says
 * what the plan was made from, and nothing was written. For a fix: its edits applied, and those whose text was gone.
 */
export type Written = { applied: number; missing: number } & ({ status: 'written'; snapshot: Snapshot; bytes?: Uint8Array } | { status: 'stale' });

const isDocx = (name: string) => /\.docx$/i.test(name);

/**
 * Writes `plan` into the document read as `snapshot` (from `file`, if it is a file). A fix (`fix` set) is written only
 * if some of its edits still apply; a plan only if all of them do.
 */
export function writeInto(file: { name: string; bytes: Uint8Array } | undefined, snapshot: Snapshot, plan: Plan, fix = false): Written {
  let applied = 0;
  let missing = 0;
  if (fix) {
    ({ applied, missing } = applyFix(snapshot, { title: plan.what, edits: plan.edits }));
    if (applied === 0) return { status: 'written', snapshot, applied, missing };
  }
  let bytes: Uint8Array | undefined;
  if (file && isDocx(file.name)) {
    const written = writePlan(file.bytes, plan);
    if (written.missing > 0) return { status: 'stale', applied, missing: fix ? missing : written.missing };
    bytes = written.bytes;
  }
  return { status: 'written', snapshot: applyPlan(snapshot, plan), ...(bytes ? { bytes } : {}), applied, missing };
}
