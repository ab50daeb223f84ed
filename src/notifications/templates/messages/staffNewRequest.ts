import type { MessageDefinition } from '../message'
import { fr } from '../typography'

export const staffNewRequest: MessageDefinition<'staff_new_request'> = (v, c) => {
  const { siteName } = c.brand
  const vehicle = v.vehicle ?? undefined
  if (c.locale === 'fr') {
    const kind = v.kind === 'sourcing' ? 'recherche sur mesure' : 'véhicule en stock'
    return {
      subject: fr`Nouvelle demande ${v.quoteNumber} – ${v.customerName}`,
      preheader: fr`${v.customerName} attend un devis (${kind}).`,
      heading: 'Nouvelle demande à chiffrer',
      paragraphs: [
        fr`${v.customerName} vient d'envoyer une demande (${kind}). La demande attend d'être prise en charge et chiffrée.`,
      ],
      note: v.message ? { label: 'Message du client', text: v.message } : undefined,
      summary: {
        rows: [
          { label: 'Demande', value: v.quoteNumber },
          { label: 'Client', value: v.customerName },
          { label: 'E-mail', value: v.customerEmail },
          { label: 'Type', value: kind },
          ...(vehicle ? [{ label: 'Véhicule', value: vehicle }] : []),
        ],
      },
      action: { label: 'Ouvrir la demande', url: v.adminUrl },
      reason: fr`Vous recevez ce message car cette adresse reçoit les nouvelles demandes de ${siteName}.`,
      sms: fr`${siteName} : nouvelle demande ${v.quoteNumber} (${kind}) de ${v.customerName}.`,
    }
  }
  const kind = v.kind === 'sourcing' ? 'sourcing request' : 'car in stock'
  return {
    subject: `New request ${v.quoteNumber} – ${v.customerName}`,
    preheader: `${v.customerName} is waiting for a quote (${kind}).`,
    heading: 'A new request to price',
    paragraphs: [
      `${v.customerName} has just sent a request (${kind}). It is waiting for someone to take it on and price it.`,
    ],
    note: v.message ? { label: 'Message from the customer', text: v.message } : undefined,
    summary: {
      rows: [
        { label: 'Request', value: v.quoteNumber },
        { label: 'Customer', value: v.customerName },
        { label: 'E-mail', value: v.customerEmail },
        { label: 'Kind', value: kind },
        ...(vehicle ? [{ label: 'Vehicle', value: vehicle }] : []),
      ],
    },
    action: { label: 'Open the request', url: v.adminUrl },
    reason: `You are receiving this because this address receives new requests sent to ${siteName}.`,
    sms: `${siteName}: new request ${v.quoteNumber} (${kind}) from ${v.customerName}.`,
  }
}
