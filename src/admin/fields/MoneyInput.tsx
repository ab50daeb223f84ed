'use client'
import { getTranslation } from '@payloadcms/translations'
import { FieldDescription, FieldError, FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useState } from 'react'

import { adminWords } from '@/admin/i18n/words'
import { isCurrency, MINOR_UNIT_DIGITS } from '@/domain/currencies'
import { formatMoneyInput, parseMoneyInput } from './euroInput'

/**
 * A number field stored in minor units, typed and shown in major ones ("24 900,50"): euros, or the
 * currency of a sibling `currency` field (a vehicle's price may be in yen, which has no minor unit).
 */
export const MoneyInput: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<number | null>({ path: path ?? field.name })
  const siblingCurrency = useFormFields(
    ([fields]) => fields[(path ?? field.name).replace(/[^.]+$/, 'currency')]?.value as string | undefined,
  )
  const { i18n } = useTranslation()
  const words = adminWords(i18n.language).moneyInput
  const currency = isCurrency(siblingCurrency) ? siblingCurrency : 'EUR'
  const digits = MINOR_UNIT_DIGITS[currency]
  const formatEuroInput = (amount: number | null | undefined) => formatMoneyInput(amount, digits)
  const parseEuroInput = (input: string) => parseMoneyInput(input, digits)
  const [text, setText] = useState(formatEuroInput(value))
  const [seenCurrency, setSeenCurrency] = useState(currency)
  const [invalid, setInvalid] = useState(false)
  const [seenValue, setSeenValue] = useState(value)

  // Keep the text in step when the value changes from elsewhere (quote builder, reset); adjusted
  // while rendering, as React advises, rather than in an effect that would render twice.
  if (value !== seenValue) {
    setSeenValue(value)
    if (parseEuroInput(text) !== value) setText(formatEuroInput(value))
  }
  // Another currency reads the stored amount with its own minor unit: show it as that currency reads it.
  if (currency !== seenCurrency) {
    setSeenCurrency(currency)
    setText(formatEuroInput(value))
  }

  const id = `field-${(path ?? field.name).replace(/\./g, '__')}`
  // A label is text or one text per admin language ({ en, fr }).
  const label = field.label ? getTranslation(field.label, i18n) : field.name

  return (
    <div className={`field-type number${showError || invalid ? ' error' : ''}`} style={{ flex: '1 1 auto' }}>
      <FieldLabel htmlFor={id} label={label} required={field.required} path={path} />
      <div className="field-type__wrap" style={{ position: 'relative' }}>
        <FieldError
          path={path}
          showError={showError || invalid}
          message={invalid ? (currency === 'EUR' ? words.euros : words.other(currency, digits > 0)) : errorMessage}
        />
        <input
          id={id}
          name={path}
          type="text"
          inputMode="decimal"
          disabled={readOnly || field.admin?.readOnly}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            const cents = parseEuroInput(event.target.value)
            setInvalid(cents === undefined)
            if (cents !== undefined) setValue(cents)
          }}
          onBlur={() => !invalid && setText(formatEuroInput(value))}
          style={{ paddingRight: '2.5rem' }}
        />
        <span
          aria-hidden="true"
          style={{ position: 'absolute', right: '1rem', top: '50%', transform: 'translateY(-50%)', opacity: 0.6 }}
        >
          {currency === 'EUR' ? '€' : currency}
        </span>
      </div>
      {field.admin?.description ? (
        <FieldDescription description={field.admin.description} path={path ?? field.name} />
      ) : null}
    </div>
  )
}
