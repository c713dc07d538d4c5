// The Office calls a host in Word or Excel uses, injected so that tests can give a fake that behaves as Microsoft
// documents the application: batches of calls in the application's request context, its requirement sets, what
// Docket keeps in the file, and where the application runs.
import type { DocumentRegisterStore, SettingsStore } from './host';

export interface OfficeApi<Context> {
  run<T>(batch: (context: Context) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Checking settings, kept in the file. */
  settings: SettingsStore;
  /** The findings ignored, kept in the file. */
  ignores: SettingsStore;
  /** The meeting's document register, kept in the file. */
  documentRegister: DocumentRegisterStore;
  /** Where the application runs (Office.context.diagnostics), for the self-test's report. */
  about: { platform: string; version: string };
}
