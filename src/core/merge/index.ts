export { planMerge, isRefusal, sourceLabel } from './plan-merge';
export { mergeToData, type MergeOptions } from './to-data';
export { buildMergedPlan } from './build-merged';
export { unionLists } from './lists';
export type {
  Conflict,
  MergedData,
  MergePlan,
  MergeRefusal,
  MergeSource,
  Renaming,
  TableCount,
} from './types';
export { describeMerge, describeConflict } from './describe';
