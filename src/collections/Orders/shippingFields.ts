import type { Field, FieldHook } from 'payload'

import { containerNumberError, normaliseContainerNumber } from '@/domain/containerNumber'
import { isValidImoNumber, normaliseImoNumber } from '@/domain/imoNumber'

/** Stored the way carriers print it (MSCU1234565, 9839430), whatever spaces or case staff typed. */
const tidy =
  (normalise: (value: string) => string): FieldHook =>
  ({ value }) =>
    typeof value === 'string' && value.trim() ? normalise(value) : value

/**
 * Only a number staff change is checked: an order saved before the check existed, with a wrong
 * number on it, must still move through its milestones (hooks and jobs save it too).
 */
const unlessUnchanged =
  (error: (value: string) => string | null) =>
  (value: string | null | undefined, { previousValue }: { previousValue?: unknown }): string | true => {
    if (!value || value === previousValue) return true
    return error(value) ?? true
  }

export const shippingFields: Field[] = [
  {
    name: 'shipping',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'carrier', type: 'text', maxLength: 120 },
          { name: 'vessel', type: 'text', maxLength: 120 },
          {
            name: 'vesselImo',
            label: 'Vessel IMO number',
            type: 'text',
            maxLength: 12,
            admin: { description: 'Seven digits, e.g. 9839430: the customer can follow the ship on a public AIS map.' },
            hooks: { beforeValidate: [tidy(normaliseImoNumber)] },
            validate: unlessUnchanged((value) =>
              isValidImoNumber(value)
                ? null
                : 'An IMO number is 7 digits whose last one is a check digit, e.g. 9839430.',
            ),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'containerNumber',
            type: 'text',
            maxLength: 20,
            admin: { description: "ISO 6346, e.g. MSCU1234565: the customer's tracking link opens this container." },
            hooks: { beforeValidate: [tidy(normaliseContainerNumber)] },
            validate: unlessUnchanged(containerNumberError),
          },
          {
            name: 'billOfLading',
            label: 'Bill of lading',
            type: 'text',
            maxLength: 40,
            hooks: { beforeValidate: [tidy((value) => value.trim().toUpperCase())] },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'bookingReference', type: 'text', maxLength: 60 },
          { name: 'portOfLoading', type: 'text', maxLength: 80 },
          { name: 'portOfDischarge', type: 'text', maxLength: 80 },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'etd', label: 'Departure (ETD)', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          {
            name: 'eta',
            label: 'Arrival (ETA)',
            type: 'date',
            index: true,
            admin: { date: { pickerAppearance: 'dayOnly' } },
            validate: (value: Date | string | null | undefined, { siblingData }: { siblingData: { etd?: string } }) =>
              value && siblingData?.etd && new Date(value) < new Date(siblingData.etd)
                ? 'The arrival cannot be before the departure.'
                : true,
          },
        ],
      },
      {
        name: 'trackingUrl',
        type: 'text',
        maxLength: 500,
        admin: {
          description:
            'Only needed when the carrier is not recognised: a container, bill of lading or booking at a known line links itself.',
        },
        validate: (value: string | null | undefined) =>
          !value || /^https:\/\//.test(value) ? true : 'Use an https:// tracking link.',
      },
    ],
  },
  {
    name: 'registration',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'plate', type: 'text', maxLength: 12 },
          { name: 'registeredAt', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        ],
      },
    ],
  },
]
