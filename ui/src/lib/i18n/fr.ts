// Le catalogue français. Terminologie de l'ONU : « engagement » (pledge),
// PMA, PDSL, PEID, objectifs de développement durable (ODD).

import type { Messages } from './en';
import { plural } from './plural';
import { n$, at } from './fr/words';
import { reference } from './fr/reference';
import { settings } from './fr/settings';
import { staff } from './fr/staff';
import { closing } from './fr/closing';
import { errors } from './fr/errors';

const fr: Messages = {
  productName: 'Pledge Desk',

  // En-tête et onglets
  tabsLabel: 'Sections de Pledge Desk',
  tabPledge: 'Engagement',
  tabDrafts: 'Brouillons',
  tabSettings: 'Paramètres',
  listSeparator: ', ',
  newPledge: 'Nouvel engagement',
  firstRunHeading: 'Configurer cet ordinateur',
  firstRunIntro:
    'Pour l’équipe de l’événement, une fois par ordinateur : l’événement que sert cet ordinateur et le code PIN de l’équipe, qui ouvre le mode équipe (revue, lots, exports, paramètres). Ne communiquez ce code qu’à l’équipe.',
  firstRunDelegates: 'Vous êtes délégué ? Demandez à l’équipe de l’événement de configurer cet ordinateur avant de commencer votre engagement.',
  firstRunSubmit: 'Configurer et remettre aux délégués',
  sittingIdleCleared:
    'Le formulaire a été effacé après un moment sans activité. Ce qui avait été saisi est conservé comme brouillon pour l’équipe de l’événement.',
  signatoryNameShort: 'Saisissez le nom complet du signataire : une seule lettre ne suffit pas.',
  leaveFormHeading: 'Commencer un nouvel engagement ?',
  leaveFormBody: (name) =>
    `L’engagement affiché est conservé comme brouillon : l’équipe de l’événement peut le rouvrir sous « ${name} ». Il ne sera plus affiché ici.`,
  leaveFormKeep: 'Continuer la saisie',
  leaveFormNew: 'Commencer un nouvel engagement',
  uiLanguage: 'Langue de Pledge Desk',

  // État de l'enregistrement
  statusNew: '',
  statusSaving: 'Enregistrement…',
  statusSaved: (time) => `Enregistré · ${time}`,
  statusError: (message) => `Non enregistré : ${message}`,
  statusDiskFull: 'Non enregistré : le disque est plein',

  // Démarrage et erreurs bloquantes
  loading: 'Chargement…',
  storeUnavailableTitle: 'Vos brouillons ne peuvent pas être ouverts',
  startupFailedTitle: 'Pledge Desk n’a pas pu démarrer',
  fatalHint:
    'Vos brouillons n’ont pas été modifiés. Fermez Pledge Desk, suivez les indications ci-dessus, puis relancez-le.',
  unknownError: 'Une erreur s’est produite. Veuillez réessayer.',

  // Récapitulatif des points à compléter
  problemSummary: (n) =>
    `${plural('fr', n, { one: `${n$(n)} point`, other: `${n$(n)} points` })} à compléter avant de pouvoir signer cet engagement`,
  readyToSign: 'Prêt à être signé',
  summaryUnknown: 'Commencez où vous voulez : votre brouillon est enregistré automatiquement pendant la saisie.',
  showAllProblems: 'Tout afficher',
  formLabel: 'Engagement',
  reviewSign: 'Vérifier et signer',
  reviewSignHint: 'Relisez l’engagement avec les signataires, puis signez-le sur cet ordinateur.',
  notSavedYet: 'Les dernières modifications ne sont pas encore enregistrées. Réessayez dans un instant.',

  // Commun
  charCount: (n, max) => `${n$(n)} / ${n$(max)}`,
  choose: 'Choisir…',
  remove: 'Supprimer',
  optional: '(facultatif)',
  required: '(obligatoire)',

  // 1. Présentation
  aboutHeading: 'Présentation de l’engagement',
  aboutIntro:
    'Un titre court et une description de ce qui sera fait, dans la langue dans laquelle l’engagement est rédigé.',
  title: 'Titre',
  titleHint: 'Par exemple : « Connecter 500 écoles rurales dans la région des Grands Lacs ».',
  description: 'Description',
  descriptionHint: 'Ce qui sera fait, par qui et comment. Vous pourrez y revenir plus tard.',
  language: 'Langue du texte de l’engagement',
  languageOption: (name, tag) => (name === tag ? tag : `${name} (${tag})`),
  languageOther: 'Autre…',
  languageOtherTag: 'Code de langue',
  languageOtherHint: 'Un code BCP 47, par exemple pt-BR, zh-Hant ou yo.',

  // 2. Organisations
  pledgersHeading: 'Qui s’engage',
  pledgersIntro:
    'L’organisation qui prend l’engagement et, le cas échéant, les organisations qui s’engagent avec elle. Désignez-en une comme chef de file.',
  pledgerRow: (n) => `Organisation ${n$(n)}`,
  pledgerName: 'Nom de l’organisation',
  pledgerKind: 'Type d’organisation',
  pledgerCountry: 'Pays',
  pledgerCountryNone: 'Les organisations internationales n’ont pas de pays.',
  pledgerLead: 'Chef de file',
  pledgerLeadHint: 'L’organisation chef de file s’exprime au nom de l’engagement.',
  addPledger: 'Ajouter une organisation partenaire',
  removePledger: (n) => `Supprimer l’organisation ${n$(n)}`,
  pledgersMax: (max) => `Un engagement peut réunir au plus ${n$(max)} organisations.`,

  // 3. Champ d'action
  coverageHeading: 'Champ d’action',
  focusAreas: 'Domaines prioritaires',
  focusAreasHint: 'Choisissez tous les domaines prioritaires de P2C auxquels l’engagement contribue.',
  supportTypes: 'Types de soutien',
  supportTypesHint: 'Choisissez tous les types de soutien qu’offre l’engagement.',
  beneficiaries: 'Bénéficiaires',
  beneficiariesHint: 'Facultatif : les groupes que l’engagement vise à atteindre.',
  sdgs: 'Objectifs de développement durable',
  sdgsHint: 'Facultatif : les ODD auxquels l’engagement contribue.',

  // 4. Où
  whereHeading: 'Où',
  scope: 'Portée',
  geoCountries: 'Pays ciblés',
  geoCountriesHintGlobal:
    'Facultatif pour un engagement mondial : n’indiquez des pays que si l’engagement porte sur eux en particulier.',
  geoCountriesHint: 'Choisissez tous les pays visés par l’engagement.',

  // 5. Cibles et financement
  targetsHeading: 'Cibles et financement',
  targetsIntro: 'Des cibles mesurables aident le secrétariat à suivre les progrès. Ajoutez-en autant que nécessaire.',
  targetRow: (n) => `Cible ${n$(n)}`,
  targetMetric: 'Ce qui est compté',
  targetValue: 'Nombre',
  targetUnit: 'Unité',
  targetUnitHint: 'Ce que compte une cible « autre », par ex. « points d’accès installés ».',
  addTarget: 'Ajouter une cible',
  removeTarget: (n) => `Supprimer la cible ${n$(n)}`,
  targetsMax: (max) => `Un engagement peut comporter au plus ${n$(max)} cibles.`,
  noTargets: 'Aucune cible pour l’instant.',
  financialHeading: 'Engagement financier',
  financialAmount: 'Montant',
  financialCurrency: 'Monnaie',
  currencyOption: (code, name) => `${code} — ${name}`,
  financialDisabled: 'Cochez « Financier » dans les types de soutien pour saisir un montant.',

  // 6. Quand
  whenHeading: 'Quand',
  periodStart: 'Date de début',
  periodEnd: 'Date de fin',
  datePlaceholder: 'AAAA-MM-JJ',
  dateHint: 'Année, mois et jour, par ex. 2026-01-31.',

  // 7. Contact
  contactHeading: 'Contact',
  contactNote: 'Utilisé uniquement par le secrétariat de P2C pour le suivi.',
  contactName: 'Personne à contacter',
  contactEmail: 'Adresse électronique',

  // Sélecteur de pays
  countrySearchPlaceholder: 'Saisissez un nom ou un code de pays',
  countryChangePlaceholder: 'Saisissez pour changer de pays',
  countryAddPlaceholder: 'Saisissez pour ajouter un pays',
  countryNoMatch: 'Aucun pays ne correspond.',
  countryClear: (name) => `Retirer ${name}`,
  tagLdc: 'PMA',
  tagLdcTitle: 'Pays les moins avancés',
  tagLldc: 'PDSL',
  tagLldcTitle: 'Pays en développement sans littoral',
  tagSids: 'PEID',
  tagSidsTitle: 'Petit État insulaire en développement',
  countryUnknown: (code) => `Pays inconnu (${code})`,

  // Onglet Brouillons
  draftsHeading: 'Brouillons',
  deletedHeading: 'Brouillons supprimés',
  draftsSearch: 'Rechercher dans les brouillons',
  draftsSearchPlaceholder: 'Titre, organisation ou pays',
  showDeleted: 'Afficher les brouillons supprimés',
  untitled: 'Brouillon sans titre',
  noPledger: 'Aucune organisation pour l’instant',
  unnamedLead: 'Chef de file non nommé',
  withOthers: (lead, others) => (others.length === 0 ? lead : `${lead} · avec ${others.join(', ')}`),
  moreCountries: (n) => plural('fr', n, { one: `+${n$(n)} autre`, other: `+${n$(n)} autres` }),
  edited: (moment) => `Modifié ${at(moment)}`,
  deletedAt: (moment) => `Supprimé ${at(moment)}`,
  justNow: 'à l’instant',
  deleteDraft: 'Supprimer',
  deleteDraftLabel: (title) => `Supprimer « ${title} »`,
  restoreDraft: 'Restaurer',
  restoreDraftLabel: (title) => `Restaurer « ${title} »`,
  draftsEmpty: 'Aucun brouillon pour l’instant. Commencez un nouvel engagement : il apparaîtra ici.',
  draftsEmptySearch: (text) => `Aucun brouillon ne correspond à « ${text} ».`,
  deletedEmpty: 'Aucun brouillon supprimé.',
  draftsLoading: 'Chargement des brouillons…',
  draftsError: (message) => `Impossible d’afficher la liste des brouillons : ${message}`,
  draftsShown: (n, total) =>
    plural('fr', n, { one: `${n$(n)} brouillon sur ${n$(total)}`, other: `${n$(n)} brouillons sur ${n$(total)}` }),
  showMore: 'Afficher plus',
  draftDeleted: 'Brouillon supprimé.',
  draftRestored: 'Brouillon restauré.',
  undo: 'Annuler',
  dismiss: 'Fermer',
  actionFailed: (message) => `L’opération a échoué : ${message}`,

  // Vérification
  reviewHeading: 'Vérifier avant de signer',
  reviewIntro: 'Voici exactement ce que les signataires vont signer. Relisez-le avec eux avant la signature.',
  reviewLoading: 'Préparation de la vérification…',
  reviewFailed: (message) => `L’engagement ne peut pas être vérifié : ${message}`,
  reviewRetry: 'Réessayer',
  reviewBack: 'Retour à la saisie',
  reviewProblems: (n) =>
    `${plural('fr', n, { one: `${n$(n)} point`, other: `${n$(n)} points` })} à compléter avant de pouvoir signer cet engagement`,
  reviewProblemsIntro: 'Revenez au formulaire pour les compléter. Chaque bouton vous mène au champ concerné.',
  reviewFix: 'Aller au champ',
  reviewFixLabel: (message) => `Aller au champ : ${message}`,
  reviewNoEventTitle: 'Cet ordinateur n’est pas configuré pour un événement',
  reviewNoEvent:
    'Chaque engagement signé indique l’événement où il a été signé. Demandez à l’équipe de l’événement de le saisir dans les Paramètres, puis revenez ici.',
  goSettings: 'Ouvrir les Paramètres',
  reviewAmends: 'Cet engagement modifie un engagement antérieur',
  reviewAmendsDetail: (id) =>
    `Une fois signé, il remplace l’engagement ${id}. L’engagement antérieur reste consigné.`,
  reviewEvent: (name, id) => (name.trim() ? `${name} (${id})` : id),
  reviewEventLabel: 'Événement',
  reviewContentHeading: 'Ce qui sera signé',
  reviewSigners: (n) =>
    plural('fr', n, {
      one: 'Un signataire signera, pour l’organisation qui prend l’engagement.',
      other: `${n$(n)} signataires signeront, un pour chaque organisation.`,
    }),
  startSigning: 'Commencer la signature',

  // Détails de l'engagement
  detailLanguage: 'Langue',
  detailPledgers: 'Organisations',
  detailLead: 'Chef de file',
  detailFocusAreas: 'Domaines prioritaires',
  detailSupportTypes: 'Types de soutien',
  detailScope: 'Portée',
  detailCountries: 'Pays ciblés',
  detailBeneficiaries: 'Bénéficiaires',
  detailTargets: 'Cibles',
  detailFinancial: 'Engagement financier',
  detailPeriod: 'Période',
  detailSdgs: 'Objectifs de développement durable',
  detailContact: 'Contact',
  detailNone: 'Aucun',
  detailNoDescription: 'Aucune description.',
  kindAndCountry: (kind, country) => (country ? `${kind} · ${country}` : kind),
  money: (amount, currency) => `${amount} ${currency}`,
  periodRange: (start, end) => `${start} – ${end}`,
  sdgLabel: (n, name) => `${n$(n)} · ${name}`,

  // Signature
  signingLabel: 'Signature',
  signingProgress: 'Signataires',
  signingStep: (i, n) => `Étape ${n$(i)} sur ${n$(n)}`,
  signingHeading: 'Signature au nom de :',
  signingIntro:
    'La personne qui signe pour cette organisation saisit son nom et sa fonction, puis signe dans le cadre.',
  signatoryName: 'Nom complet',
  signatoryTitle: 'Titre ou fonction',
  signatoryTitleHint: 'Par exemple : ministre des TIC, ou directeur général.',
  signature: 'Signature',
  signatureCanvas: 'Zone de signature',
  signatureInstruction:
    'Signez au-dessus de la ligne avec une souris, un stylet ou le doigt. « Effacer » permet de recommencer.',
  signatureBaseline: 'Signez au-dessus de la ligne',
  signatureMark: '×',
  signatureClear: 'Effacer',
  signatureNext: 'Signer et continuer',
  signatureSeal: 'Signer et sceller l’engagement',
  signatureNeeds: 'Saisissez le nom et la fonction, puis signez dans le cadre pour continuer.',
  signatureNeedsTyped: 'Saisissez le nom et la fonction pour continuer.',
  signatureTyped: 'Saisir ma signature au clavier',
  signatureTypedHint:
    'Le nom complet saisi ci-dessus devient la signature. Elle est enregistrée comme signature saisie au clavier.',
  signatureTypedPreview: (name) => `Signature saisie de ${name}`,
  signatureTypedEmpty: 'La signature s’affiche ici dès que le nom complet est saisi.',
  signatureTypedNoFont: 'Aucune police de cet ordinateur n’a les lettres de ce nom. Il est donc tracé avec un alphabet simplifié.',
  signatureTooComplex:
    'Cette signature est trop détaillée pour être enregistrée. Effacez-la et signez de nouveau, plus simplement.',
  signingBackToReview: 'Retour à la vérification',
  signingPrevious: 'Signataire précédent',
  signingDone: 'Signé',
  signingCurrent: 'En cours de signature',
  sealing: 'Scellement…',
  sealFailedTitle: 'L’engagement n’a pas été signé',
  sealRetry: 'Réessayer',
  backToForm: 'Retour au formulaire',

  // Reçu
  receiptHeading: 'Engagement signé',
  receiptIntro: 'Conservez ce reçu. L’empreinte identifie exactement ce qui a été signé.',
  receiptFingerprint: 'Empreinte',
  receiptPledgeId: 'Identifiant de l’engagement',
  receiptSeq: 'Numéro d’ordre sur l’appareil',
  receiptSignedAt: 'Date de signature',
  receiptEvent: 'Événement',
  receiptAmends: 'Modifie l’engagement',
  receiptPledge: 'L’engagement',
  receiptSignatories: 'Signataires',
  receiptQrCaption: 'Identifiant et empreinte du contenu',
  receiptQrLabel: 'Code QR de l’identifiant de l’engagement et de l’empreinte de son contenu',
  receiptSavePdf: 'Enregistrer le reçu en PDF',
  receiptSavePath: 'Où enregistrer le PDF (un dossier ou une clé USB)',
  receiptSaved: 'Reçu enregistré :',
  receiptSaveFailed: (message) => `Le reçu n’a pas pu être enregistré : ${message}`,
  receiptSaveUnwritable: 'Le fichier n’a pas pu être écrit à cet endroit. Vérifiez que le dossier existe et que la clé USB est toujours branchée.',
  receiptSaveNoPath: 'Indiquez où enregistrer le PDF.',
  receiptClose: 'Terminé',
  receiptLoading: 'Chargement du reçu…',
  receiptFailed: (message) => `Le reçu ne peut pas être affiché : ${message}`,
  signatureOf: (name) => `Signature de ${name}`,
  signatoryRole: (title, organisation) => `${title}, ${organisation}`,
  signedAtShort: (when) => `Signé le ${when}`,
  signatureWasTyped: 'Signature saisie au clavier',

  // Acheminement d'un engagement signé
  deliveryPrefix: 'Acheminement : ',
  delivery: {
    signed: 'Signé',
    queued: 'En attente',
    sending: 'Envoi en cours',
    sent: 'Envoyé',
    received: 'Reçu',
    verified: 'Vérifié',
    published: 'Publié',
    rejected: 'Refusé',
    conflict: 'Conflit',
    superseded: 'Remplacé',
  },
  deliveryRejectedBecause: (reason) => `Refusé — ${reason}`,
  deliveryHints: {
    signed: 'Signé et conservé ici en attendant la vérification par l’équipe de l’événement avant l’envoi.',
    queued: 'En attente d’envoi à la plateforme des engagements ; il partira dès que cet ordinateur sera en ligne.',
    sending: 'En cours d’envoi à la plateforme des engagements.',
    sent: 'La plateforme des engagements en a accusé réception.',
    received: 'La plateforme des engagements l’a reçu.',
    verified: 'La plateforme des engagements l’a vérifié.',
    published: 'Publié par la plateforme des engagements.',
    rejected: 'La plateforme des engagements ne l’a pas accepté.',
    conflict:
      'La plateforme des engagements détient un autre engagement portant le même identifiant. Prévenez l’équipe de l’événement.',
    superseded: 'Remplacé par un engagement modifié.',
  },

  // Brouillons signés et modifications
  sealedBanner: 'Signé — cet engagement ne peut plus être modifié',
  sealedHint:
    'Pour le changer, modifiez-le : un nouveau brouillon part de cet engagement et, une fois signé, le remplace.',
  sealedContent: 'Ce qui a été signé',
  viewReceipt: 'Voir le reçu',
  amend: 'Modifier cet engagement',
  amendBanner: 'Ce brouillon modifie un engagement signé',
  amendHint: (id) => `Une fois signé, il remplace l’engagement ${id}.`,
  signedBadge: 'Signé',

  ...settings,
  ...staff,
  ...closing,
  errors,
  ...reference,
};

export default fr;
