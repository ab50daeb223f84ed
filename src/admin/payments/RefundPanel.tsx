'use client'
import { Button, useAllFormFields, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { adminWords } from '@/admin/i18n/words'
import { formatAmount } from '@/domain/displayFormat'
import { formatEuroInput, parseEuroInput } from '../fields/euroInput'

/**
 * Refund from a received payment: through Stripe or PayPal for their payments (the money goes back
 * to the card or account), or recorded for a bank transfer that staff sent back by hand.
 */
export const RefundPanel = () => {
  const [fields] = useAllFormFields()
  const { id } = useDocumentInfo()
  const router = useRouter()
  const { i18n } = useTranslation()
  const words = adminWords(i18n.language).refund
  const euros = (cents: number) => formatAmount(cents, 'EUR', i18n.language)
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
      setMessage({ ok: false, text: words.enterAmount })
      return
    }
    if (!window.confirm(words.confirm(euros(amount)))) return
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
        const done = body.refund?.status === 'succeeded'
        setMessage({ ok: true, text: done ? words.done(euros(amount)) : words.sent(euros(amount)) })
        router.refresh()
      } else {
        setMessage({ ok: false, text: body.errors?.[0]?.message ?? words.refused(response.status) })
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-label={words.label} style={{ margin: '1rem 0 2rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{words.label}</h4>
      <p style={{ margin: '0 0 0.75rem', color: 'var(--theme-elevation-600)' }}>
        {provider === 'bank_transfer' ? words.bankFirst : words.through(provider === 'stripe' ? 'Stripe' : 'PayPal')}
      </p>
      <label htmlFor="refund-amount" style={{ display: 'block', marginBottom: 4 }}>
        {words.amount}
      </label>
      <input
        id="refund-amount"
        inputMode="decimal"
        value={text}
        onChange={(event) => setText(event.target.value)}
        style={{ width: '100%', padding: '0.5rem', marginBottom: '0.5rem' }}
      />
      <label htmlFor="refund-reason" style={{ display: 'block', marginBottom: 4 }}>
        {words.reason}
      </label>
      <input
        id="refund-reason"
        value={reason}
        maxLength={200}
        onChange={(event) => setReason(event.target.value)}
        style={{ width: '100%', padding: '0.5rem', marginBottom: '0.75rem' }}
      />
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={refund}>
        {busy ? words.refunding : provider === 'bank_transfer' ? words.record : words.refund}
      </Button>
      {message && (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
          {message.text}
        </p>
      )}
    </section>
  )
}
