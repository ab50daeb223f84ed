import { getLocale, getMessages } from 'next-intl/server'

import { ContactForm, type ContactLabels } from '@/components/contact/ContactForm'
import type { ContactFormBlock } from '@/payload-types'

export async function ContactFormSection({ block }: { block: ContactFormBlock }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()])
  const labels = (messages.trust as { contact: ContactLabels }).contact
  return (
    <section className="section">
      <div className="container" style={{ maxWidth: '44rem' }}>
        {block.heading && <h2>{block.heading}</h2>}
        {block.text && <p>{block.text}</p>}
        {/* The form's labels and errors travel as props: the browser gets no translation runtime. */}
        <ContactForm labels={labels} locale={locale} />
      </div>
    </section>
  )
}
