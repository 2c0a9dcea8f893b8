/**
 * A percentage typed as a whole number ("85" for 85 %): above 1 and at most 100, or, where rates
 * may exceed 100 % (a cap of 1,3 is 130 %), 10 to 1 000. Shared by the percent-scale rule and by
 * the upgrade of a rate typed in an older version.
 */
export function percentSlip(v: number, above100 = false): boolean {
  return above100 ? v >= 10 && v <= 1000 : v > 1 && v <= 100;
}
