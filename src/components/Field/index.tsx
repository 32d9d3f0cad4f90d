import { Input, Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

interface FieldProps {
  label: string
  hint?: string
  error?: string | null
}

/** A labelled form field with its hint and, when the server named it, its error. */
export function Field({ label, hint, error, children }: PropsWithChildren<FieldProps>) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      {children}
      {hint ? <View className='field__hint'>{hint}</View> : null}
      {error ? (
        <View className='field__error' data-testid='field-error'>
          {error}
        </View>
      ) : null}
    </View>
  )
}

interface ChoicesProps<T extends string> {
  options: readonly T[]
  labels: Record<T, string>
  value: T | null
  onChange(value: T): void
  testId?: string
}

/** Big tappable options instead of a dropdown: easier for elderly hands. */
export function Choices<T extends string>({ options, labels, value, onChange, testId }: ChoicesProps<T>) {
  return (
    <View className='choice-group' data-testid={testId}>
      {options.map((o) => (
        <View key={o} className={`choice${value === o ? ' choice--on' : ''}`} onClick={() => onChange(o)}>
          {labels[o]}
        </View>
      ))}
    </View>
  )
}

interface TextFieldProps extends FieldProps {
  value: string
  onChange(value: string): void
  maxlength: number
  placeholder?: string
  testId?: string
}

/** A labelled one-line text input; its border turns red when the server named this field. */
export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  maxlength,
  placeholder,
  testId,
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      <Input
        className={`input${error ? ' input--error' : ''}`}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
        data-testid={testId}
      />
    </Field>
  )
}
