'use client'
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useState } from 'react'

import { formatEuroInput, parseEuroInput } from './euroInput'

/** A number field stored in cents, typed and shown in euros ("24 900,50"). */
export const MoneyInput: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<number | null>({ path: path ?? field.name })
  const [text, setText] = useState(formatEuroInput(value))
  const [invalid, setInvalid] = useState(false)
  const [seenValue, setSeenValue] = useState(value)

  // Keep the text in step when the value changes from elsewhere (quote builder, reset); adjusted
  // while rendering, as React advises, rather than in an effect that would render twice.
  if (value !== seenValue) {
    setSeenValue(value)
    if (parseEuroInput(text) !== value) setText(formatEuroInput(value))
  }

  const id = `field-${(path ?? field.name).replace(/\./g, '__')}`
  const label = typeof field.label === 'string' ? field.label : field.name

  return (
    <div className={`field-type number${showError || invalid ? ' error' : ''}`} style={{ flex: '1 1 auto' }}>
      <FieldLabel htmlFor={id} label={label} required={field.required} path={path} />
      <div className="field-type__wrap" style={{ position: 'relative' }}>
        <FieldError
          path={path}
          showError={showError || invalid}
          message={invalid ? 'Enter an amount in euros, e.g. 24 900,50' : errorMessage}
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
          €
        </span>
      </div>
      {field.admin?.description ? (
        <FieldDescription description={field.admin.description} path={path ?? field.name} />
      ) : null}
    </div>
  )
}
