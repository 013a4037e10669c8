// The French catalogue: Settings, backups and support; sync with the platform and enrolment.

import type { SettingsMessages } from '../en/settings';
import { plural } from '../plural';
import { n$, at, engagements } from './words';

export const settings: SettingsMessages = {
  // Paramètres
  settingsHeading: 'Paramètres',
  settingsLoading: 'Chargement des paramètres…',
  settingsFailed: (message) => `Les paramètres ne peuvent pas être affichés : ${message}`,

  // Settings › Backups and Support
  supportHeading: 'Assistance',
  supportIntro: 'Ce dont l’équipe d’assistance a besoin en cas de problème. Les diagnostics ne contiennent jamais de coordonnées, de jetons ni de clés.',
  logFolder: 'Dossier des journaux',
  logsWriting: 'Un fichier journal est écrit ici chaque jour ; les 7 derniers sont conservés.',
  logsNotWritten: 'Les journaux ne peuvent pas être écrits : l’assistance aura moins d’informations. Pledge Desk continue de fonctionner. Raison :',
  copyDiagnostics: 'Copier les diagnostics',
  diagnosticsCopied: 'Diagnostics copiés dans le presse-papiers.',
  diagnosticsFallback: 'Le presse-papiers n’est pas disponible : sélectionnez ce texte et copiez-le.',
  diagnosticsFailed: (message) => `Les diagnostics ne peuvent pas être produits : ${message}`,
  backupsHeading: 'Sauvegardes',
  backupsIntro: 'Pledge Desk copie sa base de données dans le dossier de sauvegarde toutes les 5 minutes tant que quelque chose change, et à sa fermeture. Chaque copie est vérifiée ; les 10 plus récentes sont conservées.',
  backupsFolder: 'Dossier de sauvegarde',
  backupsLast: 'Dernière sauvegarde',
  backupsNone: 'Aucune pour l’instant',
  backupFailed: 'La dernière sauvegarde a échoué ; Pledge Desk continue de fonctionner. Libérez de l’espace disque ou vérifiez le dossier. Raison :',
  snapshotsUnreadable: 'Le dossier de sauvegarde ne peut pas être lu. Raison :',
  backupNow: 'Sauvegarder maintenant',
  backingUp: 'Sauvegarde en cours…',
  backupDone: 'Sauvegarde effectuée.',
  snapshotsCaption: 'Sauvegardes de cet ordinateur, de la plus récente à la plus ancienne',
  snapshotTaken: 'Date',
  snapshotSize: 'Taille',
  snapshotRestore: 'Restaurer…',
  restoreConfirm: (time) => `Restaurer la sauvegarde du ${time} ? Ce qui a été enregistré après ne figurera pas dans la base restaurée. La base actuelle est conservée à côté dans un fichier distinct, jamais supprimée.`,
  restoreYes: 'Restaurer cette sauvegarde',
  restoreCancel: 'Annuler',
  restorePending: 'La sauvegarde choisie remplacera la base de données au redémarrage de Pledge Desk.',
  restartNow: 'Redémarrer maintenant',
  restoredAtStart: 'Une sauvegarde a été restaurée au démarrage de Pledge Desk ; la base précédente a été conservée dans un fichier distinct.',
  fatalBackupOffer: (time) => `Une sauvegarde du ${time} a passé sa vérification. La restaurer rétablit tout ce qui était enregistré jusque-là ; le fichier endommagé est mis de côté, pas supprimé.`,
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
  deviceRetiredHeading: 'Identités précédentes de cet ordinateur',
  deviceRetiredNote:
    'Cet ordinateur a pris une nouvelle identité d’appareil. Les clés précédentes sont conservées sur cet ordinateur, et les engagements signés avec elles restent inchangés et vérifiables.',
  deviceRetiredReason: {
    other_machine: 'Le dossier de données venait d’un autre ordinateur (copie d’une image disque).',
    device_seq_reused: 'La plateforme des engagements a vu un autre ordinateur signer sous l’identité de celui-ci.',
  },
  deviceRetiredAt: 'Date de retrait',

  // Synchronisation : barre d'état
  syncBarLabel: 'Synchronisation avec la plateforme des engagements',
  connection: {
    online: 'En ligne',
    offline: 'Hors ligne',
    unknown: 'Pas encore connecté',
    not_enrolled: 'Non inscrit',
  },
  syncPending: (n) => `${n$(n)} en attente`,
  syncPendingTitle: (n) =>
    plural('fr', n, {
      one: `${n$(n)} engagement signé attend d’être envoyé`,
      other: `${n$(n)} engagements signés attendent d’être envoyés`,
    }),
  syncHeld: (n) => `${n$(n)} en attente de revue`,
  syncHeldTitle: (n) =>
    plural('fr', n, {
      one: `${n$(n)} engagement signé est en attente de revue par l’équipe : il n’existe que sur cet ordinateur jusqu’à la soumission de son lot`,
      other: `${n$(n)} engagements signés sont en attente de revue par l’équipe : ils n’existent que sur cet ordinateur jusqu’à la soumission de leur lot`,
    }),
  syncLast: (moment) => `Dernière synchronisation ${at(moment)}`,
  syncNever: 'Jamais synchronisé',
  syncRunning: 'Synchronisation…',
  syncProgress: (done, total) => `Envoi des engagements : ${n$(done)} sur ${n$(total)}`,
  syncNextTry: (moment) => `Prochain essai ${at(moment)}`,
  syncRequeued: (n) =>
    plural('fr', n, {
      one: `${engagements(n)} que la plateforme avait perdu a été renvoyé`,
      many: `${engagements(n)} que la plateforme avait perdus ont été renvoyés`,
      other: `${engagements(n)} que la plateforme avait perdus ont été renvoyés`,
    }),
  syncMissing: (n) =>
    `Il manque à la plateforme ${engagements(n)} dont elle avait accusé réception — prévenez l’équipe de l’événement`,
  syncNow: 'Synchroniser',
  syncSetUp: 'Configurer',
  syncSetUpLabel: 'Configurer la connexion à la plateforme des engagements dans les Paramètres',
  syncSummary: (connection, last, pending) => `${connection} · ${last} · ${pending}`,


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
};
