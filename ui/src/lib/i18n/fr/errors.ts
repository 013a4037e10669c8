// Le catalogue français : une phrase par code d’erreur (ErrorCode).

import type { ErrorParams, Messages } from '../en';
import { plural } from '../plural';
import { n$ } from './words';

const count = (p: ErrorParams, key: string): number => Number(p[key] ?? 0);

export const errors: Messages['errors'] = {
  newer_database: () =>
    'Ces données ont été écrites par une version plus récente de Pledge Desk et n’ont pas été modifiées. Installez la version plus récente pour les ouvrir.',
  corrupt_database: (p) =>
    `La base de données ${p.path ?? ''} est endommagée. Elle a été laissée telle quelle : restaurez une sauvegarde ou demandez l’aide du service d’assistance de l’événement.`,
  data_dir: () =>
    'Le dossier de données de Pledge Desk est inutilisable. Vérifiez que le disque est branché et accessible en écriture, puis redémarrez Pledge Desk.',
  migration_failed: () =>
    'La base de données n’a pas pu être mise à jour pour cette version de Pledge Desk. Rien n’a été modifié : demandez l’aide du service d’assistance de l’événement.',
  database_error: () =>
    'La base de données a signalé un problème. Réessayez ; si cela se reproduit, copiez les diagnostics pour le service d’assistance.',
  stored_data_invalid: () =>
    'Une donnée enregistrée sur cet ordinateur est illisible. Copiez les diagnostics pour le service d’assistance.',
  disk_full: () =>
    'Le disque est plein : plus rien ne peut être enregistré. Libérez de l’espace sur cet ordinateur (ou déplacez le dossier de données), puis réessayez.',
  invalid_cursor: () => 'La liste a changé ; elle reprend depuis le début.',
  draft_not_found: () => 'Ce brouillon n’est plus sur cet ordinateur.',
  pledge_not_found: () => 'Cet engagement signé n’est pas sur cet ordinateur.',
  batch_not_found: () => 'Ce lot n’est plus sur cet ordinateur.',
  stale_revision: () => 'Ce brouillon a été modifié ailleurs. Rouvrez-le pour continuer à partir de la dernière version.',
  draft_too_large: () => 'Le brouillon est trop volumineux pour être enregistré. Raccourcissez le texte le plus long.',
  draft_sealed: () => 'Ce brouillon a été signé et ne peut plus changer. Modifiez l’engagement par un amendement.',
  not_signable: (p) =>
    plural('fr', count(p, 'count'), {
      one: `L’engagement ne peut pas encore être signé : ${n$(count(p, 'count'))} point à compléter.`,
      other: `L’engagement ne peut pas encore être signé : ${n$(count(p, 'count'))} points à compléter.`,
    }),
  invalid_signatories: () => 'Les signatures sont incomplètes : chaque signataire doit indiquer son nom complet et signer.',
  no_event: () => 'Choisissez l’événement que sert cet ordinateur (Paramètres) avant de signer.',
  invalid_event_id: () =>
    'Un identifiant d’événement compte de 3 à 64 lettres minuscules, chiffres et traits d’union, p. ex. kigali-2022.',
  key_missing: () =>
    'La clé avec laquelle cet ordinateur signe est manquante. Restaurez le dossier de données à partir d’une sauvegarde ; demandez l’aide du service d’assistance.',
  key_unreadable: () =>
    'La clé avec laquelle cet ordinateur signe est illisible. Restaurez le dossier de données à partir d’une sauvegarde ; demandez l’aide du service d’assistance.',
  identity_renewed: () => 'Cet ordinateur vient de prendre une nouvelle identité d’appareil (il a été copié à partir d’un autre). Signez de nouveau.',
  no_font: () => 'Aucune police de cet ordinateur ne peut écrire ce nom. Dessinez plutôt la signature.',
  empty_signature: () => 'Saisissez le nom avec lequel signer.',
  signature_too_large: () => 'Ce nom est trop long pour être dessiné comme signature. Dessinez plutôt la signature.',
  staff_only: () => 'Cette action demande le mode équipe : ouvrez-le avec le code PIN de l’équipe.',
  staff_locked: () => 'Le mode équipe s’est verrouillé après un moment d’inactivité : saisissez de nouveau le code PIN.',
  wrong_pin: (p) =>
    plural('fr', count(p, 'left'), {
      one: `Ce code PIN est incorrect. Encore ${n$(count(p, 'left'))} essai avant que le mode équipe ne se verrouille un moment.`,
      other: `Ce code PIN est incorrect. Encore ${n$(count(p, 'left'))} essais avant que le mode équipe ne se verrouille un moment.`,
    }),
  pin_locked_out: () =>
    'Trop de codes PIN erronés : le mode équipe est verrouillé pour un moment. Demandez le code PIN au responsable de l’équipe si vous l’avez oublié.',
  pin_not_set: () => 'Aucun code PIN d’équipe n’est encore défini : définissez-en un pour ouvrir le mode équipe.',
  invalid_pin: (p) => `Un code PIN d’équipe compte de ${p.min ?? ''} à ${p.max ?? ''} chiffres.`,
  invalid_batch_name: () => 'Un nom de lot compte de 1 à 120 caractères, p. ex. « Jour 1 — séance du matin ».',
  already_batched: (p) =>
    `Un engagement est déjà dans le lot « ${p.batch ?? ''} » ; un engagement appartient à un seul lot. Retirez-le d’abord de ce lot.`,
  batch_submitted: (p) => `Le lot « ${p.batch ?? ''} » a été soumis et ne peut plus changer.`,
  nothing_to_export: () => 'Il n’y a rien à exporter : aucun engagement signé n’est sélectionné.',
  no_path: () => 'Choisissez où enregistrer le fichier.',
  file_unreadable: (p) =>
    `${p.path ?? 'Le fichier'} est illisible. Vérifiez qu’il existe et que la clé USB est branchée.`,
  file_unwritable: (p) =>
    `${p.path ?? 'Le fichier'} ne peut pas être écrit. Choisissez un autre dossier, ou vérifiez que son support (une clé USB, par exemple) est branché, accessible en écriture et n’est pas plein.`,
  bundle_too_large: () => 'Ce fichier de paquet est trop volumineux. Exportez des lots plus petits.',
  bundle_invalid: () => 'Ce fichier n’est pas un paquet utilisable. Rien n’a été importé.',
  bundle_tampered: () => 'Le paquet a été modifié après son export. Rien n’a été importé : demandez un nouvel export.',
  bundle_wrong_event: (p) =>
    `Le paquet concerne l’événement ${p.bundle ?? ''}, mais cet ordinateur sert ${p.ours ?? ''}. Rien n’a été importé.`,
  bundle_unknown_device: () =>
    'Le paquet contient des engagements d’un ordinateur dont il ne porte pas la clé. Rien n’a été importé : demandez un nouvel export.',
  export_failed: () =>
    'L’export n’a pas pu être produit. Réessayez ; en cas de nouvel échec, copiez les diagnostics pour le service d’assistance.',
  receipt_failed: () => 'Le reçu n’a pas pu être produit. Réessayez, ou imprimez-le depuis l’écran.',
  backup_failed: () =>
    'La sauvegarde a échoué ; Pledge Desk continue de fonctionner. Libérez de l’espace disque ou vérifiez le dossier de sauvegarde.',
  backup_not_found: () => 'Cette sauvegarde n’est plus dans le dossier de sauvegarde.',
  backup_damaged: () => 'Cette sauvegarde est endommagée et inutilisable. Choisissez-en une autre.',
  invalid_address: () =>
    'L’adresse du serveur n’est pas valide : utilisez https://…, ou http:// uniquement pour cet ordinateur (localhost).',
  offline: () => 'La plateforme est injoignable ; les engagements restent en attente jusqu’à ce qu’elle le soit.',
  not_platform: () =>
    'L’adresse répond, mais pas comme la plateforme des engagements P2C : vérifiez l’adresse ou connectez-vous d’abord au réseau.',
  certificate_untrusted: () =>
    'Cet ordinateur ne fait pas confiance au certificat de sécurité de la plateforme ; les engagements restent en attente. Si la plateforme utilise une autorité de certification privée, demandez au service informatique de l’ajouter aux certificats de confiance de cet ordinateur, puis redémarrez Pledge Desk.',
  not_enrolled: () => 'Cet ordinateur n’est pas encore inscrit auprès de la plateforme.',
  refused: (p) =>
    `La plateforme a refusé (${p.platform_code ?? ''}). Les engagements restent sur cet ordinateur ; adressez-vous à l’équipe de l’événement.`,
  platform_trouble: () => 'La plateforme rencontre un problème ; les engagements restent en attente et un nouvel essai aura lieu.',
  bad_answer: () => 'La réponse de la plateforme est illisible ; un nouvel essai aura lieu.',
  local_failure: () => 'Cet ordinateur n’a pas pu préparer la synchronisation ; les engagements restent en attente. Redémarrez Pledge Desk ; si cela se reproduit, copiez les diagnostics pour le service d’assistance.',
  internal: () =>
    'Une erreur s’est produite dans Pledge Desk. Réessayez ; si cela se reproduit, copiez les diagnostics pour le service d’assistance.',
};
