'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { adminWords } from '@/admin/i18n/words'

/** Sends a recorded message again (a new delivery, listed with its own status). */
export const ResendButton = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const all = adminWords(i18n.language)
  const words = all.resend
  const [state, setState] = useState<{ busy: boolean; message?: string; newId?: string }>({ busy: false })
  if (!id) return null
  const resend = async () => {
    setState({ busy: true })
    const response = await fetch(`/api/notifications/${id}/resend`, { method: 'POST', credentials: 'include' })
    const body = await response.json().catch(() => ({}))
    setState(
      response.ok
        ? { busy: false, message: words.queued, newId: body.notification?.id }
        : { busy: false, message: body.errors?.[0]?.message ?? all.refused(response.status) },
    )
  }
  return (
    <section aria-label={words.label} style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={state.busy} onClick={resend}>
        {state.busy ? words.queuing : words.button}
      </Button>
      {state.message && (
        <p role="status">
          {state.message}{' '}
          {state.newId && <a href={`/admin/collections/notifications/${state.newId}`}>{words.openNew}</a>}
        </p>
      )}
    </section>
  )
}
