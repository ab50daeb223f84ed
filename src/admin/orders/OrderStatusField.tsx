'use client'
import { Button, FieldLabel, Pill, useField, useForm, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { SelectFieldClientComponent } from 'payload'
import { useState } from 'react'

import { adminWords, inAdminLanguage } from '@/admin/i18n/words'
import {
  allowedTransitions,
  isOrderStatus,
  nextStatus,
  ORDER_STATUS_LABELS,
  type OrderStatus,
} from '@/domain/orderStatus'

/**
 * The order's milestone with the moves the state machine allows from it. A move saves the order
 * at once (with an optional note for the timeline); the server re-checks it.
 */
export const OrderStatusField: SelectFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  const { submit } = useForm()
  const router = useRouter()
  const { i18n } = useTranslation()
  const words = adminWords(i18n.language).orderStatus
  const label = (to: OrderStatus) => inAdminLanguage(ORDER_STATUS_LABELS[to], i18n.language)
  const modified = useFormModified()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const status: OrderStatus = isOrderStatus(value) ? value : 'awaiting_deposit'
  const next = nextStatus(status)
  const moves = allowedTransitions(status)

  const move = async (to: OrderStatus) => {
    if (to === 'cancelled' && !window.confirm(words.confirmCancel)) return
    setBusy(true)
    try {
      await submit({ overrides: { status: to, milestoneNote: note || undefined } })
      setNote('')
      // The timeline beside is rendered on the server: fetch it again with the new milestone.
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={words.milestone} path={path} />
      <div style={{ marginBottom: '0.75rem' }}>
        <Pill pillStyle={status === 'cancelled' ? 'error' : status === 'delivered' ? 'success' : 'light'}>
          <span data-testid="order-status">{label(status)}</span>
        </Pill>
      </div>
      {moves.length > 0 && (
        <>
          <label htmlFor="milestone-note" style={{ display: 'block', fontSize: '0.85rem', marginBottom: '0.25rem' }}>
            {words.note}
          </label>
          <input
            id="milestone-note"
            type="text"
            maxLength={300}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            style={{ width: '100%', marginBottom: '0.5rem' }}
          />
          {modified && <p style={{ fontSize: '0.8rem', margin: '0 0 0.5rem' }}>{words.otherChangesSaved}</p>}
          <div style={{ display: 'flex', flexDirection: 'column', gap: '0.4rem' }}>
            {moves.map((to) => (
              <Button
                key={to}
                buttonStyle={to === next ? 'primary' : to === 'cancelled' ? 'error' : 'secondary'}
                disabled={busy}
                onClick={() => move(to)}
                margin={false}
              >
                {to === 'cancelled' ? words.cancelOrder : words.moveTo(label(to))}
              </Button>
            ))}
          </div>
        </>
      )}
    </div>
  )
}
