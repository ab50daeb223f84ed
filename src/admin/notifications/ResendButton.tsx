'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** Sends a recorded message again (a new delivery, listed with its own status). */
export const ResendButton = () => {
  const { id } = useDocumentInfo()
  const [state, setState] = useState<{ busy: boolean; message?: string; newId?: string }>({ busy: false })
  if (!id) return null
  const resend = async () => {
    setState({ busy: true })
    const response = await fetch(`/api/notifications/${id}/resend`, { method: 'POST', credentials: 'include' })
    const body = await response.json().catch(() => ({}))
    setState(
      response.ok
        ? { busy: false, message: 'Queued again.', newId: body.notification?.id }
        : { busy: false, message: body.errors?.[0]?.message ?? `Refused (${response.status}).` },
    )
  }
  return (
    <section aria-label="Resend" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={state.busy} onClick={resend}>
        {state.busy ? 'Queuing…' : 'Resend'}
      </Button>
      {state.message && (
        <p role="status">
          {state.message}{' '}
          {state.newId && <a href={`/admin/collections/notifications/${state.newId}`}>Open the new message</a>}
        </p>
      )}
    </section>
  )
}
