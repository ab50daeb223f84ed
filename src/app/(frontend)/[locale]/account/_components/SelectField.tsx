'use client'

import { useLayoutEffect, useRef, type SelectHTMLAttributes } from 'react'

import { describe, Frame, type Common } from './Field'

type Props = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'defaultValue'> & {
    options: { value: string; label: string }[]
    placeholder?: string
    defaultValue?: string
  }

/**
 * A select that keeps the visitor's choice after a form action: React resets a form once its action
 * has run, and a select would otherwise fall back to the option it was first rendered with.
 */
export function SelectField({ name, label, error, hint, id, options, placeholder, defaultValue, ...select }: Props) {
  const ids = describe({ name, error, hint, id })
  const ref = useRef<HTMLSelectElement>(null)
  // The value the select was first rendered with: on mount (hydration) the visitor's choice stands.
  const rendered = useRef(defaultValue)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element || defaultValue === undefined || defaultValue === rendered.current) return
    rendered.current = defaultValue
    for (const option of Array.from(element.options)) option.defaultSelected = option.value === defaultValue
    element.value = defaultValue
  }, [defaultValue])
  return (
    <Frame label={label} hint={hint} error={error} ids={ids}>
      <select ref={ref} id={ids.control} name={name} defaultValue={defaultValue} {...ids.aria} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  )
}
