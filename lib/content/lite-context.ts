// A stand-in for WXT's ContentScriptContext, used only when building the all-pages detector (see wxt.config.ts):
// WXT's class (with its logger, script-replacement messaging and the polyfill import) costs about 3 KB of the
// detector's 10 KB budget. It implements just what the detector uses: invalidation, timers and URL-change events.

type Listener = (event: Event) => void;

interface NavigationLike {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string } }) => void,
    options?: { signal?: AbortSignal },
  ): void;
}

const LOCATION_CHANGE = 'wxt:locationchange';
const POLL_MS = 1000;

function runtimeId(): string | undefined {
  const g = globalThis as {
    browser?: { runtime?: { id?: string } };
    chrome?: { runtime?: { id?: string } };
  };
  return (g.browser?.runtime ?? g.chrome?.runtime)?.id;
}

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private watching = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The extension was reloaded or removed: this orphaned script must stop. */
  get isInvalid(): boolean {
    if (runtimeId() == null) this.controller.abort();
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.controller.signal.addEventListener('abort', callback);
    return () => this.controller.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, ms?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, ms?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: Listener,
    options?: AddEventListenerOptions,
  ): void {
    if (type === LOCATION_CHANGE) this.watchLocation();
    target.addEventListener(type, handler, { ...options, signal: this.controller.signal });
  }

  private watchLocation(): void {
    if (this.watching) return;
    this.watching = true;
    let last = location.href;
    const report = (next: string) => {
      if (next === last) return;
      last = next;
      window.dispatchEvent(new Event(LOCATION_CHANGE));
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => report(event.destination.url), {
        signal: this.signal,
      });
    } else {
      this.setInterval(() => report(location.href), POLL_MS);
    }
  }
}
