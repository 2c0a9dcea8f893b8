export { planUpgrade, upgradeToData, type UpgradePlan } from './upgrade';
export { describeUpgrade } from './describe';
