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
 * at once, with two optional notes: one the customer reads (their timeline, the milestone e-mail)
 * and one for staff only. The server re-checks the move.
 */
const labelStyle = { display: 'block', fontSize: '0.85rem', marginBottom: '0.25rem' } as const
const helpStyle = { fontSize: '0.75rem', opacity: 0.75, margin: '0.2rem 0 0.6rem' } as const

export const OrderStatusField: SelectFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  const { submit } = useForm()
  const router = useRouter()
  const { i18n } = useTranslation()
  const words = adminWords(i18n.language).orderStatus
  const label = (to: OrderStatus) => inAdminLanguage(ORDER_STATUS_LABELS[to], i18n.language)
  const modified = useFormModified()
  const [customerNote, setCustomerNote] = useState('')
  const [internalNote, setInternalNote] = useState('')
  const [busy, setBusy] = useState(false)
  const status: OrderStatus = isOrderStatus(value) ? value : 'awaiting_deposit'
  const next = nextStatus(status)
  const moves = allowedTransitions(status)

  const move = async (to: OrderStatus) => {
    if (to === 'cancelled' && !window.confirm(words.confirmCancel)) return
    setBusy(true)
    try {
      await submit({
        overrides: {
          status: to,
          milestoneCustomerNote: customerNote || undefined,
          milestoneInternalNote: internalNote || undefined,
        },
      })
      setCustomerNote('')
      setInternalNote('')
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
          <label htmlFor="milestone-customer-note" style={labelStyle}>
            {words.customerNote}
          </label>
          <input
            id="milestone-customer-note"
            type="text"
            maxLength={300}
            value={customerNote}
            onChange={(event) => setCustomerNote(event.target.value)}
            aria-describedby="milestone-customer-note-help"
            style={{ width: '100%' }}
          />
          <p id="milestone-customer-note-help" style={helpStyle}>
            {words.customerNoteHelp}
          </p>
          <label htmlFor="milestone-internal-note" style={labelStyle}>
            {words.internalNote}
          </label>
          <input
            id="milestone-internal-note"
            type="text"
            maxLength={300}
            value={internalNote}
            onChange={(event) => setInternalNote(event.target.value)}
            aria-describedby="milestone-internal-note-help"
            style={{ width: '100%' }}
          />
          <p id="milestone-internal-note-help" style={helpStyle}>
            {words.internalNoteHelp}
          </p>
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
