'use client'

import { useActionState } from 'react'

import { SubmitButton } from '../../account/_components/SubmitButton'
import { confirmUnsubscribe, type UnsubscribeState } from './unsubscribe'

const initial: UnsubscribeState = { status: 'idle' }

export function UnsubscribeForm({
  id,
  token,
  locale,
  labels,
}: {
  id: string
  token: string
  locale: string
  labels: { confirm: string; pending: string }
}) {
  const [state, action] = useActionState(confirmUnsubscribe, initial)
  if (state.status !== 'idle') {
    return (
      <p className={state.status === 'done' ? 'form-success' : 'form-error'} role="status">
        {state.message}
      </p>
    )
  }
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={labels.pending}>{labels.confirm}</SubmitButton>
    </form>
  )
}
