// Turns whatever went wrong into what the user reads: what happened, and what to do next.
import { HostError } from '../office/host';
import { UnreadableDocument } from './pipeline/check';
import type { Problem } from './state';

/** `app` is the application the pane runs in ("Word", "Excel"), named when it reports an error. */
export function problemOf(error: unknown, app: string): Problem {
  if (error instanceof UnreadableDocument) {
    return { title: 'Docket cannot read this document', message: error.message, action: 'Fix the file as the message says, then check again.' };
  }
  if (error instanceof HostError) return { title: 'That did not work', message: error.message, action: error.action };
  const office = error as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  if (typeof office.code === 'string') {
    return {
      title: `${app} reported an error`,
      message: `${office.message ?? office.code} (${office.code}${office.debugInfo?.errorLocation ? `, in ${office.debugInfo.errorLocation}` : ''}).`,
      action: 'Try again. If it keeps failing, save the document, close and reopen it, then check again.',
    };
  }
  return {
    title: 'Something went wrong',
    message: error instanceof Error ? error.message : String(error),
    action: 'Try again. If it keeps failing, reload the task pane.',
  };
}
