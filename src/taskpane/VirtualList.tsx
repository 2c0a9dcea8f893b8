import {
  Fragment,
  forwardRef,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactElement,
  type Ref,
} from 'react';
import { rowOffsets, visibleRange, type Range } from './virtual-range';

/** Lists up to this long render every row; longer ones only the rows near the viewport. */
export const PLAIN_UP_TO = 60;
/** Rows drawn above and below the viewport, in pixels: Tab and short scrolls find them ready. */
const OVERSCAN = 600;
/** At most this many rows in the DOM, whatever the viewport (a tall window, a zoomed-out page). */
export const MAX_ROWS = 120;

/** What each row's `<li>` must carry (spread it): its place, its measure, its position. */
export interface RowProps {
  ref?: (el: HTMLLIElement | null) => void;
  style?: CSSProperties;
  'aria-setsize'?: number;
  'aria-posinset'?: number;
  'data-index': number;
}

export interface VirtualListHandle {
  /** Bring the row into the DOM and into view, then focus its first control (or the row). */
  reveal(index: number): void;
}

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T, index: number) => string;
  /** The row, an `<li {...row}>`. */
  render: (item: T, index: number, row: RowProps) => ReactElement;
  /** A first guess of a row's height (px) before it is measured. */
  estimate: number;
  /** Space between rows (px). */
  gap: number;
  className?: string;
  'data-testid'?: string;
}

const FOCUSABLE = 'button:not([disabled]), a[href], input, select, textarea, [tabindex]';

/** The nearest ancestor that scrolls vertically, else the page. */
function scrollParent(el: HTMLElement): HTMLElement | undefined {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return undefined;
}

/** Focus the row's first control (its last, coming back with Shift+Tab; or the row), then scroll it into view. */
function focusRow(li: HTMLElement, block: ScrollLogicalPosition, last = false): void {
  const controls = li.querySelectorAll<HTMLElement>(FOCUSABLE);
  const target = (last ? controls[controls.length - 1] : controls[0]) ?? li;
  if (target === li && !li.hasAttribute('tabindex')) li.tabIndex = -1;
  target.focus({ preventScroll: true });
  li.scrollIntoView({ block });
}

/**
 * A list whose long versions keep only the rows near the viewport in the DOM. It follows the
 * pane's own scroll (no inner scroll box): the list takes its full height, rows are placed at
 * their measured offsets (wrapped text included), and each says its place (aria-posinset of
 * aria-setsize). Tab and Shift+Tab at a row's edge move to the next or previous row (drawn first
 * if need be); the focused row and the rows beside it stay in the DOM while scrolled away, so focus
 * never falls to the page nor leaves the list.
 */
