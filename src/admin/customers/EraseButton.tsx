'use client'
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { adminWords } from '@/admin/i18n/words'

/** Queues the GDPR erasure of the customer being edited, after an explicit confirmation. */
export const EraseButton = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const all = adminWords(i18n.language)
  const words = all.erase
  const status = useFormFields(([fields]) => fields['erasure.status']?.value as string | undefined)
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  if (!id) return null
  if (status === 'requested' || status === 'erased') {
    return <p role="status">{status === 'erased' ? words.erased : words.inProgress}</p>
  }
  const erase = async () => {
    const confirmed = window.confirm(words.confirm)
    if (!confirmed) return
    setState({ busy: true })
    const response = await fetch(`/api/customers/${id}/erase`, { method: 'POST', credentials: 'include' })
    const body = await response.json().catch(() => ({}))
    setState({
      busy: false,
      message: response.ok ? words.queued : (body.errors?.[0]?.message ?? all.refused(response.status)),
    })
  }
  return (
    <section aria-label={words.label} style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="error" size="small" disabled={state.busy} onClick={erase}>
        {state.busy ? words.queuing : words.button}
      </Button>
      {state.message && <p role="status">{state.message}</p>}
    </section>
  )
}
