import type { Locale } from '@/i18n/routing'
import type { Page } from '@/payload-types'
import { CallToAction } from './CallToAction'
import { ContactFormSection } from './ContactFormSection'
import { Faq } from './Faq'
import { FeaturedVehicles } from './FeaturedVehicles'
import { Hero } from './Hero'
import { ImportSteps } from './ImportSteps'
import { LegalNotice } from './LegalNotice'
import { RichTextSection } from './RichTextSection'

type Block = Page['layout'][number]

/** Renders a page's blocks in order; the first hero gets the priority image and the page's h1. */
export function RenderBlocks({ blocks, locale }: { blocks: Block[]; locale: Locale }) {
  const firstHero = blocks.findIndex((block) => block.blockType === 'hero')
  return (
    <>
      {blocks.map((block, index) => {
        const key = block.id ?? `${block.blockType}-${index}`
        switch (block.blockType) {
          case 'hero':
            return <Hero key={key} block={block} primary={index === firstHero} />
          case 'richText':
            return <RichTextSection key={key} block={block} />
          case 'featuredVehicles':
            return <FeaturedVehicles key={key} block={block} locale={locale} />
          case 'callToAction':
            return <CallToAction key={key} block={block} />
          case 'faq':
            return <Faq key={key} block={block} />
          case 'importSteps':
            return <ImportSteps key={key} block={block} />
          case 'legalNotice':
            return <LegalNotice key={key} block={block} locale={locale} />
          case 'contactForm':
            return <ContactFormSection key={key} block={block} />
          default:
            return null
        }
      })}
    </>
  )
}
