export {
  BASELINE_CHOICES,
  CannotCarry,
  carryForward,
  type BaselineChoice,
  type Carried,
  type CarryReport,
} from './carry';
export { describeCarry } from './describe';
export { nextYear } from './next-year';
