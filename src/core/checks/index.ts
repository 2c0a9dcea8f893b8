import { checkAci } from './aci';
import { checkAciScale } from './aci-scale';
import { checkAmbiguousIds } from './ambiguous-id';
import { checkAssessmentDates } from './assessment-date';
import { checkChoices } from './choice';
import type { Check, CheckContext } from './context';
import { checkDates } from './date';
import { checkDuplicateIds } from './duplicate-id';
import { checkIndicatorCoverage } from './indicator-coverage';
import { checkIndicatorDefinition } from './indicator-definition';
import type { Issue } from './issue';
import { checkNumbers } from './number';
import { checkObjectiveTree } from './objective-tree';
import { checkOtherPublic } from './other-public';
import { checkOutliers } from './outlier';
import { checkPartnerCodes } from './partner-codes';
import { checkPercentScale } from './percent-scale';
import { checkProofs } from './proof';
import { checkRatios } from './ratio';
import { checkReasons } from './reason-required';
import { checkRequired } from './required';
import { checkSheets } from './structure';
import { checkSubsidy } from './subsidy';
import { checkTriangulation } from './triangulation';
import { checkUnknownReferences } from './unknown-reference';
import { checkUnsupportedImpact } from './unsupported-impact';

/** Every rule run on records (the read-time rules are in core/read), in the Checks table order. */
export const CHECKS: Check[] = [
  checkSheets,
  checkRequired,
  checkDuplicateIds,
  checkUnknownReferences,
  checkAmbiguousIds,
  checkChoices,
  checkReasons,
  checkOtherPublic,
  checkNumbers,
  checkPercentScale,
  checkAciScale,
  checkRatios,
  checkPartnerCodes,
  checkDates,
  checkIndicatorCoverage,
  checkIndicatorDefinition,
  checkOutliers,
  checkProofs,
  checkTriangulation,
  checkUnsupportedImpact,
  checkObjectiveTree,
  checkSubsidy,
  checkAci,
  checkAssessmentDates,
];

export function runChecks(ctx: CheckContext): Issue[] {
  return CHECKS.flatMap((check) => check(ctx));
}
