'use client'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

import { formatMoney } from '@/domain/money'
import styles from '@/admin/fields/JsonView.module.css'
import { readStoredCalculation } from './storedCalculation'

const euro = (cents: number) => formatMoney(cents, 'EUR', 'fr-FR')
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' })

const CLEARANCE_FROM: Record<string, string> = {
  staff: 'typed by staff',
  order_customs_cleared: 'the order’s “customs cleared” milestone',
  order_eta: 'the order’s shipping ETA',
  expected_arrival: 'the expected arrival',
  registration_date: 'the registration date',
}

/** How customs and VAT treat a service line, in a few words; nothing for taxes and duties. */
function treatment(line: { vatIncluded?: boolean; inCustomsValue?: boolean; inImportVatBase?: boolean }) {
  const parts = [
    line.vatIncluded === undefined ? null : line.vatIncluded ? 'VAT incl.' : 'no VAT',
    line.inCustomsValue ? 'in customs value' : null,
    line.inImportVatBase && !line.inCustomsValue ? 'in import VAT base' : null,
  ].filter(Boolean)
  return parts.join(', ')
}

/**
 * The quote's landed-cost calculation as staff read it: one row per line with its amount, the rule
 * and figures it came from and the sources behind it, then the basis and warnings. Read-only: the
 * calculation is written by "Price from landed cost". Replaces Payload's code editor, which loads
 * its script from a CDN that the CSP (and an offline office) refuses.
 */
export const LandedCostView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const view = readStoredCalculation(value, euro)
  const label = typeof field.label === 'string' ? field.label : 'Landed cost'

  return (
    <div className={`field-type ${styles.view}`} data-testid="landed-cost-view">
      <FieldLabel label={label} path={path} />
      {!view || view.lines.length === 0 ? (
        <p className={styles.empty}>Not priced yet: use “Price from landed cost”.</p>
      ) : (
        <>
          <dl className={styles.facts}>
            {view.computedAt && (
              <div>
                <dt>Computed</dt>
                <dd>{dateTime.format(new Date(view.computedAt))}</dd>
              </div>
            )}
            {view.registrationDate && (
              <div>
                <dt>Registration date</dt>
                <dd>{view.registrationDate}</dd>
              </div>
            )}
            {view.clearanceDate && (
              <div>
                <dt>Clearance date</dt>
                <dd>
                  {view.clearanceDate}
                  {view.clearanceDateFrom && ` (${CLEARANCE_FROM[view.clearanceDateFrom] ?? view.clearanceDateFrom})`}
                </dd>
              </div>
            )}
            {view.basis.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
          <div className={styles.scroll}>
            <table className={styles.table} data-testid="landed-cost-lines">
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Line</th>
                  <th scope="col" className={styles.amount}>
                    Amount
                  </th>
                  <th scope="col">Rule (base × rate)</th>
                  <th scope="col">In force from</th>
                  <th scope="col">Sources</th>
                </tr>
              </thead>
              <tbody>
                {view.lines.map((line, index) => (
                  <tr key={`${line.code}-${index}`} data-code={line.code}>
                    <td>
                      <code>{line.code}</code>
                    </td>
                    <td>
                      {line.labelFr}
                      {line.label !== line.labelFr && <div className={styles.muted}>{line.label}</div>}
                      {treatment(line) && <div className={styles.muted}>{treatment(line)}</div>}
                    </td>
                    <td className={styles.amount} data-testid="landed-cost-amount">
                      {euro(line.amount)}
                    </td>
                    <td>
                      {line.rule}
                      {line.ruleFr && line.ruleFr !== line.rule && <div className={styles.muted}>{line.ruleFr}</div>}
                    </td>
                    <td>{line.validFrom ?? (line.tableYear ? String(line.tableYear) : '—')}</td>
                    <td>{line.sourceIds.length ? line.sourceIds.join(', ') : '—'}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {view.total !== null && (
                  <tr>
                    <th scope="row" colSpan={2}>
                      Landed cost
                    </th>
                    <td className={styles.amount} data-testid="landed-cost-total">
                      {euro(view.total)}
                    </td>
                    <td colSpan={3} />
                  </tr>
                )}
                {view.y6 !== null && (
                  <tr>
                    <th scope="row" colSpan={2}>
                      of which carte grise (Y.6)
                    </th>
                    <td className={styles.amount}>{euro(view.y6)}</td>
                    <td colSpan={3} />
                  </tr>
                )}
              </tfoot>
            </table>
          </div>
          {view.warnings.length + view.notes.length > 0 && (
            <ul className={styles.notes}>
              {[...view.warnings, ...view.notes].map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {field.admin?.description ? <FieldDescription description={field.admin.description} path={path} /> : null}
    </div>
  )
}
