import { ClientMessages } from '@/components/ClientMessages'
import { ContactForm } from '@/components/contact/ContactForm'
import type { ContactFormBlock } from '@/payload-types'

export function ContactFormSection({ block }: { block: ContactFormBlock }) {
  return (
    <section className="section">
      <div className="container" style={{ maxWidth: '44rem' }}>
        {block.heading && <h2>{block.heading}</h2>}
        {block.text && <p>{block.text}</p>}
        {/* The form's labels and errors are read in the browser: ship just its namespace. */}
        <ClientMessages namespaces={['trust']}>
          <ContactForm />
        </ClientMessages>
      </div>
    </section>
  )
}
