import { ContactForm } from '@/components/contact/ContactForm'
import type { ContactFormBlock } from '@/payload-types'

export function ContactFormSection({ block }: { block: ContactFormBlock }) {
  return (
    <section className="section">
      <div className="container" style={{ maxWidth: '44rem' }}>
        {block.heading && <h2>{block.heading}</h2>}
        {block.text && <p>{block.text}</p>}
        <ContactForm />
      </div>
    </section>
  )
}
