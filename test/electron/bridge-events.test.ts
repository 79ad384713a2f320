// window.workbench.events: the page subscribes to what the core pushes over the one event channel. The
// page gets the payload only (never the IPC event object), can unsubscribe, and cannot replace the
// function; the channel name is the same string on both sides.
import { describe, expect, it, vi } from 'vitest';
import { METHODS, type Method } from '../../shared/api/contract';
import { buildBridge } from '../../electron/preload/bridge';
import { EVENT_CHANNEL as PRELOAD_EVENTS, INVOKE_CHANNEL as PRELOAD_INVOKE } from '../../electron/preload/channel';
import { EVENT_CHANNEL as MAIN_EVENTS, INVOKE_CHANNEL as MAIN_INVOKE } from '../../electron/main/ipc-channel';

function withFeed() {
  let deliver: (event: unknown) => void = () => undefined;
  const feed = vi.fn((d: (event: unknown) => void) => {
    deliver = d;
  });
  const bridge = buildBridge(METHODS, vi.fn(), () => '', feed);
  return { bridge, feed, push: (e: unknown) => deliver(e) };
}

const locked = { type: 'vault', status: { state: 'locked', path: '/v', examiner: null, autoLockMinutes: 10 }, reason: 'auto-lock' };

describe('window.workbench.events', () => {
  it('has its own channel, distinct from the call channel, with the same name in main and preload', () => {
    expect(PRELOAD_EVENTS).toBe('sakshya:event');
    expect(MAIN_EVENTS).toBe(PRELOAD_EVENTS);
    expect(MAIN_INVOKE).toBe(PRELOAD_INVOKE);
    expect(PRELOAD_EVENTS).not.toBe(PRELOAD_INVOKE);
  });

  it('starts one host listener, however many subscribers, and hands each subscriber the event', () => {
    const { bridge, feed, push } = withFeed();
    const a: unknown[] = [];
    const b: unknown[] = [];
    bridge.events.subscribe((e) => a.push(e));
    bridge.events.subscribe((e) => b.push(e));
    push(locked);
    expect(feed).toHaveBeenCalledTimes(1);
    expect(a).toEqual([locked]);
    expect(b).toEqual([locked]);
  });

  it('stops delivering after unsubscribe, per subscription', () => {
    const { bridge, push } = withFeed();
    const got: unknown[] = [];
    const listener = (e: unknown) => got.push(e);
    const first = bridge.events.subscribe(listener);
    bridge.events.subscribe(listener);
    first();
    push(locked);
    expect(got).toHaveLength(1);
  });

  it('keeps delivering to the others when one subscriber throws', () => {
    const { bridge, push } = withFeed();
    const got: unknown[] = [];
    bridge.events.subscribe(() => {
      throw new Error('broken listener');
    });
    bridge.events.subscribe((e) => got.push(e));
    push(locked);
    expect(got).toEqual([locked]);
  });

  it('is frozen, refuses a non-function, and no method namespace may be called "events"', () => {
    const { bridge } = withFeed();
    expect(Object.isFrozen(bridge.events)).toBe(true);
    expect(Object.keys(bridge.events)).toEqual(['subscribe']);
    expect(() => {
      (bridge.events as unknown as Record<string, unknown>).subscribe = () => 0;
    }).toThrow(TypeError);
    expect(() => bridge.events.subscribe('alert(1)' as never)).toThrow(TypeError);
    expect(() => buildBridge(['events.subscribe' as Method], vi.fn(), () => '')).toThrow();
  });
});
