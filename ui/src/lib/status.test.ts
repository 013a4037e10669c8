import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../generated/types';
import { SYNC_STATUS_UNKNOWN, connectionOf, deliveryOf } from './status';

describe('deliveryOf', () => {
  it('follows the outbox until the platform reports a status', () => {
    expect(deliveryOf('signed', null)).toBe('signed');
    expect(deliveryOf('queued', null)).toBe('queued');
    expect(deliveryOf('sending', null)).toBe('sending');
    expect(deliveryOf('acknowledged', null)).toBe('sent');
  });

  it("takes the platform's status once there is one", () => {
    expect(deliveryOf('acknowledged', 'received')).toBe('received');
    expect(deliveryOf('acknowledged', 'verified')).toBe('verified');
    expect(deliveryOf('acknowledged', 'published')).toBe('published');
    expect(deliveryOf('acknowledged', 'superseded')).toBe('superseded');
  });

  it('says rejected when either side rejected it', () => {
    expect(deliveryOf('rejected', null)).toBe('rejected');
    expect(deliveryOf('acknowledged', 'rejected')).toBe('rejected');
    expect(deliveryOf('rejected', 'published')).toBe('rejected');
  });

  it('says conflict over any platform status but a rejection', () => {
    expect(deliveryOf('conflict', 'received')).toBe('conflict');
    expect(deliveryOf('conflict', 'rejected')).toBe('rejected');
  });
});

describe('connectionOf', () => {
  const status = (over: Partial<SyncStatus>): SyncStatus => ({ ...SYNC_STATUS_UNKNOWN, ...over });

  it('reads online, offline and not yet known', () => {
    expect(connectionOf(status({ online: true }))).toBe('online');
    expect(connectionOf(status({ online: false }))).toBe('offline');
    expect(connectionOf(status({ online: null }))).toBe('unknown');
  });

  it('says not enrolled when the last attempt failed for that, whatever online says', () => {
    const last_error = { code: 'not_enrolled' as const, params: {}, message: 'not enrolled' };
    expect(connectionOf(status({ online: false, last_error }))).toBe('not_enrolled');
    expect(connectionOf(status({ online: null, last_error }))).toBe('not_enrolled');
  });

  it('says offline when the last attempt failed for another reason', () => {
    const last_error = { code: 'offline' as const, params: {}, message: 'offline' };
    expect(connectionOf(status({ online: false, last_error }))).toBe('offline');
  });
});
