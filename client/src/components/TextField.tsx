import { useId } from 'react';
import { View, Text, Input } from '@tarojs/components';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Enter on a keyboard, 完成 on a phone's: submits the form the field belongs to. */
  onConfirm?: () => void;
  placeholder?: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'idcard' | 'number';
  maxlength?: number;
  name?: string;
}

/**
 * A labelled input with its hint and its error right below it. In the browser build the inner
 * <input> is tied to its label, hint and error for screen readers (WeChat reads `aria-label`).
 */
export function TextField({ label, value, onChange, onConfirm, placeholder, hint, error, type = 'text', maxlength, name }: TextFieldProps) {
  const id = useId().replace(/:/g, '');
  const labelId = `${id}-label`;
  const noteId = `${id}-note`;
  const note = error ?? hint;
  const nativeProps =
    process.env.TARO_ENV === 'h5'
      ? {
          nativeProps: {
            'aria-labelledby': labelId,
            ...(note ? { 'aria-describedby': noteId } : {}),
            ...(error ? { 'aria-invalid': 'true' } : {}),
          },
        }
      : {};
  return (
    <View>
      <Text className='input-label' id={labelId}>
        {label}
      </Text>
      <Input
        className='input'
        name={name}
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength ?? 40}
        aria-label={label}
        {...nativeProps}
        onInput={(event) => onChange(event.detail.value)}
        onConfirm={onConfirm ? () => onConfirm() : undefined}
      />
      {error ? (
        <Text className='input-error' role='alert' id={noteId}>
          {error}
        </Text>
      ) : hint ? (
        <Text className='input-hint' id={noteId}>
          {hint}
        </Text>
      ) : null}
    </View>
  );
}
