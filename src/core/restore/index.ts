export { restore } from './restore';
export { MIGRATIONS, migrationsFrom } from './migrations';
export type { HeaderRename, Migration, RemovedColumn } from './migrations';
export { templateAt, knownVersions } from './template-at';
export { OTHERS, PROVENANCE, REPORT } from './names';
export { othersSheet, otherNote, withOthers } from './others-sheet';
export { allowedLink } from './links';
export type {
  Attention,
  OtherReason,
  OtherValue,
  Restored,
  RestoredRow,
  TableLayout,
  Unrestorable,
} from './types';
export { cellOf } from './cell-of';
export { describeAttention, showValue } from './describe';
