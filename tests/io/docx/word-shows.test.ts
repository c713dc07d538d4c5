// Docket reads the text Word shows: hidden text, field codes and alternatives Word does not choose stay out; a
// document's namespaces are honoured whatever prefixes (or default namespace) it uses.
import { describe, expect, it } from 'vitest';
import { analyse, type Paragraph, type Snapshot } from '../../../src/core';
import { readDocx, readFlatOpc } from '../../../src/io/docx/read';
import { readDocument } from '../../../src/io/read-document';
import { W_NAMESPACE, docx, documentXml, flatOpcOf, p, stylesXml } from '../../helpers/docx';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';

function texts(snapshot: Snapshot): string[] {
  return snapshot.blocks.map((b) => (b as Paragraph).text);
}

function run(text: string, properties = ''): string {
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

const paragraph = (runs: string, properties = '') => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;

describe('hidden text is not read', () => {
  it('leaves out a run hidden by its own w:vanish, and keeps one that turns it off', () => {
    const body = paragraph(run('TD514 ') + run('&lt;TBD&gt; TD999 ', '<w:vanish/>') + run('shown', '<w:vanish w:val="0"/>'));
    expect(texts(readDocx(docx(body)))).toEqual(['TD514 shown']);
  });

  it('does not hide the runs of a paragraph whose mark alone is hidden', () => {
    const body = paragraph(run('Agenda item 1'), '<w:rPr><w:vanish/></w:rPr>');
    expect(texts(readDocx(docx(body)))).toEqual(['Agenda item 1']);
  });

  it('leaves out runs hidden by their character style, through its basedOn chain', () => {
    const styles = stylesXml(
      '<w:style w:type="character" w:styleId="Hidden"><w:name w:val="Hidden"/><w:rPr><w:vanish/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:basedOn w:val="Hidden"/></w:style>',
    );
    const body = paragraph(run('seen ') + run('gone ', '<w:rStyle w:val="Hidden"/>') + run('also gone', '<w:rStyle w:val="Secret"/>'));
    expect(texts(readDocx(docx(body, { styles })))).toEqual(['seen ']);
  });

  it('leaves out the runs of a paragraph whose style hides them, unless the run shows itself; two hiding styles cancel', () => {
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Editor note"/><w:rPr><w:vanish/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="Hidden"><w:name w:val="Hidden"/><w:rPr><w:vanish/></w:rPr></w:style>',
    );
    const note = '<w:pStyle w:val="Note"/>';
    const body =
      paragraph(run('a note for editors only'), note) +
      paragraph(run('kept', '<w:vanish w:val="false"/>') + run(' dropped'), note) +
      paragraph(run('toggled back on', '<w:rStyle w:val="Hidden"/>'), note) +
      p('plain');
    expect(texts(readDocx(docx(body, { styles })))).toEqual(['', 'kept', 'toggled back on', 'plain']);
  });

  it('hides text by the document defaults, and resolves styles that come after the document in flat OPC', () => {
    const styles = stylesXml(
      '<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>' +
        '<w:style w:type="character" w:styleId="Visible"><w:name w:val="Visible"/><w:rPr><w:vanish/></w:rPr></w:style>',
    );
    const bytes = docx(paragraph(run('default hidden ') + run('toggled visible', '<w:rStyle w:val="Visible"/>')), { styles });
    const flat = flatOpcOf(bytes);
    expect(flat.indexOf('/word/styles.xml')).toBeGreaterThan(flat.indexOf('/word/document.xml'));
    expect(texts(readDocx(bytes))).toEqual(['toggled visible']);
    expect(texts(readFlatOpc(flat))).toEqual(['toggled visible']);
  });

  it('keeps hidden text out of the checks', () => {
    const body = p('Agenda') + paragraph(run('Draft: ') + run('&lt;TBD&gt; see TD999', '<w:vanish/>'));
    const read = readDocument('agenda.docx', docx(body));
    if (!read.ok) throw new Error(read.message);
    const { findings, meeting } = analyse(read.value);
    expect(findings.filter((f) => f.ruleId === 'text/placeholder')).toEqual([]);
    expect(meeting.citations).toEqual([]);
  });
});

