import { View, Button } from '@tarojs/components';

interface ChoiceGroupProps<T extends string | number> {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
}

/** Large single-choice buttons: easier than a picker for older candidates. */
export function ChoiceGroup<T extends string | number>({ label, options, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <View className='choice-row' role='radiogroup' aria-label={label}>
      {options.map((option) => (
        <Button
          key={String(option.value)}
          className={`choice${option.value === value ? ' choice-on' : ''}`}
          role='radio'
          aria-checked={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </View>
  );
}
