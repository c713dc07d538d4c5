// readDocument picks the reader from what a file is, and says how it read a text whose encoding it had to tell.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/io/read-document';
import { docx, flatOpcOf, p } from '../helpers/docx';
import { utf16, windows1252 } from '../helpers/encodings';

describe('flat OPC is recognised whatever comes before the package', () => {
  it('reads a package after a long preamble of comments, processing instructions, whitespace and a byte-order mark', () => {
    const flat = flatOpcOf(docx(p('Agenda of the meeting')));
    const preamble = `\ufeff<?xml version="1.0"?>\n${'<!-- a comment that goes on and on -->\n'.repeat(300)}<?mso-application progid="Word.Document"?>${' \n'.repeat(3000)}`;
    const read = readDocument('agenda.xml', strToU8(preamble + flat.replace(/^<\?xml[^>]*\?>/, '')));
    expect(read).toMatchObject({ ok: true, value: { blocks: [{ kind: 'paragraph', text: 'Agenda of the meeting' }] } });
  });

  it('refuses a package with a DOCTYPE, however long its internal subset', () => {
    const flat = flatOpcOf(docx(p('Agenda'))).replace(/^<\?xml[^>]*\?>/, '');
    const doctype = `<!DOCTYPE pkg:package [${'<!ENTITY e "x">'.repeat(500)}]>`;
    expect(readDocument('agenda.xml', strToU8(doctype + flat))).toEqual({ ok: false, message: expect.stringMatching(/DOCTYPE.*refused/) });
  });

  it('still reads other XML as not a Word document', () => {
    const read = readDocument('page.xml', strToU8(`<!-- ${'x'.repeat(10_000)} --><html><body>TD514</body></html>`));
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/not a Word document/) });
  });
});

describe('text agendas in any encoding, said when it is not UTF-8', () => {
  const agenda = 'Réunion – agenda\n1 Opening\n2 TD514 «final»\n';

  it.each([
    ['UTF-8', strToU8(agenda), []],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(agenda)]), []],
    ['UTF-16 LE', utf16(agenda, 'le'), [expect.stringMatching(/UTF-16 \(little-endian\)/)]],
    ['UTF-16 BE', utf16(agenda, 'be'), [expect.stringMatching(/UTF-16 \(big-endian\)/)]],
    ['Windows-1252', windows1252(agenda), [expect.stringMatching(/Windows-1252: the file is not valid UTF-8/)]],
  ])('reads %s', (_, bytes, notes) => {
    const read = readDocument('agenda.txt', bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.value.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['Réunion – agenda', '1 Opening', '2 TD514 «final»']);
    expect(read.notes).toEqual(notes);
  });
});
