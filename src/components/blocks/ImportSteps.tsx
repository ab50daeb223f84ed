import type { ImportStepsBlock } from '@/payload-types'
import styles from './blocks.module.css'

export function ImportSteps({ block }: { block: ImportStepsBlock }) {
  return (
    <section className="section">
      <div className="container">
        {block.heading && <h2>{block.heading}</h2>}
        <ol className={styles.steps}>
          {(block.steps ?? []).map((step, index) => (
            <li key={step.id ?? step.title} className={styles.step}>
              <span className={styles.stepNumber} aria-hidden="true">
                {index + 1}
              </span>
              <h3 className={styles.stepTitle}>{step.title}</h3>
              {step.text && <p>{step.text}</p>}
            </li>
          ))}
        </ol>
      </div>
    </section>
  )
}
