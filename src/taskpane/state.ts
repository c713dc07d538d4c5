// The task pane's state: what it is doing, what the last check found, and what to tell the user.
import type { Finding, Meeting, Severity, Snapshot } from '../core';
import type { ShownFinding } from './pipeline/messages';

export interface Problem {
  title: string;
  message: string;
  /** What the user can do about it. */
  action: string;
}

export type Notice = { intent: 'success' | 'info' | 'warning'; message: string };

export interface PaneState {
  status: 'idle' | 'working' | 'done';
  stage?: 'reading' | 'checking' | 'writing';
  /** How far the stage is, from 0 to 1, when it can say. */
  done?: number;
  /** `checked`: which check it was (the Generate tab's plans are made from its document, in the worker). */
  result?: { checked: number; snapshot: Snapshot; meeting: Meeting; findings: ShownFinding[] };
  problem?: Problem;
  notice?: Notice;
  shown: Record<Severity, boolean>;
  /** The finding last gone to. */
  selected?: Finding;
}

export type PaneAction =
  | { type: 'start'; stage: 'reading' | 'checking' | 'writing'; done?: number }
  | { type: 'checked'; checked: number; snapshot: Snapshot; meeting: Meeting; findings: ShownFinding[]; notice?: Notice }
  | { type: 'failed'; problem: Problem }
  | { type: 'finished'; notice?: Notice }
  | { type: 'notice'; notice?: Notice }
  | { type: 'toggle'; severity: Severity }
  | { type: 'select'; finding: Finding };

export const initialState: PaneState = { status: 'idle', shown: { error: true, warning: true, info: true } };

export function reduce(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'start':
      return { ...state, status: 'working', stage: action.stage, done: action.done, problem: undefined, notice: undefined };
    case 'checked':
      return { ...state, status: 'done', stage: undefined, done: undefined, result: action, notice: action.notice, selected: undefined };
    case 'failed':
      return { ...state, status: state.result ? 'done' : 'idle', stage: undefined, done: undefined, problem: action.problem };
    case 'finished':
      return { ...state, status: state.result ? 'done' : 'idle', stage: undefined, done: undefined, notice: action.notice };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'toggle':
      return { ...state, shown: { ...state.shown, [action.severity]: !state.shown[action.severity] } };
    case 'select':
      return { ...state, selected: action.finding };
  }
}

/** What the pane says it is doing. */
export const STAGES = { reading: 'Reading the document…', checking: 'Checking…', writing: 'Changing the document…' };

/** The stage, and how far it is when it can say: "Reading the document… 40 %". */
export const stageText = (stage: keyof typeof STAGES, done?: number) => (done === undefined ? STAGES[stage] : `${STAGES[stage]} ${Math.round(done * 100)} %`);
