import { Input, Text, Textarea, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { FIELD_ERROR_CLASS } from '@/platform/feedback'

interface FieldProps {
  label: string
  hint?: string
  error?: string | null
  /** Marks a field the form cannot do without. @default false */
  required?: boolean
  /** Shows “12/20” beside the label for a field with a length limit. */
  count?: { length: number; max: number }
  testId?: string
}

/**
 * A labelled form field with its hint and error. While it shows an error it carries the class
 * the form uses to scroll to (and focus) the first field to fix.
 */
export function Field({
  label,
  hint,
  error,
  required,
  count,
  testId,
  children,
}: PropsWithChildren<FieldProps>) {
  return (
    <View className={`field${error ? ` ${FIELD_ERROR_CLASS}` : ''}`} data-testid={testId}>
      <View className='field__head'>
        <Text className='field__label'>
          {label}
          {required ? <Text className='field__required'>必填</Text> : null}
        </Text>
        {count ? (
          <Text
            className={`field__count${count.length >= count.max ? ' danger' : ''}`}
            data-testid='char-count'
          >
            {count.length}/{count.max}
          </Text>
        ) : null}
      </View>
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

interface TextFieldProps extends Omit<FieldProps, 'count'> {
  value: string
  onChange(value: string): void
  maxlength: number
  placeholder?: string
  /** Numbers only (the phone keypad on a phone). @default text */
  type?: 'text' | 'number'
}

/** A labelled one-line text input with its length counter; its border turns red with an error. */
export function TextField({
  value,
  onChange,
  maxlength,
  placeholder,
  type = 'text',
  testId,
  ...field
}: TextFieldProps) {
  return (
    <Field {...field} count={{ length: value.length, max: maxlength }}>
      <Input
        className={`input${field.error ? ' input--error' : ''}`}
        type={type}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
        data-testid={testId}
      />
    </Field>
  )
}

/** A labelled text box for a few sentences, with its length counter. */
export function TextAreaField({ value, onChange, maxlength, placeholder, testId, ...field }: TextFieldProps) {
  return (
    <Field {...field} count={{ length: value.length, max: maxlength }}>
      <Textarea
        className={`textarea${field.error ? ' input--error' : ''}`}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
        data-testid={testId}
      />
    </Field>
  )
}
