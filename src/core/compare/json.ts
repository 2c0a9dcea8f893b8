import type { Evolution } from './compare';

/** The `evolution` member of `trepied check --json --precedent` (docs/controles.md). */
export interface JsonEvolution {
  previousFile: string;
  figures: {
    name: string;
    previous: number | null;
    current: number | null;
    change: number | null;
  }[];
  indicators: {
    key: string;
    indicator: string;
    in: 'both' | 'current' | 'previous';
    realised: { previous: number | null; current: number | null; change: number | null };
    rate: { previous: number | null; current: number | null; change: number | null };
  }[];
}

export function jsonEvolution(e: Evolution, previousFile: string): JsonEvolution {
  return {
    previousFile,
    figures: e.figures.map((f) => ({
      name: f.name,
      previous: f.previous,
      current: f.current,
      change: f.change,
    })),
    indicators: e.indicators.map((i) => ({
      key: i.key,
      indicator: i.indicator,
      in: i.in,
      realised: { ...i.realised },
      rate: { ...i.rate },
    })),
  };
}
