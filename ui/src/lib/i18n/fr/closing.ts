// The French catalogue: the end of the event, a staff checklist of what is
// still only on this laptop and the steps that take it off.

import type { ClosingMessages } from '../en/closing';
import { plural } from '../plural';
import { n$ } from './words';

export const closing: ClosingMessages = {
  closing: {
    heading: 'Fin de l’événement',
    intro:
      'Avant de ranger cet ordinateur, vérifiez ce qui n’existe encore que sur lui et mettez-le à l’abri : synchronisez, exportez un paquet et gardez le rapprochement.',
    loading: 'Vérification de cet ordinateur…',
    failed: (message) => `La liste ne peut pas être affichée : ${message}`,
    nothingLeft: 'Plus rien n’existe seulement sur cet ordinateur.',
    left: 'Des engagements ou des brouillons n’existent encore que sur cet ordinateur. Suivez la liste ci-dessous.',
    onlyHereNone: 'Chaque engagement est parvenu à la plateforme ou dans un paquet',
    listHeading: 'Encore sur cet ordinateur',
    held: (n) =>
      plural('fr', n, {
        one: `${n$(n)} engagement en attente de revue`,
        other: `${n$(n)} engagements en attente de revue`,
      }),
    heldHint: 'Soumettez leurs lots dans l’onglet Lots, ou désactivez la mise en attente de revue dans Paramètres.',
    unsent: (n) =>
      plural('fr', n, { one: `${n$(n)} engagement en attente d’envoi`, other: `${n$(n)} engagements en attente d’envoi` }),
    unsentHint: 'Synchronisez quand cet ordinateur est en ligne, ou exportez un paquet.',
    refused: (n) =>
      plural('fr', n, { one: `${n$(n)} engagement refusé ou en conflit`, other: `${n$(n)} engagements refusés ou en conflit` }),
    refusedHint: 'L’onglet Revue montre le motif de la plateforme pour chacun.',
    drafts: (n) => plural('fr', n, { one: `${n$(n)} brouillon jamais signé`, other: `${n$(n)} brouillons jamais signés` }),
    draftsHint: 'Ouvrez-les dans l’onglet Brouillons pour les faire signer, ou supprimez-les.',
    syncHeading: 'Synchroniser avec la plateforme',
    syncIntro: 'Envoie ce qui attend dès que cet ordinateur est en ligne.',
    syncing: 'Synchronisation…',
    syncDone: 'Plus rien n’attend d’être envoyé.',
    exportHeading: 'Exporter un paquet de tout ce qui n’a pas encore été reçu',
    saveHeading: 'Enregistrer le rapprochement',
    saveIntro:
      'Un fichier CSV qui liste chaque engagement et chaque brouillon non signé de cet ordinateur par son identifiant, avec où il en est. Gardez-le avec les documents de l’événement.',
    save: 'Enregistrer le rapprochement',
    saving: 'Enregistrement…',
    done: 'Fait',
  },
};
