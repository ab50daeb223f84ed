'use client'

import type { ReactNode } from 'react'
import { useFormStatus } from 'react-dom'

/** A submit button that says it is working and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  className = 'button',
  name,
  value,
}: {
  children: ReactNode
  pendingLabel: string
  className?: string
  name?: string
  value?: string
}) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending ? pendingLabel : children}
    </button>
  )
}
