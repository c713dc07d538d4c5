// text/placeholder: an unfinished placeholder is left in: "<TBD>", "TBD", "xxx" in a document number ("S2-190xxxx"),
// a time "xx:xx", an action id like "WP2-X", empty parentheses left for a time ("Closure of the meeting ()"), an
// editorial choice in brackets inside a sentence ("Adoption of the [amended] agenda"), a list entry that holds only a
// dot or a dash ("1. ." under Any other business), a room of the time grid's room list with no name while the grid
// plans sessions in it ("Main meeting room (100):" and nothing after). Agendas go out with these more often than
// anyone likes. Labels in brackets ("[webxr] [facetoface] Discuss…") and calls ("free()") are not, nor a list number
// with no text at all (a number column drawn by Word's list numbering).
import { roomName } from '../../extract/rooms';
import { paragraphsOf } from '../../model/contents';
import { listName } from '../ref/listing';
import { defineRule } from '../rule';

const PLACEHOLDER = new RegExp(
  [
    String.raw`<\s*TB[DAC]\s*>`,
    String.raw`\[\s*TB[DAC]\s*\]`,
    String.raw`\bTB[DA]\b`,
    String.raw`\b[A-Z][A-Za-z0-9]{0,5}-\d*[xX]{3,}\b`,
    String.raw`\b(?:TD|C)\s?[xX]{2,}\b`,
    String.raw`\b[xX]{2}:[xX]{2}\b`,
    String.raw`(?<![\w)\]])\(\s*\)`,
    String.raw`(?<=\b[a-z]+ )\[[a-z]+\](?= [a-z])`,
  ].join('|'),
  'g',
);
const ACTION_PLACEHOLDER = /(?:^|-)(?:X+|x+|\?+|N)$/;
/** A list entry's text that is only a stand-in for the entry: ".", "…", "-", "___". */
const EMPTY_ENTRY = /^\s*[.…·_–—-]+\s*$/u;

export const rule = defineRule({
  id: 'text/placeholder',
  severity: 'warning',
  description: 'An unfinished placeholder is left in the text.',
  messages: {
    inAgenda: '"{{text}}" is a placeholder; replace it with the real text before the agenda goes out.',
    inList: '"{{text}}" is a placeholder in {{list}}; replace it with the real entry.',
    inDocument: '"{{text}}" is a placeholder; replace it with the real text.',
    actionId: 'Action id "{{id}}" is a placeholder; give the action its number.',
    unnamedRoom: '"{{line}}" names no room, but the time grid plans sessions there; write which room it is.',
    emptyEntry: 'The list entry "{{label}} {{text}}" is empty; write the entry or remove it.',
  },
  check({ meeting, snapshot, report }) {
    // Where the placeholder is says when it matters: in a document list (a TD list, a Tdoc sheet) it is an entry to
    // complete; in an agenda, before the agenda goes out.
    const lists = new Set(meeting.tables.filter((t) => t.kind === 'document-list').map((t) => t.location.block));
    const elsewhere = meeting.agenda.length > 0 ? 'inAgenda' : 'inDocument';
    for (const { paragraph, at } of paragraphsOf(snapshot)) {
      if (paragraph.label !== undefined && EMPTY_ENTRY.test(paragraph.text)) {
        const text = paragraph.text.trim();
        report({ messageId: 'emptyEntry', data: { label: paragraph.label, text }, location: { ...at, text } });
        continue;
      }
      if (!/TB|[xX]{2}|\(\s*\)|\]/.test(paragraph.text)) continue;
      for (const match of paragraph.text.matchAll(PLACEHOLDER)) {
        const location = { ...at, text: match[0] };
        report(
          lists.has(at.block)
            ? { messageId: 'inList', data: { text: match[0], list: listName(meeting) }, location }
            : { messageId: elsewhere, data: { text: match[0] }, location },
        );
      }
    }
    const used = new Set(meeting.sessions.map((s) => s.room));
    for (const room of meeting.rooms) {
      if (room.name !== undefined || !used.has(roomName(room))) continue;
      report({ messageId: 'unnamedRoom', data: { line: room.location.text }, location: room.location });
    }
    for (const action of meeting.actions) {
      if (!ACTION_PLACEHOLDER.test(action.id)) continue;
      report({ messageId: 'actionId', data: { id: action.id }, location: action.location });
    }
  },
});
