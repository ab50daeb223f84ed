import { RichText } from '@/components/RichText'
import type { RichTextBlock } from '@/payload-types'

export function RichTextSection({ block }: { block: RichTextBlock }) {
  return (
    <section className="section">
      <div className="container">
        <RichText data={block.content} />
      </div>
    </section>
  )
}
