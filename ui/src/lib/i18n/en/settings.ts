// The English catalogue: Settings, backups and support; sync with the platform and enrolment.

import type { RenewalReason, Role } from '../../../generated/types';
import type { Connection } from '../../status';
import type { Moment } from '../en';
import { plural } from '../plural';
import { n$, at, pledges } from './words';

export const settings = {
  // Settings
  settingsHeading: 'Settings',
  settingsLoading: 'Loading settings…',
  settingsFailed: (message: string) => `The settings cannot be shown: ${message}`,

  // Settings › Backups and Support
  supportHeading: 'Support',
  supportIntro: 'What support staff need when something goes wrong. The diagnostics never contain contact details, tokens or keys.',
  logFolder: 'Log folder',
  logsWriting: 'A log file is written here each day; the last 7 are kept.',
  logsNotWritten: 'Logs cannot be written, so support staff will have less to go on. Pledge Desk keeps working. Reason:',
  copyDiagnostics: 'Copy diagnostics',
  diagnosticsCopied: 'Diagnostics copied to the clipboard.',
  diagnosticsFallback: 'The clipboard is not available: select this text and copy it.',
  diagnosticsFailed: (message: string) => `The diagnostics cannot be produced: ${message}`,
  backupsHeading: 'Backups',
  backupsIntro: 'Pledge Desk copies its database into the backup folder every 5 minutes while something changes, and when it closes. Each copy is checked; the newest 10 are kept.',
  backupsFolder: 'Backup folder',
  backupsLast: 'Last backup',
  backupsNone: 'None yet',
  backupFailed: 'The last backup failed; Pledge Desk keeps working. Free some disk space or check the folder. Reason:',
  snapshotsUnreadable: 'The backup folder cannot be read. Reason:',
  backupNow: 'Back up now',
  backingUp: 'Backing up…',
  backupDone: 'Backup taken.',
  snapshotsCaption: 'Backups on this laptop, newest first',
  snapshotTaken: 'Taken',
  snapshotSize: 'Size',
  snapshotRestore: 'Restore…',
  restoreConfirm: (time: string) => `Restore the backup from ${time}? Anything saved after it will not be in the restored database. The current database is kept beside it as a separate file, never deleted.`,
  restoreYes: 'Restore this backup',
  restoreCancel: 'Cancel',
  restorePending: 'The chosen backup replaces the database when Pledge Desk restarts.',
  restartNow: 'Restart now',
  restoredAtStart: 'A backup was restored when Pledge Desk started; the previous database was kept as a separate file.',
  fatalBackupOffer: (time: string) => `A backup from ${time} passed its check. Restoring it brings back everything saved up to then; the damaged file is kept aside, not deleted.`,
  fatalRestore: 'Restore this backup and restart',
  eventHeading: 'Event',
  eventIntro: 'The event this laptop is used at. Every pledge signed here records it.',
  eventId: 'Event id',
  eventIdPlaceholder: 'kigali-2022',
  eventIdHint: 'lower-case letters, digits and hyphens',
  eventName: 'Event name',
  eventNamePlaceholder: 'P2C Digital Development Roundtable',
  eventSave: 'Save',
  eventSaving: 'Saving…',
  eventSaved: 'Saved',
  eventNotSet: 'No event is set yet: pledges cannot be signed on this laptop until one is.',
  deviceHeading: 'This device',
  deviceId: 'Device id',
  deviceFingerprint: 'Key fingerprint',
  devicePublicKey: 'Public key',
  deviceKeyNote:
    'Pledges signed here carry this laptop’s signature. The private key never leaves this laptop; the pledge platform checks signatures with the public key.',
  deviceRetiredHeading: 'Earlier identities of this laptop',
  deviceRetiredNote:
    'This laptop took a new device identity. The earlier keys are kept on this laptop, and the pledges signed with them are unchanged and still verify.',
  deviceRetiredReason: {
    other_machine: 'The data folder came from another computer (an imaged laptop).',
    device_seq_reused: 'The pledge platform saw another laptop sign as this one.',
  } satisfies Record<RenewalReason, string>,
  deviceRetiredAt: 'Retired',

  // Sync with the central platform: status bar
  syncBarLabel: 'Sync with the pledge platform',
  connection: {
    online: 'Online',
    offline: 'Offline',
    unknown: 'Not connected yet',
    not_enrolled: 'Not enrolled',
  } satisfies Record<Connection, string>,
  syncPending: (n: number) => `${n$(n)} pending`,
  syncPendingTitle: (n: number) =>
    plural('en', n, {
      one: `${n$(n)} signed pledge is waiting to be sent`,
      other: `${n$(n)} signed pledges are waiting to be sent`,
    }),
  syncHeld: (n: number) => `${n$(n)} held`,
  syncHeldTitle: (n: number) =>
    plural('en', n, {
      one: `${n$(n)} signed pledge is held for staff review: it is only on this laptop until its batch is submitted`,
      other: `${n$(n)} signed pledges are held for staff review: they are only on this laptop until their batch is submitted`,
    }),
  syncLast: (moment: Moment) => `Last synced ${at(moment)}`,
  syncNever: 'Never synced',
  syncRunning: 'Syncing…',
  syncProgress: (done: number, total: number) => `Sending pledges: ${n$(done)} of ${n$(total)}`,
  syncNextTry: (moment: Moment) => `Next try ${at(moment)}`,
  syncRequeued: (n: number) =>
    plural('en', n, {
      one: `${pledges(n)} the platform had lost was sent again`,
      other: `${pledges(n)} the platform had lost were sent again`,
    }),
  syncMissing: (n: number) => `The platform is missing ${pledges(n)} it had acknowledged — tell the event staff`,
  syncNow: 'Sync now',
  syncSetUp: 'Set up',
  syncSetUpLabel: 'Set up the connection to the pledge platform in Settings',
  syncSummary: (connection: string, last: string, pending: string) => `${connection} · ${last} · ${pending}`,

  // Sync with the central platform: Settings
  platformHeading: 'Central platform',
  platformIntro:
    'Signed pledges are sent to the P2C pledge platform whenever this laptop is online. Until then they stay safely on this laptop.',
  platformStatus: 'Status',
  platformError: 'Last problem',
  platformAddress: 'Server address',
  platformRole: 'This laptop',
  platformLoading: 'Loading the connection settings…',
  platformFailed: (message: string) => `The connection settings cannot be shown: ${message}`,
  platformNotEnrolled: 'This laptop is not connected to a pledge platform yet: pledges are kept here until it is.',
  platformReconnect: 'To connect to another platform, or again with a new code, fill in the form below.',
  roleLabels: {
    delegate: 'Delegate laptop',
    staff: 'Staff laptop',
  } satisfies Record<Role, string>,
  serverUrl: 'Server address',
  serverUrlPlaceholder: 'https://pledges.example.org',
  serverUrlHint: 'Starts with https://. Plain http:// is allowed only for this computer (localhost).',
  enrollCode: 'Enrolment code',
  enrollCodeHint: 'The event’s delegate or staff code, from the event staff.',
  deviceName: 'Laptop name',
  deviceNameDefault: 'Pledge Desk laptop',
  deviceNameHint: 'How the platform lists this laptop, e.g. “Registration desk 2”.',
  enroll: 'Connect',
  enrolling: 'Connecting…',
  enrollConnected: (role: Role | null) =>
    role === null ? 'Connected' : `Connected as ${role === 'staff' ? 'staff' : 'delegate'} laptop`,
  enrollNeedsAddress: 'Enter the server address of the pledge platform.',
  enrollNeedsCode: 'Enter the enrolment code from the event staff.',
};

export type SettingsMessages = typeof settings;
