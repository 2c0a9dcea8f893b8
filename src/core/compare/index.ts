export {
  compareYears,
  type Change,
  type Evolution,
  type FigureEvolution,
  type IndicatorEvolution,
} from './compare';
export { describeEvolution, formatChange } from './describe';
export { jsonEvolution, type JsonEvolution } from './json';
