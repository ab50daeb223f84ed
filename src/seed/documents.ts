import type { Payload, RequestContext } from 'payload'

import { idOf } from '@/domain/relationId'
import { CUSTOMER_DOCUMENT_TYPES, type DocumentType } from '@/domain/vehicleOptions'
import type { User } from '@/payload-types'
import { inBatches } from './batches'
import type { CustomerSeed } from './customers'
import { scanPng, simplePdf } from './files'

type Status = 'pending' | 'verified' | 'rejected'
type Upload = {
  type: 'identity' | 'driving_licence' | 'proof_of_address'
  status: Status
  reason?: string
  pdf?: boolean
}

const REJECTIONS = [
  'Document illisible : merci d’envoyer un scan en couleur des deux faces.',
  'Justificatif de plus de trois mois : merci d’en fournir un récent (facture d’énergie, avis d’imposition).',
  'Le nom sur le document ne correspond pas à celui du compte.',
  'Pièce d’identité expirée : merci d’envoyer un document en cours de validité.',
]

/** What each customer has uploaded and how staff answered (the KYC status follows from it). */
function uploadsFor(index: number): Upload[] {
  if (index === 0)
    return [
      { type: 'identity', status: 'pending' },
      { type: 'proof_of_address', status: 'verified', pdf: true },
    ]
  if (index === 1)
    return [
      { type: 'identity', status: 'verified' },
      { type: 'proof_of_address', status: 'verified', pdf: true },
    ]
  const other = index - 2
  if (other >= 15) return []
  switch (other % 5) {
    case 0:
    case 3:
      return [
        { type: 'identity', status: 'verified' },
        { type: 'proof_of_address', status: 'verified', pdf: true },
      ]
    case 1:
      return [
        { type: 'identity', status: 'pending' },
        { type: 'proof_of_address', status: 'pending', pdf: other % 2 === 0 },
      ]
    case 2:
      return [
        { type: 'identity', status: 'rejected', reason: REJECTIONS[other % 2 === 0 ? 0 : 3] },
        { type: 'proof_of_address', status: 'verified', pdf: true },
      ]
    default:
      return [
        { type: 'driving_licence', status: 'verified' },
        { type: 'proof_of_address', status: 'rejected', reason: REJECTIONS[other % 3 === 0 ? 1 : 2], pdf: true },
      ]
  }
}

const FILE_NAMES: Record<Upload['type'], string> = {
  identity: 'carte-identite',
  driving_licence: 'permis-de-conduire',
  proof_of_address: 'justificatif-domicile',
}

/**
 * Identity documents and proofs of address for the demo customers and 15 others, uploaded as the
 * customer would, then reviewed by sales. A customer who already has any is left alone.
 */
export async function seedIdentityDocuments(
  payload: Payload,
  context: RequestContext,
  customers: CustomerSeed[],
  customerIds: Map<string, string>,
  sales: User & { collection: 'users' },
): Promise<string> {
  const quiet = { ...context, skipAccessLog: true }
  const { docs } = await payload.find({
    collection: 'documents',
    where: { type: { in: CUSTOMER_DOCUMENT_TYPES } },
    select: { owner: true },
    pagination: false,
    depth: 0,
    context: quiet,
  })
  const owners = new Set(docs.map((doc) => idOf(doc.owner)))
  let created = 0
  let skipped = 0
  await inBatches([...customers.entries()], 3, async ([index, customer]) => {
    const uploads = uploadsFor(index)
    const owner = customerIds.get(customer.email)
    if (!owner || uploads.length === 0) return
    if (owners.has(owner)) {
      skipped += 1
      return
    }
    for (const upload of uploads) {
      const name = `${FILE_NAMES[upload.type]}-${customer.lastName
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}`
      const file = upload.pdf
        ? simplePdf(
            [
              "Facture d'electricite",
              `${customer.firstName} ${customer.lastName}`,
              customer.address.line1,
              `${customer.address.postcode} ${customer.address.city}`,
              'Periode : octobre 2026',
              'Montant TTC : 84,20 EUR',
            ],
            `${name}.pdf`,
          )
        : await scanPng(upload.type, `${name}.png`, index)
      const doc = await payload.create({
        collection: 'documents',
        data: { owner, type: upload.type, status: 'pending' },
        file,
        depth: 0,
        context: quiet,
      })
      if (upload.status !== 'pending') {
        await payload.update({
          collection: 'documents',
          id: doc.id,
          data: { status: upload.status, rejectionReason: upload.reason ?? null },
          user: sales,
          depth: 0,
          context: quiet,
        })
      }
      created += 1
    }
  })
  return `Seeded ${created} identity documents (${skipped} customers already had theirs)`
}

/** A document Autoport issues for an order (invoice, bill of lading, 846A, COC, registration). */
export async function attachOrderDocument(
  flow: { payload: Payload; context: RequestContext; sales: User & { collection: 'users' } },
  {
    customer,
    order,
    type,
    title,
    lines,
  }: { customer: string; order: string; type: DocumentType; title: string; lines: string[] },
): Promise<void> {
  const name = `${type.replace(/_/g, '-')}-${order.slice(0, 8)}.pdf`
  await flow.payload.create({
    collection: 'documents',
    data: { owner: customer, order, type, status: 'verified', internalNotes: 'Émis par Autoport.' },
    file: simplePdf(['AUTOPORT', title, ...lines, 'Autoport SAS - 27 rue de Gerland - 69007 Lyon'], name),
    user: flow.sales,
    depth: 0,
    context: { ...flow.context, skipAccessLog: true },
  })
}
