import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import styles from './RichText.module.css'

/** Lexical content from the CMS, rendered on the server (no editor code reaches the browser). */
export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <LexicalRichText data={data as SerializedEditorState} className={`${styles.prose} ${className ?? ''}`} />
}
