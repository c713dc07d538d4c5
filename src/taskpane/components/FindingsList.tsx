// The findings, grouped by area in an accordion (every group open, also one a later check adds); arrow keys move
// between findings.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { describeLocation, type Finding, type Location, type Meeting, type Snapshot } from '../../core';
import { groupByArea } from '../areas';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface FindingsListProps {
  findings: Finding[];
  snapshot: Snapshot;
  meeting: Meeting;
  selected?: Finding;
  /** Where a location is in the host's own terms ("Sheet1!B12"), when it has them. */
  placeOf?: (location: Location) => string | undefined;
  busy: boolean;
  onGoTo: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onIgnore: (finding: Finding, scope: 'here' | 'rule') => void;
}

export function FindingsList({ findings, snapshot, meeting, selected, placeOf, busy, onGoTo, onFix, onIgnore }: FindingsListProps) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const groups = groupByArea(findings);
  return (
    <Accordion key={groups.map(([area]) => area).join('\n')} multiple collapsible defaultOpenItems={groups.map(([area]) => area)}>
      {groups.map(([area, list]) => (
        <AccordionItem key={area} value={area}>
          <AccordionHeader as="h2" size="small">
            <span className={styles.header}>
              {area} <CounterBadge count={list.length} appearance="ghost" color="informative" aria-label={`${list.length} findings`} />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} aria-label={area} {...arrows}>
              {list.map((finding, i) => (
                <FindingItem
                  key={`${finding.ruleId}-${i}`}
                  finding={finding}
                  where={[describeLocation(finding.location, snapshot, meeting), placeOf?.(finding.location)].filter(Boolean).join(' · ')}
                  selected={finding === selected}
                  busy={busy}
                  onGoTo={onGoTo}
                  onFix={onFix}
                  onIgnore={onIgnore}
                />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
