// The sample agenda bundled with the preview: fetched when the user asks for it, or, when the page's address says
// ?sample, as soon as the page starts (start.ts), beside the pipeline's worker.
export const SAMPLE = 'samples/rg-wm-draft-agenda.docx';

/** The sample's bytes. */
export async function fetchSample(): Promise<Uint8Array> {
  const response = await fetch(SAMPLE);
  if (!response.ok) throw new Error(`The sample agenda could not be loaded (${response.status} ${response.statusText}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** With ?sample, the sample asked for as the page starts. */
export const sampleOnLoad = new URLSearchParams(window.location.search).has('sample') ? fetchSample() : undefined;
