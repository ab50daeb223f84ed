import type { CollectionConfig } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales, isStaff } from '@/access/roles'
import { publishedVehicles } from '@/access/publishedVehicles'
import { centsField } from '@/fields/money'
import { slugField } from '@/fields/slug'
import { previewUrl, storefrontPath } from '@/fields/previewUrl'
import { writableBy } from '@/fields/writableBy'
import type { Vehicle } from '@/payload-types'
import { marketingFields } from './fields/marketing'
import { specFields } from './fields/spec'
import { commercialFields } from './fields/commercial'
import { fillDerivedFields } from './hooks/fillDerivedFields'
import { fillEuroPrice } from './hooks/fillEuroPrice'
import { fillSearchText } from './hooks/fillSearchText'
import { listCardsByDefault } from './hooks/listCardsByDefault'
import { VEHICLE_CARD } from './card'
import { revalidateCollection } from '@/hooks/revalidate'
import { refreshVehicleLandedPrices } from '@/landedPrices/hooks'

const revalidateVehicles = revalidateCollection('vehicles')

const salesOnly = (fields: Parameters<typeof writableBy>[2]) =>
  writableBy(or(isAdmin, isSales), 'Only sales staff can change this field.', fields)

export const Vehicles: CollectionConfig = {
  slug: 'vehicles',
  admin: {
    useAsTitle: 'title',
    group: 'Inventory',
    defaultColumns: ['title', 'price', 'mileageKm', 'status', 'year', 'originCountry', '_status'],
    listSearchableFields: ['title', 'make', 'model', 'vin', 'slug'],
    pagination: { defaultLimit: 25 },
    livePreview: {
      url: ({ data, locale }) => previewUrl(storefrontPath(`vehicles/${data?.slug ?? ''}`, locale?.code)),
    },
    preview: (data, { locale }) => previewUrl(storefrontPath(`vehicles/${data?.slug ?? ''}`, locale)),
  },
  versions: { drafts: { schedulePublish: false }, maxPerDoc: 30 },
  // What a page block or a quote shows of a vehicle it links to: a card, not the whole record.
  defaultPopulate: VEHICLE_CARD,
  access: {
    read: or(isStaff, () => publishedVehicles),
    readVersions: isStaff,
    create: or(isAdmin, isSales),
    update: isStaff,
    delete: or(isAdmin, isSales),
  },
  hooks: {
    beforeOperation: [listCardsByDefault],
    beforeValidate: [fillDerivedFields],
    beforeChange: [fillEuroPrice, fillSearchText],
    afterChange: [refreshVehicleLandedPrices, revalidateVehicles.afterChange],
    afterDelete: [revalidateVehicles.afterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      index: true,
      admin: { readOnly: true, description: 'Make, model and trim, kept up to date automatically.' },
    },
    {
      // Written by fillSearchText; a plain column so that the storefront search joins nothing.
      name: 'searchText',
      type: 'text',
      hidden: true,
      access: { create: () => false, update: () => false },
    },
    ...salesOnly([
      slugField<Vehicle>((data) =>
        [data.make, data.model, data.trim, data.year, data.vin?.slice(-6)].filter(Boolean).join(' '),
      ),
    ]),
    {
      type: 'tabs',
      tabs: [
        { label: 'Specification', fields: salesOnly(specFields) },
        { label: 'Price & origin', fields: salesOnly(commercialFields) },
        { label: 'Marketing', fields: marketingFields },
        {
          label: 'Internal',
          fields: salesOnly([
            {
              name: 'internal',
              type: 'group',
              access: { read: or(isAdmin, isSales) },
              admin: { description: 'Never shown to customers or marketing.' },
              fields: [
                { name: 'supplier', type: 'text', maxLength: 200 },
                centsField('purchaseCost', { label: 'Purchase cost' }),
                { name: 'notes', type: 'textarea', maxLength: 5000 },
              ],
            },
          ]),
        },
      ],
    },
  ],
}
