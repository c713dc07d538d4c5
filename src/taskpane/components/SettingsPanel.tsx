// Checking settings: each rule on or off and its severity, the category vocabulary, the default time zone. Saved
// with the document so everyone who opens it checks it the same way. Loaded only when opened.
import {
  Button,
  Caption1,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  OverlayDrawer,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { DEFAULT_CATEGORIES, RULES, RULE_IDS, isTimeZone, parseConfig, type RuleSetting } from '../../core';
import type { SettingsStore } from '../../office/host';
import { ChoiceDropdown, type Choice } from './ChoiceDropdown';

const useStyles = makeStyles({
  rule: { display: 'grid', gridTemplateColumns: '1fr auto', gap: tokens.spacingHorizontalS, alignItems: 'center', padding: `${tokens.spacingVerticalXS} 0` },
  rules: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalL },
  dropdown: { minWidth: '110px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const CHOICES: Choice<RuleSetting>[] = [
  { value: 'error', label: 'Error' },
  { value: 'warning', label: 'Warning' },
  { value: 'info', label: 'Note' },
  { value: 'off', label: 'Off' },
];

export default function SettingsPanel({ settings, onClose }: { settings: SettingsStore; onClose: (saved: boolean) => void }) {
  const styles = useStyles();
  const saved = useMemo(() => {
    const parsed = parseConfig(settings.load() ?? {}, RULE_IDS);
    return parsed.ok ? parsed.config : undefined;
  }, [settings]);
  const [rules, setRules] = useState<Record<string, RuleSetting>>(saved?.rules ?? {});
  const [categories, setCategories] = useState((saved?.categories ?? DEFAULT_CATEGORIES).join('\n'));
  const [timeZone, setTimeZone] = useState(saved?.timeZone ?? '');
  const [saving, setSaving] = useState(false);
  const zoneProblem = timeZone.trim() !== '' && !isTimeZone(timeZone.trim()) ? 'Not a time zone name: use an IANA name such as Europe/Zurich.' : undefined;
  const categoryList = categories.split('\n').map((c) => c.trim()).filter((c) => c !== '');

  const save = async () => {
    setSaving(true);
    try {
      await settings.save({ rules, categories: categoryList, ...(timeZone.trim() ? { timeZone: timeZone.trim() } : {}) });
      onClose(true);
    } finally {
      setSaving(false);
    }
  };

  return (
    <OverlayDrawer open position="end" size="full" onOpenChange={(_, data) => !data.open && onClose(false)} aria-label="Checking settings">
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={() => onClose(false)} />}>
          Checking settings
        </DrawerHeaderTitle>
        <Caption1>Saved with this document when you save it, so everyone who checks it gets the same results.</Caption1>
      </DrawerHeader>
      <DrawerBody>
        <section className={styles.section} aria-label="Rules">
          <div className={styles.rules}>
            {RULES.map((rule) => (
              <div key={rule.id} className={styles.rule}>
                <div>
                  <div>{rule.description}</div>
                  <Caption1>
                    {rule.id} · default {CHOICES.find((c) => c.value === rule.severity)!.label.toLowerCase()}
                  </Caption1>
                </div>
                <ChoiceDropdown
                  className={styles.dropdown}
                  aria-label={`Severity of ${rule.id}`}
                  choices={CHOICES}
                  chosen={rules[rule.id] ?? rule.severity}
                  onChoose={(chosen) => setRules(({ [rule.id]: _previous, ...rest }) => (chosen === rule.severity ? rest : { ...rest, [rule.id]: chosen }))}
                />
              </div>
            ))}
          </div>
          <Field label="Document categories" hint="One per line. Case and a trailing “(…)” are ignored." validationMessage={categoryList.length === 0 ? 'Give at least one category.' : undefined}>
            <Textarea value={categories} rows={8} onChange={(_, data) => setCategories(data.value)} />
          </Field>
          <Field label="Time zone when the agenda names none" hint="An IANA name such as Europe/Zurich; empty: taken from the meeting's place." validationMessage={zoneProblem}>
            <Input value={timeZone} onChange={(_, data) => setTimeZone(data.value)} />
          </Field>
        </section>
      </DrawerBody>
      <DrawerFooter>
        <Button appearance="primary" disabled={saving || zoneProblem !== undefined || categoryList.length === 0} onClick={() => void save()}>
          Save
        </Button>
        <Button
          onClick={() => {
            setRules({});
            setCategories(DEFAULT_CATEGORIES.join('\n'));
            setTimeZone('');
          }}
        >
          Reset to defaults
        </Button>
        <Button onClick={() => onClose(false)}>Cancel</Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
