import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react'

export type Common = { name: string; label: string; error?: string; hint?: ReactNode; id?: string }

/** The ids and ARIA links between a control, its hint and its error message. */
export function describe({ name, error, hint, id }: Omit<Common, 'label'>) {
  const control = id ?? `field-${name}`
  const hintId = hint ? `${control}-hint` : undefined
  const errorId = error ? `${control}-error` : undefined
  return {
    control,
    hintId,
    errorId,
    aria: {
      'aria-invalid': error ? (true as const) : undefined,
      'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    },
  }
}

export function Frame({
  label,
  hint,
  error,
  ids,
  children,
}: {
  label: string
  hint?: ReactNode
  error?: string
  ids: ReturnType<typeof describe>
  children: ReactNode
}) {
  return (
    <div className="field">
      <label htmlFor={ids.control}>{label}</label>
      {children}
      {hint && (
        <span className="hint" id={ids.hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={ids.errorId}>
          {error}
        </span>
      )}
    </div>
  )
}

export function TextField({ name, label, error, hint, id, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const ids = describe({ name, error, hint, id })
  return (
    <Frame label={label} hint={hint} error={error} ids={ids}>
      <input id={ids.control} name={name} {...ids.aria} {...input} />
    </Frame>
  )
}

export function TextArea({
  name,
  label,
  error,
  hint,
  id,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = describe({ name, error, hint, id })
  return (
    <Frame label={label} hint={hint} error={error} ids={ids}>
      <textarea id={ids.control} name={name} {...ids.aria} {...input} />
    </Frame>
  )
}

/** The form-level outcome, announced to screen readers. */
export function FormMessage({ status, message }: { status: 'idle' | 'error' | 'success'; message?: string }) {
  if (!message || status === 'idle') return null
  return status === 'error' ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : (
    <p className="form-success" role="status">
      {message}
    </p>
  )
}
