// Le catalogue français. Terminologie de l'ONU : « engagement » (pledge),
// PMA, PDSL, PEID, objectifs de développement durable (ODD).

import type { Messages } from './en';

const fr: Messages = {
  productName: 'Pledge Desk',

  // En-tête et onglets
  tabsLabel: 'Sections de Pledge Desk',
  tabPledge: 'Engagement',
  tabDrafts: 'Brouillons',
  tabSettings: 'Paramètres',
  newPledge: 'Nouvel engagement',
  uiLanguage: 'Langue de Pledge Desk',

  // État de l'enregistrement
  statusNew: '',
  statusSaving: 'Enregistrement…',
  statusSaved: (time) => `Enregistré · ${time}`,
  statusError: (message) => `Non enregistré : ${message}`,

  // Démarrage et erreurs bloquantes
  loading: 'Chargement…',
  storeUnavailableTitle: 'Vos brouillons ne peuvent pas être ouverts',
  startupFailedTitle: 'Pledge Desk n’a pas pu démarrer',
  fatalHint:
    'Vos brouillons n’ont pas été modifiés. Fermez Pledge Desk, suivez les indications ci-dessus, puis relancez-le.',
  unknownError: 'Une erreur s’est produite. Veuillez réessayer.',

  // Récapitulatif des points à compléter
  problemSummary: (n) =>
    n === 1
      ? '1 point à compléter avant de pouvoir signer cet engagement'
      : `${n} points à compléter avant de pouvoir signer cet engagement`,
  readyToSign: 'Prêt à être signé',
  summaryUnknown: 'Commencez où vous voulez : votre brouillon est enregistré automatiquement pendant la saisie.',
  showAllProblems: 'Tout afficher',
  formLabel: 'Engagement',
  reviewSign: 'Vérifier et signer',
  reviewSignHint: 'Relisez l’engagement avec les signataires, puis signez-le sur cet ordinateur.',
  notSavedYet: 'Les dernières modifications ne sont pas encore enregistrées. Réessayez dans un instant.',

  // Commun
  charCount: (n, max) => `${n} / ${max}`,
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
  pledgerRow: (n) => `Organisation ${n}`,
  pledgerName: 'Nom de l’organisation',
  pledgerKind: 'Type d’organisation',
  pledgerCountry: 'Pays',
  pledgerCountryNone: 'Les organisations internationales n’ont pas de pays.',
  pledgerLead: 'Chef de file',
  pledgerLeadHint: 'L’organisation chef de file s’exprime au nom de l’engagement.',
  addPledger: 'Ajouter une organisation partenaire',
  removePledger: (n) => `Supprimer l’organisation ${n}`,
  pledgersMax: (max) => `Un engagement peut réunir au plus ${max} organisations.`,

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
  targetRow: (n) => `Cible ${n}`,
  targetMetric: 'Ce qui est compté',
  targetValue: 'Nombre',
  targetUnit: 'Unité',
  targetUnitHint: 'Ce que compte une cible « autre », par ex. « points d’accès installés ».',
  addTarget: 'Ajouter une cible',
  removeTarget: (n) => `Supprimer la cible ${n}`,
  targetsMax: (max) => `Un engagement peut comporter au plus ${max} cibles.`,
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
  tagLdcTitle: 'Pays parmi les moins avancés',
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
  moreCountries: (n) => (n === 1 ? '+1 autre' : `+${n} autres`),
  edited: (when) => `Modifié ${when}`,
  deletedAt: (when) => `Supprimé ${when}`,
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
    n === 1
      ? '1 point à compléter avant de pouvoir signer cet engagement'
      : `${n} points à compléter avant de pouvoir signer cet engagement`,
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
    n === 1
      ? 'Un signataire signera, pour l’organisation qui prend l’engagement.'
      : `${n} signataires signeront, un pour chaque organisation.`,
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
  sdgLabel: (n, name) => `${n} · ${name}`,

  // Signature
  signingLabel: 'Signature',
  signingProgress: 'Signataires',
  signingStep: (i, n) => `Étape ${i} sur ${n}`,
  signingHeading: 'Signataire pour',
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
  receiptSignedAt: 'Signé le',
  receiptEvent: 'Événement',
  receiptAmends: 'Modifie l’engagement',
  receiptPledge: 'L’engagement',
  receiptSignatories: 'Signataires',
  receiptQrCaption: 'Identifiant et empreinte du contenu',
  receiptQrLabel: 'Code QR de l’identifiant de l’engagement et de l’empreinte de son contenu',
  receiptPrint: 'Imprimer ou enregistrer en PDF',
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

  // Paramètres
  settingsHeading: 'Paramètres',
  settingsLoading: 'Chargement des paramètres…',
  settingsFailed: (message) => `Les paramètres ne peuvent pas être affichés : ${message}`,

  // Settings › Backups and Support
  supportHeading: 'Assistance',
  supportIntro: 'Ce dont l’équipe d’assistance a besoin en cas de problème. Les diagnostics ne contiennent jamais de coordonnées, de jetons ni de clés.',
  logFolder: 'Dossier des journaux',
  logsWriting: 'Un fichier journal est écrit ici chaque jour ; les 7 derniers sont conservés.',
  logsNotWritten: 'Les journaux ne peuvent pas être écrits : l’assistance aura moins d’informations. Pledge Desk continue de fonctionner. Raison :',
  copyDiagnostics: 'Copier les diagnostics',
  diagnosticsCopied: 'Diagnostics copiés dans le presse-papiers.',
  diagnosticsFallback: 'Le presse-papiers n’est pas disponible : sélectionnez ce texte et copiez-le.',
  diagnosticsFailed: (message) => `Les diagnostics ne peuvent pas être produits : ${message}`,
  backupsHeading: 'Sauvegardes',
  backupsIntro: 'Pledge Desk copie sa base de données dans le dossier de sauvegarde toutes les 5 minutes tant que quelque chose change, et à sa fermeture. Chaque copie est vérifiée ; les 10 plus récentes sont conservées.',
  backupsFolder: 'Dossier de sauvegarde',
  backupsLast: 'Dernière sauvegarde',
  backupsNone: 'Aucune pour l’instant',
  backupFailed: 'La dernière sauvegarde a échoué ; Pledge Desk continue de fonctionner. Libérez de l’espace disque ou vérifiez le dossier. Raison :',
  snapshotsUnreadable: 'Le dossier de sauvegarde ne peut pas être lu. Raison :',
  backupNow: 'Sauvegarder maintenant',
  backingUp: 'Sauvegarde en cours…',
  backupDone: 'Sauvegarde effectuée.',
  snapshotsCaption: 'Sauvegardes de cet ordinateur, de la plus récente à la plus ancienne',
  snapshotTaken: 'Date',
  snapshotSize: 'Taille',
  snapshotRestore: 'Restaurer…',
  restoreConfirm: (time) => `Restaurer la sauvegarde du ${time} ? Ce qui a été enregistré après ne figurera pas dans la base restaurée. La base actuelle est conservée à côté dans un fichier distinct, jamais supprimée.`,
  restoreYes: 'Restaurer cette sauvegarde',
  restoreCancel: 'Annuler',
  restorePending: 'La sauvegarde choisie remplacera la base de données au redémarrage de Pledge Desk.',
  restartNow: 'Redémarrer maintenant',
  restoredAtStart: 'Une sauvegarde a été restaurée au démarrage de Pledge Desk ; la base précédente a été conservée dans un fichier distinct.',
  fatalBackupOffer: (time) => `Une sauvegarde du ${time} a passé sa vérification. La restaurer rétablit tout ce qui était enregistré jusque-là ; le fichier endommagé est mis de côté, pas supprimé.`,
  fatalRestore: 'Restaurer cette sauvegarde et redémarrer',
  eventHeading: 'Événement',
  eventIntro: 'L’événement où cet ordinateur est utilisé. Chaque engagement signé ici l’indique.',
  eventId: 'Identifiant de l’événement',
  eventIdPlaceholder: 'kigali-2022',
  eventIdHint: 'lettres minuscules, chiffres et traits d’union',
  eventName: 'Nom de l’événement',
  eventNamePlaceholder: 'Table ronde P2C sur le développement numérique',
  eventSave: 'Enregistrer',
  eventSaving: 'Enregistrement…',
  eventSaved: 'Enregistré',
  eventNotSet:
    'Aucun événement n’est encore défini : aucun engagement ne peut être signé sur cet ordinateur tant qu’il ne l’est pas.',
  deviceHeading: 'Cet appareil',
  deviceId: 'Identifiant de l’appareil',
  deviceFingerprint: 'Empreinte de la clé',
  devicePublicKey: 'Clé publique',
  deviceKeyNote:
    'Les engagements signés ici portent la signature de cet ordinateur. La clé privée ne quitte jamais cet ordinateur ; la plateforme des engagements vérifie les signatures avec la clé publique.',

  // Synchronisation : barre d'état
  syncBarLabel: 'Synchronisation avec la plateforme des engagements',
  connection: {
    online: 'En ligne',
    offline: 'Hors ligne',
    unknown: 'Pas encore connecté',
    not_enrolled: 'Non inscrit',
  },
  syncPending: (n) => `${n} en attente`,
  syncPendingTitle: (n) =>
    n === 1 ? '1 engagement signé attend d’être envoyé' : `${n} engagements signés attendent d’être envoyés`,
  syncLast: (time) => `Dernière synchronisation ${time}`,
  syncNever: 'Jamais synchronisé',
  syncRunning: 'Synchronisation…',
  syncProgress: (done, total) => `Envoi des engagements : ${done} sur ${total}`,
  syncNextTry: (time) => `Prochain essai ${time}`,
  syncMissing: (n) =>
    `Il manque à la plateforme ${n === 1 ? '1 engagement' : `${n} engagements`} dont elle avait accusé réception — prévenez l’équipe de l’événement`,
  syncNow: 'Synchroniser',
  syncSetUp: 'Configurer',
  syncSetUpLabel: 'Configurer la connexion à la plateforme des engagements dans les Paramètres',
  syncSummary: (connection, last, pending) => `${connection} · ${last} · ${pending}`,

  syncErrors: {
    invalid_address: 'L’adresse du serveur n’est pas valide : utilisez https://…, ou http:// uniquement pour cet ordinateur (localhost).',
    offline: 'La plateforme est injoignable ; les engagements restent en attente jusqu’à ce qu’elle le soit.',
    not_platform: 'L’adresse répond, mais pas comme la plateforme des engagements P2C : vérifiez l’adresse ou connectez-vous d’abord au réseau.',
    not_enrolled: 'Cet ordinateur n’est pas encore inscrit auprès de la plateforme.',
    bad_answer: 'La réponse de la plateforme est illisible ; un nouvel essai aura lieu.',
  },

  // Synchronisation : Paramètres
  platformHeading: 'Plateforme centrale',
  platformIntro:
    'Les engagements signés sont envoyés à la plateforme des engagements P2C dès que cet ordinateur est en ligne. D’ici là, ils restent en sécurité sur cet ordinateur.',
  platformStatus: 'État',
  platformError: 'Dernier problème',
  platformAddress: 'Adresse du serveur',
  platformRole: 'Cet ordinateur',
  platformLoading: 'Chargement des paramètres de connexion…',
  platformFailed: (message) => `Les paramètres de connexion ne peuvent pas être affichés : ${message}`,
  platformNotEnrolled:
    'Cet ordinateur n’est pas encore connecté à une plateforme des engagements : les engagements sont conservés ici en attendant.',
  platformReconnect:
    'Pour vous connecter à une autre plateforme, ou de nouveau avec un nouveau code, remplissez le formulaire ci-dessous.',
  roleLabels: {
    delegate: 'Ordinateur des délégués',
    staff: 'Ordinateur de l’équipe',
  },
  serverUrl: 'Adresse du serveur',
  serverUrlPlaceholder: 'https://pledges.example.org',
  serverUrlHint: 'Commence par https://. Le simple http:// n’est admis que pour cet ordinateur (localhost).',
  enrollCode: 'Code d’inscription',
  enrollCodeHint: 'Le code « délégués » ou « équipe » de l’événement, fourni par l’équipe de l’événement.',
  deviceName: 'Nom de l’ordinateur',
  deviceNameDefault: 'Ordinateur Pledge Desk',
  deviceNameHint: 'Le nom sous lequel la plateforme affiche cet ordinateur, par ex. « Accueil 2 ».',
  enroll: 'Se connecter',
  enrolling: 'Connexion…',
  enrollConnected: (role) =>
    role === null
      ? 'Connecté'
      : `Connecté en tant qu’ordinateur ${role === 'staff' ? 'de l’équipe' : 'des délégués'}`,
  enrollNeedsAddress: 'Saisissez l’adresse du serveur de la plateforme des engagements.',
  enrollNeedsCode: 'Saisissez le code d’inscription fourni par l’équipe de l’événement.',

  // Libellés des valeurs
  kinds: {
    government: 'Gouvernement',
    private_sector: 'Secteur privé',
    civil_society: 'Société civile',
    academia: 'Milieu universitaire',
    international_organization: 'Organisation internationale',
    other: 'Autre',
  },

  focusAreaCards: {
    access: {
      title: 'Accès',
      description: 'Connecter les personnes : infrastructures, couverture et accès abordable',
    },
    adoption: {
      title: 'Adoption',
      description: 'Autonomiser les communautés : compétences numériques, inclusion et utilisation sûre',
    },
    value_creation: {
      title: 'Création de valeur',
      description: 'Bâtir des écosystèmes numériques : contenus locaux, services et innovation',
    },
    investment: {
      title: 'Investissement',
      description: 'Favoriser l’investissement : modèles de financement, sécurité politique et réglementaire',
    },
  },

  supportTypeCards: {
    financial: {
      title: 'Financier',
      description: 'Fonds engagés : dons, prêts ou investissements (indiquez le montant plus bas)',
    },
    policy: {
      title: 'Politique',
      description: 'Modifications de lois, de réglementations ou de politiques publiques',
    },
    advocacy: {
      title: 'Plaidoyer',
      description: 'Sensibilisation et mobilisation d’autres acteurs',
    },
    programmatic: {
      title: 'Programmes',
      description: 'Mise en œuvre de projets, de programmes ou de services sur le terrain',
    },
  },

  scopes: {
    global: 'Mondiale',
    regional: 'Régionale',
    national: 'Nationale',
  },

  beneficiaryLabels: {
    women_and_girls: 'Femmes et filles',
    youth: 'Jeunes',
    older_persons: 'Personnes âgées',
    persons_with_disabilities: 'Personnes handicapées',
    rural_communities: 'Communautés rurales',
    indigenous_peoples: 'Peuples autochtones',
    refugees_and_migrants: 'Réfugiés et migrants',
    smes: 'Petites et moyennes entreprises',
    general_public: 'Grand public',
  },

  metrics: {
    people_connected: 'Personnes connectées',
    people_trained: 'Personnes formées',
    people_reached: 'Personnes touchées',
    schools_connected: 'Écoles connectées',
    health_facilities_connected: 'Établissements de santé connectés',
    population_coverage: 'Population couverte',
    jobs_created: 'Emplois créés',
    startups_supported: 'Jeunes pousses soutenues',
    other: 'Autre (préciser)',
  },

  // Problèmes signalés par le validateur
  fieldInRow: (field, row) => `${field} (${row})`,
  signatoryRow: (n) => `Signataire ${n}`,
  problems: {
    required: (a) => `Renseignez « ${a.field} ».`,
    too_short: (a) => `« ${a.field} » doit comporter au moins ${a.limit} caractères.`,
    too_long: (a) =>
      a.limit ? `« ${a.field} » peut comporter au plus ${a.limit} caractères.` : `« ${a.field} » est trop long.`,
    too_many: (a) => (a.limit ? `« ${a.field} » : ${a.limit} au maximum.` : `« ${a.field} » : trop d’éléments.`),
    control_characters: (a) => `« ${a.field} » contient des caractères de contrôle invisibles ; saisissez-le de nouveau.`,
    invalid_language: () => 'La langue doit être un code BCP 47, par exemple en, fr ou pt-BR.',
    invalid_country: () => 'Choisissez un pays dans la liste.',
    country_not_allowed: () => 'Une organisation internationale n’a pas de pays ; laissez ce champ vide.',
    invalid_currency: () => 'Choisissez une monnaie dans la liste.',
    invalid_date: (a) => `« ${a.field} » doit être une date réelle (AAAA-MM-JJ).`,
    end_before_start: () => 'La date de fin doit être identique ou postérieure à la date de début.',
    no_lead: () => 'Désignez une organisation comme chef de file.',
    multiple_leads: () => 'Une seule organisation peut être chef de file.',
    duplicate: (a) => `« ${a.field} » : le même élément est choisi deux fois.`,
    out_of_range: (a) =>
      a.limit ? `« ${a.field} » ne peut pas dépasser ${a.limit}.` : `« ${a.field} » est hors des limites admises.`,
    unit_required: () => 'Précisez ce que compte une cible « autre » (son unité).',
    invalid_email: () => 'Saisissez une adresse électronique, par exemple nom@example.org.',
    unsupported_version: () => 'Cet engagement a été créé par une version plus récente de Pledge Desk.',
    invalid_id: (a) => `« ${a.field} » n’est pas un identifiant valide.`,
    invalid_timestamp: (a) => `« ${a.field} » n’est pas une heure valide.`,
    missing_signatory: () => 'Chaque organisation signe une fois : un signataire par organisation.',
    invalid_drawing: () => 'La signature n’a pas pu être enregistrée. Effacez-la et signez de nouveau.',
    not_normalised: () =>
      'L’engagement n’est pas sous sa forme définitive. Revenez au formulaire et vérifiez-le de nouveau.',
  },
  problemChoose: (a) => `Choisissez « ${a.field} ».`,
  problemChooseSome: (a) => `Choisissez au moins un élément sous « ${a.field} ».`,

  // Objectifs de développement durable (A/RES/70/1)
  sdgNames: [
    'Pas de pauvreté',
    'Faim « zéro »',
    'Bonne santé et bien-être',
    'Éducation de qualité',
    'Égalité entre les sexes',
    'Eau propre et assainissement',
    'Énergie propre et d’un coût abordable',
    'Travail décent et croissance économique',
    'Industrie, innovation et infrastructure',
    'Inégalités réduites',
    'Villes et communautés durables',
    'Consommation et production responsables',
    'Mesures relatives à la lutte contre les changements climatiques',
    'Vie aquatique',
    'Vie terrestre',
    'Paix, justice et institutions efficaces',
    'Partenariats pour la réalisation des objectifs',
  ],
  sdgTitles: [
    'Éliminer la pauvreté sous toutes ses formes et partout dans le monde',
    'Éliminer la faim, assurer la sécurité alimentaire, améliorer la nutrition et promouvoir l’agriculture durable',
    'Permettre à tous de vivre en bonne santé et promouvoir le bien-être de tous à tout âge',
    'Assurer l’accès de tous à une éducation de qualité, sur un pied d’égalité, et promouvoir les possibilités d’apprentissage tout au long de la vie',
    'Parvenir à l’égalité des sexes et autonomiser toutes les femmes et les filles',
    'Garantir l’accès de tous à des services d’alimentation en eau et d’assainissement gérés de façon durable',
    'Garantir l’accès de tous à des services énergétiques fiables, durables et modernes, à un coût abordable',
    'Promouvoir une croissance économique soutenue, partagée et durable, le plein emploi productif et un travail décent pour tous',
    'Bâtir une infrastructure résiliente, promouvoir une industrialisation durable qui profite à tous et encourager l’innovation',
    'Réduire les inégalités dans les pays et d’un pays à l’autre',
    'Faire en sorte que les villes et les établissements humains soient ouverts à tous, sûrs, résilients et durables',
    'Établir des modes de consommation et de production durables',
    'Prendre d’urgence des mesures pour lutter contre les changements climatiques et leurs répercussions',
    'Conserver et exploiter de manière durable les océans, les mers et les ressources marines aux fins du développement durable',
    'Préserver et restaurer les écosystèmes terrestres, en veillant à les exploiter de façon durable, gérer durablement les forêts, lutter contre la désertification, enrayer et inverser le processus de dégradation des terres et mettre fin à l’appauvrissement de la biodiversité',
    'Promouvoir l’avènement de sociétés pacifiques et inclusives aux fins du développement durable, assurer l’accès de tous à la justice et mettre en place, à tous les niveaux, des institutions efficaces, responsables et ouvertes à tous',
    'Renforcer les moyens de mettre en œuvre le Partenariat mondial pour le développement durable et le revitaliser',
  ],
};

export default fr;
