import type { Energy } from './importRules'

/** The enumerations a vehicle is described with, shared by the admin, the storefront and the seed. */
export const FUELS: { value: Energy; en: string; fr: string }[] = [
  { value: 'petrol', en: 'Petrol', fr: 'Essence' },
  { value: 'diesel', en: 'Diesel', fr: 'Diesel' },
  { value: 'hybrid', en: 'Hybrid', fr: 'Hybride' },
  { value: 'plugin_hybrid', en: 'Plug-in hybrid', fr: 'Hybride rechargeable' },
  { value: 'electric', en: 'Electric', fr: 'Électrique' },
  { value: 'hydrogen', en: 'Hydrogen', fr: 'Hydrogène' },
  { value: 'lpg', en: 'LPG', fr: 'GPL' },
  { value: 'other', en: 'Other', fr: 'Autre' },
]

export const TRANSMISSIONS = [
  { value: 'manual', en: 'Manual', fr: 'Manuelle' },
  { value: 'automatic', en: 'Automatic', fr: 'Automatique' },
] as const

export const BODIES = [
  { value: 'sedan', en: 'Sedan', fr: 'Berline' },
  { value: 'hatchback', en: 'Hatchback', fr: 'Compacte' },
  { value: 'estate', en: 'Estate', fr: 'Break' },
  { value: 'suv', en: 'SUV', fr: 'SUV' },
  { value: 'coupe', en: 'Coupé', fr: 'Coupé' },
  { value: 'convertible', en: 'Convertible', fr: 'Cabriolet' },
  { value: 'mpv', en: 'MPV', fr: 'Monospace' },
  { value: 'pickup', en: 'Pick-up', fr: 'Pick-up' },
  { value: 'van', en: 'Van', fr: 'Utilitaire' },
] as const

export const VEHICLE_STATUSES = [
  { value: 'draft', en: 'Draft', fr: 'Brouillon' },
  { value: 'available', en: 'Available', fr: 'Disponible' },
  { value: 'reserved', en: 'Reserved', fr: 'Réservé' },
  { value: 'sold', en: 'Sold', fr: 'Vendu' },
  { value: 'in_transit', en: 'In transit', fr: 'En transit' },
  { value: 'delivered', en: 'Delivered', fr: 'Livré' },
] as const

/** Statuses a visitor may see on the storefront. */
export const PUBLIC_VEHICLE_STATUSES = ['available', 'reserved'] as const

export const EURO_NORMS = ['euro1', 'euro2', 'euro3', 'euro4', 'euro5', 'euro6', 'euro6d', 'euro7', 'none'] as const

export const DOCUMENT_TYPES = [
  { value: 'identity', en: 'Identity document', fr: "Pièce d'identité", identity: true },
  { value: 'driving_licence', en: 'Driving licence', fr: 'Permis de conduire', identity: true },
  { value: 'proof_of_address', en: 'Proof of address', fr: 'Justificatif de domicile', identity: true },
  { value: 'coc', en: 'Certificate of conformity (COC)', fr: 'Certificat de conformité (COC)', identity: false },
  { value: 'invoice', en: 'Invoice', fr: 'Facture', identity: false },
  { value: 'bill_of_lading', en: 'Bill of lading', fr: 'Connaissement', identity: false },
  { value: 'customs_846a', en: 'Customs clearance (846A)', fr: 'Certificat de dédouanement (846A)', identity: false },
  { value: 'registration', en: 'Registration certificate', fr: "Certificat d'immatriculation", identity: false },
  { value: 'other', en: 'Other', fr: 'Autre', identity: false },
] as const

export type DocumentType = (typeof DOCUMENT_TYPES)[number]['value']

export const CUSTOMER_DOCUMENT_TYPES: DocumentType[] = ['identity', 'driving_licence', 'proof_of_address']

export function isIdentityDocument(type: string): boolean {
  return DOCUMENT_TYPES.some((entry) => entry.value === type && entry.identity)
}