function VirtualListInner<T>(props: Props<T>, ref: Ref<VirtualListHandle>) {
  const { items, keyOf, render, estimate, gap } = props;
  const plain = items.length <= PLAIN_UP_TO;
  const listRef = useRef<HTMLUListElement>(null);
  /** Measured heights by key, so a row keeps its height when the list above it changes. */
  const measured = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  // No rows until the list knows where it stands (before the first paint): a list below the fold
  // then draws none, instead of drawing rows only to remove them.
  const [range, setRange] = useState<Range>({ start: 0, end: 0 });
  const [focused, setFocused] = useState<number>();
  const pending = useRef<{ index: number; block: ScrollLogicalPosition; last?: boolean }>();
  const els = useRef(new Map<number, HTMLLIElement>());

  const keys = useMemo(() => items.map((item, i) => keyOf(item, i)), [items, keyOf]);
  const offsets = useMemo(
    () =>
      rowOffsets(
        keys.map((k) => measured.current.get(k) ?? estimate),
        gap,
      ),
    // `version` changes when a row's measured height does.
    [keys, estimate, gap, version],
  );
  const total = offsets[offsets.length - 1] ?? 0;

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list || plain) return;
    const box = list.getBoundingClientRect();
    const parent = scrollParent(list)?.getBoundingClientRect();
    const top = Math.max(0, parent?.top ?? 0);
    const bottom = Math.min(window.innerHeight, parent?.bottom ?? window.innerHeight);
    const next = visibleRange(
      offsets,
      top - box.top - OVERSCAN,
      bottom - box.top + OVERSCAN,
      MAX_ROWS,
    );
    setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
  }, [offsets, plain]);

  useLayoutEffect(update, [update]);
  useEffect(() => {
    if (plain) return undefined;
    // Capture: the scroll of any ancestor box, as well as the page's.
    document.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [update, plain]);

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const el = entry.target as HTMLElement;
              const key = el.dataset.key;
              const height = el.offsetHeight;
              if (key !== undefined && height > 0 && measured.current.get(key) !== height) {
                measured.current.set(key, height);
                changed = true;
              }
            }
            if (changed) setVersion((v) => v + 1);
          }),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  // Rows measured taller or shorter than their estimate move the rows below them; the browser's
  // scroll anchoring does not apply to rows placed absolutely. The focused row, if it was in
  // view, stays where it was (a row scrolled away on purpose is left where it is).
  const lastOffsets = useRef(offsets);
  useLayoutEffect(() => {
    const before = lastOffsets.current;
    lastOffsets.current = offsets;
    if (before === offsets) return;
    // The row that has the focus now (the `focused` state may be one render behind).
    const li = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
      'li[data-index]',
    );
    if (!li || !listRef.current?.contains(li)) return;
    const index = Number(li.dataset.index);
    const delta = (offsets[index] ?? 0) - (before[index] ?? 0);
    if (delta === 0) return;
    const was = li.getBoundingClientRect().top - delta;
    if (was < 0 || was > window.innerHeight) return;
    const list = listRef.current;
    const parent = list ? scrollParent(list) : undefined;
    if (parent) parent.scrollTop += delta;
    else window.scrollBy(0, delta);
  }, [offsets]);

  // A row asked for (reveal, Tab) is focused once drawn.
  useLayoutEffect(() => {
    const wanted = pending.current;
    if (wanted === undefined) return;
    const li = els.current.get(wanted.index);
    if (!li) return;
    pending.current = undefined;
    focusRow(li, wanted.block, wanted.last);
  });

  const reveal = useCallback(
    (index: number, block: ScrollLogicalPosition = 'center', last = false) => {
      const list = listRef.current;
      if (!list || index < 0 || index >= items.length) return;
      const li = els.current.get(index);
      if (li) {
        focusRow(li, block, last);
        return;
      }
      // Scroll its estimated place into the middle of the view, draw it there, then focus it.
      const offset = offsets[index] ?? 0;
      const box = list.getBoundingClientRect();
      const y = box.top + offset - window.innerHeight / 3;
      const parent = scrollParent(list);
      if (parent) parent.scrollTop += y - Math.max(0, parent.getBoundingClientRect().top);
      else window.scrollBy(0, y);
      pending.current = { index, block, last };
      setRange(visibleRange(offsets, offset - OVERSCAN, offset + OVERSCAN, MAX_ROWS));
    },
    [items.length, offsets],
  );
  useImperativeHandle(ref, () => ({ reveal: (index) => reveal(index) }), [reveal]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (plain || event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const li = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!li || !listRef.current?.contains(li)) return;
    const index = Number(li.dataset.index);
    const controls = [...li.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const edge = event.shiftKey ? controls[0] : controls[controls.length - 1];
    if (edge && edge !== event.target) return;
    const next = index + (event.shiftKey ? -1 : 1);
    if (next < 0 || next >= items.length) return;
    // Always the list's own move, drawn or not: the browser's order follows the DOM, which a
    // range update may be changing at that moment (on a loaded machine, Tab landed elsewhere).
    event.preventDefault();
    reveal(next, 'nearest', event.shiftKey);
  };

  // One ref callback per row (a new one each render would unobserve and observe every row).
  const refs = useRef(new Map<string, (el: HTMLLIElement | null) => void>());
  const refsFor = useRef(keys);
  if (refsFor.current !== keys) {
    refs.current.clear();
    refsFor.current = keys;
  }
  const refOf = (index: number, key: string) => {
    const id = `${index}:${key}`;
    const known = refs.current.get(id);
    if (known) return known;
    const made = (el: HTMLLIElement | null) => {
      const before = els.current.get(index);
      if (el) {
        el.dataset.key = key;
        els.current.set(index, el);
        if (before !== el) observer?.observe(el);
      } else if (before) {
        observer?.unobserve(before);
        els.current.delete(index);
      }
    };
    refs.current.set(id, made);
    return made;
  };

  const rowProps = (index: number, key: string): RowProps => ({
    'data-index': index,
    ref: refOf(index, key),
    ...(plain
      ? {}
      : {
          'aria-setsize': items.length,
          'aria-posinset': index + 1,
          style: { position: 'absolute', top: offsets[index] ?? 0, left: 0, right: 0 },
        }),
  });

  // The rows near the viewport; the focused one wherever it is (focus is never dropped) with the
  // rows beside it; and the one asked for (reveal, Tab) until it has the focus, since a scroll or
  // a row measured taller than its estimate may move the range away from it before it is drawn.
  // The rows beside the focused one matter to Fluent's focus manager (tabster): it handles Tab
  // itself, before the list sees the key, when the next focusable in the page's order lies in one
  // of its areas (a tab list below the pane); with the next row drawn, that next focusable is the
  // row. In index order, which is the order Tab follows.
  let drawn: number[];
  if (plain) drawn = items.map((_item, i) => i);
  else {
    const start = Math.min(range.start, items.length);
    const end = Math.min(range.end, items.length);
    const near = focused === undefined ? [] : [focused - 1, focused, focused + 1];
    const extra = [...new Set([...near, pending.current?.index])].filter(
      (i): i is number => i !== undefined && i >= 0 && i < items.length && (i < start || i >= end),
    );
    extra.sort((a, b) => a - b);
    drawn = [
      ...extra.filter((i) => i < start),
      ...Array.from({ length: Math.max(0, end - start) }, (_x, k) => start + k),
      ...extra.filter((i) => i >= end),
    ];
  }

  return (
    <ul
      ref={listRef}
      className={props.className}
      data-testid={props['data-testid']}
      data-virtual={plain ? undefined : items.length}
      style={plain ? undefined : { position: 'relative', display: 'block', height: total }}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
        setFocused(li ? Number(li.dataset.index) : undefined);
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(undefined);
      }}
    >
      {drawn.map((i) => {
        const item = items[i] as T;
        const key = keys[i] ?? String(i);
        return <Fragment key={key}>{render(item, i, rowProps(i, key))}</Fragment>;
      })}
    </ul>
  );
}

export const VirtualList = forwardRef(VirtualListInner) as <T>(
  props: Props<T> & { ref?: Ref<VirtualListHandle> },
) => ReactElement;
