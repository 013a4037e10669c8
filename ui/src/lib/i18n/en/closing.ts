// The English catalogue: the end of the event, a staff checklist of what is
// still only on this laptop and the steps that take it off.

import { plural } from '../plural';
import { n$, pledges } from './words';

export const closing = {
  closing: {
    heading: 'End of the event',
    intro:
      'Before this laptop is packed away, check what is still only here and take it off: sync, export a bundle, and keep the reconciliation.',
    loading: 'Checking this laptop…',
    failed: (message: string) => `The checklist cannot be shown: ${message}`,
    nothingLeft: 'Nothing is left only on this laptop.',
    left: 'Some pledges or drafts are still only on this laptop. Work through the list below.',
    onlyHereNone: 'Every pledge has reached the platform or a bundle',
    listHeading: 'Still on this laptop',
    held: (n: number) =>
      plural('en', n, { one: `${n$(n)} pledge held for review`, other: `${n$(n)} pledges held for review` }),
    heldHint: 'Submit their batches in the Batches tab, or turn holding off in Settings.',
    unsent: (n: number) => `${pledges(n)} waiting to be sent`,
    unsentHint: 'Sync when this laptop is online, or export a bundle.',
    refused: (n: number) => `${pledges(n)} rejected or in conflict`,
    refusedHint: 'The Review tab shows the platform’s reason for each.',
    drafts: (n: number) =>
      plural('en', n, { one: `${n$(n)} draft never signed`, other: `${n$(n)} drafts never signed` }),
    draftsHint: 'Open them in the Drafts tab to have them signed, or delete them.',
    syncHeading: 'Sync with the platform',
    syncIntro: 'Sends what is waiting as soon as this laptop is online.',
    syncing: 'Syncing…',
    syncDone: 'Nothing is waiting to be sent.',
    exportHeading: 'Export a bundle of everything not yet acknowledged',
    saveHeading: 'Save the reconciliation',
    saveIntro:
      'A CSV file that lists every pledge and unsigned draft on this laptop by its id, with where each stands. Keep it with the event records.',
    save: 'Save reconciliation',
    saving: 'Saving…',
    done: 'Done',
  },
};

export type ClosingMessages = typeof closing;
