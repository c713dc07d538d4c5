// Document registers as the document systems write them, for the register rule tests: an ITU-T TD list (number and
// revision in their own columns, a number reserved for the meeting report), 3GPP's TdocsByAgenda (revision chains and
// merges written in the comments, withdrawn Tdocs moved to item 99) and a 3GPP portal export (chains in columns).
import { registerOf } from '../../../helpers/rules';

export const ITU_TD_LIST = registerOf(
  [
    'TD # | Rev | Source | Title | AI | Status',
    'TD514 | 1 | Chairman, RG-SOP | Draft agenda, RG-SOP meeting | 1.1 | ',
    'TD515 |  | Chairman, RG-SOP | Reserved for: Report, RG-SOP | 7 | ',
    'TD526 |  | TSB | Documentation | 1.4 | ',
    'TD599 |  | Rapporteur, RG-IEM | Report of Industry Engagement Workshop | 2.1 | ',
    'TD624 | 3 | Chairman, RG-SOP | Draft operational plan for 2025-2028 | 2.3 | ',
    'TD667 | 1 | Rapporteur, RG-IEM | Proposed actions from the workshop | 2.2 | ',
    'TD672 |  | TSB | Inputs to CWG-SFP | 3.1 | ',
    'TD680 |  | Chairman, RG-SOP | Timetable of the interim meetings | 3.1 | Withdrawn',
    'TD681 |  | Director, TSB | Inputs to the operational plan | 4.1 | ',
  ],
  'TSAG TD list.xlsx',
);

export const TDOCS_BY_AGENDA = registerOf(
  [
    'AI | TD# | Type | Doc For | Subject | Source | Rel | Work Item | Comment | Result',
    '2 | - | - | - | Review of the Agenda | - | - | Andy | Docs:=2 | -',
    '2 | S2-2407386 | AGENDA | Approval | SA2#164 meeting Agenda | SA WG2 Chair |  |  | This AGENDA was approved | Approved',
    '4.1 | S2-2407399 | LS In | Information | LS from GSMA OPG: LS on clarifications on consent management | GSMA OPG (OPG_173_Doc_04) |  |  | Revision of postponed S2-2405883 from S2#163. Response drafted in S2-2408478 | REPLY OPEN',
    '4.1 | S2-2408478 | LS OUT | Approval | [DRAFT] Reply LS on clarifications on consent management | Samsung | Rel-19 |  | Response to S2-2407399. Revised to S2-2408687. | Revised',
    '4.1 | S2-2408687 | LS OUT | Approval | [DRAFT] Reply LS on clarifications on consent management | Samsung | Rel-19 |  | Revision of S2-2408478 | OPEN',
    "4.1 | S2-2407552 | CR | Approval | 23.501 CR5418 (Rel-18, 'F'): Lack of indication of Emergency Service Support over NG | Qualcomm Incorporated | Rel-18 | 5GS_Ph1, TEI18 | Revised, merging S2-2408113, to S2-2408689. | Revised",
    "4.1 | S2-2408113 | CR | Approval | 23.501 CR5529 (Rel-18, 'F'): Emergency services support over NG | Nokia | Rel-18 | 5GS_Ph1 | Merged into S2-2408689 | Merged",
    "4.1 | S2-2408689 | CR | Approval | 23.501 CR5418R1 (Rel-18, 'F'): Lack of indication of Emergency Service Support over NG | Qualcomm Incorporated | Rel-18 | 5GS_Ph1, TEI18 | Revision of S2-2407552, merging S2-2408113 | OPEN",
    '9.16.2 | S2-2408666 | CR | Approval | 23.288 CR1234: NWDAF corrections | Huawei | Rel-18 | eNA_Ph3 | Revised to S2-2408667 | Revised',
    '9.16.2 | S2-2408667 | CR | Approval | 23.288 CR1234R1: NWDAF corrections | Huawei | Rel-18 | eNA_Ph3 | Revision of S2-2408666. Revised to S2-2408669 | Revised',
    '9.16.2 | S2-2408669 | CR | Approval | 23.288 CR1234R2: NWDAF corrections | Huawei | Rel-18 | eNA_Ph3 | Revision of S2-2408667. Merged into S2-2408698 | Merged',
    '99 | S2-2407473 | DISCUSSION | Agreement | Discussion on slicing | ZTE |  |  | WITHDRAWN | Withdrawn',
    '99 | S2-2408015 | CR | Approval | 23.502 CR4711: UE policy | Ericsson | Rel-19 |  | Revised to S2-2408541. WITHDRAWN | Withdrawn',
    '99 | S2-2408541 | CR | Approval | 23.502 CR4711R1: UE policy | Ericsson | Rel-19 |  | Revision of S2-2408015. WITHDRAWN | Withdrawn',
  ],
  'SA2-164 TdocsByAgenda.docx',
);

export const TDOC_PORTAL_EXPORT = registerOf(
  [
    'TDoc | Title | Source | Type | For | Agenda item sort order | Agenda item | Agenda item description | TDoc Status | Is revision of | Revised to',
    'S2-2500101 | Draft agenda | SA WG2 Chair | agenda | Approval | 3 | 2 | Approval of the agenda | approved |  | ',
    'S2-2500102 | KI#1 solution update | Ericsson | pCR | Approval | 12 | 8.1 | AI/ML for 5GS | revised |  | S2-2500150',
    'S2-2500150 | KI#1 solution update | Ericsson | pCR | Approval | 12 | 8.1 | AI/ML for 5GS | agreed | S2-2500102 | ',
    'S2-2500103 | Meeting report of SA2#167 | SA WG2 Secretary | report | Approval | 4 | 3 | Report | reserved |  | ',
    'S2-2500104 | Discussion on KI#2 | Nokia | discussion | Discussion | 12 | 8.1 | AI/ML for 5GS | withdrawn |  | ',
  ],
  'TDoc_List_Meeting_SA2#167.xlsx',
);

/** An agenda in the TD514 rapporteur group's shape, citing its documents as the rule tests vary them. */
export function tsagAgenda(items: Record<string, string>): string {
  const lines = {
    '1': 'Opening and welcome',
    '1.1': 'Approval of the agenda – TD514R1',
    '1.4': 'Documentation (TD526)',
    '2': 'Review of the report of the workshop',
    '2.1': 'Report of the workshop (TD599)',
    '2.2': 'Proposed actions – TD667R1',
    '2.3': 'Operational plan – TD624R3',
    '3': 'TSAG inputs to CWG-SFP',
    '3.1': 'Inputs – TD672; PP-22 Res. 71; Council document C24/59 Rev.1; TSAG-R4(2024-01)',
    '4': 'Operational plan for 2025-2028',
    '4.1': 'Inputs to the plan – TD681',
    '7': 'Closure of the meeting. Meeting report to be found in TD515.',
    ...items,
  };
  return Object.entries(lines)
    .map(([number, text]) => `${number} ${text}`)
    .join('\n');
}

/** An SA WG2 agenda citing Tdocs of the TdocsByAgenda above under its items. */
export function sa2Agenda(items: Record<string, string>): string {
  const lines = { '1': 'Opening of the meeting', '2': 'Review of the Agenda – S2-2407386', '4': 'General', '4.1': 'Common issues and Incoming LSs – S2-2407399, S2-2408687, S2-2408689', ...items };
  return Object.entries(lines)
    .map(([number, text]) => `${number} ${text}`)
    .join('\n');
}
