import Link from 'next/link'

import styles from './page.module.css'

const steps = [
  { title: 'Choisissez', text: 'Un véhicule de notre stock, ou celui que nous trouvons pour vous en Europe, au Japon ou aux États-Unis.' },
  { title: 'Connaissez le prix rendu', text: 'Transport, douane, TVA, malus, carte grise : chaque ligne calculée et sourcée avant de vous engager.' },
  { title: 'Suivez jusqu’aux clés', text: 'Achat, transport, dédouanement, homologation, immatriculation : chaque étape datée dans votre espace.' },
]

export default function HomePage() {
  return (
    <>
      <a className="skip-link" href="#main">
        Aller au contenu
      </a>
      <header className={styles.header}>
        <span className={styles.brand}>Autoport</span>
        <nav aria-label="Accès">
          <Link href="/admin" className={styles.navLink}>
            Espace équipe
          </Link>
        </nav>
      </header>
      <main id="main" className={styles.main}>
        <section className={styles.hero}>
          <p className={styles.kicker}>Importateur automobile indépendant</p>
          <h1 className={styles.title}>Votre voiture importée, au prix rendu en France.</h1>
          <p className={styles.pitch}>
            Autoport source, achète, transporte, dédouane et immatricule votre véhicule. Vous voyez le coût complet
            (droits, TVA, malus, carte grise) avant de signer, puis vous suivez chaque étape jusqu’à la remise des
            clés.
          </p>
          <div className={styles.actions}>
            <Link href="/admin" className={styles.primary}>
              Accéder à l’administration
            </Link>
          </div>
        </section>
        <ol className={styles.steps}>
          {steps.map((step, index) => (
            <li key={step.title} className={styles.step}>
              <span className={styles.stepNumber} aria-hidden="true">
                {index + 1}
              </span>
              <h2 className={styles.stepTitle}>{step.title}</h2>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      </main>
      <footer className={styles.footer}>© Autoport · Import de véhicules · France</footer>
    </>
  )
}
