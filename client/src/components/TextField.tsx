import { View, Text, Input } from '@tarojs/components';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'idcard' | 'number';
  maxlength?: number;
  name?: string;
}

/** A labelled input with its hint and its error right below it. */
export function TextField({ label, value, onChange, placeholder, hint, error, type = 'text', maxlength, name }: TextFieldProps) {
  return (
    <View>
      <Text className='input-label'>{label}</Text>
      <Input
        className='input'
        name={name}
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength ?? 40}
        aria-label={label}
        onInput={(event) => onChange(event.detail.value)}
      />
      {error ? (
        <Text className='input-error' role='alert'>
          {error}
        </Text>
      ) : hint ? (
        <Text className='input-hint'>{hint}</Text>
      ) : null}
    </View>
  );
}
