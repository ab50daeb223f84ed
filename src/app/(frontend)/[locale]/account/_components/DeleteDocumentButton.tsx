'use client'

import { useLocale } from 'next-intl'
import { useActionState } from 'react'

import { initialFormState } from '../_lib/formState'
import { deleteDocument } from '../actions/deleteDocument'
import styles from '../account.module.css'
import { SubmitButton } from './SubmitButton'

/** Withdraws a document still waiting for review. The label names the document for screen readers. */
export function DeleteDocumentButton({
  id,
  text,
  detail,
  pendingLabel,
}: {
  id: string
  text: string
  detail: string
  pendingLabel: string
}) {
  const locale = useLocale()
  const [state, action] = useActionState(deleteDocument, initialFormState)
  return (
    <form action={action} className={styles.deleteForm}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel={pendingLabel} className="button button--ghost button--small">
        {text}
        <span className="visually-hidden"> {detail}</span>
      </SubmitButton>
      {state.status === 'error' && state.message && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  )
}
