// Tdoc spreadsheets as 3GPP and ITU-T secretariats export them: a sheet with a TD# or Tdoc column is a document list,
// a status or comment column beside it is read along, Excel's serial dates come out as dates, and a malformed Tdoc
// number is reported.
import { readFileSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse, type Snapshot } from '../../../src/core';
import { readAnyFile } from '../../../src/io/read';
import { CORPUS } from '../../helpers/shared';

async function read(name: string, bytes: Uint8Array): Promise<Snapshot> {
  const read = await readAnyFile(name, bytes);
  if (!read.ok) throw new Error(read.message);
  return read.value;
}

describe('Tdoc spreadsheets', () => {
  it.each([
    ['a 3GPP Tdoc list', 'Tdoc,Title,Source,Agenda item,Status,Comments\nS2-2001774,SA WG2 #137 Meeting Agenda,SA WG2 Chairman,2,revised,Revised to S2-2002313.\nS2-2002313,SA WG2 #137 Meeting Agenda,SA WG2 Chairman,2,approved,\n', ['S2-2001774', 'S2-2002313']],
    ['an ITU-T TD list', 'TD#,Category,Source,Title\n514,Admin,Chair,Draft agenda\n515,Report,Chair,Report of the meeting\n', ['TD514', 'TD515']],
  ])('reads %s as a document list', async (_, csv, ids) => {
    const { meeting, findings } = analyse(await read('tdocs.csv', strToU8(csv)));
    expect(meeting.documents.map((d) => d.id)).toEqual(ids);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reports a 2020 Tdoc number a digit short (S2-201234) and leaves the well-formed ones alone', async () => {
    const csv = 'Tdoc,Title,Source\nS2-2001234,Agenda,Chairman\nS2-201234,Report,Secretary\n';
    const { findings } = analyse(await read('tdocs.csv', strToU8(csv)));
    expect(findings.filter((f) => f.ruleId === 'ref/malformed-number').map((f) => f.location.text)).toEqual(['S2-201234']);
  });

  it('reads Excel serial dates as dates: the OData v3 schedule\'s Reviewer ETA (format m/d;@) is 2012-03-18, not 40986', async () => {
    const snapshot = await read('Schedule.xlsx', new Uint8Array(readFileSync(`${CORPUS}/more/odata-v3__Schedule.xlsx`)));
    const table = snapshot.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    const column = table.rows[0]!.cells.findIndex((c) => c.paragraphs[0]?.text === 'Reviewer ETA');
    expect(table.rows.slice(1, 6).map((r) => r.cells[column]!.paragraphs[0]?.text ?? '')).toEqual(['2012-03-18', '?', '?', 'Done', '2012-02-22']);
  });
});
