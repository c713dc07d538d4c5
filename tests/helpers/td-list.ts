// The TSAG TD list of TD514's meeting, as a document register the tests write as CSV or .xlsx: TD667 at Rev 2 (TD514
// cites Rev 1), TD672 withdrawn, TD625 allocated to 4.3 (cited under 4.2), TD700 allocated to 3.1 and cited nowhere,
// TD515 reserved for the report, and TD526 missing.
export const TD_LIST: string[][] = [
  ['TD #', 'Rev', 'Source', 'Title', 'AI', 'Status'],
  ['TD514', '', 'Rapporteur, RG-SOP', 'Agenda, RG-SOP', '1.1', ''],
  ['TD515', '', 'Rapporteur, RG-SOP', 'Reserved for: Report, RG-SOP', '7', 'Reserved'],
  ['TD599', '', 'Rapporteur, RG-IEM', 'Report of Industry Engagement Workshop', '2.1', ''],
  ['TD667', '2', 'Rapporteur, RG-IEM', 'Industry Engagement Proposed Actions sorted by target entities', '2.2', ''],
  ['TD624', '2', 'Rapporteur, RG-IEM', 'Draft updated ITU-T action plan for a vibrant engagement of the industry', '2.3', ''],
  ['TD672', '', 'TSB; ITU/SG/SPM', 'RG-SOP: ITU’s Strategic Plans', '3.1', 'Withdrawn'],
  ['TD665', '', 'TSB', 'RG-SOP: Schedule of meetings', '3.3', ''],
  ['TD497', '', 'TSB', 'Four-year rolling Operational Plan for the Union for 2025-2028', '4.1', ''],
  ['TD625', '', 'TSB', 'ITU-T draft operational plan for 2025-2028 and 2023 performance report', '4.3', ''],
  ['TD552', '', 'ITU Regional Office Directors', 'Contribution of the ITU Regional Offices', '4.3', ''],
  ['TD700', '', 'Director, TSB', 'Inputs to CWG-SFP from the study groups', '3.1', ''],
];

/** Rows as CSV, quoted where a cell needs it. */
export function csvOf(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n')}\n`;
}
