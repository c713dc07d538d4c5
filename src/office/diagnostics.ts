// The self-test's steps, as Word's and Excel's diagnostics run them: one after another, each timed and said as passed
// (with what it did), failed (with why: the Office error's code when it has one) or not available in this host; and
// the step both run on the settings kept in the file.
import type { DiagnosticStep, SettingsStore } from './host';

export interface DiagnosticSteps {
  readonly steps: DiagnosticStep[];
  /** Runs a step; `available` false (a requirement set this host lacks) says it is not available instead. */
  step: (name: string, available: boolean, run: () => Promise<string>) => Promise<void>;
}

/** The steps of a self-test in `app` ("Word", "Excel"). */
export function diagnosticSteps(app: string): DiagnosticSteps {
  const steps: DiagnosticStep[] = [];
  return {
    steps,
    step: async (name, available, run) => {
      const started = performance.now();
      if (!available) return void steps.push({ name, status: 'unavailable', detail: `Not available with the requirement sets this ${app} has.`, ms: 0 });
      try {
        steps.push({ name, status: 'passed', detail: await run(), ms: Math.round(performance.now() - started) });
      } catch (error) {
        steps.push({ name, status: 'failed', detail: error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error), ms: Math.round(performance.now() - started) });
      }
    },
  };
}

/** Saves a setting beside those `saved` (as they were when the test began) and reads it back; `file` is "document" or "workbook". */
export async function keepSetting(settings: SettingsStore, saved: unknown, file: string): Promise<string> {
  await settings.save({ ...(typeof saved === 'object' ? saved : {}), diagnostics: true });
  if ((settings.load() as { diagnostics?: boolean } | undefined)?.diagnostics !== true) throw new Error('The setting did not read back.');
  return `Saved and read back (kept in the file when the ${file} is saved).`;
}
