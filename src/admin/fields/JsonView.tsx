'use client'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import type { ReactNode } from 'react'

import styles from './JsonView.module.css'

/** Objects as key/value tables, lists as lists, values as text: nested data any staff member can read. */
function render(value: unknown, depth = 0): ReactNode {
  if (value === null || value === undefined || value === '') return <span className={styles.muted}>—</span>
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value !== 'object') return String(value)
  // Deeper than anyone reads in a form: show the rest as text rather than nest tables further.
  if (depth > 3) return <pre className={styles.pre}>{JSON.stringify(value, null, 2)}</pre>
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className={styles.muted}>none</span>
    return (
      <ol className={styles.notes}>
        {value.map((item, index) => (
          <li key={index}>{render(item, depth + 1)}</li>
        ))}
      </ol>
    )
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return <span className={styles.muted}>none</span>
  return (
    <table className={styles.table}>
      <tbody>
        {entries.map(([key, item]) => (
          <tr key={key}>
            <th scope="row">{key}</th>
            <td>{render(item, depth + 1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * A JSON field shown read-only as tables. Payload's own JSON field is a code editor whose script
 * comes from a CDN, which the CSP (and an offline office) refuses: it never loaded. The data these
 * fields hold is written by the system (erasure counts, a message's variables), never typed by staff.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const label = typeof field.label === 'string' ? field.label : field.name
  return (
    <div className={`field-type ${styles.view}`} data-testid={`json-view-${field.name}`}>
      <FieldLabel label={label} path={path} />
      <div className={styles.scroll}>{render(value)}</div>
      {field.admin?.description ? <FieldDescription description={field.admin.description} path={path} /> : null}
    </div>
  )
}
