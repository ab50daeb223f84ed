/**
 * Moves a demo order to its target milestone the way staff would: a deposit payment (the order reaches
 * "deposit paid" by itself), then one status at a time (the Orders hook dates each step), with the
 * shipping, documents and registration details each step brings.
 */
import type { Payload, RequestContext } from 'payload'

import { balanceAfterDeposit } from '@/domain/orderBalance'
import { nextStatus, type MilestoneNotes, type OrderStatus } from '@/domain/orderStatus'
import { idOf } from '@/domain/relationId'
import type { Order, User } from '@/payload-types'
import { attachOrderDocument } from './documents'
import { daysFromNow, frenchPlate, needsCustoms, shippingPlan } from './logistics'
import type { Random } from './random'

export type FlowContext = {
  payload: Payload
  context: RequestContext
  sales: User & { collection: 'users' }
  random: Random
}

export type OrderPlan = {
  target: OrderStatus
  provider: 'bank_transfer' | 'stripe'
  /** Origin country of the vehicle (customs, shipping mode). */
  origin: string
  vehicleId: string
  supplier: string
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

function reference(flow: FlowContext, plan: OrderPlan, order: Order, kind: 'deposit' | 'balance' | 'refund'): string {
  if (plan.provider === 'stripe') return `${kind === 'refund' ? 're' : 'pi'}_3${flow.random.chars(ALNUM, 23)}`
  const label = { deposit: 'ACOMPTE', balance: 'SOLDE', refund: 'REMBOURSEMENT' }[kind]
  return `VIR-${order.number}-${label}`
}

async function pay(
  flow: FlowContext,
  plan: OrderPlan,
  order: Order,
  kind: 'deposit' | 'balance' | 'refund',
  amount: number,
  status: 'succeeded' | 'pending' = 'succeeded',
) {
  if (amount <= 0) return
  await flow.payload.create({
    collection: 'payments',
    data: {
      order: order.id,
      provider: plan.provider,
      kind,
      status,
      amount,
      currency: 'EUR',
      providerReference: reference(flow, plan, order, kind),
    },
    // Staff type in bank transfers; card payments are written by Stripe's confirmation, with no user.
    ...(plan.provider === 'bank_transfer' ? { user: flow.sales } : {}),
    depth: 0,
    context: flow.context,
  })
}

async function setStatus(
  flow: FlowContext,
  id: string,
  status: OrderStatus,
  extra: Partial<Order> = {},
  notes: MilestoneNotes = {},
): Promise<Order> {
  return flow.payload.update({
    collection: 'orders',
    id,
    data: {
      ...extra,
      status,
      ...(notes.customer ? { milestoneCustomerNote: notes.customer } : {}),
      ...(notes.internal ? { milestoneInternalNote: notes.internal } : {}),
    },
    user: flow.sales,
    depth: 0,
    context: flow.context,
  })
}

async function setVehicleStatus(
  flow: FlowContext,
  id: string,
  status: 'available' | 'reserved' | 'sold' | 'in_transit' | 'delivered',
) {
  await flow.payload.update({ collection: 'vehicles', id, data: { status }, depth: 0, context: flow.context })
}

/** The milestones between "deposit paid" and the target, customs only for cars from outside the EU. */
function pathTo(target: OrderStatus, origin: string): OrderStatus[] {
  const path: OrderStatus[] = []
  let status: OrderStatus | null = 'deposit_paid'
  while (status && status !== target) {
    const next: OrderStatus | null = status === 'arrived' && !needsCustoms(origin) ? 'homologated' : nextStatus(status)
    if (!next) break
    path.push(next)
    status = next
  }
  return path
}

export async function advanceOrder(flow: FlowContext, orderId: string, plan: OrderPlan): Promise<Order> {
  let order = await flow.payload.findByID({ collection: 'orders', id: orderId, depth: 0 })
  const customer = idOf(order.customer)
  const total = order.totals?.total ?? 0
  const deposit = order.totals?.depositDue ?? 0

  if (plan.target === 'awaiting_deposit') {
    // A transfer announced by the customer but not yet on our account.
    if (plan.provider === 'bank_transfer') await pay(flow, plan, order, 'deposit', deposit, 'pending')
    return order
  }

  await pay(flow, plan, order, 'deposit', deposit)
  order = await flow.payload.findByID({ collection: 'orders', id: orderId, depth: 0 })
  if (order.status !== 'deposit_paid')
    throw new Error(`Order ${order.number} did not reach deposit_paid after its deposit`)
  await attachOrderDocument(flow, {
    customer,
    order: order.id,
    type: 'invoice',
    title: `Facture d'acompte ${order.number}`,
    lines: [`Acompte : ${(deposit / 100).toFixed(2)} EUR`, `Total du devis : ${(total / 100).toFixed(2)} EUR`],
  })

  if (plan.target === 'cancelled') {
    order = await setStatus(
      flow,
      orderId,
      'cancelled',
      {},
      { customer: 'Annulé à la demande du client avant l’achat du véhicule' },
    )
    await pay(flow, plan, order, 'refund', deposit)
    await setVehicleStatus(flow, plan.vehicleId, 'available')
    return flow.payload.findByID({ collection: 'orders', id: orderId, depth: 0 })
  }

  const shipping = shippingPlan(plan.origin, plan.target, flow.random)
  for (const step of pathTo(plan.target, plan.origin)) {
    switch (step) {
      case 'vehicle_purchased':
        order = await setStatus(
          flow,
          orderId,
          step,
          {},
          {
            customer: 'Le véhicule est acheté et réservé à votre nom',
            internal: `Acheté auprès de ${plan.supplier}`,
          },
        )
        await setVehicleStatus(flow, plan.vehicleId, 'sold')
        break
      case 'transport_booked':
        order = await setStatus(
          flow,
          orderId,
          step,
          { shipping: shipping.booked },
          { customer: `Transport réservé avec ${shipping.booked.carrier}` },
        )
        break
      case 'shipped':
        order = await setStatus(flow, orderId, step, { shipping: shipping.shipped })
        await setVehicleStatus(flow, plan.vehicleId, 'in_transit')
        if (shipping.sea) {
          await attachOrderDocument(flow, {
            customer,
            order: order.id,
            type: 'bill_of_lading',
            title: `Connaissement ${shipping.shipped.bookingReference}`,
            lines: [
              `Navire : ${shipping.shipped.vessel}`,
              `Conteneur : ${shipping.shipped.containerNumber ?? '-'}`,
              `${shipping.shipped.portOfLoading} -> ${shipping.shipped.portOfDischarge}`,
            ],
          })
        }
        break
      case 'customs_cleared':
        order = await setStatus(flow, orderId, step, {}, { customer: 'Certificat 846A délivré par la douane' })
        await attachOrderDocument(flow, {
          customer,
          order: order.id,
          type: 'customs_846a',
          title: `Certificat de dedouanement 846A`,
          lines: [`Commande ${order.number}`],
        })
        break
      case 'homologated':
        order = await setStatus(
          flow,
          orderId,
          step,
          {},
          { customer: needsCustoms(plan.origin) ? 'Réception validée par la DREAL' : 'COC européen vérifié' },
        )
        await attachOrderDocument(flow, {
          customer,
          order: order.id,
          type: 'coc',
          title: 'Certificat de conformite europeen (COC)',
          lines: [`Commande ${order.number}`],
        })
        break
      case 'registered': {
        const plate = frenchPlate(flow.random)
        order = await setStatus(
          flow,
          orderId,
          step,
          { registration: { plate, registeredAt: daysFromNow(-1 - flow.random.int(0, 10), Date.now()) } },
          { customer: `Immatriculé ${plate}` },
        )
        await attachOrderDocument(flow, {
          customer,
          order: order.id,
          type: 'registration',
          title: `Certificat d'immatriculation ${plate}`,
          lines: [`Commande ${order.number}`],
        })
        break
      }
      case 'ready':
        await pay(flow, plan, order, 'balance', balanceAfterDeposit(total, deposit))
        order = await setStatus(
          flow,
          orderId,
          step,
          {},
          { customer: 'Préparé et prêt à être remis au showroom de Lyon' },
        )
        break
      case 'arrived':
        order = await setStatus(
          flow,
          orderId,
          step,
          {},
          { customer: `Arrivé à ${shipping.shipped.portOfDischarge ?? 'Lyon'}` },
        )
        await setVehicleStatus(flow, plan.vehicleId, 'sold')
        break
      case 'delivered':
        order = await setStatus(flow, orderId, step, {}, { customer: 'Clés remises au client' })
        await setVehicleStatus(flow, plan.vehicleId, 'delivered')
        break
      default:
        order = await setStatus(flow, orderId, step)
    }
  }
  return order
}
