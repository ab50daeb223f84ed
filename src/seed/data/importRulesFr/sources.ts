import type { RuleSource } from '../../../domain/importRules'

// S1–S51: the project's own numbering of the research the rules were built from (docs/import-rules.md,
// Sources); S52–S66 were read to complete the older grids, S67 onwards for the service treatment, the
// grids since 2008, the fiscal-horsepower malus, the UK and Swiss preferences and (S75) the customs exchange
// rates. `readOn` is the seed version's date for all of them.
const READ_ON = '2026-11-25'

const list: Omit<RuleSource, 'readOn'>[] = [
  {
    id: 'S1',
    title: 'Les malus 2025 sont ultra-sévères : les barèmes complets pour le CO2 et pour le poids (2025-02)',
    url: 'https://www.caradisiac.com/les-malus-2025-sont-ultra-severes-les-baremes-complets-pour-le-co2-et-pour-le-poids-213848.htm',
  },
  {
    id: 'S2',
    title: 'Grille complète du malus écologique 2026',
    url: 'https://www.simulateurmalus.fr/grille-malus-2026.html',
  },
  {
    id: 'S2b',
    title: 'Malus écologique 2026 : le système taxe l’automobile à partir de 108 g de CO2',
    url: 'https://www.latribuneauto.com/reportages/reglementation/16290-malus-ecologique-2026-le-systeme-taxe-lautomobile-a-partir-de-108-g-de-co2',
  },
  {
    id: 'S3',
    title: 'Le barème du malus automobile est rehaussé à partir du 1er mars 2025 (DILA)',
    url: 'https://www.dila.premier-ministre.gouv.fr/actualites/toutes-les-actualites/informations-administratives/article/le-bareme-du-malus-automobile-est-rehausse-a-partir-du-1er-mars-2025',
  },
  {
    id: 'S4',
    title: 'PLF 2025 : la France se veut plus juste avec les voitures d’occasion importées (age table 1–108 months)',
    url: 'https://journalauto.com/services/plf-2025-la-france-se-veut-plus-juste-avec-les-voitures-doccasion-importees',
    alsoAt: ['https://economiematin.fr/vehicules-d-occasion-malus-automobile-hausse'],
  },
  {
    id: 'S5',
    title: 'Pourquoi importer une voiture d’occasion coûte plus cher depuis le 1er mars 2025 ?',
    url: 'https://www.nlto.fr/voiture-d-occasion-malus-2025',
    alsoAt: ['https://speedstar.fr/malus-ecologique-2025-il-y-a-aussi-du-nouveau-pour-limport-des-vehicules-doccasion'],
  },
  {
    id: 'S6',
    title: 'Alerte à la flambée du prix des occasions en 2026 due au malus (current-year grid: AR-GRID)',
    url: 'https://www.caradisiac.com/alerte-a-la-flambee-du-prix-des-occasions-en-2026-du-au-malus-214646.htm',
  },
  {
    id: 'S6b',
    title: 'Barème des malus 2025',
    url: 'http://www.fiches-auto.fr/articles-auto/bonus-malus/s-3550-bareme-des-malus-2025.php',
  },
  {
    id: 'S7',
    title: 'Malus pour les VO importés : pas de changement en 2024 (grid of first registration, −10 %/year)',
    url: 'https://reezocar.com/blog/?p=14669',
  },
  {
    id: 'S8',
    title: 'Le malus masse 2026 s’applique à partir de 1 500 kg',
    url: 'https://www.latribuneauto.com/reportages/reglementation/16291-le-malus-masse-2026-sapplique-a-partir-de-1-500-kg',
  },
  {
    id: 'S9',
    title: 'Service-public F35950 : taxe sur la masse en ordre de marche (1 950 kg example)',
    url: 'https://agglo-paysdemeaux.fr/ma-ville-et-actualites/comarquage?…xml=F35950',
  },
  {
    id: 'S10',
    title: 'Service-public F35947 : malus CO2 (WLTP grid for a first registration abroad in 2021)',
    url: 'https://ville-thonon.fr/mes-demarches/demarches-etat-civil/titre-de-voyage/?xml=F35947',
  },
  {
    id: 'S11',
    title: 'CGI art. 1012 ter',
    url: 'https://juriblio.fr/codes/code-general-des-impots-cgi/livre-premier/premiere-partie/titre-iv/chapitre-iii/section-iii/iii/article-1012-ter',
  },
  {
    id: 'S12',
    title: 'Le bonus-malus des voitures achetées à l’étranger (historic grids)',
    url: 'https://www.lescomparateurs.com/avis/le-bonus-malus-des-voitures-achetees-a-l-etranger.htm',
  },
  {
    id: 'S13',
    title: 'BOFiP BOI-AIS-MOB-10-20-40 (28/05/2025): month counting, malus examples',
    url: 'https://bofip.impots.gouv.fr/doctrine/pgp/13927-PGP%23110_7642',
  },
  {
    id: 'S14',
    title: 'EU–Japan EPA: current 10 % tariff on Japanese cars (Malta customs)',
    url: 'https://customs.gov.mt/…/economic-partnership-agreement-(epa)-between-the-eu-and-japan',
    alsoAt: ['https://autojm.fr/importation-voiture/dedouanement/certificat'],
  },
  {
    id: 'S15',
    title: 'BOFiP BOI-TVA-BASE-10-20-60-10 : base d’imposition à l’importation des biens',
    url: 'https://bofip.impots.gouv.fr/bofip/10302-PGP.html/identifiant%3DBOI-TVA-BASE-10-20-60-10-20200323',
  },
  { id: 'S16', title: 'Volet 846A', url: 'https://portail-cartegrise.fr/h/volet-846a-cest-quoi' },
  {
    id: 'S17',
    title: 'Formalités pour acheter un véhicule à l’étranger (moins de 6 mois OU moins de 6 000 km)',
    url: 'http://formulaire-administratif.blogspot.com/2008/01/formalits-pour-acheter-un-vhicule.html',
  },
  {
    id: 'S18',
    title: 'BOFiP : opérations intracommunautaires portant sur les moyens de transport neufs',
    url: 'http://bofip.impots.gouv.fr/bofip/689-PGP',
    alsoAt: ['https://bofip.impots.gouv.fr/bofip/691-PGP.html/identifiant%3DBOI-TVA-SECT-70-30-20120912'],
  },
  {
    id: 'S19',
    title: 'Certificat de dédouanement',
    url: 'https://eplaque.fr/import-export-vehicule/certificat-de-dedouanement',
  },
  {
    id: 'S20',
    title: 'Carte grise : payer plus cher sans demande avant le 1er mars (2026-02-17, 2026 rates)',
    url: 'https://www.caradisiac.com/pourquoi-vous-risquez-de-payer-votre-carte-grise-beaucoup-plus-cher-si-vous-n-en-faites-pas-la-demande-avant-le-1er-mars-220399.htm',
    alsoAt: ['https://www.simulateurmalus.fr/prix-cheval-fiscal-2026.html'],
  },
  {
    id: 'S21',
    title: 'Hausse des taxes régionales sur la carte grise (2026-02-28: IDF 68.95 on 1 Mar; HdF 43 on 1 Apr)',
    url: 'https://www.caradisiac.com/hausse-des-taxes-regionales-sur-la-carte-grise-quel-impact-pour-les-flottes-220685.htm',
    alsoAt: ['https://www.quechoisir.org/actualite-malus-ecologique-la-diminution-des-seuils-se-poursuit-n149532/'],
  },
  {
    id: 'S22',
    title: 'PLF 2026 amendment: CIBS art. L. 421-54-1 « Majoration applicable en Île-de-France »',
    url: 'https://www.assemblee-nationale.fr/dyn/17/amendements/2247/AN/3480',
  },
  {
    id: 'S22b',
    title: 'Taxe spéciale Île-de-France (flat €14 reading)',
    url: 'https://www.cartegriseminute.fr/taxe-speciale-ile-de-france-demarche-carte-grise.php',
    alsoAt: ['https://www.eplaque.fr/infos/taxe-speciale-carte-grise-idf'],
  },
  {
    id: 'S23',
    title: 'DREAL Normandie : cas des véhicules importés (simplified procedure €67.38)',
    url: 'https://www.normandie.developpement-durable.gouv.fr/cas-des-vehicules-importes-a6589.html',
    alsoAt: ['https://www.eurococ.eu/fr/blog/how-do-i-get-single-vehicle-approval-for-my-car'],
  },
  {
    id: 'S24',
    title: 'ANTS : coût et taxes additionnelles (regional tax halved over 10 years)',
    url: 'https://immatriculation.ants.gouv.fr/Vos-demarches/Cout-et-taxes-additionnelles',
  },
  {
    id: 'S25',
    title: 'Y5 carte grise (Y4 €11 since 2021, Y5 €2.76)',
    url: 'https://eplaque.fr/carte-grise/y5-carte-grise',
  },
  {
    id: 'S26',
    title: 'Exemple concret du calcul du tarif d’une carte grise (R-Y6 rounding)',
    url: 'https://blog.cartegriseexpress.com/exemple-concret-propos-du-calcul-du-tarif-dune-carte-grise/',
    alsoAt: ['https://www.idgarages.com/fr-fr/conseils-automobilistes/carte-grise-provisoire'],
  },
  {
    id: 'S27',
    title: 'Fonctionnement du malus écologique, véhicules importés',
    url: 'https://bernard-automobiles-import.fr/fonctionnement-du-malus-ecologique-vehicules-importes-2042.html',
  },
  {
    id: 'S28',
    title: 'EU–Japan EPA Annex 2-A general notes',
    url: 'https://www.eumonitor.eu/9353000/1/j9vvik7m1c3gyxp/vkpn7ae3a4zi',
  },
  {
    id: 'S29',
    title: 'Japan Customs: automobiles (10 %) eliminated in 8 years',
    url: 'http://www.customs.go.jp/english/c-answer_e/keizairenkei/4051_e.htm',
  },
  {
    id: 'S30',
    title: 'Malta customs: 10 % → 8.8 % on 1 Feb 2019 (EU–Japan EPA)',
    url: 'https://customs.gov.mt/…/economic-partnership-agreement-(epa)-between-the-eu-and-japan',
  },
  {
    id: 'S31',
    title: 'EU implements promises: US industrial goods duty-free from 1 Jul 2026',
    url: 'https://eurradio.com/eu-implements-promises-to-trump/',
    alsoAt: [
      'http://tradevae.com/news/economy/eu-implementation-of-us-trade-concessions-to-begin-july-1-running-through-2029/',
    ],
  },
  {
    id: 'S32',
    title: 'Reg. (EU) 2026/1455: 0 % customs duties on listed US-origin goods',
    url: 'https://www.owlbrief.com/briefs/14264-european-union-sets-0-customs-duties-on-listed-us-origin-goods',
  },
  {
    id: 'S33',
    title: 'Malus WLTP : une surtaxe pour les véhicules importés (fiscal-horsepower grid)',
    url: 'https://www.caradisiac.com/malus-wltp-une-surtaxe-pour-les-vehicules-importes-181057.htm',
    alsoAt: ['https://stop-malus-ecologique.fr/?p=3204'],
  },
  {
    id: 'S34',
    title: 'Customs reply: collector cars, droits nuls, TVA 5,5 % (circulaire 16/01/2013)',
    url: 'https://www.club911.net/viewtopic.php?t=150219',
  },
  {
    id: 'S35',
    title: 'Import : la règle fiscale change (9705 criteria)',
    url: 'https://www.auto-import-allemagne.com/import--la-rgle-fiscale-change',
  },
  { id: 'S36', title: 'Carte grise collection', url: 'https://www.gt-spirit.fr/faq1/carte-grise-collection-h.html' },
  {
    id: 'S37',
    title: 'Passer sa voiture en collection (FFVE attestation)',
    url: 'https://synonyme-du-mot.com/les-articles/comment-faire-passer-ma-voiture-en-collection',
    alsoAt: [
      'https://automobile-club.org/actualites/l-auto-et-la-loi/pourquoi-inscrire-son-vehicule-ancien-en-collection',
    ],
  },
  {
    id: 'S38',
    title: 'Les voitures électriques vont finalement échapper à ce malus',
    url: 'https://www.automobile-propre.com/articles/les-voitures-electriques-vont-finalement-echapper-a-ce-malus',
  },
  {
    id: 'S39',
    title:
      'Revirement : malus au poids pour les véhicules électriques, le gouvernement fait marche arrière (2026-02-03)',
    url: 'https://www.caradisiac.com/revirement-de-situation-concernant-le-malus-au-poids-pour-les-vehicules-electriques-le-gouvernement-fait-marche-arriere-220232.htm',
  },
  {
    id: 'S40',
    title: 'CIBS art. L421-49 (regional choice for EVs)',
    url: 'https://juriblio.fr/codes/code-des-impositions-sur-les-biens-et-services/…/article-l421-49',
  },
  {
    id: 'S41',
    title: 'Fin de la gratuité de la carte grise des véhicules électriques (1 May 2025)',
    url: 'https://blog.oxylio.com/actualites-marques-auto/fin-gratuite-carte-grise-vehicules-electrique',
    alsoAt: [
      'https://www.cnews.fr/conso/2025-04-23/carte-grise-pour-les-vehicules-electriques-ce-qui-va-changer-au-1er-mai-1669678',
    ],
  },
  {
    id: 'S42',
    title: 'Nouveau prix du cheval fiscal en Occitanie (59.50 from 1 Jul 2025)',
    url: 'https://www.cartegriseminute.fr/nouveau-prix-cheval-fiscal-occitanie-2025.php',
  },
  {
    id: 'S43',
    title: 'Le prix de la carte grise augmente dans le Grand Est (60 € from 1 Feb 2025)',
    url: 'https://www.ici-c-nancy.fr/lorraine/16766-le-prix-de-la-carte-grise-augmente-dans-le-grand-est.html',
  },
  {
    id: 'S44',
    title: 'EU imposes countervailing duties on BEVs from China (Reg. (EU) 2024/2754)',
    url: 'https://wisetechacademy.com/news/eu-imposes-countervailing-duties-on-imports-of-battery-electric-vehicles-bevs-from-china/',
  },
  {
    id: 'S45',
    title: 'EU opens path for Chinese EV makers to replace tariffs with minimum prices',
    url: 'https://particle.news/story/eu-opens-path-for-chinese-ev-makers-to-replace-tariffs-with-minimum-prices',
  },
  {
    id: 'S46',
    title: 'FNA : malus sur les véhicules polluants 2022',
    url: 'https://fna.fr/documents/malus-sur-les-vehicules-polluants-2022',
  },
  {
    id: 'S47',
    title: 'FNA : malus sur les véhicules polluants 2024 (PHEV 200 kg from 1 Jan 2025)',
    url: 'https://fna.fr/documents/malus-sur-les-vehicules-polluants-2024',
    alsoAt: ['https://oscaronews.com/malus-au-poids-2024-la-chasse-aux-kilos-et-aux-euros/amp'],
  },
  {
    id: 'S48',
    title: 'Carte grise : les nouveaux tarifs du cheval fiscal par région en 2025',
    url: 'https://le-meridien.fr/carte-grise-voici-les-nouveaux-tarifs-du-cheval-fiscal-par-region-en-2025/amp',
    alsoAt: ['https://legalesflex.fr/actualite/188/…'],
  },
  {
    id: 'S49',
    title: 'Bourgogne-Franche-Comté : ce changement fiscal au 1er juillet 2025',
    url: 'https://www.cartegrise.com/blog/2025/02/bourgogne-franche-comte-ce-changement-fiscal-qui-attend-les-automobilistes-au-1er-juillet-2025',
  },
  {
    id: 'S50',
    title: 'Carte grise en hausse : où le prix grimpe en 2026',
    url: 'https://www.auto-pour-vous.fr/?p=4445',
  },
  {
    id: 'S51',
    title: 'Service-public simulator PrixCV (Hauts-de-France 36.20 → 42 € on 1 Mar 2025)',
    url: 'https://www.service-public.fr/simulateur/calcul/PrixCV',
  },
  {
    id: 'S52',
    title: 'L’argus pro : tout le détail des malus 2019 (complete 2018 grid beside the PLF 2019 draft)',
    url: 'https://pro.largus.fr/actualites/tout-le-detail-des-malus-2019-9395395.html',
  },
  {
    id: 'S53',
    title:
      'Un malus écologique encore plus sévère en 2018 (2018 = 2017 grid moved 7 g down; 2017 cap 10 000 € above 190 g)',
    url: 'https://motorgreen.fr/aides-primes-et-reglementation/reglementation/un-malus-ecologique-encore-plus-severe-en-2018-13176',
    alsoAt: ['https://leblogauto.com/actualites/actualite/bonus-malus-le-nouveau-bareme-2018-fait-mal'],
  },
  {
    id: 'S54',
    title: 'Le malus 2019 continue à serrer la vis (official 2019 list: 117 g = 35 € … 10 500 € from 191 g)',
    url: 'https://www.agenda-automobile.com/malus-2019-bareme-prix/',
  },
  {
    id: 'S55',
    title: 'Malus écologique 2019 : le barème officiel (−8 € at 123 g … −1 830 € at 184 g vs 2018)',
    url: 'https://autocontrol-perpignan.com/?p=313',
    alsoAt: [
      'http://www.pressreader.com/france/var-matin-grand-toulon/20181221/282256666602664',
      'http://www.monsieurvintage.com/motors/2019/09/malus-ecologique-un-bareme-2020-qui-fait-tres-mal-40060',
    ],
  },
  {
    id: 'S56',
    title: 'En 2020, le malus pourra grimper jusqu’à 20 000 euros (NEDC 2.0 steps to 184 g; WLTP steps to 212 g)',
    url: 'https://www.automobile-propre.com/breves/en-2020-le-malus-pourra-grimper-jusqua-20-000-euros/amp/',
  },
  {
    id: 'S57',
    title: 'Nouveau malus écologique 2020 : le barème officiel (1 Jan – 29 Feb 2020, from 110 g)',
    url: 'https://voiture.kidioui.fr/blog/droit-routier/nouveau-malus-ecologique-2020-le-bareme-officiel.html',
    alsoAt: [
      'https://www.lci.fr/automobile/malus-ecologique-vous-comptez-acheter-une-voiture-neuve-vous-pourriez-avoir-interet-a-ne-pas-trop-tarder-nouveau-bareme-2143548.html',
    ],
  },
  {
    id: 'S58',
    title: 'Fiscalité du véhicule d’entreprise, octobre 2020 (WLTP grid from 1 Mar 2020, 20 000 € above 212 g)',
    url: 'https://www.flotauto.com/fiscalite-vehicule-entreprise-octobre-2020-20201008.html',
    alsoAt: ['https://fr.motor1.com/news/401211/nouveau-bareme-malus-mars-2020/'],
  },
  {
    id: 'S59',
    title: 'Malus automobile 2021 (grid from 133 g, 30 000 € cap)',
    url: 'https://droit-finances.commentcamarche.com/faq/20269-malus-automobile-taxe-co2',
  },
  {
    id: 'S60',
    title: 'Bonus et malus écologique : quoi de neuf en 2022 (128 g; 40 000 € above 223 g; 2021: 30 000 € above 218 g)',
    url: 'https://observatoirecetelem.com/chaud-devant/bonus-et-malus-ecologique-prime-a-la-conversion-quoi-de-neuf-en-2022',
  },
  {
    id: 'S61',
    title: 'Malus écologique pour 2023 (full grid 123–225 g, 50 000 € above 225 g)',
    url: 'https://orion-expertise-comptable.re/indicateurs-chiffres-et-baremes-utiles/malus-ecologique-pour-2023/',
    alsoAt: ['https://cartecarburant.leclerc/carte-carburant-pro-eleclerc/actualites/nouveaux-baremes-malus-2023'],
  },
  {
    id: 'S62',
    title: 'Malus 2022 plafonné à 50 % du prix TTC (cap removed in 2024)',
    url: 'https://soupapes-et-bonnes-adresses.fr/?p=4335',
    alsoAt: ['https://www.geopolintel.fr/article3783.html'],
  },
  {
    id: 'S63',
    title: 'Service-public A17079 : malus automobile 2024 (118 g; 60 000 € above 193 g; no 50 % cap; EV/H2 exempt)',
    url: 'https://www.service-public.fr/particuliers/actualites/A17079?lang=en',
  },
  {
    id: 'S64',
    title: 'Malus 2024 : tables 2023 and 2024 side by side',
    url: 'https://journalauto.com/constructeurs/malus-2024-letat-pourrait-recuperer-plus-dun-milliard-deuros-en-2024',
    alsoAt: [
      'https://www.actu-automobile.com/2023/12/28/malus-ecologique-2024-plus-severe-que-jamais-tous-les-montants/',
      'http://www.grantomobil.fr/martinique/post/1754/Tableaux%20de%20l%27%C3%A9volution%20des%20Malus%20en%202024%20ici%20!',
    ],
  },
  {
    id: 'S65',
    title: 'CIBS art. L421-74: weight malus capped at the top of the CO2 grid, age reduction applied',
    url: 'https://tricoteuses.fr/legifrance/articles/LEGIARTI000044603121',
  },
  {
    id: 'S66',
    title: 'CIBS art. L421-59: WLTP grids, NEDC grids, fiscal-horsepower grids',
    url: 'https://tricoteuses.fr/legifrance/articles/LEGIARTI000044603163',
  },
  {
    id: 'S67',
    title:
      'Directive 2006/112/CE (VAT): art. 86 (import base: costs up to the first place of destination), ' +
      'art. 135 (insurance exempt), art. 144 (services whose value is in the import base exempt)',
    url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32006L0112',
  },
  {
    id: 'S68',
    title:
      'Règlement (UE) n° 952/2013, code des douanes de l’Union: art. 70–71 (customs value: transport and ' +
      'insurance to the place of entry), art. 72 (transport after entry excluded)',
    url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32013R0952',
  },
  {
    id: 'S69',
    title:
      'BOI 7 M-2-12 (3 April 2012): malus on the most polluting cars, CGI art. 1011 bis (CO2 for EU-approved ' +
      'cars, fiscal horsepower for the others; 2012 grid; imported cars reduced by a tenth per year started)',
    url: 'https://bofip-archives.impots.gouv.fr/bofip/22061-AIDA.html/identifiant%3D7M-2-12-20120403',
  },
  {
    id: 'S70',
    title: 'Sénat, PLF 2012 art. 23 bis: the 2012 malus columns (1 300, 2 300, 3 600 €) and fiscal-horsepower lines',
    url: 'http://www.senat.fr/commission/fin/pjlf2012/articles/23bis/23bis1.html',
  },
  {
    id: 'S71',
    title:
      'CGI art. 1011 bis, consolidated versions 2007–2014 (Légifrance data): CO2 grids 2008–2014 and ' +
      'fiscal-horsepower grids for cars without EU type approval',
    url: 'https://github.com/etalab/codes-juridiques-francais/commits/master/codes-en-vigueur/code-general-des-impots-cgi/livre-premier/premiere-partie/titre-iv/chapitre-iii/section-iv-bis/article-1011-bis.md',
    alsoAt: ['https://www.circulaires.gouv.fr/codes/id/LEGIARTI000037990201/2019-01-01'],
  },
  {
    id: 'S72',
    title: 'ADEME Car Labelling: bonus and malus thresholds 2010–2018 (malus above 130 g in 2014, 2015 and 2016)',
    url: 'https://carlabelling.ademe.fr/chiffrescles/referenceseuils',
  },
  {
    id: 'S73',
    title:
      'EU–UK Trade and Cooperation Agreement (applied from 1 Jan 2021): no customs duties on originating goods, statement on origin (art. 56)',
    url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:22021A0430(01)',
    alsoAt: ['https://customsmanager.info/post/eu-uk-trade-cooperation-agreement'],
  },
  {
    id: 'S74',
    title:
      'Accord CEE–Suisse du 22 juillet 1972 (RS 0.632.401): products of HS chapters 25–97 originating in either party',
    url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:21972A0722(03)',
    alsoAt: ['https://www.admin.ch/opc/fr/classified-compilation/19720195/index.html'],
  },
  {
    id: 'S75',
    title:
      'Customs exchange rates: UCC art. 53 and Implementing Regulation (EU) 2015/2447 art. 146 (the ECB rate ' +
      'of the penultimate Wednesday of a month applies for the whole following month), published monthly in TARIC',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32015R2447',
    alsoAt: [
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32013R0952',
      'https://ec.europa.eu/taxation_customs/dds2/taric/exchange_rates.jsp?Lang=en',
    ],
  },
]

export const sources: RuleSource[] = list.map((source) => ({ ...source, readOn: READ_ON }))
