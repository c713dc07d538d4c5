// A drop-down of named choices (a rule's severity in the checking settings, the order of a new Annex A): it shows the
// chosen one's label and gives back the value of the one picked. Inside a Field, the Field's label names it.
import { Dropdown, Option, type DropdownProps } from '@fluentui/react-components';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> extends Pick<DropdownProps, 'className' | 'aria-label'> {
  choices: readonly Choice<T>[];
  chosen: T;
  onChoose: (value: T) => void;
}

export function ChoiceDropdown<T extends string>({ choices, chosen, onChoose, ...props }: Props<T>) {
  return (
    <Dropdown {...props} value={choices.find((c) => c.value === chosen)!.label} selectedOptions={[chosen]} onOptionSelect={(_, data) => onChoose(data.optionValue as T)}>
      {choices.map((choice) => (
        <Option key={choice.value} value={choice.value}>
          {choice.label}
        </Option>
      ))}
    </Dropdown>
  );
}
