/**
 * Order milestones, as customers follow them (docs/business.md): each change is dated in the timeline and only
 * moves forward. A car bought inside the EU skips customs; cancelling is possible until delivery.
 */
export const ORDER_STATUSES = [
  'awaiting_deposit',
  'deposit_paid',
  'vehicle_purchased',
  'transport_booked',
  'shipped',
  'arrived',
  'customs_cleared',
  'homologated',
  'registered',
  'ready',
  'delivered',
  'cancelled',
] as const

export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const ORDER_STATUS_LABELS: Record<OrderStatus, { en: string; fr: string }> = {
  awaiting_deposit: { en: 'Awaiting deposit', fr: 'Acompte en attente' },
  deposit_paid: { en: 'Deposit paid', fr: 'Acompte réglé' },
  vehicle_purchased: { en: 'Vehicle purchased', fr: 'Véhicule acheté' },
  transport_booked: { en: 'Transport booked', fr: 'Transport réservé' },
  shipped: { en: 'Shipped', fr: 'Expédié' },
  arrived: { en: 'Arrived', fr: 'Arrivé' },
  customs_cleared: { en: 'Customs cleared (846A)', fr: 'Dédouané (846A)' },
  homologated: { en: 'COC / RTI done', fr: 'Homologation faite (COC / RTI)' },
  registered: { en: 'Registered', fr: 'Immatriculé' },
  ready: { en: 'Ready for handover', fr: 'Prêt à être remis' },
  delivered: { en: 'Delivered', fr: 'Livré' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
}

const FORWARD: Record<OrderStatus, OrderStatus[]> = {
  awaiting_deposit: ['deposit_paid'],
  deposit_paid: ['vehicle_purchased'],
  vehicle_purchased: ['transport_booked'],
  transport_booked: ['shipped'],
  shipped: ['arrived'],
  arrived: ['customs_cleared', 'homologated'],
  customs_cleared: ['homologated'],
  homologated: ['registered'],
  registered: ['ready'],
  ready: ['delivered'],
  delivered: [],
  cancelled: [],
}

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value)
}

export function isFinalOrderStatus(status: OrderStatus): boolean {
  return status === 'delivered' || status === 'cancelled'
}

export function allowedTransitions(from: OrderStatus): OrderStatus[] {
  return isFinalOrderStatus(from) ? [] : [...FORWARD[from], 'cancelled']
}

/** The usual next milestone (customs for an import), or null at the end. */
export function nextStatus(from: OrderStatus): OrderStatus | null {
  return FORWARD[from][0] ?? null
}

export interface TimelineEntry {
  status: OrderStatus
  from: OrderStatus | null
  at: string
  by?: string
  /** Shown to the customer: on their timeline, in the portal and in the milestone e-mail. */
  customerNote?: string
  /** For staff only; never shown to the customer. */
  internalNote?: string
}

/** What staff write with a move: one note for the customer, one for the team. */
export interface MilestoneNotes {
  customer?: string | null
  internal?: string | null
}

export interface OrderState {
  status: OrderStatus
  timeline: TimelineEntry[]
}

export type TransitionResult = ({ ok: true } & OrderState) | { ok: false; reason: string }

export function transition(
  order: OrderState,
  to: OrderStatus,
  at: Date,
  by?: string,
  notes: MilestoneNotes = {},
): TransitionResult {
  const { status, timeline } = order
  if (!isOrderStatus(to)) return { ok: false, reason: `Unknown order status '${String(to)}'.` }
  if (Number.isNaN(at.getTime())) return { ok: false, reason: 'The date of the change is not a valid date.' }
  if (isFinalOrderStatus(status)) {
    return {
      ok: false,
      reason: `The order is ${ORDER_STATUS_LABELS[status].en.toLowerCase()}; it cannot change any more.`,
    }
  }
  if (!allowedTransitions(status).includes(to)) {
    return {
      ok: false,
      reason: `An order cannot go from '${status}' to '${to}'; allowed: ${allowedTransitions(status).join(', ')}.`,
    }
  }
  const last = timeline.at(-1)
  if (last && at.getTime() < new Date(last.at).getTime()) {
    return { ok: false, reason: `The change is dated before the last milestone (${last.at}).` }
  }
  const entry: TimelineEntry = {
    status: to,
    from: status,
    at: at.toISOString(),
    ...(by ? { by } : {}),
    ...(notes.customer?.trim() ? { customerNote: notes.customer.trim() } : {}),
    ...(notes.internal?.trim() ? { internalNote: notes.internal.trim() } : {}),
  }
  return { ok: true, status: to, timeline: [...timeline, entry] }
}
