import type { Block } from 'payload'

import { FR_REGIONS } from '@/domain/regions'

/** The building blocks of marketing pages; the storefront renders each one. */
export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  fields: [
    { name: 'kicker', type: 'text', localized: true, maxLength: 80 },
    { name: 'heading', type: 'text', localized: true, required: true, maxLength: 140 },
    { name: 'text', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'actions',
      type: 'array',
      maxRows: 2,
      fields: [
        { name: 'label', type: 'text', localized: true, required: true, maxLength: 60 },
        { name: 'href', type: 'text', required: true, maxLength: 300 },
      ],
    },
  ],
}

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  fields: [{ name: 'content', type: 'richText', localized: true, required: true }],
}

export const FeaturedVehiclesBlock: Block = {
  slug: 'featuredVehicles',
  interfaceName: 'FeaturedVehiclesBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 140 },
    {
      name: 'vehicles',
      type: 'relationship',
      relationTo: 'vehicles',
      hasMany: true,
      maxRows: 12,
      admin: { description: 'Empty: the vehicles marked "featured", newest first.' },
    },
    { name: 'limit', type: 'number', min: 1, max: 12, defaultValue: 6 },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true, required: true, maxLength: 140 },
    { name: 'text', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'label', type: 'text', localized: true, required: true, maxLength: 60 },
    { name: 'href', type: 'text', required: true, maxLength: 300 },
  ],
}

export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 140 },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'question', type: 'text', localized: true, required: true, maxLength: 200 },
        { name: 'answer', type: 'textarea', localized: true, required: true, maxLength: 2000 },
      ],
    },
  ],
}

export const ImportStepsBlock: Block = {
  slug: 'importSteps',
  interfaceName: 'ImportStepsBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 140 },
    {
      name: 'steps',
      type: 'array',
      minRows: 1,
      maxRows: 12,
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, maxLength: 80 },
        { name: 'text', type: 'textarea', localized: true, maxLength: 400 },
      ],
    },
  ],
}

/** The publisher and host as Site settings › Legal hold them: the legal notice shows them, nobody retypes them. */
export const LegalNoticeBlock: Block = {
  slug: 'legalNotice',
  interfaceName: 'LegalNoticeBlock',
  admin: { disableBlockName: true },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
      maxLength: 140,
      admin: { description: 'The details come from Site settings (Legal tab and Seller); edit them there.' },
    },
  ],
}

/** The contact form: name, e-mail, phone, subject, message; messages reach the team (Contact messages). */
export const ContactFormBlock: Block = {
  slug: 'contactForm',
  interfaceName: 'ContactFormBlock',
  admin: { disableBlockName: true },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 140 },
    { name: 'text', type: 'textarea', localized: true, maxLength: 600 },
  ],
}

export const PAGE_BLOCKS = [
  HeroBlock,
  RichTextBlock,
  FeaturedVehiclesBlock,
  CallToActionBlock,
  FaqBlock,
  ImportStepsBlock,
  LegalNoticeBlock,
  ContactFormBlock,
]

export const REGION_OPTIONS = FR_REGIONS.map(({ code, name }) => ({ value: code, label: name }))
