'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/** Queues the GDPR erasure of the customer being edited, after an explicit confirmation. */
export const EraseButton = () => {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields['erasure.status']?.value as string | undefined)
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  if (!id) return null
  if (status === 'requested' || status === 'erased') {
    return <p role="status">{status === 'erased' ? 'Personal data erased.' : 'Erasure in progress.'}</p>
  }
  const erase = async () => {
    const confirmed = window.confirm(
      'Erase this customer’s personal data? Name, contact details, address, documents, requests and messages are removed for good; orders and payments stay, anonymised, for 10 years. This cannot be undone.',
    )
    if (!confirmed) return
    setState({ busy: true })
    const response = await fetch(`/api/customers/${id}/erase`, { method: 'POST', credentials: 'include' })
    const body = await response.json().catch(() => ({}))
    setState({
      busy: false,
      message: response.ok
        ? 'Erasure queued: it runs in the background; reload to follow its progress.'
        : (body.errors?.[0]?.message ?? `Refused (${response.status}).`),
    })
  }
  return (
    <section aria-label="Erase" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="error" size="small" disabled={state.busy} onClick={erase}>
        {state.busy ? 'Queuing…' : 'Erase personal data (GDPR)'}
      </Button>
      {state.message && <p role="status">{state.message}</p>}
    </section>
  )
}
