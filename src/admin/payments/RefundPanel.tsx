'use client'
import { Button, useAllFormFields, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { formatEuroInput, parseEuroInput } from '../fields/euroInput'

/**
 * Refund from a received payment: through Stripe or PayPal for their payments (the money goes back
 * to the card or account), or recorded for a bank transfer that staff sent back by hand.
 */
export const RefundPanel = () => {
  const [fields] = useAllFormFields()
  const { id } = useDocumentInfo()
  const router = useRouter()
  const paid = fields.amount?.value as number | undefined
  const [text, setText] = useState(formatEuroInput(paid))
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  if (!id || fields.status?.value !== 'succeeded' || fields.kind?.value === 'refund') return null
  const provider = fields.provider?.value as string

  const refund = async () => {
    const amount = parseEuroInput(text)
    if (!amount || amount <= 0) {
      setMessage({ ok: false, text: 'Enter an amount in euros, e.g. 1 250,00.' })
      return
    }
    if (!window.confirm(`Refund ${formatEuroInput(amount)} € from this payment?`)) return
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/payments/${id}/refund`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ amount, reason: reason || undefined }),
      })
      const body = await response.json().catch(() => ({}))
      if (response.ok) {
        const status = body.refund?.status === 'succeeded' ? 'done' : 'sent; waiting for the provider to confirm'
        setMessage({ ok: true, text: `Refund of ${formatEuroInput(amount)} € ${status}.` })
        router.refresh()
      } else {
        setMessage({ ok: false, text: body.errors?.[0]?.message ?? `Refund refused (${response.status}).` })
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-label="Refund" style={{ margin: '1rem 0 2rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>Refund</h4>
      <p style={{ margin: '0 0 0.75rem', color: 'var(--theme-elevation-600)' }}>
        {provider === 'bank_transfer'
          ? 'Send the money back from the bank first, then record it here.'
          : `The refund goes back through ${provider === 'stripe' ? 'Stripe' : 'PayPal'} to the customer.`}
      </p>
      <label htmlFor="refund-amount" style={{ display: 'block', marginBottom: 4 }}>
        Amount (€)
      </label>
      <input
        id="refund-amount"
        inputMode="decimal"
        value={text}
        onChange={(event) => setText(event.target.value)}
        style={{ width: '100%', padding: '0.5rem', marginBottom: '0.5rem' }}
      />
      <label htmlFor="refund-reason" style={{ display: 'block', marginBottom: 4 }}>
        Reason (optional)
      </label>
      <input
        id="refund-reason"
        value={reason}
        maxLength={200}
        onChange={(event) => setReason(event.target.value)}
        style={{ width: '100%', padding: '0.5rem', marginBottom: '0.75rem' }}
      />
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={refund}>
        {busy ? 'Refunding…' : provider === 'bank_transfer' ? 'Record the refund' : 'Refund'}
      </Button>
      {message && (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
          {message.text}
        </p>
      )}
    </section>
  )
}