describe('fields read as their results', () => {
  const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>';
  const separate = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
  const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const code = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;

  it('leaves out the code of a field nested in another field’s code, and its result, reading only the outer result', () => {
    const body = paragraph(
      run('Document: ') +
        begin + code(' IF ') + begin + code(' MERGEFIELD Doc ') + separate + run('«Doc»') + end + code(' = "" "TD514" "TD515" ') +
        separate + run('TD514') + end + run(' (end)'),
    );
    expect(texts(readDocx(docx(body)))).toEqual(['Document: TD514 (end)']);
  });

  it('leaves out tabs and breaks inside a field code', () => {
    const body = paragraph(begin + '<w:r><w:tab/><w:br/></w:r>' + code(' PAGE ') + separate + run('7') + end);
    expect(texts(readDocx(docx(body)))).toEqual(['7']);
  });

  it('reads a simple field as its result runs, and leaves out one inside another field’s code', () => {
    const body =
      paragraph('<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; "><w:r><w:t>1 August 2024</w:t></w:r></w:fldSimple>') +
      paragraph(begin + code(' IF ') + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>' + code(' > 1 "later" "first" ') + separate + run('later') + end);
    expect(texts(readDocx(docx(body)))).toEqual(['1 August 2024', 'later']);
  });

  it('reads a field whose result runs on into the next paragraph', () => {
    const body = paragraph(run('Contents ') + begin + code(' TOC \\o "1-3" ') + separate + run('1 Opening')) + paragraph(run('2 Close') + end);
    expect(texts(readDocx(docx(body)))).toEqual(['Contents 1 Opening', '2 Close']);
  });
});

describe('markup compatibility: the alternative Word shows', () => {
  const alternate = (choices: string, fallback = '') =>
    `<mc:AlternateContent>${choices}${fallback ? `<mc:Fallback>${fallback}</mc:Fallback>` : ''}</mc:AlternateContent>`;
  const read = (body: string, namespaces: Record<string, string>) => texts(readDocx(docx('', {}, documentXml(body, namespaces))));

  it('reads a Choice whose required namespace Word understands, not the Fallback', () => {
    const body = alternate(`<mc:Choice Requires="wps">${p('choice')}</mc:Choice>`, p('fallback'));
    expect(read(body, { mc: MC, wps: WPS })).toEqual(['choice']);
  });

  it('reads the Fallback when the Choice requires a namespace Word does not know, or an undeclared prefix', () => {
    const unknown = alternate(`<mc:Choice Requires="foo">${p('TD999 from the future')}</mc:Choice>`, p('TD514'));
    expect(read(unknown, { mc: MC, foo: 'urn:example:future' })).toEqual(['TD514']);
    const undeclared = alternate(`<mc:Choice Requires="nope">${p('choice')}</mc:Choice>`, p('fallback'));
    expect(read(undeclared, { mc: MC })).toEqual(['fallback']);
    const partly = alternate(`<mc:Choice Requires="wps foo">${p('choice')}</mc:Choice>`, p('fallback'));
    expect(read(partly, { mc: MC, wps: WPS, foo: 'urn:example:future' })).toEqual(['fallback']);
  });

  it('reads the first Choice Word understands, and nothing when none is and there is no Fallback', () => {
    const choices = `<mc:Choice Requires="foo">${p('first')}</mc:Choice><mc:Choice Requires="wps">${p('second')}</mc:Choice><mc:Choice Requires="wps">${p('third')}</mc:Choice>`;
    expect(read(alternate(choices, p('fallback')), { mc: MC, wps: WPS, foo: 'urn:example:future' })).toEqual(['second']);
    const none = alternate(`<mc:Choice Requires="foo">${p('choice')}</mc:Choice>`) + p('after');
    expect(read(none, { mc: MC, foo: 'urn:example:future' })).toEqual(['after']);
  });

  it('resolves prefixes where the Choice stands, and the compatibility namespace under any prefix', () => {
    const body =
      `<ve:AlternateContent xmlns:ve="${MC}" xmlns:x="${WPS}"><ve:Choice Requires="x">${paragraph(run('inline choice'))}</ve:Choice>` +
      `<ve:Fallback>${p('fallback')}</ve:Fallback></ve:AlternateContent>`;
    expect(read(body, {})).toEqual(['inline choice']);
    const rebound = `<mc:AlternateContent><mc:Choice xmlns:wps="urn:example:not-wps" Requires="wps">${p('choice')}</mc:Choice><mc:Fallback>${p('fallback')}</mc:Fallback></mc:AlternateContent>`;
    expect(read(rebound, { mc: MC, wps: WPS })).toEqual(['fallback']);
  });

  it('reads the Fallback of a run-level alternative inside a paragraph', () => {
    const body = paragraph(run('Room: ') + alternate(`<mc:Choice Requires="foo">${run('B')}</mc:Choice>`, run('A')));
    expect(read(body, { mc: MC, foo: 'urn:example:future' })).toEqual(['Room: A']);
  });
});

describe('namespaces: any prefix, or none', () => {
  const numbering =
    '<abstractNum abstractNumId="0"><lvl ilvl="0"><start val="3"/><numFmt val="upperRoman"/><lvlText val="%1."/></lvl></abstractNum>' +
    '<num numId="1"><abstractNumId val="0"/></num>';
  const styles = '<style type="paragraph" styleId="H1"><name val="heading 1"/></style>';
  const body =
    '<p><pPr><pStyle w:val="H1"/></pPr><r><t>Draft agenda</t></r></p>' +
    '<p><pPr><numPr><ilvl val="0"/><numId w:val="1"/></numPr></pPr><r><t>Opening</t></r></p>';
  const defaultNamespace = (root: string, inner: string) => `<?xml version="1.0"?><${root} xmlns="${W_NAMESPACE}" xmlns:w="${W_NAMESPACE}">${inner}</${root}>`;
  const bytes = docx('', { styles: defaultNamespace('styles', styles), numbering: defaultNamespace('numbering', numbering) }, defaultNamespace('document', `<body>${body}</body>`));

  it('reads a document, its styles and its numbering written in the default namespace', () => {
    const expected = [
      { kind: 'paragraph', text: 'Draft agenda', style: 'heading 1', outlineLevel: 0 },
      { kind: 'paragraph', text: 'Opening', label: 'III.', listLevel: 0, list: 0 },
    ];
    expect(readDocx(bytes).blocks).toEqual(expected);
    expect(readFlatOpc(flatOpcOf(bytes)).blocks).toEqual(expected);
  });

  it('reads elements whose prefix is bound below the root', () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="${W_NAMESPACE}"><w:body><x:p xmlns:x="${W_NAMESPACE}"><x:r><x:t>inner prefix</x:t></x:r></x:p><p xmlns="${W_NAMESPACE}"><r><t>default below</t></r></p></w:body></w:document>`;
    expect(texts(readDocx(docx('', {}, xml)))).toEqual(['inner prefix', 'default below']);
  });

  it('does not take elements of another namespace for WordprocessingML because of their prefix', () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="${W_NAMESPACE}"><w:body>${p('real')}<w:p xmlns:w="urn:example:other"><w:r><w:t>impostor</w:t></w:r></w:p></w:body></w:document>`;
    expect(texts(readDocx(docx('', {}, xml)))).toEqual(['real']);
  });
});
